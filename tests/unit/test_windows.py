"""Windows code paths, run on Linux by imitating Windows (and unpatched on a real Windows)."""

from __future__ import annotations

import ctypes
import io
import os
import sqlite3
import subprocess
import sys
import time
import types
from pathlib import Path

import keyring
import keyring.backend
import pytest

from pressdesk import console, fileio, paths, secrets
from pressdesk.runtime import Runtime
from pressdesk.settings import UI_LANGUAGE, Settings
from pressdesk.storage import engine as engine_module
from pressdesk.storage import location
from pressdesk.storage import lock as lock_module
from pressdesk.storage.errors import DatabaseLockedError
from pressdesk.storage.lock import DatabaseLock
from tests.support.windows import windows  # noqa: F401  (fixture)


def test_a_second_start_is_told_who_holds_the_database(windows, tmp_path, monkeypatch):  # noqa: F811
    if windows is not None:
        original = lock_module._read_holder

        def read_as_windows_does(fh):
            windows.check_read(fh.fileno(), 0, lock_module.HOLDER_BYTES)
            return original(fh)

        monkeypatch.setattr(lock_module, "_read_holder", read_as_windows_does)
    target = tmp_path / "pressdesk.db"
    first = DatabaseLock(target)
    first.acquire()
    try:
        with pytest.raises(
            DatabaseLockedError, match=r"already open in another PressDesk \(process"
        ):
            DatabaseLock(target).acquire()
    finally:
        first.release()
    again = DatabaseLock(target)
    again.acquire()  # released means released
    again.release()
    if windows is not None:
        assert windows.regions == {}


def test_a_lock_note_that_cannot_be_read_still_says_already_open(windows, tmp_path, monkeypatch):  # noqa: F811
    def unreadable(fh):
        raise PermissionError(13, "locked")

    monkeypatch.setattr(lock_module, "_read_holder", unreadable)
    target = tmp_path / "pressdesk.db"
    first = DatabaseLock(target)
    first.acquire()
    try:
        with pytest.raises(DatabaseLockedError, match="already open in another PressDesk\\."):
            DatabaseLock(target).acquire()
    finally:
        first.release()


# --- 2. standard streams -------------------------------------------------------------------


def _stream(encoding: str, *, tty: bool = False) -> io.TextIOWrapper:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding)
    stream.isatty = lambda: tty  # type: ignore[method-assign]
    return stream


@pytest.mark.parametrize("encoding", ["cp1251", "cp866"])
def test_redirected_output_is_utf8_and_never_fails(encoding, monkeypatch):
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    stream = _stream(encoding)
    console.configure_stream(stream)
    stream.write("Асанова Айгүл, Бишкек ш., Чүй көчөсү — ң ө ү\n")
    stream.flush()
    written = stream.buffer.getvalue()  # type: ignore[attr-defined]
    assert written.decode("utf-8") == "Асанова Айгүл, Бишкек ш., Чүй көчөсү — ң ө ү\n"


def test_a_console_or_a_chosen_encoding_keeps_it_with_replacements(monkeypatch):
    monkeypatch.setenv("PYTHONIOENCODING", "cp1251")
    stream = _stream("cp1251")
    console.configure_stream(stream)
    stream.write("Айгүл\n")
    stream.flush()
    assert stream.buffer.getvalue() == "Айг?л\n".encode("cp1251")  # type: ignore[attr-defined]
    monkeypatch.delenv("PYTHONIOENCODING")
    tty = _stream("cp866", tty=True)
    console.configure_stream(tty)
    tty.write("ң\n")
    tty.flush()
    assert tty.buffer.getvalue() == b"?\n"  # type: ignore[attr-defined]


def test_a_command_with_kyrgyz_output_redirected_in_cp1251_ends_well(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "cp1251", "PRESSDESK_DATA_DIR": str(tmp_path)}
    run = [sys.executable, "-m", "pressdesk"]
    added = subprocess.run(
        [*run, "staff", "add", "Өмүрбекова Ңур"], env=env, capture_output=True, check=False
    )
    assert added.returncode == 0, added.stderr.decode("utf-8", "replace")
    listed = subprocess.run([*run, "staff", "list"], env=env, capture_output=True, check=False)
    assert listed.returncode == 0 and b"Traceback" not in listed.stderr
    assert "?м?рбекова ?ур".encode("cp1251") in listed.stdout


