"""Sending a press release to the media through a real SMTP server on 127.0.0.1: recipients from
a list, each in their language with the embargo and the attachments, the rules that need the
user's word, resume after a cut, and who got what."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from pressdesk.services.contacts.log import list_interactions
from pressdesk.services.mail.config import SmtpConfig
from pressdesk.services.mail.sender import EmlFolderTransport, SmtpTransport
from pressdesk.services.releases.reading import get_release
from pressdesk.services.releases.records import ReleaseError
from pressdesk.services.releases.sending import (
    plan_sending,
    release_recipients,
    resume_release,
    send_release,
    settle_recipient,
)
from pressdesk.storage.mail_models import MailBatch
from tests.support.release_media import SENDER, TITLE, add_person, make_media, make_release
from tests.support.smtp_server import smtp_server


def _transport(port: int) -> SmtpTransport:
    return SmtpTransport(SmtpConfig("127.0.0.1", port, "none", "", SENDER, timeout=5.0), None)


def _send(db, rid, people, port, **options):  # type: ignore[no-untyped-def]
    return send_release(
        db, rid, people, _transport(port), SENDER, rest_now=True, retry_pause=0, **options
    )


def port_of_nothing() -> int:
    """A port nobody listens on: the send must be refused before it connects."""
    from tests.support.smtp_server import free_port

    return free_port()


def _everyone(media) -> list[int]:  # type: ignore[no-untyped-def]
    return list(media.people.values())


def test_each_person_gets_one_message_in_their_language_with_embargo_and_attachment(
    db, tmp_path: Path
):
    photo = tmp_path / "талаа.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 500)
    media = make_media(db)
    rid = make_release(db, attachment=photo, embargo=dt.datetime(2026, 12, 10, 10, 0))
    plan = plan_sending(db, rid, _everyone(media))
    assert {r.address for r in plan.to_send} == {
        media.addresses[k] for k in ("kabar", "vb", "akipress", "ktrk")
    }
    assert {(r.name, r.reason) for r in plan.skipped} == {
        ("Журналист noemail", "problem.no_email"),
        ("Журналист dnc", "problem.do_not_contact"),
    }
    assert (plan.state_count, plan.private_count, plan.balance) == (2, 2, "mixed")
    with smtp_server() as (server, port):
        outcome = _send(db, rid, _everyone(media), port)
    assert sorted(outcome.report.sent) == sorted(r.address for r in plan.to_send)
    # The first wave (Кабар, АКИpress) went before the others.
    order = server.addresses()
    assert set(order[:2]) == {media.addresses["kabar"], media.addresses["akipress"]}
    for received in server.received:
        message = received.parsed()
        assert message["To"] == received.rcpt_tos[0] and message["Cc"] is None
        subject = str(message["Subject"])
        assert subject.startswith("[ЭМБАРГО") and "10.12.2026 10:00" in subject
        text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert text.startswith("ЭМБАРГО")
        names = [part.get_filename() for part in message.iter_attachments()]
        assert names == ["талаа.jpg"]
    by_address = {r.rcpt_tos[0]: r.parsed() for r in server.received}
    assert TITLE.ru in str(by_address[media.addresses["vb"]]["Subject"])
    assert TITLE.ky in str(by_address[media.addresses["kabar"]]["Subject"])
    assert "Основной текст" in by_address[media.addresses["vb"]].get_body().get_content()  # type: ignore[union-attr]
    assert outcome.status == "distributed"
    history = get_release(db, rid).history
    assert (history[-1].old_value, history[-1].new_value) == ("approved", "distributed")


def test_who_got_what_is_in_the_interaction_logs_and_on_the_release(db):
    media = make_media(db)
    rid = make_release(db)
    with smtp_server() as (server, port):
        server.refuse.add(media.addresses["ktrk"])
        outcome = _send(db, rid, _everyone(media), port)
    assert outcome.logged == 3
    assert outcome.report.refused[0][0] == media.addresses["ktrk"]
    assert "550" in outcome.report.refused[0][1]
    rows = {r.address: r for r in release_recipients(db, rid)}
    names = {r.name: r for r in release_recipients(db, rid)}
    assert rows[media.addresses["ktrk"]].status == "refused"
    assert rows[media.addresses["kabar"]].status == "sent"
    assert rows[media.addresses["kabar"]].wave == "first"
    assert rows[media.addresses["kabar"]].at is not None
    assert names["Журналист dnc"].status == "skipped"
    assert names["Журналист dnc"].reason == "problem.do_not_contact"
    assert names["Журналист noemail"].reason == "problem.no_email"
    ru_log = list_interactions(db, person_id=media.people["vb"]).rows
    assert len(ru_log) == 1 and ru_log[0].channel == "email"
    assert ru_log[0].subject.startswith("Отправлено по электронной почте")
    assert TITLE.ru in ru_log[0].subject and "1/2026" in ru_log[0].subject
    ky_log = list_interactions(db, person_id=media.people["kabar"]).rows
    assert TITLE.ky in ky_log[0].subject
    assert list_interactions(db, person_id=media.people["ktrk"]).rows == []


def test_an_unapproved_release_is_refused_unless_confirmed_and_that_is_recorded(db):
    media = make_media(db, ("kabar", "vb"))
    rid = make_release(db, approved=False)
    with smtp_server() as (server, port):
        with pytest.raises(ReleaseError) as refused:
            _send(db, rid, _everyone(media), port)
        assert refused.value.code == "release.send_unapproved"
        assert server.received == []
        with db.session() as session:
            assert session.scalars(select(MailBatch)).all() == []
        outcome = _send(db, rid, _everyone(media), port, confirm_unapproved=True, by_name="Айгүл")
    assert len(outcome.report.sent) == 2
    history = get_release(db, rid).history
    confirmed, distributed = history[-2], history[-1]
    assert confirmed.comment.startswith("Макулдашылбаган") and confirmed.by_name == "Айгүл"
    assert (distributed.old_value, distributed.new_value) == ("draft", "distributed")
    assert get_release(db, rid).status == "distributed"
    # Gone out, but never approved: a send to someone new asks again.
    add_person(db, media, "new", "new@kloop.example.kg", "АКИpress")
    with pytest.raises(ReleaseError) as again:
        _send(db, rid, _everyone(media), port_of_nothing(), confirm_again=True)
    assert again.value.code == "release.send_unapproved"


def test_a_second_send_goes_only_to_the_new_people_after_confirmation(db):
    media = make_media(db, ("kabar", "vb"))
    rid = make_release(db)
    with smtp_server() as (server, port):
        _send(db, rid, _everyone(media), port)
        add_person(db, media, "new", "new@kloop.example.kg", "АКИpress")
        with pytest.raises(ReleaseError) as asked:
            _send(db, rid, _everyone(media), port)
        assert asked.value.code == "release.send_again"
        assert asked.value.values["count"] == 2 and asked.value.values["new"] == 1
        outcome = _send(db, rid, _everyone(media), port, confirm_again=True)
        assert outcome.report.sent == ["new@kloop.example.kg"]
        with pytest.raises(ReleaseError) as nobody:
            _send(db, rid, _everyone(media), port, confirm_again=True)
        assert nobody.value.code == "release.nothing_new"
    addresses = server.addresses()
    assert len(addresses) == len(set(addresses)) == 3
    assert len(release_recipients(db, rid)) == 3
    assert len(list_interactions(db, person_id=media.people["kabar"]).rows) == 1


def test_the_first_wave_alone_then_the_rest_in_the_same_mailing(db):
    media = make_media(db, ("kabar", "vb", "akipress", "ktrk"))
    rid = make_release(db)
    with smtp_server() as (server, port):
        first = send_release(
            db, rid, _everyone(media), _transport(port), SENDER, wave="first", retry_pause=0
        )
        assert sorted(first.report.sent) == sorted(
            [media.addresses["kabar"], media.addresses["akipress"]]
        )
        assert first.waiting == 2
        # The rest go with the same mailing: nobody is «new», no confirmation is asked.
        rest = _send(db, rid, _everyone(media), port, wave="rest")
    assert sorted(rest.report.sent) == sorted([media.addresses["vb"], media.addresses["ktrk"]])
    assert len(server.addresses()) == 4
    with db.session() as session:
        assert len(session.scalars(select(MailBatch)).all()) == 1


class _Crash(Exception):
    """Stands for the process dying."""


class _CrashingTransport(SmtpTransport):
    """Dies right after the server took the n-th message, before it is marked sent."""

    def __init__(self, port: int, crash_after: int) -> None:
        super().__init__(_transport(port).config, None)
        self.left = crash_after

    def deliver(self, message: bytes, name_hint: str) -> str:
        reply = super().deliver(message, name_hint)
        self.left -= 1
        if self.left == 0:
            raise _Crash
        return reply


def test_an_interrupted_send_resumes_without_sending_anyone_twice(db):
    media = make_media(db, ("kabar", "vb", "akipress", "ktrk"))
    rid = make_release(db)
    with smtp_server() as (server, port):
        with pytest.raises(_Crash):
            send_release(
                db, rid, _everyone(media), _CrashingTransport(port, 2), SENDER, rest_now=True
            )
        plan = plan_sending(db, rid, _everyone(media))
        assert plan.pending == 3 and plan.to_send == ()
        outcome = resume_release(db, rid, _transport(port), SENDER, rest_now=True, retry_pause=0)
        assert len(outcome.report.sent) == 2 and len(outcome.report.in_doubt) == 1
        # Nothing left: a resume does nothing, the one in doubt stays listed.
        again = resume_release(db, rid, _transport(port), SENDER)
        assert again.report.sent == [] and len(again.plan.in_doubt) == 1
    addresses = server.addresses()
    assert len(addresses) == len(set(addresses)) == 4
    (doubt,) = [r for r in release_recipients(db, rid) if r.status == "in_doubt"]
    assert list_interactions(db, person_id=doubt.person_id).rows == []
    settle_recipient(db, rid, doubt.id, was_sent=True)
    assert len(list_interactions(db, person_id=doubt.person_id).rows) == 1
    assert all(r.status == "sent" for r in release_recipients(db, rid))


def test_without_a_server_one_eml_file_per_recipient(db, tmp_path: Path):
    media = make_media(db, ("kabar", "vb", "noemail"))
    rid = make_release(db)
    outcome = send_release(
        db, rid, _everyone(media), EmlFolderTransport(tmp_path / "out"), SENDER, rest_now=True
    )
    files = sorted((tmp_path / "out").glob("*.eml"))
    assert len(files) == len(outcome.report.sent) == 2
    for file in files:
        data = file.read_bytes()
        assert data.count(b"\nTo: ") == 1 and b"Bcc" not in data
    rows = [r for r in release_recipients(db, rid) if r.status == "sent"]
    assert all(r.by_file for r in rows)
    assert outcome.logged == 2


def test_all_media_means_media_kinds_and_anyone_at_an_outlet(db):
    from pressdesk.services.releases.sending import choose_people
    from pressdesk.storage.contacts_models import Person

    media = make_media(db, ("kabar", "vb"))
    with db.session() as session:
        blogger = Person(full_name="Блогер", kind="blogger")
        expert = Person(full_name="Эксперт", kind="expert")
        session.add_all([blogger, expert])
        session.flush()
        ids = {"blogger": blogger.id, "expert": expert.id}
    chosen = choose_people(db, all_media=True)
    assert set(chosen) == {media.people["kabar"], media.people["vb"], ids["blogger"]}
    with pytest.raises(ReleaseError) as missing:
        choose_people(db, list_name="Жок тизме")
    assert missing.value.code == "release.no_list"
    with pytest.raises(ReleaseError) as nothing:
        choose_people(db)
    assert nothing.value.code == "release.choose_recipients"


def test_the_text_carries_the_release_in_one_language_each(db):
    from pressdesk.services.releases.mail_text import release_mail_texts

    rid = make_release(db, embargo=dt.datetime(2026, 12, 10, 10, 0))
    texts = release_mail_texts(db, rid)
    subject_ky, body_ky = texts["ky"]
    subject_ru, body_ru = texts["ru"]
    assert subject_ky == f"[ЭМБАРГО 10.12.2026 10:00 чейин] Пресс-релиз: {TITLE.ky}"
    assert subject_ru == f"[ЭМБАРГО до 10.12.2026 10:00] Пресс-релиз: {TITLE.ru}"
    assert body_ru.startswith("ЭМБАРГО: не публиковать до 10 декабря 2026 г., 10:00")
    assert "Основной текст на русском." in body_ru and "Кыргызча" not in body_ru
    assert "Министрлик маалымдайт." in body_ky and "Министерство" not in body_ky
    assert "Пресс-релиз № 1/2026" in body_ky


def test_the_demo_has_a_release_sent_with_its_recipients_and_log_entries(demo_db):
    from pressdesk.services.releases.reading import list_releases
    from pressdesk.services.releases.records import ReleaseFilter

    (release,) = list_releases(demo_db, ReleaseFilter(status="distributed"))
    rows = release_recipients(demo_db, release.id)
    statuses = [r.status for r in rows]
    assert statuses.count("sent") >= 10 and statuses.count("refused") == 1
    assert {r.wave for r in rows} == {"first", "rest"}
    sent = next(r for r in rows if r.status == "sent")
    (entry,) = [
        e
        for e in list_interactions(demo_db, person_id=sent.person_id).rows
        if e.note == f"release-{release.id}"
    ]
    assert entry.channel == "email" and release.title.ky in entry.subject
