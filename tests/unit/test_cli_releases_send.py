"""``pressdesk releases send | recipients | settle``: a dry run, the questions only --yes
answers, sending through a real SMTP server on 127.0.0.1, .eml files, BCC and mailto: links."""

from __future__ import annotations

import contextlib
import email
import io
from email import policy
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from pressdesk import cli
from pressdesk.bilingual import Bi
from pressdesk.services.mail.config import SmtpConfig, save_config
from pressdesk.services.releases.reading import get_release
from pressdesk.services.releases.records import ReleaseInput, set_status, update_release
from pressdesk.settings import MAIL_RATE_PER_MINUTE
from tests.support.release_media import (
    LIST_NAME,
    SENDER,
    TITLE,
    add_person,
    make_media,
    make_release,
)
from tests.support.smtp_server import smtp_server


def _run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(data_dir), "releases", *argv])
    return code, out.getvalue(), err.getvalue()


def _setup(runtime, *, approved: bool = True, names=None):  # type: ignore[no-untyped-def]
    db = runtime.open_db()
    try:
        media = make_media(db) if names is None else make_media(db, names)
        rid = make_release(db, approved=approved)
    finally:
        db.close()
    return media, str(rid)


def _mail_setup(runtime, port: int) -> None:  # type: ignore[no-untyped-def]
    save_config(runtime.settings, SmtpConfig("127.0.0.1", port, "none", "", SENDER), None)
    runtime.settings.set(MAIL_RATE_PER_MINUTE, 0)  # no pause between messages in tests


def test_a_dry_run_lists_recipients_skips_and_the_balance_and_sends_nothing(data_dir, runtime):
    media, rid = _setup(runtime)
    with smtp_server() as (server, port):
        _mail_setup(runtime, port)
        code, out, err = _run(data_dir, "send", rid, "--list", LIST_NAME, "--dry-run")
    assert code == 0, err
    assert server.received == []
    lines = out.splitlines()
    sends = [line.split("\t") for line in lines if line.startswith("send\t")]
    assert {f[1] for f in sends} == {
        media.addresses[k] for k in ("kabar", "vb", "akipress", "ktrk")
    }
    assert ["send", media.addresses["kabar"], "first", "ky", "state"] == sends[0][:5]
    skips = {line.split("\t")[-1]: line for line in lines if line.startswith("skip\t")}
    assert "marked «do not contact»" in skips["Журналист dnc"]
    assert "no e-mail address" in skips["Журналист noemail"]
    assert "Balance: 2 state, 2 private, 0 without an outlet" in out
    code, out, _ = _run(data_dir, "recipients", rid)
    assert code == 0 and out == ""


def test_an_unapproved_release_needs_yes_and_the_confirmation_is_recorded(data_dir, runtime):
    media, rid = _setup(runtime, approved=False, names=("kabar", "vb"))
    with smtp_server() as (server, port):
        _mail_setup(runtime, port)
        code, _, err = _run(data_dir, "send", rid, "--list", LIST_NAME)
        assert code == 1
        assert "is not approved" in err and "--yes" in err and "Traceback" not in err
        assert server.received == []
        code, out, err = _run(data_dir, "send", rid, "--list", LIST_NAME, "--yes")
    assert code == 0, err
    assert "2 sent" in out and "status distributed" in out
    assert sorted(server.addresses()) == sorted(media.addresses.values())
    db = runtime.open_db()
    try:
        history = get_release(db, int(rid)).history
    finally:
        db.close()
    assert history[-2].comment.startswith("Макулдашылбаган")


def test_sending_again_reaches_only_the_new_people_and_only_with_yes(data_dir, runtime):
    media, rid = _setup(runtime, names=("kabar", "vb"))
    with smtp_server() as (server, port):
        _mail_setup(runtime, port)
        assert _run(data_dir, "send", rid, "--list", LIST_NAME)[0] == 0
        db = runtime.open_db()
        try:
            add_person(db, media, "new", "new@kloop.example.kg", "АКИpress")
        finally:
            db.close()
        code, _, err = _run(data_dir, "send", rid, "--list", LIST_NAME)
        assert code == 1 and "already received" in err and "--yes" in err
        code, out, err = _run(data_dir, "send", rid, "--list", LIST_NAME, "--yes")
        assert code == 0, err
        assert "1 sent" in out
        code, _, err = _run(data_dir, "send", rid, "--list", LIST_NAME, "--yes")
        assert code == 1 and "Nobody new" in err
    assert server.addresses().count("new@kloop.example.kg") == 1
    assert len(server.addresses()) == 3
    code, out, _ = _run(data_dir, "recipients", rid)
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (media.addresses["kabar"], "first", "sent"),
        (media.addresses["vb"], "rest", "sent"),
        ("new@kloop.example.kg", "first", "sent"),
    ]


def test_a_refused_recipient_is_reported_and_the_exit_code_says_so(data_dir, runtime):
    media, rid = _setup(runtime, names=("kabar", "vb"))
    with smtp_server() as (server, port):
        _mail_setup(runtime, port)
        server.refuse.add(media.addresses["vb"])
        code, out, err = _run(data_dir, "send", rid, "--list", LIST_NAME)
    assert code == 1, err
    assert f"refused\t{media.addresses['vb']}\t550" in out
    assert "1 sent, 1 refused" in out


