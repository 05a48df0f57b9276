<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AssetsCommon</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/common.py" line="+115"/>
        <source>Tick to enter a date</source>
        <translation>Отметьте, чтобы указать дату</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A staff member or any name</source>
        <translation>Сотрудник или любое имя</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/editor.py" line="+296"/>
        <source>Condition of the item</source>
        <translation>Состояние предмета</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Condition:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>For example: repaired under warranty</source>
        <translation>Например: отремонтирован по гарантии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item has been deleted.</source>
        <translation>Этот предмет удалён.</translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/gap.py" line="+88"/>
        <source>Equipment against the recommended kit</source>
        <translation>Оборудование в сравнении с рекомендуемым набором</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recommended kit of a press service compared with the equipment on record. “Missing” is what a budget request should ask for: items in new or good condition count as usable; faulty ones do not.</source>
        <translation>Рекомендуемый набор оборудования пресс-службы в сравнении с оборудованием на учёте. «Не хватает» — то, что нужно запросить в бюджетной заявке: предметы в новом или исправном состоянии считаются пригодными, неисправные — нет.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a category…</source>
        <translation>Добавить категорию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+93"/>
        <source>Restore the standard kit</source>
        <translation>Восстановить стандартный набор</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Missing in total: {count} ({what}).</source>
        <translation>Всего не хватает: {count} ({what}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is missing from the recommended kit.</source>
        <translation>В рекомендуемом наборе ничего не недостаёт.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove from the kit</source>
        <translation>Убрать из набора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove «{category}» from the recommended kit?</source>
        <translation>Убрать «{category}» из рекомендуемого набора?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Replace the list with the recommended minimum: a video camera, a microphone, a lapel microphone, a photo camera and a printer, one of each?</source>
        <translation>Заменить список рекомендуемым минимумом: видеокамера, микрофон, петличный микрофон, фотоаппарат и принтер, по одному?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the gap list</source>
        <translation>Экспорт списка недостающего</translation>
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
        <translation>Нужно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable</source>
        <translation>Пригодно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faulty</source>
        <translation>Неисправно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many the recommended kit asks for</source>
        <translation>Сколько требует рекомендуемый набор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items in new or good condition</source>
        <translation>Предметы в новом или исправном состоянии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that need repair or are broken</source>
        <translation>Предметы, требующие ремонта или неисправные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many must be bought: needed minus usable</source>
        <translation>Сколько нужно купить: нужно минус пригодно</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-43"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(until {date})</source>
        <translation>(до {date})</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/transfer.py" line="+24"/>
        <source>«{column}»: unknown value {value}</source>
        <translation>«{column}»: неизвестное значение {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inventory number {number} is already used in row {row}</source>
        <translation>инвентарный номер {number} уже указан в строке {row}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inventory number {number} is already in the database {name}</source>
        <translation>инвентарный номер {number} уже есть в базе {name}</translation>
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
        <translation>Петличный микрофон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio recorder</source>
        <translation>Диктофон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighting</source>
        <translation>Осветительное оборудование</translation>
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
        <translation>Монтажная станция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage drive</source>
        <translation>Накопитель (диск)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network equipment</source>
        <translation>Сетевое оборудование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press vest</source>
        <translation>Жилет «Пресса»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software licence</source>
        <translation>Лицензия на ПО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Подписка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Исправное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs repair</source>
        <translation>Требует ремонта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Неисправное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered</source>
        <translation>Поставлено на учёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed out</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition changed</source>
        <translation>Изменено состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details changed</source>
        <translation>Изменены сведения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Дата покупки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost, som</source>
        <translation>Стоимость, сом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Custodian</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Person</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return by</source>
        <translation>Вернуть до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>imported from {file}</source>
        <extracomment>The category&apos;s name in the interface language. The condition&apos;s name in the interface language. The name of a history entry&apos;s kind. The label of an item field. Every field&apos;s label, for naming fields in a refusal. How the service notes an item created by an import: the prefix, then the file&apos;s name.</extracomment>
        <translation>импортировано из {file}</translation>
    </message>
</context>
<context>
    <name>InventorySectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/page.py" line="+162"/>
        <location line="+60"/>
        <source>History of the selected item</source>
        <translation>История выбранного предмета</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>No equipment recorded yet</source>
        <translation>Оборудование ещё не внесено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the cameras, microphones, computers and other equipment of the press service: inventory number, condition, where it is kept and who holds it. A list kept in a spreadsheet can be imported.</source>
        <translation>Внесите камеры, микрофоны, компьютеры и другое оборудование пресс-службы: инвентарный номер, состояние, место хранения и у кого оно находится. Список, который велся в электронной таблице, можно импортировать.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add equipment…</source>
        <translation>&amp;Добавить оборудование…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Search by name, number, model, place, person…</source>
        <translation>Поиск по названию, номеру, модели, месту, человеку…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any condition</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written-off too</source>
        <translation>Со списанными</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed out only</source>
        <translation>Только выданные</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Hand out…</source>
        <translation>Выдать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record who takes the item and until when</source>
        <translation>Записать, кто берёт предмет и до какого числа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back…</source>
        <translation>Принять обратно…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition…</source>
        <translation>Состояние…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the item repaired, broken or written off</source>
        <translation>Отметить предмет отремонтированным, неисправным или списанным</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recommended kit…</source>
        <translation>Рекомендуемый набор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the press service lacks against the recommended kit</source>
        <translation>Чего не хватает пресс-службе по сравнению с рекомендуемым набором</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Add “{name}” ({number})</source>
        <translation>Добавление «{name}» ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “{name}” ({number})</source>
        <translation>Изменение «{name}» ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}” ({number})</source>
        <translation>Удаление «{name}» ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand out “{name}” ({number})</source>
        <translation>Выдача «{name}» ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back “{name}” ({number})</source>
        <translation>Возврат «{name}» ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition of “{name}” ({number})</source>
        <translation>Состояние «{name}» ({number})</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Any custodian</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Items: {count}</source>
        <translation>Предметов: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed out: {count}</source>
        <translation>выдано: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>total cost: {sum} som</source>
        <translation>общая стоимость: {sum} сом</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>History: {number} — {name}</source>
        <translation>История: {number} — {name}</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Delete the item</source>
        <translation>Удаление предмета</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Delete «{name}» ({number}) and its whole history?

If the item was disposed of, mark it written off instead: the record then stays for audits.</source>
        <translation>Удалить «{name}» ({number}) вместе со всей историей?

Если предмет выбыл, лучше отметьте его списанным: тогда запись сохранится для проверок.</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Export the inventory</source>
        <translation>Экспорт описи оборудования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the items the filter shows</source>
        <translation>Только предметы, показанные фильтром</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import equipment</source>
        <translation>Импорт оборудования</translation>
    </message>
</context>
<context>
    <name>ItemEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/editor.py" line="-253"/>
        <source>New item</source>
        <translation>Новый предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment item</source>
        <translation>Предмет оборудования</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Budget, grant, gift…</source>
        <translation>Бюджет, грант, дар…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room, building…</source>
        <translation>Кабинет, здание…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo file on this computer</source>
        <translation>Файл фотографии на этом компьютере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Photo of the item</source>
        <translation>Фото предмета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.heic *.webp);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The item has been deleted.</source>
        <translation>Этот предмет удалён.</translation>
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
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custodian</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed out to</source>
        <translation>У кого на руках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased</source>
        <translation>Куплено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost, som</source>
        <translation>Стоимость, сом</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} (until {date})</source>
        <translation>{name} (до {date})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handed out on {date}</source>
        <translation>Выдано {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: not returned by the agreed date.</source>
        <translation>Просрочено: не возвращено к оговорённой дате.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serial number: {number}</source>
        <translation>Серийный номер: {number}</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/editor.py" line="+20"/>
        <source>Hand out</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back</source>
        <translation>Принять обратно</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Item:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To whom:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return by:</source>
        <translation>Вернуть до:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by:</source>
        <translation>У кого:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, since {date}</source>
        <translation>{name}, с {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Returned on:</source>
        <translation>Дата возврата:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item has been deleted.</source>
        <translation>Этот предмет удалён.</translation>
    </message>
</context>
<context>
    <name>RecommendedDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inventory/gap.py" line="-175"/>
        <source>Recommended kit</source>
        <translation>Рекомендуемый набор</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many are needed:</source>
        <translation>Сколько нужно:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
</TS>