# --- 3. network drives ---------------------------------------------------------------------


def test_a_mapped_drive_is_not_turned_into_its_unc_name(windows, tmp_path):  # noqa: F811
    real = tmp_path / "server-share"
    real.mkdir()
    mapped = tmp_path / "P"
    mapped.symlink_to(real, target_is_directory=True)
    # resolve() would follow the link, as Windows follows P:\ to \\server\share.
    assert paths.absolute(mapped / "pressdesk.db") == mapped / "pressdesk.db"
    assert paths.sqlite_url(mapped / "pressdesk.db").endswith("/P/pressdesk.db")


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (r"\\server\share\Пресс\pressdesk.db",
         "file:////server/share/%D0%9F%D1%80%D0%B5%D1%81%D1%81/pressdesk.db?mode=ro"),
        (r"P:\Пресс-служба\pressdesk.db",
         "file:///P:/%D0%9F%D1%80%D0%B5%D1%81%D1%81-%D1%81%D0%BB%D1%83%D0%B6%D0%B1%D0%B0/pressdesk.db?mode=ro"),
        (r"C:\Users\A\My #1?.db", "file:///C:/Users/A/My%20%231%3F.db?mode=ro"),
    ],
)  # fmt: skip
def test_sqlite_uris_for_windows_paths(path, uri):
    assert location.sqlite_uri(path, windows=True, mode="ro") == uri


def test_sqlite_uri_opens_a_local_file_with_odd_characters(tmp_path):
    target = tmp_path / "база #1 ?.db"
    sqlite3.connect(target).close()
    conn = sqlite3.connect(location.sqlite_uri(target, mode="ro"), uri=True)
    conn.close()


def test_network_locations_on_windows(windows, monkeypatch):  # noqa: F811
    if windows is None:
        pytest.skip("depends on the drives of the machine")
    kinds = {"P:\\": location.DRIVE_REMOTE, "C:\\": 3}
    monkeypatch.setattr(location, "_windows_drive_type", lambda root: kinds.get(root, 0))
    assert location.is_network_location(r"\\server\share\pressdesk.db")
    assert location.is_network_location(r"P:\Пресс\pressdesk.db")
    assert not location.is_network_location(r"C:\Users\A\pressdesk.db")


def test_network_mounts_on_linux(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//server/share /mnt/ministry\\040files cifs rw 0 0\n"
        "server:/export /mnt/nfs nfs4 rw 0 0\n",
        encoding="utf-8",
    )
    assert location._linux_filesystem(Path("/mnt/ministry files/a.db"), mounts) == "cifs"
    assert location._linux_filesystem(Path("/mnt/nfs/x/y.db"), mounts) == "nfs4"
    assert location._linux_filesystem(Path("/home/a.db"), mounts) == "ext4"
    assert location._linux_filesystem(Path("/mnt/nfsother/a.db"), mounts) == "ext4"


@pytest.mark.sqlite_only("the journal mode of a file on a network share")
def test_a_database_on_a_share_uses_a_rollback_journal(runtime, monkeypatch):
    monkeypatch.setattr(engine_module, "is_network_location", lambda path: True)
    db = runtime.open_db()
    try:
        assert db.on_network
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        db.close()
    monkeypatch.setattr(engine_module, "is_network_location", lambda path: False)
    db = runtime.open_db()
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        db.close()


# --- 4. password store ---------------------------------------------------------------------