def test_an_interrupted_recipient_in_doubt_is_settled_by_the_user(data_dir, runtime):
    media, rid = _setup(runtime, names=("kabar", "vb"))
    with smtp_server() as (server, port):
        _mail_setup(runtime, port)
        server.drop_on_data.add(media.addresses["vb"])
        code, out, err = _run(data_dir, "send", rid, "--list", LIST_NAME)
        assert code == 1 and f"in doubt\t{media.addresses['vb']}" in out
        assert "releases settle" in err
        code, out, _ = _run(data_dir, "settle", rid, media.addresses["vb"], "--sent")
        assert code == 0, out
    _, out, _ = _run(data_dir, "recipients", rid)
    assert all(line.split("\t")[2] == "sent" for line in out.splitlines())
    assert server.addresses().count(media.addresses["vb"]) == 1


def test_without_a_mail_server_eml_files_or_a_usage_error(data_dir, runtime, tmp_path: Path):
    media, rid = _setup(runtime, names=("kabar", "vb", "noemail"))
    code, _, err = _run(data_dir, "send", rid, "--all-media")
    assert code == 2 and "mail setup" in err and "--eml-dir" in err
    out_dir = tmp_path / "eml"
    code, out, err = _run(data_dir, "send", rid, "--all-media", "--eml-dir", str(out_dir))
    assert code == 0, err
    assert "2 written as .eml" in out and "2 noted in the contact logs" in out
    files = sorted(out_dir.glob("*.eml"))
    assert len(files) == 2
    parsed = [email.message_from_bytes(f.read_bytes(), policy=policy.default) for f in files]
    assert sorted(str(m["To"]) for m in parsed) == sorted(
        [media.addresses["kabar"], media.addresses["vb"]]
    )
    _, out, _ = _run(data_dir, "recipients", rid)
    results = {line.split("\t")[0]: line.split("\t")[2] for line in out.splitlines()}
    assert results == {
        media.addresses["kabar"]: "written",
        media.addresses["vb"]: "written",
        "-": "skipped",
    }


def test_one_bcc_message_per_language_and_mailto_links(data_dir, runtime, tmp_path: Path):
    media, rid = _setup(runtime, names=("kabar", "vb", "ktrk"))
    target = tmp_path / "release.eml"
    code, out, err = _run(data_dir, "send", rid, "--list", LIST_NAME, "--bcc-eml", str(target))
    assert code == 0, err
    ky = email.message_from_bytes((tmp_path / "release-ky.eml").read_bytes(), policy=policy.default)
    ru = email.message_from_bytes((tmp_path / "release-ru.eml").read_bytes(), policy=policy.default)
    assert sorted(a.strip() for a in str(ky["Bcc"]).split(",")) == sorted(
        [media.addresses["kabar"], media.addresses["ktrk"]]
    )
    assert str(ru["Bcc"]) == media.addresses["vb"]
    assert TITLE.ru in str(ru["Subject"]) and media.addresses["vb"] not in str(ru["To"])
    assert ru["X-Unsent"] == "1"
    code, out, err = _run(data_dir, "send", rid, "--list", LIST_NAME, "--mailto")
    assert code == 0, err
    links = out.strip().splitlines()
    assert len(links) == 2 and all(link.startswith("mailto:?bcc=") for link in links)
    query = parse_qs(urlsplit(links[0]).query)
    assert TITLE.ky in query["subject"][0]
    # Nothing of these is recorded: the user sends them from the mail client.
    _, out, _ = _run(data_dir, "recipients", rid)
    assert out == ""


def test_more_than_twenty_addresses_get_no_mailto_link(data_dir, runtime):
    media, rid = _setup(runtime, names=("kabar",))
    db = runtime.open_db()
    try:
        for n in range(20):
            add_person(db, media, f"p{n}", f"p{n}@media.example.kg", "КТРК")
    finally:
        db.close()
    code, _, err = _run(data_dir, "send", rid, "--list", LIST_NAME, "--mailto")
    assert code == 1 and "at most 20" in err and "there are 21" in err


def test_a_missing_attachment_or_a_refused_login_stops_with_a_sentence(
    data_dir, runtime, tmp_path: Path
):
    media, rid = _setup(runtime, names=("kabar",))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"jpeg")
    db = runtime.open_db()
    try:
        update_release(
            db,
            int(rid),
            ReleaseInput(title=TITLE, body=Bi("Текст.", "Текст."), attachments=(str(photo),)),
        )
        set_status(db, int(rid), "sent")
        set_status(db, int(rid), "approved")
    finally:
        db.close()
    photo.unlink()
    with smtp_server(password="туура") as (server, port):
        save_config(
            runtime.settings, SmtpConfig("127.0.0.1", port, "none", "press", SENDER), "туура"
        )
        runtime.settings.set(MAIL_RATE_PER_MINUTE, 0)
        code, _, err = _run(data_dir, "send", rid, "--list", LIST_NAME)
        assert code == 1 and "is gone; nothing was sent" in err and "Traceback" not in err
        photo.write_bytes(b"jpeg")
        save_config(
            runtime.settings, SmtpConfig("127.0.0.1", port, "none", "press", SENDER), "жаңылыш"
        )
        code, _, err = _run(data_dir, "send", rid, "--list", LIST_NAME)
        assert code == 1 and "refused the login of press" in err and "Traceback" not in err
        save_config(
            runtime.settings, SmtpConfig("127.0.0.1", port, "none", "press", SENDER), "туура"
        )
        code, _, err = _run(data_dir, "send", rid, "--list", LIST_NAME)
        assert code == 0, err
    assert server.addresses() == [media.addresses["kabar"]]
    assert [p.get_filename() for p in server.received[0].parsed().iter_attachments()] == [
        "photo.jpg"
    ]
