"""The accounts register: records in the database, passwords and recovery codes in the keyring."""

from __future__ import annotations

import io
import logging

import keyring
import pytest
from keyring.backends import fail

from pressdesk import cli
from pressdesk.bilingual import Bi
from pressdesk.secrets import SecretStoreUnavailable
from pressdesk.services.accounts.records import (
    SECRET_NAMESPACE,
    AccountFilter,
    AccountRow,
    clear_password,
    clear_recovery_codes,
    delete_account,
    get_account,
    list_accounts,
    read_password,
    read_recovery_codes,
    refresh_secret_flags,
    save_account,
    set_password,
    set_recovery_codes,
)
from pressdesk.services.validation import NotFound, ValidationError

PASSWORD = "Сыр-сөз#Ңөү-2026!zq"
CODES = "1111-2222\n3333-4444\n5555-6666"


def run(capsys, monkeypatch, *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def site(**changes) -> AccountRow:
    fields = {"service": "website_cms", "login": "press-admin", "url": "agro.example.kg/wp-admin"}
    fields.update(changes)
    return AccountRow(**fields)  # type: ignore[arg-type]


def no_keyring() -> None:
    keyring.set_keyring(fail.Keyring())


def test_save_normalises_and_lists(db):
    saved = save_account(db, site(notes="  ok  "))
    assert saved.id is not None
    assert saved.url == "https://agro.example.kg/wp-admin"
    assert saved.notes == "ok"
    assert not saved.has_password
    save_account(db, AccountRow("facebook", "page@example.org", Bi("Баракча", "Страница")))
    save_account(
        db,
        AccountRow(
            "telegram",
            "+996 555 000 111",
            Bi("«Агро» каналы", "Канал «Агро»"),
            owner_type="personal",
            owner_name="Жумабаева Айгүл",
        ),
    )
    assert [a.service for a in list_accounts(db)] == ["website_cms", "facebook", "telegram"]
    assert [a.login for a in list_accounts(db, AccountFilter(search="АГРО"))] == [
        "+996 555 000 111"
    ]
    assert [a.login for a in list_accounts(db, AccountFilter(search="AGRO.example"))] == [
        "press-admin"
    ]
    assert [a.login for a in list_accounts(db, AccountFilter(search="сайт"))] == ["press-admin"]
    # Either language of a name finds the account.
    for word in ("баракча", "страница"):
        assert [a.login for a in list_accounts(db, AccountFilter(search=word))] == [
            "page@example.org"
        ]
    assert [a.service for a in list_accounts(db, AccountFilter(owner_type="personal"))] == [
        "telegram"
    ]
    assert get_account(db, saved.id) == saved


def test_validation(db):
    with pytest.raises(ValidationError) as caught:
        save_account(db, AccountRow("myspace", " ", url="javascript:alert(1)", owner_type="friend"))
    assert caught.value.fields() == {"service", "login", "url", "owner_type"}
    with pytest.raises(ValidationError, match="whose personal account"):
        save_account(db, site(owner_type="personal"))
    assert list_accounts(db) == []


def test_passwords_and_codes_live_only_in_the_keyring(db, memory_keyring):
    account = save_account(db, site())
    stored = set_password(db, account.id, PASSWORD)
    assert stored.has_password and stored.secret_changed_at is not None
    assert read_password(db, account.id) == PASSWORD
    assert set_recovery_codes(db, account.id, CODES).has_recovery_codes
    assert read_recovery_codes(db, account.id) == CODES
    assert sorted(memory_keyring.store.values()) == sorted([PASSWORD, CODES])
    assert all(service == f"PressDesk/{SECRET_NAMESPACE}" for service, _ in memory_keyring.store)
    assert not clear_password(db, account.id).has_password
    assert read_password(db, account.id) is None
    assert not clear_recovery_codes(db, account.id).has_recovery_codes
    assert memory_keyring.store == {}
    with pytest.raises(NotFound):
        set_password(db, 999, PASSWORD)


def test_save_with_password_is_one_step(db, memory_keyring):
    saved = save_account(db, site(), password=PASSWORD, recovery_codes=CODES)
    assert saved.has_password and saved.has_recovery_codes
    assert read_password(db, saved.id) == PASSWORD
    with pytest.raises(ValidationError, match="password: is empty"):
        save_account(db, site(login="other"), password="  ")
    assert len(list_accounts(db)) == 1


def test_a_password_pasted_into_a_text_field_is_refused_without_repeating_it(db):
    account = save_account(db, site(notes=f"пароль: {PASSWORD}"))
    with pytest.raises(ValidationError) as caught:
        set_password(db, account.id, PASSWORD)
    assert "notes" in str(caught.value)
    assert PASSWORD not in str(caught.value)
    assert not get_account(db, account.id).has_password


def test_delete_removes_the_keyring_entries(db, memory_keyring):
    keep = save_account(db, site(login="keep"), password="other secret")
    gone = save_account(db, site(), password=PASSWORD, recovery_codes=CODES)
    delete_account(db, gone.id)
    assert list(memory_keyring.store.values()) == ["other secret"]
    assert [a.id for a in list_accounts(db)] == [keep.id]
    with pytest.raises(NotFound):
        delete_account(db, gone.id)


def test_without_a_secure_keyring_nothing_is_saved(db):
    account = save_account(db, site())
    with_secret = save_account(db, site(login="x"), password=PASSWORD)
    no_keyring()
    with pytest.raises(SecretStoreUnavailable, match="No secure password store"):
        set_password(db, account.id, PASSWORD)
    assert not get_account(db, account.id).has_password
    with pytest.raises(SecretStoreUnavailable):
        save_account(db, site(login="new"), password=PASSWORD)
    assert len(list_accounts(db)) == 2
    with pytest.raises(SecretStoreUnavailable):
        read_password(db, with_secret.id)
    with pytest.raises(SecretStoreUnavailable):
        delete_account(db, with_secret.id)  # would orphan its secret
    assert get_account(db, with_secret.id).has_password
    delete_account(db, account.id)  # nothing stored, nothing to lose
    # The register itself still works.
    assert [a.login for a in list_accounts(db)] == ["x"]


def test_two_databases_never_share_keyring_entries(runtime, tmp_path, memory_keyring):
    first = runtime.open_db(f"sqlite:///{tmp_path / 'one.db'}")
    second = runtime.open_db(f"sqlite:///{tmp_path / 'two.db'}")
    try:
        a = save_account(first, site(), password="first secret")
        b = save_account(second, site(), password="second secret")
        assert a.id == b.id == 1
        assert read_password(first, 1) == "first secret"
        assert read_password(second, 1) == "second secret"
        delete_account(second, 1)
        assert read_password(first, 1) == "first secret"
    finally:
        first.close()
        second.close()


def test_refresh_flags_after_a_restore_elsewhere(db, memory_keyring):
    account = save_account(db, site(), password=PASSWORD)
    memory_keyring.store.clear()  # another computer: its keyring never saw this password
    assert refresh_secret_flags(db) == 1
    assert not get_account(db, account.id).has_password
    assert refresh_secret_flags(db) == 0


def test_logs_never_contain_secrets(db, caplog):
    caplog.set_level(logging.DEBUG)
    account = save_account(db, site(), password=PASSWORD, recovery_codes=CODES)
    set_password(db, account.id, PASSWORD + "2")
    read_password(db, account.id)
    delete_account(db, account.id)
    text = caplog.text
    assert "saved" in text
    assert PASSWORD not in text and "1111-2222" not in text


# --- command line -----------------------------------------------------------------------------


def test_cli_add_with_password_from_stdin_and_list(capsys, monkeypatch, data_dir, memory_keyring):
    code, out, err = run(
        capsys,
        monkeypatch,
        "accounts",
        "add",
        "Facebook",
        "page@example.org",
        "--url",
        "https://facebook.example.org/agro",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0, err
    assert "password stored in the keyring" in out
    assert list(memory_keyring.store.values()) == [PASSWORD]
    code, out, _ = run(
        capsys,
        monkeypatch,
        "accounts",
        "add",
        "сайт",
        "admin",
        "--owner",
        "personal",
        "--owner-name",
        "Жумабаева Айгүл",
    )
    assert code == 0
    code, out, _ = run(capsys, monkeypatch, "accounts", "list")
    assert "1\tFacebook\tpage@example.org" in out and "password: stored" in out
    assert "2\tWebsite CMS\tadmin" in out and "password: not stored" in out
    assert PASSWORD not in out
    code, out, _ = run(capsys, monkeypatch, "accounts", "recovery-codes", "2", stdin=CODES + "\n\n")
    assert code == 0 and "recovery codes stored" in out
    assert CODES in memory_keyring.store.values()
    code, out, _ = run(capsys, monkeypatch, "accounts", "password", "2", stdin="new one\r\n")
    assert code == 0 and "new one" in memory_keyring.store.values()
    code, out, _ = run(capsys, monkeypatch, "accounts", "password", "2", "--clear")
    assert "password removed" in out
    code, out, _ = run(capsys, monkeypatch, "accounts", "delete", "2")
    assert code == 0 and list(memory_keyring.store.values()) == [PASSWORD]


def test_cli_never_takes_a_password_from_the_command_line(capsys, monkeypatch, data_dir):
    with pytest.raises(SystemExit) as caught:
        cli.main(["accounts", "add", "facebook", "login", "--password", PASSWORD])
    assert caught.value.code == 2
    code, _, err = run(
        capsys, monkeypatch, "accounts", "add", "facebook", "login", "--password-stdin", stdin=""
    )
    assert code == 2 and "empty" in err


class _PipedBytes:
    """Standard input fed by a pipe: bytes, not a terminal."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def isatty(self) -> bool:
        return False


@pytest.mark.parametrize(
    "piped",
    [b"Pass\xffword\n", b"\xef\xbb\xbfPass\xffword", b"\xff\xfe\x00"],
    ids=["bad-byte", "bom-then-bad-byte", "odd-utf16"],
)
def test_cli_refuses_a_piped_secret_with_an_undecodable_byte(
    piped, capsys, monkeypatch, data_dir, memory_keyring
):
    for argv in (
        ("accounts", "add", "facebook", "page@example.org", "--password-stdin"),
        ("accounts", "recovery-codes", "1"),
    ):
        monkeypatch.setattr("sys.stdin", _PipedBytes(piped))
        code, out, err = run(capsys, monkeypatch, *argv)
        assert code == 2
        assert "not utf-8 text" in err and "Nothing was stored" in err
        assert "Traceback" not in err and "Pass" not in out + err
    assert memory_keyring.store == {}
    assert run(capsys, monkeypatch, "accounts", "list")[1] == ""


def test_cli_refuses_without_keyring(capsys, monkeypatch, data_dir):
    no_keyring()
    code, _, err = run(
        capsys,
        monkeypatch,
        "accounts",
        "add",
        "facebook",
        "page@example.org",
        "--password-stdin",
        stdin=PASSWORD,
    )
    assert code == 1
    assert "No secure password store" in err and "nothing was saved" in err
    code, out, _ = run(capsys, monkeypatch, "accounts", "list")
    assert out == ""
    code, _, err = run(capsys, monkeypatch, "accounts", "add", "myspace", "x")
    assert code == 2 and "Unknown service" in err
