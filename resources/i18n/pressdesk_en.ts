<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pressdesk/gui/about.py" line="+35"/>
        <source>About PressDesk</source>
        <translation>About PressDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The desk of a government body&apos;s press secretary.</source>
        <translation>The desk of a government body&apos;s press secretary.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{backend} (secure)</source>
        <translation>{backend} (secure)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend}: not secure, so PressDesk will not save passwords on this computer</source>
        <translation>{backend}: not secure, so PressDesk will not save passwords on this computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt / PySide6:</source>
        <translation>Qt / PySide6:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password store:</source>
        <translation>Password store:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../pressdesk/gui/application.py" line="+82"/>
        <source>PressDesk was started with options it does not know:</source>
        <translation>PressDesk was started with options it does not know:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PressDesk cannot start</source>
        <translation>PressDesk cannot start</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Settings were reset</source>
        <translation>Settings were reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file could not be read, so PressDesk started with its default settings. The old file is kept as:
{path}</source>
        <translation>The settings file could not be read, so PressDesk started with its default settings. The old file is kept as:
{path}</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/ask_dialog.py" line="+104"/>
        <source>Cancel</source>
        <extracomment>A part of a dialog&apos;s column: a widget or a layout, alone or with its stretch.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupLabel</name>
    <message>
        <location filename="../../pressdesk/gui/status_labels.py" line="+112"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The automatic backup is being copied to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The automatic backup did not fully succeed:</source>
        <translation>The automatic backup did not fully succeed:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last backup: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last automatic backup is older than the interval set in Preferences.</source>
        <translation>The last automatic backup is older than the interval set in Preferences.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups are kept in {folder}.</source>
        <translation>Automatic backups are kept in {folder}.</translation>
    </message>
</context>
<context>
    <name>Bilingual</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/bilingual.py" line="+25"/>
        <source>KY</source>
        <translation>KY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RU</source>
        <translation>RU</translation>
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
        <location line="+4"/>
        <source>Copy the Russian text here as a starting point</source>
        <translation>Copy the Russian text here as a starting point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Kyrgyz text here as a starting point</source>
        <translation>Copy the Kyrgyz text here as a starting point</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Kyrgyz text: documents in Kyrgyz will lack it</source>
        <translation>No Kyrgyz text: documents in Kyrgyz will lack it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Russian text: documents in Russian will lack it</source>
        <translation>No Russian text: documents in Russian will lack it</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhile</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/conflict.py" line="+40"/>
        <source>Someone else saved this record while it was open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They changed: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../pressdesk/gui/crash.py" line="+66"/>
        <source>PressDesk hit an unexpected error, and the last action may not have finished. You can keep working; if it happens again, restart PressDesk.

The details were written to the log file:
{log_file}</source>
        <translation>PressDesk hit an unexpected error, and the last action may not have finished. You can keep working; if it happens again, restart PressDesk.

