<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pressdesk/gui/about.py" line="+35"/>
        <source>About PressDesk</source>
        <translation>PressDesk жөнүндө</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The desk of a government body&apos;s press secretary.</source>
        <translation>Мамлекеттик органдын пресс-катчысынын иш столу.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details</source>
        <translation>Маалыматты көчүрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open data folder</source>
        <translation>Маалыматтар папкасын ачуу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{backend} (secure)</source>
        <translation>{backend} (коопсуз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend}: not secure, so PressDesk will not save passwords on this computer</source>
        <translation>{backend}: коопсуз эмес, ошондуктан PressDesk бул компьютерде сыр сөздөрдү сактабайт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Версиясы:</translation>
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
        <translation>Маалыматтар папкасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Маалымат базасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>Журнал файлы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password store:</source>
        <translation>Сыр сөздөр сактагычы:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../pressdesk/gui/application.py" line="+82"/>
        <source>PressDesk was started with options it does not know:</source>
        <translation>PressDesk өзү билбеген параметрлер менен ачылды:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PressDesk cannot start</source>
        <translation>PressDesk ачылбай жатат</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Settings were reset</source>
        <translation>Жөндөөлөр баштапкы абалга келтирилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file could not be read, so PressDesk started with its default settings. The old file is kept as:
{path}</source>
        <translation>Жөндөөлөр файлын окуу мүмкүн болгон жок, ошондуктан PressDesk баштапкы жөндөөлөр менен ачылды. Эски файл төмөнкү ат менен сакталды:
{path}</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/ask_dialog.py" line="+104"/>
        <source>Cancel</source>
        <extracomment>A part of a dialog&apos;s column: a widget or a layout, alone or with its stretch.</extracomment>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>BackupLabel</name>
    <message>
        <location filename="../../pressdesk/gui/status_labels.py" line="+112"/>
        <source>Backing up…</source>
        <translation>Көчүрмө жазылууда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The automatic backup is being copied to {folder}.</source>
        <translation>Автоматтык резервдик көчүрмө {folder} папкасына жазылып жатат.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Automatic backup</source>
        <translation>Автоматтык резервдик көчүрмө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The automatic backup did not fully succeed:</source>
        <translation>Автоматтык резервдик көчүрмө толук аткарылган жок:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backup yet</source>
        <translation>Резервдик көчүрмө али жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last backup: {when}</source>
        <translation>Акыркы көчүрмө: {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last automatic backup is older than the interval set in Preferences.</source>
        <translation>Акыркы автоматтык көчүрмө Жөндөөлөрдө коюлган мөөнөттөн эскирээк.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups are kept in {folder}.</source>
        <translation>Автоматтык көчүрмөлөр бул папкада сакталат: {folder}.</translation>
    </message>
</context>
<context>
    <name>Bilingual</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/bilingual.py" line="+25"/>
        <source>KY</source>
        <translation>КЫР</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RU</source>
        <translation>ОРУС</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kyrgyz</source>
        <translation>кыргызча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>орусча</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the Russian text here as a starting point</source>
        <translation>Орусча текстти башталыш катары бул жерге көчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Kyrgyz text here as a starting point</source>
        <translation>Кыргызча текстти башталыш катары бул жерге көчүрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Kyrgyz text: documents in Kyrgyz will lack it</source>
        <translation>Кыргызча текст жок: кыргыз тилиндеги документтерде ал болбойт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Russian text: documents in Russian will lack it</source>
        <translation>Орусча текст жок: орус тилиндеги документтерде ал болбойт</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhile</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/conflict.py" line="+40"/>
        <source>Someone else saved this record while it was open here.</source>
        <translation>Бул жазуу бул жерде ачык турганда аны башка кызматкер сактап койду.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They changed: {fields}.</source>
        <translation>Өзгөртүлгөндөр: {fields}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show their version</source>
        <translation>Алардын вариантын көрсөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine over theirs</source>
        <translation>Менин вариантымды үстүнөн сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to editing</source>
        <translation>Оңдоого кайтуу</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../pressdesk/gui/crash.py" line="+66"/>
        <source>PressDesk hit an unexpected error, and the last action may not have finished. You can keep working; if it happens again, restart PressDesk.

The details were written to the log file:
{log_file}</source>
        <translation>PressDesk күтүлбөгөн катага кабылды, акыркы аракет аягына чыкпай калышы мүмкүн. Ишти уланта берсеңиз болот; ката кайталанса, PressDesk программасын кайра ачыңыз.

Толук маалымат журнал файлына жазылды:
{log_file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected error</source>
        <translation>Күтүлбөгөн ката</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open log folder</source>
        <translation>Журнал папкасын ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../pressdesk/gui/database_ops.py" line="+37"/>
        <source>PressDesk databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>PressDesk маалымат базалары (*.db *.sqlite *.sqlite3);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a database</source>
        <translation>Маалымат базасын ачуу</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No other databases yet</source>
        <translation>Башка маалымат базалары азырынча жок</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>PressDesk cannot open the database</source>
        <translation>PressDesk маалымат базасын ача албай жатат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another database…</source>
        <translation>Башка маалымат базасын ачуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Резервдик көчүрмөдөн калыбына келтирүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Quit</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The server cannot be reached</source>
        <translation>Серверге туташуу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PressDesk cannot open the shared database {server}. The network or the server may be down. Try again later, or work on this computer&apos;s own database; the server can be chosen again from the File menu.</source>
        <translation>PressDesk {server} жалпы маалымат базасын ача албай жатат. Байланыш же сервер иштебей жаткан болушу мүмкүн. Кийинчерээк кайра аракет кылыңыз же ушул компьютердин маалымат базасы менен иштеңиз; серверди «Файл» менюсунан кайра тандоого болот.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Кайра аракет кылуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this computer&apos;s database</source>
        <translation>Ушул компьютердин базасы менен иштөө</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file was not found</source>
        <translation>Файл табылган жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file
{path}</source>
        <translation>Мындай файл жок:
{path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is a backup</source>
        <translation>Бул файл — резервдик көчүрмө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file
{path}
is a backup copy of a PressDesk database. Working in it would change the backup itself.

Restore it into your database (the current file is kept beside it), or open it on its own?</source>
        <translation>Файл
{path}
PressDesk маалымат базасынын резервдик көчүрмөсү. Анда иштесеңиз, көчүрмөнүн өзү өзгөрүп калат.

Аны маалымат базаңызга калыбына келтиресизби (учурдагы файл жанында сакталат), же өзүнчө ачасызбы?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore into my database…</source>
        <translation>Маалымат базама калыбына келтирүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backup on its own</source>
        <translation>Көчүрмөнү өзүнчө ачуу</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The database was not opened</source>
        <translation>Маалымат базасы ачылган жок</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+33"/>
        <source>Server backups (*.dump);;All files (*)</source>
        <translation>Сервердин көчүрмөлөрү (*.dump);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up the database</source>
        <translation>Маалымат базасынын резервдик көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup failed</source>
        <translation>Резервдик көчүрмө түзүлгөн жок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup complete</source>
        <translation>Резервдик көчүрмө даяр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was backed up to:
{path}</source>
        <translation>Маалымат базасынын резервдик көчүрмөсү сакталды:
{path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a backup to restore</source>
        <translation>Калыбына келтирүү үчүн резервдик көчүрмөнү тандаңыз</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>This backup cannot be restored</source>
        <translation>Бул резервдик көчүрмөнү калыбына келтирүүгө болбойт</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+8"/>
        <source>Restore from backup</source>
        <translation>Резервдик көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the current database
{current}

with the backup
{backup}?

The current file is kept beside it as a copy, so it can be brought back.</source>
        <translation>Учурдагы маалымат базасы
{current}

бул резервдик көчүрмө менен алмаштырылсынбы?
{backup}

Учурдагы файлдын көчүрмөсү анын жанында сакталат, аны кайра кайтарууга болот.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+7"/>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+115"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="-80"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+35"/>
        <location line="+46"/>
        <source>Restore failed</source>
        <translation>Калыбына келтирүү ишке ашкан жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was restored from:
{backup}</source>
        <translation>Маалымат базасы бул көчүрмөдөн калыбына келтирилди:
{backup}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The previous database was kept as:
{kept}</source>
        <translation>Мурунку маалымат базасы мындай сакталды:
{kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="-13"/>
        <source>Restore complete</source>
        <translation>Калыбына келтирүү аяктады</translation>
    </message>
</context>
<context>
    <name>DatabaseLabel</name>
    <message>
        <location filename="../../pressdesk/gui/status_labels.py" line="-118"/>
        <source>Database: {path}</source>
        <translation>Маалымат базасы: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DEMO with invented data: {path}. Your own database is not touched; Help → Leave the demo returns to it.</source>
        <translation>Ойдон чыгарылган маалыматтар менен ДЕМО: {path}. Сиздин маалымат базаңыз өзгөрбөйт; Жардам → Демодон чыгуу ага кайтарат.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on a network drive: one person at a time</source>
        <translation>тармактык дискте: бир убакта бир гана адам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database lies on a network drive. PressDesk works on it safely, but only one person can have it open at a time, and every save waits for the network. For several people working together, use a database server (team mode).</source>
        <translation>Маалымат базасы тармактык дискте жайгашкан. PressDesk аны коопсуз колдонот, бирок аны бир убакта бир гана адам ача алат жана ар бир сактоо тармакты күтөт. Бир нече адам бирге иштеши үчүн маалымат базасынын серверин колдонуңуз (команда режими).</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../pressdesk/gui/dialogs.py" line="+120"/>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Жок</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/export.py" line="+49"/>
        <source>Excel table (XLSX)</source>
        <translation>Excel таблицасы (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as text (CSV)</source>
        <translation>Текст түрүндөгү таблица (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard for phones and mail (VCF)</source>
        <translation>Телефон жана почта үчүн vCard (VCF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation>Word документи (DOCX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF документи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar file (iCalendar, ICS)</source>
        <translation>Календарь файлы (iCalendar, ICS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel tables (*.xlsx)</source>
        <translation>Excel таблицалары (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV таблицалары (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard файлдары (*.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word документтери (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтери (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Календарь файлдары (*.ics)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install DejaVu Sans or choose a TrueType font under Settings → Preferences, or save as DOCX instead.</source>
        <translation>PDF үчүн ң, ө жана ү кыргыз тамгалары бар шрифт табылган жок. DejaVu Sans орнотуңуз же Жөндөөлөр → Параметрлер бөлүмүнөн TrueType шрифтин тандаңыз, же DOCX түрүндө сактаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be written. Check that the folder exists, that you may write there, that the disk has free space and that the file is not open in another program.</source>
        <translation>Файлды жазуу мүмкүн болгон жок. Папка бар экенин, ага жазууга укугуңуз бар экенин, дискте бош орун бар экенин жана файл башка программада ачык эмес экенин текшериңиз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file could not be read as a table. Use an Excel workbook (.xlsx) or a CSV file whose first row names the columns.</source>
        <translation>Файлды таблица катары окуу мүмкүн болгон жок. Биринчи сабында мамычалардын аттары жазылган Excel китебин (.xlsx) же CSV файлын колдонуңуз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be made.</source>
        <translation>Файлды түзүү мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the file…</source>
        <translation>Файл сакталууда…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Open the folder</source>
        <translation>Папканы ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document language:</source>
        <translation>Документтин тили:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark «For official use»</source>
        <translation>«Кызматтык пайдалануу үчүн» грифин коюу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints «Кызматтык пайдалануу үчүн» / «Для служебного пользования» on Word and PDF documents and Excel tables; CSV, vCard and calendar files carry no mark.</source>
        <translation>Word жана PDF документтерине, Excel таблицаларына «Кызматтык пайдалануу үчүн» / «Для служебного пользования» грифи басылат; CSV, vCard жана календарь файлдарында гриф болбойт.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save…</source>
        <translation>Сактоо…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The document is saved:
{path}</source>
        <translation>Документ сакталды:
{path}</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <location filename="../../pressdesk/gui/file_problems.py" line="+15"/>
        <source>{file} is larger than {value} MB, the most a contact table (CSV or XLSX) may be.</source>
        <translation>{file} файлы {value} МБдан чоң, ал эми байланыштар таблицасы (CSV же XLSX) мындан чоң болбошу керек.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} has more than {value} rows, the most a contact table may have.</source>
        <translation>{file} файлында {value} саптан ашык, ал эми байланыштар таблицасында мындан көп сап болбошу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is larger than {value} MB, the most an inventory or archive table may be.</source>
        <translation>{file} файлы {value} МБдан чоң, ал эми жабдуулардын же архивдин таблицасы мындан чоң болбошу керек.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} has more than {value} rows, the most an inventory or archive table may have.</source>
        <translation>{file} файлында {value} саптан ашык, ал эми жабдуулардын же архивдин таблицасында мындан көп сап болбошу керек.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {line} of {file} has a cell of more than {value} characters, the most a cell may hold.</source>
        <translation>{file} файлынын {line}-сабындагы уячада {value} белгиден ашык, ал эми бир уячада мындан көп белги болбошу керек.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} unpacks to more than {value} MB, the most an Excel workbook (XLSX) may unpack to.</source>
        <translation>{file} файлы ачылганда {value} МБдан ашат, ал эми Excel китеби (XLSX) ачылганда мындан ашпашы керек.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text of the workbook {file} unpacks to more than {value} MB, the most it may.</source>
        <translation>{file} китебиндеги текст ачылганда {value} МБдан ашат, ал эми мындан ашпашы керек.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cells of the workbook {file} hold more than {value} characters of text, the most a table may hold.</source>
        <translation>{file} китебинин уячаларында {value} белгиден ашык текст бар, ал эми таблицада мындан көп текст болбошу керек.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part of the workbook {file} other than its sheets unpacks to more than {value} MB, the most it may.</source>
        <translation>{file} китебинин барактарынан башка бөлүгү ачылганда {value} МБдан ашат, ал эми мындан ашпашы керек.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is larger than {value} MB, the most a vCard file may be.</source>
        <translation>{file} файлы {value} МБдан чоң, ал эми vCard файлы мындан чоң болбошу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds more than {value} contacts, the most a vCard file may hold.</source>
        <translation>{file} файлында {value} байланыштан ашык, ал эми vCard файлында мындан көп байланыш болбошу керек.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contacts in {file} hold more than {value} MB of text besides their photos, the most a vCard file may.</source>
        <translation>{file} файлындагы байланыштарда сүрөттөрдөн тышкары {value} МБдан ашык текст бар, ал эми vCard файлында мындан көп текст болбошу керек.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value on line {line} of {file} is longer than {value} MB, the most one value other than a photo may be.</source>
        <translation>{file} файлынын {line}-сабындагы маани {value} МБдан узун, ал эми сүрөттөн башка бир маани мындан узун болбошу керек.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is larger than {value} MB, the most a calendar file may be.</source>
        <translation>{file} файлы {value} МБдан чоң, ал эми календардык файл мындан чоң болбошу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds more than {value} events, the most a calendar file may hold.</source>
        <translation>{file} файлында {value} иш-чарадан ашык, ал эми календардык файлда мындан көп иш-чара болбошу керек.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is damaged or is not an Excel workbook (XLSX), and cannot be read. Open it in Excel or LibreOffice and save it again as XLSX, or save it as CSV.</source>
        <translation>{file} файлы бузулган же Excel китеби (XLSX) эмес, аны окуу мүмкүн эмес. Аны Excel же LibreOffice менен ачып, кайра XLSX же CSV катары сактаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is damaged and cannot be read from row {row} on. Open it in Excel or LibreOffice and save it again as XLSX, or save it as CSV.</source>
        <translation>{file} файлы бузулган, аны {row}-саптан баштап окуу мүмкүн эмес. Аны Excel же LibreOffice менен ачып, кайра XLSX же CSV катары сактаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} starts with the mark of UTF-8 text, but line {line} is not UTF-8: the file mixes two encodings. Save it again as “CSV UTF-8”.</source>
        <translation>{file} файлы UTF-8 текстинин белгиси менен башталат, бирок анын {line}-сабы UTF-8 эмес: файлда эки коддоо аралашкан. Аны кайра «CSV UTF-8» катары сактаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is UTF-16 text that ends in the middle of a letter: it is cut short or damaged. Save it again from the program that made it.</source>
        <translation>{file} файлындагы UTF-16 тексти тамганын ортосунда бүтөт: файл кесилген же бузулган. Аны түзгөн программадан кайра сактаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV text of {file} is malformed on line {line}. Open it in a spreadsheet program and save it again as CSV.</source>
        <translation>{file} файлынын CSV тексти {line}-сапта бузулган. Аны электрондук таблицалар программасында ачып, кайра CSV катары сактаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is empty: there is nothing to import in it.</source>
        <translation>{file} файлы бош: андан импорттой турган эч нерсе жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a folder, not a file. Choose the file itself.</source>
        <translation>{file} — файл эмес, папка. Файлдын өзүн тандаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be opened: it was moved or deleted, or you may not read it. Check that the file is there and that you have the right to read it.</source>
        <translation>{file} файлын ачуу мүмкүн эмес: ал жылдырылган же өчүрүлгөн, же аны окууга укугуңуз жок. Файл ордунда экенин жана аны окууга укугуңуз бар экенин текшериңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} cannot be imported: choose a file of one of these kinds: {formats}.</source>
        <translation>{file} файлын импорттоо мүмкүн эмес: төмөнкү түрлөрдүн биринин файлын тандаңыз: {formats}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is an old Excel 97–2003 workbook (XLS). Open it in Excel or LibreOffice, save it as XLSX or CSV and try again.</source>
        <translation>{file} — Excel 97–2003 программасынын эски китеби (XLS). Аны Excel же LibreOffice менен ачып, XLSX же CSV катары сактап, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No row naming the columns was found in {file}; the first row should name them. If the letters of the file look wrong, its encoding is not known: save it again as “CSV UTF-8”.</source>
        <translation>{file} файлынан мамычалардын аталыштары жазылган сап табылган жок; биринчи сапта мамычалардын аталыштары болушу керек. Эгер файлдагы тамгалар туура эмес көрүнсө, анын коддолушу белгисиз: аны кайра «CSV UTF-8» катары сактаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns the import needs are missing in {file}: {missing}.</source>
        <translation>{file} файлында импорт үчүн керектүү мамычалар жок: {missing}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook {file} has no sheets.</source>
        <translation>{file} китебинде бир да барак жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has a row naming the columns, but no contacts under it.</source>
        <translation>{file} файлында мамычалардын аталыштары жазылган сап бар, бирок анын астында бир да байланыш жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column of names, e-mail addresses or phone numbers was found in {file}. Name a column ФИО or Аты-жөнү, or choose the columns by hand.</source>
        <translation>{file} файлынан аты-жөнү, электрондук почта даректери же телефон номерлери жазылган мамыча табылган жок. Мамычалардын бирин ФИО же Аты-жөнү деп атаңыз, же мамычаларды кол менен тандаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} ends inside the contact that starts on line {line}: it is probably cut short. Export the contacts again.</source>
        <translation>{file} файлы {line}-саптан башталган байланыштын ортосунда бүтөт: ал, кыязы, толук эмес. Байланыштарды кайра экспорттоңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} holds no vCard contacts.</source>
        <translation>{file} файлында бир да vCard байланышы жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported.</source>
        <translation>Эч нерсе импорттолгон жок.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/transfers.py" line="+58"/>
        <source>Problems in the file</source>
        <translation>Файлдагы көйгөйлөр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that can be imported: {valid}. Rows with problems: {rejected}.
Nothing has been imported yet. Correct the file and import it again, or import only the valid rows.</source>
        <translation>Импорттоого боло турган саптар: {valid}. Көйгөйлүү саптар: {rejected}.
Азырынча эч нерсе импорттолгон жок. Файлды оңдоп, кайра импорттоңуз же туура саптарды гана импорттоңуз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row {line}</source>
        <translation>{line}-сап</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import valid rows only</source>
        <translation>Туура саптарды гана импорттоо</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/jobs.py" line="+79"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pressdesk/gui/main_window.py" line="+103"/>
        <source>&amp;Open another database…</source>
        <extracomment>The user&apos;s own database URL while the demo is open in its place, else None.</extracomment>
        <translation>Башка маалымат базасын &amp;ачуу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервдик көчүрмө…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>Көчүрмөдөн &amp;калыбына келтирүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation profile…</source>
        <translation>&amp;Уюмдун профили…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Staff…</source>
        <translation>&amp;Кызматкерлер…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметрлер…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About PressDesk</source>
        <translation>PressDesk &amp;жөнүндө</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;data folder</source>
        <translation>&amp;Маалыматтар папкасын ачуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Welcome and first steps</source>
        <translation>&amp;Кош келиңиз жана алгачкы кадамдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the de&amp;mo</source>
        <translation>&amp;Демону ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave the demo</source>
        <translation>Демодон &amp;чыгуу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find in this section</source>
        <translation>&amp;Бул бөлүмдөн издөө</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New record…</source>
        <translation>&amp;Жаңы жазуу…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recen&amp;t databases</source>
        <translation>Акыркы &amp;базалар</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ctions</source>
        <translation>&amp;Бөлүмдөр</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings</source>
        <translation>&amp;Жөндөөлөр</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Жар&amp;дам</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This page has no search field.</source>
        <translation>Бул баракта издөө талаасы жок.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is added on this page.</source>
        <translation>Бул баракка эч нерсе кошулбайт.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/window_database.py" line="+134"/>
        <source>Open a database</source>
        <translation>Маалымат базасын ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is already open:
{path}</source>
        <translation>Бул маалымат базасы ачык турат:
{path}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Welcome</source>
        <translation>Кош келиңиз</translation>
    </message>
</context>
<context>
    <name>MessageTerms</name>
    <message>
        <location filename="../../pressdesk/message_texts.py" line="+457"/>
        <source>server address</source>
        <extracomment>Names of fields and codes filled into the sentences above, listed for the translators.</extracomment>
        <translation>сервердин дареги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database name</source>
        <translation>маалымат базасынын аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>колдонуучунун аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encryption</source>
        <translation>шифрлөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audience note</source>
        <translation>Аудитория жөнүндө эскертүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messenger handle</source>
        <translation>Мессенджердеги аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet kind</source>
        <translation>ЖМКнын түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet name</source>
        <translation>ЖМКнын аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ownership</source>
        <translation>Таандыктыгы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>periodicity</source>
        <translation>Мезгилдүүлүгү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person kind</source>
        <translation>Адамдын түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale</source>
        <translation>Деңгээли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social links</source>
        <translation>Социалдык тармактар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>Булак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>circulation</source>
        <translation>Тираж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list name</source>
        <translation>Тизменин аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign name</source>
        <translation>Кампаниянын аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition</source>
        <translation>абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>сервис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner type</source>
        <translation>ээсинин түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>сырсөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery codes</source>
        <translation>калыбына келтирүү коддору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>Өтүүчү жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task text</source>
        <translation>Иштин тексти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sign-in sheet</source>
        <translation>катталуу барагын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an event</source>
        <translation>иш-чараны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an advisory</source>
        <translation>ЖМК үчүн анонсту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipients</source>
        <translation>алуучулардын тизмесин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file without extension</source>
        <translation>кеңейтүүсү жок файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan</source>
        <translation>планды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>Тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target audience</source>
        <translation>Максаттуу аудитория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idea</source>
        <translation>идея</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>draft</source>
        <translation>долбоор</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>sent for approval</source>
        <translation>макулдашууга жиберилген</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>approved</source>
        <translation>макулдашылган</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+34"/>
        <source>returned</source>
        <translation>кайтарылган</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>published</source>
        <translation>жарыяланган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>жокко чыгарылган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none, it is final</source>
        <translation>жок, бул акыркы абал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>күн сайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>жума сайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>ай сайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yearly</source>
        <translation>жыл сайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list kind</source>
        <translation>Тизменин түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>material kind</source>
        <translation>Материалдын түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tone</source>
        <translation>Тональдуулугу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>Кыскача мазмуну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mentions</source>
        <translation>Эскерүүлөрдүн саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>эл. почтасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>телефону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>уюмунун аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nickname</source>
        <translation>лакап аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report</source>
        <translation>отчетту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>иш-чара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone definition</source>
        <translation>убакыт алкагынын сүрөттөлүшү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder (VALARM)</source>
        <translation>эстеткич (VALARM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task (VTODO)</source>
        <translation>тапшырма (VTODO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal entry (VJOURNAL)</source>
        <translation>журнал жазуусу (VJOURNAL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tasks (VTODO)</source>
        <translation>тапшырмалар (VTODO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal entries (VJOURNAL)</source>
        <translation>журнал жазуулары (VJOURNAL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free/busy times (VFREEBUSY)</source>
        <translation>бош/бош эмес убакыттар (VFREEBUSY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a press release</source>
        <translation>пресс-релизди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an approval sheet</source>
        <translation>макулдашуу барагын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press release kind</source>
        <translation>пресс-релиздин түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press release status</source>
        <translation>пресс-релиздин абалы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>distributed</source>
        <translation>таратылган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>суроо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry kind</source>
        <translation>суроо-талаптын түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry channel</source>
        <translation>суроо-талап келген жол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry status</source>
        <translation>суроо-талаптын абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry outcome</source>
        <translation>суроо-талаптын жыйынтыгы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming number</source>
        <translation>кирүүчү номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>жөнөтүүчү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender&apos;s address</source>
        <translation>жөнөтүүчүнүн дареги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet</source>
        <translation>ЖМК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>жооп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>жаңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the unit</source>
        <translation>бөлүмдө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>жооп берилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a request note</source>
        <translation>кызматтык кат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the anti-crisis plan</source>
        <translation>кризиске каршы планды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a local document</source>
        <translation>ички документти</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location line="-543"/>
        <source>The {field} cannot be empty.</source>
        <extracomment>Every sentence a service can raise, by code; ``{name}`` placeholders take the error&apos;s values.</extracomment>
        <translation>«{field}» талаасы бош болбошу керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>«{field}» талаасы {limit} белгиден узун.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {field} cannot be negative.</source>
        <translation>«{field}» талаасы терс сан болбошу керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown {field} &apos;{value}&apos;; use {allowed}.</source>
        <translation>«{field}» талаасында «{value}» деген маани белгисиз; колдонулушу мүмкүн: {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this record after you opened it, so your changes were not saved over theirs. Close the editor, open the record again to see what changed, and make your changes once more.</source>
        <translation>Сиз ачкандан кийин бул жазууну башка колдонуучу өзгөрттү, ошондуктан сиздин өзгөртүүлөрүңүз анын өзгөртүүлөрүнүн үстүнөн жазылган жок. Редакторду жабыңыз, эмне өзгөргөнүн көрүү үчүн жазууну кайра ачыңыз жана өзгөртүүлөрүңүздү дагы бир жолу киргизиңиз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is no longer in the database; it may have been deleted.</source>
        <translation>Бул жазуу базада жок; ал өчүрүлгөн болушу мүмкүн.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required</source>
        <translation>толтурулушу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative</source>
        <translation>терс сан боло албайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large</source>
        <translation>өтө чоң</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the future</source>
        <translation>келечектеги күн боло албайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the check-out date</source>
        <translation>берилген күндөн мурда боло албайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say who takes the item</source>
        <translation>буюмду ким алаарын көрсөтүңүз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is written off and cannot be handed out</source>
        <translation>эсептен чыгарылган, аны берүүгө болбойт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not checked out</source>
        <translation>эч кимге берилген эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>бош</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say whose personal account this is</source>
        <translation>бул кимдин жеке аккаунту экенин көрсөтүңүз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a web address (https://…)</source>
        <translation>веб-дарек эмес (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say where the set is kept: a folder, a drive or a link</source>
        <translation>топтом кайда сакталарын көрсөтүңүз: папка, диск же шилтеме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is out of range</source>
        <translation>жол берилген чектен тышкары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such staff member</source>
        <translation>мындай кызматкер жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a category is listed twice</source>
        <translation>бир категория эки жолу көрсөтүлгөн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a number</source>
        <translation>сан эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long for the system password store</source>
        <translation>системанын сырсөз сактагычы үчүн өтө узун</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is longer than {limit} characters</source>
        <translation>{limit} белгиден узун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown {what} &apos;{value}&apos;</source>
        <translation>{what}: белгисиз маани &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already with {name} since {date}</source>
        <translation>{date} тартып {name} колунда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already used by «{name}»</source>
        <translation>«{name}» үчүн мурунтан колдонулат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains the {secret}; remove it from this field</source>
        <translation>{secret} камтылган; аны бул талаадан өчүрүңүз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {limit}</source>
        <translation>1 менен {limit} ортосунда болушу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{column}» {problem}</source>
        <translation>«{column}» {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record cannot be merged with itself.</source>
        <translation>Жазууну өзү менен бириктирүүгө болбойт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list named “{name}” already exists.</source>
        <translation>«{name}» деген тизме мурунтан бар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An outlet named “{name}” is already in the base.</source>
        <translation>«{name}» деген ЖМК базада мурунтан бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved-filter list needs a filter.</source>
        <translation>Сакталган чыпка түрүндөгү тизмеге чыпка керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A log entry needs a person or an outlet.</source>
        <translation>Журналдагы жазууга адам же ЖМК көрсөтүлүшү керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A topic needs a name in Kyrgyz or in Russian.</source>
        <translation>Теманын кыргызча же орусча аталышы болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topic name “{name}” is already used by another topic.</source>
        <translation>«{name}» деген аталыш башка темада колдонулуп жатат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A topic cannot be merged into itself.</source>
        <translation>Теманы өзү менен бириктирүүгө болбойт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved filter cannot be read; save it again.</source>
        <translation>Сакталган чыпканы окуу мүмкүн эмес; аны кайра сактаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” is a protocol event, closed to the media; it has no accreditation. Clear the protocol mark first if journalists are admitted.</source>
        <translation>«{title}» — протоколдук иш-чара, ЖМК үчүн жабык: анын аккредитациясы жок. Журналисттер киргизилсе, адегенде протоколдук белгини алып салыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” is a protocol event, closed to the media; no advisory is sent. Clear the protocol mark first if journalists are admitted.</source>
        <translation>«{title}» — протоколдук иш-чара, ЖМК үчүн жабык: пресс-анонс жөнөтүлбөйт. Журналисттер киргизилсе, адегенде протоколдук белгини алып салыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown event type &apos;{kind}&apos;; use one of {allowed}.</source>
        <translation>Иш-чаранын түрү белгисиз: &apos;{kind}&apos;; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event needs a title.</source>
        <translation>Иш-чаранын аталышы керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event ends ({end}) before it starts ({start}); check the end date and time.</source>
        <translation>Иш-чара ({end}) башталганга ({start}) чейин бүтөт; бүтүү күнүн жана убактысын текшериңиз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event lasts more than {days} days ({start} – {end}); check the dates.</source>
        <translation>Иш-чара {days} күндөн ашык созулат ({start} – {end}); күндөрдү текшериңиз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No content-plan item with id {ids}; it may have been deleted.</source>
        <translation>Мазмун планында {ids} номерлүү жазуу жок; ал өчүрүлгөн болушу мүмкүн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template needs a name in Kyrgyz or Russian.</source>
        <translation>Үлгүнүн аталышы кыргызча же орусча болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The follow-up window must be 0 to {limit} days after the event, not {days}.</source>
        <translation>Иш-чарадан кийинки мөөнөт 0дөн {limit} күнгө чейин болушу керек, {days} эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: unknown phase &apos;{phase}&apos;; use {allowed}.</source>
        <translation>{line}: этап белгисиз: &apos;{phase}&apos;; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: the line needs a text in Kyrgyz or Russian.</source>
        <translation>{line}: саптын тексти кыргызча же орусча болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: the text is longer than {limit} characters.</source>
        <translation>{line}: тексти {limit} белгиден узун.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: a line before the event cannot be due {days} days after it starts; use 0 or a negative number of days, or move the line to “during” or “after”.</source>
        <translation>{line}: иш-чарага чейинки саптын мөөнөтү иш-чара башталгандан {days} күн кийин боло албайт; 0 же терс сан жазыңыз, же сапты «учурунда» же «кийин» бөлүгүнө которуңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: more than {limit} days before the event.</source>
        <translation>{line}: иш-чарага {limit} күндөн ашык калганда.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: a line during the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</source>
        <translation>{line}: иш-чара учурундагы саптын мөөнөтү иш-чарага чейин боло албайт; 0 же оң сан жазыңыз, же сапты «чейин» бөлүгүнө которуңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: a line after the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</source>
        <translation>{line}: иш-чарадан кийинки саптын мөөнөтү иш-чарага чейин боло албайт; 0 же оң сан жазыңыз, же сапты «чейин» бөлүгүнө которуңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: due {days} days after the event, beyond the template&apos;s follow-up window of {window} days; shorten the deadline or widen the window.</source>
        <translation>{line}: мөөнөтү иш-чарадан {days} күн кийин, үлгүдөгү {window} күндүк мөөнөттөн ашат; мөөнөттү кыскартыңыз же үлгүнүн мөөнөтүн узартыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {number}</source>
        <translation>{number}-сап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {number} (&apos;{text}&apos;)</source>
        <translation>{number}-сап (&apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown phase &apos;{phase}&apos;; use {allowed}.</source>
        <translation>Этап белгисиз: &apos;{phase}&apos;; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The task needs a text in Kyrgyz or Russian.</source>
        <translation>Иштин тексти кыргызча же орусча болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; is not an ISO week; write it as 2026-W48.</source>
        <translation>&apos;{text}&apos; жума эмес; 2026-W48 түрүндө жазыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; is not an ISO week of that year.</source>
        <translation>&apos;{text}&apos; ал жылдын жумасы эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown accreditation status &apos;{status}&apos;; use {allowed}.</source>
        <translation>Аккредитациянын абалы белгисиз: &apos;{status}&apos;; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An accreditation line needs the journalist&apos;s name.</source>
        <translation>Аккредитация тизмесинде журналисттин аты-жөнү болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name or the outlet is longer than {limit} characters.</source>
        <translation>Аты-жөнү же ЖМКнын аталышы {limit} белгиден узун.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff member with id {id}.</source>
        <translation>{id} номерлүү кызматкер жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {what} as &apos;{suffix}&apos;: use one of {allowed}.</source>
        <translation>&apos;{suffix}&apos; түрүндө {what} жазууга болбойт: булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export {what} as &apos;{suffix}&apos;: use one of {allowed}.</source>
        <translation>&apos;{suffix}&apos; түрүндө {what} чыгарууга болбойт: булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A campaign named “{name}” already exists.</source>
        <translation>«{name}» деген кампания мурунтан бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign ends ({end}) before it starts ({start}).</source>
        <translation>Кампаниянын бүтүү күнү ({end}) башталыш күнүнөн ({start}) мурун.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan holds {count} items; a printed plan takes at most {limit}. Print a shorter period (a week or a ten-day period) or filter the items.</source>
        <translation>Планда {count} материал бар; басылган планга эң көп {limit} материал батат. Кыскараак мезгилди (апта же он күндүк) басыңыз же материалдарды чыпкалаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The series “{title}” has no occurrence on {date}.</source>
        <translation>«{title}» катары {date} күнү кайталанбайт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan item does not repeat.</source>
        <translation>Бул материал кайталанбайт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan item was changed or deleted elsewhere after this step; the plan is left as it is.</source>
        <translation>Бул кадамдан кийин пландын материалы башка жерде өзгөртүлгөн же өчүрүлгөн; план ошол бойдон калтырылды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A channel with the code “{code}” already exists.</source>
        <translation>«{code}» коду бар канал мурунтан бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel “{name}” is used by {count} plan items; mark it inactive instead of deleting it.</source>
        <translation>«{name}» каналы пландагы {count} материалда колдонулат; аны өчүрбөй, колдонулбайт деп белгилеңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The repeat rule ends (UNTIL {until}) before the item&apos;s first day ({start}); it would produce no dates.</source>
        <translation>Кайталоо {until} күнү, материалдын биринчи күнүнөн ({start}) мурун бүтөт; бир да күн чыкпайт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>COUNT may be at most {limit}.</source>
        <translation>Кайталоолордун саны эң көп {limit} болушу мүмкүн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan item needs a title.</source>
        <translation>Материалдын аталышы болушу керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded dates only make sense for a recurring item.</source>
        <translation>Алынып салынган күндөр кайталануучу материал үчүн гана мааниге ээ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An edited occurrence of a series cannot repeat by itself.</source>
        <translation>Катардагы өзгөртүлгөн бир күн өзүнчө кайталана албайт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule part &apos;{part}&apos; has no value (write NAME=VALUE).</source>
        <translation>Кайталоо эрежесинин &apos;{part}&apos; бөлүгүндө маани жок (NAME=VALUE түрүндө жазыңыз).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule names {name} twice.</source>
        <translation>Кайталоо эрежесинде {name} эки жолу берилген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repeat rule uses {parts}, which the plan does not support; use {allowed}.</source>
        <translation>Кайталоо эрежесинде {parts} колдонулат, план аны колдобойт; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY).</source>
        <translation>Кайталоо эрежесинде FREQ болушу керек (DAILY, WEEKLY, MONTHLY же YEARLY).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan repeats by whole days: FREQ must be one of {allowed}, not {freq}.</source>
        <translation>План бүтүн күндөр менен кайталанат: FREQ булардын бири болушу керек: {allowed}, {freq} эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A repeat rule may give COUNT or UNTIL, not both.</source>
        <translation>Кайталоо эрежеси COUNT же UNTIL берет, экөөн тең эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must be a whole number of at least 1, not &apos;{value}&apos;.</source>
        <translation>{name} 1ден кем эмес бүтүн сан болушу керек, &apos;{value}&apos; эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UNTIL={value} is not a date; write it as UNTIL=20261231.</source>
        <translation>UNTIL={value} күн эмес; UNTIL=20261231 түрүндө жазыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule &apos;{rule}&apos; cannot be read.</source>
        <translation>&apos;{rule}&apos; кайталоо эрежесин окуу мүмкүн эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule &apos;{rule}&apos; is not a single RRULE.</source>
        <translation>&apos;{rule}&apos; кайталоо эрежеси бир RRULE эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BYSETPOS picks a position that a {freq} rule never has.</source>
        <translation>BYSETPOS «{freq}» эрежесинде эч качан болбогон орунду тандайт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; must be a comma-separated list of numbers.</source>
        <translation>&apos;{value}&apos; үтүр менен бөлүнгөн сандар болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule produces no dates before its UNTIL day.</source>
        <translation>Кайталоо эрежеси UNTIL күнүнө чейин бир да күн бербейт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule produces no dates.</source>
        <translation>Кайталоо эрежеси бир да күн бербейт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an excluded date (write 2026-11-21).</source>
        <translation>&apos;{value}&apos; алынып салынган күн эмес (2026-11-21 түрүндө жазыңыз).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../pressdesk/message_texts_data.py" line="+34"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Мезгил ({end}) башталганга ({start}) чейин бүтөт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A month has ten-day periods 1, 2 and 3, not {value}.</source>
        <translation>Айда 1, 2 жана 3-он күндүк бар, {value} эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown period kind &apos;{kind}&apos;; use one of {allowed}.</source>
        <translation>Мезгилдин түрү белгисиз: &apos;{kind}&apos;; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year {year} is outside the calendar (1–9999).</source>
        <translation>{year}-жыл календардан тышкары (1–9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no month {month}: months are numbered 1–12.</source>
        <translation>{month}-ай жок: айлар 1ден 12ге чейин номерленет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a date: that month has {days} days.</source>
        <translation>{value} күн эмес: ал айда {days} күн бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day {day} does not exist in month {month} ({days} days).</source>
        <translation>{month}-айда {day}-күн жок ({days} күн).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a date; write it as 2026-11-21 or 21.11.2026.</source>
        <translation>&apos;{value}&apos; күн эмес; 2026-11-21 же 21.11.2026 түрүндө жазыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}: the year {year} is outside the calendar (1–9999).</source>
        <translation>{value}: {year}-жыл календардан тышкары (1–9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}: the year {year} has ISO weeks 1–{weeks}.</source>
        <translation>{value}: {year}-жылда 1ден {weeks}ге чейин жума бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a period; write a week as 2026-W48, a ten-day period as 2026-11-2, a month as 2026-11, a quarter as 2026-Q4 or a year as 2026.</source>
        <translation>&apos;{value}&apos; мезгил эмес; жуманы 2026-W48, он күндүктү 2026-11-2, айды 2026-11, чейректи 2026-Q4, жылды 2026 түрүндө жазыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The range {start} – {end} covers {days} days; choose at most {limit} days (about ten years).</source>
        <translation>{start} – {end} аралыгы {days} күндү камтыйт; эң көп {limit} күн тандаңыз (болжол менен он жыл).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown status &apos;{status}&apos;; use one of {allowed}.</source>
        <translation>Абал белгисиз: &apos;{status}&apos;; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item is already {status}.</source>
        <translation>Материал мурунтан эле «{status}» абалында.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item that is {current} cannot become {target}; allowed next steps: {steps}.</source>
        <translation>«{current}» абалындагы материал «{target}» абалына өтө албайт; кийинки мүмкүн болгон кадамдар: {steps}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say who approved the item: an approval must leave a name.</source>
        <translation>Ким макулдашканын көрсөтүңүз: макулдашуудан ат-жөнү калышы керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the item is returned: the comment tells what to change.</source>
        <translation>Эмне үчүн кайтарылганын жазыңыз: комментарий эмнени өзгөртүү керектигин айтат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the holiday list {file}.</source>
        <translation>{file} майрамдар тизмесин окуу мүмкүн эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The holiday list {file} is damaged.</source>
        <translation>{file} майрамдар тизмеси бузулган.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A channel kind is one of {allowed}.</source>
        <translation>Каналдын түрү булардын бири болот: {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown channel(s): {codes}.</source>
        <translation>Белгисиз канал(дар): {codes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no campaign with id {id}.</source>
        <translation>{id} номерлүү өнөктүк жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A campaign needs a name.</source>
        <translation>Өнөктүктүн аталышы болушу керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several campaigns start with &apos;{name}&apos;: {names}. Give the full name.</source>
        <translation>&apos;{name}&apos; менен бир нече өнөктүк башталат: {names}. Толук аталышын жазыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no issued handover act with id {id}.</source>
        <translation>{id} номерлүү түзүлгөн кабыл алуу-өткөрүп берүү актысы жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the act as {name}: use one of {allowed}.</source>
        <translation>Актыны {name} катары сактоого болбойт: булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two files of the same format were given: {name}.</source>
        <translation>Бир форматтагы эки файл берилген: {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to attach to the act cannot be read: {file}.</source>
        <translation>Актыга тиркелүүчү файлды окуу мүмкүн эмес: {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attached export must be one of {allowed}.</source>
        <translation>Тиркелген экспорт булардын бири болушу керек: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored act content cannot be read.</source>
        <translation>Сакталган актынын мазмунун окуу мүмкүн эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown act snapshot version {version}.</source>
        <translation>Актынын сакталган көчүрмөсүнүн версиясы белгисиз: {version}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The full name of a staff member cannot be empty.</source>
        <translation>Кызматкердин аты-жөнү бош болбошу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document language must be Kyrgyz (ky) or Russian (ru).</source>
        <translation>Документтин тили кыргыз (ky) же орус (ru) болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation>Логотип 2 МБдан чоң; кичирээк сүрөт колдонуңуз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Логотип PNG, JPEG же SVG форматындагы сүрөт болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation e-mail address is not valid.</source>
        <translation>Уюмдун электрондук почтасынын дареги туура эмес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot sort on &apos;{sort}&apos;; use one of {allowed}.</source>
        <translation>&apos;{sort}&apos; боюнча иреттөөгө болбойт; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page starts at 0 or later and holds 1 to {limit} rows.</source>
        <translation>Барак 0дөн же андан кийин башталат жана 1ден {limit} сапка чейин камтыйт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list &apos;{name}&apos; is a saved filter; change the filter instead.</source>
        <translation>&apos;{name}&apos; тизмеси сакталган чыпка; анын ордуна чыпканы өзгөртүңүз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topic &apos;{topic}&apos; is longer than {limit} characters.</source>
        <translation>&apos;{topic}&apos; темасы {limit} белгиден узун.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown {what}: {values}; use {allowed}.</source>
        <translation>{what}: белгисиз маани {values}; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export to {name}: use one of {allowed}.</source>
        <translation>{name} файлына экспорттоого болбойт: булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export to {name}: use a {allowed} file.</source>
        <translation>{name} файлына экспорттоого болбойт: {allowed} файлын колдонуңуз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported document language &apos;{value}&apos;; use one of {allowed}.</source>
        <translation>Документтин тили колдоого алынбайт: &apos;{value}&apos;; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one file for the act (.docx or .pdf).</source>
        <translation>Актыга жок дегенде бир файл тандаңыз (.docx же .pdf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name at least one party of the act (outgoing or incoming person).</source>
        <translation>Актынын жок дегенде бир тарабын көрсөтүңүз (өткөрүп берүүчү же кабыл алуучу).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An act with number {number} has already been issued. The next free number is {next}.</source>
        <translation>№ {number} акт мурда эле түзүлгөн. Кийинки бош номер: {next}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export either a period or a campaign.</source>
        <translation>Же мезгилди, же кампанияны экспорттоңуз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holiday needs a name.</source>
        <translation>Майрамдын аталышы болушу керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The range ends before it starts.</source>
        <translation>Аралык башталышынан мурун бүтөт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A channel code is 1–30 letters, digits or underscores.</source>
        <translation>Каналдын коду 1–30 тамгадан, сандан же астыңкы сызыктан турат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A channel needs a name.</source>
        <translation>Каналдын аталышы болушу керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The approval wait must be zero or more days.</source>
        <translation>Бекитүүнү күтүү мөөнөтү нөл же андан көп күн болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BYMONTH takes month numbers 1–12.</source>
        <translation>BYMONTH айлардын 1–12 номерлерин алат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYMONTHDAY takes day numbers 1–31 or -31…-1 (from the month&apos;s end).</source>
        <translation>BYMONTHDAY күндөрдүн 1–31 же -31…-1 (айдын аягынан) номерлерин алат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule only allows 29 February but never reaches a leap year.</source>
        <translation>Кайталоо эрежеси 29-февралды гана алат, бирок эч качан кибис жылга туш келбейт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule never lands in the months it names (BYMONTH with this INTERVAL).</source>
        <translation>Кайталоо эреже өзү атаган айларга эч качан туш келбейт (BYMONTH ушул INTERVAL менен).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The repeat rule names days that do not exist in its months (such as 30 February); it would produce no dates.</source>
        <translation>Кайталоо эрежеси айларында жок күндөрдү атайт (мисалы, 30-февраль); бир да күн чыкпайт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period would leave the calendar (years 1–9999).</source>
        <translation>Мезгил календардан (1–9999-жылдар) чыгып кетет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week would leave the calendar (years 1–9999).</source>
        <translation>Апта календардан (1–9999-жылдар) чыгып кетет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be between 0 and 1440 minutes (one day).</source>
        <translation>Узактыгы 0дөн 1440 мүнөткө (бир сутка) чейин болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new plan item starts as an idea or a draft.</source>
        <translation>Пландагы жаңы материал идея же долбоор катары башталат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{key}” is not a plan item (write 12, or 12@2026-11-23 for one occurrence).</source>
        <translation>«{key}» контент-пландын материалы эмес (12 деп, же бир күн үчүн 12@2026-11-23 деп жазыңыз).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select at least one plan item.</source>
        <translation>Жок дегенде бир материалды тандаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the {count} selected items can take this step: their status does not allow it.</source>
        <translation>Тандалган {count} материалдын бири да бул кадамды жасай албайт: алардын абалы буга жол бербейт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period holds no items in the status asked for.</source>
        <translation>Бул мезгилде суралган абалдагы материал жок.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/message_texts_desk.py" line="+67"/>
        <source>A crisis scenario needs a name in Kyrgyz or in Russian.</source>
        <translation>Кризистик сценарийдин кыргызча же орусча аталышы болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name or title is longer than {limit} characters.</source>
        <translation>Аталышы {limit} белгиден узун.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no crisis scenario with id {id}.</source>
        <translation>Идентификатору {id} болгон кризистик сценарий жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no holding statement with id {id}.</source>
        <translation>Идентификатору {id} болгон алдын ала даярдалган билдирүү жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no instant-notice contact with id {id}.</source>
        <translation>Идентификатору {id} болгон шашылыш кабарлоо байланышы жок.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{role}” is not a role in the working group; use {allowed}.</source>
        <translation>«{role}» жумушчу топтогу рол эмес; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duty in the working group is longer than {limit} characters.</source>
        <translation>Жумушчу топтогу милдеттин сүрөттөмөсү {limit} белгиден узун.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact for instant notice needs a name.</source>
        <translation>Шашылыш кабарлоо байланышынын аты-жөнү болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: a contact for instant notice needs a phone number.</source>
        <translation>{name}: шашылыш кабарлоо байланышынын телефон номери болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the name, phone number, e-mail or role is too long.</source>
        <translation>{name}: аты-жөнү, телефон номери, электрондук почтасы же ролу өтө узун.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holding statement needs its text in Kyrgyz or in Russian.</source>
        <translation>Алдын ала даярдалган билдирүүнүн кыргызча же орусча тексти болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{status}” is not a status of a statement; use {allowed}.</source>
        <translation>«{status}» билдирүүнүн абалы эмес; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holding statement that is {old} cannot become {new}.</source>
        <translation>«{old}» абалындагы билдирүүнү «{new}» абалына өткөрүүгө болбойт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what to change when returning a holding statement.</source>
        <translation>Билдирүүнү кайтарганда эмнени өзгөртүү керектигин көрсөтүңүз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holding statement is approved with its text in both Kyrgyz and Russian, so that it is ready in either language.</source>
        <translation>Билдирүү эки тилде тең даяр болушу үчүн кыргызча жана орусча тексти менен бекитилет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The anti-crisis plan has no scenarios yet; add at least one.</source>
        <translation>Кризиске каршы планда азырынча сценарий жок; жок дегенде бирөөнү кошуңуз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario “{name}” has no name in the language of the document.</source>
        <translation>«{name}» сценарийинин документтин тилинде аталышы жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The crisis checklist template “{name}” is no longer in the settings.</source>
        <translation>Кризис учурундагы иштердин тизмесинин «{name}» үлгүсү жөндөөлөрдө жок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no document template named “{name}”; use {allowed}.</source>
        <translation>«{name}» деген документтин үлгүсү жок; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the organisation&apos;s name in the profile first: the document is written in its name.</source>
        <translation>Алгач профилде уюмдун аталышын толтуруңуз: документ анын атынан жазылат.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s {field} is missing or not valid.</source>
        <translation>Сервердин параметри көрсөтүлгөн эмес же туура эмес: {field}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This installation of PressDesk cannot connect to a PostgreSQL server: its driver (psycopg) is missing. Install PressDesk with the server support and try again.</source>
        <translation>PressDesk&apos;тин бул орнотмосу PostgreSQL серверине туташа албайт: анын драйвери (psycopg) жок. PressDesk&apos;ти сервер колдоосу менен орнотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {server} cannot be reached. Check the address, the login and the password, and that the server lets this computer in.</source>
        <translation>{server} маалымат базасына туташуу мүмкүн болбоду. Даректи, колдонуучунун атын жана сырсөздү, ошондой эле сервер бул компьютерге уруксат берерин текшериңиз.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>There is no inquiry with id {id}.</source>
        <translation>{id} номерлүү суроо-талап жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the journalist&apos;s question: an inquiry without one cannot be kept.</source>
        <translation>Журналисттин суроосун жазыңыз: суроосуз суроо-талап сакталбайт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A written request under the law on access to information needs its incoming number.</source>
        <translation>Маалыматка жетүү жөнүндө мыйзамга ылайык жазуу жүзүндөгү суроо-талаптын кирүүчү номери болушу керек.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline {due} is before the day the inquiry was received ({received}).</source>
        <translation>{due} мөөнөтү суроо-талап келип түшкөн күндөн ({received}) мурун.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file “{path}”.</source>
        <translation>«{path}» файлы жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no outlet with id {id}.</source>
        <translation>{id} номерлүү ЖМК жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer needs its text or a file with it.</source>
        <translation>Жооптун тексти же файлы болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refusal needs its legal ground.</source>
        <translation>Баш тартуунун укуктук негизи көрсөтүлүшү керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inquiry {id} has no question; write the question before recording an answer.</source>
        <translation>{id} номерлүү суроо-талапта суроо жок; жоопту жазардан мурун суроону жазыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer cannot be dated before the inquiry was received ({received}).</source>
        <translation>Жооптун күнү суроо-талап келип түшкөн күндөн ({received}) мурун болушу мүмкүн эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An inquiry becomes answered when its answer is recorded (the text, the date and the outcome).</source>
        <translation>Суроо-талапка жооп жазылганда (тексти, күнү жана жыйынтыгы) ал жооп берилген болуп саналат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An inquiry cannot go from “{old}” to “{new}”.</source>
        <translation>Суроо-талап «{old}» абалынан «{new}» абалына өтө албайт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the answer is returned: write a comment.</source>
        <translation>Жооп эмне үчүн кайтарылганын түшүндүрүңүз: комментарий жазыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a contact id, an e-mail address or a phone number.</source>
        <translation>«{value}» байланыштын номери, электрондук почтанын дареги же телефон номери эмес.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{value}” belongs to more than one person in the contact base: {people}. Choose the person by id.</source>
        <translation>«{value}» байланыш базасындагы бир нече адамга таандык: {people}. Адамды номери боюнча тандаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pasted message is {size} KB; at most {limit} KB can be read. Paste the journalist&apos;s message without attachments.</source>
        <translation>Коюлган кат {size} КБ; эң көп дегенде {limit} КБ окулат. Журналисттин катын тиркемелерсиз коюңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pasted message is empty.</source>
        <translation>Коюлган кат бош.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the unit the request note is addressed to.</source>
        <translation>Кызматтык кат жөнөтүлүүчү бөлүмдү көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/message_texts_data.py" line="-20"/>
        <source>A publication needs a title.</source>
        <translation>Материалдын аталышын көрсөтүңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the outlet that published it.</source>
        <translation>Материалды жарыялаган ЖМКны көрсөтүңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{url}” is not a web address: a link starts with https:// or http://.</source>
        <translation>«{url}» веб-дарек эмес: шилтеме https:// же http:// менен башталат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This link is already recorded: record {id}, “{title}” ({outlet}, {date}).</source>
        <translation>Бул шилтеме мурунтан катталган: {id} номерлүү жазуу, «{title}» ({outlet}, {date}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{outlet} already has a publication with nearly the same title: record {id}, “{title}” ({date}).</source>
        <translation>«{outlet}» ЖМКсында дээрлик ушундай аталыштагы материал мурунтан бар: {id} номерлүү жазуу, «{title}» ({date}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no event with id {id}.</source>
        <translation>{id} номерлүү иш-чара жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no plan item with id {id}.</source>
        <translation>Мазмун планында {id} номерлүү жазуу жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no campaign named “{name}”.</source>
        <translation>«{name}» деген кампания жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../pressdesk/message_texts_desk.py" line="+64"/>
        <source>There is no person with id {id} in the contact base.</source>
        <translation>Байланыш базасында {id} номерлүү адам жок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feedback belongs to a publication or to a period; give one of them.</source>
        <translation>Кайтарым байланыш материалга же мезгилге тиешелүү; алардын бирин көрсөтүңүз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A keyword needs at least two letters or digits.</source>
        <translation>Ачкыч сөздө кеминде эки тамга же сан болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyword “{keyword}” is already on the list.</source>
        <translation>«{keyword}» ачкыч сөзү тизмеде мурунтан бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {url} is already on the list.</source>
        <translation>{url} лентасы тизмеде мурунтан бар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The feed {feed} did not answer within {seconds} seconds; try again later.</source>
        <translation>{feed} лентасы {seconds} секунданын ичинде жооп берген жок; кийинчерээк кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {feed} cannot be reached; check its address and the network.</source>
        <translation>{feed} лентасына туташуу мүмкүн болгон жок; анын дарегин жана тармакты текшериңиз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {feed} answered with HTTP error {status}.</source>
        <translation>{feed} лентасы HTTP {status} катасы менен жооп берди.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {feed} is larger than {limit} MB; it was not read.</source>
        <translation>{feed} лентасы {limit} МБдан чоң; ал окулган жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{feed} is a web page, not a feed; look on the site for its RSS or Atom link.</source>
        <translation>{feed} — лента эмес, веб-барак; сайттан анын RSS же Atom шилтемесин издеңиз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{feed} is a file of another kind ({type}), not an RSS or Atom feed.</source>
        <translation>{feed} — RSS же Atom лентасы эмес, башка түрдөгү файл ({type}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{feed} is not an RSS or Atom feed: it cannot be read as XML.</source>
        <translation>{feed} — RSS же Atom лентасы эмес: аны XML катары окууга болбойт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot import {file}: use a .csv, .xlsx, .rss, .atom or .xml file.</source>
        <translation>{file} файлын импорттоого болбойт: .csv, .xlsx, .rss, .atom же .xml файлын колдонуңуз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} row(s) of {file} cannot be imported; nothing was imported.</source>
        <translation>{file} файлынын {count} сабын импорттоого болбойт; эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This inbox item has already been accepted or dismissed.</source>
        <translation>Бул келген материал мурунтан кабыл алынган же четке кагылган.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a half-year; write it as 2026-H1 or 2026-H2.</source>
        <translation>«{value}» жарым жыл эмес; аны 2026-H1 же 2026-H2 деп жазыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a period of the kind asked for: write a ten-day period as 2026-12-1, a month as 2026-12, a quarter as 2026-Q4, a half-year as 2026-H2, a year as 2026.</source>
        <translation>«{value}» суралган түрдөгү мезгил эмес: декаданы 2026-12-1, айды 2026-12, чейректи 2026-Q4, жарым жылды 2026-H2, жылды 2026 деп жазыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record was changed or deleted elsewhere after this step, so the step cannot be undone; the records are left as they are.</source>
        <translation>Бул кадамдан кийин жазуу башка жерде өзгөртүлгөн же өчүрүлгөн, ошондуктан кадамды жокко чыгарууга болбойт; жазуулар ошол бойдон калтырылды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the phone number is empty</source>
        <translation>телефон номери толтурулган эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the phone number is too long</source>
        <translation>телефон номери өтө узун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a phone number</source>
        <translation>{value} телефон номери эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a valid phone number</source>
        <translation>{value} — туура эмес телефон номери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address is empty</source>
        <translation>электрондук почтанын дареги толтурулган эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address is too long</source>
        <translation>электрондук почтанын дареги өтө узун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The automatic backup into {folder} could not be made.</source>
        <translation>{folder} папкасына автоматтык резервдик көчүрмө түзүлгөн жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy of the backup into the second folder {folder} could not be made.</source>
        <translation>Резервдик көчүрмөнү {folder} экинчи папкасына көчүрүү мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a valid e-mail address</source>
        <translation>{value} — электрондук почтанын туура эмес дареги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {line}: {problem}</source>
        <translation>{line}-сап: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line} ({name}): {problem}</source>
        <translation>{line}-сап ({name}): {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the birthday {value} has no year; it is kept in the notes</source>
        <translation>{value} туулган күнүндө жылы жок; ал эскертүүлөрдө сакталды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the birthday {value} is not a date; it is kept in the notes</source>
        <translation>{value} туулган күнү дата эмес; ал эскертүүлөрдө сакталды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the birthday {value} is not a date</source>
        <translation>{value} туулган күнү дата эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date of the last check {value} is not a date</source>
        <translation>акыркы текшерүүнүн датасы {value} дата эмес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown language {value}; kept in the notes</source>
        <translation>белгисиз тил {value}; эскертүүлөрдө сакталды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no name in the file; named {name} after its {source}, check it</source>
        <translation>файлда аты-жөнү жок; {source} боюнча {name} деп аталды, текшериңиз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the contact has no name, e-mail, phone or organisation</source>
        <translation>байланыштын аты-жөнү, эл. почтасы, телефону да, уюму да жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is empty</source>
        <translation>аты-жөнү толтурулган эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is longer than {limit} characters ({length})</source>
        <translation>аты-жөнү {limit} белгиден узун ({length})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the position is longer than {limit} characters</source>
        <translation>кызматы {limit} белгиден узун</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the outlet name is longer than {limit} characters</source>
        <translation>ЖМКнын аталышы {limit} белгиден узун</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind {value}</source>
        <translation>белгисиз түрү {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the photo was not imported</source>
        <translation>сүрөт импорттолгон жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a topic is longer than {limit} characters</source>
        <translation>темалардын бири {limit} белгиден узун</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the notes are longer than {limit} characters</source>
        <translation>эскертүүлөр {limit} белгиден узун</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;do not contact&apos; should be yes or no, not {value}</source>
        <translation>«Байланышпоо» талаасында {value} эмес, «ооба» же «жок» болушу керек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line} is not a vCard property and was ignored: {text}</source>
        <translation>{line}-сап vCard касиети эмес, ал эске алынган жок: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lines {first}–{last} stand outside any contact and were ignored</source>
        <translation>{first}–{last}-саптар эч бир байланышка кирбейт, алар эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the contact has no BEGIN:VCARD line</source>
        <translation>байланышта BEGIN:VCARD сабы жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page {url} did not answer within {seconds} seconds; the link is kept, fill in the rest by hand.</source>
        <translation>{url} барагы {seconds} секунданын ичинде жооп берген жок; шилтеме сакталды, калганын кол менен толтуруңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page {url} cannot be reached (no network?); the link is kept, fill in the rest by hand.</source>
        <translation>{url} барагына кирүү мүмкүн эмес (тармак жокпу?); шилтеме сакталды, калганын кол менен толтуруңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page {url} answered with HTTP error {status}; the link is kept, fill in the rest by hand.</source>
        <translation>{url} барагы HTTP {status} катасы менен жооп берди; шилтеме сакталды, калганын кол менен толтуруңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{url} is a file ({type}), not a web page; the link is kept, fill in the rest by hand.</source>
        <translation>{url} — веб-барак эмес, файл ({type}); шилтеме сакталды, калганын кол менен толтуруңуз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page {url} names no title or date; the link is kept, fill in the rest by hand.</source>
        <translation>{url} барагында аталыш да, күн да көрсөтүлгөн эмес; шилтеме сакталды, калганын кол менен толтуруңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event {title} (line {line})</source>
        <translation>{title} иш-чарасы ({line}-сап)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event UID {uid} (line {line})</source>
        <translation>UID {uid} иш-чарасы ({line}-сап)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event on line {line}</source>
        <translation>{line}-саптагы иш-чара</translation>
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
        <translation>{event} өткөрүлүп жиберилди: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{event} cannot be read{detail}; skipped.</source>
        <translation>{event} окулбай жатат{detail}; өткөрүлүп жиберилди.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} is not an iCalendar line and was ignored.</source>
        <translation>{line}-сап iCalendar сабы эмес, ал эске алынган жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line} is not an iCalendar line and was ignored</source>
        <translation>{line}-сап iCalendar сабы эмес, ал эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} ends a {name} that was never begun; ignored.</source>
        <translation>{line}-сап башталбаган {name} блогун жабат; ал эске алынган жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {what} that starts on line {line} has no END:{name} line; it was left out.</source>
        <translation>{line}-саптан башталган «{what}» блогунда END:{name} сабы жок; ал импорттолгон жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file ends inside the {what} that starts on line {line} (no END:{name}): it is probably cut short; that part was left out.</source>
        <translation>Файл {line}-саптан башталган «{what}» блогунун ичинде бүтөт (END:{name} жок): файл кесилип калган окшойт; бул бөлүгү импорттолгон жок.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A time zone definition without TZID (line {line}) was ignored.</source>
        <translation>TZID жок убакыт алкагынын сүрөттөлүшү ({line}-сап) эске алынган жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time zone definition {tzid} (line {line}) cannot be read{detail}; it was ignored.</source>
        <translation>{tzid} убакыт алкагынын сүрөттөлүшү ({line}-сап) окулбай жатат{detail}; ал эске алынган жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its reminder (VALARM, line {line}) cannot be read{detail}; it was ignored.</source>
        <translation>анын эстеткичи (VALARM, {line}-сап) окулбай жатат{detail}; ал эске алынган жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds no calendar.</source>
        <translation>анда календарь жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read: {problem}</source>
        <translation>{file} файлы окулбай жатат: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not an iCalendar file: it has no BEGIN:VCALENDAR line.</source>
        <translation>{file} iCalendar файлы эмес: анда BEGIN:VCALENDAR сабы жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has two starts (DTSTART); the first was used</source>
        <translation>анын эки башталышы (DTSTART) бар; биринчиси алынды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start (DTSTART) cannot be read{detail}</source>
        <translation>анын башталышы (DTSTART) окулбай жатат{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no start (DTSTART)</source>
        <translation>анын башталышы (DTSTART) жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its start (DTSTART) is in the year {year}; the plan takes dates of the years {first}–{last}</source>
        <translation>анын башталышы (DTSTART) {year}-жылга туура келет; планга {first}–{last}-жылдардын даталары гана кабыл алынат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its time zone {zone} is neither defined in the file (VTIMEZONE) nor a known zone, so its time in Bishkek cannot be told</source>
        <translation>анын {zone} убакыт алкагы файлда (VTIMEZONE) сүрөттөлгөн эмес жана белгилүү алкак эмес, ошондуктан анын Бишкек убактысын аныктоого болбойт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its repeat rule (RRULE) cannot be read{detail}; ignored</source>
        <translation>анын кайталоо эрежеси (RRULE) окулбай жатат{detail}; ал эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its {name} cannot be read{detail}; ignored</source>
        <translation>анын {name} касиети окулбай жатат{detail}; ал эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date it changes (RECURRENCE-ID) cannot be read{detail}</source>
        <translation>ал өзгөрткөн дата (RECURRENCE-ID) окулбай жатат{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date it changes (RECURRENCE-ID) is in the year {year}; the plan takes dates of the years {first}–{last}</source>
        <translation>ал өзгөрткөн дата (RECURRENCE-ID) {year}-жылга туура келет; планга {first}–{last}-жылдардын даталары гана кабыл алынат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the time zone {zone} of its RECURRENCE-ID is unknown</source>
        <translation>анын RECURRENCE-ID маанисиндеги {zone} убакыт алкагы белгисиз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it changes this and all later occurrences; only this one was changed</source>
        <translation>ал ушул жана кийинки бардык кайталоолорду өзгөртөт; ушул гана өзгөртүлдү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its LAST-MODIFIED is in the year {year}; ignored</source>
        <translation>анын LAST-MODIFIED мааниси {year}-жылга туура келет; эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of its {name} dates are outside the years {first}–{last}; ignored</source>
        <translation>анын {name} даталарынын {count} даанасы {first}–{last}-жылдардан тышкары; эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its end (DTEND) cannot be read{detail}; ignored</source>
        <translation>анын аякташы (DTEND) окулбай жатат{detail}; эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its end names the unknown time zone {zone}; ignored</source>
        <translation>анын аякташында белгисиз {zone} убакыт алкагы көрсөтүлгөн; эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start and end mix a date and a time; the end was ignored</source>
        <translation>анын башталышы менен аякташы ар түрдүү: бири дата, бири убакыт; аякташы эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start and end mix a floating time and a time with a zone; the end was ignored</source>
        <translation>анын башталышы менен аякташынын убактысы ар түрдүү көрсөтүлгөн: алкаксыз жана алкагы менен; аякташы эске алынган жок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it ends before it starts; the end was ignored</source>
        <translation>ал башталганга чейин аяктайт; аякташы эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its length (DURATION) cannot be read{detail}; one day was assumed</source>
        <translation>анын узактыгы (DURATION) окулбай жатат{detail}; бир күн деп кабыл алынды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its length (DURATION) cannot be read{detail}; one hour was assumed</source>
        <translation>анын узактыгы (DURATION) окулбай жатат{detail}; бир саат деп кабыл алынды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its length (DURATION) is negative; ignored</source>
        <translation>анын узактыгы (DURATION) терс; эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds no events (VEVENT); nothing was imported.</source>
        <translation>{file} файлында иш-чаралар (VEVENT) жок; эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds no events (VEVENT), only {others}; the plan imports events.</source>
        <translation>{file} файлында иш-чаралар (VEVENT) жок, болгону {others}; планга иш-чаралар импорттолот.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} {what}</source>
        <translation>{what} — {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is cancelled, but {title} is {status} in the plan</source>
        <translation>ал жокко чыгарылган, бирок планда {title} пунктунун абалы: «{status}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that item was deleted from the plan; skipped.</source>
        <translation>бул пункт пландан өчүрүлгөн; өткөрүлүп жиберилди.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is cancelled in its calendar; not imported.</source>
        <translation>ал өз календарында жокко чыгарылган; импорттолгон жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan has a newer version of {title}; kept the plan&apos;s.</source>
        <translation>планда {title} пунктунун жаңыраак версиясы бар; пландагысы сакталды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan has a newer version of this occurrence; kept the plan&apos;s.</source>
        <translation>планда бул кайталоонун жаңыраак версиясы бар; пландагысы сакталды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its UID names the date {value}, which no calendar has; skipped.</source>
        <translation>анын UID маанисинде эч бир календарда жок {value} датасы аталган; өткөрүлүп жиберилди.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that series was deleted from the plan; skipped.</source>
        <translation>бул катар пландан өчүрүлгөн; өткөрүлүп жиберилди.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it cancels one date of a series that is not in the plan.</source>
        <translation>ал планда жок катардын бир датасын жокко чыгарат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it changes one date of a series that is neither in the file nor in the plan; it was imported as an item of its own.</source>
        <translation>ал файлда да, планда да жок катардын бир датасын өзгөртөт; өзүнчө пункт катары импорттолду.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its repeat rule {rule} was ignored: {problem}</source>
        <translation>анын {rule} кайталоо эрежеси эске алынган жок: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem}; it was ignored</source>
        <translation>{problem}; эреже эске алынган жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}; only its first date was imported</source>
        <translation>{problem}; биринчи датасы гана импорттолду</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the repeat rule {rule} cannot be read{detail}</source>
        <translation>{rule} кайталоо эрежеси окулбай жатат{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the repeat rule {rule} is not a single rule</source>
        <translation>{rule} кайталоо эрежеси бир эреже эмес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it repeats too often to be followed from its first date to today</source>
        <translation>ал өтө көп кайталангандыктан, биринчи датасынан бүгүнкү күнгө чейин аныктоо мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it repeats more often than once a day</source>
        <translation>ал күнүнө бир жолудан көп кайталанат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its repeat rule gives no dates; it was imported as one item</source>
        <translation>анын кайталоо эрежеси бир да дата бербейт; ал бир пункт катары импорттолду</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its extra date {date} falls on a date of the series; left out</source>
        <translation>анын кошумча {date} датасы катардын датасына туура келет; эске алынган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its time in Bishkek changes with summer time where it was planned: dates up to {date} were set one by one, later ones keep {time}</source>
        <translation>ал пландалган жерде жайкы убакытка байланыштуу анын Бишкек убактысы өзгөрөт: {date} чейинки даталар өзүнчө коюлду, кийинкилеринде {time} сакталат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has {count} repeat rules</source>
        <translation>анын кайталоо эрежелери бир нече ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its repeat rule is one the plan cannot hold</source>
        <translation>анын кайталоо эрежесин планда сактоого болбойт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it repeats on listed dates only</source>
        <translation>ал тизмеленген даталарда гана кайталанат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one date</source>
        <translation>бир дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} dates</source>
        <translation>баары {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{why}, so its {dates} {first} … {last} were imported as separate items</source>
        <translation>{why}, ошондуктан анын даталары {first} … {last} ({dates}) өзүнчө пункттар катары импорттолду</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why}, so its {dates} {first} … {last} (the first ones only) were imported as separate items</source>
        <translation>{why}, ошондуктан анын даталары {first} … {last} ({dates}, биринчилери гана) өзүнчө пункттар катары импорттолду</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{column} is empty</source>
        <translation>{column} бош</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: unknown value {value}</source>
        <translation>{column}: белгисиз маани {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value} is not a date (write it as 15.03.2024 or 2024-03-15)</source>
        <translation>{column}: {value} дата эмес (15.03.2024 же 2024-03-15 түрүндө жазыңыз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {value} is ambiguous: write thousands without a comma (1500 or 1500,00)</source>
        <translation>{column}: {value} эки башка окулат: миңдерди үтүрсүз жазыңыз (1500 же 1500,00)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{column}: {value} is not an amount</source>
        <translation>{column}: {value} сумма эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value} is not a whole number</source>
        <translation>{column}: {value} бүтүн сан эмес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {value} is too large</source>
        <translation>{column}: {value} өтө чоң</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inventory number «{number}» is already used in row {line}</source>
        <translation>«{number}» инвентардык номери {line}-сапта мурунтан колдонулган</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inventory number «{number}» is already in the database («{name}»)</source>
        <translation>«{number}» инвентардык номери базада мурунтан бар («{name}»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {value} is negative</source>
        <translation>{column}: {value} терс сан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value} cannot be read</source>
        <translation>{column}: {value} окулбайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind «{value}»</source>
        <translation>белгисиз түр «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown platform «{value}»</source>
        <translation>белгисиз аянтча «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown tone «{value}»</source>
        <translation>белгисиз маанай «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown language «{value}»</source>
        <translation>белгисиз тил «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{value}» is not a date</source>
        <translation>«{value}» дата эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is required</source>
        <translation>дата көрсөтүлүшү керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{value}» is not a time</source>
        <translation>«{value}» убакыт эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{value}» is not a number</source>
        <translation>«{value}» сан эмес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending by e-mail is not set up: enter the mail server&apos;s settings, or write the messages as .eml files into a folder.</source>
        <translation>Электрондук почта аркылуу жөнөтүү жөндөлгөн эмес: почта серверинин жөндөөлөрүн киргизиңиз же каттарды папкага .eml файлдары катары жазыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is stored for {user} on {server}; set up the mail again.</source>
        <translation>{server} серверинде {user} үчүн сырсөз сакталган эмес; почтаны кайра жөндөңүз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {server} cannot be reached ({reason}).</source>
        <translation>{server} почта серверине туташуу мүмкүн эмес ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {server} did not answer within {seconds} seconds.</source>
        <translation>{server} почта сервери {seconds} секунданын ичинде жооп берген жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection to the mail server {server} could not be made ({reason}).</source>
        <translation>{server} почта серверине коопсуз туташуу түзүлгөн жок ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server refused the login of {user} ({reply}).</source>
        <translation>Почта сервери {user} колдонуучусунун кирүүсүн четке какты ({reply}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server refused the sender address {address} ({reply}).</source>
        <translation>Почта сервери {address} жөнөтүүчү дарегин четке какты ({reply}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the mail server was lost ({reason}); {count} messages are still to send. Send again to go on: nobody gets a message twice.</source>
        <translation>Почта серверине туташуу үзүлдү ({reason}); дагы {count} кат жөнөтүлө элек. Улантуу үчүн кайра жөнөтүңүз: эч кимге кат эки жолу барбайт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment {path} is gone; nothing was sent.</source>
        <translation>{path} тиркемеси жок; эч нерсе жөнөтүлгөн жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message with its attachments takes {size} bytes and the mail server accepts at most {limit}; nothing was sent. Send smaller files or a link to them.</source>
        <translation>Тиркемелери менен кат {size} байт болот, ал эми почта сервери эң көп {limit} байт кабыл алат; эч нерсе жөнөтүлгөн жок. Кичирээк файлдарды же аларга шилтемени жөнөтүңүз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mailing has no subject or no text in any language.</source>
        <translation>Таратууда бир да тилде тема же текст жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an e-mail address</source>
        <translation>электрондук почтанын дареги эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no e-mail address</source>
        <translation>электрондук почтанын дареги жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked «do not contact»</source>
        <translation>«байланышпоо» деп белгиленген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same address is already in the mailing</source>
        <translation>бул дарек таратууда мурунтан эле бар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail setting {field} is not valid.</source>
        <translation>Почтанын {field} жөндөөсү туура эмес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no press release with id {id}.</source>
        <translation>Идентификатору {id} болгон пресс-релиз жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A press release needs a title in Kyrgyz or in Russian.</source>
        <translation>Пресс-релиздин кыргызча же орусча аталышы болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{url}” is not a web address.</source>
        <translation>«{url}» веб-дарек эмес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attached file {path} is not found.</source>
        <translation>Тиркелген {path} файлы табылган жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote {number} needs a speaker.</source>
        <translation>{number}-цитатанын ээсин көрсөтүңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote {number} has no text.</source>
        <translation>{number}-цитатанын тексти жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../pressdesk/message_texts_desk.py" line="-44"/>
        <source>There is no staff member named “{name}”.</source>
        <translation>«{name}» аттуу кызматкер жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A press release that is {old} cannot become {new}.</source>
        <translation>«{old}» абалындагы пресс-релизди «{new}» абалына өткөрүүгө болбойт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what to change when returning a press release.</source>
        <translation>Пресс-релизди кайтарганда эмнени өзгөртүү керектигин жазыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The press release is numbered in {year}; its date must stay in that year.</source>
        <translation>Пресс-релиз {year}-жылдын номери менен катталган; анын күнү ошол жылда калышы керек.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press release No. {number} has been approved and cannot be deleted.</source>
        <translation>№ {number} пресс-релиз макулдашылган, аны өчүрүүгө болбойт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press release No. {number} cannot be deleted: a later release of the year is already approved, and the numbers must stay without gaps.</source>
        <translation>№ {number} пресс-релизди өчүрүүгө болбойт: ушул жылдын кийинки пресс-релизи макулдашылган, ал эми номерлер үзгүлтүксүз болушу керек.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The press release has no approved version {number}.</source>
        <translation>Пресс-релиздин макулдашылган {number}-версиясы жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The press release has no title in the document&apos;s language ({lang}).</source>
        <translation>Пресс-релиздин документтин тилиндеги ({lang}) аталышы жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the recipients: a distribution list or all the media.</source>
        <translation>Алуучуларды тандаңыз: таркатуу тизмесин же бардык ЖМКны.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no distribution list called “{name}”.</source>
        <translation>«{name}» деген таркатуу тизмеси жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press release No. {number} is not approved (its status: {status}). Sending it needs your confirmation, which is recorded in its history.</source>
        <translation>№ {number} пресс-релиз макулдашыла элек (абалы: {status}). Аны жөнөтүү үчүн сиздин ырастооңуз керек, ал пресс-релиздин тарыхына жазылат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of the chosen people have already received press release No. {number}; they will not get it again. Sending it to the {new} new ones needs your confirmation.</source>
        <translation>Тандалгандардын {count} адамы № {number} пресс-релизди мурда алган; аларга ал кайра жөнөтүлбөйт. Аны {new} жаңы алуучуга жөнөтүү үчүн сиздин ырастооңуз керек.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody new to send press release No. {number} to: {count} of the chosen people have already received it, and the others are skipped.</source>
        <translation>№ {number} пресс-релизди жөнөтө турган жаңы алуучу жок: тандалгандардын {count} адамы аны мурда алган, калгандары өткөрүлүп жиберилди.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A mailto: link is for a handful of addresses (at most {limit}), and there are {count}. Write the messages as .eml files instead.</source>
        <translation>mailto: шилтемеси бир нече дарек үчүн гана (эң көп дегенде {limit}), ал эми даректер {count}. Анын ордуна каттарды .eml файлдары катары жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/message_texts.py" line="-144"/>
        <source>The new date would leave the calendar (years 1–9999).</source>
        <translation>Жаңы күн календардан чыгып кетет (1–9999-жылдар).</translation>
    </message>
    <message>
        <location line="+147"/>
        <location filename="../../pressdesk/message_texts_data.py" line="-51"/>
        <location filename="../../pressdesk/message_texts_desk.py" line="-1"/>
        <source>There is no staff member with id {id}.</source>
        <translation>{id} номерлүү кызматкер жок.</translation>
    </message>
</context>
<context>
    <name>MissingTextsDialog</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/widgets/preflight.py" line="+128"/>
        <source>and %n more</source>
        <comment>records</comment>
        <translation>
            <numerusform>жана дагы %n</numerusform>
            <numerusform>жана дагы %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueLabel</name>
    <message>
        <location filename="../../pressdesk/gui/status_labels.py" line="+154"/>
        <source>Overdue inquiries: {count}</source>
        <translation>Мөөнөтү өткөн суроо-талаптар: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media inquiries past the journalist&apos;s deadline or the legal term</source>
        <translation>Журналист сураган мөөнөт же мыйзамдагы мөөнөт өтүп кеткен ЖМКнын суроо-талаптары</translation>
    </message>
</context>
<context>
    <name>PlannedSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/pages.py" line="+104"/>
        <source>This section is not built yet. It will hold:</source>
        <translation>Бул бөлүм азырынча даяр эмес. Анда төмөнкүлөр болот:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Until then, the organisation profile and staff can be filled in under Settings; they are used by every section.</source>
        <translation>Азырынча «Жөндөөлөр» бөлүмүндө уюмдун профилин жана кызматкерлерди толтуруп койсоңуз болот; алар бардык бөлүмдөрдө колдонулат.</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/preferences_page.py" line="+66"/>
        <source>The system&apos;s language</source>
        <translation>Системанын тили</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new interface language is used after PressDesk is restarted.</source>
        <translation>Интерфейстин жаңы тили PressDesk кайра ачылгандан кийин колдонулат.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Found automatically</source>
        <translation>Автоматтык түрдө табылат</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Check</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files need a font with the Kyrgyz letters ң, ө, ү. Leave the field empty to let PressDesk find one.</source>
        <translation>PDF файлдары үчүн кыргыз тамгалары (ң, ө, ү) бар шрифт керек. Талааны бош калтырсаңыз, PressDesk шрифтти өзү табат.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> months</source>
        <translation> ай</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: only the data folder&apos;s backups</source>
        <translation>Жок: маалымат папкасындагы көчүрмөлөр гана</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At start, PressDesk copies the database when the last automatic copy is older than this, checks the copy and keeps the newest ones. A second folder on a USB stick or a network share keeps the base safe if this computer fails.</source>
        <translation>Ачылганда, акыркы автоматтык көчүрмө ушул мөөнөттөн эскирээк болсо, PressDesk маалымат базасын көчүрүп, көчүрмөнү текшерет жана эң жаңыларын сактайт. Флешкадагы же тармактык дисктеги экинчи папка бул компьютер бузулса да базаны сактап калат.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>calendar days</source>
        <translation>календардык күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days</source>
        <translation>жумуш күнү</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The term set by law for answering a journalist&apos;s written request. It is counted from the day after the request arrived; a term in calendar days that ends on a day off moves to the next working day. Holidays come from the content plan&apos;s calendar.</source>
        <translation>Журналисттин жазуу жүзүндөгү суроо-талабына жооп берүү үчүн мыйзамда белгиленген мөөнөт. Ал суроо-талап келген күндүн эртеси күнүнөн тартып эсептелет; календардык күн менен эсептелген мөөнөт дем алыш күнүнө туш келсе, кийинки жумуш күнүнө жылат. Майрам күндөрү контент-пландын календарынан алынат.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interface language:</source>
        <translation>Интерфейстин тили:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF font file:</source>
        <translation>PDF үчүн шрифт файлы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind to check a contact after:</source>
        <translation>Байланышты текшерүүнү эскертүү мөөнөтү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind about an approval after:</source>
        <translation>Макулдашууну эскертүү мөөнөтү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up automatically every:</source>
        <translation>Автоматтык көчүрмө ар бир:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups to keep:</source>
        <translation>Сакталуучу автоматтык көчүрмөлөр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second backup folder:</source>
        <translation>Көчүрмөлөр үчүн экинчи папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer to a written request within:</source>
        <translation>Жазуу жүзүндөгү суроо-талапка жооп берүү мөөнөтү:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose a second folder for backups</source>
        <translation>Көчүрмөлөр үчүн экинчи папканы тандоо</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a font for PDF files</source>
        <translation>PDF файлдары үчүн шрифт тандаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TrueType fonts (*.ttf *.otf *.ttc);;All files (*)</source>
        <translation>TrueType шрифттери (*.ttf *.otf *.ttc);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The font check is not available in this version.</source>
        <translation>Бул версияда шрифтти текшерүү жеткиликтүү эмес.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No suitable font was found: neither the chosen file nor a font in the system font folders has the Kyrgyz letters ң, ө and ү. Install DejaVu Sans or choose another TrueType font file.</source>
        <translation>Ылайыктуу шрифт табылган жок: тандалган файлда да, системанын шрифт папкаларындагы шрифттерде да ң, ө жана ү кыргыз тамгалары жок. DejaVu Sans орнотуңуз же башка TrueType шрифт файлын тандаңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file cannot be used (it lacks letters or is not a TrueType font); PDF files will use {family} instead:
{path}</source>
        <translation>Бул файлды колдонууга болбойт (анда керектүү тамгалар жок же ал TrueType шрифти эмес); PDF файлдарында анын ордуна {family} колдонулат:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files will use {family}:
{path}</source>
        <translation>PDF файлдарында {family} шрифти колдонулат:
{path}</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/preflight.py" line="-92"/>
        <source>Staff</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Иштердин тизмеси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content plan</source>
        <translation>Контент-план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Кампаниялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Жабдуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Аккаунттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact topics</source>
        <translation>Байланыштардын темалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalists</source>
        <translation>Журналисттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Кызмат орду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Бөлүм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Өтүүчү жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Уюштуруучулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Сүйлөөчүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key messages</source>
        <translation>Негизги билдирүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Максаттуу аудитория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Максаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences</source>
        <translation>Аудиториялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Турган жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor method</source>
        <translation>Эки факторлуу аутентификациянын ыкмасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery codes kept at</source>
        <translation>Калыбына келтирүү коддору сакталган жер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive label</source>
        <translation>Дисктин белгиси</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texts missing in Kyrgyz</source>
        <translation>Кыргыз тилинде жок тексттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts missing in Russian</source>
        <translation>Орус тилинде жок тексттер</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The document needs these texts in its language, but they exist only in the other language or hold both languages at once. Type them here, or write the document with the texts as entered.</source>
        <translation>Документке бул тексттер анын тилинде керек, бирок алар башка тилде гана бар же бир эле талаада эки тилде жазылган. Аларды бул жерге жазыңыз же документти тексттер киргизилгендей түзүңүз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As entered</source>
        <translation>Киргизилгендей</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Save and write</source>
        <translation>&amp;Сактап, түзүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write as entered</source>
        <translation>&amp;Киргизилгендей түзүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Артка</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/profile_page.py" line="+89"/>
        <source>Full name:</source>
        <translation>Толук аталышы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name:</source>
        <translation>Кыскача аталышы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Дареги:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of drafting documents:</source>
        <translation>Документтер түзүлгөн жер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефону:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Электрондук почтасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>Веб-сайты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head (full name):</source>
        <translation>Жетекчи (аты-жөнү):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s title:</source>
        <translation>Жетекчинин кызмат орду:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press secretary (full name):</source>
        <translation>Пресс-катчы (аты-жөнү):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press secretary&apos;s title:</source>
        <translation>Пресс-катчынын кызмат орду:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>Documents are made in:</source>
        <extracomment>Each field of the profile with the form&apos;s name for it, for naming a colleague&apos;s change.</extracomment>
        <translation>Документтердин тили:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kyrgyz</source>
        <translation>Кыргыз тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орус тили</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+9"/>
        <source>Logo or emblem:</source>
        <translation>Логотип же герб:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG, JPEG or SVG, up to 2 MB.</source>
        <translation>PNG, JPEG же SVG, 2 МБдан ашпашы керек.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose the logo</source>
        <translation>Логотипти тандоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Сүрөттөр (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Логотип PNG, JPEG же SVG форматындагы сүрөт болушу керек.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: {error}</source>
        <translation>Файлды окуу мүмкүн эмес: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation>Логотип 2 МБдан чоң; кичирээк сүрөт колдонуңуз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not an image PressDesk can show.</source>
        <translation>Бул файл PressDesk көрсөтө ала турган сүрөт эмес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo not used</source>
        <translation>Логотип кабыл алынган жок</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No logo</source>
        <translation>Логотип жок</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../pressdesk/gui/i18n.py" line="+52"/>
        <source>&amp;Select All</source>
        <translation>&amp;Баарын тандоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Жогорулатуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Төмөндөтүү</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+2"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Кайдан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Файлдардын &amp;түрү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Папкалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Тандоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Алдыга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Жогорку папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Толук маалымат</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Кө&amp;чүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-8"/>
        <source>Show Details...</source>
        <translation>Толугураак...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Кыскараак...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Кө&amp;чүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/editor.py" line="+88"/>
        <source>Save</source>
        <extracomment>What the last Save stored.</extracomment>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The record has been deleted meanwhile.</source>
        <translation>Бул арада жазуу өчүрүлгөн.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Close without saving the changes?</source>
        <translation>Өзгөртүүлөрдү сактабай жабылсынбы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes</source>
        <translation>Өзгөртүүлөрдөн баш тартуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Түзөтүүнү улантуу</translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+10"/>
        <location line="+73"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/record_page.py" line="+284"/>
        <source>Add…</source>
        <extracomment>The section&apos;s key: the page is ``page_&lt;SECTION&gt;``, the table ``&lt;SECTION&gt;Table``. The prefix of the search field and action bar: ``&lt;NAME&gt;Search``, ``&lt;NAME&gt;Actions``. The record in the actions&apos; names: ``add&lt;RECORD&gt;``, ``export&lt;RECORD&gt;s``. The column and order the list starts sorted by; None for a list that does not sort. The column that takes the room left. Whether records can be imported from a table. The formats of export, and those of them that are documents (in one language). What the search field searches. The empty state: its icon, title and sentence, and its buttons (text, method name). The title of the question before a delete. The export dialog&apos;s title, the Export button&apos;s tooltip, the dialog&apos;s tick box (only what the filter shows, a mark), and the import&apos;s title. The editor of a record: ``EDITOR(db, row, parent)``, with ``saved`` after a Save. The stored model of the records if their changes can be undone.</extracomment>
        <translation>Кошуу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Түзөтүү…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+259"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Import…</source>
        <translation>Импорттоо…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/widgets/record_undo.py" line="+163"/>
        <source>The deletion can be undone (Ctrl+Z).</source>
        <translation>Өчүрүүнү Ctrl+Z менен кайтарууга болот.</translation>
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
        <translation>Файл
{path}
башка программада ачык (Word, Excel…) же жазуудан корголгон, ошондуктан аны алмаштырууга болбойт.

Аны ошол программада жаап, кайра аракет кылыңыз же башка ат менен сактаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Кайра аракет кылуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save under another name…</source>
        <translation>Башка ат менен сактоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../pressdesk/gui/sections.py" line="+87"/>
        <source>Contacts</source>
        <extracomment>The other sections whose changes this page shows too, so it is read afresh after them.</extracomment>
        <translation>Байланыштар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The media base: outlets and journalists, distribution lists, contact log.</source>
        <translation>ЖМК базасы: ЖМКлар жана журналисттер, таркатуу тизмелери, байланыштар журналы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlets and people kept as separate records: a journalist moves on, the outlet stays.</source>
        <translation>ЖМКлар жана адамдар өзүнчө жазылат: журналист башка жакка кетсе да, ЖМК калат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlet details: platform, scale, language, ownership, first-wave and exclusive-partner marks.</source>
        <translation>ЖМК тууралуу маалымат: аянтча, масштаб, тил, таандыктык, «биринчи толкун» жана «эксклюзивдүү өнөктөш» белгилери.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distribution lists and a log of every contact with the media.</source>
        <translation>Таркатуу тизмелери жана ЖМК менен болгон ар бир байланыштын журналы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders about records that have not been checked for a long time.</source>
        <translation>Көптөн бери текшерилбеген жазуулар тууралуу эстеткичтер.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content plan</source>
        <translation>Контент-план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The publication plan by week, ten days and month, with approvals.</source>
        <translation>Жарыялоолордун апталык, декадалык жана айлык планы, макулдашуулары менен.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items with topic, news hook, format, channel, language and the person responsible.</source>
        <translation>Ар бир жазууда: тема, маалыматтык себеп, формат, канал, тил жана жооптуу адам.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week, ten-day and month views.</source>
        <translation>Апта, декада жана ай боюнча көрүнүштөр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval status with dates: draft, sent for approval, approved, returned, published.</source>
        <translation>Макулдашуу абалы жана датасы: долбоор, макулдашууга жөнөтүлдү, макулдашылды, кайтарылды, жарыяланды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The weekly plan printed for the head&apos;s approval in Kyrgyz or Russian.</source>
        <translation>Апталык план жетекчинин бекитүүсү үчүн кыргыз же орус тилинде басылып чыгат.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press conferences, briefings and other events with their checklists.</source>
        <translation>Пресс-конференциялар, брифингдер жана башка иш-чаралар, аларды даярдоо иштеринин тизмелери менен.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press conferences, briefings, press tours, round tables, business trips and more.</source>
        <translation>Пресс-конференциялар, брифингдер, пресс-турлар, тегерек столдор, иш сапарлары жана башкалар.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklists for before, during and after the event.</source>
        <translation>Иш-чарага чейин, учурунда жана андан кийин аткарылуучу иштердин тизмелери.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accreditation list of journalists, ready to print.</source>
        <translation>Журналисттерди аккредитациялоо тизмеси, басып чыгарууга даяр.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Equipment</source>
        <translation>Жабдуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The press service&apos;s equipment: what there is, where, and who holds it.</source>
        <translation>Басма сөз кызматынын жабдуулары: эмне бар, кайда турат жана кимде.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cameras, microphones, computers and other equipment with their condition.</source>
        <translation>Камералар, микрофондор, компьютерлер жана башка жабдуулар, алардын абалы менен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who holds each item and where it is kept.</source>
        <translation>Ар бир буюм кимде жана кайда сакталат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is missing from the recommended kit, to support a budget request.</source>
        <translation>Сунушталган топтомдо эмнелер жетишпейт — бюджетке сурам даярдоо үчүн.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accounts</source>
        <translation>Аккаунттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The official website and social network accounts, and who has access.</source>
        <translation>Расмий сайт жана социалдык тармактардагы аккаунттар, аларга кимдин кирүү мүмкүнчүлүгү бар.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Website, social networks, messengers, e-mail boxes and domains.</source>
        <translation>Сайт, социалдык тармактар, мессенджерлер, электрондук почта кутулары жана домендер.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether an account is official or personal, and who can sign in.</source>
        <translation>Аккаунт расмийби же жекеби, ага ким кире алат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords and recovery codes kept only in the system&apos;s protected password store, never in the database.</source>
        <translation>Сыр сөздөр жана калыбына келтирүү коддору системанын корголгон сактагычында гана сакталат, маалымат базасында эч качан сакталбайт.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo, video and audio sets by event and date, and where they are kept.</source>
        <translation>Иш-чаралар жана даталар боюнча сүрөт, видео жана аудио топтомдору, алар кайда сакталары.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo, video and audio sets linked to events.</source>
        <translation>Иш-чаралар менен байланышкан сүрөт, видео жана аудио топтомдору.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where each set is stored: a computer folder, an external drive or a cloud.</source>
        <translation>Ар бир топтом кайда сакталат: компьютердеги папкада, тышкы дискте же булутта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by date, event and topic.</source>
        <translation>Дата, иш-чара жана тема боюнча издөө.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handover</source>
        <translation>Иштерди өткөрүп берүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handover act for when the press secretary changes.</source>
        <translation>Пресс-катчы алмашканда түзүлүүчү кабыл алуу-өткөрүп берүү актысы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The act lists equipment, archives, accounts, the media base, open plans and events.</source>
        <translation>Актыда жабдуулар, архивдер, аккаунттар, ЖМК базасы, аяктай элек пландар жана иш-чаралар көрсөтүлөт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parties: the outgoing and incoming press secretary and the commission, approved by the head.</source>
        <translation>Тараптар: иштерди өткөрүп берүүчү жана кабыл алуучу пресс-катчылар жана комиссия; актыны жетекчи бекитет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed in Kyrgyz or Russian in the official style.</source>
        <translation>Расмий стилде кыргыз же орус тилинде басылып чыгат.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coverage &amp; reports</source>
        <translation>Мониторинг жана отчеттор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring of publications about the body and reports for the head.</source>
        <translation>Орган тууралуу жарыялоолордун мониторинги жана жетекчи үчүн отчеттор.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monitoring records: outlet, title, date, link and tone (positive, neutral, negative).</source>
        <translation>Мониторинг жазуулары: ЖМК, аталышы, датасы, шилтемеси жана тоналдуулугу (оң, нейтралдуу, терс).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports by ten days, month, quarter and year.</source>
        <translation>Декада, ай, чейрек жана жыл боюнча отчеттор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How evenly state and independent media were served.</source>
        <translation>Мамлекеттик жана көз карандысыз ЖМКлар менен иш канчалык бирдей жүргүзүлгөнү.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press releases</source>
        <translation>Пресс-релиздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press releases in Kyrgyz and Russian, their approval by the head and their documents.</source>
        <translation>Кыргыз жана орус тилиндеги пресс-релиздер, аларды жетекчи менен макулдашуу жана алардын документтери.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press releases, information messages, media advisories, statements and fact sheets, written in both languages side by side.</source>
        <translation>Пресс-релиздер, маалыматтык билдирүүлөр, ЖМК үчүн анонстор, расмий билдирүүлөр жана маалымкаттар эки тилде катар жазылат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approval by the head with every step&apos;s time and person; an approved text is kept as a version.</source>
        <translation>Жетекчи менен макулдашуу, ар бир кадамдын убактысы жана аткаруучусу менен; макулдашылган текст версия катары сакталат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The release and its approval sheet printed in Kyrgyz or Russian.</source>
        <translation>Пресс-релиз жана анын макулдашуу баракчасы кыргыз же орус тилинде басылып чыгат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Media inquiries</source>
        <translation>ЖМКнын суроо-талаптары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalists&apos; questions and written requests, their deadlines, answers and report.</source>
        <translation>Журналисттердин суроолору жана жазуу жүзүндөгү суроо-талаптар, алардын мөөнөттөрү, жооптору жана отчёт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every inquiry with its channel, journalist, outlet, question and both deadlines: the journalist&apos;s and the legal term of a written request.</source>
        <translation>Ар бир суроо-талап: келген жолу, журналист, ЖМК, суроо жана эки мөөнөтү — журналист сураган мөөнөт жана жазуу жүзүндөгү суроо-талаптын мыйзамдагы мөөнөтү.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is overdue or due soon comes first; the answer and its outcome.</source>
        <translation>Мөөнөтү өткөндөр жана мөөнөтү жакындагандар биринчи көрсөтүлөт; жооп жана анын жыйынтыгы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request note to a unit and the report for a period, printed.</source>
        <translation>Бөлүмгө кызматтык кат жана мезгил боюнча отчёт басып чыгарылат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crisis kit</source>
        <translation>Кризиске даярдык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The anti-crisis plan, holding statements agreed in advance and the crisis checklist.</source>
        <translation>Кризиске каршы план, алдын ала макулдашылган билдирүүлөр жана кризистеги иштердин тизмеси.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenarios with who decides and who speaks, and holding statements in Kyrgyz and Russian approved by the head.</source>
        <translation>Чечимди ким кабыл алары жана ким сүйлөрү көрсөтүлгөн сценарийлер, жетекчи макулдашкан кыргызча жана орусча билдирүүлөр.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The working group from staff and the contacts for instant notice.</source>
        <translation>Кызматкерлерден түзүлгөн жумушчу топ жана шашылыш кабарлоо үчүн байланыштар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The crisis checklist of the first hour and the first day, and one view of a crisis&apos;s statements, inquiries and publications.</source>
        <translation>Биринчи сааттын жана биринчи күндүн иштеринин тизмеси, ошондой эле кризистин билдирүүлөрү, суроо-талаптары жана жарыялоолору бир баракта.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation profile, staff, preferences and the database.</source>
        <translation>Уюмдун профили, кызматкерлер, параметрлер жана маалымат базасы.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../pressdesk/gui/server_actions.py" line="+38"/>
        <source>Connect to a ser&amp;ver…</source>
        <translation>&amp;Серверге туташуу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this computer&apos;s &amp;database</source>
        <translation>&amp;Ушул компьютердеги база</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Who works at this computer…</source>
        <extracomment>Put into the Settings menu by the window.</extracomment>
        <translation>Бул компьютерде ким &amp;иштейт…</translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../../pressdesk/gui/server_dialog.py" line="+105"/>
        <location line="+34"/>
        <source>Connect to a server</source>
        <extracomment>Shows other people&apos;s changes on a shared server (made when one is first opened). The restore of a server backup under way or last run.</extracomment>
        <translation>Серверге туташуу</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PressDesk works on the server now. This computer has no secure password store, so the password is not kept: at the next start PressDesk opens this computer&apos;s database, and the server is chosen here again.</source>
        <translation>PressDesk азыр сервер менен иштейт. Бул компьютерде сырсөздөрдүн коопсуз сактагычы жок, ошондуктан сырсөз сакталган жок: кийинки жолу PressDesk ушул компьютердин базасын ачат, серверди бул жерден кайра тандоо керек болот.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Use this computer&apos;s database</source>
        <translation>Ушул компьютердин базасы менен иштөө</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/server_dialog.py" line="-93"/>
        <source>A press centre of several people can keep one database on a PostgreSQL server and work on it together. Ask whoever looks after the server for these details.</source>
        <translation>Бир нече кызматкерден турган пресс-борбор бир маалымат базасын PostgreSQL серверинде жүргүзүп, аны менен бирге иштей алат. Бул маалыматтарды серверди тейлеген адамдан сураңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>for example 192.168.1.10</source>
        <translation>мисалы, 192.168.1.10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address:</source>
        <translation>Сервердин дареги:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database:</source>
        <translation>Маалымат базасы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login:</source>
        <translation>Колдонуучунун аты:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kept in the password store; type to change</source>
        <translation>сырсөздөр сактагычында сакталат; өзгөртүү үчүн жазыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation>Сырсөз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the server offers it</source>
        <translation>Сервер колдосо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always (refuse an unencrypted connection)</source>
        <translation>Дайыма (шифрлөөсүз туташпоо)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (only on a trusted office network)</source>
        <translation>Эч качан (мекеменин ишенимдүү тармагында гана)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption:</source>
        <translation>Шифрлөө:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the connection</source>
        <translation>Туташууну текшерүү</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to the server…</source>
        <extracomment>The server&apos;s version once a connection worked. The check runs off the window&apos;s thread: a server out of reach takes seconds to say so.</extracomment>
        <translation>Серверге туташуу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>Туташуу</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connected: PostgreSQL {version}.</source>
        <translation>Туташты: PostgreSQL {version}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Changes made here are recorded in the name of the person chosen: approvals, status changes and edits. Each computer of a press centre chooses its own.</source>
        <translation>Бул жерде киргизилген өзгөртүүлөр тандалган кызматкердин атынан жазылат: макулдашуулар, абалдын өзгөрүшү жана оңдоолор. Пресс-борбордун ар бир компьютеринде өз кызматкери тандалат.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The press secretary of the profile ({name})</source>
        <translation>Профилдеги басма сөз катчысы ({name})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who works here:</source>
        <translation>Бул жерде ким иштейт:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who works at this computer</source>
        <translation>Бул компьютерде ким иштейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>Тандоо</translation>
    </message>
</context>
<context>
    <name>ServerRestore</name>
    <message>
        <location filename="../../pressdesk/gui/server_restore.py" line="-85"/>
        <source>Choose a server backup to restore</source>
        <translation>Калыбына келтирүү үчүн сервердин резервдик көчүрмөсүн тандаңыз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace everything in the shared database
{database}

with the backup
{backup}?

Everyone who works on this database will see the data of the backup. The data as it is now is backed up first to
{before}</source>
        <translation>Жалпы маалымат базасындагы
{database}

бардык маалыматтар резервдик көчүрмөдөгү
{backup}

маалыматтар менен алмаштырылсынбы?

Бул маалымат базасында иштегендердин баары резервдик көчүрмөнүн маалыматтарын көрүшөт. Учурдагы маалыматтар адегенде төмөнкү файлга сакталат:
{before}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Restoring the shared database</source>
        <translation>Жалпы маалымат базасы калыбына келтирилүүдө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up the data as it is now, then restoring…</source>
        <translation>Учурдагы маалыматтар сакталууда, андан кийин калыбына келтирилет…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared database was restored from
{backup}

The data as it was before is kept in
{before}</source>
        <translation>Жалпы маалымат базасы төмөнкү көчүрмөдөн калыбына келтирилди:
{backup}

Мурунку маалыматтар төмөнкү файлда сакталды:
{before}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/settings/dialog.py" line="+36"/>
        <source>Settings</source>
        <extracomment>True once anything was saved, so the window knows to refresh its pages.</extracomment>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The profile was not saved</source>
        <translation>Профиль сакталган жок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please correct the following and save again:</source>
        <translation>Төмөнкүлөрдү оңдоп, кайра сактаңыз:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The preferences were not saved</source>
        <translation>Параметрлер сакталган жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file could not be written: {error}</source>
        <translation>Жөндөөлөр файлына жазуу мүмкүн болгон жок: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>Интерфейстин тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language will be used the next time PressDesk starts.</source>
        <translation>Жаңы тил PressDesk кийинки жолу ачылганда колдонулат.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the settings without saving your changes?</source>
        <translation>Өзгөртүүлөрдү сактабай жөндөөлөрдү жабасызбы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Өзгөртүүлөрдү таштоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Түзөтүүнү улантуу</translation>
    </message>
</context>
<context>
    <name>SettingsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/section_page.py" line="+88"/>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Kyrgyz:</source>
        <translation>Кыргызча аталышы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Russian:</source>
        <translation>Орусча аталышы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head:</source>
        <translation>Жетекчи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press secretary:</source>
        <translation>Пресс-катчы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit profile…</source>
        <translation>Профилди түзөтүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff members:</source>
        <translation>Кызматкерлер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign documents:</source>
        <translation>Документтерге кол коюшат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage staff…</source>
        <translation>Кызматкерлер тизмеси…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language:</source>
        <translation>Интерфейстин тили:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF font:</source>
        <translation>PDF шрифти:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check contacts every:</source>
        <translation>Байланыштарды текшерүү мөөнөтү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Маалыматтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Маалымат базасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups folder:</source>
        <translation>Резервдик көчүрмөлөр папкасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another…</source>
        <translation>Башкасын ачуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up…</source>
        <translation>Резервдик көчүрмө…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Калыбына келтирүү…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not filled in</source>
        <translation>толтурулган эмес</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{active} working now, {total} in all</source>
        <translation>учурда иштейт: {active}, бардыгы: {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nobody yet</source>
        <translation>азырынча эч ким жок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system&apos;s ({language})</source>
        <translation>системанын тили ({language})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>found automatically</source>
        <translation>автоматтык түрдө табылат</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ай</numerusform>
            <numerusform>%n ай</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/settings/staff_page.py" line="+60"/>
        <source>New staff member</source>
        <translation>Жаңы кызматкер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff member</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full name:</source>
        <translation>Аты-жөнү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position:</source>
        <translation>Кызмат орду:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Түзүмдүк бөлүм:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефону:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Электрондук почтасы:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signs documents (approves plans and acts)</source>
        <translation>Документтерге кол коёт (пландарды жана актыларды бекитет)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works here now</source>
        <translation>Учурда ушул жерде иштейт</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Notes:</source>
        <translation>Эскертүүлөр:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../pressdesk/gui/models/staff_model.py" line="+30"/>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Кызмат орду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Түзүмдүк бөлүм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs documents</source>
        <translation>Кол коёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Иштейт</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/staff_page.py" line="+57"/>
        <source>Search by name…</source>
        <translation>Аты-жөнү боюнча издөө…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those working now</source>
        <translation>Учурда иштегендер гана</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add…</source>
        <translation>Кошуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Түзөтүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete staff member</source>
        <translation>Кызматкерди өчүрүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {name} from the staff list?

If the person has left, you can instead untick “Works here now” and keep the record.</source>
        <translation>{name} кызматкерлер тизмесинен өчүрүлсүнбү?

Эгер адам жумуштан кеткен болсо, анын ордуна «Учурда ушул жерде иштейт» белгисин алып салып, жазууну сактап калсаңыз болот.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../../pressdesk/gui/messages.py" line="+31"/>
        <source>This file is not a PressDesk database.</source>
        <translation>Бул файл PressDesk маалымат базасы эмес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may be another kind of file, or a database of another program. Choose the right file or restore a backup.</source>
        <translation>Бул башка түрдөгү файл же башка программанын маалымат базасы болушу мүмкүн. Туура файлды тандаңыз же резервдик көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PressDesk cannot write to this database.</source>
        <translation>PressDesk бул маалымат базасына жаза албайт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or its folder is read-only, for example on a CD, a flash drive with write protection or a network folder without write access. Copy the file to a folder you can write to, or ask for write access.</source>
        <translation>Файл же анын папкасы окуу үчүн гана ачык: мисалы, CD дискте, жазуудан корголгон флешкада же жазууга уруксат жок тармактык папкада. Файлды жазууга мүмкүн болгон папкага көчүрүңүз же жазуу укугун сураңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database is already open.</source>
        <translation>Бул маалымат базасы ачык турат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another PressDesk window, perhaps on another computer, is using it. Close PressDesk there first, or open another database.</source>
        <translation>Аны PressDesk программасынын башка терезеси колдонуп жатат, балким башка компьютерде. Адегенде ал жактагы PressDesk программасын жабыңыз же башка маалымат базасын ачыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database is damaged.</source>
        <translation>Бул маалымат базасы бузулган.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the latest backup. The damaged file is kept, so nothing is deleted.</source>
        <translation>Акыркы резервдик көчүрмөдөн калыбына келтириңиз. Бузулган файл сакталып калат, эч нерсе өчүрүлбөйт.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database was made by a newer PressDesk.</source>
        <translation>Бул маалымат базасы PressDesk программасынын жаңыраак версиясында түзүлгөн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the newer version of PressDesk to open it, or open another database.</source>
        <translation>Аны ачуу үчүн PressDesk программасынын жаңы версиясын орнотуңуз же башка маалымат базасын ачыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be opened.</source>
        <translation>Маалымат базасын ачуу мүмкүн эмес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk or network folder is available and has free space, then try again.</source>
        <translation>Диск же тармактык папка жеткиликтүү экенин жана анда бош орун бар экенин текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database could not be brought up to this version.</source>
        <translation>Маалымат базасын бул версияга жаңыртуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was left exactly as it was, and a copy was taken before the attempt. Try again; if it fails again, restore that copy or open the database with the previous PressDesk, and send the log file to the administrator.</source>
        <translation>Маалымат базасы мурункудай калды, аракетке чейин анын көчүрмөсү алынган. Кайра аракет кылыңыз; кайра ишке ашпаса, ошол көчүрмөнү калыбына келтириңиз же базаны PressDesk&apos;тин мурунку версиясы менен ачыңыз жана журнал файлын администраторго жөнөтүңүз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup or restore did not complete.</source>
        <translation>Резервдик көчүрмө түзүү же калыбына келтирүү аягына чыккан жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the chosen file is a PressDesk backup and that the folder can be written to. The current database was not replaced.</source>
        <translation>Тандалган файл PressDesk резервдик көчүрмөсү экенин жана папкага жазууга болорун текшериңиз. Учурдагы маалымат базасы алмаштырылган жок.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database cannot be used.</source>
        <translation>Маалымат базасын колдонуу мүмкүн эмес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file and try again.</source>
        <translation>Файлды текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has not been changed.</source>
        <translation>Файл өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy taken before: {path}</source>
        <translation>Мурда алынган көчүрмө: {path}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The disk or a file could not be used. Check that the disk is available and has free space and that the file is not open in another program.</source>
        <translation>Дискти же файлды колдонуу мүмкүн болгон жок. Диск жеткиликтүү экенин, анда бош орун бар экенин жана файл башка программада ачык эмес экенин текшериңиз.</translation>
    </message>
</context>
<context>
    <name>TechnicalDetails</name>
    <message>
        <location filename="../../pressdesk/gui/details.py" line="+43"/>
        <source>As reported by the system (for the administrator):</source>
        <translation>Система билдиргендей (администратор үчүн):</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/transfers.py" line="+29"/>
        <source>Please wait</source>
        <translation>Күтө туруңуз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another file is being processed.</source>
        <translation>Башка файл иштетилип жатат.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file is saved (records: {count}):
{path}</source>
        <translation>Файл сакталды (жазуулар: {count}):
{path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Таблицалар (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the file…</source>
        <translation>Файл текшерилүүдө…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has no rows to import.</source>
        <translation>Файлда импорттоо үчүн саптар жок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All rows of the file are valid. Rows to import: {count}.</source>
        <translation>Файлдын бардык саптары туура. Импорттоло турган саптар: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Импорттолууда…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Records imported: {count}.</source>
        <translation>Импорттолгон жазуулар: {count}.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/undo.py" line="+162"/>
        <source>&amp;Undo: {what}</source>
        <extracomment>How many steps are kept; the oldest go first. Emitted after every push, undo, redo or clear. Emitted with the section key after a step was undone or redone, to refresh its page. Emitted with the section key after a change was recorded, undone or redone, for the pages that show that section&apos;s records too (the plan marks the items publications cover).</extracomment>
        <translation>&amp;Жокко чыгаруу: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo: {what}</source>
        <translation>&amp;Кайра жасоо: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Кайра жасоо</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot undo</source>
        <translation>Жокко чыгаруу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot redo</source>
        <translation>Кайра жасоо мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{what}”: the database refused it; the records may have been changed in the meantime. The list of changes to undo and redo has been cleared.</source>
        <translation>«{what}»: маалымат базасы аны кабыл алган жок; жазуулар ошол аралыкта өзгөртүлгөн болушу мүмкүн. Жокко чыгаруу жана кайра жасоо тизмеси тазаланды.</translation>
    </message>
</context>
</TS>
