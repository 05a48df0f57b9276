<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/archive/editor.py" line="+61"/>
        <source>New archive set</source>
        <translation>New archive set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive set</source>
        <translation>Archive set</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For example: press conference on the harvest</source>
        <translation>For example: press conference on the harvest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder on this computer or the network</source>
        <translation>A folder on this computer or the network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The label on an external drive, or where the paper original is kept</source>
        <translation>The label on an external drive, or where the paper original is kept</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: 04-КН/17</source>
        <translation>For example: 04-КН/17</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Folder of the archive set</source>
        <translation>Folder of the archive set</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The set has been deleted.</source>
        <translation>The set has been deleted.</translation>
    </message>
</context>
<context>
    <name>ArchiveLabels</name>
    <message>
        <location filename="../../pressdesk/gui/archive/model.py" line="+23"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive or place</source>
        <translation>Drive or place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud link</source>
        <translation>Cloud link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <location line="+34"/>
        <source>Date</source>
        <extracomment>The kind&apos;s name in the interface language. Every field&apos;s label, for naming fields in a refusal. The columns of numbers.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it is kept</source>
        <translation>Where it is kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>ArchiveSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/archive/page.py" line="+61"/>
        <source>Search by title, event, place, person…</source>
        <extracomment>Opens a folder in the file manager; tests replace it.</extracomment>
        <translation>Search by title, event, place, person…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All kinds</source>
        <extracomment>Opens a folder in the file manager; tests replace it.</extracomment>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+53"/>
        <location line="+10"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>The archive index is empty</source>
        <translation>The archive index is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note each photo, video or audio set: the event and date, how many files, and where it is kept — a folder, an external drive or a cloud. An index kept in a spreadsheet can be imported.</source>
        <translation>Note each photo, video or audio set: the event and date, how many files, and where it is kept — a folder, an external drive or a cloud. An index kept in a spreadsheet can be imported.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add a set…</source>
        <translation>&amp;Add a set…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sets: {sets} · files: {files} · size: {size}</source>
        <translation>Sets: {sets} · files: {files} · size: {size}</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Delete from the index</source>
        <translation>Delete from the index</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Remove «{title}» from the archive index? The files themselves are not deleted.</source>
        <translation>Remove «{title}» from the archive index? The files themselves are not deleted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add “{title}” to the archive index</source>
        <translation>Add “{title}” to the archive index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “{title}”</source>
        <translation>Edit “{title}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from the archive index</source>
        <translation>Remove “{title}” from the archive index</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The folder is not found:
{path}

It may be on an external drive{drive} that is not connected, or it was moved.</source>
        <translation>The folder is not found:
{path}

It may be on an external drive{drive} that is not connected, or it was moved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder could not be opened:
{path}</source>
        <translation>The folder could not be opened:
{path}</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Export the archive index</source>
        <translation>Export the archive index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the sets the filter shows</source>
        <translation>Only the sets the filter shows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import archive sets</source>
        <translation>Import archive sets</translation>
    </message>
</context>
</TS>
