"""The Send dialog of a press release: the plan before sending (recipients, skipped with reasons,
who already has it, the state/private balance), the questions as Yes/No boxes, sending through a
real SMTP server on 127.0.0.1 in the background with a per-recipient result, and the .eml
folder without a server; who got what and the coverage in the release's panel."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from pressdesk.gui.releases.page import ReleasesSectionPage
from pressdesk.gui.releases.send_dialog import SendDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.services.coverage.records import CoverageInput, add_record
from pressdesk.services.mail.config import SmtpConfig, save_config
from pressdesk.services.releases.reading import get_release
from pressdesk.services.releases.sending import release_recipients
from pressdesk.storage.mail_models import MailRecipient
from tests.support.release_media import SENDER, add_person, make_media, make_release
from tests.support.smtp_server import smtp_server


def _texts(dialog: SendDialog, column: int) -> list[str]:
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]


def _dialog(qtbot, runtime, db, rid: int, list_id: int | None = None) -> SendDialog:  # type: ignore[no-untyped-def]
    dialog = SendDialog(db, runtime.settings, get_release(db, rid))
    qtbot.addWidget(dialog)
    if list_id is not None:
        dialog.whom.setCurrentIndex(dialog.whom.findData(list_id))
    return dialog


def test_the_plan_is_shown_before_sending_then_each_recipient_gets_a_result(
    qtbot, runtime, db, answers
):
    media = make_media(db)
    rid = make_release(db)
    with smtp_server() as (server, port):
        save_config(runtime.settings, SmtpConfig("127.0.0.1", port, "none", "", SENDER), None)
        dialog = _dialog(qtbot, runtime, db, rid, media.list_id)
        assert dialog.how_buttons["smtp"].isChecked()
        summary = dialog.summary.text()
        assert "4" in summary and "2 state, 2 private" in summary
        whats = dict(zip(_texts(dialog, 1), _texts(dialog, 2), strict=True))
        assert whats["Журналист dnc"] != "will get it" and "contact" in whats["Журналист dnc"]
        assert "e-mail" in whats["Журналист noemail"].lower()
        server.refuse.add(media.addresses["ktrk"])
        dialog.send()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
        received = sorted(server.addresses())
    outcome = dialog.outcome
    assert outcome is not None
    assert sorted(outcome.report.sent) == received
    assert len(received) == 3 and media.addresses["ktrk"] not in received
    rows = dict(zip(_texts(dialog, 0), _texts(dialog, 2), strict=True))
    assert rows[media.addresses["kabar"]] == "sent"
    assert (
        rows[media.addresses["ktrk"]].startswith("refused: ")
        and "550" in rows[media.addresses["ktrk"]]
    )
    assert rows[media.addresses["dnc"]] != "sent"
    assert "Sent: 3 · refused: 1 · skipped: 2" in dialog.summary.text()
    results = {r.address: r.status for r in release_recipients(db, rid)}
    assert results[media.addresses["vb"]] == "sent"
    # A second open shows who has it; only the refused address is offered again.
    again = _dialog(qtbot, runtime, db, rid, media.list_id)
    assert again.plan is not None and len(again.plan.already) == 3
    assert [r.address for r in again.plan.to_send] == [media.addresses["ktrk"]]
    assert _texts(again, 2).count("already has it") == 3
    answers.assert_all_used()


def test_without_a_server_the_messages_go_to_a_folder_after_the_questions(
    qtbot, runtime, db, answers, tmp_path
):
    media = make_media(db)
    rid = make_release(db, approved=False)
    dialog = _dialog(qtbot, runtime, db, rid, media.list_id)
    assert not dialog.how_buttons["smtp"].isEnabled()
    assert dialog.how_buttons["eml"].isChecked()
    assert "not approved" in dialog.summary.text()
    # Refusing the question sends nothing.
    answers.messages.append("no")
    dialog.send()
    assert "not approved" in answers.asked[-1].text
    assert release_recipients(db, rid) == []
    folder = tmp_path / "eml"
    answers.messages.append("yes")
    answers.files.append(folder)
    dialog.send()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert len(list(folder.glob("*.eml"))) == 4
    written = [r for r in release_recipients(db, rid) if r.status == "sent"]
    assert len(written) == 4 and all(r.by_file for r in written)
    history = get_release(db, rid).history
    assert any(
        "подтверждения" in (h.comment or "") or "ырастоо" in (h.comment or "") for h in history
    )
    answers.assert_all_used()


def test_a_second_send_asks_and_goes_only_to_the_new_people(qtbot, runtime, db, answers, tmp_path):
    media = make_media(db, ("kabar", "vb"))
    rid = make_release(db)
    first = _dialog(qtbot, runtime, db, rid, media.list_id)
    answers.files.append(tmp_path / "one")
    first.send()
    qtbot.waitUntil(lambda: first.outcome is not None, timeout=20_000)
    add_person(db, media, "new", "new@kabar.example.kg", "Кабар")
    second = _dialog(qtbot, runtime, db, rid, media.list_id)
    answers.messages.append("yes")
    answers.files.append(tmp_path / "two")
    second.send()
    qtbot.waitUntil(lambda: second.outcome is not None, timeout=20_000)
    assert "already have" in answers.asked[-1].text
    assert [p.name for p in (tmp_path / "two").glob("*.eml")].__len__() == 1
    assert second.outcome is not None
    assert second.outcome.report.sent == ["new@kabar.example.kg"]
    answers.assert_all_used()


def test_the_page_opens_the_dialog_and_the_panel_shows_who_got_what(
    qtbot, runtime, db, answers, tmp_path
):
    media = make_media(db, ("kabar", "vb"))
    rid = make_release(db)
    page = ReleasesSectionPage(SectionContext(runtime, db))
    qtbot.addWidget(page)
    page.select(rid)
    assert page.send_action.isEnabled()
    assert "later version" not in page.send_action.toolTip()
    seen: list[SendDialog] = []

    def run(dialog):  # type: ignore[no-untyped-def]
        seen.append(dialog)
        dialog.whom.setCurrentIndex(dialog.whom.findData(media.list_id))
        answers.files.append(tmp_path / "eml")
        dialog.send()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
        return 0

    answers.dialogs.append(run)
    page._send()
    assert seen and seen[0].outcome is not None
    panel = page.panel
    addresses = {panel.recipients.item(r, 0).text() for r in range(panel.recipients.rowCount())}
    assert addresses == {media.addresses["kabar"], media.addresses["vb"]}
    assert get_release(db, rid).status == "distributed"
    # A recipient in doubt is decided from the panel.
    with db.session() as session:
        session.execute(
            update(MailRecipient)
            .where(MailRecipient.address == media.addresses["vb"])
            .values(status="in_doubt")
        )
    add_record(
        db,
        CoverageInput(
            published_at=dt.datetime(2026, 12, 5, 9, 30),
            outlet="Кабар",
            title="Талаа иштери башталды",
            release_id=rid,
        ),
    )
    page._show_selected()
    coverage = [panel.coverage.item(i).text() for i in range(panel.coverage.count())]
    assert len(coverage) == 1 and "Кабар" in coverage[0] and "Талаа" in coverage[0]
    doubtful = [r.address for r in panel.delivered].index(media.addresses["vb"])
    assert not panel.mark_sent.isEnabled()
    panel.recipients.selectRow(doubtful)
    assert panel.mark_sent.isEnabled() and panel.send_again.isEnabled()
    panel.mark_sent.click()
    statuses = {r.address: r.status for r in release_recipients(db, rid)}
    assert statuses[media.addresses["vb"]] == "sent"
    answers.assert_all_used()


def test_the_first_wave_alone_then_the_rest_is_offered_on_the_next_open(
    qtbot, runtime, db, answers
):
    media = make_media(db, ("kabar", "vb", "akipress", "ktrk"))
    rid = make_release(db)
    with smtp_server() as (server, port):
        save_config(runtime.settings, SmtpConfig("127.0.0.1", port, "none", "", SENDER), None)
        first = _dialog(qtbot, runtime, db, rid, media.list_id)
        first.wave.setCurrentIndex(first.wave.findData("first"))
        first.send()
        qtbot.waitUntil(lambda: first.outcome is not None, timeout=20_000)
        assert sorted(server.addresses()) == sorted(
            [media.addresses["kabar"], media.addresses["akipress"]]
        )
        assert first.outcome is not None and first.outcome.waiting == 2
        later = _dialog(qtbot, runtime, db, rid, media.list_id)
        assert later.plan is not None and later.plan.pending == 2
        answers.messages.append("yes")
        later.offer_resume()
        assert "unfinished" in answers.asked[-1].text
        qtbot.waitUntil(lambda: later.outcome is not None, timeout=20_000)
        received = server.addresses()
    # Everyone got it once: the first wave was not sent again.
    assert sorted(received) == sorted(media.addresses.values())
    assert len(received) == len(set(received)) == 4
    answers.assert_all_used()