class CredentialManagerLike(keyring.backend.KeyringBackend):
    """Fails as Windows Credential Manager does: its own error type, 2,560 bytes at most."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.broken = False

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password.encode("utf-16-le")) > 2560:
            raise OSError(1783, "CredWrite", "The stub received bad data.")  # pywintypes-like
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        if self.broken:
            raise RuntimeError("(1312, 'CredRead', 'A specified logon session does not exist.')")
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if self.broken:
            raise RuntimeError("RPC server unavailable")
        self.items.pop((service, username), None)


@pytest.fixture
def credential_manager():
    previous = keyring.get_keyring()
    backend = CredentialManagerLike()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_sizes_are_counted_as_the_store_counts_them():
    assert secrets.stored_size("abc") == 6
    assert secrets.stored_size("ң") == 2
    assert secrets.stored_size("😀") == 4  # outside the basic plane: two UTF-16 units


def test_every_store_failure_becomes_the_apps_own_error(credential_manager):
    with pytest.raises(secrets.SecretStoreError, match="at most 2560"):
        secrets.save_secret("accounts", "k", "😀" * 641)  # 641 characters, 2,564 bytes
    secrets.save_secret("accounts", "k", "😀" * 640)
    credential_manager.broken = True
    with pytest.raises(secrets.SecretStoreError, match="could not be read"):
        secrets.read_secret("accounts", "k")
    with pytest.raises(secrets.SecretStoreError, match="could not delete"):
        secrets.delete_secret("accounts", "k")


def test_recovery_codes_too_big_for_the_store_are_a_field_problem(db, credential_manager):
    from pressdesk.services.accounts.records import AccountRow, save_account
    from pressdesk.services.validation import ValidationError

    codes = "🔑" * 700  # 700 characters: under the character limit, over 2,560 bytes
    with pytest.raises(ValidationError) as caught:
        save_account(db, AccountRow(service="website_cms", login="admin"), recovery_codes=codes)
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("recovery_codes", "is too long for the system password store")
    ]
    assert credential_manager.items == {}


# --- 5. a target held by Word or Excel ------------------------------------------------------


def _hold_target(monkeypatch, target: Path, failures: int) -> list[int]:
    calls: list[int] = []
    real_replace = Path.replace

    def replace(self, other):
        if Path(other) == target and len(calls) < failures:
            calls.append(1)
            raise PermissionError(13, "Access is denied", str(other))
        return real_replace(self, other)

    monkeypatch.setattr(Path, "replace", replace)
    monkeypatch.setattr(fileio, "REPLACE_DELAY", 0.001)
    return calls


def test_a_briefly_held_target_is_replaced_after_a_retry(tmp_path, monkeypatch):
    target = tmp_path / "plan.docx"
    target.write_bytes(b"old")
    calls = _hold_target(monkeypatch, target, failures=2)
    fileio.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and len(calls) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]


def test_a_target_open_in_excel_is_reported_and_loses_nothing(tmp_path, monkeypatch):
    target = tmp_path / "inventory.xlsx"
    target.write_bytes(b"old")
    _hold_target(monkeypatch, target, failures=100)
    with pytest.raises(fileio.FileInUseError, match="open in another program") as caught:
        fileio.atomic_write_bytes(target, b"new")
    assert caught.value.filename == str(target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["inventory.xlsx"]  # no temporary left


def test_the_cli_says_the_file_is_open_elsewhere(demo_db, tmp_path, monkeypatch, capsys):
    from pressdesk import cli

    target = tmp_path / "week.docx"
    target.write_bytes(b"old")
    _hold_target(monkeypatch, target, failures=100)
    demo_db.close()
    code = cli.main(["plan", "export", str(target), "--month", "2026-11", "--lang", "ru"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_PROBLEMS
    assert "open in another program" in err and "Traceback" not in err
    assert target.read_bytes() == b"old"


# --- 6. piped passwords --------------------------------------------------------------------


def _console_code_page(monkeypatch, page: int) -> None:
    kernel32 = types.SimpleNamespace(GetConsoleCP=lambda: page, GetOEMCP=lambda: 866)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)


def test_a_password_piped_from_cmd_is_read_in_the_console_code_page(windows, monkeypatch):  # noqa: F811
    _console_code_page(monkeypatch, 866)
    piped = "Пароль1 ".encode("cp866") + b"\r\n"  # `echo Пароль1 | …` in cmd
    assert console.strip_line_end(console.decode_piped(piped)) == "Пароль1 "
    _console_code_page(monkeypatch, 0)  # no console: the OEM code page
    assert console.decode_piped("Ключ".encode("cp866")) == "Ключ"
    _console_code_page(monkeypatch, 65001)
    assert console.decode_piped("Айгүл".encode()) == "Айгүл"
    assert console.decode_piped(b"\xef\xbb\xbf" + "ң".encode()) == "ң"  # a UTF-8 mark wins


def test_a_password_piped_on_linux_is_utf8(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert console.strip_line_end(console.decode_piped("Айгүл 1\n".encode())) == "Айгүл 1"
    assert console.strip_line_end("a\r") == "a" and console.strip_line_end("a b") == "a b"


# --- 7. settings saved by Notepad ----------------------------------------------------------


def test_settings_saved_with_a_byte_order_mark_are_read(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"version": 1, "values": {"ui/language": "ky"}}')
    settings = Settings(path)
    assert settings.get(UI_LANGUAGE) == "ky" and settings.kept_aside is None


def test_unreadable_settings_are_kept_and_earlier_copies_too(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{first", encoding="utf-8")
    first = Settings(path).kept_aside
    path.write_text("{second", encoding="utf-8")
    second = Settings(path).kept_aside
    assert first is not None and second is not None and first != second
    assert first.read_text(encoding="utf-8") == "{first"
    assert second.read_text(encoding="utf-8") == "{second"


# --- 8. temporary files --------------------------------------------------------------------


def test_temporary_files_are_short_hidden_and_cleaned_up(windows, tmp_path, monkeypatch):  # noqa: F811
    hidden: list[tuple[str, int]] = []
    kernel32 = types.SimpleNamespace(SetFileAttributesW=lambda p, a: hidden.append((p, a)))
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)
    target = tmp_path / ("Акт приёма-передачи дел пресс-секретаря Министерства " * 2 + ".pdf")
    temp = fileio.temporary_sibling(target)
    assert temp.parent == tmp_path and temp.suffix == ".pdf" and len(temp.name) <= 20
    assert temp.name.startswith(fileio.TEMP_PREFIX)
    if windows is not None:
        assert hidden == [(str(temp), 0x2)]
    old = tmp_path / f"{fileio.TEMP_PREFIX}crashed.docx"
    old.write_bytes(b"x")
    now = time.time()  # wall clock: file times
    stale = now - fileio.STALE_AFTER_SECONDS - 60
    os.utime(old, (stale, stale))
    # Stamped with the process's own "now": a clock moved for the tests leaves the times the
    # file system writes behind, and a file just made would look years old.
    os.utime(temp, (now, now))
    assert fileio.remove_stale_temporaries(tmp_path) == [old]
    assert temp.exists()  # a fresh one may belong to an export still running


def test_a_start_removes_what_a_crash_left_in_the_data_folder(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    left = data_dir / f"{fileio.TEMP_PREFIX}abcdefgh.db"
    left.write_bytes(b"x")
    stale = time.time() - fileio.STALE_AFTER_SECONDS - 60  # wall clock: file times
    os.utime(left, (stale, stale))
    Runtime.create(str(data_dir))
    assert not left.exists()


# --- 9. the font hint ----------------------------------------------------------------------


def test_the_font_hint_fits_the_system():
    from pressdesk.documents.fonts import install_hint

    assert "reinstall PressDesk" in install_hint("win32") and "apt" not in install_hint("win32")
    assert "apt install fonts-dejavu-core" in install_hint("linux")
    assert "apt" not in install_hint("darwin")


def test_a_font_ships_with_pressdesk():
    from pressdesk.documents.fonts import find_font, missing_chars
    from pressdesk.paths import resources_dir

    shipped = resources_dir() / "fonts" / "LiberationSerif-Regular.ttf"
    assert missing_chars(shipped) == ""
    assert (resources_dir() / "fonts" / "LICENSE-Liberation.txt").is_file()
    assert find_font() is not None
