<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccreditationModel</name>
    <message>
        <location filename="../../pressdesk/gui/events/models.py" line="+214"/>
        <source>Journalist</source>
        <translation>Journalist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Typed in by hand or no longer in the contact base</source>
        <translation>Typed in by hand or no longer in the contact base</translation>
    </message>
</context>
<context>
    <name>CalendarStrip</name>
    <message>
        <location filename="../../pressdesk/gui/events/strip.py" line="+42"/>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event(s)</numerusform>
            <numerusform>%n event(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <location filename="../../pressdesk/gui/events/detail.py" line="+96"/>
        <source>Edit…</source>
        <extracomment>The page&apos;s undo of event changes (None: the changes are not recorded).</extracomment>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invite media…</source>
        <translation>Invite media…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export card…</source>
        <translation>Export card…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in sheet…</source>
        <translation>Sign-in sheet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advisory…</source>
        <translation>Advisory…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose an event in the list, or create a new one.</source>
        <translation>Choose an event in the list, or create a new one.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add task…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change task…</source>
        <translation>Change task…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>This is a protocol event, closed to the media: it has no accreditation list and no invitations. Clear the protocol mark in the event if journalists are admitted.</source>
        <translation>This is a protocol event, closed to the media: it has no accreditation list and no invitations. Clear the protocol mark in the event if journalists are admitted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add from contacts…</source>
        <translation>Add from contacts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a journalist…</source>
        <translation>Add a journalist…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+280"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Organisers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key messages</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content plan</source>
        <translation>Content plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed to the media</source>
        <translation>closed to the media</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checklist {done}/{total}</source>
        <translation>Checklist {done}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue: {count}</source>
        <translation>overdue: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accreditation ({count})</source>
        <translation>Accreditation ({count})</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Tick off “{task}”</source>
        <translation>Tick off “{task}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open “{task}” again</source>
        <translation>Open “{task}” again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task not changed</source>
        <translation>Task not changed</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Task not saved</source>
        <translation>Task not saved</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Add a task to “{title}”</source>
        <translation>Add a task to “{title}”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the task “{task}”</source>
        <translation>Edit the task “{task}”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the task “{text}” from the checklist?</source>
        <translation>Delete the task “{text}” from the checklist?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Remove {name} from the accreditation list</source>
        <translation>Remove {name} from the accreditation list</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Task not deleted</source>
        <translation>Task not deleted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the task “{task}”</source>
        <translation>Delete the task “{task}”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add journalists from the contacts</source>
        <translation>Add journalists from the contacts</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Add to the accreditation list of “{title}”</source>
        <translation>Add to the accreditation list of “{title}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the accreditation of {name}</source>
        <translation>Edit the accreditation of {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status not changed</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accreditation status of {name}</source>
        <translation>Accreditation status of {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from the accreditation list?</source>
        <translation>Remove {name} from the accreditation list?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not removed</source>
        <translation>Not removed</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../pressdesk/gui/events/editor.py" line="+84"/>
        <location line="+14"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speakers and messages</source>
        <translation>Speakers and messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan and notes</source>
        <translation>Plan and notes</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+183"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+182"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+169"/>
        <location line="+1"/>
        <source>Starts – ends:</source>
        <translation>Starts – ends:</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+169"/>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Protocol event, closed to the media</source>
        <translation>Protocol event, closed to the media</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <source>Organisers:</source>
        <translation>Organisers:</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+152"/>
        <source>Speakers:</source>
        <translation>Speakers:</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>Key messages:</source>
        <translation>Key messages:</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Content-plan items two weeks around the event:</source>
        <translation>Content-plan items two weeks around the event:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+142"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>No content-plan items in these weeks.</source>
        <translation>No content-plan items in these weeks.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This type has no checklist template</source>
        <translation>This type has no checklist template</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the default checklist ({count} tasks)</source>
        <translation>Apply the default checklist ({count} tasks)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The event needs a title.</source>
        <translation>The event needs a title.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event ends ({end}) before it starts ({start}); check the end.</source>
        <translation>The event ends ({end}) before it starts ({start}); check the end.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event lasts more than {days} days; check the dates.</source>
        <translation>The event lasts more than {days} days; check the dates.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <location line="+13"/>
        <source>Event not saved</source>
        <translation>Event not saved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadlines moved</source>
        <translation>Deadlines moved</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open deadline(s) of the checklist moved with the event.</source>
        <translation>
            <numerusform>%n open deadline(s) of the checklist moved with the event.</numerusform>
            <numerusform>%n open deadline(s) of the checklist moved with the event.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/export.py" line="+48"/>
        <source>Export the event card</source>
        <translation>Export the event card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sign-in sheet</source>
        <translation>Print the sign-in sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media advisory</source>
        <translation>Media advisory</translation>
    </message>
</context>
<context>
    <name>EventForms</name>
    <message>
        <location filename="../../pressdesk/gui/events/forms.py" line="+41"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <location filename="../../pressdesk/gui/events/labels.py" line="+19"/>
        <source>Press conference</source>
        <translation>Press conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press tea</source>
        <translation>Press tea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press tour</source>
        <translation>Press tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round table</source>
        <translation>Round table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s business trip</source>
        <translation>Head&apos;s business trip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live broadcast</source>
        <translation>Live broadcast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training for media</source>
        <translation>Training for media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception day</source>
        <translation>Reception day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal event</source>
        <translation>Internal event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accredited</source>
        <translation>Accredited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../pressdesk/gui/events/models.py" line="-200"/>
        <source>Tasks done of all; in brackets, how many are overdue</source>
        <translation>Tasks done of all; in brackets, how many are overdue</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>overdue: {count}</source>
        <translation>overdue: {count}</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+22"/>
        <source>Protocol event, closed to the media</source>
        <translation>Protocol event, closed to the media</translation>
    </message>
</context>
<context>
    <name>EventsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/events/page.py" line="+67"/>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist templates…</source>
        <translation>Checklist templates…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title, place, speakers in Kyrgyz or Russian</source>
        <translation>Search title, place, speakers in Kyrgyz or Russian</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No events yet</source>
        <translation>No events yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a press conference, briefing, press tour or round table: its checklist for before, during and after is made from a template, and the accreditation list and the media advisory are printed from it.</source>
        <translation>Add a press conference, briefing, press tour or round table: its checklist for before, during and after is made from a template, and the accreditation list and the media advisory are printed from it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add an event…</source>
        <translation>&amp;Add an event…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Events of {day}; click the day again to see all.</source>
        <translation>Events of {day}; click the day again to see all.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add “{title}”</source>
        <translation>Add “{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit “{title}”</source>
        <translation>Edit “{title}”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete “{title}” with its checklist and accreditation list? The deletion can be undone (Ctrl+Z).</source>
        <translation>Delete “{title}” with its checklist and accreditation list? The deletion can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete “{title}” with its checklist and accreditation list?</source>
        <translation>Delete “{title}” with its checklist and accreditation list?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the event</source>
        <translation>Delete the event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete “{title}”</source>
        <translation>Delete “{title}”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invite the media</source>
        <translation>Invite the media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” is a protocol event, closed to the media, so no advisory is sent and nobody is accredited. Clear the protocol mark in the event if journalists are admitted.</source>
        <translation>“{title}” is a protocol event, closed to the media, so no advisory is sent and nobody is accredited. Clear the protocol mark in the event if journalists are admitted.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/invite.py" line="+61"/>
        <location line="+87"/>
        <source>Invite the media</source>
        <translation>Invite the media</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Contact lists</source>
        <translation>Contact lists</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({count} people)</source>
        <translation>{name} ({count} people)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add people…</source>
        <translation>Add people…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear people</source>
        <translation>Clear people</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kyrgyz</source>
        <translation>Kyrgyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advisory language:</source>
        <translation>Advisory language:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisory format:</source>
        <translation>Advisory format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note the invitation in each person&apos;s contact log</source>
        <translation>Note the invitation in each person&apos;s contact log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the advisory and the list…</source>
        <translation>Save the advisory and the list…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add people to invite</source>
        <translation>Add people to invite</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>People added one by one: %n</source>
        <translation>
            <numerusform>People added one by one: %n</numerusform>
            <numerusform>People added one by one: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Recipients: %n</source>
        <translation>
            <numerusform>Recipients: %n</numerusform>
            <numerusform>Recipients: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state media: {state}, private media: {private}</source>
        <translation>state media: {state}, private media: {private}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>left out as “do not contact”: %n</source>
        <translation>
            <numerusform>left out as “do not contact”: %n</numerusform>
            <numerusform>left out as “do not contact”: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>without e-mail: %n</source>
        <translation>
            <numerusform>without e-mail: %n</numerusform>
            <numerusform>without e-mail: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only state media are invited. Equal access is a principle of the press service: add private and independent outlets.</source>
        <translation>Only state media are invited. Equal access is a principle of the press service: add private and independent outlets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only private media are invited. Equal access is a principle of the press service: add state outlets.</source>
        <translation>Only private media are invited. Equal access is a principle of the press service: add state outlets.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the media advisory</source>
        <translation>Save the media advisory</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the list of recipients for mail merge</source>
        <translation>Save the list of recipients for mail merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The advisory and the list of %n recipient(s) are saved:</source>
        <translation>
            <numerusform>The advisory and the list of %n recipient(s) are saved:</numerusform>
            <numerusform>The advisory and the list of %n recipient(s) are saved:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The invitation is noted in %n contact log(s).</source>
        <translation>
            <numerusform>The invitation is noted in %n contact log(s).</numerusform>
            <numerusform>The invitation is noted in %n contact log(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>JournalistDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/forms.py" line="+72"/>
        <source>Journalist on the accreditation list</source>
        <translation>Journalist on the accreditation list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlet:</source>
        <translation>Outlet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An accreditation line needs the journalist&apos;s name.</source>
        <translation>An accreditation line needs the journalist&apos;s name.</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location line="+18"/>
        <source>Search by name, outlet or topic</source>
        <translation>Search by name, outlet or topic</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location line="-149"/>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The task needs a text in Kyrgyz or Russian.</source>
        <translation>The task needs a text in Kyrgyz or Russian.</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <location filename="../../pressdesk/gui/events/models.py" line="+31"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Done on {date}</source>
        <translation>Done on {date}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/templates.py" line="+57"/>
        <source>Checklist templates</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Event type:</source>
        <translation>Event type:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name in Kyrgyz</source>
        <translation>Name in Kyrgyz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template name:</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up window after the event:</source>
        <translation>Follow-up window after the event:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task in Kyrgyz</source>
        <translation>Task in Kyrgyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task in Russian</source>
        <translation>Task in Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Days count from the first day of the event (negative: before it); lines “after” count from its last day.</source>
        <translation>Days count from the first day of the event (negative: before it); lines “after” count from its last day.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deadlines for an event on:</source>
        <translation>Deadlines for an event on:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the template</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Save the changes to this template first?</source>
        <translation>Save the changes to this template first?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The template needs a name in Kyrgyz or Russian.</source>
        <translation>The template needs a name in Kyrgyz or Russian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {number}</source>
        <translation>Line {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{line}: the line needs a text in Kyrgyz or Russian.</source>
        <translation>{line}: the line needs a text in Kyrgyz or Russian.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: a line before the event cannot be due after it starts; use 0 or a negative number of days, or move the line to “during” or “after”.</source>
        <translation>{line}: a line before the event cannot be due after it starts; use 0 or a negative number of days, or move the line to “during” or “after”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{line}: a line during or after the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</source>
        <translation>{line}: a line during or after the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{line}: due {days} days after the event, beyond the follow-up window of {window} days; shorten the deadline or widen the window.</source>
        <translation>{line}: due {days} days after the event, beyond the follow-up window of {window} days; shorten the deadline or widen the window.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Template not saved</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The template is saved. New events of this type get its lines; existing events keep their checklists.</source>
        <translation>The template is saved. New events of this type get its lines; existing events keep their checklists.</translation>
    </message>
</context>
<context>
    <name>WeekOverview</name>
    <message>
        <location filename="../../pressdesk/gui/events/week.py" line="+51"/>
        <source>Previous week</source>
        <extracomment>The page&apos;s undo of event changes (None: the changes are not recorded).</extracomment>
        <translation>Previous week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only open tasks</source>
        <translation>Only open tasks</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Week {number}: {first} – {last}</source>
        <translation>Week {number}: {first} – {last}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tasks: {total}, done: {done}, overdue: {overdue}</source>
        <translation>Tasks: {total}, done: {done}, overdue: {overdue}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tick off “{task}”</source>
        <translation>Tick off “{task}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open “{task}” again</source>
        <translation>Open “{task}” again</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task not changed</source>
        <translation>Task not changed</translation>
    </message>
</context>
</TS>
