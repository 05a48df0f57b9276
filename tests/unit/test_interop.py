"""Every file of the interoperability corpus imports with the outcome recorded for it.

The corpus (``../shared/interop/``: contact tables, vCards and calendars written by other
programs, see its SOURCES.tsv) is read in place. For each file the table below says what the
import does: ``full`` (everything imported, no remark), ``partly`` (imported, with a message
naming what was left out, moved to the notes or kept for correction) or ``refused`` (nothing
imported, with a message), and how many people or plan entries it creates. A traceback is
never an outcome. Exported back to vCard or iCalendar and imported into an empty database,
the data comes back as it was.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from pressdesk.runtime import Runtime
from pressdesk.services.contacts.exchange import ContactFileError, import_contacts
from pressdesk.services.contacts.export import export_contacts
from pressdesk.services.contacts.query import list_people
from pressdesk.services.contacts.records import get_person
from pressdesk.services.plan.ical import export_ics, import_ics
from pressdesk.services.plan.items import PlanError
from pressdesk.services.plan.recurrence import first_occurrence
from pressdesk.services.profile import get_profile
from pressdesk.storage.contacts_models import Person
from pressdesk.storage.plan_models import PlanItem

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "interop"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the interop corpus is not here")

# file → (outcome, people or plan entries created)
EXPECTED: dict[str, tuple[str, int]] = {
    "csv/gpcsolutions__outlook.csv": ("partly", 3),
    "csv/mtrazzi__google_contacts.csv": ("partly", 3),
    "csv/roundcube__email.csv": ("partly", 4),
    "csv/roundcube__tb_plain.csv": ("partly", 1),
    "csv/thunderbird__csv_semicolon.csv": ("partly", 2),
    "vcf/desloovere__contacts.vcf": ("full", 5),
    "vcf/desloovere__invalid_encoding.vcf": ("full", 1),
    "vcf/eds__1.vcf": ("full", 1),
    "vcf/eds__11.vcf": ("full", 1),
    "vcf/eds__13.vcf": ("partly", 1),
    "vcf/eds__3.vcf": ("partly", 1),
    "vcf/eds__5.vcf": ("partly", 1),
    "vcf/eds__7.vcf": ("partly", 1),
    "vcf/eds__9.vcf": ("refused", 0),
    "vcf/eds__custom-3.vcf": ("partly", 1),
    "vcf/eds__custom-9.vcf": ("partly", 1),
    "vcf/eds__logo-1.vcf": ("full", 1),
    "vcf/eds__name-only.vcf": ("full", 1),
    "vcf/eds__simple-1.vcf": ("full", 1),
    "vcf/ezvcard__John_Doe_ANDROID.vcf": ("partly", 6),
    "vcf/ezvcard__John_Doe_EVOLUTION.vcf": ("partly", 1),
    "vcf/ezvcard__John_Doe_IPHONE.vcf": ("partly", 1),
    "vcf/ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf": ("partly", 1),
    "vcf/ezvcard__fullcontact.vcf": ("partly", 1),
    "vcf/ezvcard__gmail-single2.vcf": ("partly", 1),
    "vcf/ezvcard__outlook-2003.vcf": ("partly", 1),
    "vcf/ezvcard__rfc2426-example.vcf": ("full", 2),
    "vcf/ezvcard__thunderbird-MoreFunctionsForAddressBook-extension.vcf": ("partly", 1),
    "vcf/icaljs__escape_semicolon.vcf": ("partly", 1),
    "vcf/icaljs__vcard3.vcf": ("partly", 1),
    "vcf/icaljs__vcard_grouped.vcf": ("refused", 0),
    "vcf/khard__altid.vcf": ("full", 1),
    "vcf/khard__contact1.vcf": ("partly", 1),
    "vcf/khard__individual.vcf": ("full", 1),
    "vcf/khard__joe.vcf": ("full", 1),
    "vcf/khard__korean-j.vcf": ("full", 1),
    "vcf/khard__minimal.vcf": ("full", 1),
    "vcf/khard__no-nickname.vcf": ("full", 1),
    "vcf/khard__photov3.vcf": ("partly", 1),
    "vcf/khard__post.vcf": ("full", 1),
    "vcf/khard__text-bday.vcf": ("partly", 1),
    "vcf/nuovo__Example.vcf": ("partly", 1),
    "vcf/nuovo__Example3.0.vcf": ("partly", 1),
    "vcf/radicale__broken-vcard.vcf": ("partly", 1),
    "vcf/radicale__broken-vcards2-no_uid.vcf": ("partly", 2),
    "vcf/radicale__contact1.vcf": ("full", 1),
    "vcf/radicale__contact2-with-bday.vcf": ("full", 1),
    "vcf/radicale__contact4-with-bday-no-year.vcf": ("partly", 1),
    "vcf/radicale__contact_multiple_v4.vcf": ("full", 2),
    "vcf/radicale__contact_photo_with_data_uri_v4.vcf": ("partly", 1),
    "vcf/roundcube__all.vcf": ("partly", 1),
    "vcf/roundcube__contacts.vcf": ("full", 2),
    "vcf/roundcube__gmail.vcf": ("partly", 1),
    "vcf/roundcube__outlook.vcf": ("full", 1),
    "vcf/roundcube__tb_plain.vcf": ("partly", 1),
    "vcf/roundcube__utf-16_sample.vcf": ("full", 1),
    "vcf/thunderbird__dos_vcard_addressbook.vcf": ("full", 1),
    "vcf/vobject__simple_3_0_test.vcf": ("partly", 1),
    "ics/biweekly__New_York.ics": ("refused", 0),
    "ics/biweekly__issue115-1.ics": ("full", 1),
    "ics/biweekly__issue126.ics": ("full", 2),
    "ics/biweekly__issue85.ics": ("full", 1),
    "ics/biweekly__pr63.ics": ("full", 1),
    "ics/biweekly__rfc5545-example2.ics": ("full", 1),
    "ics/biweekly__rfc5545-example4.ics": ("refused", 0),
    "ics/biweekly__rfc5545-example6.ics": ("refused", 0),
    "ics/eds__invite-1.ics": ("full", 1),
    "ics/eds__invite-3.ics": ("full", 1),
    "ics/eds__invite-5.ics": ("full", 1),
    "ics/eds__invite-7.ics": ("partly", 2),
    "ics/icalendar__alarm_etar_future.ics": ("full", 1),
    "ics/icalendar__alarm_etar_notification_clicked.ics": ("full", 1),
    "ics/icalendar__alarm_google_future.ics": ("full", 1),
    "ics/icalendar__alarm_thunderbird_2_notification_5_min_postponed.ics": ("full", 1),
    "ics/icalendar__alarm_thunderbird_2_notification_5_min_postponed_and_popped_up.ics": (
        "full",
        1,
    ),
    "ics/icalendar__alarm_thunderbird_closed.ics": ("full", 1),
    "ics/icalendar__alarm_thunderbird_snoozed_until_1457.ics": ("full", 1),
    "ics/icalendar__america_new_york_forward_reference.ics": ("partly", 1),
    "ics/icalendar__broken_dtstart.ics": ("refused", 0),
    "ics/icalendar__event_with_escaped_character1.ics": ("refused", 0),
    "ics/icalendar__event_with_escaped_character3.ics": ("refused", 0),
    "ics/icalendar__event_with_escaped_characters.ics": ("refused", 0),
    "ics/icalendar__event_with_recurrence_exdates_on_different_lines.ics": ("full", 1),
    "ics/icalendar__event_with_unicode_fields.ics": ("full", 1),
    "ics/icalendar__example.ics": ("full", 3),
    "ics/icalendar__issue_100_transformed_doctests_into_unittests.ics": ("refused", 0),
    "ics/icalendar__issue_104_broken_calendar.ics": ("full", 1),
    "ics/icalendar__issue_1050_all_components.ics": ("full", 1),
    "ics/icalendar__issue_1050_forward_timezone_reference.ics": ("full", 1),
    "ics/icalendar__issue_1050_uid_in_description.ics": ("refused", 0),
    "ics/icalendar__issue_1081_event_with_rrule.ics": ("full", 1),
    "ics/icalendar__issue_1081_invalid_start_and_end.ics": ("refused", 0),
    "ics/icalendar__issue_1081_list_of_properties.ics": ("full", 1),
    "ics/icalendar__issue_1081_with_summary.ics": ("refused", 0),
    "ics/icalendar__issue_1231_recurrence.ics": ("partly", 1),
    "ics/icalendar__issue_1426.ics": ("full", 3),
    "ics/icalendar__issue_1549_binary_attachment.ics": ("refused", 0),
    "ics/icalendar__issue_156_RDATE_with_PERIOD.ics": ("full", 2),
    "ics/icalendar__issue_156_RDATE_with_PERIOD_TZID_khal_2.ics": ("partly", 1),
    "ics/icalendar__issue_157_removes_trailing_semicolon.ics": ("full", 1),
    "ics/icalendar__issue_1633_rdate_with_dates_and_tzid.ics": ("full", 1),
    "ics/icalendar__issue_168_input.ics": ("partly", 1),
    "ics/icalendar__issue_184_broken_representation_of_period.ics": ("full", 1),
    "ics/icalendar__issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics": ("full", 1),
    "ics/icalendar__issue_321_assert_dst_offset_is_not_false.ics": ("full", 1),
    "ics/icalendar__issue_348_exception_parsing_value.ics": ("full", 1),
    "ics/icalendar__issue_351_whitespace_in_property_and_params.ics": ("full", 1),
    "ics/icalendar__issue_355_url_escaping_2.ics": ("full", 1),
    "ics/icalendar__issue_464_invalid_rdate.ics": ("partly", 1),
    "ics/icalendar__issue_466_respect_unique_timezone.ics": ("partly", 1),
    # Its zone "Western/Central Europe" is defined in no file of its own (only in issue_156).
    "ics/icalendar__issue_526_calendar_with_events.ics": ("refused", 0),
    "ics/icalendar__issue_64_event_with_ascii_summary.ics": ("refused", 0),
    "ics/icalendar__issue_70_rrule_causes_attribute_error.ics": ("full", 1),
    "ics/icalendar__issue_722_missing_timezones.ics": ("partly", 2),
    "ics/icalendar__issue_798_related_to.ics": ("refused", 0),
    "ics/icalendar__multiple_calendar_components.ics": ("partly", 2),
    "ics/icalendar__pacific_fiji.ics": ("partly", 1),
    "ics/icalendar__period_with_timezone.ics": ("partly", 9),
    "ics/icalendar__property_params.ics": ("full", 1),
    "ics/icalendar__rfc_6868.ics": ("refused", 0),
    "ics/icalendar__rfc_7265_appendix_example_1_ical.ics": ("full", 1),
    "ics/icalendar__rfc_7265_example_4.ics": ("full", 1),
    "ics/icalendar__rfc_7529.ics": ("partly", 4),
    "ics/icalendar__rfc_7986_image.ics": ("refused", 0),
    "ics/icalendar__rfc_9074_example_2.ics": ("full", 1),
    "ics/icalendar__rfc_9074_example_4.ics": ("full", 1),
    "ics/icalendar__rfc_9253_examples.ics": ("full", 2),
    "ics/icalendar__rfc_9253_related_to.ics": ("refused", 0),
    "ics/icalendar__timezone_rdate.ics": ("partly", 1),
    "ics/icalendar__timezone_same_start_and_offset.ics": ("partly", 1),
    "ics/icalendar__x_location.ics": ("partly", 1),
    "ics/icalevents__basic.ics": ("full", 95),
    "ics/icalevents__created_last_modified.ics": ("full", 3),
    "ics/icalevents__icloud.ics": ("partly", 4),
    "ics/icalevents__recurring.ics": ("partly", 3),
    "ics/icaljs__blank_description.ics": ("full", 1),
    "ics/icaljs__blank_line_mid.ics": ("refused", 0),
    "ics/icaljs__day_long_recur_yearly.ics": ("full", 1),
    "ics/icaljs__forced_types.ics": ("partly", 1),
    "ics/icaljs__minimal.ics": ("full", 1),
    "ics/icaljs__multiple_rrules.ics": ("partly", 36),
    "ics/icaljs__only_dtstart_date.ics": ("full", 1),
    "ics/icaljs__parserv2.ics": ("partly", 1),
    "ics/icaljs__recur_instances.ics": ("partly", 3),
    "ics/icaljs__rfc.ics": ("full", 1),
    "ics/icaljs__tzid_with_gmt.ics": ("refused", 0),
    "ics/khal__cal_d.ics": ("full", 1),
    "ics/khal__cal_lots_of_timezones.ics": ("full", 3),
    "ics/khal__event_d.ics": ("full", 1),
    "ics/khal__event_d_no_value.ics": ("full", 1),
    "ics/khal__event_d_rr.ics": ("full", 1),
    "ics/khal__event_dt_duration.ics": ("full", 1),
    "ics/khal__event_dt_local_missing_tz.ics": ("refused", 0),
    "ics/khal__event_dt_mixed_awareness.ics": ("partly", 2),
    "ics/khal__event_dt_no_end.ics": ("full", 1),
    "ics/khal__event_dt_recuid_no_master.ics": ("partly", 1),
    "ics/khal__event_dt_rrule_invalid_until.ics": ("full", 1),
    "ics/khal__event_dt_rrule_until_before_start.ics": ("partly", 1),
    "ics/khal__event_dt_two_tz.ics": ("full", 1),
    "ics/khal__event_dtr_no_tz_exdatez.ics": ("refused", 0),
    "ics/khal__event_rrule_recuid.ics": ("full", 2),
    "ics/khal__event_rrule_recuid_invalid_tzid.ics": ("refused", 0),
    "ics/khal__invalid_tzoffset.ics": ("partly", 1),
    "ics/khal__part0.ics": ("full", 1),
    "ics/khal__without_uid.ics": ("full", 1),
    "ics/nylas__bogus_sequence_number.ics": ("full", 1),
    "ics/nylas__event_without_sequence.ics": ("full", 1),
    "ics/nylas__gcal_v1.ics": ("full", 1),
    "ics/nylas__google_cancelled1.ics": ("full", 1),
    "ics/nylas__icloud_cancelled1.ics": ("full", 1),
    "ics/nylas__icloud_oneday_event.ics": ("full", 1),
    "ics/nylas__invalid_rsvp2.ics": ("full", 1),
    "ics/nylas__invite_w_rsvps2.ics": ("full", 1),
    "ics/nylas__invite_w_rsvps_4.ics": ("full", 1),
    "ics/nylas__meetup_infinite.ics": ("full", 1),
    "ics/nylas__multiple_summaries.ics": ("full", 1),
    "ics/nylas__self_sent_v2.ics": ("full", 1),
    "ics/radicale__broken-vevent.ics": ("refused", 0),
    "ics/radicale__event1.ics": ("full", 1),
    "ics/radicale__event2.ics": ("partly", 2),
    "ics/radicale__event4.ics": ("full", 1),
    "ics/radicale__event6.ics": ("full", 2),
    "ics/radicale__event8.ics": ("full", 2),
    "ics/radicale__event_daily_rrule.ics": ("full", 1),
    "ics/radicale__event_exdate_without_rrule.ics": ("partly", 2),
    "ics/radicale__event_full_day_rrule_overridden.ics": ("full", 2),
    "ics/radicale__event_full_day_rrule_until_before_dtstart.ics": ("partly", 1),
    "ics/radicale__event_issue2151.ics": ("full", 2),
    "ics/radicale__event_mixed_datetime_and_date.ics": ("full", 1),
    "ics/radicale__event_rdate_period_start_stop.ics": ("partly", 1),
    "ics/radicale__event_timezone_seconds.ics": ("full", 1),
    "ics/thunderbird__import.ics": ("full", 4),
    "ics/vobject__badline.ics": ("partly", 1),
    "ics/vobject__ms_tzid.ics": ("full", 1),
    "ics/vobject__recurrence-without-tz.ics": ("full", 1),
    "ics/vobject__ruby_rrule.ics": ("full", 1),
    "ics/vobject__simple_test.ics": ("refused", 0),
    "ics/vobject__tzid_8bit.ics": ("full", 1),
}


def _corpus_files() -> list[str]:
    if not CORPUS.is_dir():
        return []
    return sorted(
        f"{kind}/{p.name}" for kind in ("csv", "vcf", "ics") for p in (CORPUS / kind).iterdir()
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty database, copied for each file instead of migrating again."""
    folder = tmp_path_factory.mktemp("template")
    Runtime.create(str(folder)).open_db().close()
    return folder / "pressdesk.db"


