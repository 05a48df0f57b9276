<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/person_editor.py" line="+75"/>
        <source>Close</source>
        <extracomment>The record as read or last saved (a PersonRecord or an OutletRecord).</extracomment>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ContactFilters</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/filters.py" line="+85"/>
        <source>Any scale or region</source>
        <translation>Any scale or region</translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/labels.py" line="+16"/>
        <source>Journalist</source>
        <translation>Journalist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera operator</source>
        <translation>Camera operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blogger</source>
        <translation>Blogger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion leader</source>
        <translation>Opinion leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press service of another body</source>
        <translation>Press service of another body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission abroad</source>
        <translation>Mission abroad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public organisation</source>
        <translation>Public organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+64"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>TV channel</source>
        <translation>TV channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Online media</source>
        <translation>Online media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News agency</source>
        <translation>News agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blog or channel</source>
        <translation>Blog or channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign media</source>
        <translation>Foreign media</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social networks</source>
        <translation>Social networks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messengers</source>
        <translation>Messengers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video hosting</source>
        <translation>Video hosting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live broadcast</source>
        <translation>Live broadcast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region</source>
        <translation>No region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bishkek city</source>
        <translation>Bishkek city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Osh city</source>
        <translation>Osh city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuy region</source>
        <translation>Chuy region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issyk-Kul region</source>
        <translation>Issyk-Kul region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naryn region</source>
        <translation>Naryn region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talas region</source>
        <translation>Talas region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalal-Abad region</source>
        <translation>Jalal-Abad region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Osh region</source>
        <translation>Osh region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batken region</source>
        <translation>Batken region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Uzbek</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other language</source>
        <translation>Other language</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>UZ</source>
        <translation>UZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EN</source>
        <translation>EN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen contacts</source>
        <translation>Chosen contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filter</source>
        <translation>Saved filter</translation>
    </message>
