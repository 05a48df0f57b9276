<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssetsCommon</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/common.py" line="+115"/>
        <source>Tick to enter a date</source>
        <translation>Tick to enter a date</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A staff member or any name</source>
        <translation>A staff member or any name</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/editor.py" line="+296"/>
        <source>Condition of the item</source>
        <translation>Condition of the item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Condition:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>For example: repaired under warranty</source>
        <translation>For example: repaired under warranty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item has been deleted.</source>
        <translation>The item has been deleted.</translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/gap.py" line="+88"/>
        <source>Equipment against the recommended kit</source>
        <translation>Equipment against the recommended kit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recommended kit of a press service compared with the equipment on record. “Missing” is what a budget request should ask for: items in new or good condition count as usable; faulty ones do not.</source>
        <translation>The recommended kit of a press service compared with the equipment on record. “Missing” is what a budget request should ask for: items in new or good condition count as usable; faulty ones do not.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a category…</source>
        <translation>Add a category…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+93"/>
        <source>Restore the standard kit</source>
        <translation>Restore the standard kit</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Missing in total: {count} ({what}).</source>
        <translation>Missing in total: {count} ({what}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is missing from the recommended kit.</source>
        <translation>Nothing is missing from the recommended kit.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove from the kit</source>
        <translation>Remove from the kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove «{category}» from the recommended kit?</source>
        <translation>Remove «{category}» from the recommended kit?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Replace the list with the recommended minimum: a video camera, a microphone, a lapel microphone, a photo camera and a printer, one of each?</source>
        <translation>Replace the list with the recommended minimum: a video camera, a microphone, a lapel microphone, a photo camera and a printer, one of each?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the gap list</source>
        <translation>Export the gap list</translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/models.py" line="+165"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faulty</source>
        <translation>Faulty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many the recommended kit asks for</source>
        <translation>How many the recommended kit asks for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items in new or good condition</source>
        <translation>Items in new or good condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that need repair or are broken</source>
        <translation>Items that need repair or are broken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many must be bought: needed minus usable</source>
        <translation>How many must be bought: needed minus usable</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-43"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(until {date})</source>
        <translation>(until {date})</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/transfer.py" line="+24"/>
        <source>«{column}»: unknown value {value}</source>
        <translation>«{column}»: unknown value {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inventory number {number} is already used in row {row}</source>
        <translation>inventory number {number} is already used in row {row}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inventory number {number} is already in the database {name}</source>
        <translation>inventory number {number} is already in the database {name}</translation>
    </message>
</context>
<context>
    <name>InventoryLabels</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/labels.py" line="+15"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo camera</source>
        <translation>Photo camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video camera</source>
        <translation>Video camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapel microphone</source>
        <translation>Lapel microphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio recorder</source>
        <translation>Audio recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighting</source>
        <translation>Lighting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tripod, stabiliser</source>
        <translation>Tripod, stabiliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display, panel</source>
        <translation>Display, panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing station</source>
        <translation>Editing station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage drive</source>
        <translation>Storage drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network equipment</source>
        <translation>Network equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press vest</source>
        <translation>Press vest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software licence</source>
        <translation>Software licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs repair</source>
        <translation>Needs repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed out</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition changed</source>
        <translation>Condition changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details changed</source>
        <translation>Details changed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory number</source>
        <translation>Inventory number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost, som</source>
        <translation>Cost, som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return by</source>
        <translation>Return by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>imported from {file}</source>
        <extracomment>The category&apos;s name in the interface language. The condition&apos;s name in the interface language. The name of a history entry&apos;s kind. The label of an item field. Every field&apos;s label, for naming fields in a refusal. How the service notes an item created by an import: the prefix, then the file&apos;s name.</extracomment>
        <translation>imported from {file}</translation>
    </message>
</context>
<context>
    <name>InventorySectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/page.py" line="+162"/>
        <location line="+60"/>
        <source>History of the selected item</source>
        <translation>History of the selected item</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>No equipment recorded yet</source>
        <translation>No equipment recorded yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the cameras, microphones, computers and other equipment of the press service: inventory number, condition, where it is kept and who holds it. A list kept in a spreadsheet can be imported.</source>
        <translation>Record the cameras, microphones, computers and other equipment of the press service: inventory number, condition, where it is kept and who holds it. A list kept in a spreadsheet can be imported.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add equipment…</source>
        <translation>&amp;Add equipment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Search by name, number, model, place, person…</source>
        <translation>Search by name, number, model, place, person…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any condition</source>
        <translation>Any condition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written-off too</source>
        <translation>Written-off too</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed out only</source>
        <translation>Handed out only</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Hand out…</source>
        <translation>Hand out…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record who takes the item and until when</source>
        <translation>Record who takes the item and until when</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back…</source>
        <translation>Take back…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition…</source>
        <translation>Condition…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the item repaired, broken or written off</source>
        <translation>Mark the item repaired, broken or written off</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recommended kit…</source>
        <translation>Recommended kit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the press service lacks against the recommended kit</source>
        <translation>What the press service lacks against the recommended kit</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Add “{name}” ({number})</source>
        <translation>Add “{name}” ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “{name}” ({number})</source>
        <translation>Edit “{name}” ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}” ({number})</source>
        <translation>Delete “{name}” ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand out “{name}” ({number})</source>
        <translation>Hand out “{name}” ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back “{name}” ({number})</source>
        <translation>Take back “{name}” ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition of “{name}” ({number})</source>
        <translation>Condition of “{name}” ({number})</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Any custodian</source>
        <translation>Any custodian</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Items: {count}</source>
        <translation>Items: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed out: {count}</source>
        <translation>handed out: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>total cost: {sum} som</source>
        <translation>total cost: {sum} som</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>History: {number} — {name}</source>
        <translation>History: {number} — {name}</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Delete the item</source>
        <translation>Delete the item</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Delete «{name}» ({number}) and its whole history?

If the item was disposed of, mark it written off instead: the record then stays for audits.</source>
        <translation>Delete «{name}» ({number}) and its whole history?

If the item was disposed of, mark it written off instead: the record then stays for audits.</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Export the inventory</source>
        <translation>Export the inventory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the items the filter shows</source>
        <translation>Only the items the filter shows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import equipment</source>
        <translation>Import equipment</translation>
    </message>
</context>
<context>
    <name>ItemEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/editor.py" line="-253"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment item</source>
        <translation>Equipment item</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Budget, grant, gift…</source>
        <translation>Budget, grant, gift…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room, building…</source>
        <translation>Room, building…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo file on this computer</source>
        <translation>A photo file on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Photo of the item</source>
        <translation>Photo of the item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The item has been deleted.</source>
        <translation>The item has been deleted.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/models.py" line="-105"/>
        <source>Inv. No.</source>
        <translation>Inv. No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed out to</source>
        <translation>Handed out to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost, som</source>
        <translation>Cost, som</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} (until {date})</source>
        <translation>{name} (until {date})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handed out on {date}</source>
        <translation>Handed out on {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: not returned by the agreed date.</source>
        <translation>Overdue: not returned by the agreed date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serial number: {number}</source>
        <translation>Serial number: {number}</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/editor.py" line="+20"/>
        <source>Hand out</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To whom:</source>
        <translation>To whom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return by:</source>
        <translation>Return by:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by:</source>
        <translation>Held by:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, since {date}</source>
        <translation>{name}, since {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Returned on:</source>
        <translation>Returned on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item has been deleted.</source>
        <translation>The item has been deleted.</translation>
    </message>
</context>
<context>
    <name>RecommendedDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/gap.py" line="-175"/>
        <source>Recommended kit</source>
        <translation>Recommended kit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many are needed:</source>
        <translation>How many are needed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
</TS>