def _open(template: Path, folder: Path):  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, folder / "pressdesk.db")
    return Runtime.create(str(folder)).open_db()


def test_the_table_lists_every_file_of_the_corpus():
    assert sorted(EXPECTED) == _corpus_files()


def _import(db, path: Path) -> tuple[str, int, list[str]]:  # type: ignore[no-untyped-def]
    if path.suffix == ".ics":
        try:
            report = import_ics(db, path)
        except PlanError as exc:
            return "refused", 0, [str(exc)]
        done = report.created + report.updated + report.unchanged
        outcome = "refused" if not done else "partly" if report.problems else "full"
        return outcome, report.created, report.problems
    try:
        result = import_contacts(db, path)
    except ContactFileError as exc:
        return "refused", 0, [str(exc)]
    messages = [str(p) for p in result.rejected] + result.warnings
    outcome = "refused" if result.refused else "partly" if messages else "full"
    return outcome, result.created, messages


@pytest.mark.parametrize("name", _corpus_files())
def test_file_imports_with_its_recorded_outcome(name, template, tmp_path):
    db = _open(template, tmp_path / "db")
    try:
        outcome, created, messages = _import(db, CORPUS / name)
    finally:
        db.close()
    assert (outcome, created) == EXPECTED[name], messages
    if outcome != "full":
        # A partial import or a refusal always says why, in a sentence naming the part.
        assert messages and all(len(m) > 20 for m in messages)


