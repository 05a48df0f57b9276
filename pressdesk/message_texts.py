"""The sentences of the errors a service can raise, by code, and the terms put into them.

Kept apart from ``messages`` so the catalogue can grow; lupdate reads both files and
``message_texts_data`` (the sentences about data brought in: monitoring records, feeds, the rows
of a contact file) and ``message_texts_desk`` (media inquiries, the crisis kit, local documents).
"""

from __future__ import annotations

from pressdesk.message_texts_data import DATA_TEXTS, QT_TRANSLATE_NOOP
from pressdesk.message_texts_desk import DESK_TEXTS

#: Every sentence a service can raise, by code; ``{name}`` placeholders take the error's values.
TEXTS: dict[str, str] = {
    # --- any record ------------------------------------------------------------------------
    "field.empty": QT_TRANSLATE_NOOP("Messages", "The {field} cannot be empty."),
    "field.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The {field} is longer than {limit} characters."
    ),
    "field.negative": QT_TRANSLATE_NOOP("Messages", "The {field} cannot be negative."),
    "field.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown {field} '{value}'; use {allowed}."),
    "record.changed_meanwhile": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this record after you opened it, so your changes were not saved "
        "over theirs. Close the editor, open the record again to see what changed, and make your "
        "changes once more.",
    ),
    "record.missing": QT_TRANSLATE_NOOP(
        "Messages", "The record is no longer in the database; it may have been deleted."
    ),
    # --- one field of a record: "«Field»: is required" ----------------------------------------
    "problem.required": QT_TRANSLATE_NOOP("Messages", "is required"),
    "problem.negative": QT_TRANSLATE_NOOP("Messages", "cannot be negative"),
    "problem.too_large": QT_TRANSLATE_NOOP("Messages", "is too large"),
    "problem.future": QT_TRANSLATE_NOOP("Messages", "is in the future"),
    "problem.before_checkout": QT_TRANSLATE_NOOP("Messages", "is before the check-out date"),
    "problem.say_who_takes": QT_TRANSLATE_NOOP("Messages", "say who takes the item"),
    "problem.written_off": QT_TRANSLATE_NOOP("Messages", "is written off and cannot be handed out"),
    "problem.not_checked_out": QT_TRANSLATE_NOOP("Messages", "is not checked out"),
    "problem.empty": QT_TRANSLATE_NOOP("Messages", "is empty"),
    "problem.say_whose": QT_TRANSLATE_NOOP("Messages", "say whose personal account this is"),
    "problem.not_web_address": QT_TRANSLATE_NOOP("Messages", "is not a web address (https://…)"),
    "problem.say_where_kept": QT_TRANSLATE_NOOP(
        "Messages", "say where the set is kept: a folder, a drive or a link"
    ),
    "problem.out_of_range": QT_TRANSLATE_NOOP("Messages", "is out of range"),
    "problem.no_staff": QT_TRANSLATE_NOOP("Messages", "no such staff member"),
    "problem.category_twice": QT_TRANSLATE_NOOP("Messages", "a category is listed twice"),
    "problem.not_a_number": QT_TRANSLATE_NOOP("Messages", "is not a number"),
    "problem.too_long_for_store": QT_TRANSLATE_NOOP(
        "Messages", "is too long for the system password store"
    ),
    "problem.too_long": QT_TRANSLATE_NOOP("Messages", "is longer than {limit} characters"),
    "problem.unknown": QT_TRANSLATE_NOOP("Messages", "unknown {what} '{value}'"),
    "problem.already_with": QT_TRANSLATE_NOOP("Messages", "is already with {name} since {date}"),
    "problem.already_used": QT_TRANSLATE_NOOP("Messages", "is already used by «{name}»"),
    "problem.contains_secret": QT_TRANSLATE_NOOP(
        "Messages", "contains the {secret}; remove it from this field"
    ),
    "problem.between": QT_TRANSLATE_NOOP("Messages", "must be between 1 and {limit}"),
    "problem.in_column": QT_TRANSLATE_NOOP("Messages", "«{column}» {problem}"),
    # --- contacts --------------------------------------------------------------------------
    "contacts.merge_self": QT_TRANSLATE_NOOP("Messages", "A record cannot be merged with itself."),
    "contacts.list_taken": QT_TRANSLATE_NOOP("Messages", "A list named “{name}” already exists."),
    "contacts.outlet_taken": QT_TRANSLATE_NOOP(
        "Messages", "An outlet named “{name}” is already in the base."
    ),
    "contacts.list_needs_filter": QT_TRANSLATE_NOOP(
        "Messages", "A saved-filter list needs a filter."
    ),
    "contacts.log_needs_party": QT_TRANSLATE_NOOP(
        "Messages", "A log entry needs a person or an outlet."
    ),
    "contacts.topic_needs_name": QT_TRANSLATE_NOOP(
        "Messages", "A topic needs a name in Kyrgyz or in Russian."
    ),
    "contacts.topic_taken": QT_TRANSLATE_NOOP(
        "Messages", "The topic name “{name}” is already used by another topic."
    ),
    "contacts.topic_merge_self": QT_TRANSLATE_NOOP(
        "Messages", "A topic cannot be merged into itself."
    ),
    "contacts.filter_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The saved filter cannot be read; save it again."
    ),
    # --- events ----------------------------------------------------------------------------
    "events.protocol_no_accreditation": QT_TRANSLATE_NOOP(
        "Messages",
        "“{title}” is a protocol event, closed to the media; it has no accreditation. Clear the "
        "protocol mark first if journalists are admitted.",
    ),
    "events.protocol_no_advisory": QT_TRANSLATE_NOOP(
        "Messages",
        "“{title}” is a protocol event, closed to the media; no advisory is sent. Clear the "
        "protocol mark first if journalists are admitted.",
    ),
    "events.unknown_kind": QT_TRANSLATE_NOOP(
        "Messages", "Unknown event type '{kind}'; use one of {allowed}."
    ),
    "events.needs_title": QT_TRANSLATE_NOOP("Messages", "The event needs a title."),
    "events.ends_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The event ends ({end}) before it starts ({start}); check the end date and time.",
    ),
    "events.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The event lasts more than {days} days ({start} – {end}); check the dates."
    ),
    "events.no_plan_item": QT_TRANSLATE_NOOP(
        "Messages", "No content-plan item with id {ids}; it may have been deleted."
    ),
    "events.template_needs_name": QT_TRANSLATE_NOOP(
        "Messages", "The template needs a name in Kyrgyz or Russian."
    ),
    "events.follow_up_range": QT_TRANSLATE_NOOP(
        "Messages", "The follow-up window must be 0 to {limit} days after the event, not {days}."
    ),
    "events.line_phase": QT_TRANSLATE_NOOP(
        "Messages", "{line}: unknown phase '{phase}'; use {allowed}."
    ),
    "events.line_needs_text": QT_TRANSLATE_NOOP(
        "Messages", "{line}: the line needs a text in Kyrgyz or Russian."
    ),
    "events.line_too_long": QT_TRANSLATE_NOOP(
        "Messages", "{line}: the text is longer than {limit} characters."
    ),
    "events.line_before_late": QT_TRANSLATE_NOOP(
        "Messages",
        "{line}: a line before the event cannot be due {days} days after it starts; use 0 or a "
        "negative number of days, or move the line to “during” or “after”.",
    ),
    "events.line_too_early": QT_TRANSLATE_NOOP(
        "Messages", "{line}: more than {limit} days before the event."
    ),
    "events.line_during_early": QT_TRANSLATE_NOOP(
        "Messages",
        "{line}: a line during the event cannot be due before it; use 0 or a positive number of "
        "days, or move the line to “before”.",
    ),
    "events.line_after_early": QT_TRANSLATE_NOOP(
        "Messages",
        "{line}: a line after the event cannot be due before it; use 0 or a positive number of "
        "days, or move the line to “before”.",
    ),
    "events.line_beyond_window": QT_TRANSLATE_NOOP(
        "Messages",
        "{line}: due {days} days after the event, beyond the template's follow-up window of "
        "{window} days; shorten the deadline or widen the window.",
    ),
    "problem.line": QT_TRANSLATE_NOOP("Messages", "line {number}"),
    "problem.line_text": QT_TRANSLATE_NOOP("Messages", "line {number} ('{text}')"),
    "events.unknown_phase": QT_TRANSLATE_NOOP(
        "Messages", "Unknown phase '{phase}'; use {allowed}."
    ),
    "events.task_needs_text": QT_TRANSLATE_NOOP(
        "Messages", "The task needs a text in Kyrgyz or Russian."
    ),
    "events.not_a_week": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not an ISO week; write it as 2026-W48."
    ),
    "events.week_of_year": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not an ISO week of that year."
    ),
    "events.unknown_status": QT_TRANSLATE_NOOP(
        "Messages", "Unknown accreditation status '{status}'; use {allowed}."
    ),
    "events.accreditation_needs_name": QT_TRANSLATE_NOOP(
        "Messages", "An accreditation line needs the journalist's name."
    ),
    "events.accreditation_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The name or the outlet is longer than {limit} characters."
    ),
    # --- staff, files ----------------------------------------------------------------------
    "staff.missing": QT_TRANSLATE_NOOP("Messages", "No staff member with id {id}."),
    "file.cannot_write_as": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write {what} as '{suffix}': use one of {allowed}."
    ),
    "file.cannot_export_as": QT_TRANSLATE_NOOP(
        "Messages", "Cannot export {what} as '{suffix}': use one of {allowed}."
    ),
    # --- content plan ----------------------------------------------------------------------
    "plan.campaign_taken": QT_TRANSLATE_NOOP(
        "Messages", "A campaign named “{name}” already exists."
    ),
    "plan.campaign_ends_early": QT_TRANSLATE_NOOP(
        "Messages", "The campaign ends ({end}) before it starts ({start})."
    ),
    "plan.too_many_to_print": QT_TRANSLATE_NOOP(
        "Messages",
        "The plan holds {count} items; a printed plan takes at most {limit}. Print a shorter "
        "period (a week or a ten-day period) or filter the items.",
    ),
    "plan.no_occurrence": QT_TRANSLATE_NOOP(
        "Messages", "The series “{title}” has no occurrence on {date}."
    ),
    "plan.not_a_series": QT_TRANSLATE_NOOP("Messages", "This plan item does not repeat."),
    "plan.stale": QT_TRANSLATE_NOOP(
        "Messages",
        "A plan item was changed or deleted elsewhere after this step; the plan is left as it is.",
    ),
    "plan.channel_taken": QT_TRANSLATE_NOOP(
        "Messages", "A channel with the code “{code}” already exists."
    ),
    "plan.channel_used": QT_TRANSLATE_NOOP(
        "Messages",
        "The channel “{name}” is used by {count} plan items; mark it inactive instead of "
        "deleting it.",
    ),
    "plan.repeat_ends_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The repeat rule ends (UNTIL {until}) before the item's first day ({start}); it would "
        "produce no dates.",
    ),
    "plan.repeat_too_many": QT_TRANSLATE_NOOP("Messages", "COUNT may be at most {limit}."),
    "plan.needs_title": QT_TRANSLATE_NOOP("Messages", "A plan item needs a title."),
    "plan.exdates_need_rule": QT_TRANSLATE_NOOP(
        "Messages", "Excluded dates only make sense for a recurring item."
    ),
    "plan.occurrence_repeats": QT_TRANSLATE_NOOP(
        "Messages", "An edited occurrence of a series cannot repeat by itself."
    ),
    "plan.rule_part_empty": QT_TRANSLATE_NOOP(
        "Messages", "The repeat rule part '{part}' has no value (write NAME=VALUE)."
    ),
    "plan.rule_part_twice": QT_TRANSLATE_NOOP("Messages", "The repeat rule names {name} twice."),
    "plan.rule_unsupported": QT_TRANSLATE_NOOP(
        "Messages", "The repeat rule uses {parts}, which the plan does not support; use {allowed}."
    ),
    "plan.rule_needs_freq": QT_TRANSLATE_NOOP(
        "Messages", "The repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)."
    ),
    "plan.rule_whole_days": QT_TRANSLATE_NOOP(
        "Messages", "The plan repeats by whole days: FREQ must be one of {allowed}, not {freq}."
    ),
    "plan.rule_count_and_until": QT_TRANSLATE_NOOP(
        "Messages", "A repeat rule may give COUNT or UNTIL, not both."
    ),
    "plan.rule_whole_number": QT_TRANSLATE_NOOP(
        "Messages", "{name} must be a whole number of at least 1, not '{value}'."
    ),
    "plan.rule_until_date": QT_TRANSLATE_NOOP(
        "Messages", "UNTIL={value} is not a date; write it as UNTIL=20261231."
    ),
    "plan.rule_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The repeat rule '{rule}' cannot be read."
    ),
    "plan.rule_not_single": QT_TRANSLATE_NOOP(
        "Messages", "The repeat rule '{rule}' is not a single RRULE."
    ),
    "plan.rule_setpos": QT_TRANSLATE_NOOP(
        "Messages", "BYSETPOS picks a position that a {freq} rule never has."
    ),
    "plan.rule_numbers": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' must be a comma-separated list of numbers."
    ),
    "plan.rule_none_before_until": QT_TRANSLATE_NOOP(
        "Messages", "The repeat rule produces no dates before its UNTIL day."
    ),
    "plan.rule_no_dates": QT_TRANSLATE_NOOP("Messages", "The repeat rule produces no dates."),
    "plan.not_an_exdate": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not an excluded date (write 2026-11-21)."
    ),
    "plan.period_ends_early": QT_TRANSLATE_NOOP(
        "Messages", "The period ends ({end}) before it starts ({start})."
    ),
    "plan.decade_number": QT_TRANSLATE_NOOP(
        "Messages", "A month has ten-day periods 1, 2 and 3, not {value}."
    ),
    "plan.period_kind": QT_TRANSLATE_NOOP(
        "Messages", "Unknown period kind '{kind}'; use one of {allowed}."
    ),
    "plan.year_outside": QT_TRANSLATE_NOOP(
        "Messages", "The year {year} is outside the calendar (1–9999)."
    ),
    "plan.no_month": QT_TRANSLATE_NOOP(
        "Messages", "There is no month {month}: months are numbered 1–12."
    ),
    "plan.day_of_month": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a date: that month has {days} days."
    ),
    "plan.no_day": QT_TRANSLATE_NOOP(
        "Messages", "Day {day} does not exist in month {month} ({days} days)."
    ),
    "plan.not_a_date": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a date; write it as 2026-11-21 or 21.11.2026."
    ),
    "plan.week_year_outside": QT_TRANSLATE_NOOP(
        "Messages", "{value}: the year {year} is outside the calendar (1–9999)."
    ),
    "plan.weeks_of_year": QT_TRANSLATE_NOOP(
        "Messages", "{value}: the year {year} has ISO weeks 1–{weeks}."
    ),
    "plan.not_a_period": QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a period; write a week as 2026-W48, a ten-day period as 2026-11-2, "
        "a month as 2026-11, a quarter as 2026-Q4 or a year as 2026.",
    ),
    "plan.range_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "The range {start} – {end} covers {days} days; choose at most {limit} days (about ten "
        "years).",
    ),
    "plan.date_outside": QT_TRANSLATE_NOOP(
        "Messages", "The new date would leave the calendar (years 1–9999)."
    ),
    "plan.unknown_status": QT_TRANSLATE_NOOP(
        "Messages", "Unknown status '{status}'; use one of {allowed}."
    ),
    "plan.status_already": QT_TRANSLATE_NOOP("Messages", "The item is already {status}."),
    "plan.transition": QT_TRANSLATE_NOOP(
        "Messages",
        "An item that is {current} cannot become {target}; allowed next steps: {steps}.",
    ),
    "plan.approval_needs_name": QT_TRANSLATE_NOOP(
        "Messages", "Say who approved the item: an approval must leave a name."
    ),
    "plan.return_needs_comment": QT_TRANSLATE_NOOP(
        "Messages", "Say why the item is returned: the comment tells what to change."
    ),
    "plan.holidays_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read the holiday list {file}."
    ),
    "plan.holidays_damaged": QT_TRANSLATE_NOOP("Messages", "The holiday list {file} is damaged."),
    "plan.channel_kind": QT_TRANSLATE_NOOP("Messages", "A channel kind is one of {allowed}."),
    "plan.unknown_channels": QT_TRANSLATE_NOOP("Messages", "Unknown channel(s): {codes}."),
    "plan.no_campaign": QT_TRANSLATE_NOOP("Messages", "There is no campaign with id {id}."),
    "plan.campaign_needs_name": QT_TRANSLATE_NOOP("Messages", "A campaign needs a name."),
    "plan.campaign_ambiguous": QT_TRANSLATE_NOOP(
        "Messages", "Several campaigns start with '{name}': {names}. Give the full name."
    ),
    "handover.no_act": QT_TRANSLATE_NOOP(
        "Messages", "There is no issued handover act with id {id}."
    ),
    "handover.act_format": QT_TRANSLATE_NOOP(
        "Messages", "Cannot save the act as {name}: use one of {allowed}."
    ),
    "handover.same_format": QT_TRANSLATE_NOOP(
        "Messages", "Two files of the same format were given: {name}."
    ),
    "handover.attachment_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The file to attach to the act cannot be read: {file}."
    ),
    "handover.export_format": QT_TRANSLATE_NOOP(
        "Messages", "The attached export must be one of {allowed}."
    ),
    "handover.content_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The stored act content cannot be read."
    ),
    "handover.snapshot_version": QT_TRANSLATE_NOOP(
        "Messages", "Unknown act snapshot version {version}."
    ),
    "staff.needs_name": QT_TRANSLATE_NOOP(
        "Messages", "The full name of a staff member cannot be empty."
    ),
    "profile.doc_language": QT_TRANSLATE_NOOP(
        "Messages", "The document language must be Kyrgyz (ky) or Russian (ru)."
    ),
    "profile.logo_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The logo is larger than 2 MB; use a smaller image."
    ),
    "profile.logo_type": QT_TRANSLATE_NOOP(
        "Messages", "The logo must be a PNG, JPEG or SVG image."
    ),
    "profile.email": QT_TRANSLATE_NOOP("Messages", "The organisation e-mail address is not valid."),
    "contacts.sort": QT_TRANSLATE_NOOP(
        "Messages", "Cannot sort on '{sort}'; use one of {allowed}."
    ),
    "contacts.page": QT_TRANSLATE_NOOP(
        "Messages", "A page starts at 0 or later and holds 1 to {limit} rows."
    ),
    "contacts.list_is_filter": QT_TRANSLATE_NOOP(
        "Messages", "The list '{name}' is a saved filter; change the filter instead."
    ),
    "contacts.topic_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The topic '{topic}' is longer than {limit} characters."
    ),
    "contacts.unknown_codes": QT_TRANSLATE_NOOP(
        "Messages", "Unknown {what}: {values}; use {allowed}."
    ),
    "file.export_to": QT_TRANSLATE_NOOP(
        "Messages", "Cannot export to {name}: use one of {allowed}."
    ),
    "file.export_to_a": QT_TRANSLATE_NOOP(
        "Messages", "Cannot export to {name}: use a {allowed} file."
    ),
    "document.language": QT_TRANSLATE_NOOP(
        "Messages", "Unsupported document language '{value}'; use one of {allowed}."
    ),
    "handover.choose_file": QT_TRANSLATE_NOOP(
        "Messages", "Choose at least one file for the act (.docx or .pdf)."
    ),
    "handover.name_party": QT_TRANSLATE_NOOP(
        "Messages", "Name at least one party of the act (outgoing or incoming person)."
    ),
    "handover.number_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "An act with number {number} has already been issued. The next free number is {next}.",
    ),
    "plan.period_or_campaign": QT_TRANSLATE_NOOP(
        "Messages", "Export either a period or a campaign."
    ),
    "plan.holiday_needs_name": QT_TRANSLATE_NOOP("Messages", "A holiday needs a name."),
    "plan.range_ends_early": QT_TRANSLATE_NOOP("Messages", "The range ends before it starts."),
    "plan.channel_code": QT_TRANSLATE_NOOP(
        "Messages", "A channel code is 1–30 letters, digits or underscores."
    ),
    "plan.channel_needs_name": QT_TRANSLATE_NOOP("Messages", "A channel needs a name."),
    "plan.approval_wait": QT_TRANSLATE_NOOP(
        "Messages", "The approval wait must be zero or more days."
    ),
    "plan.bymonth": QT_TRANSLATE_NOOP("Messages", "BYMONTH takes month numbers 1–12."),
    "plan.bymonthday": QT_TRANSLATE_NOOP(
        "Messages", "BYMONTHDAY takes day numbers 1–31 or -31…-1 (from the month's end)."
    ),
    "plan.leap_day_never": QT_TRANSLATE_NOOP(
        "Messages", "The repeat rule only allows 29 February but never reaches a leap year."
    ),
    "plan.months_never": QT_TRANSLATE_NOOP(
        "Messages",
        "The repeat rule never lands in the months it names (BYMONTH with this INTERVAL).",
    ),
    "plan.days_never": QT_TRANSLATE_NOOP(
        "Messages",
        "The repeat rule names days that do not exist in its months (such as 30 February); it "
        "would produce no dates.",
    ),
    "plan.period_outside": QT_TRANSLATE_NOOP(
        "Messages", "The period would leave the calendar (years 1–9999)."
    ),
    "plan.week_outside": QT_TRANSLATE_NOOP(
        "Messages", "The week would leave the calendar (years 1–9999)."
    ),
    "plan.duration_range": QT_TRANSLATE_NOOP(
        "Messages", "The duration must be between 0 and 1440 minutes (one day)."
    ),
    "plan.new_item_status": QT_TRANSLATE_NOOP(
        "Messages", "A new plan item starts as an idea or a draft."
    ),
    "plan.bad_key": QT_TRANSLATE_NOOP(
        "Messages", "“{key}” is not a plan item (write 12, or 12@2026-11-23 for one occurrence)."
    ),
    "plan.bulk_empty": QT_TRANSLATE_NOOP("Messages", "Select at least one plan item."),
    "plan.bulk_none": QT_TRANSLATE_NOOP(
        "Messages",
        "None of the {count} selected items can take this step: their status does not allow it.",
    ),
    "plan.bulk_nothing_in_period": QT_TRANSLATE_NOOP(
        "Messages", "The period holds no items in the status asked for."
    ),
    "plan.no_staff": QT_TRANSLATE_NOOP("Messages", "There is no staff member with id {id}."),
    **DATA_TEXTS,
    **DESK_TEXTS,
}