The details were written to the log file:
{log_file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../pressdesk/gui/database_ops.py" line="+37"/>
        <source>PressDesk databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>PressDesk databases (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No other databases yet</source>
        <translation>No other databases yet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>PressDesk cannot open the database</source>
        <translation>PressDesk cannot open the database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another database…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PressDesk cannot open the shared database {server}. The network or the server may be down. Try again later, or work on this computer&apos;s own database; the server can be chosen again from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation type="unfinished">Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this computer&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file was not found</source>
        <translation>The file was not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file
{path}</source>
        <translation>There is no file
{path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is a backup</source>
        <translation>This file is a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file
{path}
is a backup copy of a PressDesk database. Working in it would change the backup itself.

Restore it into your database (the current file is kept beside it), or open it on its own?</source>
        <translation>The file
{path}
is a backup copy of a PressDesk database. Working in it would change the backup itself.

Restore it into your database (the current file is kept beside it), or open it on its own?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore into my database…</source>
        <translation>Restore into my database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backup on its own</source>
        <translation>Open the backup on its own</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The database was not opened</source>
        <translation>The database was not opened</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+33"/>
        <source>Server backups (*.dump);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup complete</source>
        <translation>Backup complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was backed up to:
{path}</source>
        <translation>The database was backed up to:
{path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a backup to restore</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>This backup cannot be restored</source>
        <translation>This backup cannot be restored</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+8"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the current database
{current}

with the backup
{backup}?

The current file is kept beside it as a copy, so it can be brought back.</source>
        <translation>Replace the current database
{current}

with the backup
{backup}?

The current file is kept beside it as a copy, so it can be brought back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+7"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+115"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-80"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+35"/>
        <location line="+46"/>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was restored from:
{backup}</source>
        <translation>The database was restored from:
{backup}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The previous database was kept as:
{kept}</source>
        <translation>The previous database was kept as:
{kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="-13"/>
        <source>Restore complete</source>
        <translation>Restore complete</translation>
    </message>
</context>
<context>
    <name>DatabaseLabel</name>
    <message>
        <location filename="../../pressdesk/gui/status_labels.py" line="-118"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DEMO with invented data: {path}. Your own database is not touched; Help → Leave the demo returns to it.</source>
        <translation>DEMO with invented data: {path}. Your own database is not touched; Help → Leave the demo returns to it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on a network drive: one person at a time</source>
        <translation>on a network drive: one person at a time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database lies on a network drive. PressDesk works on it safely, but only one person can have it open at a time, and every save waits for the network. For several people working together, use a database server (team mode).</source>
        <translation>The database lies on a network drive. PressDesk works on it safely, but only one person can have it open at a time, and every save waits for the network. For several people working together, use a database server (team mode).</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../pressdesk/gui/dialogs.py" line="+120"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/export.py" line="+49"/>
        <source>Excel table (XLSX)</source>
        <translation>Excel table (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as text (CSV)</source>
        <translation>Table as text (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard for phones and mail (VCF)</source>
        <translation>vCard for phones and mail (VCF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar file (iCalendar, ICS)</source>
        <translation>Calendar file (iCalendar, ICS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel tables (*.xlsx)</source>
        <translation>Excel tables (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard files (*.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install DejaVu Sans or choose a TrueType font under Settings → Preferences, or save as DOCX instead.</source>
        <translation>No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install DejaVu Sans or choose a TrueType font under Settings → Preferences, or save as DOCX instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be written. Check that the folder exists, that you may write there, that the disk has free space and that the file is not open in another program.</source>
        <translation>The file could not be written. Check that the folder exists, that you may write there, that the disk has free space and that the file is not open in another program.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file could not be read as a table. Use an Excel workbook (.xlsx) or a CSV file whose first row names the columns.</source>
        <translation>The file could not be read as a table. Use an Excel workbook (.xlsx) or a CSV file whose first row names the columns.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be made.</source>
        <translation>The file could not be made.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the file…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Format:</source>
        <translation>Format:</translation>
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
        <location line="+2"/>
        <source>Document language:</source>
        <translation>Document language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark «For official use»</source>
        <translation>Mark «For official use»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints «Кызматтык пайдалануу үчүн» / «Для служебного пользования» on Word and PDF documents and Excel tables; CSV, vCard and calendar files carry no mark.</source>
        <translation>Prints «Кызматтык пайдалануу үчүн» / «Для служебного пользования» on Word and PDF documents and Excel tables; CSV, vCard and calendar files carry no mark.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The document is saved:
{path}</source>
        <translation>The document is saved:
{path}</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <location filename="../../pressdesk/gui/file_problems.py" line="+15"/>
        <source>{file} is larger than {value} MB, the most a contact table (CSV or XLSX) may be.</source>
        <translation>{file} is larger than {value} MB, the most a contact table (CSV or XLSX) may be.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} has more than {value} rows, the most a contact table may have.</source>
        <translation>{file} has more than {value} rows, the most a contact table may have.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is larger than {value} MB, the most an inventory or archive table may be.</source>
        <translation>{file} is larger than {value} MB, the most an inventory or archive table may be.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} has more than {value} rows, the most an inventory or archive table may have.</source>
        <translation>{file} has more than {value} rows, the most an inventory or archive table may have.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {line} of {file} has a cell of more than {value} characters, the most a cell may hold.</source>
        <translation>Row {line} of {file} has a cell of more than {value} characters, the most a cell may hold.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} unpacks to more than {value} MB, the most an Excel workbook (XLSX) may unpack to.</source>
        <translation>{file} unpacks to more than {value} MB, the most an Excel workbook (XLSX) may unpack to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text of the workbook {file} unpacks to more than {value} MB, the most it may.</source>
        <translation>The text of the workbook {file} unpacks to more than {value} MB, the most it may.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cells of the workbook {file} hold more than {value} characters of text, the most a table may hold.</source>
        <translation>The cells of the workbook {file} hold more than {value} characters of text, the most a table may hold.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part of the workbook {file} other than its sheets unpacks to more than {value} MB, the most it may.</source>
        <translation>A part of the workbook {file} other than its sheets unpacks to more than {value} MB, the most it may.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is larger than {value} MB, the most a vCard file may be.</source>
        <translation>{file} is larger than {value} MB, the most a vCard file may be.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds more than {value} contacts, the most a vCard file may hold.</source>
        <translation>{file} holds more than {value} contacts, the most a vCard file may hold.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contacts in {file} hold more than {value} MB of text besides their photos, the most a vCard file may.</source>
        <translation>The contacts in {file} hold more than {value} MB of text besides their photos, the most a vCard file may.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value on line {line} of {file} is longer than {value} MB, the most one value other than a photo may be.</source>
        <translation>The value on line {line} of {file} is longer than {value} MB, the most one value other than a photo may be.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is larger than {value} MB, the most a calendar file may be.</source>
        <translation>{file} is larger than {value} MB, the most a calendar file may be.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds more than {value} events, the most a calendar file may hold.</source>
        <translation>{file} holds more than {value} events, the most a calendar file may hold.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is damaged or is not an Excel workbook (XLSX), and cannot be read. Open it in Excel or LibreOffice and save it again as XLSX, or save it as CSV.</source>
        <translation>{file} is damaged or is not an Excel workbook (XLSX), and cannot be read. Open it in Excel or LibreOffice and save it again as XLSX, or save it as CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is damaged and cannot be read from row {row} on. Open it in Excel or LibreOffice and save it again as XLSX, or save it as CSV.</source>
        <translation>{file} is damaged and cannot be read from row {row} on. Open it in Excel or LibreOffice and save it again as XLSX, or save it as CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} starts with the mark of UTF-8 text, but line {line} is not UTF-8: the file mixes two encodings. Save it again as “CSV UTF-8”.</source>
        <translation>{file} starts with the mark of UTF-8 text, but line {line} is not UTF-8: the file mixes two encodings. Save it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is UTF-16 text that ends in the middle of a letter: it is cut short or damaged. Save it again from the program that made it.</source>
        <translation>{file} is UTF-16 text that ends in the middle of a letter: it is cut short or damaged. Save it again from the program that made it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV text of {file} is malformed on line {line}. Open it in a spreadsheet program and save it again as CSV.</source>
        <translation>The CSV text of {file} is malformed on line {line}. Open it in a spreadsheet program and save it again as CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is empty: there is nothing to import in it.</source>
        <translation>{file} is empty: there is nothing to import in it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a folder, not a file. Choose the file itself.</source>
        <translation>{file} is a folder, not a file. Choose the file itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be opened: it was moved or deleted, or you may not read it. Check that the file is there and that you have the right to read it.</source>
        <translation>{file} cannot be opened: it was moved or deleted, or you may not read it. Check that the file is there and that you have the right to read it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} cannot be imported: choose a file of one of these kinds: {formats}.</source>
        <translation>{file} cannot be imported: choose a file of one of these kinds: {formats}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is an old Excel 97–2003 workbook (XLS). Open it in Excel or LibreOffice, save it as XLSX or CSV and try again.</source>
        <translation>{file} is an old Excel 97–2003 workbook (XLS). Open it in Excel or LibreOffice, save it as XLSX or CSV and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No row naming the columns was found in {file}; the first row should name them. If the letters of the file look wrong, its encoding is not known: save it again as “CSV UTF-8”.</source>
        <translation>No row naming the columns was found in {file}; the first row should name them. If the letters of the file look wrong, its encoding is not known: save it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns the import needs are missing in {file}: {missing}.</source>
        <translation>Columns the import needs are missing in {file}: {missing}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook {file} has no sheets.</source>
        <translation>The workbook {file} has no sheets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has a row naming the columns, but no contacts under it.</source>
        <translation>{file} has a row naming the columns, but no contacts under it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column of names, e-mail addresses or phone numbers was found in {file}. Name a column ФИО or Аты-жөнү, or choose the columns by hand.</source>
        <translation>No column of names, e-mail addresses or phone numbers was found in {file}. Name a column ФИО or Аты-жөнү, or choose the columns by hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} ends inside the contact that starts on line {line}: it is probably cut short. Export the contacts again.</source>
        <translation>{file} ends inside the contact that starts on line {line}: it is probably cut short. Export the contacts again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} holds no vCard contacts.</source>
        <translation>{file} holds no vCard contacts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/transfers.py" line="+58"/>
        <source>Problems in the file</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that can be imported: {valid}. Rows with problems: {rejected}.
Nothing has been imported yet. Correct the file and import it again, or import only the valid rows.</source>
        <translation>Rows that can be imported: {valid}. Rows with problems: {rejected}.
Nothing has been imported yet. Correct the file and import it again, or import only the valid rows.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row {line}</source>
        <translation>Row {line}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import valid rows only</source>
        <translation>Import valid rows only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/jobs.py" line="+79"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pressdesk/gui/main_window.py" line="+103"/>
        <source>&amp;Open another database…</source>
        <extracomment>The user&apos;s own database URL while the demo is open in its place, else None.</extracomment>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation profile…</source>
        <translation>&amp;Organisation profile…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Staff…</source>
        <translation>&amp;Staff…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About PressDesk</source>
        <translation>&amp;About PressDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;data folder</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Welcome and first steps</source>
        <translation>&amp;Welcome and first steps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the de&amp;mo</source>
        <translation>Open the de&amp;mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave the demo</source>
        <translation>&amp;Leave the demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find in this section</source>
        <translation>&amp;Find in this section</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recen&amp;t databases</source>
        <translation>Recen&amp;t databases</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ctions</source>
        <translation>Se&amp;ctions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This page has no search field.</source>
        <translation>This page has no search field.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is added on this page.</source>
        <translation>Nothing is added on this page.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/window_database.py" line="+134"/>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is already open:
{path}</source>
        <translation>This database is already open:
{path}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
</context>
<context>
    <name>MessageTerms</name>
    <message>
        <location filename="../../pressdesk/message_texts.py" line="+457"/>
        <source>server address</source>
        <extracomment>Names of fields and codes filled into the sentences above, listed for the translators.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audience note</source>
        <translation>audience note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messenger</source>
        <translation>messenger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messenger handle</source>
        <translation>messenger handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet kind</source>
        <translation>outlet kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet name</source>
        <translation>outlet name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ownership</source>
        <translation>ownership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>periodicity</source>
        <translation>periodicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person kind</source>
        <translation>person kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale</source>
        <translation>scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social links</source>
        <translation>social links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>circulation</source>
        <translation>circulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list name</source>
        <translation>list name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign name</source>
        <translation>campaign name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner type</source>
        <translation>owner type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery codes</source>
        <translation>recovery codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task text</source>
        <translation>task text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sign-in sheet</source>
        <translation>a sign-in sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an event</source>
        <translation>an event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an advisory</source>
        <translation>an advisory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipients</source>
        <translation>recipients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file without extension</source>
        <translation>a file without extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan</source>
        <translation>the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target audience</source>
        <translation>target audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>sent for approval</source>
        <translation>sent for approval</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+34"/>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none, it is final</source>
        <translation>none, it is final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yearly</source>
        <translation>yearly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list kind</source>
        <translation>list kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>material kind</source>
        <translation>material kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tone</source>
        <translation>tone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mentions</source>
        <translation>mentions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nickname</source>
        <translation>nickname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report</source>
        <translation>the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone definition</source>
        <translation>time zone definition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder (VALARM)</source>
        <translation>reminder (VALARM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task (VTODO)</source>
        <translation>task (VTODO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal entry (VJOURNAL)</source>
        <translation>journal entry (VJOURNAL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tasks (VTODO)</source>
        <translation>tasks (VTODO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal entries (VJOURNAL)</source>
        <translation>journal entries (VJOURNAL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free/busy times (VFREEBUSY)</source>
        <translation>free/busy times (VFREEBUSY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a press release</source>
        <translation>a press release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an approval sheet</source>
        <translation>an approval sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press release kind</source>
        <translation>press release kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press release status</source>
        <translation>press release status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>distributed</source>
        <translation>distributed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry kind</source>
        <translation>inquiry kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry channel</source>
        <translation>inquiry channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry status</source>
        <translation>inquiry status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry outcome</source>
        <translation>inquiry outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming number</source>
        <translation>incoming number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>sender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender&apos;s address</source>
        <translation>sender&apos;s address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet</source>
        <translation>outlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the unit</source>
        <translation>with the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a request note</source>
        <translation>a request note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the anti-crisis plan</source>
        <translation>the anti-crisis plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a local document</source>
        <translation>a local document</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location line="-543"/>
        <source>The {field} cannot be empty.</source>
        <extracomment>Every sentence a service can raise, by code; ``{name}`` placeholders take the error&apos;s values.</extracomment>
        <translation>The {field} cannot be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>The {field} is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {field} cannot be negative.</source>
        <translation>The {field} cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown {field} &apos;{value}&apos;; use {allowed}.</source>
        <translation>Unknown {field} &apos;{value}&apos;; use {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this record after you opened it, so your changes were not saved over theirs. Close the editor, open the record again to see what changed, and make your changes once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is no longer in the database; it may have been deleted.</source>
        <translation>The record is no longer in the database; it may have been deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large</source>
        <translation>is too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the future</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the check-out date</source>
        <translation>is before the check-out date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say who takes the item</source>
        <translation>say who takes the item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is written off and cannot be handed out</source>
        <translation>is written off and cannot be handed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not checked out</source>
        <translation>is not checked out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say whose personal account this is</source>
        <translation>say whose personal account this is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a web address (https://…)</source>
        <translation>is not a web address (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say where the set is kept: a folder, a drive or a link</source>
        <translation>say where the set is kept: a folder, a drive or a link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is out of range</source>
        <translation>is out of range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such staff member</source>
        <translation>no such staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a category is listed twice</source>
        <translation>a category is listed twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a number</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long for the system password store</source>
        <translation>is too long for the system password store</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is longer than {limit} characters</source>
        <translation>is longer than {limit} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown {what} &apos;{value}&apos;</source>
        <translation>unknown {what} &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already with {name} since {date}</source>
        <translation>is already with {name} since {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already used by «{name}»</source>
        <translation>is already used by «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains the {secret}; remove it from this field</source>
        <translation>contains the {secret}; remove it from this field</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {limit}</source>
        <translation>must be between 1 and {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{column}» {problem}</source>
        <translation>«{column}» {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record cannot be merged with itself.</source>
        <translation>A record cannot be merged with itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list named “{name}” already exists.</source>
        <translation>A list named “{name}” already exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An outlet named “{name}” is already in the base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved-filter list needs a filter.</source>
        <translation>A saved-filter list needs a filter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A log entry needs a person or an outlet.</source>
        <translation>A log entry needs a person or an outlet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A topic needs a name in Kyrgyz or in Russian.</source>
        <translation>A topic needs a name in Kyrgyz or in Russian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topic name “{name}” is already used by another topic.</source>
        <translation>The topic name “{name}” is already used by another topic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A topic cannot be merged into itself.</source>
        <translation>A topic cannot be merged into itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved filter cannot be read; save it again.</source>
        <translation>The saved filter cannot be read; save it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” is a protocol event, closed to the media; it has no accreditation. Clear the protocol mark first if journalists are admitted.</source>
        <translation>“{title}” is a protocol event, closed to the media; it has no accreditation. Clear the protocol mark first if journalists are admitted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” is a protocol event, closed to the media; no advisory is sent. Clear the protocol mark first if journalists are admitted.</source>
        <translation>“{title}” is a protocol event, closed to the media; no advisory is sent. Clear the protocol mark first if journalists are admitted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown event type &apos;{kind}&apos;; use one of {allowed}.</source>
        <translation>Unknown event type &apos;{kind}&apos;; use one of {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event needs a title.</source>
        <translation>The event needs a title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event ends ({end}) before it starts ({start}); check the end date and time.</source>
        <translation>The event ends ({end}) before it starts ({start}); check the end date and time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event lasts more than {days} days ({start} – {end}); check the dates.</source>
        <translation>The event lasts more than {days} days ({start} – {end}); check the dates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No content-plan item with id {ids}; it may have been deleted.</source>
        <translation>No content-plan item with id {ids}; it may have been deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template needs a name in Kyrgyz or Russian.</source>
        <translation>The template needs a name in Kyrgyz or Russian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The follow-up window must be 0 to {limit} days after the event, not {days}.</source>
        <translation>The follow-up window must be 0 to {limit} days after the event, not {days}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: unknown phase &apos;{phase}&apos;; use {allowed}.</source>
        <translation>{line}: unknown phase &apos;{phase}&apos;; use {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: the line needs a text in Kyrgyz or Russian.</source>
        <translation>{line}: the line needs a text in Kyrgyz or Russian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: the text is longer than {limit} characters.</source>
        <translation>{line}: the text is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: a line before the event cannot be due {days} days after it starts; use 0 or a negative number of days, or move the line to “during” or “after”.</source>
        <translation>{line}: a line before the event cannot be due {days} days after it starts; use 0 or a negative number of days, or move the line to “during” or “after”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: more than {limit} days before the event.</source>
        <translation>{line}: more than {limit} days before the event.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: a line during the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</source>
        <translation>{line}: a line during the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: a line after the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</source>
        <translation>{line}: a line after the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: due {days} days after the event, beyond the template&apos;s follow-up window of {window} days; shorten the deadline or widen the window.</source>
        <translation>{line}: due {days} days after the event, beyond the template&apos;s follow-up window of {window} days; shorten the deadline or widen the window.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {number}</source>
        <translation>line {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {number} (&apos;{text}&apos;)</source>
        <translation>line {number} (&apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown phase &apos;{phase}&apos;; use {allowed}.</source>
        <translation>Unknown phase &apos;{phase}&apos;; use {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The task needs a text in Kyrgyz or Russian.</source>
        <translation>The task needs a text in Kyrgyz or Russian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; is not an ISO week; write it as 2026-W48.</source>
        <translation>&apos;{text}&apos; is not an ISO week; write it as 2026-W48.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; is not an ISO week of that year.</source>
        <translation>&apos;{text}&apos; is not an ISO week of that year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown accreditation status &apos;{status}&apos;; use {allowed}.</source>
        <translation>Unknown accreditation status &apos;{status}&apos;; use {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An accreditation line needs the journalist&apos;s name.</source>
        <translation>An accreditation line needs the journalist&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name or the outlet is longer than {limit} characters.</source>
        <translation>The name or the outlet is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff member with id {id}.</source>
        <translation>No staff member with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {what} as &apos;{suffix}&apos;: use one of {allowed}.</source>
        <translation>Cannot write {what} as &apos;{suffix}&apos;: use one of {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export {what} as &apos;{suffix}&apos;: use one of {allowed}.</source>
        <translation>Cannot export {what} as &apos;{suffix}&apos;: use one of {allowed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A campaign named “{name}” already exists.</source>
        <translation>A campaign named “{name}” already exists.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign ends ({end}) before it starts ({start}).</source>
        <translation>The campaign ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan holds {count} items; a printed plan takes at most {limit}. Print a shorter period (a week or a ten-day period) or filter the items.</source>
        <translation>The plan holds {count} items; a printed plan takes at most {limit}. Print a shorter period (a week or a ten-day period) or filter the items.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The series “{title}” has no occurrence on {date}.</source>
        <translation>The series “{title}” has no occurrence on {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan item does not repeat.</source>
        <translation>This plan item does not repeat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan item was changed or deleted elsewhere after this step; the plan is left as it is.</source>
        <translation>A plan item was changed or deleted elsewhere after this step; the plan is left as it is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A channel with the code “{code}” already exists.</source>
        <translation>A channel with the code “{code}” already exists.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel “{name}” is used by {count} plan items; mark it inactive instead of deleting it.</source>
        <translation>The channel “{name}” is used by {count} plan items; mark it inactive instead of deleting it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The repeat rule ends (UNTIL {until}) before the item&apos;s first day ({start}); it would produce no dates.</source>
        <translation>The repeat rule ends (UNTIL {until}) before the item&apos;s first day ({start}); it would produce no dates.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>COUNT may be at most {limit}.</source>
        <translation>COUNT may be at most {limit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan item needs a title.</source>
        <translation>A plan item needs a title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded dates only make sense for a recurring item.</source>
        <translation>Excluded dates only make sense for a recurring item.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An edited occurrence of a series cannot repeat by itself.</source>
        <translation>An edited occurrence of a series cannot repeat by itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule part &apos;{part}&apos; has no value (write NAME=VALUE).</source>
        <translation>The repeat rule part &apos;{part}&apos; has no value (write NAME=VALUE).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule names {name} twice.</source>
        <translation>The repeat rule names {name} twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repeat rule uses {parts}, which the plan does not support; use {allowed}.</source>
        <translation>The repeat rule uses {parts}, which the plan does not support; use {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY).</source>
        <translation>The repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan repeats by whole days: FREQ must be one of {allowed}, not {freq}.</source>
        <translation>The plan repeats by whole days: FREQ must be one of {allowed}, not {freq}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A repeat rule may give COUNT or UNTIL, not both.</source>
        <translation>A repeat rule may give COUNT or UNTIL, not both.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must be a whole number of at least 1, not &apos;{value}&apos;.</source>
        <translation>{name} must be a whole number of at least 1, not &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UNTIL={value} is not a date; write it as UNTIL=20261231.</source>
        <translation>UNTIL={value} is not a date; write it as UNTIL=20261231.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule &apos;{rule}&apos; cannot be read.</source>
        <translation>The repeat rule &apos;{rule}&apos; cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule &apos;{rule}&apos; is not a single RRULE.</source>
        <translation>The repeat rule &apos;{rule}&apos; is not a single RRULE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BYSETPOS picks a position that a {freq} rule never has.</source>
        <translation>BYSETPOS picks a position that a {freq} rule never has.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; must be a comma-separated list of numbers.</source>
        <translation>&apos;{value}&apos; must be a comma-separated list of numbers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule produces no dates before its UNTIL day.</source>
        <translation>The repeat rule produces no dates before its UNTIL day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule produces no dates.</source>
        <translation>The repeat rule produces no dates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an excluded date (write 2026-11-21).</source>
        <translation>&apos;{value}&apos; is not an excluded date (write 2026-11-21).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../pressdesk/message_texts_data.py" line="+34"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A month has ten-day periods 1, 2 and 3, not {value}.</source>
        <translation>A month has ten-day periods 1, 2 and 3, not {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown period kind &apos;{kind}&apos;; use one of {allowed}.</source>
        <translation>Unknown period kind &apos;{kind}&apos;; use one of {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year {year} is outside the calendar (1–9999).</source>
        <translation>The year {year} is outside the calendar (1–9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no month {month}: months are numbered 1–12.</source>
        <translation>There is no month {month}: months are numbered 1–12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a date: that month has {days} days.</source>
        <translation>{value} is not a date: that month has {days} days.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day {day} does not exist in month {month} ({days} days).</source>
        <translation>Day {day} does not exist in month {month} ({days} days).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a date; write it as 2026-11-21 or 21.11.2026.</source>
        <translation>&apos;{value}&apos; is not a date; write it as 2026-11-21 or 21.11.2026.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}: the year {year} is outside the calendar (1–9999).</source>
        <translation>{value}: the year {year} is outside the calendar (1–9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}: the year {year} has ISO weeks 1–{weeks}.</source>
        <translation>{value}: the year {year} has ISO weeks 1–{weeks}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a period; write a week as 2026-W48, a ten-day period as 2026-11-2, a month as 2026-11, a quarter as 2026-Q4 or a year as 2026.</source>
        <translation>&apos;{value}&apos; is not a period; write a week as 2026-W48, a ten-day period as 2026-11-2, a month as 2026-11, a quarter as 2026-Q4 or a year as 2026.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The range {start} – {end} covers {days} days; choose at most {limit} days (about ten years).</source>
        <translation>The range {start} – {end} covers {days} days; choose at most {limit} days (about ten years).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown status &apos;{status}&apos;; use one of {allowed}.</source>
        <translation>Unknown status &apos;{status}&apos;; use one of {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item is already {status}.</source>
        <translation>The item is already {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item that is {current} cannot become {target}; allowed next steps: {steps}.</source>
        <translation>An item that is {current} cannot become {target}; allowed next steps: {steps}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say who approved the item: an approval must leave a name.</source>
        <translation>Say who approved the item: an approval must leave a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the item is returned: the comment tells what to change.</source>
        <translation>Say why the item is returned: the comment tells what to change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the holiday list {file}.</source>
        <translation>Cannot read the holiday list {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The holiday list {file} is damaged.</source>
        <translation>The holiday list {file} is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A channel kind is one of {allowed}.</source>
        <translation>A channel kind is one of {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown channel(s): {codes}.</source>
        <translation>Unknown channel(s): {codes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no campaign with id {id}.</source>
        <translation>There is no campaign with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A campaign needs a name.</source>
        <translation>A campaign needs a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several campaigns start with &apos;{name}&apos;: {names}. Give the full name.</source>
        <translation>Several campaigns start with &apos;{name}&apos;: {names}. Give the full name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no issued handover act with id {id}.</source>
        <translation>There is no issued handover act with id {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the act as {name}: use one of {allowed}.</source>
        <translation>Cannot save the act as {name}: use one of {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two files of the same format were given: {name}.</source>
        <translation>Two files of the same format were given: {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to attach to the act cannot be read: {file}.</source>
        <translation>The file to attach to the act cannot be read: {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attached export must be one of {allowed}.</source>
        <translation>The attached export must be one of {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored act content cannot be read.</source>
        <translation>The stored act content cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown act snapshot version {version}.</source>
        <translation>Unknown act snapshot version {version}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The full name of a staff member cannot be empty.</source>
        <translation>The full name of a staff member cannot be empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document language must be Kyrgyz (ky) or Russian (ru).</source>
        <translation>The document language must be Kyrgyz (ky) or Russian (ru).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation>The logo is larger than 2 MB; use a smaller image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>The logo must be a PNG, JPEG or SVG image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation e-mail address is not valid.</source>
        <translation>The organisation e-mail address is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot sort on &apos;{sort}&apos;; use one of {allowed}.</source>
        <translation>Cannot sort on &apos;{sort}&apos;; use one of {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page starts at 0 or later and holds 1 to {limit} rows.</source>
        <translation>A page starts at 0 or later and holds 1 to {limit} rows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list &apos;{name}&apos; is a saved filter; change the filter instead.</source>
        <translation>The list &apos;{name}&apos; is a saved filter; change the filter instead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topic &apos;{topic}&apos; is longer than {limit} characters.</source>
        <translation>The topic &apos;{topic}&apos; is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown {what}: {values}; use {allowed}.</source>
        <translation>Unknown {what}: {values}; use {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export to {name}: use one of {allowed}.</source>
        <translation>Cannot export to {name}: use one of {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export to {name}: use a {allowed} file.</source>
        <translation>Cannot export to {name}: use a {allowed} file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported document language &apos;{value}&apos;; use one of {allowed}.</source>
        <translation>Unsupported document language &apos;{value}&apos;; use one of {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one file for the act (.docx or .pdf).</source>
        <translation>Choose at least one file for the act (.docx or .pdf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name at least one party of the act (outgoing or incoming person).</source>
        <translation>Name at least one party of the act (outgoing or incoming person).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An act with number {number} has already been issued. The next free number is {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export either a period or a campaign.</source>
        <translation>Export either a period or a campaign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holiday needs a name.</source>
        <translation>A holiday needs a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The range ends before it starts.</source>
        <translation>The range ends before it starts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A channel code is 1–30 letters, digits or underscores.</source>
        <translation>A channel code is 1–30 letters, digits or underscores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A channel needs a name.</source>
        <translation>A channel needs a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The approval wait must be zero or more days.</source>
        <translation>The approval wait must be zero or more days.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BYMONTH takes month numbers 1–12.</source>
        <translation>BYMONTH takes month numbers 1–12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYMONTHDAY takes day numbers 1–31 or -31…-1 (from the month&apos;s end).</source>
        <translation>BYMONTHDAY takes day numbers 1–31 or -31…-1 (from the month&apos;s end).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule only allows 29 February but never reaches a leap year.</source>
        <translation>The repeat rule only allows 29 February but never reaches a leap year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule never lands in the months it names (BYMONTH with this INTERVAL).</source>
        <translation>The repeat rule never lands in the months it names (BYMONTH with this INTERVAL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The repeat rule names days that do not exist in its months (such as 30 February); it would produce no dates.</source>
        <translation>The repeat rule names days that do not exist in its months (such as 30 February); it would produce no dates.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period would leave the calendar (years 1–9999).</source>
        <translation>The period would leave the calendar (years 1–9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week would leave the calendar (years 1–9999).</source>
        <translation>The week would leave the calendar (years 1–9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be between 0 and 1440 minutes (one day).</source>
        <translation>The duration must be between 0 and 1440 minutes (one day).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new plan item starts as an idea or a draft.</source>
        <translation>A new plan item starts as an idea or a draft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{key}” is not a plan item (write 12, or 12@2026-11-23 for one occurrence).</source>
        <translation>“{key}” is not a plan item (write 12, or 12@2026-11-23 for one occurrence).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select at least one plan item.</source>
        <translation>Select at least one plan item.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the {count} selected items can take this step: their status does not allow it.</source>
        <translation>None of the {count} selected items can take this step: their status does not allow it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period holds no items in the status asked for.</source>
        <translation>The period holds no items in the status asked for.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/message_texts_desk.py" line="+67"/>
        <source>A crisis scenario needs a name in Kyrgyz or in Russian.</source>
        <translation>A crisis scenario needs a name in Kyrgyz or in Russian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name or title is longer than {limit} characters.</source>
        <translation>The name or title is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no crisis scenario with id {id}.</source>
        <translation>There is no crisis scenario with id {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no holding statement with id {id}.</source>
        <translation>There is no holding statement with id {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no instant-notice contact with id {id}.</source>
        <translation>There is no instant-notice contact with id {id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{role}” is not a role in the working group; use {allowed}.</source>
        <translation>“{role}” is not a role in the working group; use {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duty in the working group is longer than {limit} characters.</source>
        <translation>The duty in the working group is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact for instant notice needs a name.</source>
        <translation>A contact for instant notice needs a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: a contact for instant notice needs a phone number.</source>
        <translation>{name}: a contact for instant notice needs a phone number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the name, phone number, e-mail or role is too long.</source>
        <translation>{name}: the name, phone number, e-mail or role is too long.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holding statement needs its text in Kyrgyz or in Russian.</source>
        <translation>A holding statement needs its text in Kyrgyz or in Russian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{status}” is not a status of a statement; use {allowed}.</source>
        <translation>“{status}” is not a status of a statement; use {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holding statement that is {old} cannot become {new}.</source>
        <translation>A holding statement that is {old} cannot become {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what to change when returning a holding statement.</source>
        <translation>Say what to change when returning a holding statement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holding statement is approved with its text in both Kyrgyz and Russian, so that it is ready in either language.</source>
        <translation>A holding statement is approved with its text in both Kyrgyz and Russian, so that it is ready in either language.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The anti-crisis plan has no scenarios yet; add at least one.</source>
        <translation>The anti-crisis plan has no scenarios yet; add at least one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario “{name}” has no name in the language of the document.</source>
        <translation>Scenario “{name}” has no name in the language of the document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The crisis checklist template “{name}” is no longer in the settings.</source>
        <translation>The crisis checklist template “{name}” is no longer in the settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no document template named “{name}”; use {allowed}.</source>
        <translation>There is no document template named “{name}”; use {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the organisation&apos;s name in the profile first: the document is written in its name.</source>
        <translation>Fill in the organisation&apos;s name in the profile first: the document is written in its name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s {field} is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This installation of PressDesk cannot connect to a PostgreSQL server: its driver (psycopg) is missing. Install PressDesk with the server support and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {server} cannot be reached. Check the address, the login and the password, and that the server lets this computer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-137"/>
        <source>There is no inquiry with id {id}.</source>
        <translation>There is no inquiry with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the journalist&apos;s question: an inquiry without one cannot be kept.</source>
        <translation>Write the journalist&apos;s question: an inquiry without one cannot be kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A written request under the law on access to information needs its incoming number.</source>
        <translation>A written request under the law on access to information needs its incoming number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline {due} is before the day the inquiry was received ({received}).</source>
        <translation>The deadline {due} is before the day the inquiry was received ({received}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file “{path}”.</source>
        <translation>There is no file “{path}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no outlet with id {id}.</source>
        <translation>There is no outlet with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer needs its text or a file with it.</source>
        <translation>The answer needs its text or a file with it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refusal needs its legal ground.</source>
        <translation>A refusal needs its legal ground.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inquiry {id} has no question; write the question before recording an answer.</source>
        <translation>Inquiry {id} has no question; write the question before recording an answer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer cannot be dated before the inquiry was received ({received}).</source>
        <translation>The answer cannot be dated before the inquiry was received ({received}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An inquiry becomes answered when its answer is recorded (the text, the date and the outcome).</source>
        <translation>An inquiry becomes answered when its answer is recorded (the text, the date and the outcome).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An inquiry cannot go from “{old}” to “{new}”.</source>
        <translation>An inquiry cannot go from “{old}” to “{new}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the answer is returned: write a comment.</source>
        <translation>Say why the answer is returned: write a comment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a contact id, an e-mail address or a phone number.</source>
        <translation>“{value}” is not a contact id, an e-mail address or a phone number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{value}” belongs to more than one person in the contact base: {people}. Choose the person by id.</source>
        <translation>“{value}” belongs to more than one person in the contact base: {people}. Choose the person by id.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pasted message is {size} KB; at most {limit} KB can be read. Paste the journalist&apos;s message without attachments.</source>
        <translation>The pasted message is {size} KB; at most {limit} KB can be read. Paste the journalist&apos;s message without attachments.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pasted message is empty.</source>
        <translation>The pasted message is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the unit the request note is addressed to.</source>
        <translation>Name the unit the request note is addressed to.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/message_texts_data.py" line="-20"/>
        <source>A publication needs a title.</source>
        <translation>A publication needs a title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the outlet that published it.</source>
        <translation>Name the outlet that published it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{url}” is not a web address: a link starts with https:// or http://.</source>
        <translation>“{url}” is not a web address: a link starts with https:// or http://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This link is already recorded: record {id}, “{title}” ({outlet}, {date}).</source>
        <translation>This link is already recorded: record {id}, “{title}” ({outlet}, {date}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{outlet} already has a publication with nearly the same title: record {id}, “{title}” ({date}).</source>
        <translation>{outlet} already has a publication with nearly the same title: record {id}, “{title}” ({date}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no event with id {id}.</source>
        <translation>There is no event with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no plan item with id {id}.</source>
        <translation>There is no plan item with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no campaign named “{name}”.</source>
        <translation>There is no campaign named “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../pressdesk/message_texts_desk.py" line="+64"/>
        <source>There is no person with id {id} in the contact base.</source>
        <translation>There is no person with id {id} in the contact base.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feedback belongs to a publication or to a period; give one of them.</source>
        <translation>Feedback belongs to a publication or to a period; give one of them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A keyword needs at least two letters or digits.</source>
        <translation>A keyword needs at least two letters or digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyword “{keyword}” is already on the list.</source>
        <translation>The keyword “{keyword}” is already on the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {url} is already on the list.</source>
        <translation>The feed {url} is already on the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The feed {feed} did not answer within {seconds} seconds; try again later.</source>
        <translation>The feed {feed} did not answer within {seconds} seconds; try again later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {feed} cannot be reached; check its address and the network.</source>
        <translation>The feed {feed} cannot be reached; check its address and the network.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {feed} answered with HTTP error {status}.</source>
        <translation>The feed {feed} answered with HTTP error {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {feed} is larger than {limit} MB; it was not read.</source>
        <translation>The feed {feed} is larger than {limit} MB; it was not read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{feed} is a web page, not a feed; look on the site for its RSS or Atom link.</source>
        <translation>{feed} is a web page, not a feed; look on the site for its RSS or Atom link.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{feed} is a file of another kind ({type}), not an RSS or Atom feed.</source>
        <translation>{feed} is a file of another kind ({type}), not an RSS or Atom feed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{feed} is not an RSS or Atom feed: it cannot be read as XML.</source>
        <translation>{feed} is not an RSS or Atom feed: it cannot be read as XML.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot import {file}: use a .csv, .xlsx, .rss, .atom or .xml file.</source>
        <translation>Cannot import {file}: use a .csv, .xlsx, .rss, .atom or .xml file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} row(s) of {file} cannot be imported; nothing was imported.</source>
        <translation>{count} row(s) of {file} cannot be imported; nothing was imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This inbox item has already been accepted or dismissed.</source>
        <translation>This inbox item has already been accepted or dismissed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a half-year; write it as 2026-H1 or 2026-H2.</source>
        <translation>“{value}” is not a half-year; write it as 2026-H1 or 2026-H2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a period of the kind asked for: write a ten-day period as 2026-12-1, a month as 2026-12, a quarter as 2026-Q4, a half-year as 2026-H2, a year as 2026.</source>
        <translation>“{value}” is not a period of the kind asked for: write a ten-day period as 2026-12-1, a month as 2026-12, a quarter as 2026-Q4, a half-year as 2026-H2, a year as 2026.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record was changed or deleted elsewhere after this step, so the step cannot be undone; the records are left as they are.</source>
        <translation>The record was changed or deleted elsewhere after this step, so the step cannot be undone; the records are left as they are.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the phone number is empty</source>
        <translation>the phone number is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the phone number is too long</source>
        <translation>the phone number is too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a phone number</source>
        <translation>{value} is not a phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a valid phone number</source>
        <translation>{value} is not a valid phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address is empty</source>
        <translation>the e-mail address is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address is too long</source>
        <translation>the e-mail address is too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The automatic backup into {folder} could not be made.</source>
        <translation>The automatic backup into {folder} could not be made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy of the backup into the second folder {folder} could not be made.</source>
        <translation>The copy of the backup into the second folder {folder} could not be made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a valid e-mail address</source>
        <translation>{value} is not a valid e-mail address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {line}: {problem}</source>
        <translation>row {line}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line} ({name}): {problem}</source>
        <translation>row {line} ({name}): {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the birthday {value} has no year; it is kept in the notes</source>
        <translation>the birthday {value} has no year; it is kept in the notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the birthday {value} is not a date; it is kept in the notes</source>
        <translation>the birthday {value} is not a date; it is kept in the notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the birthday {value} is not a date</source>
        <translation>the birthday {value} is not a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date of the last check {value} is not a date</source>
        <translation>the date of the last check {value} is not a date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown language {value}; kept in the notes</source>
        <translation>unknown language {value}; kept in the notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no name in the file; named {name} after its {source}, check it</source>
        <translation>no name in the file; named {name} after its {source}, check it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the contact has no name, e-mail, phone or organisation</source>
        <translation>the contact has no name, e-mail, phone or organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is longer than {limit} characters ({length})</source>
        <translation>the name is longer than {limit} characters ({length})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the position is longer than {limit} characters</source>
        <translation>the position is longer than {limit} characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the outlet name is longer than {limit} characters</source>
        <translation>the outlet name is longer than {limit} characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind {value}</source>
        <translation>unknown kind {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the photo was not imported</source>
        <translation>the photo was not imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a topic is longer than {limit} characters</source>
        <translation>a topic is longer than {limit} characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the notes are longer than {limit} characters</source>
        <translation>the notes are longer than {limit} characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;do not contact&apos; should be yes or no, not {value}</source>
        <translation>&apos;do not contact&apos; should be yes or no, not {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line} is not a vCard property and was ignored: {text}</source>
        <translation>line {line} is not a vCard property and was ignored: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lines {first}–{last} stand outside any contact and were ignored</source>
        <translation>lines {first}–{last} stand outside any contact and were ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the contact has no BEGIN:VCARD line</source>
        <translation>the contact has no BEGIN:VCARD line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page {url} did not answer within {seconds} seconds; the link is kept, fill in the rest by hand.</source>
        <translation>The page {url} did not answer within {seconds} seconds; the link is kept, fill in the rest by hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page {url} cannot be reached (no network?); the link is kept, fill in the rest by hand.</source>
        <translation>The page {url} cannot be reached (no network?); the link is kept, fill in the rest by hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page {url} answered with HTTP error {status}; the link is kept, fill in the rest by hand.</source>
        <translation>The page {url} answered with HTTP error {status}; the link is kept, fill in the rest by hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{url} is a file ({type}), not a web page; the link is kept, fill in the rest by hand.</source>
        <translation>{url} is a file ({type}), not a web page; the link is kept, fill in the rest by hand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page {url} names no title or date; the link is kept, fill in the rest by hand.</source>
        <translation>The page {url} names no title or date; the link is kept, fill in the rest by hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event {title} (line {line})</source>
        <translation>Event {title} (line {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event UID {uid} (line {line})</source>
        <translation>Event UID {uid} (line {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event on line {line}</source>
        <translation>Event on line {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{event}: {problem}</source>
        <translation>{event}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{event}: {problem}.</source>
        <translation>{event}: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{event} was skipped: {problem}.</source>
        <translation>{event} was skipped: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{event} cannot be read{detail}; skipped.</source>
        <translation>{event} cannot be read{detail}; skipped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} is not an iCalendar line and was ignored.</source>
        <translation>Line {line} is not an iCalendar line and was ignored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line} is not an iCalendar line and was ignored</source>
        <translation>line {line} is not an iCalendar line and was ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} ends a {name} that was never begun; ignored.</source>
        <translation>Line {line} ends a {name} that was never begun; ignored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {what} that starts on line {line} has no END:{name} line; it was left out.</source>
        <translation>The {what} that starts on line {line} has no END:{name} line; it was left out.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file ends inside the {what} that starts on line {line} (no END:{name}): it is probably cut short; that part was left out.</source>
        <translation>The file ends inside the {what} that starts on line {line} (no END:{name}): it is probably cut short; that part was left out.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A time zone definition without TZID (line {line}) was ignored.</source>
        <translation>A time zone definition without TZID (line {line}) was ignored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time zone definition {tzid} (line {line}) cannot be read{detail}; it was ignored.</source>
        <translation>The time zone definition {tzid} (line {line}) cannot be read{detail}; it was ignored.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its reminder (VALARM, line {line}) cannot be read{detail}; it was ignored.</source>
        <translation>its reminder (VALARM, line {line}) cannot be read{detail}; it was ignored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds no calendar.</source>
        <translation>it holds no calendar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read: {problem}</source>
        <translation>{file} cannot be read: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not an iCalendar file: it has no BEGIN:VCALENDAR line.</source>
        <translation>{file} is not an iCalendar file: it has no BEGIN:VCALENDAR line.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has two starts (DTSTART); the first was used</source>
        <translation>it has two starts (DTSTART); the first was used</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start (DTSTART) cannot be read{detail}</source>
        <translation>its start (DTSTART) cannot be read{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no start (DTSTART)</source>
        <translation>it has no start (DTSTART)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its start (DTSTART) is in the year {year}; the plan takes dates of the years {first}–{last}</source>
        <translation>its start (DTSTART) is in the year {year}; the plan takes dates of the years {first}–{last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its time zone {zone} is neither defined in the file (VTIMEZONE) nor a known zone, so its time in Bishkek cannot be told</source>
        <translation>its time zone {zone} is neither defined in the file (VTIMEZONE) nor a known zone, so its time in Bishkek cannot be told</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its repeat rule (RRULE) cannot be read{detail}; ignored</source>
        <translation>its repeat rule (RRULE) cannot be read{detail}; ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its {name} cannot be read{detail}; ignored</source>
        <translation>its {name} cannot be read{detail}; ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date it changes (RECURRENCE-ID) cannot be read{detail}</source>
        <translation>the date it changes (RECURRENCE-ID) cannot be read{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date it changes (RECURRENCE-ID) is in the year {year}; the plan takes dates of the years {first}–{last}</source>
        <translation>the date it changes (RECURRENCE-ID) is in the year {year}; the plan takes dates of the years {first}–{last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the time zone {zone} of its RECURRENCE-ID is unknown</source>
        <translation>the time zone {zone} of its RECURRENCE-ID is unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it changes this and all later occurrences; only this one was changed</source>
        <translation>it changes this and all later occurrences; only this one was changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its LAST-MODIFIED is in the year {year}; ignored</source>
        <translation>its LAST-MODIFIED is in the year {year}; ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of its {name} dates are outside the years {first}–{last}; ignored</source>
        <translation>{count} of its {name} dates are outside the years {first}–{last}; ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its end (DTEND) cannot be read{detail}; ignored</source>
        <translation>its end (DTEND) cannot be read{detail}; ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its end names the unknown time zone {zone}; ignored</source>
        <translation>its end names the unknown time zone {zone}; ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start and end mix a date and a time; the end was ignored</source>
        <translation>its start and end mix a date and a time; the end was ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start and end mix a floating time and a time with a zone; the end was ignored</source>
        <translation>its start and end mix a floating time and a time with a zone; the end was ignored</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it ends before it starts; the end was ignored</source>
        <translation>it ends before it starts; the end was ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its length (DURATION) cannot be read{detail}; one day was assumed</source>
        <translation>its length (DURATION) cannot be read{detail}; one day was assumed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its length (DURATION) cannot be read{detail}; one hour was assumed</source>
        <translation>its length (DURATION) cannot be read{detail}; one hour was assumed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its length (DURATION) is negative; ignored</source>
        <translation>its length (DURATION) is negative; ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds no events (VEVENT); nothing was imported.</source>
        <translation>{file} holds no events (VEVENT); nothing was imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds no events (VEVENT), only {others}; the plan imports events.</source>
        <translation>{file} holds no events (VEVENT), only {others}; the plan imports events.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} {what}</source>
        <translation>{count} {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is cancelled, but {title} is {status} in the plan</source>
        <translation>it is cancelled, but {title} is {status} in the plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that item was deleted from the plan; skipped.</source>
        <translation>that item was deleted from the plan; skipped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is cancelled in its calendar; not imported.</source>
        <translation>it is cancelled in its calendar; not imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan has a newer version of {title}; kept the plan&apos;s.</source>
        <translation>the plan has a newer version of {title}; kept the plan&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan has a newer version of this occurrence; kept the plan&apos;s.</source>
        <translation>the plan has a newer version of this occurrence; kept the plan&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its UID names the date {value}, which no calendar has; skipped.</source>
        <translation>its UID names the date {value}, which no calendar has; skipped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that series was deleted from the plan; skipped.</source>
        <translation>that series was deleted from the plan; skipped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it cancels one date of a series that is not in the plan.</source>
        <translation>it cancels one date of a series that is not in the plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it changes one date of a series that is neither in the file nor in the plan; it was imported as an item of its own.</source>
        <translation>it changes one date of a series that is neither in the file nor in the plan; it was imported as an item of its own.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its repeat rule {rule} was ignored: {problem}</source>
        <translation>its repeat rule {rule} was ignored: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem}; it was ignored</source>
        <translation>{problem}; it was ignored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}; only its first date was imported</source>
        <translation>{problem}; only its first date was imported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the repeat rule {rule} cannot be read{detail}</source>
        <translation>the repeat rule {rule} cannot be read{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the repeat rule {rule} is not a single rule</source>
        <translation>the repeat rule {rule} is not a single rule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it repeats too often to be followed from its first date to today</source>
        <translation>it repeats too often to be followed from its first date to today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it repeats more often than once a day</source>
        <translation>it repeats more often than once a day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its repeat rule gives no dates; it was imported as one item</source>
        <translation>its repeat rule gives no dates; it was imported as one item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its extra date {date} falls on a date of the series; left out</source>
        <translation>its extra date {date} falls on a date of the series; left out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its time in Bishkek changes with summer time where it was planned: dates up to {date} were set one by one, later ones keep {time}</source>
        <translation>its time in Bishkek changes with summer time where it was planned: dates up to {date} were set one by one, later ones keep {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has {count} repeat rules</source>
        <translation>it has {count} repeat rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its repeat rule is one the plan cannot hold</source>
        <translation>its repeat rule is one the plan cannot hold</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it repeats on listed dates only</source>
        <translation>it repeats on listed dates only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one date</source>
        <translation>one date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} dates</source>
        <translation>{count} dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{why}, so its {dates} {first} … {last} were imported as separate items</source>
        <translation>{why}, so its {dates} {first} … {last} were imported as separate items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why}, so its {dates} {first} … {last} (the first ones only) were imported as separate items</source>
        <translation>{why}, so its {dates} {first} … {last} (the first ones only) were imported as separate items</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{column} is empty</source>
        <translation>{column} is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: unknown value {value}</source>
        <translation>{column}: unknown value {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value} is not a date (write it as 15.03.2024 or 2024-03-15)</source>
        <translation>{column}: {value} is not a date (write it as 15.03.2024 or 2024-03-15)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {value} is ambiguous: write thousands without a comma (1500 or 1500,00)</source>
        <translation>{column}: {value} is ambiguous: write thousands without a comma (1500 or 1500,00)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{column}: {value} is not an amount</source>
        <translation>{column}: {value} is not an amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value} is not a whole number</source>
        <translation>{column}: {value} is not a whole number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {value} is too large</source>
        <translation>{column}: {value} is too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inventory number «{number}» is already used in row {line}</source>
        <translation>inventory number «{number}» is already used in row {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inventory number «{number}» is already in the database («{name}»)</source>
        <translation>inventory number «{number}» is already in the database («{name}»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {value} is negative</source>
        <translation>{column}: {value} is negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value} cannot be read</source>
        <translation>{column}: {value} cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind «{value}»</source>
        <translation>unknown kind «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown platform «{value}»</source>
        <translation>unknown platform «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown tone «{value}»</source>
        <translation>unknown tone «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown language «{value}»</source>
        <translation>unknown language «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{value}» is not a date</source>
        <translation>«{value}» is not a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is required</source>
        <translation>the date is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{value}» is not a time</source>
        <translation>«{value}» is not a time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{value}» is not a number</source>
        <translation>«{value}» is not a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending by e-mail is not set up: enter the mail server&apos;s settings, or write the messages as .eml files into a folder.</source>
        <translation>Sending by e-mail is not set up: enter the mail server&apos;s settings, or write the messages as .eml files into a folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is stored for {user} on {server}; set up the mail again.</source>
        <translation>No password is stored for {user} on {server}; set up the mail again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {server} cannot be reached ({reason}).</source>
        <translation>The mail server {server} cannot be reached ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {server} did not answer within {seconds} seconds.</source>
        <translation>The mail server {server} did not answer within {seconds} seconds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection to the mail server {server} could not be made ({reason}).</source>
        <translation>A secure connection to the mail server {server} could not be made ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server refused the login of {user} ({reply}).</source>
        <translation>The mail server refused the login of {user} ({reply}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server refused the sender address {address} ({reply}).</source>
        <translation>The mail server refused the sender address {address} ({reply}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the mail server was lost ({reason}); {count} messages are still to send. Send again to go on: nobody gets a message twice.</source>
        <translation>The connection to the mail server was lost ({reason}); {count} messages are still to send. Send again to go on: nobody gets a message twice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment {path} is gone; nothing was sent.</source>
        <translation>The attachment {path} is gone; nothing was sent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message with its attachments takes {size} bytes and the mail server accepts at most {limit}; nothing was sent. Send smaller files or a link to them.</source>
        <translation>A message with its attachments takes {size} bytes and the mail server accepts at most {limit}; nothing was sent. Send smaller files or a link to them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mailing has no subject or no text in any language.</source>
        <translation>The mailing has no subject or no text in any language.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an e-mail address</source>
        <translation>not an e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no e-mail address</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked «do not contact»</source>
        <translation>marked «do not contact»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same address is already in the mailing</source>
        <translation>the same address is already in the mailing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail setting {field} is not valid.</source>
        <translation>The mail setting {field} is not valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no press release with id {id}.</source>
        <translation>There is no press release with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A press release needs a title in Kyrgyz or in Russian.</source>
        <translation>A press release needs a title in Kyrgyz or in Russian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{url}” is not a web address.</source>
        <translation>“{url}” is not a web address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attached file {path} is not found.</source>
        <translation>The attached file {path} is not found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote {number} needs a speaker.</source>
        <translation>Quote {number} needs a speaker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote {number} has no text.</source>
        <translation>Quote {number} has no text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../pressdesk/message_texts_desk.py" line="-44"/>
        <source>There is no staff member named “{name}”.</source>
        <translation>There is no staff member named “{name}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A press release that is {old} cannot become {new}.</source>
        <translation>A press release that is {old} cannot become {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what to change when returning a press release.</source>
        <translation>Say what to change when returning a press release.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The press release is numbered in {year}; its date must stay in that year.</source>
        <translation>The press release is numbered in {year}; its date must stay in that year.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press release No. {number} has been approved and cannot be deleted.</source>
        <translation>Press release No. {number} has been approved and cannot be deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press release No. {number} cannot be deleted: a later release of the year is already approved, and the numbers must stay without gaps.</source>
        <translation>Press release No. {number} cannot be deleted: a later release of the year is already approved, and the numbers must stay without gaps.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The press release has no approved version {number}.</source>
        <translation>The press release has no approved version {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The press release has no title in the document&apos;s language ({lang}).</source>
        <translation>The press release has no title in the document&apos;s language ({lang}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the recipients: a distribution list or all the media.</source>
        <translation>Choose the recipients: a distribution list or all the media.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no distribution list called “{name}”.</source>
        <translation>There is no distribution list called “{name}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press release No. {number} is not approved (its status: {status}). Sending it needs your confirmation, which is recorded in its history.</source>
        <translation>Press release No. {number} is not approved (its status: {status}). Sending it needs your confirmation, which is recorded in its history.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of the chosen people have already received press release No. {number}; they will not get it again. Sending it to the {new} new ones needs your confirmation.</source>
        <translation>{count} of the chosen people have already received press release No. {number}; they will not get it again. Sending it to the {new} new ones needs your confirmation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody new to send press release No. {number} to: {count} of the chosen people have already received it, and the others are skipped.</source>
        <translation>Nobody new to send press release No. {number} to: {count} of the chosen people have already received it, and the others are skipped.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A mailto: link is for a handful of addresses (at most {limit}), and there are {count}. Write the messages as .eml files instead.</source>
        <translation>A mailto: link is for a handful of addresses (at most {limit}), and there are {count}. Write the messages as .eml files instead.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/message_texts.py" line="-144"/>
        <source>The new date would leave the calendar (years 1–9999).</source>
        <translation>The new date would leave the calendar (years 1–9999).</translation>
    </message>
    <message>
        <location line="+147"/>
        <location filename="../../pressdesk/message_texts_data.py" line="-51"/>
        <location filename="../../pressdesk/message_texts_desk.py" line="-1"/>
        <source>There is no staff member with id {id}.</source>
        <translation>There is no staff member with id {id}.</translation>
    </message>
</context>
<context>
    <name>MissingTextsDialog</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/widgets/preflight.py" line="+128"/>
        <source>and %n more</source>
        <comment>records</comment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueLabel</name>
    <message>
        <location filename="../../pressdesk/gui/status_labels.py" line="+154"/>
        <source>Overdue inquiries: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media inquiries past the journalist&apos;s deadline or the legal term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/pages.py" line="+104"/>
        <source>This section is not built yet. It will hold:</source>
        <translation>This section is not built yet. It will hold:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Until then, the organisation profile and staff can be filled in under Settings; they are used by every section.</source>
        <translation>Until then, the organisation profile and staff can be filled in under Settings; they are used by every section.</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/preferences_page.py" line="+66"/>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new interface language is used after PressDesk is restarted.</source>
        <translation>A new interface language is used after PressDesk is restarted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Found automatically</source>
        <translation>Found automatically</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files need a font with the Kyrgyz letters ң, ө, ү. Leave the field empty to let PressDesk find one.</source>
        <translation>PDF files need a font with the Kyrgyz letters ң, ө, ү. Leave the field empty to let PressDesk find one.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: only the data folder&apos;s backups</source>
        <translation>None: only the data folder&apos;s backups</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At start, PressDesk copies the database when the last automatic copy is older than this, checks the copy and keeps the newest ones. A second folder on a USB stick or a network share keeps the base safe if this computer fails.</source>
        <translation>At start, PressDesk copies the database when the last automatic copy is older than this, checks the copy and keeps the newest ones. A second folder on a USB stick or a network share keeps the base safe if this computer fails.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The term set by law for answering a journalist&apos;s written request. It is counted from the day after the request arrived; a term in calendar days that ends on a day off moves to the next working day. Holidays come from the content plan&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF font file:</source>
        <translation>PDF font file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind to check a contact after:</source>
        <translation>Remind to check a contact after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind about an approval after:</source>
        <translation>Remind about an approval after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up automatically every:</source>
        <translation>Back up automatically every:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups to keep:</source>
        <translation>Automatic backups to keep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second backup folder:</source>
        <translation>Second backup folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer to a written request within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose a second folder for backups</source>
        <translation>Choose a second folder for backups</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a font for PDF files</source>
        <translation>Choose a font for PDF files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TrueType fonts (*.ttf *.otf *.ttc);;All files (*)</source>
        <translation>TrueType fonts (*.ttf *.otf *.ttc);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The font check is not available in this version.</source>
        <translation>The font check is not available in this version.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No suitable font was found: neither the chosen file nor a font in the system font folders has the Kyrgyz letters ң, ө and ү. Install DejaVu Sans or choose another TrueType font file.</source>
        <translation>No suitable font was found: neither the chosen file nor a font in the system font folders has the Kyrgyz letters ң, ө and ү. Install DejaVu Sans or choose another TrueType font file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file cannot be used (it lacks letters or is not a TrueType font); PDF files will use {family} instead:
{path}</source>
        <translation>This file cannot be used (it lacks letters or is not a TrueType font); PDF files will use {family} instead:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files will use {family}:
{path}</source>
        <translation>PDF files will use {family}:
{path}</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/preflight.py" line="-92"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content plan</source>
        <translation>Content plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact topics</source>
        <translation>Contact topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalists</source>
        <translation>Journalists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Organisers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key messages</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor method</source>
        <translation>Two-factor method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery codes kept at</source>
        <translation>Recovery codes kept at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive label</source>
        <translation>Drive label</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Kyrgyz</source>
        <translation>In Kyrgyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Russian</source>
        <translation>In Russian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texts missing in Kyrgyz</source>
        <translation>Texts missing in Kyrgyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts missing in Russian</source>
        <translation>Texts missing in Russian</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The document needs these texts in its language, but they exist only in the other language or hold both languages at once. Type them here, or write the document with the texts as entered.</source>
        <translation>The document needs these texts in its language, but they exist only in the other language or hold both languages at once. Type them here, or write the document with the texts as entered.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As entered</source>
        <translation>As entered</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Save and write</source>
        <translation>&amp;Save and write</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write as entered</source>
        <translation>&amp;Write as entered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/profile_page.py" line="+89"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of drafting documents:</source>
        <translation>Place of drafting documents:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head (full name):</source>
        <translation>Head (full name):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s title:</source>
        <translation>Head&apos;s title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press secretary (full name):</source>
        <translation>Press secretary (full name):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press secretary&apos;s title:</source>
        <translation>Press secretary&apos;s title:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In Kyrgyz</source>
        <translation>In Kyrgyz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In Russian</source>
        <translation>In Russian</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>Documents are made in:</source>
        <extracomment>Each field of the profile with the form&apos;s name for it, for naming a colleague&apos;s change.</extracomment>
        <translation>Documents are made in:</translation>
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
        <location line="-5"/>
        <location line="+9"/>
        <source>Logo or emblem:</source>
        <translation>Logo or emblem:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG, JPEG or SVG, up to 2 MB.</source>
        <translation>PNG, JPEG or SVG, up to 2 MB.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>The logo must be a PNG, JPEG or SVG image.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: {error}</source>
        <translation>The file cannot be read: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation>The logo is larger than 2 MB; use a smaller image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not an image PressDesk can show.</source>
        <translation>The file is not an image PressDesk can show.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo not used</source>
        <translation>Logo not used</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../pressdesk/gui/i18n.py" line="+52"/>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+2"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-8"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/editor.py" line="+88"/>
        <source>Save</source>
        <extracomment>What the last Save stored.</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The record has been deleted meanwhile.</source>
        <translation>The record has been deleted meanwhile.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Close without saving the changes?</source>
        <translation>Close without saving the changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+10"/>
        <location line="+73"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/record_page.py" line="+284"/>
        <source>Add…</source>
        <extracomment>The section&apos;s key: the page is ``page_&lt;SECTION&gt;``, the table ``&lt;SECTION&gt;Table``. The prefix of the search field and action bar: ``&lt;NAME&gt;Search``, ``&lt;NAME&gt;Actions``. The record in the actions&apos; names: ``add&lt;RECORD&gt;``, ``export&lt;RECORD&gt;s``. The column and order the list starts sorted by; None for a list that does not sort. The column that takes the room left. Whether records can be imported from a table. The formats of export, and those of them that are documents (in one language). What the search field searches. The empty state: its icon, title and sentence, and its buttons (text, method name). The title of the question before a delete. The export dialog&apos;s title, the Export button&apos;s tooltip, the dialog&apos;s tick box (only what the filter shows, a mark), and the import&apos;s title. The editor of a record: ``EDITOR(db, row, parent)``, with ``saved`` after a Save. The stored model of the records if their changes can be undone.</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+259"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/widgets/record_undo.py" line="+163"/>
        <source>The deletion can be undone (Ctrl+Z).</source>
        <translation>The deletion can be undone (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../pressdesk/gui/saving.py" line="+44"/>
        <source>The file
{path}
is open in another program (Word, Excel…) or write-protected, so it cannot be replaced.

Close it there and try again, or save under another name.</source>
        <translation>The file
{path}
is open in another program (Word, Excel…) or write-protected, so it cannot be replaced.

Close it there and try again, or save under another name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save under another name…</source>
        <translation>Save under another name…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../pressdesk/gui/sections.py" line="+87"/>
        <source>Contacts</source>
        <extracomment>The other sections whose changes this page shows too, so it is read afresh after them.</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The media base: outlets and journalists, distribution lists, contact log.</source>
        <translation>The media base: outlets and journalists, distribution lists, contact log.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlets and people kept as separate records: a journalist moves on, the outlet stays.</source>
        <translation>Outlets and people kept as separate records: a journalist moves on, the outlet stays.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlet details: platform, scale, language, ownership, first-wave and exclusive-partner marks.</source>
        <translation>Outlet details: platform, scale, language, ownership, first-wave and exclusive-partner marks.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distribution lists and a log of every contact with the media.</source>
        <translation>Distribution lists and a log of every contact with the media.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders about records that have not been checked for a long time.</source>
        <translation>Reminders about records that have not been checked for a long time.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content plan</source>
        <translation>Content plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The publication plan by week, ten days and month, with approvals.</source>
        <translation>The publication plan by week, ten days and month, with approvals.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items with topic, news hook, format, channel, language and the person responsible.</source>
        <translation>Items with topic, news hook, format, channel, language and the person responsible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week, ten-day and month views.</source>
        <translation>Week, ten-day and month views.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval status with dates: draft, sent for approval, approved, returned, published.</source>
        <translation>Approval status with dates: draft, sent for approval, approved, returned, published.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The weekly plan printed for the head&apos;s approval in Kyrgyz or Russian.</source>
        <translation>The weekly plan printed for the head&apos;s approval in Kyrgyz or Russian.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press conferences, briefings and other events with their checklists.</source>
        <translation>Press conferences, briefings and other events with their checklists.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press conferences, briefings, press tours, round tables, business trips and more.</source>
        <translation>Press conferences, briefings, press tours, round tables, business trips and more.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklists for before, during and after the event.</source>
        <translation>Checklists for before, during and after the event.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accreditation list of journalists, ready to print.</source>
        <translation>The accreditation list of journalists, ready to print.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The press service&apos;s equipment: what there is, where, and who holds it.</source>
        <translation>The press service&apos;s equipment: what there is, where, and who holds it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cameras, microphones, computers and other equipment with their condition.</source>
        <translation>Cameras, microphones, computers and other equipment with their condition.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who holds each item and where it is kept.</source>
        <translation>Who holds each item and where it is kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is missing from the recommended kit, to support a budget request.</source>
        <translation>What is missing from the recommended kit, to support a budget request.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The official website and social network accounts, and who has access.</source>
        <translation>The official website and social network accounts, and who has access.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Website, social networks, messengers, e-mail boxes and domains.</source>
        <translation>Website, social networks, messengers, e-mail boxes and domains.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether an account is official or personal, and who can sign in.</source>
        <translation>Whether an account is official or personal, and who can sign in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords and recovery codes kept only in the system&apos;s protected password store, never in the database.</source>
        <translation>Passwords and recovery codes kept only in the system&apos;s protected password store, never in the database.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo, video and audio sets by event and date, and where they are kept.</source>
        <translation>Photo, video and audio sets by event and date, and where they are kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo, video and audio sets linked to events.</source>
        <translation>Photo, video and audio sets linked to events.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where each set is stored: a computer folder, an external drive or a cloud.</source>
        <translation>Where each set is stored: a computer folder, an external drive or a cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by date, event and topic.</source>
        <translation>Search by date, event and topic.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handover act for when the press secretary changes.</source>
        <translation>The handover act for when the press secretary changes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The act lists equipment, archives, accounts, the media base, open plans and events.</source>
        <translation>The act lists equipment, archives, accounts, the media base, open plans and events.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parties: the outgoing and incoming press secretary and the commission, approved by the head.</source>
        <translation>Parties: the outgoing and incoming press secretary and the commission, approved by the head.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed in Kyrgyz or Russian in the official style.</source>
        <translation>Printed in Kyrgyz or Russian in the official style.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coverage &amp; reports</source>
        <translation>Coverage &amp; reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring of publications about the body and reports for the head.</source>
        <translation>Monitoring of publications about the body and reports for the head.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monitoring records: outlet, title, date, link and tone (positive, neutral, negative).</source>
        <translation>Monitoring records: outlet, title, date, link and tone (positive, neutral, negative).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports by ten days, month, quarter and year.</source>
        <translation>Reports by ten days, month, quarter and year.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How evenly state and independent media were served.</source>
        <translation>How evenly state and independent media were served.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press releases</source>
        <translation>Press releases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press releases in Kyrgyz and Russian, their approval by the head and their documents.</source>
        <translation>Press releases in Kyrgyz and Russian, their approval by the head and their documents.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press releases, information messages, media advisories, statements and fact sheets, written in both languages side by side.</source>
        <translation>Press releases, information messages, media advisories, statements and fact sheets, written in both languages side by side.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approval by the head with every step&apos;s time and person; an approved text is kept as a version.</source>
        <translation>Approval by the head with every step&apos;s time and person; an approved text is kept as a version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The release and its approval sheet printed in Kyrgyz or Russian.</source>
        <translation>The release and its approval sheet printed in Kyrgyz or Russian.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Media inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalists&apos; questions and written requests, their deadlines, answers and report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every inquiry with its channel, journalist, outlet, question and both deadlines: the journalist&apos;s and the legal term of a written request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is overdue or due soon comes first; the answer and its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request note to a unit and the report for a period, printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crisis kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The anti-crisis plan, holding statements agreed in advance and the crisis checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenarios with who decides and who speaks, and holding statements in Kyrgyz and Russian approved by the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The working group from staff and the contacts for instant notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The crisis checklist of the first hour and the first day, and one view of a crisis&apos;s statements, inquiries and publications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation profile, staff, preferences and the database.</source>
        <translation>The organisation profile, staff, preferences and the database.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../pressdesk/gui/server_actions.py" line="+38"/>
        <source>Connect to a ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this computer&apos;s &amp;database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Who works at this computer…</source>
        <extracomment>Put into the Settings menu by the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../../pressdesk/gui/server_dialog.py" line="+105"/>
        <location line="+34"/>
        <source>Connect to a server</source>
        <extracomment>Shows other people&apos;s changes on a shared server (made when one is first opened). The restore of a server backup under way or last run.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PressDesk works on the server now. This computer has no secure password store, so the password is not kept: at the next start PressDesk opens this computer&apos;s database, and the server is chosen here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Use this computer&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/server_dialog.py" line="-93"/>
        <source>A press centre of several people can keep one database on a PostgreSQL server and work on it together. Ask whoever looks after the server for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>for example 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database:</source>
        <translation type="unfinished">Database:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kept in the password store; type to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always (refuse an unencrypted connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (only on a trusted office network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to the server…</source>
        <extracomment>The server&apos;s version once a connection worked. The check runs off the window&apos;s thread: a server out of reach takes seconds to say so.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connected: PostgreSQL {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Changes made here are recorded in the name of the person chosen: approvals, status changes and edits. Each computer of a press centre chooses its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The press secretary of the profile ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who works here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who works at this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerRestore</name>
    <message>
        <location filename="../../pressdesk/gui/server_restore.py" line="-85"/>
        <source>Choose a server backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace everything in the shared database
{database}

with the backup
{backup}?

Everyone who works on this database will see the data of the backup. The data as it is now is backed up first to
{before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Restoring the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up the data as it is now, then restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared database was restored from
{backup}

The data as it was before is kept in
{before}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/settings/dialog.py" line="+36"/>
        <source>Settings</source>
        <extracomment>True once anything was saved, so the window knows to refresh its pages.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The profile was not saved</source>
        <translation>The profile was not saved</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please correct the following and save again:</source>
        <translation>Please correct the following and save again:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The preferences were not saved</source>
        <translation>The preferences were not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file could not be written: {error}</source>
        <translation>The settings file could not be written: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language will be used the next time PressDesk starts.</source>
        <translation>The new language will be used the next time PressDesk starts.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the settings without saving your changes?</source>
        <translation>Close the settings without saving your changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>SettingsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/section_page.py" line="+88"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Kyrgyz:</source>
        <translation>Name in Kyrgyz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Russian:</source>
        <translation>Name in Russian:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head:</source>
        <translation>Head:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press secretary:</source>
        <translation>Press secretary:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit profile…</source>
        <translation>Edit profile…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff members:</source>
        <translation>Staff members:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign documents:</source>
        <translation>Sign documents:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage staff…</source>
        <translation>Manage staff…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF font:</source>
        <translation>PDF font:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check contacts every:</source>
        <translation>Check contacts every:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups folder:</source>
        <translation>Backups folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another…</source>
        <translation>Open another…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not filled in</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{active} working now, {total} in all</source>
        <translation>{active} working now, {total} in all</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system&apos;s ({language})</source>
        <translation>the system&apos;s ({language})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>found automatically</source>
        <translation>found automatically</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/settings/staff_page.py" line="+60"/>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signs documents (approves plans and acts)</source>
        <translation>Signs documents (approves plans and acts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works here now</source>
        <translation>Works here now</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../pressdesk/gui/models/staff_model.py" line="+30"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
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
        <source>Signs documents</source>
        <translation>Signs documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/staff_page.py" line="+57"/>
        <source>Search by name…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those working now</source>
        <translation>Only those working now</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete staff member</source>
        <translation>Delete staff member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {name} from the staff list?

If the person has left, you can instead untick “Works here now” and keep the record.</source>
        <translation>Delete {name} from the staff list?

If the person has left, you can instead untick “Works here now” and keep the record.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../../pressdesk/gui/messages.py" line="+31"/>
        <source>This file is not a PressDesk database.</source>
        <translation>This file is not a PressDesk database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may be another kind of file, or a database of another program. Choose the right file or restore a backup.</source>
        <translation>It may be another kind of file, or a database of another program. Choose the right file or restore a backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PressDesk cannot write to this database.</source>
        <translation>PressDesk cannot write to this database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or its folder is read-only, for example on a CD, a flash drive with write protection or a network folder without write access. Copy the file to a folder you can write to, or ask for write access.</source>
        <translation>The file or its folder is read-only, for example on a CD, a flash drive with write protection or a network folder without write access. Copy the file to a folder you can write to, or ask for write access.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database is already open.</source>
        <translation>This database is already open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another PressDesk window, perhaps on another computer, is using it. Close PressDesk there first, or open another database.</source>
        <translation>Another PressDesk window, perhaps on another computer, is using it. Close PressDesk there first, or open another database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database is damaged.</source>
        <translation>This database is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the latest backup. The damaged file is kept, so nothing is deleted.</source>
        <translation>Restore the latest backup. The damaged file is kept, so nothing is deleted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database was made by a newer PressDesk.</source>
        <translation>This database was made by a newer PressDesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the newer version of PressDesk to open it, or open another database.</source>
        <translation>Install the newer version of PressDesk to open it, or open another database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be opened.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk or network folder is available and has free space, then try again.</source>
        <translation>Check that the disk or network folder is available and has free space, then try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database could not be brought up to this version.</source>
        <translation>The database could not be brought up to this version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was left exactly as it was, and a copy was taken before the attempt. Try again; if it fails again, restore that copy or open the database with the previous PressDesk, and send the log file to the administrator.</source>
        <translation>The database was left exactly as it was, and a copy was taken before the attempt. Try again; if it fails again, restore that copy or open the database with the previous PressDesk, and send the log file to the administrator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup or restore did not complete.</source>
        <translation>The backup or restore did not complete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the chosen file is a PressDesk backup and that the folder can be written to. The current database was not replaced.</source>
        <translation>Check that the chosen file is a PressDesk backup and that the folder can be written to. The current database was not replaced.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database cannot be used.</source>
        <translation>The database cannot be used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file and try again.</source>
        <translation>Check the file and try again.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has not been changed.</source>
        <translation>The file has not been changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy taken before: {path}</source>
        <translation>Copy taken before: {path}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The disk or a file could not be used. Check that the disk is available and has free space and that the file is not open in another program.</source>
        <translation>The disk or a file could not be used. Check that the disk is available and has free space and that the file is not open in another program.</translation>
    </message>
</context>
<context>
    <name>TechnicalDetails</name>
    <message>
        <location filename="../../pressdesk/gui/details.py" line="+43"/>
        <source>As reported by the system (for the administrator):</source>
        <translation>As reported by the system (for the administrator):</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/transfers.py" line="+29"/>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another file is being processed.</source>
        <translation>Another file is being processed.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file is saved (records: {count}):
{path}</source>
        <translation>The file is saved (records: {count}):
{path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Tables (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has no rows to import.</source>
        <translation>The file has no rows to import.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All rows of the file are valid. Rows to import: {count}.</source>
        <translation>All rows of the file are valid. Rows to import: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Records imported: {count}.</source>
        <translation>Records imported: {count}.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/undo.py" line="+162"/>
        <source>&amp;Undo: {what}</source>
        <extracomment>How many steps are kept; the oldest go first. Emitted after every push, undo, redo or clear. Emitted with the section key after a step was undone or redone, to refresh its page. Emitted with the section key after a change was recorded, undone or redone, for the pages that show that section&apos;s records too (the plan marks the items publications cover).</extracomment>
        <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo: {what}</source>
        <translation>&amp;Redo: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot redo</source>
        <translation>Cannot redo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{what}”: the database refused it; the records may have been changed in the meantime. The list of changes to undo and redo has been cleared.</source>
        <translation>“{what}”: the database refused it; the records may have been changed in the meantime. The list of changes to undo and redo has been cleared.</translation>
    </message>
</context>
</TS>
