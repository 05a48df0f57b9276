<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ArchiveEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/archive/editor.py" line="+61"/>
        <source>New archive set</source>
        <translation>Новый архивный набор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive set</source>
        <translation>Архивный набор</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For example: press conference on the harvest</source>
        <translation>Например: пресс-конференция об урожае</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder on this computer or the network</source>
        <translation>Папка на этом компьютере или в сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The label on an external drive, or where the paper original is kept</source>
        <translation>Надпись на внешнем диске или место хранения бумажного оригинала</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> GB</source>
        <translation> ГБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: 04-КН/17</source>
        <translation>Например: 04-КН/17</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Folder of the archive set</source>
        <translation>Папка архивного набора</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The set has been deleted.</source>
        <translation>Этот набор удалён.</translation>
    </message>
</context>
<context>
    <name>ArchiveLabels</name>
    <message>
        <location filename="../../pressdesk/gui/archive/model.py" line="+23"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation>Смешанный</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive or place</source>
        <translation>Диск или место хранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud link</source>
        <translation>Ссылка на облако</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets</source>
        <translation>Листов</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <location line="+34"/>
        <source>Date</source>
        <extracomment>The kind&apos;s name in the interface language. Every field&apos;s label, for naming fields in a refusal. The columns of numbers.</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it is kept</source>
        <translation>Где хранится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>ArchiveSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/archive/page.py" line="+61"/>
        <source>Search by title, event, place, person…</source>
        <extracomment>Opens a folder in the file manager; tests replace it.</extracomment>
        <translation>Поиск по названию, мероприятию, месту, человеку…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All kinds</source>
        <extracomment>Opens a folder in the file manager; tests replace it.</extracomment>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+53"/>
        <location line="+10"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>The archive index is empty</source>
        <translation>Опись архива пуста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note each photo, video or audio set: the event and date, how many files, and where it is kept — a folder, an external drive or a cloud. An index kept in a spreadsheet can be imported.</source>
        <translation>Внесите каждый комплект фото, видео или аудио: мероприятие и дату, число файлов и место хранения — папку, внешний диск или облако. Опись, которая велась в электронной таблице, можно импортировать.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add a set…</source>
        <translation>&amp;Добавить комплект…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sets: {sets} · files: {files} · size: {size}</source>
        <translation>Наборов: {sets} · файлов: {files} · объём: {size}</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Delete from the index</source>
        <translation>Удаление из описи</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Remove «{title}» from the archive index? The files themselves are not deleted.</source>
        <translation>Удалить «{title}» из описи архива? Сами файлы не удаляются.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add “{title}” to the archive index</source>
        <translation>Добавление «{title}» в опись архива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “{title}”</source>
        <translation>Изменение «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from the archive index</source>
        <translation>Удаление «{title}» из описи архива</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The folder is not found:
{path}

It may be on an external drive{drive} that is not connected, or it was moved.</source>
        <translation>Папка не найдена:
{path}

Возможно, она на неподключённом внешнем диске{drive} или была перемещена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder could not be opened:
{path}</source>
        <translation>Не удалось открыть папку:
{path}</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Export the archive index</source>
        <translation>Экспорт описи архива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the sets the filter shows</source>
        <translation>Только наборы, показанные фильтром</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import archive sets</source>
        <translation>Импорт архивных наборов</translation>
    </message>
</context>
</TS>
