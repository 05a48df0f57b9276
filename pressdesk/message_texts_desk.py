"""The sentences of the media inquiry register, the crisis kit and the press service's local
documents; part of ``message_texts.TEXTS``."""

from __future__ import annotations

from pressdesk.message_texts_data import QT_TRANSLATE_NOOP

DESK_TEXTS: dict[str, str] = {
    # --- media inquiries -------------------------------------------------------------------
    "inquiry.missing": QT_TRANSLATE_NOOP("Messages", "There is no inquiry with id {id}."),
    "inquiry.needs_question": QT_TRANSLATE_NOOP(
        "Messages", "Write the journalist's question: an inquiry without one cannot be kept."
    ),
    "inquiry.written_needs_number": QT_TRANSLATE_NOOP(
        "Messages",
        "A written request under the law on access to information needs its incoming number.",
    ),
    "inquiry.due_before_received": QT_TRANSLATE_NOOP(
        "Messages",
        "The deadline {due} is before the day the inquiry was received ({received}).",
    ),
    "inquiry.no_file": QT_TRANSLATE_NOOP("Messages", "There is no file “{path}”."),
    "inquiry.no_outlet": QT_TRANSLATE_NOOP("Messages", "There is no outlet with id {id}."),
    "inquiry.answer_needs_text": QT_TRANSLATE_NOOP(
        "Messages", "The answer needs its text or a file with it."
    ),
    "inquiry.refusal_needs_ground": QT_TRANSLATE_NOOP(
        "Messages", "A refusal needs its legal ground."
    ),
    "inquiry.answer_without_question": QT_TRANSLATE_NOOP(
        "Messages",
        "Inquiry {id} has no question; write the question before recording an answer.",
    ),
    "inquiry.answer_before_received": QT_TRANSLATE_NOOP(
        "Messages", "The answer cannot be dated before the inquiry was received ({received})."
    ),
    "inquiry.answer_via_answer": QT_TRANSLATE_NOOP(
        "Messages",
        "An inquiry becomes answered when its answer is recorded (the text, the date and the "
        "outcome).",
    ),
    "inquiry.bad_step": QT_TRANSLATE_NOOP(
        "Messages", "An inquiry cannot go from “{old}” to “{new}”."
    ),
    "inquiry.return_needs_comment": QT_TRANSLATE_NOOP(
        "Messages", "Say why the answer is returned: write a comment."
    ),
    "inquiry.bad_sender": QT_TRANSLATE_NOOP(
        "Messages",
        "“{value}” is not a contact id, an e-mail address or a phone number.",
    ),
    "inquiry.sender_ambiguous": QT_TRANSLATE_NOOP(
        "Messages",
        "“{value}” belongs to more than one person in the contact base: {people}. "
        "Choose the person by id.",
    ),
    "inquiry.message_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "The pasted message is {size} KB; at most {limit} KB can be read. Paste the "
        "journalist's message without attachments.",
    ),
    "inquiry.message_empty": QT_TRANSLATE_NOOP("Messages", "The pasted message is empty."),
    "inquiry.note_needs_unit": QT_TRANSLATE_NOOP(
        "Messages", "Name the unit the request note is addressed to."
    ),
    # --- crisis kit and local documents ---------------------------------------------------
    "crisis.needs_name": QT_TRANSLATE_NOOP(
        "Messages", "A crisis scenario needs a name in Kyrgyz or in Russian."
    ),
    "crisis.name_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The name or title is longer than {limit} characters."
    ),
    "crisis.no_scenario": QT_TRANSLATE_NOOP(
        "Messages", "There is no crisis scenario with id {id}."
    ),
    "crisis.no_statement": QT_TRANSLATE_NOOP(
        "Messages", "There is no holding statement with id {id}."
    ),
    "crisis.no_contact": QT_TRANSLATE_NOOP(
        "Messages", "There is no instant-notice contact with id {id}."
    ),
    "crisis.no_staff": QT_TRANSLATE_NOOP("Messages", "There is no staff member with id {id}."),
    "crisis.no_staff_named": QT_TRANSLATE_NOOP(
        "Messages", "There is no staff member named “{name}”."
    ),
    "crisis.unknown_role": QT_TRANSLATE_NOOP(
        "Messages", "“{role}” is not a role in the working group; use {allowed}."
    ),
    "crisis.duty_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The duty in the working group is longer than {limit} characters."
    ),
    "crisis.contact_needs_name": QT_TRANSLATE_NOOP(
        "Messages", "A contact for instant notice needs a name."
    ),
    "crisis.contact_needs_phone": QT_TRANSLATE_NOOP(
        "Messages", "{name}: a contact for instant notice needs a phone number."
    ),
    "crisis.contact_too_long": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the name, phone number, e-mail or role is too long."
    ),
    "crisis.statement_needs_text": QT_TRANSLATE_NOOP(
        "Messages", "A holding statement needs its text in Kyrgyz or in Russian."
    ),
    "crisis.unknown_status": QT_TRANSLATE_NOOP(
        "Messages", "“{status}” is not a status of a statement; use {allowed}."
    ),
    "crisis.bad_step": QT_TRANSLATE_NOOP(
        "Messages", "A holding statement that is {old} cannot become {new}."
    ),
    "crisis.return_needs_comment": QT_TRANSLATE_NOOP(
        "Messages", "Say what to change when returning a holding statement."
    ),
    "crisis.approve_needs_both": QT_TRANSLATE_NOOP(
        "Messages",
        "A holding statement is approved with its text in both Kyrgyz and Russian, so that it is "
        "ready in either language.",
    ),
    "crisis.plan_empty": QT_TRANSLATE_NOOP(
        "Messages", "The anti-crisis plan has no scenarios yet; add at least one."
    ),
    "crisis.no_text": QT_TRANSLATE_NOOP(
        "Messages", "Scenario “{name}” has no name in the language of the document."
    ),
    "crisis.no_template": QT_TRANSLATE_NOOP(
        "Messages", "The crisis checklist template “{name}” is no longer in the settings."
    ),
    "crisis.no_person": QT_TRANSLATE_NOOP(
        "Messages", "There is no person with id {id} in the contact base."
    ),
    "templates.unknown": QT_TRANSLATE_NOOP(
        "Messages", "There is no document template named “{name}”; use {allowed}."
    ),
    "templates.no_profile": QT_TRANSLATE_NOOP(
        "Messages",
        "Fill in the organisation's name in the profile first: the document is written in its "
        "name.",
    ),
    # --- the shared server (team mode) ---------------------------------------------------------
    "server.bad_setting": QT_TRANSLATE_NOOP(
        "Messages", "The server's {field} is missing or not valid."
    ),
    "server.no_driver": QT_TRANSLATE_NOOP(
        "Messages",
        "This installation of PressDesk cannot connect to a PostgreSQL server: its driver "
        "(psycopg) is missing. Install PressDesk with the server support and try again.",
    ),
    "server.unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {server} cannot be reached. Check the address, the login and the "
        "password, and that the server lets this computer in.",
    ),
}
