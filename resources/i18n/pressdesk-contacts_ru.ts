<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/person_editor.py" line="+75"/>
        <source>Close</source>
        <extracomment>The record as read or last saved (a PersonRecord or an OutletRecord).</extracomment>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ContactFilters</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/filters.py" line="+85"/>
        <source>Any scale or region</source>
        <translation>Регион: все</translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/labels.py" line="+16"/>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation>Фотограф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blogger</source>
        <translation>Блогер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion leader</source>
        <translation>Лидер мнений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press service of another body</source>
        <translation>Пресс-служба другого органа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission abroad</source>
        <translation>Загранучреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public organisation</source>
        <translation>Общественная организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+64"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>TV channel</source>
        <translation>Телеканал</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Radio</source>
        <translation>Радио</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Online media</source>
        <translation>Интернет-издание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News agency</source>
        <translation>Информационное агентство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blog or channel</source>
        <translation>Блог или канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign media</source>
        <translation>Зарубежное СМИ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TV</source>
        <translation>ТВ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social networks</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video hosting</source>
        <translation>Видеохостинг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live broadcast</source>
        <translation>Прямой эфир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National</source>
        <translation>Республиканское</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional</source>
        <translation>Региональное</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region</source>
        <translation>Регион не указан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bishkek city</source>
        <translation>г. Бишкек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Osh city</source>
        <translation>г. Ош</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuy region</source>
        <translation>Чуйская область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issyk-Kul region</source>
        <translation>Иссык-Кульская область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naryn region</source>
        <translation>Нарынская область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talas region</source>
        <translation>Таласская область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalal-Abad region</source>
        <translation>Джалал-Абадская область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Osh region</source>
        <translation>Ошская область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batken region</source>
        <translation>Баткенская область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abroad</source>
        <translation>За рубежом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>Государственное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Частное</translation>
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
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other language</source>
        <translation>Другой язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KY</source>
        <translation>КЫР</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RU</source>
        <translation>РУС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UZ</source>
        <translation>УЗБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EN</source>
        <translation>АНГЛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Не указан</translation>
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
        <location line="+16"/>
        <source>Telegram</source>
        <translation>Телеграм</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>WhatsApp</source>
        <translation>Ватсап</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Viber</source>
        <translation>Вайбер</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>SMS</source>
        <translation>СМС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signal</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen contacts</source>
        <translation>Выбранные контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filter</source>
        <translation>Сохранённый фильтр</translation>
    </message>
</context>
<context>
    <name>ContactModels</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="+427"/>
        <source>Same phone {value}</source>
        <translation>Одинаковый телефон: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same e-mail {value}</source>
        <translation>Одинаковая эл. почта: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Similar name at the same outlet {value}</source>
        <translation>Похожее имя в одном СМИ {value}</translation>
    </message>
