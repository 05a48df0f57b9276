<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../pressdesk/gui/releases/editor.py" line="+546"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../pressdesk/gui/releases/page.py" line="+312"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReleaseChannelsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/dialogs.py" line="+216"/>
        <source>Release {number}: texts for channels</source>
        <translation>Release {number}: texts for channels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The release is not approved yet: publish these texts only after approval.</source>
        <translation>The release is not approved yet: publish these texts only after approval.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{length} characters, no limit</source>
        <translation>{length} characters, no limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{length} of {limit} characters</source>
        <translation>{length} of {limit} characters</translation>
    </message>
</context>
<context>
    <name>ReleaseDiffDialog</name>
    <message>
        <location line="-162"/>
        <source>Release {number}: changes between versions</source>
        <translation>Release {number}: changes between versions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>v{number} (being written)</source>
        <translation>v{number} (being written)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The texts are the same.</source>
        <translation>The texts are the same.</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <location filename="../../pressdesk/gui/releases/editor.py" line="-450"/>
        <source>staff</source>
        <extracomment>The languages side by side, Kyrgyz at the left as in the official documents.</extracomment>
        <translation>staff</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A staff member, a contact, or a name</source>
        <translation>A staff member, a contact, or a name</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+221"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Speaker:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Press release {number}</source>
        <translation>Press release {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New press release</source>
        <translation>New press release</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save as a new version</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This release is {status} as version {version}. Saving a change makes version {next}, a draft that needs the head&apos;s approval again; the approved text is kept.</source>
        <translation>This release is {status} as version {version}. Saving a change makes version {next}, a draft that needs the head&apos;s approval again; the approved text is kept.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+361"/>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Links and files</source>
        <translation>Links and files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and plan</source>
        <translation>Contact and plan</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Fill from the template</source>
        <translation>Fill from the template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the starting text of the chosen kind in both languages; square brackets mark what to fill in</source>
        <translation>Put the starting text of the chosen kind in both languages; square brackets mark what to fill in</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+288"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-285"/>
        <location line="+287"/>
        <source>Embargo until</source>
        <translation>Embargo until</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+275"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+243"/>
        <source>Lead:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+243"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Add a quote</source>
        <translation>Add a quote</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One web address a line: https://…</source>
        <translation>One web address a line: https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+202"/>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+186"/>
        <source>Photos and files:</source>
        <translation>Photos and files:</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>The press secretary (profile)</source>
        <translation>The press secretary (profile)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+174"/>
        <source>Contact for the media:</source>
        <translation>Contact for the media:</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+4"/>
        <source>Not linked</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+172"/>
        <source>Content plan item:</source>
        <translation>Content plan item:</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+170"/>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx);;All files (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx);;All files (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace the title, lead and text with the template?</source>
        <translation>Replace the title, lead and text with the template?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Characters: {chars} · words: {words}</source>
        <translation>Characters: {chars} · words: {words}</translation>
    </message>
</context>
<context>
    <name>ReleaseExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/dialogs.py" line="+118"/>
        <source>Export the press release</source>
        <translation>Export the press release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the approval sheet</source>
        <translation>Export the approval sheet</translation>
    </message>
</context>
<context>
    <name>ReleaseLabels</name>
    <message>
        <location filename="../../pressdesk/gui/releases/labels.py" line="+11"/>
        <source>Press release</source>
        <translation>Press release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information message</source>
        <translation>Information message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media advisory</source>
        <translation>Media advisory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact sheet</source>
        <translation>Fact sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Sent for approval</source>
        <translation>Sent for approval</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Returned with comments</source>
        <translation>Returned with comments</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Sent out</source>
        <translation>Sent out</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Created</source>
        <extracomment>What a step of the history says happened, by its kind or the status it reached.</extracomment>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text changed</source>
        <translation>Text changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to draft</source>
        <translation>Returned to draft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <location filename="../../pressdesk/gui/releases/detail.py" line="+35"/>
        <source>Send for approval…</source>
        <translation>Send for approval…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return with comments…</source>
        <translation>Return with comments…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft…</source>
        <translation>Back to draft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent out…</source>
        <translation>Mark as sent out…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>When</source>
        <extracomment>A recipient in doubt was decided: its id, and True if the message counts as sent.</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare versions…</source>
        <translation>Compare versions…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved versions:</source>
        <translation>Approved versions:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave</source>
        <translation>Wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No coverage linked yet</source>
        <translation>No coverage linked yet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a release to see its approval and versions.</source>
        <translation>Select a release to see its approval and versions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status}, version {version}</source>
        <translation>{status}, version {version}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comments: {text}</source>
        <translation>Comments: {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>v{number} · approved {when} · {who}</source>
        <translation>v{number} · approved {when} · {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None approved yet</source>
        <translation>None approved yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>rest</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>written as .eml</source>
        <translation>written as .eml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in doubt</source>
        <translation>in doubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>ReleaseStepDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/dialogs.py" line="-234"/>
        <source>Release {number}: {old} → {new}</source>
        <translation>Release {number}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the head asks to change (required)</source>
        <translation>What the head asks to change (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is kept as version {version}; a later change makes a new version that needs approval again.</source>
        <translation>The text is kept as version {version}; a later change makes a new version that needs approval again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent out</source>
        <translation>Mark as sent out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval step</source>
        <translation>Approval step</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <location filename="../../pressdesk/gui/releases/model.py" line="+24"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embargo until</source>
        <translation>Embargo until</translation>
    </message>
</context>
<context>
    <name>ReleasesSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/releases/page.py" line="-252"/>
        <source>Search in the titles…</source>
        <translation>Search in the titles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No press releases yet</source>
        <translation>No press releases yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a release in Kyrgyz and Russian side by side, starting from the template of its kind; send it to the head for approval and print it on the letterhead.</source>
        <translation>Write a release in Kyrgyz and Russian side by side, starting from the template of its kind; send it to the head for approval and print it on the letterhead.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Write a release…</source>
        <translation>&amp;Write a release…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the release</source>
        <translation>Delete the release</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Releases shown: {count} · awaiting approval: {waiting}</source>
        <translation>Releases shown: {count} · awaiting approval: {waiting}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Channel texts…</source>
        <translation>Channel texts…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short texts for the website, Facebook, Instagram and Telegram</source>
        <translation>Short texts for the website, Facebook, Instagram and Telegram</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the release to the media by e-mail, one message per recipient</source>
        <translation>Send the release to the media by e-mail, one message per recipient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The release on the letterhead as PDF or Word, in Kyrgyz or Russian</source>
        <translation>The release on the letterhead as PDF or Word, in Kyrgyz or Russian</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval sheet…</source>
        <translation>Approval sheet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The approval sheet for the head&apos;s signature, as PDF or Word</source>
        <translation>The approval sheet for the head&apos;s signature, as PDF or Word</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Approval step</source>
        <translation>Approval step</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete release {number} «{title}»? The releases after it in the year take the numbers one lower.</source>
        <translation>Delete release {number} «{title}»? The releases after it in the year take the numbers one lower.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write release {number}</source>
        <translation>Write release {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit release {number}</source>
        <translation>Edit release {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete release {number}</source>
        <translation>Delete release {number}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/send_dialog.py" line="+77"/>
        <source>Send release {number}</source>
        <translation>Send release {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All media</source>
        <translation>All media</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Both waves: the first, then the rest after the delay</source>
        <translation>Both waves: the first, then the rest after the delay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first wave only</source>
        <translation>The first wave only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest now</source>
        <translation>The rest now</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send through the mail server, one message each</source>
        <translation>Send through the mail server, one message each</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one .eml file per recipient into a folder</source>
        <translation>Write one .eml file per recipient into a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one .eml with all addresses in BCC (nothing is recorded)</source>
        <translation>Write one .eml with all addresses in BCC (nothing is recorded)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the mail program with a mailto: link (at most {limit})</source>
        <translation>Open the mail program with a mailto: link (at most {limit})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mail server: {server}</source>
        <translation>Mail server: {server}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mail server is set up: the messages can be written for your mail program.</source>
        <translation>No mail server is set up: the messages can be written for your mail program.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave:</source>
        <translation>Wave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest after:</source>
        <translation>The rest after:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>To send: {send} · skipped: {skipped} · already have it: {already} · in doubt: {doubt}</source>
        <translation>To send: {send} · skipped: {skipped} · already have it: {already} · in doubt: {doubt}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance: {state} state, {private} private, {unknown} without an outlet</source>
        <translation>Balance: {state} state, {private} private, {unknown} without an outlet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only state media would get it: equal access asks for both.</source>
        <translation>Only state media would get it: equal access asks for both.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only private media would get it: equal access asks for both.</source>
        <translation>Only private media would get it: equal access asks for both.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} messages of an interrupted mailing wait to go.</source>
        <translation>{count} messages of an interrupted mailing wait to go.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This release is not approved.</source>
        <translation>This release is not approved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>will get it</source>
        <translation>will get it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already has it</source>
        <translation>already has it</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+165"/>
        <source>in doubt</source>
        <translation>in doubt</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>{count} of the chosen people already have release {number}. Send it only to the {new} new ones?</source>
        <translation>{count} of the chosen people already have release {number}. Send it only to the {new} new ones?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Release {number} is not approved. Send it anyway? That is recorded in its history.</source>
        <translation>Release {number} is not approved. Send it anyway? That is recorded in its history.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Folder for the .eml files</source>
        <translation>Folder for the .eml files</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sending… Each message is recorded as it goes.</source>
        <translation>Sending… Each message is recorded as it goes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sending stopped. What went out is recorded.</source>
        <translation>The sending stopped. What went out is recorded.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: {reply}</source>
        <translation>refused: {reply}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent: {sent} · refused: {refused} · skipped: {skipped} · in doubt: {doubt}</source>
        <translation>Sent: {sent} · refused: {refused} · skipped: {skipped} · in doubt: {doubt}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} messages of the rest wave wait: send them with «The rest now».</source>
        <translation>{count} messages of the rest wave wait: send them with «The rest now».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message in doubt may or may not have arrived; decide on it in the release&apos;s Recipients tab.</source>
        <translation>A message in doubt may or may not have arrived; decide on it in the release&apos;s Recipients tab.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the message</source>
        <translation>Save the message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail message (*.eml)</source>
        <translation>E-mail message (*.eml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Written: {files}</source>
        <translation>Written: {files}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A mailing of this release is unfinished: {count} messages still wait. Send them now? Nobody gets the message twice.</source>
        <translation>A mailing of this release is unfinished: {count} messages still wait. Send them now? Nobody gets the message twice.</translation>
    </message>
</context>
</TS>