</context>
<context>
    <name>ContactModels</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="+427"/>
        <source>Same phone {value}</source>
        <translation>Same phone {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same e-mail {value}</source>
        <translation>Same e-mail {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Similar name at the same outlet {value}</source>
        <translation>Similar name at the same outlet {value}</translation>
    </message>
</context>
<context>
    <name>ContactsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/page.py" line="+58"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlets</source>
        <translation>Outlets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Topics…</source>
        <translation>Topics…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared topics of contacts, named in Kyrgyz and in Russian</source>
        <translation>The shared topics of contacts, named in Kyrgyz and in Russian</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The media base is empty</source>
        <translation>The media base is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in the journalists and outlets you already have — from Excel, Google Contacts, Outlook or a phone (CSV, XLSX or vCard) — or add them one by one.</source>
        <translation>Bring in the journalists and outlets you already have — from Excel, Google Contacts, Outlook or a phone (CSV, XLSX or vCard) — or add them one by one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a journalist…</source>
        <translation>&amp;Add a journalist…</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="+13"/>
        <source>First record</source>
        <translation>First record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second record</source>
        <translation>Second record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>EmailTable</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/value_tables.py" line="+193"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a valid e-mail address; kept to fix</source>
        <translation>Not a valid e-mail address; kept to fix</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/export_dialog.py" line="+34"/>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel table (.xlsx)</source>
        <translation>Excel table (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (.csv)</source>
        <translation>CSV table (.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vCard for phones and mail (.vcf)</source>
        <translation>vCard for phones and mail (.vcf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word directory (.docx)</source>
        <translation>Word directory (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF directory (.pdf)</source>
        <translation>PDF directory (.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tables and vCard hold every phone and e-mail; the Word and PDF directory is grouped by outlet, with the organisation&apos;s name, the date and the counts.</source>
        <translation>Tables and vCard hold every phone and e-mail; the Word and PDF directory is grouped by outlet, with the organisation&apos;s name, the date and the counts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The whole base ({count} people)</source>
        <translation>The whole base ({count} people)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A distribution list:</source>
        <translation>A distribution list:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people shown now ({count})</source>
        <translation>The people shown now ({count})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved {count} people to:
{path}</source>
        <translation>Saved {count} people to:
{path}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/import_wizard.py" line="+49"/>
        <location line="+148"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Position in Kyrgyz</source>
        <translation>Position in Kyrgyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in Russian</source>
        <translation>Position in Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Second e-mail</source>
        <translation>Second e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics in Kyrgyz</source>
        <translation>Topics in Kyrgyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics in Russian</source>
        <translation>Topics in Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last verified</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+179"/>
        <location line="+89"/>
        <location line="+10"/>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+27"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a table (CSV or Excel XLSX) or a vCard file (.vcf) exported from a phone, Outlook or Google Contacts. Nothing is changed until the last step.</source>
        <translation>Choose a table (CSV or Excel XLSX) or a vCard file (.vcf) exported from a phone, Outlook or Google Contacts. Nothing is changed until the last step.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which column of the file goes into which field. Recognised columns are chosen already; your choice is remembered for the next import.</source>
        <translation>Which column of the file goes into which field. Recognised columns are chosen already; your choice is remembered for the next import.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it cannot be imported</source>
        <translation>Why it cannot be imported</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skip the rows that cannot be imported</source>
        <translation>Skip the rows that cannot be imported</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step 1 of 3: the file</source>
        <translation>Step 1 of 3: the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 3: the columns</source>
        <translation>Step 2 of 3: the columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3: check and import</source>
        <translation>Step 3 of 3: check and import</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Contact files (*.csv *.txt *.xlsx *.vcf)</source>
        <translation>Contact files (*.csv *.txt *.xlsx *.vcf)</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing contacts…</source>
        <translation>Importing contacts…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: {count} rows cannot be imported. Correct them in the file, or tick “Skip the rows that cannot be imported”.</source>
        <translation>Nothing was imported: {count} rows cannot be imported. Correct them in the file, or tick “Skip the rows that cannot be imported”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported. New: {created}, updated: {updated}, unchanged: {unchanged}, new outlets: {outlets}, skipped rows: {skipped}.</source>
        <translation>Imported. New: {created}, updated: {updated}, unchanged: {unchanged}, new outlets: {outlets}, skipped rows: {skipped}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rows in the file: {total}. New people: {created}, updated: {updated}, unchanged: {unchanged}, new outlets: {outlets}.</source>
        <translation>Rows in the file: {total}. New people: {created}, updated: {updated}, unchanged: {unchanged}, new outlets: {outlets}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} rows cannot be imported. As it is, the file imports nothing; correct the rows, or tick the box below to import the rest.</source>
        <translation>{count} rows cannot be imported. As it is, the file imports nothing; correct the rows, or tick the box below to import the rest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every row can be imported.</source>
        <translation>Every row can be imported.</translation>
    </message>
</context>
<context>
    <name>InteractionModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="-116"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/lists_view.py" line="+49"/>
        <source>Save the filter as a list</source>
        <translation>Save the filter as a list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribution list</source>
        <translation>Distribution list</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>For example: Regional TV</source>
        <translation>For example: Regional TV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list always holds whoever matches the filter at the time of use.</source>
        <translation>The list always holds whoever matches the filter at the time of use.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ListsModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="+73"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole outlets</source>
        <translation>Whole outlets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/lists_view.py" line="+26"/>
        <source>New list…</source>
        <translation>New list…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete list…</source>
        <translation>Delete list…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove from list</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a list to see who is on it.</source>
        <translation>Select a list to see who is on it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipients of “{name}”: {count}</source>
        <translation>Recipients of “{name}”: {count}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Distribution list</source>
        <translation>Distribution list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete list</source>
        <translation>Delete list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the list “{name}”? The people and outlets on it stay.</source>
        <translation>Delete the list “{name}”? The people and outlets on it stay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/log_panel.py" line="+54"/>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>For example: invitation to the briefing</source>
        <translation>For example: invitation to the briefing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the log</source>
        <translation>Add to the log</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location line="+29"/>
        <source>Add entry…</source>
        <translation>Add entry…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact: {date}</source>
        <translation>Last contact: {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the log entry of {date}?</source>
        <translation>Delete the log entry of {date}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/review_view.py" line="+65"/>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>These records look like the same person: {why}.</source>
        <translation>These records look like the same person: {why}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phones, e-mails, messengers, topics, list memberships and the contact log of the other record are added to the one you keep; then the other record is deleted.</source>
        <translation>Phones, e-mails, messengers, topics, list memberships and the contact log of the other record are added to the one you keep; then the other record is deleted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this record</source>
        <translation>Keep this record</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>verified {date}</source>
        <translation>verified {date}</translation>
    </message>
</context>
<context>
    <name>MessengerTable</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/value_tables.py" line="+18"/>
        <source>Messengers</source>
        <translation>Messengers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handle or number</source>
        <translation>Handle or number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>NewTopicDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/topics_dialog.py" line="+90"/>
        <source>New topic</source>
        <translation>New topic</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Name the topic in both languages: documents print it in their language.</source>
        <translation>Name the topic in both languages: documents print it in their language.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>OutletEditor</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/outlet_editor.py" line="+64"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact log</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>For example: weekly, on Fridays</source>
        <translation>For example: weekly, on Fridays</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rating, prime time, unique visitors…</source>
        <translation>Rating, prime time, unique visitors…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First-wave recipient</source>
        <translation>First-wave recipient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusive partner</source>
        <translation>Exclusive partner</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+104"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+104"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+104"/>
        <source>Platforms:</source>
        <translation>Platforms:</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+104"/>
        <location line="+1"/>
        <source>Scale and region:</source>
        <translation>Scale and region:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Ownership:</source>
        <translation>Ownership:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Coverage formats:</source>
        <translation>Coverage formats:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <location line="+1"/>
        <source>Circulation and periodicity:</source>
        <translation>Circulation and periodicity:</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>Social networks:</source>
        <translation>Social networks:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <location line="+1"/>
        <source>Phone and e-mail:</source>
        <translation>Phone and e-mail:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>New outlet</source>
        <translation>New outlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet: {name}</source>
        <translation>Outlet: {name}</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+160"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the outlet&apos;s name.</source>
        <translation>Enter the outlet&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outlet is not saved.</source>
        <translation>The outlet is not saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. The phone number or e-mail address is not valid: please check it.</source>
        <translation>Saved. The phone number or e-mail address is not valid: please check it.</translation>
    </message>
</context>
<context>
    <name>OutletFilterBar</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/filters.py" line="+99"/>
        <source>Search outlets by name</source>
        <translation>Search outlets by name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First wave</source>
        <translation>First wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive partners</source>
        <translation>Exclusive partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outlet type</source>
        <translation>Any outlet type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any ownership</source>
        <translation>Any ownership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any platform</source>
        <translation>Any platform</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any list</source>
        <translation>Any list</translation>
    </message>
</context>
<context>
    <name>OutletModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="-160"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale and region</source>
        <translation>Scale and region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circulation</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First wave</source>
        <translation>First wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive</source>
        <translation>Exclusive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>OutletsView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/outlets_view.py" line="+46"/>
        <source>New outlet…</source>
        <translation>New outlet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlets found: {count}</source>
        <translation>Outlets found: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select outlets in the table first.</source>
        <translation>Select outlets in the table first.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add the outlet {name}</source>
        <translation>Add the outlet {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the outlet {name}</source>
        <translation>Edit the outlet {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the outlet {name}</source>
        <translation>Delete the outlet {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the outlet {name}? Its {count} people stay in the base without an outlet.</source>
        <translation>Delete the outlet {name}? Its {count} people stay in the base without an outlet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deletion can be undone (Ctrl+Z).</source>
        <translation>The deletion can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete outlet</source>
        <translation>Delete outlet</translation>
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
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/filters.py" line="-114"/>
        <source>Search by name, outlet, position, topic, phone, e-mail, notes</source>
        <translation>Search by name, outlet, position, topic, phone, e-mail, notes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not verified for long</source>
        <translation>Not verified for long</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outlet type</source>
        <translation>Any outlet type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any ownership</source>
        <translation>Any ownership</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do-not-contact: any</source>
        <translation>Do-not-contact: any</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be contacted</source>
        <translation>Can be contacted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not contact only</source>
        <translation>Do not contact only</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Any outlet</source>
        <translation>Any outlet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any topic</source>
        <translation>Any topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any list</source>
        <translation>Any list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without outlet</source>
        <translation>Without outlet</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="-104"/>
        <source>Full name</source>
        <extracomment>Column widths of a people table, in average characters, for their usual content.</extracomment>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has phone numbers or e-mail addresses to correct</source>
        <translation>Has phone numbers or e-mail addresses to correct</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/people_view.py" line="+30"/>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save filter as list…</source>
        <translation>Save filter as list…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People found: {count}</source>
        <translation>People found: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select people in the table first.</source>
        <translation>Select people in the table first.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete {count} people</source>
        <translation>Delete {count} people</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete {name} from the base?</source>
        <translation>Delete {name} from the base?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {count} people from the base?</source>
        <translation>Delete {count} people from the base?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On accreditation lists of: {events}. The lists keep the name, outlet and contacts as text.</source>
        <translation>On accreditation lists of: {events}. The lists keep the name, outlet and contacts as text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their phones, e-mails, list memberships and log go too.</source>
        <translation>Their phones, e-mails, list memberships and log go too.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deletion can be undone (Ctrl+Z).</source>
        <translation>The deletion can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete people</source>
        <translation>Delete people</translation>
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
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/person_editor.py" line="+83"/>
        <location line="+235"/>
        <source>Person</source>
        <extracomment>Whether the tab of phones and e-mails (the second) is shown with a doubtful value.</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>Phones and e-mail</source>
        <translation>Phones and e-mail</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Lists and log</source>
        <translation>Lists and log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work history</source>
        <translation>Work history</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No outlet</source>
        <translation>No outlet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Known:</source>
        <translation>Known:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the contact came from</source>
        <translation>Where the contact came from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark verified today</source>
        <translation>Mark verified today</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+185"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Outlet:</source>
        <translation>Outlet:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Topics:</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Preferred channel:</source>
        <translation>Preferred channel:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Birthday:</source>
        <translation>Birthday:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Last verified:</source>
        <translation>Last verified:</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+184"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Distribution lists</source>
        <translation>Distribution lists</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to list</source>
        <translation>Add to list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from list</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact log</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moving a person to another outlet keeps a line here.</source>
        <translation>Moving a person to another outlet keeps a line here.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>since {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person: {name}</source>
        <translation>Person: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Enter the person&apos;s full name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person is not saved.</source>
        <translation>The person is not saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. Some phone numbers or e-mail addresses are not valid: they are kept and highlighted so you can correct them.</source>
        <translation>Saved. Some phone numbers or e-mail addresses are not valid: they are kept and highlighted so you can correct them.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not added to the list.</source>
        <translation>Not added to the list.</translation>
    </message>
</context>
<context>
    <name>PhoneTable</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/value_tables.py" line="-47"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid phone number; kept to fix</source>
        <translation>Not a valid phone number; kept to fix</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/record_list.py" line="+139"/>
        <source>No lists yet</source>
        <translation>No lists yet</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+89"/>
        <location line="+8"/>
        <source>Add to list</source>
        <translation>Add to list</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Open…</source>
        <extracomment>Whether the rows are outlets (all their people go on a list) rather than people. The page&apos;s undo of changes to these records (None: the changes are not recorded).</extracomment>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Not added.</source>
        <translation>Not added.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/review_view.py" line="+41"/>
        <source>Mark selected verified</source>
        <translation>Mark selected verified</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Comparing the records…</source>
        <extracomment>The page&apos;s undo of changes to people (None: the changes are not recorded).</extracomment>
        <translation>Comparing the records…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+66"/>
        <location line="+15"/>
        <source>Look for duplicates</source>
        <translation>Look for duplicates</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press “Look for duplicates” to compare the records of the whole base.</source>
        <translation>Press “Look for duplicates” to compare the records of the whole base.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not verified for {months} months or never: {count}</source>
        <translation>Not verified for {months} months or never: {count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark verified</source>
        <translation>Mark verified</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select records in the table first.</source>
        <translation>Select records in the table first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark {count} people verified</source>
        <translation>Mark {count} people verified</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Likely duplicates: {count}</source>
        <translation>Likely duplicates: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search stopped.</source>
        <translation>The search stopped.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Merge {drop} into {keep}</source>
        <translation>Merge {drop} into {keep}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not merged.</source>
        <translation>Not merged.</translation>
    </message>
</context>
<context>
    <name>TopicPicker</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/topics_dialog.py" line="+30"/>
        <source>Find a topic in either language</source>
        <translation>Find a topic in either language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New topic…</source>
        <translation>New topic…</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location line="-68"/>
        <source>No Kyrgyz name: documents in Kyrgyz will lack the topic</source>
        <translation>No Kyrgyz name: documents in Kyrgyz will lack the topic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Russian name: documents in Russian will lack the topic</source>
        <translation>No Russian name: documents in Russian will lack the topic</translation>
    </message>
    <message>
        <location line="+168"/>
        <location line="+120"/>
        <location line="+7"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Topics are shared by every contact. Name each in Kyrgyz and in Russian: documents print the name in their language.</source>
        <translation>Topics are shared by every contact. Name each in Kyrgyz and in Russian: documents print the name in their language.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into:</source>
        <translation>Merge into:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The topic is not added.</source>
        <translation>The topic is not added.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The topic is not renamed.</source>
        <translation>The topic is not renamed.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Merge «{source}» into «{target}»? The topic moves to %n person(s) and «{source}» is deleted.</source>
        <translation>
            <numerusform>Merge «{source}» into «{target}»? The topic moves to %n person and «{source}» is deleted.</numerusform>
            <numerusform>Merge «{source}» into «{target}»? The topic moves to %n people and «{source}» is deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The topics are not merged.</source>
        <translation>The topics are not merged.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete the topic «{name}»? It is taken off %n person(s).</source>
        <translation>
            <numerusform>Delete the topic «{name}»? It is taken off %n person.</numerusform>
            <numerusform>Delete the topic «{name}»? It is taken off %n people.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topic is not deleted.</source>
        <translation>The topic is not deleted.</translation>
    </message>
</context>
<context>
    <name>ValueTable</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/value_tables.py" line="-129"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
</TS>
