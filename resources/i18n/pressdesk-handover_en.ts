<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActPreview</name>
    <message>
        <location filename="../../pressdesk/gui/handover/preview.py" line="+139"/>
        <source>&amp;Pages</source>
        <extracomment>The zoom changed; the percentage is shown beside the buttons.</extracomment>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The act as printed, page by page</source>
        <translation>The act as printed, page by page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The act as running text, wrapped to the pane</source>
        <translation>The act as running text, wrapped to the pane</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the pane&apos;s width</source>
        <translation>Fit the page to the pane&apos;s width</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Pages: {count}</source>
        <translation>Pages: {count}</translation>
    </message>
</context>
<context>
    <name>ActsModel</name>
    <message>
        <location filename="../../pressdesk/gui/handover/acts.py" line="+34"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismissal</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiring</source>
        <translation>Hiring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary replacement</source>
        <translation>Temporary replacement</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../pressdesk/gui/handover/wizard.py" line="+576"/>
        <source>No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install DejaVu Sans or choose a TrueType font under Settings → Preferences, or use DOCX only.</source>
        <translation>No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install DejaVu Sans or choose a TrueType font under Settings → Preferences, or use DOCX only.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be written. Check that the folder exists, that you may write there, that the disk has free space and that the file is not open in another program.</source>
        <translation>The file could not be written. Check that the folder exists, that you may write there, that the disk has free space and that the file is not open in another program.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document could not be made.</source>
        <translation>The document could not be made.</translation>
    </message>
