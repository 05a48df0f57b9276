<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalPanel</name>
    <message>
        <location filename="../../pressdesk/gui/plan/approval.py" line="+44"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start as a draft</source>
        <translation>Start as a draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start as an idea</source>
        <translation>Start as an idea</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What and who</source>
        <translation>What and who</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The approval steps appear once the item is saved.</source>
        <translation>The approval steps appear once the item is saved.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>by {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent on {when}</source>
        <translation>Sent on {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by {name} on {when}</source>
        <translation>Approved by {name} on {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Returned: {comment}</source>
        <translation>Returned: {comment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published on {when}</source>
        <translation>Published on {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change here asks: this occurrence or the whole series.</source>
        <translation>A change here asks: this occurrence or the whole series.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created as: {status}</source>
        <translation>Created as: {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to draft: the {fields} changed after {status}</source>
        <translation>Back to draft: the {fields} changed after {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed {field}</source>
        <translation>Changed {field}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed {field}: {new}</source>
        <translation>Changed {field}: {new}</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../pressdesk/gui/plan/bulk.py" line="+84"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to change:</source>
        <translation>What to change:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Responsible:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <location filename="../../pressdesk/gui/plan/ical_import.py" line="+39"/>
        <source>Import a calendar</source>
        <translation>Import a calendar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing the calendar…</source>
        <translation>Importing the calendar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items added: {created}. Items updated: {updated}. Unchanged: {unchanged}. Events left out: {skipped}.</source>
        <translation>Items added: {created}. Items updated: {updated}. Unchanged: {unchanged}. Events left out: {skipped}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some parts of the file could not be used; the details say which and why.</source>
        <translation>Some parts of the file could not be used; the details say which and why.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The calendar was not imported.</source>
        <translation>The calendar was not imported.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/plan/campaigns.py" line="+49"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target audiences:</source>
        <translation>Target audiences:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One key message per line</source>
        <translation>One key message per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key messages:</source>
        <translation>Key messages:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%p% published</source>
        <translation>%p% published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress:</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save campaign</source>
        <translation>Save campaign</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No items yet.</source>
        <translation>No items yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items: {count}</source>
        <translation>Items: {count}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the campaign</source>
        <translation>Delete the campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the campaign “{name}”? Its items stay in the plan.</source>
        <translation>Delete the campaign “{name}”? Its items stay in the plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>ListQuickAdd</name>
    <message>
        <location filename="../../pressdesk/gui/plan/list_quick_add.py" line="+37"/>
        <source>Enter adds · Ctrl+Enter opens the full editor · Esc closes</source>
        <translation>Enter adds · Ctrl+Enter opens the full editor · Esc closes</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../pressdesk/gui/plan/actions.py" line="+116"/>
        <source>This item no longer exists; the plan is shown again.</source>
        <translation>This item no longer exists; the plan is shown again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeating item</source>
        <translation>Repeating item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This occurrence only</source>
        <translation>This occurrence only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole series</source>
        <translation>The whole series</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+126"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The approval is withdrawn</source>
        <translation>The approval is withdrawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” ({status}): changing the {fields} takes it back to draft, and it must be sent for approval again. Go on?</source>
        <translation>“{title}” ({status}): changing the {fields} takes it back to draft, and it must be sent for approval again. Go on?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change and withdraw</source>
        <translation>Change and withdraw</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{title}” repeats. Move only the occurrence of {date}?</source>
        <translation>“{title}” repeats. Move only the occurrence of {date}?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who approved “{title}”?</source>
        <translation>Who approved “{title}”?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Return for rework</source>
        <translation>Return for rework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should be changed in “{title}”?</source>
        <translation>What should be changed in “{title}”?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark published</source>
        <translation>Mark published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to the publication (may be left empty):</source>
        <translation>Link to the publication (may be left empty):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Cancel the item</source>
        <translation>Cancel the item</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel “{title}”? It stays in the plan, marked cancelled.</source>
        <translation>Cancel “{title}”? It stays in the plan, marked cancelled.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>“{title}” repeats. Change the status of the {date} occurrence only?</source>
        <translation>“{title}” repeats. Change the status of the {date} occurrence only?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete a repeating item</source>
        <translation>Delete a repeating item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” repeats. Leave out only {date}, or delete the series?</source>
        <translation>“{title}” repeats. Leave out only {date}, or delete the series?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out this date</source>
        <translation>Leave out this date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the whole series</source>
        <translation>Delete the whole series</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the item</source>
        <translation>Delete the item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}” and its history? You can undo it with Ctrl+Z.</source>
        <translation>Delete “{title}” and its history? You can undo it with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}” and its history? This cannot be undone.</source>
        <translation>Delete “{title}” and its history? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PlanAgendaModel</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/plan/agenda_model.py" line="+102"/>
        <source>Covered: %n publication(s)</source>
        <translation>
            <numerusform>Covered: %n publication</numerusform>
            <numerusform>Covered: %n publications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>all day</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/release_notes.py" line="+26"/>
        <source>Press release {number}: {status}</source>
        <translation>Press release {number}: {status}</translation>
    </message>
</context>
<context>
    <name>PlanBulkActions</name>
    <message>
        <location filename="../../pressdesk/gui/plan/bulk.py" line="+38"/>
        <source>{action}: {count} items?</source>
        <translation>{action}: {count} items?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} selected items are left as they are: their status does not allow it.</source>
        <translation>{count} selected items are left as they are: their status does not allow it.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Send the week for approval</source>
        <translation>Send the week for approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period shown holds no drafts to send.</source>
        <translation>The period shown holds no drafts to send.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the {count} drafts of {period} for approval?</source>
        <translation>Send the {count} drafts of {period} for approval?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy the items</source>
        <translation>Copy the items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {count} items, as drafts, by:</source>
        <translation>Copy {count} items, as drafts, by:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Move the items</source>
        <translation>Move the items</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Move {count} items by:</source>
        <translation>Move {count} items by:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move {count} items by {days} days?</source>
        <translation>Move {count} items by {days} days?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} of them are sent or approved: they go back to draft and need approval again.</source>
        <translation>{count} of them are sent or approved: they go back to draft and need approval again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the responsible person</source>
        <translation>Set the responsible person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible for these {count} items?</source>
        <translation>Who is responsible for these {count} items?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the items</source>
        <translation>Delete the items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete these {count} items and their history?</source>
        <translation>Delete these {count} items and their history?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A repeating item loses only the date shown.</source>
        <translation>A repeating item loses only the date shown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo it with Ctrl+Z.</source>
        <translation>You can undo it with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_paint.py" line="+247"/>
        <source>+{count} more</source>
        <translation>+{count} more</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_layout.py" line="+87"/>
        <location filename="../../pressdesk/gui/plan/calendar_paint.py" line="+133"/>
        <source>all day</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_paint.py" line="+128"/>
        <source>Show all items of this day in the week view</source>
        <translation>Show all items of this day in the week view</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_layout.py" line="+5"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Responsible: {name}</source>
        <translation>Responsible: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved by: {name}</source>
        <translation>Approved by: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of a repeating series</source>
        <translation>Part of a repeating series</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/plan/export.py" line="+50"/>
        <source>Print or export the plan</source>
        <translation>Print or export the plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ten days</source>
        <translation>Ten days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Also print ideas and items returned for rework</source>
        <translation>Also print ideas and items returned for rework</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan for approval shows drafts, items sent for approval, approved and published ones, and the period&apos;s events. Tick to add ideas and returned items.</source>
        <translation>The plan for approval shows drafts, items sent for approval, approved and published ones, and the period&apos;s events. Tick to add ideas and returned items.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only approved items</source>
        <translation>Only approved items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print only what the head approved (and what is already published); each row states its approval, by whom and on which day.</source>
        <translation>Print only what the head approved (and what is already published); each row states its approval, by whom and on which day.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The plan is saved ({count} items):
{path}</source>
        <translation>The plan is saved ({count} items):
{path}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Plan not saved</source>
        <translation>Plan not saved</translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <location filename="../../pressdesk/gui/plan/filters.py" line="+30"/>
        <source>Search the plan…</source>
        <translation>Search the plan…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every filter</source>
        <translation>Clear every filter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+83"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Any format</source>
        <translation>Any format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any campaign</source>
        <translation>Any campaign</translation>
    </message>
</context>
<context>
    <name>PlanItemEditor</name>
    <message>
        <location filename="../../pressdesk/gui/plan/editor.py" line="+91"/>
        <source>Plan item</source>
        <translation>Plan item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New plan item</source>
        <translation>New plan item</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links and notes</source>
        <translation>Links and notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+195"/>
        <location line="+1"/>
        <source>Date and time:</source>
        <translation>Date and time:</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>What goes out, in a few words</source>
        <translation>What goes out, in a few words</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+192"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>The news hook: why this is worth telling</source>
        <translation>The news hook: why this is worth telling</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <source>News hook:</source>
        <translation>News hook:</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+187"/>
        <source>Target audience:</source>
        <translation>Target audience:</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+174"/>
        <source>Responsible:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Campaign:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+164"/>
        <source>Channels:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>One outlet per line</source>
        <translation>One outlet per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+159"/>
        <source>Outlets:</source>
        <translation>Outlets:</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+158"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>One file or folder per line</source>
        <translation>One file or folder per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>One link per line, once it is out</source>
        <translation>One link per line, once it is out</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+154"/>
        <source>Published at:</source>
        <translation>Published at:</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>— nobody yet —</source>
        <translation>— nobody yet —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— no campaign —</source>
        <translation>— no campaign —</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>One occurrence of a series does not repeat by itself.</source>
        <translation>One occurrence of a series does not repeat by itself.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../../pressdesk/gui/plan/labels.py" line="+20"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for approval</source>
        <translation>Sent for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to ideas</source>
        <translation>Back to ideas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return for rework…</source>
        <translation>Return for rework…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark published…</source>
        <translation>Mark published…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the item…</source>
        <translation>Cancel the item…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it a draft</source>
        <translation>Make it a draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for approval again</source>
        <translation>Send for approval again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore as an idea</source>
        <translation>Restore as an idea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore as a draft</source>
        <translation>Restore as a draft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press release</source>
        <translation>Press release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment or statement</source>
        <translation>Comment or statement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo report</source>
        <translation>Photo report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live broadcast</source>
        <translation>Live broadcast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting text</source>
        <translation>Greeting text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information bulletin</source>
        <translation>Information bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference note</source>
        <translation>Reference note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kyrgyz</source>
        <translation>Kyrgyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz and Russian</source>
        <translation>Kyrgyz and Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other language</source>
        <translation>Other language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KY</source>
        <translation>KY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RU</source>
        <translation>RU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KY+RU</source>
        <translation>KY+RU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved, but the day has passed unpublished</source>
        <translation>Approved, but the day has passed unpublished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval longer than {days} days</source>
        <translation>Waiting for approval longer than {days} days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long wait</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>news hook</source>
        <translation>news hook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channels</source>
        <translation>channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlets</source>
        <translation>outlets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file links</source>
        <translation>file links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published links</source>
        <translation>published links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat rule</source>
        <translation>repeat rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left-out dates</source>
        <translation>left-out dates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week {week}: {span}</source>
        <translation>Week {week}: {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten days: {span}</source>
        <translation>Ten days: {span}</translation>
    </message>
</context>
<context>
    <name>PlanSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/plan/page.py" line="+192"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten days</source>
        <translation>Ten days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week, Monday to Sunday</source>
        <translation>The week, Monday to Sunday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ten-day period: days 1–10, 11–20 or 21 to the month&apos;s end</source>
        <translation>The ten-day period: days 1–10, 11–20 or 21 to the month&apos;s end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole month</source>
        <translation>The whole month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of the period as a sortable list</source>
        <translation>The items of the period as a sortable list</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the period holding today</source>
        <translation>Go to the period holding today</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New item…</source>
        <translation>New item…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+290"/>
        <location line="+24"/>
        <source>Copy week forward</source>
        <translation>Copy week forward</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>Copy this week&apos;s single items to the next week as drafts</source>
        <translation>Copy this week&apos;s single items to the next week as drafts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaigns…</source>
        <translation>Campaigns…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print / export…</source>
        <translation>Print / export…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import calendar…</source>
        <translation>Import calendar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or update items from a calendar file (.ics) of Outlook or Google</source>
        <translation>Add or update items from a calendar file (.ics) of Outlook or Google</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The content plan is empty</source>
        <translation>The content plan is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan the publications by week, ten days or month: topic, news hook, format, channel and the person responsible. The week&apos;s plan is then printed for the head&apos;s approval in Kyrgyz or Russian.</source>
        <translation>Plan the publications by week, ten days or month: topic, news hook, format, channel and the person responsible. The week&apos;s plan is then printed for the head&apos;s approval in Kyrgyz or Russian.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add an item…</source>
        <translation>&amp;Add an item…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add an item to the plan</source>
        <translation>Add an item to the plan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview the plan and save it as a document or a calendar file</source>
        <translation>Preview the plan and save it as a document or a calendar file</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/selection.py" line="+80"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the week for approval</source>
        <translation>Send the week for approval</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send every draft of the period shown for approval, after one confirmation</source>
        <translation>Send every draft of the period shown for approval, after one confirmation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move by days…</source>
        <translation>Move by days…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy by days…</source>
        <translation>Copy by days…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the responsible person…</source>
        <translation>Set the responsible person…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/menus.py" line="+51"/>
        <location filename="../../pressdesk/gui/plan/selection.py" line="+56"/>
        <source>Selected: {count}</source>
        <translation>Selected: {count}</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/selection.py" line="+2"/>
        <source>Click, Ctrl+click or Ctrl+A to select items</source>
        <translation>Click, Ctrl+click or Ctrl+A to select items</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/page.py" line="+101"/>
        <source>Items: {count}</source>
        <translation>Items: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published: {count}</source>
        <translation>published: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>past their day unpublished: {count}</source>
        <translation>past their day unpublished: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for approval over {days} days: {count}</source>
        <translation>waiting for approval over {days} days: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>filters are on</source>
        <translation>filters are on</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Repeating item</source>
        <translation>Repeating item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” repeats. Open only the occurrence of {date}, or the series?</source>
        <translation>“{title}” repeats. Open only the occurrence of {date}, or the series?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This occurrence only</source>
        <translation>This occurrence only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole series</source>
        <translation>The whole series</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Copy the single items of {week} to the next week as drafts? Repeating items and cancelled ones are not copied.</source>
        <translation>Copy the single items of {week} to the next week as drafts? Repeating items and cancelled ones are not copied.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Items copied: {count}. They are drafts in the week shown now.</source>
        <translation>Items copied: {count}. They are drafts in the week shown now.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/menus.py" line="-11"/>
        <source>New item on this day…</source>
        <translation>New item on this day…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick add on this day</source>
        <translation>Quick add on this day</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to the next day</source>
        <translation>Copy to the next day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy to the next week</source>
        <translation>Copy to the next week</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../pressdesk/gui/plan/selection.py" line="-54"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../pressdesk/gui/plan/undo.py" line="+60"/>
        <source>{action}: {count} items</source>
        <translation>{action}: {count} items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the week for approval ({count} items)</source>
        <translation>Send the week for approval ({count} items)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {count} items by {days} days</source>
        <translation>Move {count} items by {days} days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy {count} items by {days} days</source>
        <translation>Copy {count} items by {days} days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the responsible person of {count} items</source>
        <translation>Set the responsible person of {count} items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {count} items</source>
        <translation>Delete {count} items</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{action}: “{title}”</source>
        <translation>{action}: “{title}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add “{title}”</source>
        <translation>Add “{title}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “{title}”</source>
        <translation>Edit “{title}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{title}”</source>
        <translation>Move “{title}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy “{title}”</source>
        <translation>Copy “{title}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”</source>
        <translation>Delete “{title}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the week forward ({count} items)</source>
        <translation>Copy the week forward ({count} items)</translation>
    </message>
</context>
<context>
    <name>QuickAddField</name>
    <message>
        <location filename="../../pressdesk/gui/plan/quick_add.py" line="+44"/>
        <source>New item on {date}: type a title, Enter</source>
        <translation>New item on {date}: type a title, Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter adds a draft with the format, channels and responsible person of the last item added; Ctrl+Enter opens the full editor; Escape closes.</source>
        <translation>Enter adds a draft with the format, channels and responsible person of the last item added; Ctrl+Enter opens the full editor; Escape closes.</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <location filename="../../pressdesk/gui/plan/repeat.py" line="+77"/>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (iCalendar RRULE)</source>
        <translation>Custom rule (iCalendar RRULE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeats:</source>
        <translation>Repeats:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>week(s), on:</source>
        <translation>week(s), on:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On day</source>
        <translation>On day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of every month</source>
        <translation>of every month</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ends:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates left out of the series:</source>
        <translation>Dates left out of the series:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put back</source>
        <translation>Put back</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../../pressdesk/gui/plan/actions.py" line="-228"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
</context>
<context>
    <name>TimesSpinBox</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/plan/repeat.py" line="-110"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
</TS>
