<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>AssetsCommon</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/common.py" line="+115"/>
        <source>Tick to enter a date</source>
        <translation>Күндү жазуу үчүн белгилеңиз</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A staff member or any name</source>
        <translation>Кызматкер же каалаган аты-жөнү</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/editor.py" line="+296"/>
        <source>Condition of the item</source>
        <translation>Буюмдун абалы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item:</source>
        <translation>Буюм:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Condition:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>For example: repaired under warranty</source>
        <translation>Мисалы: кепилдик боюнча оңдолду</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item has been deleted.</source>
        <translation>Бул буюм өчүрүлгөн.</translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/gap.py" line="+88"/>
        <source>Equipment against the recommended kit</source>
        <translation>Жабдуулар сунушталган топтомго салыштырмалуу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recommended kit of a press service compared with the equipment on record. “Missing” is what a budget request should ask for: items in new or good condition count as usable; faulty ones do not.</source>
        <translation>Басма сөз кызматынын сунушталган жабдуулар топтому эсепте турган жабдуулар менен салыштырылат. «Жетишпейт» — бюджеттик сурамда суралышы керек болгон сан: жаңы же жакшы абалдагы буюмдар жарактуу деп эсептелет, бузуктары эсептелбейт.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a category…</source>
        <translation>Категория кошуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+93"/>
        <source>Restore the standard kit</source>
        <translation>Стандарттык топтомду калыбына келтирүү</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Missing in total: {count} ({what}).</source>
        <translation>Бардыгы жетишпейт: {count} ({what}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is missing from the recommended kit.</source>
        <translation>Сунушталган топтомдо эч нерсе жетишпей калган жок.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove from the kit</source>
        <translation>Топтомдон алып салуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove «{category}» from the recommended kit?</source>
        <translation>«{category}» сунушталган топтомдон алынып салынсынбы?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Replace the list with the recommended minimum: a video camera, a microphone, a lapel microphone, a photo camera and a printer, one of each?</source>
        <translation>Тизме сунушталган минимум менен алмаштырылсынбы: видеокамера, микрофон, топчу микрофон, фотоаппарат жана принтер, ар биринен бирден?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the gap list</source>
        <translation>Жетишпегендер тизмесин экспорттоо</translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/models.py" line="+165"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed</source>
        <translation>Керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable</source>
        <translation>Жарактуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faulty</source>
        <translation>Бузук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Жетишпейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many the recommended kit asks for</source>
        <translation>Сунушталган топтом боюнча канча керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items in new or good condition</source>
        <translation>Жаңы же жакшы абалдагы буюмдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that need repair or are broken</source>
        <translation>Оңдоону талап кылган же бузук буюмдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many must be bought: needed minus usable</source>
        <translation>Канча сатып алуу керек: керектүүсүнөн жарактуусун кемитүү</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-43"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(until {date})</source>
        <translation>({date} күнгө чейин)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/transfer.py" line="+24"/>
        <source>«{column}»: unknown value {value}</source>
        <translation>«{column}»: белгисиз маани {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inventory number {number} is already used in row {row}</source>
        <translation>{number} инвентардык номери {row}-сапта мурунтан колдонулган</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inventory number {number} is already in the database {name}</source>
        <translation>{number} инвентардык номери базада мурунтан бар {name}</translation>
    </message>
</context>
<context>
    <name>InventoryLabels</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/labels.py" line="+15"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo camera</source>
        <translation>Фотоаппарат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video camera</source>
        <translation>Видеокамера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapel microphone</source>
        <translation>Топчу микрофон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio recorder</source>
        <translation>Диктофон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighting</source>
        <translation>Жарык берүүчү жабдуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tripod, stabiliser</source>
        <translation>Штатив, стабилизатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display, panel</source>
        <translation>Дисплей, панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing station</source>
        <translation>Монтаж жасоочу стол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage drive</source>
        <translation>Маалымат сактагыч (диск)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network equipment</source>
        <translation>Тармактык жабдуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press vest</source>
        <translation>«Пресса» жилети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software licence</source>
        <translation>Программалык камсыздоо лицензиясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Жазылуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Жакшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs repair</source>
        <translation>Оңдоону талап кылат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Бузук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Эсептен чыгарылган</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered</source>
        <translation>Каттоого алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed out</source>
        <translation>Берилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Кайтарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition changed</source>
        <translation>Абалы өзгөрдү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details changed</source>
        <translation>Маалыматтар өзгөрдү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory number</source>
        <translation>Инвентардык номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Сериялык номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Сатып алынган күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost, som</source>
        <translation>Баасы, сом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Каржылоо булагы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Турган жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Custodian</source>
        <translation>Жооптуу адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return by</source>
        <translation>Кайтаруу мөөнөтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Буюм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>imported from {file}</source>
        <extracomment>The category&apos;s name in the interface language. The condition&apos;s name in the interface language. The name of a history entry&apos;s kind. The label of an item field. Every field&apos;s label, for naming fields in a refusal. How the service notes an item created by an import: the prefix, then the file&apos;s name.</extracomment>
        <translation>{file} файлынан импорттолгон</translation>
    </message>
</context>
<context>
    <name>InventorySectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/page.py" line="+162"/>
        <location line="+60"/>
        <source>History of the selected item</source>
        <translation>Тандалган буюмдун тарыхы</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>No equipment recorded yet</source>
        <translation>Азырынча бир да жабдуу катталган эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the cameras, microphones, computers and other equipment of the press service: inventory number, condition, where it is kept and who holds it. A list kept in a spreadsheet can be imported.</source>
        <translation>Басма сөз кызматынын камераларын, микрофондорун, компьютерлерин жана башка жабдууларын каттаңыз: инвентардык номери, абалы, кайда сакталганы жана кимде экени. Электрондук таблицада жүргүзүлгөн тизмени импорттоого болот.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add equipment…</source>
        <translation>Жабдуу &amp;кошуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Файлдан импорттоо…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Search by name, number, model, place, person…</source>
        <translation>Аталышы, номери, модели, жери, адамы боюнча издөө…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All categories</source>
        <translation>Бардык категориялар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any condition</source>
        <translation>Каалаган абалы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written-off too</source>
        <translation>Эсептен чыгарылгандар да</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed out only</source>
        <translation>Берилгендер гана</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Hand out…</source>
        <translation>Берүү…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record who takes the item and until when</source>
        <translation>Буюмду ким, качанга чейин алаарын жазуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back…</source>
        <translation>Кайтарып алуу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition…</source>
        <translation>Абалы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the item repaired, broken or written off</source>
        <translation>Буюмду оңдолгон, бузук же эсептен чыгарылган деп белгилөө</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recommended kit…</source>
        <translation>Сунушталган топтом…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the press service lacks against the recommended kit</source>
        <translation>Сунушталган топтомго салыштырмалуу басма сөз кызматына эмне жетишпейт</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Add “{name}” ({number})</source>
        <translation>«{name}» ({number}) кошуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “{name}” ({number})</source>
        <translation>«{name}» ({number}) түзөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}” ({number})</source>
        <translation>«{name}» ({number}) өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand out “{name}” ({number})</source>
        <translation>«{name}» ({number}) берүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back “{name}” ({number})</source>
        <translation>«{name}» ({number}) кайтарып алуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition of “{name}” ({number})</source>
        <translation>«{name}» ({number}) абалы</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Any custodian</source>
        <translation>Каалаган жооптуу адам</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Items: {count}</source>
        <translation>Буюмдар: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed out: {count}</source>
        <translation>берилген: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>total cost: {sum} som</source>
        <translation>жалпы баасы: {sum} сом</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>History: {number} — {name}</source>
        <translation>Тарыхы: {number} — {name}</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Delete the item</source>
        <translation>Буюмду өчүрүү</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Delete «{name}» ({number}) and its whole history?

If the item was disposed of, mark it written off instead: the record then stays for audits.</source>
        <translation>«{name}» ({number}) жана анын бүт тарыхы өчүрүлсүнбү?

Эгер буюм колдонуудан чыгарылса, анын ордуна эсептен чыгарылган деп белгилеңиз: ошондо жазуу текшерүүлөр үчүн сакталат.</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Export the inventory</source>
        <translation>Жабдуулар тизмесин экспорттоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the items the filter shows</source>
        <translation>Чыпка көрсөткөн буюмдарды гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import equipment</source>
        <translation>Жабдууларды импорттоо</translation>
    </message>
</context>
<context>
    <name>ItemEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/editor.py" line="-253"/>
        <source>New item</source>
        <translation>Жаңы буюм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment item</source>
        <translation>Жабдуу</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Budget, grant, gift…</source>
        <translation>Бюджет, грант, белек…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room, building…</source>
        <translation>Бөлмө, имарат…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo file on this computer</source>
        <translation>Ушул компьютердеги сүрөт файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Photo of the item</source>
        <translation>Буюмдун сүрөтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)</source>
        <translation>Сүрөттөр (*.jpg *.jpeg *.png *.heic *.webp);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The item has been deleted.</source>
        <translation>Бул буюм өчүрүлгөн.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/models.py" line="-105"/>
        <source>Inv. No.</source>
        <translation>Инв. №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Турган жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custodian</source>
        <translation>Жооптуу адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed out to</source>
        <translation>Кимге берилген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased</source>
        <translation>Сатып алынган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost, som</source>
        <translation>Баасы, сом</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} (until {date})</source>
        <translation>{name} ({date} күнгө чейин)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handed out on {date}</source>
        <translation>{date} берилген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: not returned by the agreed date.</source>
        <translation>Мөөнөтү өттү: макулдашылган күнгө чейин кайтарылган жок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serial number: {number}</source>
        <translation>Сериялык номер: {number}</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/editor.py" line="+20"/>
        <source>Hand out</source>
        <translation>Берүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back</source>
        <translation>Кайтарып алуу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Item:</source>
        <translation>Буюм:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To whom:</source>
        <translation>Кимге:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Күнү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return by:</source>
        <translation>Кайтаруу мөөнөтү:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by:</source>
        <translation>Кимде:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, since {date}</source>
        <translation>{name}, {date} тартып</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Returned on:</source>
        <translation>Кайтарылган күнү:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item has been deleted.</source>
        <translation>Бул буюм өчүрүлгөн.</translation>
    </message>
</context>
<context>
    <name>RecommendedDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/gap.py" line="-175"/>
        <source>Recommended kit</source>
        <translation>Сунушталган топтом</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many are needed:</source>
        <translation>Канча керек:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
</context>
</TS>
