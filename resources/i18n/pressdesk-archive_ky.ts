<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>ArchiveEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/archive/editor.py" line="+61"/>
        <source>New archive set</source>
        <translation>Жаңы архив топтому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive set</source>
        <translation>Архив топтому</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For example: press conference on the harvest</source>
        <translation>Мисалы: түшүм боюнча пресс-конференция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder on this computer or the network</source>
        <translation>Ушул компьютердеги же тармактагы папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The label on an external drive, or where the paper original is kept</source>
        <translation>Сырткы дисктеги белги же кагаз нускасы сакталган жер</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> GB</source>
        <translation> ГБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: 04-КН/17</source>
        <translation>Мисалы: 04-КН/17</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Folder of the archive set</source>
        <translation>Архив топтомунун папкасы</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The set has been deleted.</source>
        <translation>Бул топтом өчүрүлгөн.</translation>
    </message>
</context>
<context>
    <name>ArchiveLabels</name>
    <message>
        <location filename="../../pressdesk/gui/archive/model.py" line="+23"/>
        <source>Photo</source>
        <translation>Сүрөт</translation>
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
        <translation>Документтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation>Аралаш</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive or place</source>
        <translation>Диск же сакталган жер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud link</source>
        <translation>Булуттагы шилтеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Документтин номери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets</source>
        <translation>Барактар</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <location line="+34"/>
        <source>Date</source>
        <extracomment>The kind&apos;s name in the interface language. Every field&apos;s label, for naming fields in a refusal. The columns of numbers.</extracomment>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it is kept</source>
        <translation>Кайда сакталат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
</context>
<context>
    <name>ArchiveSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/archive/page.py" line="+61"/>
        <source>Search by title, event, place, person…</source>
        <extracomment>Opens a folder in the file manager; tests replace it.</extracomment>
        <translation>Аталыш, иш-чара, жер, адам боюнча издөө…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All kinds</source>
        <extracomment>Opens a folder in the file manager; tests replace it.</extracomment>
        <translation>Бардык түрлөрү</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+53"/>
        <location line="+10"/>
        <source>Open folder</source>
        <translation>Папканы ачуу</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>The archive index is empty</source>
        <translation>Архивдин тизмеси бош</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note each photo, video or audio set: the event and date, how many files, and where it is kept — a folder, an external drive or a cloud. An index kept in a spreadsheet can be imported.</source>
        <translation>Ар бир фото, видео же аудио топтомду жазыңыз: иш-чарасы жана күнү, файлдардын саны жана кайда сакталганы — папка, тышкы диск же булут. Электрондук таблицада жүргүзүлгөн тизмени импорттоого болот.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add a set…</source>
        <translation>Топтом &amp;кошуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Файлдан импорттоо…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All years</source>
        <translation>Бардык жылдар</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sets: {sets} · files: {files} · size: {size}</source>
        <translation>Топтомдор: {sets} · файлдар: {files} · көлөмү: {size}</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Delete from the index</source>
        <translation>Тизмеден өчүрүү</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Remove «{title}» from the archive index? The files themselves are not deleted.</source>
        <translation>«{title}» архив тизмесинен өчүрүлсүнбү? Файлдардын өздөрү өчүрүлбөйт.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add “{title}” to the archive index</source>
        <translation>«{title}» архив тизмесине кошуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “{title}”</source>
        <translation>«{title}» түзөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from the archive index</source>
        <translation>«{title}» архив тизмесинен өчүрүү</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The folder is not found:
{path}

It may be on an external drive{drive} that is not connected, or it was moved.</source>
        <translation>Папка табылган жок:
{path}

Ал туташтырылбаган сырткы дискте{drive} болушу мүмкүн же башка жерге жылдырылган.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder could not be opened:
{path}</source>
        <translation>Папканы ачуу мүмкүн болгон жок:
{path}</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Export the archive index</source>
        <translation>Архив тизмесин экспорттоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the sets the filter shows</source>
        <translation>Чыпка көрсөткөн топтомдорду гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import archive sets</source>
        <translation>Архив топтомдорун импорттоо</translation>
    </message>
</context>
</TS>
