"""The sentences about data brought into the base: monitoring records and feeds, and the phone
numbers, e-mail addresses and rows of a contact file; part of ``message_texts.TEXTS``."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the translators; return it unchanged."""
    return text


DATA_TEXTS: dict[str, str] = {
    # --- coverage monitoring ------------------------------------------------------------------
    "coverage.needs_title": QT_TRANSLATE_NOOP("Messages", "A publication needs a title."),
    "coverage.needs_outlet": QT_TRANSLATE_NOOP("Messages", "Name the outlet that published it."),
    "coverage.bad_url": QT_TRANSLATE_NOOP(
        "Messages", "“{url}” is not a web address: a link starts with https:// or http://."
    ),
    "coverage.duplicate_url": QT_TRANSLATE_NOOP(
        "Messages",
        "This link is already recorded: record {id}, “{title}” ({outlet}, {date}).",
    ),
    "coverage.duplicate_title": QT_TRANSLATE_NOOP(
        "Messages",
        "{outlet} already has a publication with nearly the same title: record {id}, "
        "“{title}” ({date}).",
    ),
    "coverage.no_event": QT_TRANSLATE_NOOP("Messages", "There is no event with id {id}."),
    "coverage.no_plan_item": QT_TRANSLATE_NOOP("Messages", "There is no plan item with id {id}."),
    "coverage.no_campaign": QT_TRANSLATE_NOOP("Messages", "There is no campaign named “{name}”."),
    "coverage.no_person": QT_TRANSLATE_NOOP(
        "Messages", "There is no person with id {id} in the contact base."
    ),
    "coverage.period_order": QT_TRANSLATE_NOOP(
        "Messages", "The period ends ({end}) before it starts ({start})."
    ),
    "coverage.feedback_target": QT_TRANSLATE_NOOP(
        "Messages", "Feedback belongs to a publication or to a period; give one of them."
    ),
    "coverage.keyword_short": QT_TRANSLATE_NOOP(
        "Messages", "A keyword needs at least two letters or digits."
    ),
    "coverage.keyword_exists": QT_TRANSLATE_NOOP(
        "Messages", "The keyword “{keyword}” is already on the list."
    ),
    "coverage.feed_exists": QT_TRANSLATE_NOOP("Messages", "The feed {url} is already on the list."),
    "coverage.feed_timeout": QT_TRANSLATE_NOOP(
        "Messages", "The feed {feed} did not answer within {seconds} seconds; try again later."
    ),
    "coverage.feed_unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The feed {feed} cannot be reached; check its address and the network."
    ),
    "coverage.feed_http": QT_TRANSLATE_NOOP(
        "Messages", "The feed {feed} answered with HTTP error {status}."
    ),
    "coverage.feed_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The feed {feed} is larger than {limit} MB; it was not read."
    ),
    "coverage.feed_html": QT_TRANSLATE_NOOP(
        "Messages",
        "{feed} is a web page, not a feed; look on the site for its RSS or Atom link.",
    ),
    "coverage.feed_binary": QT_TRANSLATE_NOOP(
        "Messages", "{feed} is a file of another kind ({type}), not an RSS or Atom feed."
    ),
    "coverage.feed_not_xml": QT_TRANSLATE_NOOP(
        "Messages", "{feed} is not an RSS or Atom feed: it cannot be read as XML."
    ),
    "coverage.import_type": QT_TRANSLATE_NOOP(
        "Messages", "Cannot import {file}: use a .csv, .xlsx, .rss, .atom or .xml file."
    ),
    "coverage.import_rows": QT_TRANSLATE_NOOP(
        "Messages", "{count} row(s) of {file} cannot be imported; nothing was imported."
    ),
    "coverage.inbox_closed": QT_TRANSLATE_NOOP(
        "Messages", "This inbox item has already been accepted or dismissed."
    ),
    "coverage.not_a_half": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a half-year; write it as 2026-H1 or 2026-H2."
    ),
    "coverage.period_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "“{value}” is not a period of the kind asked for: write a ten-day period as 2026-12-1, "
        "a month as 2026-12, a quarter as 2026-Q4, a half-year as 2026-H2, a year as 2026.",
    ),
    "undo.stale": QT_TRANSLATE_NOOP(
        "Messages",
        "The record was changed or deleted elsewhere after this step, so the step cannot be "
        "undone; the records are left as they are.",
    ),
    # --- a contact's phone numbers and e-mail addresses, kept but flagged on saving -------------
    "problem.of_record": QT_TRANSLATE_NOOP("Messages", "{name}: {problem}"),
    "problem.phone_empty": QT_TRANSLATE_NOOP("Messages", "the phone number is empty"),
    "problem.phone_too_long": QT_TRANSLATE_NOOP("Messages", "the phone number is too long"),
    "problem.not_phone": QT_TRANSLATE_NOOP("Messages", "{value} is not a phone number"),
    "problem.phone_invalid": QT_TRANSLATE_NOOP("Messages", "{value} is not a valid phone number"),
    "problem.email_empty": QT_TRANSLATE_NOOP("Messages", "the e-mail address is empty"),
    "problem.email_too_long": QT_TRANSLATE_NOOP("Messages", "the e-mail address is too long"),
    "backup.auto_failed": QT_TRANSLATE_NOOP(
        "Messages", "The automatic backup into {folder} could not be made."
    ),
    "backup.second_copy_failed": QT_TRANSLATE_NOOP(
        "Messages", "The copy of the backup into the second folder {folder} could not be made."
    ),
    "problem.email_invalid": QT_TRANSLATE_NOOP("Messages", "{value} is not a valid e-mail address"),
    # --- a row of a contact file, imported with a remark or refused ----------------------------
    "problem.row": QT_TRANSLATE_NOOP("Messages", "row {line}: {problem}"),
    "problem.row_of": QT_TRANSLATE_NOOP("Messages", "row {line} ({name}): {problem}"),
    "problem.birthday_no_year": QT_TRANSLATE_NOOP(
        "Messages", "the birthday {value} has no year; it is kept in the notes"
    ),
    "problem.birthday_kept": QT_TRANSLATE_NOOP(
        "Messages", "the birthday {value} is not a date; it is kept in the notes"
    ),
    "problem.birthday_bad": QT_TRANSLATE_NOOP("Messages", "the birthday {value} is not a date"),
    "problem.verified_bad": QT_TRANSLATE_NOOP(
        "Messages", "the date of the last check {value} is not a date"
    ),
    "problem.unknown_language": QT_TRANSLATE_NOOP(
        "Messages", "unknown language {value}; kept in the notes"
    ),
    "problem.named_after": QT_TRANSLATE_NOOP(
        "Messages", "no name in the file; named {name} after its {source}, check it"
    ),
    "problem.no_name_at_all": QT_TRANSLATE_NOOP(
        "Messages", "the contact has no name, e-mail, phone or organisation"
    ),
    "problem.name_empty": QT_TRANSLATE_NOOP("Messages", "the name is empty"),
    "problem.name_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the name is longer than {limit} characters ({length})"
    ),
    "problem.position_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the position is longer than {limit} characters"
    ),
    "problem.outlet_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the outlet name is longer than {limit} characters"
    ),
    "problem.unknown_kind": QT_TRANSLATE_NOOP("Messages", "unknown kind {value}"),
    "problem.photo_skipped": QT_TRANSLATE_NOOP("Messages", "the photo was not imported"),
    "problem.topic_too_long": QT_TRANSLATE_NOOP(
        "Messages", "a topic is longer than {limit} characters"
    ),
    "problem.notes_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the notes are longer than {limit} characters"
    ),
    "problem.yes_or_no": QT_TRANSLATE_NOOP(
        "Messages", "'do not contact' should be yes or no, not {value}"
    ),
    "problem.vcard_line_ignored": QT_TRANSLATE_NOOP(
        "Messages", "line {line} is not a vCard property and was ignored: {text}"
    ),
    "problem.vcard_lines_outside": QT_TRANSLATE_NOOP(
        "Messages", "lines {first}–{last} stand outside any contact and were ignored"
    ),
    "problem.vcard_no_begin": QT_TRANSLATE_NOOP("Messages", "the contact has no BEGIN:VCARD line"),
    "coverage.link_timeout": QT_TRANSLATE_NOOP(
        "Messages",
        "The page {url} did not answer within {seconds} seconds; the link is kept, fill in "
        "the rest by hand.",
    ),
    "coverage.link_unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "The page {url} cannot be reached (no network?); the link is kept, fill in the rest "
        "by hand.",
    ),
    "coverage.link_http": QT_TRANSLATE_NOOP(
        "Messages",
        "The page {url} answered with HTTP error {status}; the link is kept, fill in the rest "
        "by hand.",
    ),
    "coverage.link_not_page": QT_TRANSLATE_NOOP(
        "Messages",
        "{url} is a file ({type}), not a web page; the link is kept, fill in the rest by hand.",
    ),
    "coverage.link_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "The page {url} names no title or date; the link is kept, fill in the rest by hand.",
    ),
    # --- an iCalendar file brought into the plan: parts left out, events skipped ---------------
    "problem.ical_event_titled": QT_TRANSLATE_NOOP("Messages", "Event {title} (line {line})"),
    "problem.ical_event_uid": QT_TRANSLATE_NOOP("Messages", "Event UID {uid} (line {line})"),
    "problem.ical_event_on_line": QT_TRANSLATE_NOOP("Messages", "Event on line {line}"),
    "problem.ical_of_event": QT_TRANSLATE_NOOP("Messages", "{event}: {problem}"),
    "ical.remark": QT_TRANSLATE_NOOP("Messages", "{event}: {problem}."),
    "ical.skipped": QT_TRANSLATE_NOOP("Messages", "{event} was skipped: {problem}."),
    "ical.unreadable_event": QT_TRANSLATE_NOOP(
        "Messages", "{event} cannot be read{detail}; skipped."
    ),
    "ical.not_a_line": QT_TRANSLATE_NOOP(
        "Messages", "Line {line} is not an iCalendar line and was ignored."
    ),
    "problem.ical_line_in_event": QT_TRANSLATE_NOOP(
        "Messages", "line {line} is not an iCalendar line and was ignored"
    ),
    "ical.end_never_begun": QT_TRANSLATE_NOOP(
        "Messages", "Line {line} ends a {name} that was never begun; ignored."
    ),
    "ical.no_end": QT_TRANSLATE_NOOP(
        "Messages", "The {what} that starts on line {line} has no END:{name} line; it was left out."
    ),
    "ical.cut_short": QT_TRANSLATE_NOOP(
        "Messages",
        "The file ends inside the {what} that starts on line {line} (no END:{name}): it is "
        "probably cut short; that part was left out.",
    ),
    "ical.zone_no_tzid": QT_TRANSLATE_NOOP(
        "Messages", "A time zone definition without TZID (line {line}) was ignored."
    ),
    "ical.zone_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The time zone definition {tzid} (line {line}) cannot be read{detail}; it was ignored.",
    ),
    "ical.alarm_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "its reminder (VALARM, line {line}) cannot be read{detail}; it was ignored."
    ),
    "ical.no_calendar": QT_TRANSLATE_NOOP("Messages", "it holds no calendar."),
    "problem.ical_cannot_read": QT_TRANSLATE_NOOP("Messages", "{file} cannot be read: {problem}"),
    "ical.not_ical": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not an iCalendar file: it has no BEGIN:VCALENDAR line."
    ),
    "problem.ical_two_starts": QT_TRANSLATE_NOOP(
        "Messages", "it has two starts (DTSTART); the first was used"
    ),
    "problem.ical_start_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "its start (DTSTART) cannot be read{detail}"
    ),
    "problem.ical_no_start": QT_TRANSLATE_NOOP("Messages", "it has no start (DTSTART)"),
    "problem.ical_start_year": QT_TRANSLATE_NOOP(
        "Messages",
        "its start (DTSTART) is in the year {year}; the plan takes dates of the years "
        "{first}–{last}",
    ),
    "problem.ical_unknown_zone": QT_TRANSLATE_NOOP(
        "Messages",
        "its time zone {zone} is neither defined in the file (VTIMEZONE) nor a known zone, so "
        "its time in Bishkek cannot be told",
    ),
    "problem.ical_rule_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "its repeat rule (RRULE) cannot be read{detail}; ignored"
    ),
    "problem.ical_property_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "its {name} cannot be read{detail}; ignored"
    ),
    "problem.ical_changed_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "the date it changes (RECURRENCE-ID) cannot be read{detail}"
    ),
    "problem.ical_changed_year": QT_TRANSLATE_NOOP(
        "Messages",
        "the date it changes (RECURRENCE-ID) is in the year {year}; the plan takes dates of "
        "the years {first}–{last}",
    ),
    "problem.ical_changed_zone": QT_TRANSLATE_NOOP(
        "Messages", "the time zone {zone} of its RECURRENCE-ID is unknown"
    ),
    "problem.ical_this_and_future": QT_TRANSLATE_NOOP(
        "Messages", "it changes this and all later occurrences; only this one was changed"
    ),
    "problem.ical_modified_year": QT_TRANSLATE_NOOP(
        "Messages", "its LAST-MODIFIED is in the year {year}; ignored"
    ),
    "problem.ical_dates_outside": QT_TRANSLATE_NOOP(
        "Messages", "{count} of its {name} dates are outside the years {first}–{last}; ignored"
    ),
    "problem.ical_end_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "its end (DTEND) cannot be read{detail}; ignored"
    ),
    "problem.ical_end_zone": QT_TRANSLATE_NOOP(
        "Messages", "its end names the unknown time zone {zone}; ignored"
    ),
    "problem.ical_end_date_and_time": QT_TRANSLATE_NOOP(
        "Messages", "its start and end mix a date and a time; the end was ignored"
    ),
    "problem.ical_end_floating": QT_TRANSLATE_NOOP(
        "Messages",
        "its start and end mix a floating time and a time with a zone; the end was ignored",
    ),
    "problem.ical_ends_before": QT_TRANSLATE_NOOP(
        "Messages", "it ends before it starts; the end was ignored"
    ),
    "problem.ical_length_unreadable_day": QT_TRANSLATE_NOOP(
        "Messages", "its length (DURATION) cannot be read{detail}; one day was assumed"
    ),
    "problem.ical_length_unreadable_hour": QT_TRANSLATE_NOOP(
        "Messages", "its length (DURATION) cannot be read{detail}; one hour was assumed"
    ),
    "problem.ical_length_negative": QT_TRANSLATE_NOOP(
        "Messages", "its length (DURATION) is negative; ignored"
    ),
    "ical.no_events": QT_TRANSLATE_NOOP(
        "Messages", "{file} holds no events (VEVENT); nothing was imported."
    ),
    "ical.no_events_only": QT_TRANSLATE_NOOP(
        "Messages", "{file} holds no events (VEVENT), only {others}; the plan imports events."
    ),
    "problem.ical_components": QT_TRANSLATE_NOOP("Messages", "{count} {what}"),
    "problem.ical_cancelled_but": QT_TRANSLATE_NOOP(
        "Messages", "it is cancelled, but {title} is {status} in the plan"
    ),
    "ical.item_deleted": QT_TRANSLATE_NOOP(
        "Messages", "that item was deleted from the plan; skipped."
    ),
    "ical.cancelled_there": QT_TRANSLATE_NOOP(
        "Messages", "it is cancelled in its calendar; not imported."
    ),
    "ical.plan_newer": QT_TRANSLATE_NOOP(
        "Messages", "the plan has a newer version of {title}; kept the plan's."
    ),
    "ical.occurrence_newer": QT_TRANSLATE_NOOP(
        "Messages", "the plan has a newer version of this occurrence; kept the plan's."
    ),
    "ical.no_such_date": QT_TRANSLATE_NOOP(
        "Messages", "its UID names the date {value}, which no calendar has; skipped."
    ),
    "ical.series_deleted": QT_TRANSLATE_NOOP(
        "Messages", "that series was deleted from the plan; skipped."
    ),
    "ical.cancels_unknown": QT_TRANSLATE_NOOP(
        "Messages", "it cancels one date of a series that is not in the plan."
    ),
    "ical.changes_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "it changes one date of a series that is neither in the file nor in the plan; it was "
        "imported as an item of its own.",
    ),
    "problem.ical_rule_ignored_why": QT_TRANSLATE_NOOP(
        "Messages", "its repeat rule {rule} was ignored: {problem}"
    ),
    "problem.ical_rule_ignored": QT_TRANSLATE_NOOP("Messages", "{problem}; it was ignored"),
    "problem.ical_rule_first_only": QT_TRANSLATE_NOOP(
        "Messages", "{problem}; only its first date was imported"
    ),
    "problem.ical_rule_cannot_read": QT_TRANSLATE_NOOP(
        "Messages", "the repeat rule {rule} cannot be read{detail}"
    ),
    "problem.ical_rule_not_single": QT_TRANSLATE_NOOP(
        "Messages", "the repeat rule {rule} is not a single rule"
    ),
    "problem.ical_rule_too_dense": QT_TRANSLATE_NOOP(
        "Messages", "it repeats too often to be followed from its first date to today"
    ),
    "problem.ical_sub_daily": QT_TRANSLATE_NOOP(
        "Messages", "it repeats more often than once a day"
    ),
    "problem.ical_rule_no_dates": QT_TRANSLATE_NOOP(
        "Messages", "its repeat rule gives no dates; it was imported as one item"
    ),
    "problem.ical_extra_on_series": QT_TRANSLATE_NOOP(
        "Messages", "its extra date {date} falls on a date of the series; left out"
    ),
    "problem.ical_summer_time": QT_TRANSLATE_NOOP(
        "Messages",
        "its time in Bishkek changes with summer time where it was planned: dates up to "
        "{date} were set one by one, later ones keep {time}",
    ),
    "problem.ical_many_rules": QT_TRANSLATE_NOOP("Messages", "it has {count} repeat rules"),
    "problem.ical_rule_unfit": QT_TRANSLATE_NOOP(
        "Messages", "its repeat rule is one the plan cannot hold"
    ),
    "problem.ical_listed_dates": QT_TRANSLATE_NOOP("Messages", "it repeats on listed dates only"),
    "problem.ical_one_date": QT_TRANSLATE_NOOP("Messages", "one date"),
    "problem.ical_dates": QT_TRANSLATE_NOOP("Messages", "{count} dates"),
    "problem.ical_separately": QT_TRANSLATE_NOOP(
        "Messages",
        "{why}, so its {dates} {first} … {last} were imported as separate items",
    ),
    "problem.ical_separately_first": QT_TRANSLATE_NOOP(
        "Messages",
        "{why}, so its {dates} {first} … {last} (the first ones only) were imported as "
        "separate items",
    ),
    # --- rows of an equipment, archive or monitoring table --------------------------------------
    "problem.row_empty": QT_TRANSLATE_NOOP("Messages", "{column} is empty"),
    "problem.row_unknown_value": QT_TRANSLATE_NOOP("Messages", "{column}: unknown value {value}"),
    "problem.row_not_date": QT_TRANSLATE_NOOP(
        "Messages", "{column}: {value} is not a date (write it as 15.03.2024 or 2024-03-15)"
    ),
    "problem.row_ambiguous_amount": QT_TRANSLATE_NOOP(
        "Messages",
        "{column}: {value} is ambiguous: write thousands without a comma (1500 or 1500,00)",
    ),
    "problem.row_not_amount": QT_TRANSLATE_NOOP("Messages", "{column}: {value} is not an amount"),
    "problem.row_not_count": QT_TRANSLATE_NOOP(
        "Messages", "{column}: {value} is not a whole number"
    ),
    "problem.row_too_large": QT_TRANSLATE_NOOP("Messages", "{column}: {value} is too large"),
    "problem.row_number_repeated": QT_TRANSLATE_NOOP(
        "Messages", "inventory number «{number}» is already used in row {line}"
    ),
    "problem.row_number_taken": QT_TRANSLATE_NOOP(
        "Messages", "inventory number «{number}» is already in the database («{name}»)"
    ),
    "problem.row_negative": QT_TRANSLATE_NOOP("Messages", "{column}: {value} is negative"),
    "problem.row_bad_value": QT_TRANSLATE_NOOP("Messages", "{column}: {value} cannot be read"),
    "problem.row_unknown_kind": QT_TRANSLATE_NOOP("Messages", "unknown kind «{value}»"),
    "problem.row_unknown_platform": QT_TRANSLATE_NOOP("Messages", "unknown platform «{value}»"),
    "problem.row_unknown_tone": QT_TRANSLATE_NOOP("Messages", "unknown tone «{value}»"),
    "problem.row_unknown_language": QT_TRANSLATE_NOOP("Messages", "unknown language «{value}»"),
    "problem.row_date_not_date": QT_TRANSLATE_NOOP("Messages", "«{value}» is not a date"),
    "problem.row_date_required": QT_TRANSLATE_NOOP("Messages", "the date is required"),
    "problem.row_not_time": QT_TRANSLATE_NOOP("Messages", "«{value}» is not a time"),
    "problem.row_not_number": QT_TRANSLATE_NOOP("Messages", "«{value}» is not a number"),
    # --- sending by e-mail ------------------------------------------------------------------
    "mail.not_set_up": QT_TRANSLATE_NOOP(
        "Messages",
        "Sending by e-mail is not set up: enter the mail server's settings, or write the "
        "messages as .eml files into a folder.",
    ),
    "mail.no_password": QT_TRANSLATE_NOOP(
        "Messages", "No password is stored for {user} on {server}; set up the mail again."
    ),
    "mail.cannot_connect": QT_TRANSLATE_NOOP(
        "Messages", "The mail server {server} cannot be reached ({reason})."
    ),
    "mail.no_answer": QT_TRANSLATE_NOOP(
        "Messages", "The mail server {server} did not answer within {seconds} seconds."
    ),
    "mail.secure_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "A secure connection to the mail server {server} could not be made ({reason}).",
    ),
    "mail.login_refused": QT_TRANSLATE_NOOP(
        "Messages", "The mail server refused the login of {user} ({reply})."
    ),
    "mail.sender_refused": QT_TRANSLATE_NOOP(
        "Messages", "The mail server refused the sender address {address} ({reply})."
    ),
    "mail.connection_lost": QT_TRANSLATE_NOOP(
        "Messages",
        "The connection to the mail server was lost ({reason}); {count} messages are still to "
        "send. Send again to go on: nobody gets a message twice.",
    ),
    "mail.attachment_missing": QT_TRANSLATE_NOOP(
        "Messages", "The attachment {path} is gone; nothing was sent."
    ),
    "mail.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "A message with its attachments takes {size} bytes and the mail server accepts at most "
        "{limit}; nothing was sent. Send smaller files or a link to them.",
    ),
    "mail.no_text": QT_TRANSLATE_NOOP(
        "Messages", "The mailing has no subject or no text in any language."
    ),
    "problem.not_email": QT_TRANSLATE_NOOP("Messages", "not an e-mail address"),
    "problem.no_email": QT_TRANSLATE_NOOP("Messages", "no e-mail address"),
    "problem.do_not_contact": QT_TRANSLATE_NOOP("Messages", "marked «do not contact»"),
    "problem.duplicate_address": QT_TRANSLATE_NOOP(
        "Messages", "the same address is already in the mailing"
    ),
    "mail.bad_setting": QT_TRANSLATE_NOOP("Messages", "The mail setting {field} is not valid."),
    # --- press releases ------------------------------------------------------------------------
    "release.missing": QT_TRANSLATE_NOOP("Messages", "There is no press release with id {id}."),
    "release.needs_title": QT_TRANSLATE_NOOP(
        "Messages", "A press release needs a title in Kyrgyz or in Russian."
    ),
    "release.bad_link": QT_TRANSLATE_NOOP("Messages", "“{url}” is not a web address."),
    "release.no_attachment": QT_TRANSLATE_NOOP(
        "Messages", "The attached file {path} is not found."
    ),
    "release.quote_needs_speaker": QT_TRANSLATE_NOOP("Messages", "Quote {number} needs a speaker."),
    "release.quote_needs_text": QT_TRANSLATE_NOOP("Messages", "Quote {number} has no text."),
    "release.no_staff": QT_TRANSLATE_NOOP("Messages", "There is no staff member with id {id}."),
    "release.no_staff_named": QT_TRANSLATE_NOOP(
        "Messages", "There is no staff member named “{name}”."
    ),
    "release.bad_step": QT_TRANSLATE_NOOP(
        "Messages", "A press release that is {old} cannot become {new}."
    ),
    "release.return_needs_comment": QT_TRANSLATE_NOOP(
        "Messages", "Say what to change when returning a press release."
    ),
    "release.year_fixed": QT_TRANSLATE_NOOP(
        "Messages",
        "The press release is numbered in {year}; its date must stay in that year.",
    ),
    "release.cannot_delete": QT_TRANSLATE_NOOP(
        "Messages",
        "Press release No. {number} has been approved and cannot be deleted.",
    ),
    "release.later_approved": QT_TRANSLATE_NOOP(
        "Messages",
        "Press release No. {number} cannot be deleted: a later release of the year is already "
        "approved, and the numbers must stay without gaps.",
    ),
    "release.no_version": QT_TRANSLATE_NOOP(
        "Messages", "The press release has no approved version {number}."
    ),
    "release.no_text": QT_TRANSLATE_NOOP(
        "Messages", "The press release has no title in the document's language ({lang})."
    ),
    # --- sending a press release by e-mail ---------------------------------------------------
    "release.choose_recipients": QT_TRANSLATE_NOOP(
        "Messages", "Choose the recipients: a distribution list or all the media."
    ),
    "release.no_list": QT_TRANSLATE_NOOP(
        "Messages", "There is no distribution list called “{name}”."
    ),
    "release.send_unapproved": QT_TRANSLATE_NOOP(
        "Messages",
        "Press release No. {number} is not approved (its status: {status}). Sending it needs "
        "your confirmation, which is recorded in its history.",
    ),
    "release.send_again": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} of the chosen people have already received press release No. {number}; they "
        "will not get it again. Sending it to the {new} new ones needs your confirmation.",
    ),
    "release.nothing_new": QT_TRANSLATE_NOOP(
        "Messages",
        "Nobody new to send press release No. {number} to: {count} of the chosen people have "
        "already received it, and the others are skipped.",
    ),
    "release.mailto_too_many": QT_TRANSLATE_NOOP(
        "Messages",
        "A mailto: link is for a handful of addresses (at most {limit}), and there are {count}. "
        "Write the messages as .eml files instead.",
    ),
}
