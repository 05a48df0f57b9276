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
}
