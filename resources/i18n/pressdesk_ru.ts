<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pressdesk/gui/about.py" line="+35"/>
        <source>About PressDesk</source>
        <translation>О программе PressDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The desk of a government body&apos;s press secretary.</source>
        <translation>Рабочее место пресс-секретаря государственного органа.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details</source>
        <translation>Скопировать сведения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{backend} (secure)</source>
        <translation>{backend} (защищённое)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend}: not secure, so PressDesk will not save passwords on this computer</source>
        <translation>{backend}: не защищено, поэтому PressDesk не будет сохранять пароли на этом компьютере</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Версия:</translation>
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
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>Файл журнала:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password store:</source>
        <translation>Хранилище паролей:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../pressdesk/gui/application.py" line="+82"/>
        <source>PressDesk was started with options it does not know:</source>
        <translation>PressDesk запущен с неизвестными ему параметрами:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PressDesk cannot start</source>
        <translation>PressDesk не может запуститься</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Settings were reset</source>
        <translation>Настройки сброшены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file could not be read, so PressDesk started with its default settings. The old file is kept as:
{path}</source>
        <translation>Файл настроек не удалось прочитать, поэтому PressDesk запущен с настройками по умолчанию. Прежний файл сохранён как:
{path}</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/ask_dialog.py" line="+104"/>
        <source>Cancel</source>
        <extracomment>A part of a dialog&apos;s column: a widget or a layout, alone or with its stretch.</extracomment>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>BackupLabel</name>
    <message>
        <location filename="../../pressdesk/gui/status_labels.py" line="+112"/>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The automatic backup is being copied to {folder}.</source>
        <translation>Автоматическая резервная копия записывается в {folder}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Automatic backup</source>
        <translation>Автоматическое резервное копирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The automatic backup did not fully succeed:</source>
        <translation>Автоматическое резервное копирование выполнено не полностью:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backup yet</source>
        <translation>Резервных копий ещё нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last backup: {when}</source>
        <translation>Последняя копия: {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last automatic backup is older than the interval set in Preferences.</source>
        <translation>Последняя автоматическая копия старше срока, заданного в настройках.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups are kept in {folder}.</source>
        <translation>Автоматические копии хранятся в папке {folder}.</translation>
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
        <translation>РУС</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kyrgyz</source>
        <translation>кыргызский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the Russian text here as a starting point</source>
        <translation>Скопировать сюда русский текст как основу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Kyrgyz text here as a starting point</source>
        <translation>Скопировать сюда кыргызский текст как основу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Kyrgyz text: documents in Kyrgyz will lack it</source>
        <translation>Нет текста на кыргызском: в документах на кыргызском его не будет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Russian text: documents in Russian will lack it</source>
        <translation>Нет текста на русском: в документах на русском его не будет</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhile</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/conflict.py" line="+40"/>
        <source>Someone else saved this record while it was open here.</source>
        <translation>Пока запись была открыта здесь, её сохранил другой сотрудник.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They changed: {fields}.</source>
        <translation>Изменено: {fields}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show their version</source>
        <translation>Показать их вариант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine over theirs</source>
        <translation>Сохранить мой вариант поверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to editing</source>
        <translation>Вернуться к редактированию</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../pressdesk/gui/crash.py" line="+66"/>
        <source>PressDesk hit an unexpected error, and the last action may not have finished. You can keep working; if it happens again, restart PressDesk.

The details were written to the log file:
{log_file}</source>
        <translation>В PressDesk произошла непредвиденная ошибка, последнее действие могло не завершиться. Можно продолжать работу; если ошибка повторится, перезапустите PressDesk.

Подробности записаны в файл журнала:
{log_file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open log folder</source>
        <translation>Открыть папку журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../pressdesk/gui/database_ops.py" line="+37"/>
        <source>PressDesk databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Базы данных PressDesk (*.db *.sqlite *.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No other databases yet</source>
        <translation>Других баз данных пока нет</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>PressDesk cannot open the database</source>
        <translation>PressDesk не может открыть базу данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another database…</source>
        <translation>Открыть другую базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The server cannot be reached</source>
        <translation>Сервер недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PressDesk cannot open the shared database {server}. The network or the server may be down. Try again later, or work on this computer&apos;s own database; the server can be chosen again from the File menu.</source>
        <translation>PressDesk не может открыть общую базу данных {server}. Возможно, нет связи или сервер не работает. Повторите попытку позже или работайте с базой данных этого компьютера; сервер можно снова выбрать в меню «Файл».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this computer&apos;s database</source>
        <translation>Работать с базой этого компьютера</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file was not found</source>
        <translation>Файл не найден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file
{path}</source>
        <translation>Файла нет:
{path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is a backup</source>
        <translation>Этот файл — резервная копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file
{path}
is a backup copy of a PressDesk database. Working in it would change the backup itself.

Restore it into your database (the current file is kept beside it), or open it on its own?</source>
        <translation>Файл
{path}
является резервной копией базы данных PressDesk. Работа в нём изменит саму копию.

Восстановить её в вашу базу данных (текущий файл сохранится рядом) или открыть отдельно?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore into my database…</source>
        <translation>Восстановить в мою базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backup on its own</source>
        <translation>Открыть копию отдельно</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The database was not opened</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+33"/>
        <source>Server backups (*.dump);;All files (*)</source>
        <translation>Копии сервера (*.dump);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup failed</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup complete</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was backed up to:
{path}</source>
        <translation>Резервная копия базы данных сохранена:
{path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a backup to restore</source>
        <translation>Выберите резервную копию для восстановления</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>This backup cannot be restored</source>
        <translation>Эту резервную копию нельзя восстановить</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+8"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the current database
{current}

with the backup
{backup}?

The current file is kept beside it as a copy, so it can be brought back.</source>
        <translation>Заменить текущую базу данных
{current}

резервной копией
{backup}?

Копия текущего файла сохранится рядом с ним, её можно будет вернуть.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+7"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+115"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-80"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="+35"/>
        <location line="+46"/>
        <source>Restore failed</source>
        <translation>Восстановление не выполнено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was restored from:
{backup}</source>
        <translation>База данных восстановлена из копии:
{backup}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The previous database was kept as:
{kept}</source>
        <translation>Прежняя база данных сохранена как:
{kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../pressdesk/gui/server_restore.py" line="-13"/>
        <source>Restore complete</source>
        <translation>Восстановление завершено</translation>
    </message>
</context>
<context>
    <name>DatabaseLabel</name>
    <message>
        <location filename="../../pressdesk/gui/status_labels.py" line="-118"/>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DEMO with invented data: {path}. Your own database is not touched; Help → Leave the demo returns to it.</source>
        <translation>ДЕМО с вымышленными данными: {path}. Ваша база данных не затрагивается; Справка → Выйти из демо возвращает к ней.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on a network drive: one person at a time</source>
        <translation>на сетевом диске: одновременно только один пользователь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database lies on a network drive. PressDesk works on it safely, but only one person can have it open at a time, and every save waits for the network. For several people working together, use a database server (team mode).</source>
        <translation>База данных находится на сетевом диске. PressDesk работает с ней безопасно, но открыть её одновременно может только один человек, и каждое сохранение ждёт сеть. Для совместной работы нескольких человек используйте сервер базы данных (командный режим).</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../pressdesk/gui/dialogs.py" line="+120"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/export.py" line="+49"/>
        <source>Excel table (XLSX)</source>
        <translation>Таблица Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as text (CSV)</source>
        <translation>Таблица в виде текста (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard for phones and mail (VCF)</source>
        <translation>vCard для телефонов и почты (VCF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation>Документ Word (DOCX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar file (iCalendar, ICS)</source>
        <translation>Файл календаря (iCalendar, ICS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel tables (*.xlsx)</source>
        <translation>Таблицы Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install DejaVu Sans or choose a TrueType font under Settings → Preferences, or save as DOCX instead.</source>
        <translation>Для PDF не найден шрифт с кыргызскими буквами ң, ө и ү. Установите DejaVu Sans или выберите шрифт TrueType в разделе Настройки → Параметры либо сохраните план как DOCX.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be written. Check that the folder exists, that you may write there, that the disk has free space and that the file is not open in another program.</source>
        <translation>Не удалось записать файл. Проверьте, что папка существует, что в неё можно записывать, что на диске есть свободное место и что файл не открыт в другой программе.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file could not be read as a table. Use an Excel workbook (.xlsx) or a CSV file whose first row names the columns.</source>
        <translation>Не удалось прочитать файл как таблицу. Используйте книгу Excel (.xlsx) или файл CSV, в первой строке которого названы столбцы.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be made.</source>
        <translation>Не удалось создать файл.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the file…</source>
        <translation>Сохранение файла…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document language:</source>
        <translation>Язык документа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark «For official use»</source>
        <translation>Поставить гриф «Для служебного пользования»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints «Кызматтык пайдалануу үчүн» / «Для служебного пользования» on Word and PDF documents and Excel tables; CSV, vCard and calendar files carry no mark.</source>
        <translation>На документах Word и PDF и таблицах Excel печатается гриф «Кызматтык пайдалануу үчүн» / «Для служебного пользования»; в файлах CSV, vCard и календаря грифа нет.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The document is saved:
{path}</source>
        <translation>Документ сохранён:
{path}</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <location filename="../../pressdesk/gui/file_problems.py" line="+15"/>
        <source>{file} is larger than {value} MB, the most a contact table (CSV or XLSX) may be.</source>
        <translation>Файл {file} больше {value} МБ — это предел для таблицы контактов (CSV или XLSX).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} has more than {value} rows, the most a contact table may have.</source>
        <translation>В файле {file} больше {value} строк — это предел для таблицы контактов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is larger than {value} MB, the most an inventory or archive table may be.</source>
        <translation>Файл {file} больше {value} МБ — это предел для таблицы оборудования или архива.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} has more than {value} rows, the most an inventory or archive table may have.</source>
        <translation>В файле {file} больше {value} строк — это предел для таблицы оборудования или архива.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {line} of {file} has a cell of more than {value} characters, the most a cell may hold.</source>
        <translation>В строке {line} файла {file} есть ячейка длиннее {value} знаков — это предел для одной ячейки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} unpacks to more than {value} MB, the most an Excel workbook (XLSX) may unpack to.</source>
        <translation>В распакованном виде файл {file} больше {value} МБ — это предел для книги Excel (XLSX).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text of the workbook {file} unpacks to more than {value} MB, the most it may.</source>
        <translation>В распакованном виде текст книги {file} больше {value} МБ — это предел.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cells of the workbook {file} hold more than {value} characters of text, the most a table may hold.</source>
        <translation>В ячейках книги {file} больше {value} знаков текста — это предел для таблицы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part of the workbook {file} other than its sheets unpacks to more than {value} MB, the most it may.</source>
        <translation>В распакованном виде часть книги {file}, не являющаяся листом, больше {value} МБ — это предел.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is larger than {value} MB, the most a vCard file may be.</source>
        <translation>Файл {file} больше {value} МБ — это предел для файла vCard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds more than {value} contacts, the most a vCard file may hold.</source>
        <translation>В файле {file} больше {value} контактов — это предел для файла vCard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contacts in {file} hold more than {value} MB of text besides their photos, the most a vCard file may.</source>
        <translation>В контактах файла {file}, не считая фотографий, больше {value} МБ текста — это предел для файла vCard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value on line {line} of {file} is longer than {value} MB, the most one value other than a photo may be.</source>
        <translation>Значение в строке {line} файла {file} длиннее {value} МБ — это предел для одного значения, кроме фотографии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is larger than {value} MB, the most a calendar file may be.</source>
        <translation>Файл {file} больше {value} МБ — это предел для файла календаря.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds more than {value} events, the most a calendar file may hold.</source>
        <translation>В файле {file} больше {value} мероприятий — это предел для файла календаря.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is damaged or is not an Excel workbook (XLSX), and cannot be read. Open it in Excel or LibreOffice and save it again as XLSX, or save it as CSV.</source>
        <translation>Файл {file} повреждён или не является книгой Excel (XLSX), прочитать его нельзя. Откройте его в Excel или LibreOffice и сохраните заново как XLSX или как CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is damaged and cannot be read from row {row} on. Open it in Excel or LibreOffice and save it again as XLSX, or save it as CSV.</source>
        <translation>Файл {file} повреждён, начиная со строки {row} его прочитать нельзя. Откройте его в Excel или LibreOffice и сохраните заново как XLSX или как CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} starts with the mark of UTF-8 text, but line {line} is not UTF-8: the file mixes two encodings. Save it again as “CSV UTF-8”.</source>
        <translation>Файл {file} начинается с метки текста UTF-8, но строка {line} записана не в UTF-8: в файле смешаны две кодировки. Сохраните его заново как «CSV UTF-8».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is UTF-16 text that ends in the middle of a letter: it is cut short or damaged. Save it again from the program that made it.</source>
        <translation>Текст UTF-16 в файле {file} обрывается посреди буквы: файл обрезан или повреждён. Сохраните его заново в программе, которая его создала.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV text of {file} is malformed on line {line}. Open it in a spreadsheet program and save it again as CSV.</source>
        <translation>Текст CSV в файле {file} нарушен в строке {line}. Откройте его в программе электронных таблиц и сохраните заново как CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is empty: there is nothing to import in it.</source>
        <translation>Файл {file} пуст: импортировать из него нечего.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a folder, not a file. Choose the file itself.</source>
        <translation>{file} — это папка, а не файл. Выберите сам файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be opened: it was moved or deleted, or you may not read it. Check that the file is there and that you have the right to read it.</source>
        <translation>Файл {file} не удаётся открыть: он перемещён или удалён, либо у вас нет права его читать. Проверьте, что файл на месте и что у вас есть право на его чтение.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} cannot be imported: choose a file of one of these kinds: {formats}.</source>
        <translation>Файл {file} нельзя импортировать: выберите файл одного из следующих видов: {formats}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is an old Excel 97–2003 workbook (XLS). Open it in Excel or LibreOffice, save it as XLSX or CSV and try again.</source>
        <translation>{file} — старая книга Excel 97–2003 (XLS). Откройте её в Excel или LibreOffice, сохраните как XLSX или CSV и повторите попытку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No row naming the columns was found in {file}; the first row should name them. If the letters of the file look wrong, its encoding is not known: save it again as “CSV UTF-8”.</source>
        <translation>В файле {file} не найдена строка с названиями столбцов; в первой строке должны быть названия столбцов. Если буквы в файле выглядят неправильно, его кодировка неизвестна: сохраните его заново как «CSV UTF-8».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns the import needs are missing in {file}: {missing}.</source>
        <translation>В файле {file} нет столбцов, необходимых для импорта: {missing}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook {file} has no sheets.</source>
        <translation>В книге {file} нет ни одного листа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has a row naming the columns, but no contacts under it.</source>
        <translation>В файле {file} есть строка с названиями столбцов, но под ней нет ни одного контакта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column of names, e-mail addresses or phone numbers was found in {file}. Name a column ФИО or Аты-жөнү, or choose the columns by hand.</source>
        <translation>В файле {file} не найден столбец с ФИО, адресами электронной почты или номерами телефонов. Назовите один из столбцов «ФИО» или «Аты-жөнү» либо выберите столбцы вручную.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} ends inside the contact that starts on line {line}: it is probably cut short. Export the contacts again.</source>
        <translation>Файл {file} обрывается внутри контакта, который начинается в строке {line}: вероятно, он неполный. Экспортируйте контакты заново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} holds no vCard contacts.</source>
        <translation>В файле {file} нет ни одного контакта vCard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/transfers.py" line="+58"/>
        <source>Problems in the file</source>
        <translation>Ошибки в файле</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that can be imported: {valid}. Rows with problems: {rejected}.
Nothing has been imported yet. Correct the file and import it again, or import only the valid rows.</source>
        <translation>Строк, которые можно импортировать: {valid}. Строк с ошибками: {rejected}.
Пока ничего не импортировано. Исправьте файл и импортируйте его снова или импортируйте только правильные строки.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row {line}</source>
        <translation>Строка {line}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import valid rows only</source>
        <translation>Импортировать только правильные строки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/jobs.py" line="+79"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pressdesk/gui/main_window.py" line="+103"/>
        <source>&amp;Open another database…</source>
        <extracomment>The user&apos;s own database URL while the demo is open in its place, else None.</extracomment>
        <translation>&amp;Открыть другую базу данных…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>Во&amp;сстановить из резервной копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation profile…</source>
        <translation>&amp;Профиль организации…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Staff…</source>
        <translation>&amp;Сотрудники…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>Параме&amp;тры…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About PressDesk</source>
        <translation>&amp;О программе PressDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;data folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Welcome and first steps</source>
        <translation>&amp;Приветствие и первые шаги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the de&amp;mo</source>
        <translation>Открыть д&amp;емо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave the demo</source>
        <translation>&amp;Выйти из демо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find in this section</source>
        <translation>&amp;Поиск в разделе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New record…</source>
        <translation>&amp;Новая запись…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recen&amp;t databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ctions</source>
        <translation>&amp;Разделы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This page has no search field.</source>
        <translation>На этой странице нет поля поиска.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is added on this page.</source>
        <translation>На этой странице ничего не добавляется.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/window_database.py" line="+134"/>
        <source>Open a database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is already open:
{path}</source>
        <translation>Эта база данных уже открыта:
{path}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Welcome</source>
        <translation>Приветствие</translation>
    </message>
</context>
<context>
    <name>MessageTerms</name>
    <message>
        <location filename="../../pressdesk/message_texts.py" line="+457"/>
        <source>server address</source>
        <extracomment>Names of fields and codes filled into the sentences above, listed for the translators.</extracomment>
        <translation>адрес сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database name</source>
        <translation>имя базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encryption</source>
        <translation>шифрование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audience note</source>
        <translation>Примечание об аудитории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messenger handle</source>
        <translation>Имя в мессенджере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet kind</source>
        <translation>Вид СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet name</source>
        <translation>Название СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ownership</source>
        <translation>Принадлежность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>periodicity</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person kind</source>
        <translation>Вид контакта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social links</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>Сайт</translation>
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
        <translation>Название списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign name</source>
        <translation>Название кампании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition</source>
        <translation>состояние</translation>
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
        <translation>тип владельца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery codes</source>
        <translation>коды восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task text</source>
        <translation>Текст задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sign-in sheet</source>
        <translation>лист регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an advisory</source>
        <translation>анонс для СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipients</source>
        <translation>список получателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file without extension</source>
        <translation>файл без расширения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan</source>
        <translation>план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target audience</source>
        <translation>Целевая аудитория</translation>
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
        <translation>черновик</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>sent for approval</source>
        <translation>отправлен на согласование</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>approved</source>
        <translation>согласован</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+34"/>
        <source>returned</source>
        <translation>возвращён</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>published</source>
        <translation>опубликован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none, it is final</source>
        <translation>нет, это конечный статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>ежедневного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>еженедельного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>ежемесячного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yearly</source>
        <translation>ежегодного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list kind</source>
        <translation>Вид списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>material kind</source>
        <translation>Вид материала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tone</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mentions</source>
        <translation>Число упоминаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>адресу эл. почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>номеру телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>названию организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nickname</source>
        <translation>псевдониму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone definition</source>
        <translation>описание часового пояса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder (VALARM)</source>
        <translation>напоминание (VALARM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task (VTODO)</source>
        <translation>задача (VTODO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal entry (VJOURNAL)</source>
        <translation>запись журнала (VJOURNAL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tasks (VTODO)</source>
        <translation>задачи (VTODO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal entries (VJOURNAL)</source>
        <translation>записи журнала (VJOURNAL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free/busy times (VFREEBUSY)</source>
        <translation>сведения о занятости (VFREEBUSY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a press release</source>
        <translation>пресс-релиз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an approval sheet</source>
        <translation>лист согласования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press release kind</source>
        <translation>вид пресс-релиза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press release status</source>
        <translation>состояние пресс-релиза</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>distributed</source>
        <translation>разослан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry kind</source>
        <translation>вид запроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry channel</source>
        <translation>способ поступления запроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry status</source>
        <translation>состояние запроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inquiry outcome</source>
        <translation>результат запроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming number</source>
        <translation>входящий номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender&apos;s address</source>
        <translation>адрес отправителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the unit</source>
        <translation>в подразделении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>ответ дан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a request note</source>
        <translation>служебная записка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the anti-crisis plan</source>
        <translation>антикризисный план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a local document</source>
        <translation>локальный документ</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location line="-543"/>
        <source>The {field} cannot be empty.</source>
        <extracomment>Every sentence a service can raise, by code; ``{name}`` placeholders take the error&apos;s values.</extracomment>
        <translation>Поле «{field}» не может быть пустым.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>Поле «{field}» длиннее {limit} знаков.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {field} cannot be negative.</source>
        <translation>Поле «{field}» не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown {field} &apos;{value}&apos;; use {allowed}.</source>
        <translation>Неизвестное значение «{value}» в поле «{field}»; допустимо: {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this record after you opened it, so your changes were not saved over theirs. Close the editor, open the record again to see what changed, and make your changes once more.</source>
        <translation>Пока запись была открыта у вас, её изменил другой пользователь, поэтому ваши изменения не записаны поверх его изменений. Закройте редактор, откройте запись заново, чтобы увидеть изменения, и внесите свои изменения ещё раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is no longer in the database; it may have been deleted.</source>
        <translation>Этой записи уже нет в базе; возможно, она удалена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large</source>
        <translation>слишком большое значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the future</source>
        <translation>не может быть в будущем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the check-out date</source>
        <translation>раньше даты выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say who takes the item</source>
        <translation>укажите, кто получает предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is written off and cannot be handed out</source>
        <translation>списан, его нельзя выдать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not checked out</source>
        <translation>никому не выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say whose personal account this is</source>
        <translation>укажите, чей это личный аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a web address (https://…)</source>
        <translation>не веб-адрес (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say where the set is kept: a folder, a drive or a link</source>
        <translation>укажите, где хранится набор: папка, диск или ссылка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is out of range</source>
        <translation>вне допустимого диапазона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such staff member</source>
        <translation>такого сотрудника нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a category is listed twice</source>
        <translation>категория указана дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long for the system password store</source>
        <translation>слишком длинное для системного хранилища паролей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is longer than {limit} characters</source>
        <translation>длиннее допустимого ({limit} симв.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown {what} &apos;{value}&apos;</source>
        <translation>{what}: неизвестное значение &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already with {name} since {date}</source>
        <translation>уже у {name} с {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already used by «{name}»</source>
        <translation>уже используется у «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains the {secret}; remove it from this field</source>
        <translation>содержит {secret}; удалите из этого поля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {limit}</source>
        <translation>должно быть от 1 до {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{column}» {problem}</source>
        <translation>«{column}» {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record cannot be merged with itself.</source>
        <translation>Запись нельзя объединить с ней самой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list named “{name}” already exists.</source>
        <translation>Список «{name}» уже существует.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An outlet named “{name}” is already in the base.</source>
        <translation>СМИ «{name}» уже есть в базе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved-filter list needs a filter.</source>
        <translation>Для списка-фильтра нужен фильтр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A log entry needs a person or an outlet.</source>
        <translation>В записи журнала нужно указать человека или СМИ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A topic needs a name in Kyrgyz or in Russian.</source>
        <translation>У темы должно быть название на кыргызском или русском языке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topic name “{name}” is already used by another topic.</source>
        <translation>Название «{name}» уже занято другой темой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A topic cannot be merged into itself.</source>
        <translation>Тему нельзя объединить с ней самой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved filter cannot be read; save it again.</source>
        <translation>Сохранённый фильтр не удаётся прочитать; сохраните его заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” is a protocol event, closed to the media; it has no accreditation. Clear the protocol mark first if journalists are admitted.</source>
        <translation>«{title}» — протокольное мероприятие, закрытое для СМИ: аккредитации у него нет. Если журналистов допускают, сначала снимите отметку «протокольное».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” is a protocol event, closed to the media; no advisory is sent. Clear the protocol mark first if journalists are admitted.</source>
        <translation>«{title}» — протокольное мероприятие, закрытое для СМИ: пресс-анонс не рассылается. Если журналистов допускают, сначала снимите отметку «протокольное».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown event type &apos;{kind}&apos;; use one of {allowed}.</source>
        <translation>Неизвестный тип мероприятия &apos;{kind}&apos;; допустимо: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event needs a title.</source>
        <translation>У мероприятия должно быть название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event ends ({end}) before it starts ({start}); check the end date and time.</source>
        <translation>Мероприятие заканчивается ({end}) раньше, чем начинается ({start}); проверьте дату и время окончания.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event lasts more than {days} days ({start} – {end}); check the dates.</source>
        <translation>Мероприятие длится больше {days} дней ({start} – {end}); проверьте даты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No content-plan item with id {ids}; it may have been deleted.</source>
        <translation>В контент-плане нет записи с номером {ids}; возможно, она удалена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template needs a name in Kyrgyz or Russian.</source>
        <translation>У шаблона должно быть название на кыргызском или русском.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The follow-up window must be 0 to {limit} days after the event, not {days}.</source>
        <translation>Срок после мероприятия должен быть от 0 до {limit} дней, а не {days}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: unknown phase &apos;{phase}&apos;; use {allowed}.</source>
        <translation>{line}: неизвестный этап &apos;{phase}&apos;; допустимо: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: the line needs a text in Kyrgyz or Russian.</source>
        <translation>{line}: у строки должен быть текст на кыргызском или русском.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: the text is longer than {limit} characters.</source>
        <translation>{line}: текст длиннее {limit} знаков.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: a line before the event cannot be due {days} days after it starts; use 0 or a negative number of days, or move the line to “during” or “after”.</source>
        <translation>{line}: срок строки «до мероприятия» не может наступать через {days} дн. после его начала; укажите 0 или отрицательное число дней либо перенесите строку в «во время» или «после».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: more than {limit} days before the event.</source>
        <translation>{line}: больше чем за {limit} дней до мероприятия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}: a line during the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</source>
        <translation>{line}: срок строки «во время мероприятия» не может наступать до него; укажите 0 или положительное число дней либо перенесите строку в «до».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: a line after the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</source>
        <translation>{line}: срок строки «после мероприятия» не может наступать до него; укажите 0 или положительное число дней либо перенесите строку в «до».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: due {days} days after the event, beyond the template&apos;s follow-up window of {window} days; shorten the deadline or widen the window.</source>
        <translation>{line}: срок через {days} дн. после мероприятия выходит за срок шаблона в {window} дн.; сократите срок или увеличьте срок шаблона.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {number}</source>
        <translation>строка {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {number} (&apos;{text}&apos;)</source>
        <translation>строка {number} (&apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown phase &apos;{phase}&apos;; use {allowed}.</source>
        <translation>Неизвестный этап &apos;{phase}&apos;; допустимо: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The task needs a text in Kyrgyz or Russian.</source>
        <translation>У задачи должен быть текст на кыргызском или русском.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; is not an ISO week; write it as 2026-W48.</source>
        <translation>&apos;{text}&apos; — не номер недели; запишите его как 2026-W48.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; is not an ISO week of that year.</source>
        <translation>&apos;{text}&apos; — такой недели в этом году нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown accreditation status &apos;{status}&apos;; use {allowed}.</source>
        <translation>Неизвестный статус аккредитации &apos;{status}&apos;; допустимо: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An accreditation line needs the journalist&apos;s name.</source>
        <translation>В строке аккредитации должно быть имя журналиста.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name or the outlet is longer than {limit} characters.</source>
        <translation>Имя или название СМИ длиннее {limit} символов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff member with id {id}.</source>
        <translation>Нет сотрудника с номером {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {what} as &apos;{suffix}&apos;: use one of {allowed}.</source>
        <translation>Нельзя записать {what} в формате &apos;{suffix}&apos;: допустимо {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export {what} as &apos;{suffix}&apos;: use one of {allowed}.</source>
        <translation>Нельзя экспортировать {what} в формате &apos;{suffix}&apos;: допустимо {allowed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A campaign named “{name}” already exists.</source>
        <translation>Кампания «{name}» уже существует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign ends ({end}) before it starts ({start}).</source>
        <translation>Кампания заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan holds {count} items; a printed plan takes at most {limit}. Print a shorter period (a week or a ten-day period) or filter the items.</source>
        <translation>В плане {count} материалов; в печатный план входит не больше {limit}. Напечатайте более короткий период (неделю или декаду) или отфильтруйте материалы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The series “{title}” has no occurrence on {date}.</source>
        <translation>Серия «{title}» не повторяется {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan item does not repeat.</source>
        <translation>Этот материал не повторяется.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan item was changed or deleted elsewhere after this step; the plan is left as it is.</source>
        <translation>Материал плана изменён или удалён в другом месте после этого действия; план оставлен как есть.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A channel with the code “{code}” already exists.</source>
        <translation>Канал с кодом «{code}» уже существует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel “{name}” is used by {count} plan items; mark it inactive instead of deleting it.</source>
        <translation>Канал «{name}» используется в материалах плана ({count}); вместо удаления отметьте его как неиспользуемый.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The repeat rule ends (UNTIL {until}) before the item&apos;s first day ({start}); it would produce no dates.</source>
        <translation>Повторение заканчивается {until}, раньше первого дня материала ({start}); не получится ни одной даты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>COUNT may be at most {limit}.</source>
        <translation>Число повторений — не больше {limit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan item needs a title.</source>
        <translation>У материала должно быть название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded dates only make sense for a recurring item.</source>
        <translation>Исключённые даты имеют смысл только для повторяющегося материала.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An edited occurrence of a series cannot repeat by itself.</source>
        <translation>Изменённый раз из серии не может повторяться сам по себе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule part &apos;{part}&apos; has no value (write NAME=VALUE).</source>
        <translation>В части правила повтора &apos;{part}&apos; нет значения (пишите NAME=VALUE).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule names {name} twice.</source>
        <translation>В правиле повтора {name} указан дважды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repeat rule uses {parts}, which the plan does not support; use {allowed}.</source>
        <translation>В правиле повтора есть {parts}, план это не поддерживает; допустимо: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY).</source>
        <translation>В правиле повтора нужен FREQ (DAILY, WEEKLY, MONTHLY или YEARLY).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan repeats by whole days: FREQ must be one of {allowed}, not {freq}.</source>
        <translation>План повторяется целыми днями: FREQ должен быть одним из {allowed}, а не {freq}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A repeat rule may give COUNT or UNTIL, not both.</source>
        <translation>Правило повтора задаёт COUNT или UNTIL, но не оба сразу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must be a whole number of at least 1, not &apos;{value}&apos;.</source>
        <translation>{name} должен быть целым числом не меньше 1, а не &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UNTIL={value} is not a date; write it as UNTIL=20261231.</source>
        <translation>UNTIL={value} — не дата; запишите как UNTIL=20261231.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule &apos;{rule}&apos; cannot be read.</source>
        <translation>Правило повтора &apos;{rule}&apos; не удаётся прочитать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule &apos;{rule}&apos; is not a single RRULE.</source>
        <translation>Правило повтора &apos;{rule}&apos; — не одно правило RRULE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BYSETPOS picks a position that a {freq} rule never has.</source>
        <translation>BYSETPOS выбирает позицию, которой у {freq} правила не бывает.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; must be a comma-separated list of numbers.</source>
        <translation>&apos;{value}&apos; должно быть списком чисел через запятую.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule produces no dates before its UNTIL day.</source>
        <translation>Правило повтора не даёт ни одной даты до дня UNTIL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule produces no dates.</source>
        <translation>Правило повтора не даёт ни одной даты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an excluded date (write 2026-11-21).</source>
        <translation>&apos;{value}&apos; — не исключённая дата (пишите 2026-11-21).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../pressdesk/message_texts_data.py" line="+34"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Период заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A month has ten-day periods 1, 2 and 3, not {value}.</source>
        <translation>В месяце декады 1, 2 и 3, а не {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown period kind &apos;{kind}&apos;; use one of {allowed}.</source>
        <translation>Неизвестный вид периода &apos;{kind}&apos;; допустимо: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year {year} is outside the calendar (1–9999).</source>
        <translation>Год {year} вне календаря (1–9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no month {month}: months are numbered 1–12.</source>
        <translation>Месяца {month} нет: месяцы нумеруются от 1 до 12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a date: that month has {days} days.</source>
        <translation>{value} — не дата: в этом месяце {days} дн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day {day} does not exist in month {month} ({days} days).</source>
        <translation>В месяце {month} нет дня {day} (в нём {days} дн.).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a date; write it as 2026-11-21 or 21.11.2026.</source>
        <translation>&apos;{value}&apos; — не дата; запишите как 2026-11-21 или 21.11.2026.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}: the year {year} is outside the calendar (1–9999).</source>
        <translation>{value}: год {year} вне календаря (1–9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}: the year {year} has ISO weeks 1–{weeks}.</source>
        <translation>{value}: в году {year} недели с 1 по {weeks}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a period; write a week as 2026-W48, a ten-day period as 2026-11-2, a month as 2026-11, a quarter as 2026-Q4 or a year as 2026.</source>
        <translation>&apos;{value}&apos; — не период; неделю пишите как 2026-W48, декаду — 2026-11-2, месяц — 2026-11, квартал — 2026-Q4, год — 2026.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The range {start} – {end} covers {days} days; choose at most {limit} days (about ten years).</source>
        <translation>Диапазон {start} – {end} охватывает {days} дн.; выберите не больше {limit} дн. (около десяти лет).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown status &apos;{status}&apos;; use one of {allowed}.</source>
        <translation>Неизвестный статус &apos;{status}&apos;; допустимо: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item is already {status}.</source>
        <translation>Материал уже в статусе «{status}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item that is {current} cannot become {target}; allowed next steps: {steps}.</source>
        <translation>Материал в статусе «{current}» не может перейти в статус «{target}»; возможные следующие шаги: {steps}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say who approved the item: an approval must leave a name.</source>
        <translation>Укажите, кто согласовал: после согласования должно остаться имя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the item is returned: the comment tells what to change.</source>
        <translation>Укажите, почему материал возвращён: комментарий говорит, что изменить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the holiday list {file}.</source>
        <translation>Не удаётся прочитать список праздников {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The holiday list {file} is damaged.</source>
        <translation>Список праздников {file} повреждён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A channel kind is one of {allowed}.</source>
        <translation>Вид канала — один из: {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown channel(s): {codes}.</source>
        <translation>Неизвестные каналы: {codes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no campaign with id {id}.</source>
        <translation>Нет кампании с номером {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A campaign needs a name.</source>
        <translation>У кампании должно быть название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several campaigns start with &apos;{name}&apos;: {names}. Give the full name.</source>
        <translation>С &apos;{name}&apos; начинаются несколько кампаний: {names}. Укажите полное название.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no issued handover act with id {id}.</source>
        <translation>Нет составленного акта приёма-передачи с номером {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the act as {name}: use one of {allowed}.</source>
        <translation>Нельзя сохранить акт как {name}: допустимо {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two files of the same format were given: {name}.</source>
        <translation>Указаны два файла одного формата: {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to attach to the act cannot be read: {file}.</source>
        <translation>Не удаётся прочитать файл для приложения к акту: {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attached export must be one of {allowed}.</source>
        <translation>Прилагаемая выгрузка должна быть одной из: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored act content cannot be read.</source>
        <translation>Не удаётся прочитать сохранённое содержание акта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown act snapshot version {version}.</source>
        <translation>Неизвестная версия сохранённой копии акта: {version}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The full name of a staff member cannot be empty.</source>
        <translation>ФИО сотрудника не может быть пустым.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document language must be Kyrgyz (ky) or Russian (ru).</source>
        <translation>Язык документа должен быть кыргызским (ky) или русским (ru).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation>Логотип больше 2 МБ; возьмите изображение поменьше.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Логотип должен быть изображением в формате PNG, JPEG или SVG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation e-mail address is not valid.</source>
        <translation>Адрес электронной почты организации указан неверно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot sort on &apos;{sort}&apos;; use one of {allowed}.</source>
        <translation>Нельзя сортировать по &apos;{sort}&apos;; допустимо: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page starts at 0 or later and holds 1 to {limit} rows.</source>
        <translation>Страница начинается с 0 или дальше и содержит от 1 до {limit} строк.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list &apos;{name}&apos; is a saved filter; change the filter instead.</source>
        <translation>Список &apos;{name}&apos; — сохранённый фильтр; измените фильтр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topic &apos;{topic}&apos; is longer than {limit} characters.</source>
        <translation>Тема &apos;{topic}&apos; длиннее {limit} знаков.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown {what}: {values}; use {allowed}.</source>
        <translation>{what}: неизвестные значения {values}; допустимо: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export to {name}: use one of {allowed}.</source>
        <translation>Нельзя выгрузить в {name}: допустимо {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export to {name}: use a {allowed} file.</source>
        <translation>Нельзя выгрузить в {name}: используйте файл {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported document language &apos;{value}&apos;; use one of {allowed}.</source>
        <translation>Язык документа &apos;{value}&apos; не поддерживается; допустимо: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one file for the act (.docx or .pdf).</source>
        <translation>Выберите хотя бы один файл для акта (.docx или .pdf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name at least one party of the act (outgoing or incoming person).</source>
        <translation>Укажите хотя бы одну сторону акта (сдающего или принимающего).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An act with number {number} has already been issued. The next free number is {next}.</source>
        <translation>Акт № {number} уже составлен. Следующий свободный номер: {next}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export either a period or a campaign.</source>
        <translation>Экспортируйте либо период, либо кампанию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holiday needs a name.</source>
        <translation>У праздника должно быть название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The range ends before it starts.</source>
        <translation>Диапазон заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A channel code is 1–30 letters, digits or underscores.</source>
        <translation>Код канала — от 1 до 30 букв, цифр или знаков подчёркивания.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A channel needs a name.</source>
        <translation>У канала должно быть название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The approval wait must be zero or more days.</source>
        <translation>Срок ожидания согласования — ноль или больше дней.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BYMONTH takes month numbers 1–12.</source>
        <translation>BYMONTH принимает номера месяцев 1–12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYMONTHDAY takes day numbers 1–31 or -31…-1 (from the month&apos;s end).</source>
        <translation>BYMONTHDAY принимает номера дней 1–31 или -31…-1 (от конца месяца).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule only allows 29 February but never reaches a leap year.</source>
        <translation>Правило повторения допускает только 29 февраля, но ни разу не попадает на високосный год.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat rule never lands in the months it names (BYMONTH with this INTERVAL).</source>
        <translation>Правило повторения ни разу не попадает в названные месяцы (BYMONTH при таком INTERVAL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The repeat rule names days that do not exist in its months (such as 30 February); it would produce no dates.</source>
        <translation>Правило повторения называет дни, которых нет в его месяцах (например, 30 февраля); не получится ни одной даты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period would leave the calendar (years 1–9999).</source>
        <translation>Период выходит за пределы календаря (годы 1–9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week would leave the calendar (years 1–9999).</source>
        <translation>Неделя выходит за пределы календаря (годы 1–9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be between 0 and 1440 minutes (one day).</source>
        <translation>Длительность — от 0 до 1440 минут (одни сутки).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new plan item starts as an idea or a draft.</source>
        <translation>Новый материал плана начинается как идея или черновик.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{key}” is not a plan item (write 12, or 12@2026-11-23 for one occurrence).</source>
        <translation>«{key}» — не материал контент-плана (укажите 12 или 12@2026-11-23 для одной даты).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select at least one plan item.</source>
        <translation>Выберите хотя бы один материал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the {count} selected items can take this step: their status does not allow it.</source>
        <translation>Ни один из выбранных материалов ({count}) не может сделать этот шаг: статус не позволяет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period holds no items in the status asked for.</source>
        <translation>В периоде нет материалов в указанном статусе.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/message_texts_desk.py" line="+67"/>
        <source>A crisis scenario needs a name in Kyrgyz or in Russian.</source>
        <translation>У сценария кризиса должно быть название на кыргызском или русском языке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name or title is longer than {limit} characters.</source>
        <translation>Название длиннее {limit} символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no crisis scenario with id {id}.</source>
        <translation>Сценария кризиса с номером записи {id} нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no holding statement with id {id}.</source>
        <translation>Заготовленного заявления с номером записи {id} нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no instant-notice contact with id {id}.</source>
        <translation>Контакта для экстренного оповещения с номером записи {id} нет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{role}” is not a role in the working group; use {allowed}.</source>
        <translation>«{role}» — не роль в рабочей группе; допустимо {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duty in the working group is longer than {limit} characters.</source>
        <translation>Описание обязанностей в рабочей группе длиннее {limit} символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact for instant notice needs a name.</source>
        <translation>Для контакта экстренного оповещения нужно указать имя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: a contact for instant notice needs a phone number.</source>
        <translation>{name}: для контакта экстренного оповещения нужен номер телефона.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the name, phone number, e-mail or role is too long.</source>
        <translation>{name}: имя, номер телефона, электронная почта или роль слишком длинные.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holding statement needs its text in Kyrgyz or in Russian.</source>
        <translation>У заготовленного заявления должен быть текст на кыргызском или русском языке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{status}” is not a status of a statement; use {allowed}.</source>
        <translation>«{status}» — не состояние заявления; допустимо {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holding statement that is {old} cannot become {new}.</source>
        <translation>Заявление в состоянии «{old}» нельзя перевести в состояние «{new}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what to change when returning a holding statement.</source>
        <translation>Укажите, что исправить, возвращая заявление.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A holding statement is approved with its text in both Kyrgyz and Russian, so that it is ready in either language.</source>
        <translation>Заявление утверждается с текстом на кыргызском и русском языках, чтобы оно было готово на любом из них.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The anti-crisis plan has no scenarios yet; add at least one.</source>
        <translation>В антикризисном плане пока нет сценариев; добавьте хотя бы один.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario “{name}” has no name in the language of the document.</source>
        <translation>У сценария «{name}» нет названия на языке документа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The crisis checklist template “{name}” is no longer in the settings.</source>
        <translation>Шаблона перечня работ при кризисе «{name}» больше нет в настройках.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no document template named “{name}”; use {allowed}.</source>
        <translation>Шаблона документа «{name}» нет; допустимо {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the organisation&apos;s name in the profile first: the document is written in its name.</source>
        <translation>Сначала заполните название организации в профиле: документ составляется от её имени.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s {field} is missing or not valid.</source>
        <translation>Не указан или указан неверно параметр сервера: {field}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This installation of PressDesk cannot connect to a PostgreSQL server: its driver (psycopg) is missing. Install PressDesk with the server support and try again.</source>
        <translation>Эта установка PressDesk не может подключиться к серверу PostgreSQL: нет его драйвера (psycopg). Установите PressDesk с поддержкой сервера и повторите попытку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {server} cannot be reached. Check the address, the login and the password, and that the server lets this computer in.</source>
        <translation>Не удаётся подключиться к базе данных {server}. Проверьте адрес, имя пользователя и пароль, а также то, что сервер разрешает подключение с этого компьютера.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>There is no inquiry with id {id}.</source>
        <translation>Запроса с номером {id} нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the journalist&apos;s question: an inquiry without one cannot be kept.</source>
        <translation>Запишите вопрос журналиста: запрос без вопроса не сохраняется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A written request under the law on access to information needs its incoming number.</source>
        <translation>У письменного запроса по закону о доступе к информации должен быть входящий номер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline {due} is before the day the inquiry was received ({received}).</source>
        <translation>Срок {due} раньше дня поступления запроса ({received}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file “{path}”.</source>
        <translation>Файла «{path}» нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no outlet with id {id}.</source>
        <translation>СМИ с номером {id} нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer needs its text or a file with it.</source>
        <translation>Нужен текст ответа или файл с ним.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refusal needs its legal ground.</source>
        <translation>Для отказа нужно указать правовое основание.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inquiry {id} has no question; write the question before recording an answer.</source>
        <translation>В запросе {id} нет вопроса; запишите вопрос, прежде чем вносить ответ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer cannot be dated before the inquiry was received ({received}).</source>
        <translation>Дата ответа не может быть раньше дня поступления запроса ({received}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An inquiry becomes answered when its answer is recorded (the text, the date and the outcome).</source>
        <translation>Запрос считается отвеченным, когда внесён ответ (текст, дата и результат).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An inquiry cannot go from “{old}” to “{new}”.</source>
        <translation>Запрос не может перейти из состояния «{old}» в состояние «{new}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the answer is returned: write a comment.</source>
        <translation>Укажите, почему ответ возвращён: напишите комментарий.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a contact id, an e-mail address or a phone number.</source>
        <translation>«{value}» не является номером контакта, адресом электронной почты или номером телефона.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{value}” belongs to more than one person in the contact base: {people}. Choose the person by id.</source>
        <translation>«{value}» принадлежит нескольким людям в базе контактов: {people}. Выберите человека по номеру.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pasted message is {size} KB; at most {limit} KB can be read. Paste the journalist&apos;s message without attachments.</source>
        <translation>Вставленное сообщение занимает {size} КБ; прочитать можно не более {limit} КБ. Вставьте сообщение журналиста без вложений.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pasted message is empty.</source>
        <translation>Вставленное сообщение пусто.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the unit the request note is addressed to.</source>
        <translation>Укажите подразделение, которому адресована служебная записка.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/message_texts_data.py" line="-20"/>
        <source>A publication needs a title.</source>
        <translation>Укажите заголовок материала.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the outlet that published it.</source>
        <translation>Укажите СМИ, опубликовавшее материал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{url}” is not a web address: a link starts with https:// or http://.</source>
        <translation>«{url}» — не веб-адрес: ссылка начинается с https:// или http://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This link is already recorded: record {id}, “{title}” ({outlet}, {date}).</source>
        <translation>Эта ссылка уже внесена: запись {id}, «{title}» ({outlet}, {date}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{outlet} already has a publication with nearly the same title: record {id}, “{title}” ({date}).</source>
        <translation>В СМИ «{outlet}» уже есть материал с почти таким же заголовком: запись {id}, «{title}» ({date}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no event with id {id}.</source>
        <translation>Нет мероприятия с номером {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no plan item with id {id}.</source>
        <translation>В контент-плане нет записи с номером {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no campaign named “{name}”.</source>
        <translation>Нет кампании с названием «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../pressdesk/message_texts_desk.py" line="+64"/>
        <source>There is no person with id {id} in the contact base.</source>
        <translation>В базе контактов нет человека с номером {id}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feedback belongs to a publication or to a period; give one of them.</source>
        <translation>Обратная связь относится к материалу или к периоду; укажите одно из двух.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A keyword needs at least two letters or digits.</source>
        <translation>Ключевое слово должно содержать не менее двух букв или цифр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyword “{keyword}” is already on the list.</source>
        <translation>Ключевое слово «{keyword}» уже есть в списке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {url} is already on the list.</source>
        <translation>Лента {url} уже есть в списке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The feed {feed} did not answer within {seconds} seconds; try again later.</source>
        <translation>Лента {feed} не ответила за {seconds} с; попробуйте позже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {feed} cannot be reached; check its address and the network.</source>
        <translation>Лента {feed} недоступна; проверьте её адрес и подключение к сети.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {feed} answered with HTTP error {status}.</source>
        <translation>Лента {feed} ответила ошибкой HTTP {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed {feed} is larger than {limit} MB; it was not read.</source>
        <translation>Лента {feed} больше {limit} МБ; она не прочитана.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{feed} is a web page, not a feed; look on the site for its RSS or Atom link.</source>
        <translation>{feed} — веб-страница, а не лента; найдите на сайте ссылку на её RSS или Atom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{feed} is a file of another kind ({type}), not an RSS or Atom feed.</source>
        <translation>{feed} — файл другого типа ({type}), а не лента RSS или Atom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{feed} is not an RSS or Atom feed: it cannot be read as XML.</source>
        <translation>{feed} — не лента RSS или Atom: её нельзя прочитать как XML.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot import {file}: use a .csv, .xlsx, .rss, .atom or .xml file.</source>
        <translation>Нельзя импортировать {file}: используйте файл .csv, .xlsx, .rss, .atom или .xml.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} row(s) of {file} cannot be imported; nothing was imported.</source>
        <translation>Нельзя импортировать строк файла {file}: {count}; ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This inbox item has already been accepted or dismissed.</source>
        <translation>Этот материал из входящих уже принят или отклонён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a half-year; write it as 2026-H1 or 2026-H2.</source>
        <translation>«{value}» — не полугодие; укажите его как 2026-H1 или 2026-H2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a period of the kind asked for: write a ten-day period as 2026-12-1, a month as 2026-12, a quarter as 2026-Q4, a half-year as 2026-H2, a year as 2026.</source>
        <translation>«{value}» — не период запрошенного вида: декаду укажите как 2026-12-1, месяц — 2026-12, квартал — 2026-Q4, полугодие — 2026-H2, год — 2026.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record was changed or deleted elsewhere after this step, so the step cannot be undone; the records are left as they are.</source>
        <translation>Запись изменена или удалена в другом месте после этого действия, поэтому его нельзя отменить; записи оставлены как есть.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the phone number is empty</source>
        <translation>номер телефона не заполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the phone number is too long</source>
        <translation>номер телефона слишком длинный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a phone number</source>
        <translation>{value} — не номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a valid phone number</source>
        <translation>{value} — неверный номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address is empty</source>
        <translation>адрес электронной почты не заполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address is too long</source>
        <translation>адрес электронной почты слишком длинный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The automatic backup into {folder} could not be made.</source>
        <translation>Автоматическая резервная копия в папку {folder} не создана.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy of the backup into the second folder {folder} could not be made.</source>
        <translation>Не удалось скопировать резервную копию во вторую папку {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a valid e-mail address</source>
        <translation>{value} — неверный адрес электронной почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line} ({name}): {problem}</source>
        <translation>строка {line} ({name}): {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the birthday {value} has no year; it is kept in the notes</source>
        <translation>в дне рождения {value} нет года; он сохранён в заметках</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the birthday {value} is not a date; it is kept in the notes</source>
        <translation>день рождения {value} — не дата; он сохранён в заметках</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the birthday {value} is not a date</source>
        <translation>день рождения {value} — не дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date of the last check {value} is not a date</source>
        <translation>дата последней проверки {value} — не дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown language {value}; kept in the notes</source>
        <translation>неизвестный язык {value}; сохранён в заметках</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no name in the file; named {name} after its {source}, check it</source>
        <translation>в файле нет ФИО; назван {name} по {source}, проверьте</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the contact has no name, e-mail, phone or organisation</source>
        <translation>у контакта нет ни ФИО, ни эл. почты, ни телефона, ни организации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is empty</source>
        <translation>ФИО не заполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is longer than {limit} characters ({length})</source>
        <translation>ФИО длиннее {limit} символов ({length})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the position is longer than {limit} characters</source>
        <translation>должность длиннее {limit} символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the outlet name is longer than {limit} characters</source>
        <translation>название СМИ длиннее {limit} символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind {value}</source>
        <translation>неизвестный вид {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the photo was not imported</source>
        <translation>фото не импортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a topic is longer than {limit} characters</source>
        <translation>одна из тем длиннее {limit} символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the notes are longer than {limit} characters</source>
        <translation>заметки длиннее {limit} символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;do not contact&apos; should be yes or no, not {value}</source>
        <translation>в поле «Не беспокоить» должно быть «да» или «нет», а не {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line} is not a vCard property and was ignored: {text}</source>
        <translation>строка {line} не является свойством vCard и пропущена: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lines {first}–{last} stand outside any contact and were ignored</source>
        <translation>строки {first}–{last} не относятся ни к одному контакту и пропущены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the contact has no BEGIN:VCARD line</source>
        <translation>у контакта нет строки BEGIN:VCARD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page {url} did not answer within {seconds} seconds; the link is kept, fill in the rest by hand.</source>
        <translation>Страница {url} не ответила за {seconds} с; ссылка сохранена, остальное заполните вручную.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page {url} cannot be reached (no network?); the link is kept, fill in the rest by hand.</source>
        <translation>Страница {url} недоступна (нет сети?); ссылка сохранена, остальное заполните вручную.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page {url} answered with HTTP error {status}; the link is kept, fill in the rest by hand.</source>
        <translation>Страница {url} ответила ошибкой HTTP {status}; ссылка сохранена, остальное заполните вручную.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{url} is a file ({type}), not a web page; the link is kept, fill in the rest by hand.</source>
        <translation>{url} — это файл ({type}), а не веб-страница; ссылка сохранена, остальное заполните вручную.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page {url} names no title or date; the link is kept, fill in the rest by hand.</source>
        <translation>На странице {url} нет ни заголовка, ни даты; ссылка сохранена, остальное заполните вручную.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event {title} (line {line})</source>
        <translation>Событие {title} (строка {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event UID {uid} (line {line})</source>
        <translation>Событие с UID {uid} (строка {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event on line {line}</source>
        <translation>Событие в строке {line}</translation>
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
        <translation>{event} пропущено: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{event} cannot be read{detail}; skipped.</source>
        <translation>{event} не удаётся прочитать{detail}; оно пропущено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} is not an iCalendar line and was ignored.</source>
        <translation>Строка {line} не является строкой iCalendar и пропущена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line} is not an iCalendar line and was ignored</source>
        <translation>строка {line} не является строкой iCalendar и пропущена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} ends a {name} that was never begun; ignored.</source>
        <translation>Строка {line} закрывает блок {name}, который не был открыт; она пропущена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {what} that starts on line {line} has no END:{name} line; it was left out.</source>
        <translation>У блока «{what}», начинающегося в строке {line}, нет строки END:{name}; он не импортирован.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file ends inside the {what} that starts on line {line} (no END:{name}): it is probably cut short; that part was left out.</source>
        <translation>Файл обрывается внутри блока «{what}», начинающегося в строке {line} (нет END:{name}): вероятно, файл обрезан; эта часть не импортирована.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A time zone definition without TZID (line {line}) was ignored.</source>
        <translation>Описание часового пояса без TZID (строка {line}) пропущено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time zone definition {tzid} (line {line}) cannot be read{detail}; it was ignored.</source>
        <translation>Описание часового пояса {tzid} (строка {line}) не удаётся прочитать{detail}; оно пропущено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its reminder (VALARM, line {line}) cannot be read{detail}; it was ignored.</source>
        <translation>его напоминание (VALARM, строка {line}) не удаётся прочитать{detail}; оно пропущено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds no calendar.</source>
        <translation>в нём нет календаря.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read: {problem}</source>
        <translation>Файл {file} не удаётся прочитать: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not an iCalendar file: it has no BEGIN:VCALENDAR line.</source>
        <translation>{file} — не файл iCalendar: в нём нет строки BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has two starts (DTSTART); the first was used</source>
        <translation>у него два начала (DTSTART); взято первое</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start (DTSTART) cannot be read{detail}</source>
        <translation>его начало (DTSTART) не удаётся прочитать{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no start (DTSTART)</source>
        <translation>у него нет начала (DTSTART)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its start (DTSTART) is in the year {year}; the plan takes dates of the years {first}–{last}</source>
        <translation>его начало (DTSTART) приходится на {year} год; план принимает даты {first}–{last} годов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its time zone {zone} is neither defined in the file (VTIMEZONE) nor a known zone, so its time in Bishkek cannot be told</source>
        <translation>его часовой пояс {zone} не описан в файле (VTIMEZONE) и не известен, поэтому время по Бишкеку определить нельзя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its repeat rule (RRULE) cannot be read{detail}; ignored</source>
        <translation>его правило повторения (RRULE) не удаётся прочитать{detail}; оно не учтено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its {name} cannot be read{detail}; ignored</source>
        <translation>его свойство {name} не удаётся прочитать{detail}; оно не учтено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date it changes (RECURRENCE-ID) cannot be read{detail}</source>
        <translation>изменяемую им дату (RECURRENCE-ID) не удаётся прочитать{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date it changes (RECURRENCE-ID) is in the year {year}; the plan takes dates of the years {first}–{last}</source>
        <translation>изменяемая им дата (RECURRENCE-ID) приходится на {year} год; план принимает даты {first}–{last} годов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the time zone {zone} of its RECURRENCE-ID is unknown</source>
        <translation>часовой пояс {zone} его RECURRENCE-ID неизвестен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it changes this and all later occurrences; only this one was changed</source>
        <translation>оно изменяет это и все последующие повторения; изменено только это</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its LAST-MODIFIED is in the year {year}; ignored</source>
        <translation>его LAST-MODIFIED приходится на {year} год; не учтено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of its {name} dates are outside the years {first}–{last}; ignored</source>
        <translation>его даты {name} вне {first}–{last} годов ({count}); не учтены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its end (DTEND) cannot be read{detail}; ignored</source>
        <translation>его окончание (DTEND) не удаётся прочитать{detail}; оно не учтено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its end names the unknown time zone {zone}; ignored</source>
        <translation>в его окончании указан неизвестный часовой пояс {zone}; окончание не учтено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start and end mix a date and a time; the end was ignored</source>
        <translation>у его начала и окончания разные виды: дата и время; окончание не учтено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start and end mix a floating time and a time with a zone; the end was ignored</source>
        <translation>у его начала и окончания время указано по-разному: без пояса и с поясом; окончание не учтено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it ends before it starts; the end was ignored</source>
        <translation>оно заканчивается раньше, чем начинается; окончание не учтено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its length (DURATION) cannot be read{detail}; one day was assumed</source>
        <translation>его длительность (DURATION) не удаётся прочитать{detail}; принят один день</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its length (DURATION) cannot be read{detail}; one hour was assumed</source>
        <translation>его длительность (DURATION) не удаётся прочитать{detail}; принят один час</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its length (DURATION) is negative; ignored</source>
        <translation>его длительность (DURATION) отрицательная; не учтена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds no events (VEVENT); nothing was imported.</source>
        <translation>В файле {file} нет событий (VEVENT); ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds no events (VEVENT), only {others}; the plan imports events.</source>
        <translation>В файле {file} нет событий (VEVENT), только {others}; в план импортируются события.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} {what}</source>
        <translation>{what} — {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is cancelled, but {title} is {status} in the plan</source>
        <translation>оно отменено, но пункт {title} в плане имеет статус «{status}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that item was deleted from the plan; skipped.</source>
        <translation>этот пункт удалён из плана; пропущено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is cancelled in its calendar; not imported.</source>
        <translation>оно отменено в своём календаре; не импортировано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan has a newer version of {title}; kept the plan&apos;s.</source>
        <translation>в плане более новая версия пункта {title}; сохранена версия плана.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan has a newer version of this occurrence; kept the plan&apos;s.</source>
        <translation>в плане более новая версия этого повторения; сохранена версия плана.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its UID names the date {value}, which no calendar has; skipped.</source>
        <translation>его UID называет дату {value}, которой нет в календаре; пропущено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that series was deleted from the plan; skipped.</source>
        <translation>эта серия удалена из плана; пропущено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it cancels one date of a series that is not in the plan.</source>
        <translation>оно отменяет одну дату серии, которой нет в плане.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it changes one date of a series that is neither in the file nor in the plan; it was imported as an item of its own.</source>
        <translation>оно изменяет одну дату серии, которой нет ни в файле, ни в плане; импортировано как отдельный пункт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its repeat rule {rule} was ignored: {problem}</source>
        <translation>его правило повторения {rule} не учтено: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem}; it was ignored</source>
        <translation>{problem}; правило не учтено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}; only its first date was imported</source>
        <translation>{problem}; импортирована только первая дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the repeat rule {rule} cannot be read{detail}</source>
        <translation>правило повторения {rule} не удаётся прочитать{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the repeat rule {rule} is not a single rule</source>
        <translation>правило повторения {rule} не является одним правилом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it repeats too often to be followed from its first date to today</source>
        <translation>оно повторяется слишком часто, чтобы пройти его от первой даты до сегодняшнего дня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it repeats more often than once a day</source>
        <translation>оно повторяется чаще одного раза в день</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its repeat rule gives no dates; it was imported as one item</source>
        <translation>его правило повторения не даёт ни одной даты; оно импортировано как один пункт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its extra date {date} falls on a date of the series; left out</source>
        <translation>его дополнительная дата {date} совпадает с датой серии; не учтена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its time in Bishkek changes with summer time where it was planned: dates up to {date} were set one by one, later ones keep {time}</source>
        <translation>его время по Бишкеку меняется из-за летнего времени там, где оно запланировано: даты до {date} заданы по отдельности, у более поздних остаётся {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has {count} repeat rules</source>
        <translation>у него несколько правил повторения ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its repeat rule is one the plan cannot hold</source>
        <translation>его правило повторения план хранить не может</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it repeats on listed dates only</source>
        <translation>оно повторяется только в перечисленные даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one date</source>
        <translation>одна дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} dates</source>
        <translation>всего {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{why}, so its {dates} {first} … {last} were imported as separate items</source>
        <translation>{why}, поэтому его даты {first} … {last} ({dates}) импортированы как отдельные пункты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why}, so its {dates} {first} … {last} (the first ones only) were imported as separate items</source>
        <translation>{why}, поэтому его даты {first} … {last} ({dates}, только первые) импортированы как отдельные пункты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{column} is empty</source>
        <translation>{column}: не заполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: unknown value {value}</source>
        <translation>{column}: неизвестное значение {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value} is not a date (write it as 15.03.2024 or 2024-03-15)</source>
        <translation>{column}: {value} — не дата (запишите её как 15.03.2024 или 2024-03-15)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {value} is ambiguous: write thousands without a comma (1500 or 1500,00)</source>
        <translation>{column}: {value} можно понять двояко: пишите тысячи без запятой (1500 или 1500,00)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{column}: {value} is not an amount</source>
        <translation>{column}: {value} — не сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value} is not a whole number</source>
        <translation>{column}: {value} — не целое число</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {value} is too large</source>
        <translation>{column}: {value} — слишком большое значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inventory number «{number}» is already used in row {line}</source>
        <translation>инвентарный номер «{number}» уже указан в строке {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inventory number «{number}» is already in the database («{name}»)</source>
        <translation>инвентарный номер «{number}» уже есть в базе («{name}»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {value} is negative</source>
        <translation>{column}: {value} — отрицательное значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value} cannot be read</source>
        <translation>{column}: не удалось прочитать {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind «{value}»</source>
        <translation>неизвестный вид «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown platform «{value}»</source>
        <translation>неизвестная площадка «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown tone «{value}»</source>
        <translation>неизвестная тональность «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown language «{value}»</source>
        <translation>неизвестный язык «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{value}» is not a date</source>
        <translation>«{value}» — не дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is required</source>
        <translation>дата обязательна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{value}» is not a time</source>
        <translation>«{value}» — не время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{value}» is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending by e-mail is not set up: enter the mail server&apos;s settings, or write the messages as .eml files into a folder.</source>
        <translation>Отправка по электронной почте не настроена: введите настройки почтового сервера или запишите письма файлами .eml в папку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is stored for {user} on {server}; set up the mail again.</source>
        <translation>Для {user} на сервере {server} не сохранён пароль; настройте почту заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {server} cannot be reached ({reason}).</source>
        <translation>Почтовый сервер {server} недоступен ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {server} did not answer within {seconds} seconds.</source>
        <translation>Почтовый сервер {server} не ответил за {seconds} с.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection to the mail server {server} could not be made ({reason}).</source>
        <translation>Не удалось установить защищённое соединение с почтовым сервером {server} ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server refused the login of {user} ({reply}).</source>
        <translation>Почтовый сервер отклонил вход пользователя {user} ({reply}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server refused the sender address {address} ({reply}).</source>
        <translation>Почтовый сервер отклонил адрес отправителя {address} ({reply}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the mail server was lost ({reason}); {count} messages are still to send. Send again to go on: nobody gets a message twice.</source>
        <translation>Соединение с почтовым сервером прервано ({reason}); осталось отправить писем: {count}. Отправьте снова, чтобы продолжить: никто не получит письмо дважды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment {path} is gone; nothing was sent.</source>
        <translation>Вложение {path} отсутствует; ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message with its attachments takes {size} bytes and the mail server accepts at most {limit}; nothing was sent. Send smaller files or a link to them.</source>
        <translation>Письмо с вложениями занимает {size} байт, а почтовый сервер принимает не более {limit}; ничего не отправлено. Отправьте файлы меньшего размера или ссылку на них.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mailing has no subject or no text in any language.</source>
        <translation>В рассылке нет темы или текста ни на одном языке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an e-mail address</source>
        <translation>не адрес электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no e-mail address</source>
        <translation>нет адреса электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked «do not contact»</source>
        <translation>отмечен «не беспокоить»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same address is already in the mailing</source>
        <translation>этот адрес уже есть в рассылке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail setting {field} is not valid.</source>
        <translation>Настройка почты {field} недопустима.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no press release with id {id}.</source>
        <translation>Пресс-релиза с номером записи {id} нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A press release needs a title in Kyrgyz or in Russian.</source>
        <translation>У пресс-релиза должен быть заголовок на кыргызском или русском языке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{url}” is not a web address.</source>
        <translation>«{url}» не является веб-адресом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attached file {path} is not found.</source>
        <translation>Приложенный файл {path} не найден.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote {number} needs a speaker.</source>
        <translation>Укажите автора цитаты {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote {number} has no text.</source>
        <translation>В цитате {number} нет текста.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../pressdesk/message_texts_desk.py" line="-44"/>
        <source>There is no staff member named “{name}”.</source>
        <translation>Сотрудника с именем «{name}» нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A press release that is {old} cannot become {new}.</source>
        <translation>Пресс-релиз в состоянии «{old}» нельзя перевести в состояние «{new}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what to change when returning a press release.</source>
        <translation>При возврате пресс-релиза укажите, что нужно изменить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The press release is numbered in {year}; its date must stay in that year.</source>
        <translation>Пресс-релиз зарегистрирован под номером {year} года; его дата должна оставаться в этом году.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press release No. {number} has been approved and cannot be deleted.</source>
        <translation>Пресс-релиз № {number} согласован, его нельзя удалить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press release No. {number} cannot be deleted: a later release of the year is already approved, and the numbers must stay without gaps.</source>
        <translation>Пресс-релиз № {number} нельзя удалить: более поздний пресс-релиз этого года уже согласован, а нумерация должна оставаться без пропусков.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The press release has no approved version {number}.</source>
        <translation>У пресс-релиза нет согласованной версии {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The press release has no title in the document&apos;s language ({lang}).</source>
        <translation>У пресс-релиза нет заголовка на языке документа ({lang}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the recipients: a distribution list or all the media.</source>
        <translation>Выберите получателей: список рассылки или все СМИ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no distribution list called “{name}”.</source>
        <translation>Списка рассылки «{name}» нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press release No. {number} is not approved (its status: {status}). Sending it needs your confirmation, which is recorded in its history.</source>
        <translation>Пресс-релиз № {number} не согласован (статус: {status}). Для отправки нужно ваше подтверждение; оно будет записано в истории пресс-релиза.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of the chosen people have already received press release No. {number}; they will not get it again. Sending it to the {new} new ones needs your confirmation.</source>
        <translation>Выбранные получатели ({count}) уже получили пресс-релиз № {number}; повторно он им не отправляется. Для отправки новым получателям ({new}) нужно ваше подтверждение.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody new to send press release No. {number} to: {count} of the chosen people have already received it, and the others are skipped.</source>
        <translation>Новых получателей для пресс-релиза № {number} нет: выбранные получатели ({count}) уже получили его, остальные пропущены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A mailto: link is for a handful of addresses (at most {limit}), and there are {count}. Write the messages as .eml files instead.</source>
        <translation>Ссылка mailto: подходит для нескольких адресов (не более {limit}), а адресов {count}. Запишите письма в файлы .eml.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/message_texts.py" line="-144"/>
        <source>The new date would leave the calendar (years 1–9999).</source>
        <translation>Новая дата выходит за пределы календаря (годы 1–9999).</translation>
    </message>
    <message>
        <location line="+147"/>
        <location filename="../../pressdesk/message_texts_data.py" line="-51"/>
        <location filename="../../pressdesk/message_texts_desk.py" line="-1"/>
        <source>There is no staff member with id {id}.</source>
        <translation>Нет сотрудника с номером {id}.</translation>
    </message>
</context>
<context>
    <name>MissingTextsDialog</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/widgets/preflight.py" line="+128"/>
        <source>and %n more</source>
        <comment>records</comment>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueLabel</name>
    <message>
        <location filename="../../pressdesk/gui/status_labels.py" line="+154"/>
        <source>Overdue inquiries: {count}</source>
        <translation>Просроченные запросы: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media inquiries past the journalist&apos;s deadline or the legal term</source>
        <translation>Запросы СМИ, у которых прошёл срок журналиста или установленный законом срок</translation>
    </message>
</context>
<context>
    <name>PlannedSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/pages.py" line="+104"/>
        <source>This section is not built yet. It will hold:</source>
        <translation>Этот раздел ещё не готов. В нём будет:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Until then, the organisation profile and staff can be filled in under Settings; they are used by every section.</source>
        <translation>А пока в разделе «Настройки» можно заполнить профиль организации и список сотрудников: они используются во всех разделах.</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/preferences_page.py" line="+66"/>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new interface language is used after PressDesk is restarted.</source>
        <translation>Новый язык интерфейса применяется после перезапуска PressDesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Found automatically</source>
        <translation>Определяется автоматически</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files need a font with the Kyrgyz letters ң, ө, ү. Leave the field empty to let PressDesk find one.</source>
        <translation>Для PDF-файлов нужен шрифт с кыргызскими буквами ң, ө, ү. Оставьте поле пустым, и PressDesk найдёт такой шрифт сам.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: only the data folder&apos;s backups</source>
        <translation>Нет: только копии в папке данных</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At start, PressDesk copies the database when the last automatic copy is older than this, checks the copy and keeps the newest ones. A second folder on a USB stick or a network share keeps the base safe if this computer fails.</source>
        <translation>При запуске PressDesk копирует базу данных, если последняя автоматическая копия старше этого срока, проверяет копию и хранит самые новые. Вторая папка на флешке или сетевом диске сохранит базу, если этот компьютер выйдет из строя.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>calendar days</source>
        <translation>календарных дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days</source>
        <translation>рабочих дней</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The term set by law for answering a journalist&apos;s written request. It is counted from the day after the request arrived; a term in calendar days that ends on a day off moves to the next working day. Holidays come from the content plan&apos;s calendar.</source>
        <translation>Срок ответа на письменный запрос журналиста, установленный законом. Он исчисляется со дня, следующего за днём поступления запроса; срок в календарных днях, истекающий в выходной день, переносится на следующий рабочий день. Праздничные дни берутся из календаря контент-плана.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF font file:</source>
        <translation>Файл шрифта для PDF:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind to check a contact after:</source>
        <translation>Напоминать о проверке контакта через:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind about an approval after:</source>
        <translation>Напоминать о согласовании через:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up automatically every:</source>
        <translation>Автоматически копировать каждые:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups to keep:</source>
        <translation>Хранить автоматических копий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second backup folder:</source>
        <translation>Вторая папка для копий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer to a written request within:</source>
        <translation>Срок ответа на письменный запрос:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose a second folder for backups</source>
        <translation>Выберите вторую папку для копий</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a font for PDF files</source>
        <translation>Выберите шрифт для PDF-файлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TrueType fonts (*.ttf *.otf *.ttc);;All files (*)</source>
        <translation>Шрифты TrueType (*.ttf *.otf *.ttc);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The font check is not available in this version.</source>
        <translation>В этой версии проверка шрифта недоступна.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No suitable font was found: neither the chosen file nor a font in the system font folders has the Kyrgyz letters ң, ө and ү. Install DejaVu Sans or choose another TrueType font file.</source>
        <translation>Подходящий шрифт не найден: ни в выбранном файле, ни среди шрифтов в системных папках нет кыргызских букв ң, ө и ү. Установите DejaVu Sans или выберите другой файл шрифта TrueType.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file cannot be used (it lacks letters or is not a TrueType font); PDF files will use {family} instead:
{path}</source>
        <translation>Этот файл нельзя использовать (в нём нет нужных букв или это не шрифт TrueType); в PDF-файлах вместо него будет использован {family}:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files will use {family}:
{path}</source>
        <translation>В PDF-файлах будет использован шрифт {family}:
{path}</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/preflight.py" line="-92"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Перечень работ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content plan</source>
        <translation>Контент-план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact topics</source>
        <translation>Темы контактов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalists</source>
        <translation>Журналисты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key messages</source>
        <translation>Ключевые сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Целевая аудитория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences</source>
        <translation>Аудитории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor method</source>
        <translation>Способ двухфакторной аутентификации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery codes kept at</source>
        <translation>Где хранятся коды восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive label</source>
        <translation>Метка диска</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Kyrgyz</source>
        <translation>На кыргызском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texts missing in Kyrgyz</source>
        <translation>Тексты, которых нет на кыргызском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts missing in Russian</source>
        <translation>Тексты, которых нет на русском</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The document needs these texts in its language, but they exist only in the other language or hold both languages at once. Type them here, or write the document with the texts as entered.</source>
        <translation>Документу нужны эти тексты на его языке, но они есть только на другом языке или записаны сразу на двух. Введите их здесь или сформируйте документ с текстами как есть.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As entered</source>
        <translation>Как введено</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Save and write</source>
        <translation>&amp;Сохранить и сформировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write as entered</source>
        <translation>Сформировать &amp;как есть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/profile_page.py" line="+89"/>
        <source>Full name:</source>
        <translation>Полное название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name:</source>
        <translation>Краткое название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of drafting documents:</source>
        <translation>Место составления документов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Электронная почта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>Веб-сайт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head (full name):</source>
        <translation>Руководитель (ФИО):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s title:</source>
        <translation>Должность руководителя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press secretary (full name):</source>
        <translation>Пресс-секретарь (ФИО):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press secretary&apos;s title:</source>
        <translation>Должность пресс-секретаря:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In Kyrgyz</source>
        <translation>На кыргызском</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>Documents are made in:</source>
        <extracomment>Each field of the profile with the form&apos;s name for it, for naming a colleague&apos;s change.</extracomment>
        <translation>Язык документов:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+9"/>
        <source>Logo or emblem:</source>
        <translation>Логотип или герб:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG, JPEG or SVG, up to 2 MB.</source>
        <translation>PNG, JPEG или SVG, не больше 2 МБ.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose the logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Логотип должен быть изображением в формате PNG, JPEG или SVG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: {error}</source>
        <translation>Не удаётся прочитать файл: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation>Логотип больше 2 МБ; возьмите изображение поменьше.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not an image PressDesk can show.</source>
        <translation>Этот файл не является изображением, которое PressDesk может показать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo not used</source>
        <translation>Логотип не принят</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../pressdesk/gui/i18n.py" line="+52"/>
        <source>&amp;Select All</source>
        <translation>&amp;Выделить всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>Шаг вв&amp;ерх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Шаг вн&amp;из</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+2"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Родительская папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Подробно</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-8"/>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/editor.py" line="+88"/>
        <source>Save</source>
        <extracomment>What the last Save stored.</extracomment>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The record has been deleted meanwhile.</source>
        <translation>Запись тем временем удалена.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Close without saving the changes?</source>
        <translation>Закрыть, не сохраняя изменения?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+10"/>
        <location line="+73"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/record_page.py" line="+284"/>
        <source>Add…</source>
        <extracomment>The section&apos;s key: the page is ``page_&lt;SECTION&gt;``, the table ``&lt;SECTION&gt;Table``. The prefix of the search field and action bar: ``&lt;NAME&gt;Search``, ``&lt;NAME&gt;Actions``. The record in the actions&apos; names: ``add&lt;RECORD&gt;``, ``export&lt;RECORD&gt;s``. The column and order the list starts sorted by; None for a list that does not sort. The column that takes the room left. Whether records can be imported from a table. The formats of export, and those of them that are documents (in one language). What the search field searches. The empty state: its icon, title and sentence, and its buttons (text, method name). The title of the question before a delete. The export dialog&apos;s title, the Export button&apos;s tooltip, the dialog&apos;s tick box (only what the filter shows, a mark), and the import&apos;s title. The editor of a record: ``EDITOR(db, row, parent)``, with ``saved`` after a Save. The stored model of the records if their changes can be undone.</extracomment>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+259"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/widgets/record_undo.py" line="+163"/>
        <source>The deletion can be undone (Ctrl+Z).</source>
        <translation>Удаление можно отменить клавишами Ctrl+Z.</translation>
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
открыт в другой программе (Word, Excel…) или защищён от записи, поэтому его нельзя заменить.

Закройте его там и повторите попытку или сохраните под другим именем.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save under another name…</source>
        <translation>Сохранить под другим именем…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../pressdesk/gui/sections.py" line="+87"/>
        <source>Contacts</source>
        <extracomment>The other sections whose changes this page shows too, so it is read afresh after them.</extracomment>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The media base: outlets and journalists, distribution lists, contact log.</source>
        <translation>База СМИ: издания и журналисты, списки рассылки, журнал контактов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlets and people kept as separate records: a journalist moves on, the outlet stays.</source>
        <translation>Издания и люди хранятся отдельными записями: журналист уходит, издание остаётся.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlet details: platform, scale, language, ownership, first-wave and exclusive-partner marks.</source>
        <translation>Сведения об издании: площадка, масштаб, язык, принадлежность, отметки «первая волна» и «эксклюзивный партнёр».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distribution lists and a log of every contact with the media.</source>
        <translation>Списки рассылки и журнал всех контактов со СМИ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders about records that have not been checked for a long time.</source>
        <translation>Напоминания о записях, которые давно не проверялись.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content plan</source>
        <translation>Контент-план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The publication plan by week, ten days and month, with approvals.</source>
        <translation>План публикаций на неделю, декаду и месяц, с согласованиями.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items with topic, news hook, format, channel, language and the person responsible.</source>
        <translation>Пункты с темой, информационным поводом, форматом, каналом, языком и ответственным.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week, ten-day and month views.</source>
        <translation>Представления на неделю, декаду и месяц.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval status with dates: draft, sent for approval, approved, returned, published.</source>
        <translation>Статус согласования с датами: черновик, отправлено на согласование, согласовано, возвращено, опубликовано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The weekly plan printed for the head&apos;s approval in Kyrgyz or Russian.</source>
        <translation>Недельный план печатается на утверждение руководителю на кыргызском или русском языке.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press conferences, briefings and other events with their checklists.</source>
        <translation>Пресс-конференции, брифинги и другие мероприятия с перечнями работ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press conferences, briefings, press tours, round tables, business trips and more.</source>
        <translation>Пресс-конференции, брифинги, пресс-туры, круглые столы, рабочие поездки и другое.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklists for before, during and after the event.</source>
        <translation>Перечни работ: до, во время и после мероприятия.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accreditation list of journalists, ready to print.</source>
        <translation>Список аккредитации журналистов, готовый к печати.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The press service&apos;s equipment: what there is, where, and who holds it.</source>
        <translation>Оборудование пресс-службы: что есть, где находится и у кого.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cameras, microphones, computers and other equipment with their condition.</source>
        <translation>Камеры, микрофоны, компьютеры и другое оборудование с указанием состояния.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who holds each item and where it is kept.</source>
        <translation>У кого каждый предмет и где он хранится.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is missing from the recommended kit, to support a budget request.</source>
        <translation>Чего не хватает до рекомендуемого комплекта — для обоснования бюджетной заявки.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The official website and social network accounts, and who has access.</source>
        <translation>Официальный сайт и аккаунты в социальных сетях, и у кого есть доступ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Website, social networks, messengers, e-mail boxes and domains.</source>
        <translation>Сайт, социальные сети, мессенджеры, почтовые ящики и домены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether an account is official or personal, and who can sign in.</source>
        <translation>Официальный это аккаунт или личный, и кто может в него войти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords and recovery codes kept only in the system&apos;s protected password store, never in the database.</source>
        <translation>Пароли и коды восстановления хранятся только в защищённом хранилище системы и никогда — в базе данных.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo, video and audio sets by event and date, and where they are kept.</source>
        <translation>Фото-, видео- и аудиоматериалы по мероприятиям и датам и место их хранения.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo, video and audio sets linked to events.</source>
        <translation>Фото-, видео- и аудиоматериалы, привязанные к мероприятиям.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where each set is stored: a computer folder, an external drive or a cloud.</source>
        <translation>Где хранится каждый набор: в папке на компьютере, на внешнем диске или в облаке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by date, event and topic.</source>
        <translation>Поиск по дате, мероприятию и теме.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handover</source>
        <translation>Передача дел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handover act for when the press secretary changes.</source>
        <translation>Акт приёма-передачи дел при смене пресс-секретаря.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The act lists equipment, archives, accounts, the media base, open plans and events.</source>
        <translation>В акте перечисляются оборудование, архивы, аккаунты, база СМИ, незавершённые планы и мероприятия.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parties: the outgoing and incoming press secretary and the commission, approved by the head.</source>
        <translation>Стороны: сдающий и принимающий пресс-секретари и комиссия; акт утверждает руководитель.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed in Kyrgyz or Russian in the official style.</source>
        <translation>Печатается на кыргызском или русском языке в официальном стиле.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coverage &amp; reports</source>
        <translation>Мониторинг и отчёты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring of publications about the body and reports for the head.</source>
        <translation>Мониторинг публикаций об органе и отчёты для руководителя.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monitoring records: outlet, title, date, link and tone (positive, neutral, negative).</source>
        <translation>Записи мониторинга: издание, заголовок, дата, ссылка и тональность (позитивная, нейтральная, негативная).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports by ten days, month, quarter and year.</source>
        <translation>Отчёты за декаду, месяц, квартал и год.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How evenly state and independent media were served.</source>
        <translation>Насколько равно обеспечивался доступ государственным и независимым СМИ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press releases</source>
        <translation>Пресс-релизы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press releases in Kyrgyz and Russian, their approval by the head and their documents.</source>
        <translation>Пресс-релизы на кыргызском и русском, их согласование с руководителем и документы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press releases, information messages, media advisories, statements and fact sheets, written in both languages side by side.</source>
        <translation>Пресс-релизы, информационные сообщения, анонсы для СМИ, заявления и справки, написанные на двух языках рядом.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approval by the head with every step&apos;s time and person; an approved text is kept as a version.</source>
        <translation>Согласование с руководителем с временем и исполнителем каждого шага; согласованный текст сохраняется как версия.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The release and its approval sheet printed in Kyrgyz or Russian.</source>
        <translation>Пресс-релиз и его лист согласования печатаются на кыргызском или русском.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Media inquiries</source>
        <translation>Запросы СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalists&apos; questions and written requests, their deadlines, answers and report.</source>
        <translation>Вопросы журналистов и письменные запросы, их сроки, ответы и отчёт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every inquiry with its channel, journalist, outlet, question and both deadlines: the journalist&apos;s and the legal term of a written request.</source>
        <translation>Каждый запрос со способом поступления, журналистом, СМИ, вопросом и обоими сроками: сроком журналиста и установленным законом сроком письменного запроса.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is overdue or due soon comes first; the answer and its outcome.</source>
        <translation>Сначала просроченное и то, у чего скоро срок; ответ и его результат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request note to a unit and the report for a period, printed.</source>
        <translation>Служебная записка подразделению и отчёт за период для печати.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crisis kit</source>
        <translation>Антикризисный набор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The anti-crisis plan, holding statements agreed in advance and the crisis checklist.</source>
        <translation>Антикризисный план, заранее согласованные заявления и перечень работ при кризисе.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenarios with who decides and who speaks, and holding statements in Kyrgyz and Russian approved by the head.</source>
        <translation>Сценарии с тем, кто принимает решение и кто выступает, и заявления на кыргызском и русском языках, согласованные руководителем.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The working group from staff and the contacts for instant notice.</source>
        <translation>Рабочая группа из сотрудников и контакты для экстренного оповещения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The crisis checklist of the first hour and the first day, and one view of a crisis&apos;s statements, inquiries and publications.</source>
        <translation>Перечень работ первого часа и первых суток, а также заявления, запросы и публикации кризиса на одном экране.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation profile, staff, preferences and the database.</source>
        <translation>Профиль организации, сотрудники, параметры и база данных.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../pressdesk/gui/server_actions.py" line="+38"/>
        <source>Connect to a ser&amp;ver…</source>
        <translation>&amp;Подключиться к серверу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this computer&apos;s &amp;database</source>
        <translation>База данных этого &amp;компьютера</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Who works at this computer…</source>
        <extracomment>Put into the Settings menu by the window.</extracomment>
        <translation>&amp;Кто работает за этим компьютером…</translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../../pressdesk/gui/server_dialog.py" line="+105"/>
        <location line="+34"/>
        <source>Connect to a server</source>
        <extracomment>Shows other people&apos;s changes on a shared server (made when one is first opened). The restore of a server backup under way or last run.</extracomment>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PressDesk works on the server now. This computer has no secure password store, so the password is not kept: at the next start PressDesk opens this computer&apos;s database, and the server is chosen here again.</source>
        <translation>PressDesk работает с сервером. На этом компьютере нет защищённого хранилища паролей, поэтому пароль не сохранён: при следующем запуске PressDesk откроет базу данных этого компьютера, а сервер нужно будет снова выбрать здесь.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Use this computer&apos;s database</source>
        <translation>Работать с базой этого компьютера</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/server_dialog.py" line="-93"/>
        <source>A press centre of several people can keep one database on a PostgreSQL server and work on it together. Ask whoever looks after the server for these details.</source>
        <translation>Пресс-центр из нескольких человек может вести одну базу данных на сервере PostgreSQL и работать с ней вместе. Эти сведения сообщит тот, кто обслуживает сервер.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>for example 192.168.1.10</source>
        <translation>например, 192.168.1.10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address:</source>
        <translation>Адрес сервера:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kept in the password store; type to change</source>
        <translation>хранится в хранилище паролей; введите, чтобы изменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the server offers it</source>
        <translation>Если сервер поддерживает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always (refuse an unencrypted connection)</source>
        <translation>Всегда (без шифрования не подключаться)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (only on a trusted office network)</source>
        <translation>Никогда (только в надёжной сети учреждения)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption:</source>
        <translation>Шифрование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to the server…</source>
        <extracomment>The server&apos;s version once a connection worked. The check runs off the window&apos;s thread: a server out of reach takes seconds to say so.</extracomment>
        <translation>Подключение к серверу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connected: PostgreSQL {version}.</source>
        <translation>Подключено: PostgreSQL {version}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Changes made here are recorded in the name of the person chosen: approvals, status changes and edits. Each computer of a press centre chooses its own.</source>
        <translation>Изменения, сделанные здесь, записываются от имени выбранного сотрудника: согласования, смена статусов и правки. На каждом компьютере пресс-центра выбирают своего.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The press secretary of the profile ({name})</source>
        <translation>Пресс-секретарь из профиля ({name})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who works here:</source>
        <translation>Кто здесь работает:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who works at this computer</source>
        <translation>Кто работает за этим компьютером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
</context>
<context>
    <name>ServerRestore</name>
    <message>
        <location filename="../../pressdesk/gui/server_restore.py" line="-85"/>
        <source>Choose a server backup to restore</source>
        <translation>Выберите резервную копию сервера для восстановления</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace everything in the shared database
{database}

with the backup
{backup}?

Everyone who works on this database will see the data of the backup. The data as it is now is backed up first to
{before}</source>
        <translation>Заменить все данные общей базы данных
{database}

данными резервной копии
{backup}?

Все, кто работает с этой базой данных, увидят данные резервной копии. Текущие данные сначала будут сохранены в файл
{before}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Restoring the shared database</source>
        <translation>Восстановление общей базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up the data as it is now, then restoring…</source>
        <translation>Сохранение текущих данных, затем восстановление…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared database was restored from
{backup}

The data as it was before is kept in
{before}</source>
        <translation>Общая база данных восстановлена из копии
{backup}

Прежние данные сохранены в файле
{before}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/settings/dialog.py" line="+36"/>
        <source>Settings</source>
        <extracomment>True once anything was saved, so the window knows to refresh its pages.</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The profile was not saved</source>
        <translation>Профиль не сохранён</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please correct the following and save again:</source>
        <translation>Исправьте следующее и сохраните ещё раз:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The preferences were not saved</source>
        <translation>Параметры не сохранены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file could not be written: {error}</source>
        <translation>Не удалось записать файл настроек: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language will be used the next time PressDesk starts.</source>
        <translation>Новый язык будет использоваться при следующем запуске PressDesk.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the settings without saving your changes?</source>
        <translation>Закрыть настройки, не сохранив изменения?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
</context>
<context>
    <name>SettingsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/section_page.py" line="+88"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Kyrgyz:</source>
        <translation>Название на кыргызском:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Russian:</source>
        <translation>Название на русском:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head:</source>
        <translation>Руководитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press secretary:</source>
        <translation>Пресс-секретарь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit profile…</source>
        <translation>Изменить профиль…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff members:</source>
        <translation>Сотрудники:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign documents:</source>
        <translation>Подписывают документы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage staff…</source>
        <translation>Список сотрудников…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF font:</source>
        <translation>Шрифт для PDF:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check contacts every:</source>
        <translation>Проверять контакты каждые:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups folder:</source>
        <translation>Папка резервных копий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another…</source>
        <translation>Открыть другую…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up…</source>
        <translation>Резервная копия…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not filled in</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{active} working now, {total} in all</source>
        <translation>работают сейчас: {active}, всего: {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nobody yet</source>
        <translation>пока никого</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system&apos;s ({language})</source>
        <translation>язык системы ({language})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>found automatically</source>
        <translation>определяется автоматически</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/settings/staff_page.py" line="+60"/>
        <source>New staff member</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Электронная почта:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signs documents (approves plans and acts)</source>
        <translation>Подписывает документы (утверждает планы и акты)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works here now</source>
        <translation>Работает сейчас</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../pressdesk/gui/models/staff_model.py" line="+30"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs documents</source>
        <translation>Подписывает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Работает</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../pressdesk/gui/settings/staff_page.py" line="+57"/>
        <source>Search by name…</source>
        <translation>Поиск по ФИО…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those working now</source>
        <translation>Только работающие сейчас</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete staff member</source>
        <translation>Удаление сотрудника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {name} from the staff list?

If the person has left, you can instead untick “Works here now” and keep the record.</source>
        <translation>Удалить {name} из списка сотрудников?

Если человек уволился, можно вместо этого снять отметку «Работает сейчас» и сохранить запись.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../../pressdesk/gui/messages.py" line="+31"/>
        <source>This file is not a PressDesk database.</source>
        <translation>Этот файл не является базой данных PressDesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may be another kind of file, or a database of another program. Choose the right file or restore a backup.</source>
        <translation>Возможно, это файл другого типа или база данных другой программы. Выберите нужный файл или восстановите резервную копию.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PressDesk cannot write to this database.</source>
        <translation>PressDesk не может записывать в эту базу данных.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or its folder is read-only, for example on a CD, a flash drive with write protection or a network folder without write access. Copy the file to a folder you can write to, or ask for write access.</source>
        <translation>Файл или его папка доступны только для чтения: например, на компакт-диске, на флешке с защитой от записи или в сетевой папке без права записи. Скопируйте файл в папку, доступную для записи, или попросите право на запись.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database is already open.</source>
        <translation>Эта база данных уже открыта.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another PressDesk window, perhaps on another computer, is using it. Close PressDesk there first, or open another database.</source>
        <translation>Её использует другое окно PressDesk, возможно, на другом компьютере. Сначала закройте там PressDesk или откройте другую базу данных.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database is damaged.</source>
        <translation>Эта база данных повреждена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the latest backup. The damaged file is kept, so nothing is deleted.</source>
        <translation>Восстановите последнюю резервную копию. Повреждённый файл сохранится, ничего не будет удалено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database was made by a newer PressDesk.</source>
        <translation>Эта база данных создана более новой версией PressDesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the newer version of PressDesk to open it, or open another database.</source>
        <translation>Чтобы открыть её, установите новую версию PressDesk или откройте другую базу данных.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be opened.</source>
        <translation>Не удаётся открыть базу данных.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk or network folder is available and has free space, then try again.</source>
        <translation>Проверьте, что диск или сетевая папка доступны и на них есть свободное место, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database could not be brought up to this version.</source>
        <translation>Не удалось обновить базу данных до этой версии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was left exactly as it was, and a copy was taken before the attempt. Try again; if it fails again, restore that copy or open the database with the previous PressDesk, and send the log file to the administrator.</source>
        <translation>База данных осталась в прежнем виде, перед попыткой была сделана её копия. Повторите попытку; если ошибка повторится, восстановите эту копию или откройте базу прежней версией PressDesk и отправьте файл журнала администратору.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup or restore did not complete.</source>
        <translation>Резервное копирование или восстановление не завершено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the chosen file is a PressDesk backup and that the folder can be written to. The current database was not replaced.</source>
        <translation>Проверьте, что выбран файл резервной копии PressDesk и что в папку можно записывать. Текущая база данных не заменена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database cannot be used.</source>
        <translation>Базу данных нельзя использовать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file and try again.</source>
        <translation>Проверьте файл и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has not been changed.</source>
        <translation>Файл не был изменён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy taken before: {path}</source>
        <translation>Копия, сделанная перед этим: {path}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The disk or a file could not be used. Check that the disk is available and has free space and that the file is not open in another program.</source>
        <translation>Не удалось обратиться к диску или файлу. Проверьте, что диск доступен и на нём есть свободное место и что файл не открыт в другой программе.</translation>
    </message>
</context>
<context>
    <name>TechnicalDetails</name>
    <message>
        <location filename="../../pressdesk/gui/details.py" line="+43"/>
        <source>As reported by the system (for the administrator):</source>
        <translation>Сообщение системы (для администратора):</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/transfers.py" line="+29"/>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another file is being processed.</source>
        <translation>Сейчас обрабатывается другой файл.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file is saved (records: {count}):
{path}</source>
        <translation>Файл сохранён (записей: {count}):
{path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Таблицы (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has no rows to import.</source>
        <translation>В файле нет строк для импорта.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All rows of the file are valid. Rows to import: {count}.</source>
        <translation>Все строки файла правильные. Строк для импорта: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Records imported: {count}.</source>
        <translation>Импортировано записей: {count}.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../pressdesk/gui/widgets/undo.py" line="+162"/>
        <source>&amp;Undo: {what}</source>
        <extracomment>How many steps are kept; the oldest go first. Emitted after every push, undo, redo or clear. Emitted with the section key after a step was undone or redone, to refresh its page. Emitted with the section key after a change was recorded, undone or redone, for the pages that show that section&apos;s records too (the plan marks the items publications cover).</extracomment>
        <translation>&amp;Отменить: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo: {what}</source>
        <translation>&amp;Повторить: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot undo</source>
        <translation>Не удалось отменить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot redo</source>
        <translation>Не удалось повторить</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{what}”: the database refused it; the records may have been changed in the meantime. The list of changes to undo and redo has been cleared.</source>
        <translation>«{what}»: база данных не приняла действие; записи, возможно, уже изменены. Список действий для отмены и повтора очищен.</translation>
    </message>
</context>
</TS>