#: Names of fields and codes filled into the sentences above, listed for the translators.
TERMS = (
    QT_TRANSLATE_NOOP("MessageTerms", "server address"),
    QT_TRANSLATE_NOOP("MessageTerms", "database name"),
    QT_TRANSLATE_NOOP("MessageTerms", "login"),
    QT_TRANSLATE_NOOP("MessageTerms", "port"),
    QT_TRANSLATE_NOOP("MessageTerms", "encryption"),
    QT_TRANSLATE_NOOP("MessageTerms", "audience note"),
    QT_TRANSLATE_NOOP("MessageTerms", "full name"),
    QT_TRANSLATE_NOOP("MessageTerms", "messenger"),
    QT_TRANSLATE_NOOP("MessageTerms", "messenger handle"),
    QT_TRANSLATE_NOOP("MessageTerms", "notes"),
    QT_TRANSLATE_NOOP("MessageTerms", "outlet kind"),
    QT_TRANSLATE_NOOP("MessageTerms", "outlet name"),
    QT_TRANSLATE_NOOP("MessageTerms", "ownership"),
    QT_TRANSLATE_NOOP("MessageTerms", "periodicity"),
    QT_TRANSLATE_NOOP("MessageTerms", "person kind"),
    QT_TRANSLATE_NOOP("MessageTerms", "position"),
    QT_TRANSLATE_NOOP("MessageTerms", "region"),
    QT_TRANSLATE_NOOP("MessageTerms", "scale"),
    QT_TRANSLATE_NOOP("MessageTerms", "social links"),
    QT_TRANSLATE_NOOP("MessageTerms", "source"),
    QT_TRANSLATE_NOOP("MessageTerms", "website"),
    QT_TRANSLATE_NOOP("MessageTerms", "circulation"),
    QT_TRANSLATE_NOOP("MessageTerms", "audience"),
    QT_TRANSLATE_NOOP("MessageTerms", "channel"),
    QT_TRANSLATE_NOOP("MessageTerms", "list name"),
    QT_TRANSLATE_NOOP("MessageTerms", "subject"),
    QT_TRANSLATE_NOOP("MessageTerms", "campaign name"),
    QT_TRANSLATE_NOOP("MessageTerms", "condition"),
    QT_TRANSLATE_NOOP("MessageTerms", "category"),
    QT_TRANSLATE_NOOP("MessageTerms", "service"),
    QT_TRANSLATE_NOOP("MessageTerms", "owner type"),
    QT_TRANSLATE_NOOP("MessageTerms", "kind"),
    QT_TRANSLATE_NOOP("MessageTerms", "password"),
    QT_TRANSLATE_NOOP("MessageTerms", "recovery codes"),
    QT_TRANSLATE_NOOP("MessageTerms", "title"),
    QT_TRANSLATE_NOOP("MessageTerms", "place"),
    QT_TRANSLATE_NOOP("MessageTerms", "task text"),
    QT_TRANSLATE_NOOP("MessageTerms", "a sign-in sheet"),
    QT_TRANSLATE_NOOP("MessageTerms", "an event"),
    QT_TRANSLATE_NOOP("MessageTerms", "an advisory"),
    QT_TRANSLATE_NOOP("MessageTerms", "recipients"),
    QT_TRANSLATE_NOOP("MessageTerms", "a file without extension"),
    QT_TRANSLATE_NOOP("MessageTerms", "the plan"),
    QT_TRANSLATE_NOOP("MessageTerms", "format"),
    QT_TRANSLATE_NOOP("MessageTerms", "language"),
    QT_TRANSLATE_NOOP("MessageTerms", "target audience"),
    QT_TRANSLATE_NOOP("MessageTerms", "idea"),
    QT_TRANSLATE_NOOP("MessageTerms", "draft"),
    QT_TRANSLATE_NOOP("MessageTerms", "sent for approval"),
    QT_TRANSLATE_NOOP("MessageTerms", "approved"),
    QT_TRANSLATE_NOOP("MessageTerms", "returned"),
    QT_TRANSLATE_NOOP("MessageTerms", "published"),
    QT_TRANSLATE_NOOP("MessageTerms", "cancelled"),
    QT_TRANSLATE_NOOP("MessageTerms", "none, it is final"),
    QT_TRANSLATE_NOOP("MessageTerms", "daily"),
    QT_TRANSLATE_NOOP("MessageTerms", "weekly"),
    QT_TRANSLATE_NOOP("MessageTerms", "monthly"),
    QT_TRANSLATE_NOOP("MessageTerms", "yearly"),
    QT_TRANSLATE_NOOP("MessageTerms", "list kind"),
    QT_TRANSLATE_NOOP("MessageTerms", "platform"),
    QT_TRANSLATE_NOOP("MessageTerms", "material kind"),
    QT_TRANSLATE_NOOP("MessageTerms", "tone"),
    QT_TRANSLATE_NOOP("MessageTerms", "summary"),
    QT_TRANSLATE_NOOP("MessageTerms", "mentions"),
    QT_TRANSLATE_NOOP("MessageTerms", "count"),
    QT_TRANSLATE_NOOP("MessageTerms", "email"),
    QT_TRANSLATE_NOOP("MessageTerms", "phone"),
    QT_TRANSLATE_NOOP("MessageTerms", "organisation"),
    QT_TRANSLATE_NOOP("MessageTerms", "nickname"),
    QT_TRANSLATE_NOOP("MessageTerms", "the report"),
    QT_TRANSLATE_NOOP("MessageTerms", "event"),
    QT_TRANSLATE_NOOP("MessageTerms", "time zone definition"),
    QT_TRANSLATE_NOOP("MessageTerms", "reminder (VALARM)"),
    QT_TRANSLATE_NOOP("MessageTerms", "task (VTODO)"),
    QT_TRANSLATE_NOOP("MessageTerms", "journal entry (VJOURNAL)"),
    QT_TRANSLATE_NOOP("MessageTerms", "tasks (VTODO)"),
    QT_TRANSLATE_NOOP("MessageTerms", "journal entries (VJOURNAL)"),
    QT_TRANSLATE_NOOP("MessageTerms", "free/busy times (VFREEBUSY)"),
    QT_TRANSLATE_NOOP("MessageTerms", "a press release"),
    QT_TRANSLATE_NOOP("MessageTerms", "an approval sheet"),
    QT_TRANSLATE_NOOP("MessageTerms", "press release kind"),
    QT_TRANSLATE_NOOP("MessageTerms", "press release status"),
    QT_TRANSLATE_NOOP("MessageTerms", "draft"),
    QT_TRANSLATE_NOOP("MessageTerms", "sent for approval"),
    QT_TRANSLATE_NOOP("MessageTerms", "returned"),
    QT_TRANSLATE_NOOP("MessageTerms", "approved"),
    QT_TRANSLATE_NOOP("MessageTerms", "distributed"),
    QT_TRANSLATE_NOOP("MessageTerms", "question"),
    QT_TRANSLATE_NOOP("MessageTerms", "inquiry kind"),
    QT_TRANSLATE_NOOP("MessageTerms", "inquiry channel"),
    QT_TRANSLATE_NOOP("MessageTerms", "inquiry status"),
    QT_TRANSLATE_NOOP("MessageTerms", "inquiry outcome"),
    QT_TRANSLATE_NOOP("MessageTerms", "incoming number"),
    QT_TRANSLATE_NOOP("MessageTerms", "sender"),
    QT_TRANSLATE_NOOP("MessageTerms", "sender's address"),
    QT_TRANSLATE_NOOP("MessageTerms", "outlet"),
    QT_TRANSLATE_NOOP("MessageTerms", "answer"),
    QT_TRANSLATE_NOOP("MessageTerms", "new"),
    QT_TRANSLATE_NOOP("MessageTerms", "with the unit"),
    QT_TRANSLATE_NOOP("MessageTerms", "answered"),
    QT_TRANSLATE_NOOP("MessageTerms", "a request note"),
    QT_TRANSLATE_NOOP("MessageTerms", "the anti-crisis plan"),
    QT_TRANSLATE_NOOP("MessageTerms", "a local document"),
)
