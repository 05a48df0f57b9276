"""The mail engine against a real SMTP server on 127.0.0.1 made to fail on purpose."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from pressdesk import secrets
from pressdesk.messages import UserError
from pressdesk.services.mail import batches
from pressdesk.services.mail.batches import BatchDraft, RecipientDraft
from pressdesk.services.mail.config import SmtpConfig, load_config, read_password, save_config
from pressdesk.services.mail.sender import EmlFolderTransport, SmtpTransport, send_batch
from tests.support.smtp_server import silent_server, smtp_server

SENDER = "press@gov.example.kg"

DRAFT = BatchDraft(
    subjects={"ky": "Басма сөз релизи", "ru": "Пресс-релиз"},
    bodies={"ky": "Кыргызча текст.", "ru": "Текст на русском."},
    embargo_text="EMBARGO 10.12.2026 10:00",
    source="release:1",
    wave_delay_minutes=30,
)


def _people(count: int, *, first: int = 0) -> list[RecipientDraft]:
    return [
        RecipientDraft(
            address=f"j{i}@media{i}.example.kg",
            language="ru" if i % 2 else "ky",
            wave="first" if i < first else "rest",
            name=f"Journalist {i}",
        )
        for i in range(count)
    ]


def _config(port: int, *, user: str = "", timeout: float = 5.0) -> SmtpConfig:
    return SmtpConfig("127.0.0.1", port, "none", user, SENDER, timeout=timeout)


def _send(db, batch_id, port, **kwargs):  # type: ignore[no-untyped-def]
    password = kwargs.pop("password", None)
    user = kwargs.pop("user", "")
    transport = SmtpTransport(_config(port, user=user), password)
    return send_batch(db, batch_id, transport, SENDER, retry_pause=0, **kwargs)


def _statuses(db, batch_id):  # type: ignore[no-untyped-def]
    return {r.address: r.status for r in batches.recipients(db, batch_id)}


def test_every_recipient_gets_one_individual_message_in_their_language(db):
    batch_id = batches.create_batch(db, DRAFT, _people(4))
    with smtp_server() as (server, port):
        report = _send(db, batch_id, port)
    assert sorted(report.sent) == sorted(p.address for p in _people(4))
    assert [len(r.rcpt_tos) for r in server.received] == [1, 1, 1, 1]
    by_address: dict[str, EmailMessage] = {r.rcpt_tos[0]: r.parsed() for r in server.received}
    ky = by_address["j0@media0.example.kg"]
    ru = by_address["j1@media1.example.kg"]
    assert ky["To"] == "j0@media0.example.kg" and ky["Cc"] is None
    assert str(ky["Subject"]).startswith("[EMBARGO 10.12.2026 10:00] ")
    assert "Басма сөз релизи" in str(ky["Subject"])
    assert "Пресс-релиз" in str(ru["Subject"])
    body = ky.get_content()
    assert body.startswith("EMBARGO 10.12.2026 10:00") and "Кыргызча текст." in body
    assert set(_statuses(db, batch_id).values()) == {"sent"}


def test_a_long_kyrgyz_subject_keeps_every_space_on_the_wire(db):
    subject = "[ЭМБАРГО 10.12.2026 10:00 чейин] Пресс-релиз: Жазгы талаа иштери башталды"
    draft = BatchDraft(subjects={"ky": subject}, bodies={"ky": "Текст."})
    batch_id = batches.create_batch(db, draft, _people(1))
    with smtp_server() as (server, port):
        _send(db, batch_id, port)
    (received,) = server.received
    assert str(received.parsed()["Subject"]) == subject
    assert received.parsed()["Content-Language"] == "ky"
    assert all(len(line) <= 78 for line in received.content.splitlines())


def test_a_language_the_batch_lacks_falls_back_to_one_it_has(db):
    draft = BatchDraft(subjects={"ru": "Только по-русски"}, bodies={"ru": "Текст."})
    batch_id = batches.create_batch(db, draft, [RecipientDraft("a@b.example.kg", "ky")])
    with smtp_server() as (server, port):
        _send(db, batch_id, port)
    assert "Только по-русски" in str(server.received[0].parsed()["Subject"])


def test_skipped_people_are_kept_with_the_reason(db):
    people = [
        RecipientDraft("ok@media.example.kg"),
        RecipientDraft("", name="No mail"),
        RecipientDraft("not an address", name="Typo"),
        RecipientDraft("OK@media.example.kg", name="Twice"),
        RecipientDraft("x@media.example.kg", skip_reason="problem.do_not_contact"),
    ]
    batch_id = batches.create_batch(db, DRAFT, people)
    reasons = {r.name or r.address: r.reason for r in batches.recipients(db, batch_id)}
    assert reasons == {
        "ok@media.example.kg": "",
        "No mail": "problem.no_email",
        "Typo": "problem.not_email",
        "Twice": "problem.duplicate_address",
        "x@media.example.kg": "problem.do_not_contact",
    }
    with smtp_server() as (server, port):
        report = _send(db, batch_id, port)
    assert report.sent == ["ok@media.example.kg"]
    assert server.addresses() == ["ok@media.example.kg"]


def test_a_mailing_without_text_is_refused(db):
    with pytest.raises(UserError) as caught:
        batches.create_batch(db, BatchDraft({"ky": "Тема"}, {}), _people(1))
    assert caught.value.code == "mail.no_text"


def test_refused_login_stops_before_anything_is_sent(db):
    batch_id = batches.create_batch(db, DRAFT, _people(2))
    with smtp_server(password="right") as (server, port):
        with pytest.raises(UserError) as caught:
            _send(db, batch_id, port, user="press", password="wrong")
        assert caught.value.code == "mail.login_refused"
        assert "535" in str(caught.value)
        assert server.received == []
        report = _send(db, batch_id, port, user="press", password="right")
    assert len(report.sent) == 2
    assert set(_statuses(db, batch_id).values()) == {"sent"}


def test_one_refused_recipient_is_recorded_with_the_reply_and_the_others_go(db):
    batch_id = batches.create_batch(db, DRAFT, _people(3))
    with smtp_server() as (server, port):
        server.refuse.add("j1@media1.example.kg")
        report = _send(db, batch_id, port)
    assert report.refused[0][0] == "j1@media1.example.kg"
    assert "550" in report.refused[0][1]
    rows = {r.address: r for r in batches.recipients(db, batch_id)}
    assert rows["j1@media1.example.kg"].status == "refused"
    assert "mailbox unavailable" in rows["j1@media1.example.kg"].reason
    assert sorted(server.addresses()) == ["j0@media0.example.kg", "j2@media2.example.kg"]


def test_a_temporary_refusal_is_tried_again(db):
    batch_id = batches.create_batch(db, DRAFT, _people(2))
    with smtp_server() as (server, port):
        server.defer_once.add("j0@media0.example.kg")
        report = _send(db, batch_id, port)
    assert sorted(report.sent) == ["j0@media0.example.kg", "j1@media1.example.kg"]
    rows = {r.address: r for r in batches.recipients(db, batch_id)}
    assert rows["j0@media0.example.kg"].attempts == 2
    assert server.addresses().count("j0@media0.example.kg") == 1


def test_a_line_dropped_during_data_leaves_one_in_doubt_and_is_never_resent(db):
    batch_id = batches.create_batch(db, DRAFT, _people(4))
    with smtp_server() as (server, port):
        server.drop_on_data.add("j1@media1.example.kg")
        report = _send(db, batch_id, port)
        assert report.in_doubt == ["j1@media1.example.kg"]
        # The others went over a new connection.
        assert sorted(report.sent) == [
            "j0@media0.example.kg",
            "j2@media2.example.kg",
            "j3@media3.example.kg",
        ]
        again = _send(db, batch_id, port)
    assert again.sent == [] and again.in_doubt == ["j1@media1.example.kg"]
    addresses = server.addresses()
    assert len(addresses) == len(set(addresses)) == 4
    assert _statuses(db, batch_id)["j1@media1.example.kg"] == "in_doubt"


def test_the_user_settles_a_recipient_in_doubt(db):
    batch_id = batches.create_batch(db, DRAFT, _people(1))
    with smtp_server() as (server, port):
        server.drop_on_data.add("j0@media0.example.kg")
        _send(db, batch_id, port)
        (row,) = batches.recipients(db, batch_id, status="in_doubt")
        batches.settle_in_doubt(db, row.id, was_sent=False)
        report = _send(db, batch_id, port)
    assert report.sent == ["j0@media0.example.kg"]
    assert server.addresses().count("j0@media0.example.kg") == 2  # the user's own decision


def test_a_server_that_never_answers_gives_a_clear_message(db):
    batch_id = batches.create_batch(db, DRAFT, _people(1))
    with silent_server() as port:
        transport = SmtpTransport(_config(port, timeout=0.5), None)
        with pytest.raises(UserError) as caught:
            send_batch(db, batch_id, transport, SENDER)
    assert caught.value.code == "mail.no_answer"
    assert _statuses(db, batch_id) == {"j0@media0.example.kg": "queued"}


def test_no_server_at_all_gives_a_clear_message(db):
    from tests.support.smtp_server import free_port

    batch_id = batches.create_batch(db, DRAFT, _people(1))
    with pytest.raises(UserError) as caught:
        _send(db, batch_id, free_port())
    assert caught.value.code == "mail.cannot_connect"


def test_a_missing_attachment_stops_before_sending(db, tmp_path: Path):
    draft = BatchDraft(DRAFT.subjects, DRAFT.bodies, attachments=[tmp_path / "gone.pdf"])
    batch_id = batches.create_batch(db, draft, _people(2))
    with smtp_server() as (server, port), pytest.raises(UserError) as caught:
        _send(db, batch_id, port)
    assert caught.value.code == "mail.attachment_missing"
    assert "gone.pdf" in str(caught.value)
    assert server.received == []


def test_an_attachment_over_the_servers_size_stops_before_sending(db, tmp_path: Path):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8" + b"x" * 20000)
    draft = BatchDraft(DRAFT.subjects, DRAFT.bodies, attachments=[photo])
    batch_id = batches.create_batch(db, draft, _people(2))
    with smtp_server(size_limit=10000) as (server, port), pytest.raises(UserError) as caught:
        _send(db, batch_id, port)
    assert caught.value.code == "mail.too_large"
    assert server.received == []
    assert set(_statuses(db, batch_id).values()) == {"queued"}


def test_attachments_travel_with_each_message(db, tmp_path: Path):
    photo = tmp_path / "фото.jpg"
    photo.write_bytes(b"\xff\xd8 picture")
    draft = BatchDraft(DRAFT.subjects, DRAFT.bodies, attachments=[photo])
    batch_id = batches.create_batch(db, draft, _people(2))
    with smtp_server() as (server, port):
        _send(db, batch_id, port)
    for received in server.received:
        (part,) = list(received.parsed().iter_attachments())
        assert part.get_filename() == "фото.jpg"
        assert part.get_payload(decode=True) == b"\xff\xd8 picture"


def test_the_rest_waits_for_the_delay_or_a_request(db, pinned_clock):
    batch_id = batches.create_batch(db, DRAFT, _people(5, first=2))
    with smtp_server() as (server, port):
        report = _send(db, batch_id, port)
        assert sorted(report.sent) == ["j0@media0.example.kg", "j1@media1.example.kg"]
        assert report.rest_waiting == 3 and report.rest_due is not None
        report = _send(db, batch_id, port, rest_now=True)
    assert len(report.sent) == 3
    assert len(server.addresses()) == 5


class _Crash(Exception):
    pass


class _CrashingTransport(SmtpTransport):
    """Dies right after the server took the n-th message, before it is marked sent."""

    def __init__(self, config: SmtpConfig, crash_after: int) -> None:
        super().__init__(config, None)
        self.left = crash_after

    def deliver(self, message: bytes, name_hint: str) -> str:
        reply = super().deliver(message, name_hint)
        self.left -= 1
        if self.left == 0:
            raise _Crash
        return reply


def test_a_crash_mid_batch_then_resume_sends_nobody_twice(db):
    batch_id = batches.create_batch(db, DRAFT, _people(10))
    with smtp_server() as (server, port):
        with pytest.raises(_Crash):
            send_batch(db, batch_id, _CrashingTransport(_config(port), 4), SENDER)
        report = _send(db, batch_id, port)
    assert len(report.in_doubt) == 1
    assert len(report.sent) == 6
    addresses = server.addresses()
    assert len(addresses) == len(set(addresses)) == 10
    counts = batches.status_counts(db, batch_id)
    assert counts == {"sent": 9, "in_doubt": 1}


def test_without_a_server_one_eml_file_per_recipient(db, tmp_path: Path):
    batch_id = batches.create_batch(db, DRAFT, _people(3))
    report = send_batch(db, batch_id, EmlFolderTransport(tmp_path / "out"), SENDER)
    files = sorted((tmp_path / "out").glob("*.eml"))
    assert len(files) == len(report.sent) == 3
    assert all(f.read_bytes().count(b"\nTo: ") == 1 for f in files)


def test_settings_keep_the_password_in_the_keyring_only(runtime, memory_keyring):
    config = SmtpConfig("smtp.gov.example.kg", 587, "starttls", "press", SENDER)
    save_config(runtime.settings, config, "s3cret-пароль")
    assert "s3cret" not in runtime.settings.path.read_text(encoding="utf-8")
    loaded = load_config(runtime.settings)
    assert loaded == config
    assert read_password(loaded) == "s3cret-пароль"
    assert secrets.has_secret("mail", config.secret_key)


def test_bad_settings_are_refused(runtime):
    with pytest.raises(UserError) as caught:
        save_config(runtime.settings, SmtpConfig("h", 25, "none", "", "not-mail"), None)
    assert caught.value.values["field"] == "from"


# --- command line -----------------------------------------------------------------------------


def _cli(capsys, monkeypatch, *argv: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    import io

    from pressdesk import cli

    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_setup_and_test_through_a_real_server(capsys, monkeypatch, data_dir, memory_keyring):
    with smtp_server(password="пароль-1") as (server, port):
        code, out, err = _cli(
            capsys, monkeypatch, "mail", "setup", "--host", "127.0.0.1", "--port", str(port),
            "--user", "press", "--security", "none", "--from", SENDER, stdin="пароль-1\n",
        )  # fmt: skip
        assert code == 0, err
        assert "password stored in the keyring" in out
        assert list(memory_keyring.store.values()) == ["пароль-1"]
        assert "пароль-1" not in (data_dir / "settings.json").read_text(encoding="utf-8")
        code, out, err = _cli(capsys, monkeypatch, "mail", "test", "editor@media.example.kg")
        assert code == 0, err
        assert "accepted" in out
    assert server.addresses() == ["editor@media.example.kg"]
    assert "проверочное" in str(server.received[0].parsed()["Subject"])


def test_cli_test_with_a_wrong_password_says_so(capsys, monkeypatch, data_dir):
    with smtp_server(password="right") as (server, port):
        _cli(
            capsys, monkeypatch, "mail", "setup", "--host", "127.0.0.1", "--port", str(port),
            "--user", "press", "--security", "none", "--from", SENDER, stdin="wrong\n",
        )  # fmt: skip
        code, _, err = _cli(capsys, monkeypatch, "mail", "test", "editor@media.example.kg")
    assert code == 1
    assert "refused the login of press" in err and "Traceback" not in err
    assert server.received == []


def test_cli_setup_refuses_without_a_secure_keyring(capsys, monkeypatch, data_dir):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    code, _, err = _cli(
        capsys, monkeypatch, "mail", "setup", "--host", "smtp.example.kg", "--port", "587",
        "--user", "press", "--from", SENDER, stdin="secret\n",
    )  # fmt: skip
    assert code == 1 and "No secure password store" in err
    code, out, _ = _cli(capsys, monkeypatch, "mail", "show")
    assert "not set up" in out


def test_cli_test_without_setup_is_a_usage_error(capsys, monkeypatch, data_dir):
    code, _, err = _cli(capsys, monkeypatch, "mail", "test", "editor@media.example.kg")
    assert code == 2 and "mail setup" in err


# --- recipients from the contact base ---------------------------------------------------------


def test_people_become_recipients_with_wave_language_and_skips(db):
    from pressdesk.services.mail.people import recipients_from_people
    from pressdesk.storage.contacts_models import Outlet, Person, PersonEmail

    with db.session() as session:
        agency = Outlet(name="Кабар", name_folded="кабар", kind="tv", first_wave=True)
        paper = Outlet(name="Гезит", name_folded="гезит", kind="tv")
        session.add_all([agency, paper])
        session.flush()
        people = [
            Person(full_name="Асанов Бакыт", outlet_id=agency.id, languages="ru, ky"),
            Person(full_name="Осмонова Айгүл", outlet_id=paper.id),
            Person(full_name="Без почты", outlet_id=paper.id),
            Person(full_name="Не беспокоить", do_not_contact=True),
        ]
        session.add_all(people)
        session.flush()
        session.add_all(
            [
                PersonEmail(person_id=people[0].id, address="old@x", valid=False, position=0),
                PersonEmail(person_id=people[0].id, address="b@kabar.example.kg", position=1),
                PersonEmail(person_id=people[1].id, address="a@gezit.example.kg"),
                PersonEmail(person_id=people[3].id, address="n@example.kg"),
            ]
        )
        ids = [p.id for p in people]
    drafts = recipients_from_people(db, [*ids, 9999])
    assert [(d.address, d.language, d.wave, d.skip_reason) for d in drafts] == [
        ("b@kabar.example.kg", "ru", "first", ""),
        ("a@gezit.example.kg", "ky", "rest", ""),
        ("", "ky", "rest", ""),
        ("n@example.kg", "ky", "rest", "problem.do_not_contact"),
    ]
    batch_id = batches.create_batch(db, DRAFT, drafts)
    assert batches.status_counts(db, batch_id) == {"queued": 2, "skipped": 2}


def test_the_rate_limit_spaces_the_messages(db):
    batch_id = batches.create_batch(db, DRAFT, _people(3))
    waits: list[float] = []
    with smtp_server() as (server, port):
        _send(db, batch_id, port, per_minute=60, sleep=waits.append)
    # One message a second: the 2nd and 3rd wait for the rest of their second.
    assert len(waits) == 2
    assert all(0 < w <= 1.0 for w in waits)
    assert len(server.addresses()) == 3