</context>
<context>
    <name>HandoverSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/handover/page.py" line="+35"/>
        <source>New act</source>
        <extracomment>Open the staff list: the act&apos;s parties are chosen from it.</extracomment>
        <translation>New act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued acts</source>
        <translation>Issued acts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is recorded to hand over yet</source>
        <translation>Nothing is recorded to hand over yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act lists the equipment, accounts, archive, media base, plans and events kept in PressDesk, and the staff who hand over and take over. Fill those sections first, or write the act by hand now.</source>
        <translation>The act lists the equipment, accounts, archive, media base, plans and events kept in PressDesk, and the staff who hand over and take over. Fill those sections first, or write the act by hand now.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add the staff…</source>
        <translation>&amp;Add the staff…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the act by hand</source>
        <translation>&amp;Write the act by hand</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <location filename="../../pressdesk/gui/handover/wizard.py" line="-466"/>
        <source>1. Parties and direction</source>
        <translation>1. Parties and direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. What is handed over</source>
        <translation>2. What is handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Duties and remarks</source>
        <translation>3. Duties and remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Issue</source>
        <translation>4. Issue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again from the data</source>
        <translation>Start again from the data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read equipment, accounts, archives and contacts again</source>
        <translation>Read equipment, accounts, archives and contacts again</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Duties actually performed and ongoing affairs, one per line:</source>
        <translation>Duties actually performed and ongoing affairs, one per line:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remarks of the receiving party, one per line:</source>
        <translation>Remarks of the receiving party, one per line:</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>List the stored passwords to hand over in person</source>
        <translation>List the stored passwords to hand over in person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The act names the accounts whose password or recovery codes are stored on this computer, never the secrets themselves</source>
        <translation>The act names the accounts whose password or recovery codes are stored on this computer, never the secrets themselves</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whatever is left empty here is printed as lines to fill in by hand when the act is signed; nothing is stated that nobody has checked.</source>
        <translation>Whatever is left empty here is printed as lines to fill in by hand when the act is signed; nothing is stated that nobody has checked.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Service ID card:</source>
        <translation>Service ID card:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the act leaves “handed in / not handed in” to mark by hand</source>
        <translation>Empty: the act leaves “handed in / not handed in” to mark by hand</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The act lists {count} account(s): {names}.</source>
        <translation>The act lists {count} account(s): {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password or recovery code is stored for any account; the act says so.</source>
        <translation>No password or recovery code is stored for any account; the act says so.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Nothing to issue</source>
        <translation>Nothing to issue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose DOCX, PDF or both.</source>
        <translation>Choose DOCX, PDF or both.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parties missing</source>
        <translation>Parties missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the outgoing and the incoming person on the first step.</source>
        <translation>Name the outgoing and the incoming person on the first step.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>handover-act-{number}</source>
        <translation>handover-act-{number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the act</source>
        <translation>Save the act</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents (*.docx *.pdf)</source>
        <translation>Documents (*.docx *.pdf)</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+18"/>
        <source>Issuing the act…</source>
        <translation>Issuing the act…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Issue the act</source>
        <translation>Issue the act</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting the media contact base…</source>
        <translation>Exporting the media contact base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the DOCX file…</source>
        <translation>Writing the DOCX file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the PDF file…</source>
        <translation>Writing the PDF file…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Act issued</source>
        <translation>Act issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act № {number} is issued and recorded:
{files}</source>
        <translation>Act № {number} is issued and recorded:
{files}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Act not issued</source>
        <translation>Act not issued</translation>
    </message>
</context>
<context>
    <name>IssueOptions</name>
    <message>
        <location filename="../../pressdesk/gui/handover/issue_options.py" line="+34"/>
        <source>An issued act cannot be changed: it is recorded with its content and the fingerprints of its files. To fix a mistake, issue a correction that replaces it.</source>
        <translation>An issued act cannot be changed: it is recorded with its content and the fingerprints of its files. To fix a mistake, issue a correction that replaces it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text document (.docx)</source>
        <translation>Text document (.docx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table as text (.csv)</source>
        <translation>Table as text (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (.xlsx)</source>
        <translation>Spreadsheet (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not attach</source>
        <translation>Do not attach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attached media contact base:</source>
        <translation>Attached media contact base:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other files attached to the act (each becomes a numbered annex):</source>
        <translation>Other files attached to the act (each becomes a numbered annex):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the file</source>
        <translation>Remove the file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue the act…</source>
        <translation>Issue the act…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Attach a file to the act</source>
        <translation>Attach a file to the act</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>IssuedActsPanel</name>
    <message>
        <location filename="../../pressdesk/gui/handover/acts.py" line="+45"/>
        <source>Re-print…</source>
        <translation>Re-print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the act&apos;s file again and check it is identical to the one issued</source>
        <translation>Make the act&apos;s file again and check it is identical to the one issued</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue a correction…</source>
        <translation>Issue a correction…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No act has been issued yet.</source>
        <translation>No act has been issued yet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>handover-act-{number}-copy</source>
        <translation>handover-act-{number}-copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-print the act</source>
        <translation>Re-print the act</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents (*.docx *.pdf)</source>
        <translation>Documents (*.docx *.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>Act re-printed</source>
        <translation>Act re-printed</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The copy is saved:
{path}
This format was not issued, so there is no fingerprint to compare it with.</source>
        <translation>The copy is saved:
{path}
This format was not issued, so there is no fingerprint to compare it with.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy is saved and is identical to the issued file:
{path}</source>
        <translation>The copy is saved and is identical to the issued file:
{path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy differs from the issued act</source>
        <translation>The copy differs from the issued act</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy is saved, but its fingerprint differs from the issued file. The fonts or the program&apos;s wording changed since the act was issued; treat the issued copy as the original:
{path}</source>
        <translation>The copy is saved, but its fingerprint differs from the issued file. The fonts or the program&apos;s wording changed since the act was issued; treat the issued copy as the original:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued act: SHA-256 {issued}
This copy: SHA-256 {copy}</source>
        <translation>Issued act: SHA-256 {issued}
This copy: SHA-256 {copy}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Act not re-printed</source>
        <translation>Act not re-printed</translation>
    </message>
</context>
<context>
    <name>PartiesForm</name>
    <message>
        <location filename="../../pressdesk/gui/handover/parties.py" line="+51"/>
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
        <source>Dismissal: the outgoing person hands over</source>
        <translation>Dismissal: the outgoing person hands over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiring: the incoming person confirms receipt</source>
        <translation>Hiring: the incoming person confirms receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary replacement: an acting person</source>
        <translation>Temporary replacement: an acting person</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taken from the organisation profile; can be changed here</source>
        <translation>Taken from the organisation profile; can be changed here</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name, post</source>
        <translation>Name, post</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, post — one member per line</source>
        <translation>Name, post — one member per line</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan items sent or approved and events of this many days go into the act</source>
        <translation>Plan items sent or approved and events of this many days go into the act</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the act “For official use”</source>
        <translation>Mark the act “For official use”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the act:</source>
        <translation>Language of the act:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act number:</source>
        <translation>Act number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing person:</source>
        <translation>Outgoing person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Post:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Incoming or acting person:</source>
        <translation>Incoming or acting person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission chair:</source>
        <translation>Commission chair:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission members:</source>
        <translation>Commission members:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (post):</source>
        <translation>Approved by (post):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (name):</source>
        <translation>Approved by (name):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number:</source>
        <translation>Order number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date:</source>
        <translation>Order date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans and events ahead:</source>
        <translation>Plans and events ahead:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This act replaces act № {number} of {date}.</source>
        <translation>This act replaces act № {number} of {date}.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../pressdesk/gui/handover/lines.py" line="+40"/>
        <source>The clause that opens the section</source>
        <translation>The clause that opens the section</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clauses that close the section, one per line</source>
        <translation>Clauses that close the section, one per line</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening clause:</source>
        <translation>Opening clause:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing clauses, one per line:</source>
        <translation>Closing clauses, one per line:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
</TS>