def _people(db, lang: str) -> dict[str, tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """What a one-language vCard carries of each person: position and topics in ``lang``."""
    found: dict[str, tuple[object, ...]] = {}
    for row in list_people(db, limit=1000).rows:
        p = get_person(db, row.id)
        found[f"{p.full_name}#{row.id}"] = (
            p.full_name,
            p.position.get(lang),
            p.outlet_name,
            sorted((x.e164 or x.raw, x.kind) for x in p.phones),
            sorted(p.languages),
            sorted(e.address.casefold() for e in p.emails),
            sorted((m.service, m.handle) for m in p.messengers),
            sorted(t.get(lang) for t in p.topics if t.get(lang)),
            p.birthday,
            p.notes,
        )
    return found


def _cards(db) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        rows = session.execute(select(Person.full_name, Person.vcard_uid, Person.name_parts))
        return sorted((r.full_name, r.vcard_uid or "", r.name_parts or "") for r in rows)


@pytest.mark.parametrize("name", [n for n in _corpus_files() if not n.startswith("ics/")])
def test_contacts_come_back_from_a_vcard_export(name, template, tmp_path):
    first = _open(template, tmp_path / "a")
    second = _open(template, tmp_path / "b")
    try:
        try:
            report = import_contacts(first, CORPUS / name, skip_invalid=True)
        except ContactFileError:
            pytest.skip("the file is refused")
        if not report.created:
            pytest.skip("nothing to export")
        # A one-language text of a file went into the language it is written in, the
        # organisation's document language when it gives no clue; the card is in that language.
        lang = get_profile(first).default_doc_lang
        export_contacts(first, tmp_path / "out.vcf", lang=lang)
        import_contacts(second, tmp_path / "out.vcf", skip_invalid=True)
        before, after = _people(first, lang), _people(second, lang)
        assert sorted(before.values(), key=repr) == sorted(after.values(), key=repr)
        # The structured name travels, and so does a UID the card came with (a card without one
        # gets one derived on export), so a phone updates the contact instead of copying it.
        cards_before, cards_after = _cards(first), _cards(second)
        assert [n for n, _uid, _parts in cards_before] == [n for n, _uid, _parts in cards_after]
        for (_n, uid, parts), (_m, uid2, parts2) in zip(cards_before, cards_after, strict=True):
            assert uid2 == uid or (not uid and uid2)
            assert parts2 == parts or not parts
    finally:
        first.close()
        second.close()


def _plan(db) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        rows = session.execute(
            select(
                PlanItem.date,
                PlanItem.time,
                PlanItem.duration_minutes,
                PlanItem.extra_days,
                PlanItem.title,
                PlanItem.rrule,
                PlanItem.exdates,
                PlanItem.original_date,
                PlanItem.status,
            )
        ).all()
    # A series counts from its first real date, whatever day it was planned from.
    return sorted(
        (
            (first_occurrence(r.rrule, r.date) or r.date, *tuple(r)[1:]) if r.rrule else tuple(r)
            for r in rows
        ),
        key=repr,
    )


@pytest.mark.parametrize("name", [n for n in _corpus_files() if n.startswith("ics/")])
def test_calendars_come_back_from_an_icalendar_export(name, template, tmp_path):
    first = _open(template, tmp_path / "a")
    second = _open(template, tmp_path / "b")
    try:
        try:
            report = import_ics(first, CORPUS / name)
        except PlanError:
            pytest.skip("the file is refused")
        if not report.created:
            pytest.skip("nothing to export")
        with first.session() as session:
            start = session.scalar(select(PlanItem.date).order_by(PlanItem.date))
            end = session.scalar(select(PlanItem.date).order_by(PlanItem.date.desc()))
        end = min(end, start + dt.timedelta(days=3600))
        export_ics(first, tmp_path / "out.ics", start=start, end=end)
        import_ics(second, tmp_path / "out.ics")
        # Items dated in the range come back, and nothing that was not there: a series is
        # written whole, with its changed occurrences outside the range too.
        before, after = _plan(first), _plan(second)
        in_range = [r for r in before if start <= r[0] <= end]  # type: ignore[operator]
        assert [r for r in in_range if r not in after] == []
        assert [r for r in after if r not in before] == []
    finally:
        first.close()
        second.close()