</context>
<context>
    <name>ContactsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/page.py" line="+58"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlets</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Topics…</source>
        <translation>Темы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared topics of contacts, named in Kyrgyz and in Russian</source>
        <translation>Общие темы контактов с названиями на кыргызском и русском</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The media base is empty</source>
        <translation>База СМИ пуста</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in the journalists and outlets you already have — from Excel, Google Contacts, Outlook or a phone (CSV, XLSX or vCard) — or add them one by one.</source>
        <translation>Импортируйте имеющихся журналистов и СМИ — из Excel, Google Контактов, Outlook или телефона (CSV, XLSX или vCard) — или добавьте их по одному.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a journalist…</source>
        <translation>&amp;Добавить журналиста…</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="+13"/>
        <source>First record</source>
        <translation>Первая запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second record</source>
        <translation>Вторая запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>EmailTable</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/value_tables.py" line="+193"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a valid e-mail address; kept to fix</source>
        <translation>Неверный адрес эл. почты; сохранён для исправления</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/export_dialog.py" line="+34"/>
        <source>Export contacts</source>
        <translation>Экспорт контактов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel table (.xlsx)</source>
        <translation>Таблица Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (.csv)</source>
        <translation>Таблица CSV (.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vCard for phones and mail (.vcf)</source>
        <translation>vCard для телефонов и почты (.vcf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word directory (.docx)</source>
        <translation>Справочник Word (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF directory (.pdf)</source>
        <translation>Справочник PDF (.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tables and vCard hold every phone and e-mail; the Word and PDF directory is grouped by outlet, with the organisation&apos;s name, the date and the counts.</source>
        <translation>Таблицы и vCard содержат все телефоны и адреса эл. почты; справочник Word и PDF сгруппирован по СМИ, с названием организации, датой и итогами.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The whole base ({count} people)</source>
        <translation>Вся база ({count} чел.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A distribution list:</source>
        <translation>Список рассылки:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people shown now ({count})</source>
        <translation>Показанные сейчас люди ({count})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export:</source>
        <translation>Экспортировать:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved {count} people to:
{path}</source>
        <translation>Сохранено людей: {count}
{path}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/import_wizard.py" line="+49"/>
        <location line="+148"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Position in Kyrgyz</source>
        <translation>Должность (на кыргызском)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in Russian</source>
        <translation>Должность (на русском)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>Outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>Второй телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Second e-mail</source>
        <translation>Вторая эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Телеграм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>Ватсап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics in Kyrgyz</source>
        <translation>Темы (на кыргызском)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics in Russian</source>
        <translation>Темы (на русском)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+179"/>
        <location line="+89"/>
        <location line="+10"/>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+27"/>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a table (CSV or Excel XLSX) or a vCard file (.vcf) exported from a phone, Outlook or Google Contacts. Nothing is changed until the last step.</source>
        <translation>Выберите таблицу (CSV или Excel XLSX) или файл vCard (.vcf), выгруженный из телефона, Outlook или Google Контактов. До последнего шага ничего не меняется.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which column of the file goes into which field. Recognised columns are chosen already; your choice is remembered for the next import.</source>
        <translation>Какой столбец файла в какое поле. Распознанные столбцы уже выбраны; ваш выбор запомнится для следующего импорта.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it cannot be imported</source>
        <translation>Почему нельзя импортировать</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skip the rows that cannot be imported</source>
        <translation>Пропустить строки, которые нельзя импортировать</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step 1 of 3: the file</source>
        <translation>Шаг 1 из 3: файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 3: the columns</source>
        <translation>Шаг 2 из 3: столбцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3: check and import</source>
        <translation>Шаг 3 из 3: проверка и импорт</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Contact files (*.csv *.txt *.xlsx *.vcf)</source>
        <translation>Файлы контактов (*.csv *.txt *.xlsx *.vcf)</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The file cannot be read.</source>
        <translation>Файл не удаётся прочитать.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing contacts…</source>
        <translation>Импорт контактов…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Импорт отменён. Ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: {count} rows cannot be imported. Correct them in the file, or tick “Skip the rows that cannot be imported”.</source>
        <translation>Ничего не импортировано: строк, которые нельзя импортировать: {count}. Исправьте их в файле или отметьте «Пропустить строки, которые нельзя импортировать».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported. New: {created}, updated: {updated}, unchanged: {unchanged}, new outlets: {outlets}, skipped rows: {skipped}.</source>
        <translation>Импортировано. Новых: {created}, обновлено: {updated}, без изменений: {unchanged}, новых СМИ: {outlets}, пропущено строк: {skipped}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rows in the file: {total}. New people: {created}, updated: {updated}, unchanged: {unchanged}, new outlets: {outlets}.</source>
        <translation>Строк в файле: {total}. Новых людей: {created}, обновится: {updated}, без изменений: {unchanged}, новых СМИ: {outlets}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} rows cannot be imported. As it is, the file imports nothing; correct the rows, or tick the box below to import the rest.</source>
        <translation>Нельзя импортировать строк: {count}. В таком виде из файла ничего не импортируется; исправьте строки или отметьте флажок ниже, чтобы импортировать остальное.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every row can be imported.</source>
        <translation>Все строки можно импортировать.</translation>
    </message>
</context>
<context>
    <name>InteractionModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="-116"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/lists_view.py" line="+49"/>
        <source>Save the filter as a list</source>
        <translation>Сохранить фильтр как список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribution list</source>
        <translation>Список рассылки</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>For example: Regional TV</source>
        <translation>Например: Региональное ТВ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list always holds whoever matches the filter at the time of use.</source>
        <translation>В списке всегда те, кто подходит под фильтр на момент использования.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ListsModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="+73"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole outlets</source>
        <translation>СМИ целиком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/lists_view.py" line="+26"/>
        <source>New list…</source>
        <translation>Новый список…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete list…</source>
        <translation>Удалить список…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove from list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a list to see who is on it.</source>
        <translation>Выберите список, чтобы увидеть, кто в нём.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipients of “{name}”: {count}</source>
        <translation>Получатели «{name}»: {count}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Distribution list</source>
        <translation>Список рассылки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete list</source>
        <translation>Удалить список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the list “{name}”? The people and outlets on it stay.</source>
        <translation>Удалить список «{name}»? Люди и СМИ из него останутся.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/log_panel.py" line="+54"/>
        <source>Log a contact</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>For example: invitation to the briefing</source>
        <translation>Например: приглашение на брифинг</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the log</source>
        <translation>Добавить в журнал</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location line="+29"/>
        <source>Add entry…</source>
        <translation>Добавить запись…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>Delete entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact: {date}</source>
        <translation>Последний контакт: {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log a contact</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the log entry of {date}?</source>
        <translation>Удалить запись журнала от {date}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/review_view.py" line="+65"/>
        <source>Merge duplicates</source>
        <translation>Объединить дубликаты</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>These records look like the same person: {why}.</source>
        <translation>Похоже, это один и тот же человек: {why}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phones, e-mails, messengers, topics, list memberships and the contact log of the other record are added to the one you keep; then the other record is deleted.</source>
        <translation>Телефоны, адреса эл. почты, мессенджеры, темы, списки и журнал контактов другой записи добавляются к оставленной; затем другая запись удаляется.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this record</source>
        <translation>Оставить эту запись</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>verified {date}</source>
        <translation>проверено {date}</translation>
    </message>
</context>
<context>
    <name>MessengerTable</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/value_tables.py" line="+18"/>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handle or number</source>
        <translation>Имя или номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
</context>
<context>
    <name>NewTopicDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/topics_dialog.py" line="+90"/>
        <source>New topic</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Name the topic in both languages: documents print it in their language.</source>
        <translation>Назовите тему на обоих языках: документ печатает её на своём языке.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>OutletEditor</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/outlet_editor.py" line="+64"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact log</source>
        <translation>Журнал контактов</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>For example: weekly, on Fridays</source>
        <translation>Например: еженедельно, по пятницам</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rating, prime time, unique visitors…</source>
        <translation>Рейтинг, прайм-тайм, уникальные посетители…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First-wave recipient</source>
        <translation>Получатель первой волны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusive partner</source>
        <translation>Эксклюзивный партнёр</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+104"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+104"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+104"/>
        <source>Platforms:</source>
        <translation>Площадки:</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+104"/>
        <location line="+1"/>
        <source>Scale and region:</source>
        <translation>Масштаб и регион:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Ownership:</source>
        <translation>Принадлежность:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Coverage formats:</source>
        <translation>Форматы освещения:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <location line="+1"/>
        <source>Circulation and periodicity:</source>
        <translation>Тираж и периодичность:</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Аудитория:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>Social networks:</source>
        <translation>Соцсети:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <location line="+1"/>
        <source>Phone and e-mail:</source>
        <translation>Телефон и эл. почта:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>New outlet</source>
        <translation>Новое СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet: {name}</source>
        <translation>СМИ: {name}</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+160"/>
        <source>Outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the outlet&apos;s name.</source>
        <translation>Введите название СМИ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outlet is not saved.</source>
        <translation>СМИ не сохранено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. The phone number or e-mail address is not valid: please check it.</source>
        <translation>Сохранено. Номер телефона или адрес эл. почты неверен: проверьте его.</translation>
    </message>
</context>
<context>
    <name>OutletFilterBar</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/filters.py" line="+99"/>
        <source>Search outlets by name</source>
        <translation>Поиск СМИ по названию</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First wave</source>
        <translation>Первая волна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive partners</source>
        <translation>Эксклюзивные партнёры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outlet type</source>
        <translation>Тип СМИ: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Язык: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any ownership</source>
        <translation>Принадлежность: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any platform</source>
        <translation>Площадка: все</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any list</source>
        <translation>Список: все</translation>
    </message>
</context>
<context>
    <name>OutletModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="-160"/>
        <source>Outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale and region</source>
        <translation>Масштаб и регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translation>Принадлежность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circulation</source>
        <translation>Тираж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First wave</source>
        <translation>Первая волна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive</source>
        <translation>Эксклюзив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>OutletsView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/outlets_view.py" line="+46"/>
        <source>New outlet…</source>
        <translation>Новое СМИ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlets found: {count}</source>
        <translation>Найдено СМИ: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select outlets in the table first.</source>
        <translation>Сначала выберите СМИ в таблице.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add the outlet {name}</source>
        <translation>Добавление СМИ «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the outlet {name}</source>
        <translation>Изменение СМИ «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the outlet {name}</source>
        <translation>Удаление СМИ «{name}»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the outlet {name}? Its {count} people stay in the base without an outlet.</source>
        <translation>Удалить СМИ {name}? Его люди ({count}) останутся в базе без СМИ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deletion can be undone (Ctrl+Z).</source>
        <translation>Удаление можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete outlet</source>
        <translation>Удалить СМИ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/filters.py" line="-114"/>
        <source>Search by name, outlet, position, topic, phone, e-mail, notes</source>
        <translation>Поиск по ФИО, СМИ, должности, теме, телефону, эл. почте, заметкам</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not verified for long</source>
        <translation>Давно не проверялись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any kind</source>
        <translation>Вид: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outlet type</source>
        <translation>Тип СМИ: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Язык: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any ownership</source>
        <translation>Принадлежность: все</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do-not-contact: any</source>
        <translation>«Не беспокоить»: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be contacted</source>
        <translation>Можно связываться</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not contact only</source>
        <translation>Только «не беспокоить»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Any outlet</source>
        <translation>СМИ: все</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any topic</source>
        <translation>Тема: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any list</source>
        <translation>Список: все</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without outlet</source>
        <translation>Без СМИ</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="-104"/>
        <source>Full name</source>
        <extracomment>Column widths of a people table, in average characters, for their usual content.</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>СМИ</translation>
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
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not contact</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has phone numbers or e-mail addresses to correct</source>
        <translation>Есть телефоны или адреса эл. почты для исправления</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/people_view.py" line="+30"/>
        <source>New person…</source>
        <translation>Новый человек…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save filter as list…</source>
        <translation>Сохранить фильтр как список…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People found: {count}</source>
        <translation>Найдено людей: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select people in the table first.</source>
        <translation>Сначала выберите людей в таблице.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete {count} people</source>
        <translation>Удаление людей: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add {name}</source>
        <translation>Добавление: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {name}</source>
        <translation>Изменение: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}</source>
        <translation>Удаление: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete {name} from the base?</source>
        <translation>Удалить {name} из базы?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {count} people from the base?</source>
        <translation>Удалить из базы людей: {count}?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On accreditation lists of: {events}. The lists keep the name, outlet and contacts as text.</source>
        <translation>Есть в списках аккредитации: {events}. В списках останутся ФИО, СМИ и контакты в виде текста.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their phones, e-mails, list memberships and log go too.</source>
        <translation>Их телефоны, адреса эл. почты, участие в списках и журнал тоже удаляются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deletion can be undone (Ctrl+Z).</source>
        <translation>Удаление можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete people</source>
        <translation>Удалить людей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/person_editor.py" line="+83"/>
        <location line="+235"/>
        <source>Person</source>
        <extracomment>Whether the tab of phones and e-mails (the second) is shown with a doubtful value.</extracomment>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>Phones and e-mail</source>
        <translation>Телефоны и эл. почта</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Lists and log</source>
        <translation>Списки и журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work history</source>
        <translation>История работы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No outlet</source>
        <translation>Без СМИ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Known:</source>
        <translation>Известен:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the contact came from</source>
        <translation>Откуда получен контакт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark verified today</source>
        <translation>Отметить проверенным сегодня</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not contact</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+185"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Outlet:</source>
        <translation>СМИ:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Topics:</source>
        <translation>Темы:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Preferred channel:</source>
        <translation>Предпочтительный канал:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Birthday:</source>
        <translation>День рождения:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Last verified:</source>
        <translation>Последняя проверка:</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+184"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Distribution lists</source>
        <translation>Списки рассылки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to list</source>
        <translation>Добавить в список</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact log</source>
        <translation>Журнал контактов</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moving a person to another outlet keeps a line here.</source>
        <translation>При переходе человека в другое СМИ здесь остаётся строка.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person: {name}</source>
        <translation>Человек: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Введите ФИО человека.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person is not saved.</source>
        <translation>Человек не сохранён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. Some phone numbers or e-mail addresses are not valid: they are kept and highlighted so you can correct them.</source>
        <translation>Сохранено. Некоторые телефоны или адреса эл. почты неверны: они сохранены и выделены, чтобы вы их исправили.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not added to the list.</source>
        <translation>Не добавлено в список.</translation>
    </message>
</context>
<context>
    <name>PhoneTable</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/value_tables.py" line="-47"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid phone number; kept to fix</source>
        <translation>Неверный номер телефона; сохранён для исправления</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/record_list.py" line="+139"/>
        <source>No lists yet</source>
        <translation>Списков пока нет</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+89"/>
        <location line="+8"/>
        <source>Add to list</source>
        <translation>Добавить в список</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Open…</source>
        <extracomment>Whether the rows are outlets (all their people go on a list) rather than people. The page&apos;s undo of changes to these records (None: the changes are not recorded).</extracomment>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Not added.</source>
        <translation>Не добавлено.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/review_view.py" line="+41"/>
        <source>Mark selected verified</source>
        <translation>Отметить выбранных проверенными</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Comparing the records…</source>
        <extracomment>The page&apos;s undo of changes to people (None: the changes are not recorded).</extracomment>
        <translation>Сравнение записей…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+66"/>
        <location line="+15"/>
        <source>Look for duplicates</source>
        <translation>Искать дубликаты</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press “Look for duplicates” to compare the records of the whole base.</source>
        <translation>Нажмите «Искать дубликаты», чтобы сравнить записи всей базы.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not verified for {months} months or never: {count}</source>
        <translation>Не проверялись {months} мес. или никогда: {count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark verified</source>
        <translation>Отметить проверенными</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select records in the table first.</source>
        <translation>Сначала выберите записи в таблице.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark {count} people verified</source>
        <translation>Отметка о проверке: {count} чел.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Likely duplicates: {count}</source>
        <translation>Вероятные дубликаты: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search stopped.</source>
        <translation>Поиск прервался.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Merge {drop} into {keep}</source>
        <translation>Объединение: {drop} → {keep}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge duplicates</source>
        <translation>Объединить дубликаты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not merged.</source>
        <translation>Не объединено.</translation>
    </message>
</context>
<context>
    <name>TopicPicker</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/topics_dialog.py" line="+30"/>
        <source>Find a topic in either language</source>
        <translation>Поиск темы на любом из двух языков</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New topic…</source>
        <translation>Новая тема…</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location line="-68"/>
        <source>No Kyrgyz name: documents in Kyrgyz will lack the topic</source>
        <translation>Нет кыргызского названия: в документах на кыргызском темы не будет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Russian name: documents in Russian will lack the topic</source>
        <translation>Нет русского названия: в документах на русском темы не будет</translation>
    </message>
    <message>
        <location line="+168"/>
        <location line="+120"/>
        <location line="+7"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Topics are shared by every contact. Name each in Kyrgyz and in Russian: documents print the name in their language.</source>
        <translation>Темы общие для всех контактов. Назовите каждую на кыргызском и на русском: документ печатает название на своём языке.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into:</source>
        <translation>Объединить с темой:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The topic is not added.</source>
        <translation>Тема не добавлена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The topic is not renamed.</source>
        <translation>Тема не переименована.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Merge «{source}» into «{target}»? The topic moves to %n person(s) and «{source}» is deleted.</source>
        <translation>
            <numerusform>Объединить «{source}» с темой «{target}»? Тема перейдёт к %n контакту, «{source}» будет удалена.</numerusform>
            <numerusform>Объединить «{source}» с темой «{target}»? Тема перейдёт к %n контактам, «{source}» будет удалена.</numerusform>
            <numerusform>Объединить «{source}» с темой «{target}»? Тема перейдёт к %n контактам, «{source}» будет удалена.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The topics are not merged.</source>
        <translation>Темы не объединены.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete the topic «{name}»? It is taken off %n person(s).</source>
        <translation>
            <numerusform>Удалить тему «{name}»? Она будет снята с %n контакта.</numerusform>
            <numerusform>Удалить тему «{name}»? Она будет снята с %n контактов.</numerusform>
            <numerusform>Удалить тему «{name}»? Она будет снята с %n контактов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topic is not deleted.</source>
        <translation>Тема не удалена.</translation>
    </message>
</context>
<context>
    <name>ValueTable</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/value_tables.py" line="-129"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
</TS>
