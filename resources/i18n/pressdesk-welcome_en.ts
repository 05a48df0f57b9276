<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../pressdesk/gui/welcome/demo.py" line="+67"/>
        <location line="+21"/>
        <source>The demo was not opened</source>
        <extracomment>Set once the welcome was finished or skipped; Help → Welcome shows it again.</extracomment>
        <translation>The demo was not opened</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The demo folder cannot be created: {folder}</source>
        <translation>The demo folder cannot be created: {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The invented data could not be written into the demo database. Check that the disk has free space, then try again.</source>
        <translation>The invented data could not be written into the demo database. Check that the disk has free space, then try again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filling the demo with invented data…</source>
        <translation>Filling the demo with invented data…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening the demo</source>
        <translation>Opening the demo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../pressdesk/gui/welcome/page.py" line="+68"/>
        <source>Welcome to PressDesk</source>
        <extracomment>The user is done here (finished or skipped): show the sections. Open the demo in its own database. Something was saved (profile, staff, contacts): pages built before must reload.</extracomment>
        <translation>Welcome to PressDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Four short steps set up the press service. Every step can be skipped and done later: the profile and staff under Settings, the import in Contacts. This page opens again from the Help menu.</source>
        <translation>Four short steps set up the press service. Every step can be skipped and done later: the profile and staff under Settings, the import in Contacts. This page opens again from the Help menu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The organisation</source>
        <translation>The organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The staff</source>
        <translation>The staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The media base</source>
        <translation>The media base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look around in the demo</source>
        <translation>Look around in the demo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the organisation in both languages, its head and city.</source>
        <translation>Name the organisation in both languages, its head and city.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They head every document PressDesk writes: the plan for approval, the accreditation list, the handover act. The logo goes on their title.</source>
        <translation>They head every document PressDesk writes: the plan for approval, the accreditation list, the handover act. The logo goes on their title.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the people of the press service and those who sign.</source>
        <translation>Add the people of the press service and those who sign.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff are the authors and those responsible in the plan, the holders of equipment and the parties of the handover act. Add yourself first.</source>
        <translation>Staff are the authors and those responsible in the plan, the holders of equipment and the parties of the handover act. Add yourself first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Skip, go to the sections</source>
        <translation>&amp;Skip, go to the sections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help → Welcome opens this page again</source>
        <translation>Help → Welcome opens this page again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+118"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Bring in the journalists and outlets you already have.</source>
        <translation>Bring in the journalists and outlets you already have.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PressDesk reads the files other programs write. Choose the file in the import, check how its columns are read, and import; nothing is imported before you confirm.</source>
        <translation>PressDesk reads the files other programs write. Choose the file in the import, check how its columns are read, and import; nothing is imported before you confirm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Excel&lt;/b&gt;: a table saved as .xlsx or .csv, one person a row</source>
        <translation>&lt;b&gt;Excel&lt;/b&gt;: a table saved as .xlsx or .csv, one person a row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Google Contacts&lt;/b&gt;: Export → Google CSV, or vCard</source>
        <translation>&lt;b&gt;Google Contacts&lt;/b&gt;: Export → Google CSV, or vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Outlook&lt;/b&gt;: File → Open &amp; Export → Export to a CSV file</source>
        <translation>&lt;b&gt;Outlook&lt;/b&gt;: File → Open &amp; Export → Export to a CSV file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A phone&lt;/b&gt;: share or export the contacts as a vCard (.vcf) file</source>
        <translation>&lt;b&gt;A phone&lt;/b&gt;: share or export the contacts as a vCard (.vcf) file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>See PressDesk at work on invented data.</source>
        <translation>See PressDesk at work on invented data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo opens in a database of its own, in a separate folder: a ministry with its staff, media base, plan, events, equipment and archive. Your own database stays as it is. The window title says DEMO while it is open; Help → Leave the demo returns to your database.</source>
        <translation>The demo opens in a database of its own, in a separate folder: a ministry with its staff, media base, plan, events, equipment and archive. Your own database stays as it is. The window title says DEMO while it is open; Help → Leave the demo returns to your database.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the &amp;demo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People in the media base now: {count}</source>
        <translation>People in the media base now: {count}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile was not saved</source>
        <translation>The profile was not saved</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please correct the following and save again:</source>
        <translation>Please correct the following and save again:</translation>
    </message>
</context>
</TS>
