<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/person_editor.py" line="+75"/>
        <source>Close</source>
        <extracomment>The record as read or last saved (a PersonRecord or an OutletRecord).</extracomment>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>ContactFilters</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/filters.py" line="+85"/>
        <source>Any scale or region</source>
        <translation>Аймак: баары</translation>
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
        <translation>Пикир лидери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press service of another body</source>
        <translation>Башка органдын басма сөз кызматы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission abroad</source>
        <translation>Чет өлкөдөгү өкүлчүлүк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public organisation</source>
        <translation>Коомдук уюм</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+64"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Other</source>
        <translation>Башка</translation>
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
        <translation>Басма ЖМК</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Online media</source>
        <translation>Интернет-ЖМК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News agency</source>
        <translation>Маалымат агенттиги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blog or channel</source>
        <translation>Блог же канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign media</source>
        <translation>Чет өлкөлүк ЖМК</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TV</source>
        <translation>ТВ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social networks</source>
        <translation>Социалдык тармактар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messengers</source>
        <translation>Мессенджерлер</translation>
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
        <translation>Макала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live broadcast</source>
        <translation>Түз эфир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National</source>
        <translation>Республикалык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional</source>
        <translation>Регионалдык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region</source>
        <translation>Аймак көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bishkek city</source>
        <translation>Бишкек ш.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Osh city</source>
        <translation>Ош ш.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuy region</source>
        <translation>Чүй облусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issyk-Kul region</source>
        <translation>Ысык-Көл облусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naryn region</source>
        <translation>Нарын облусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talas region</source>
        <translation>Талас облусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalal-Abad region</source>
        <translation>Жалал-Абад облусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Osh region</source>
        <translation>Ош облусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batken region</source>
        <translation>Баткен облусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abroad</source>
        <translation>Чет өлкө</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>Мамлекеттик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Жеке</translation>
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
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Өзбекче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other language</source>
        <translation>Башка тил</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KY</source>
        <translation>КЫР</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RU</source>
        <translation>ОРУС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UZ</source>
        <translation>ӨЗБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EN</source>
        <translation>АНГЛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>башка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Көрсөтүлгөн эмес</translation>
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
        <translation>Жолугушуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile</source>
        <translation>Мобилдик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Жумуш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Үй</translation>
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
        <translation>Тандалган байланыштар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filter</source>
        <translation>Сакталган чыпка</translation>
    </message>
</context>
<context>
    <name>ContactModels</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="+427"/>
        <source>Same phone {value}</source>
        <translation>Телефону бирдей: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same e-mail {value}</source>
        <translation>Эл. почтасы бирдей: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Similar name at the same outlet {value}</source>
        <translation>Бир ЖМКда окшош аты-жөнү {value}</translation>
    </message>
</context>
<context>
    <name>ContactsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/page.py" line="+58"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlets</source>
        <translation>ЖМКлар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lists</source>
        <translation>Тизмелер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import…</source>
        <translation>Импорттоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Topics…</source>
        <translation>Темалар…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared topics of contacts, named in Kyrgyz and in Russian</source>
        <translation>Байланыштардын жалпы темалары, кыргызча жана орусча аталыштары менен</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The media base is empty</source>
        <translation>ЖМК базасы бош</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in the journalists and outlets you already have — from Excel, Google Contacts, Outlook or a phone (CSV, XLSX or vCard) — or add them one by one.</source>
        <translation>Колуңуздагы журналисттерди жана ЖМКларды Excel, Google Контакттар, Outlook же телефондон (CSV, XLSX же vCard) импорттоңуз же бирден кошуңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Файлдан импорттоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a journalist…</source>
        <translation>Журналист &amp;кошуу…</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="+13"/>
        <source>First record</source>
        <translation>Биринчи жазуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second record</source>
        <translation>Экинчи жазуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Себеби</translation>
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
        <translation>Дарек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a valid e-mail address; kept to fix</source>
        <translation>Эл. почта дареги туура эмес; оңдоо үчүн сакталды</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/export_dialog.py" line="+34"/>
        <source>Export contacts</source>
        <translation>Байланыштарды экспорттоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel table (.xlsx)</source>
        <translation>Excel таблицасы (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (.csv)</source>
        <translation>CSV таблицасы (.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vCard for phones and mail (.vcf)</source>
        <translation>Телефон жана почта үчүн vCard (.vcf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word directory (.docx)</source>
        <translation>Word маалымдамасы (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF directory (.pdf)</source>
        <translation>PDF маалымдамасы (.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tables and vCard hold every phone and e-mail; the Word and PDF directory is grouped by outlet, with the organisation&apos;s name, the date and the counts.</source>
        <translation>Таблицалар менен vCard ар бир телефонду жана эл. почтаны камтыйт; Word жана PDF маалымдамасы ЖМК боюнча топтолуп, уюмдун аталышы, күнү жана сандары менен чыгат.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The whole base ({count} people)</source>
        <translation>Бүт база ({count} адам)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A distribution list:</source>
        <translation>Таратуу тизмеси:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people shown now ({count})</source>
        <translation>Азыр көрсөтүлгөн адамдар ({count})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export:</source>
        <translation>Экспорттоо:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>contacts</source>
        <translation>байланыштар</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved {count} people to:
{path}</source>
        <translation>{count} адам сакталды:
{path}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/import_wizard.py" line="+49"/>
        <location line="+148"/>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Family name</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>Position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Position in Kyrgyz</source>
        <translation>Кызматы (кыргызча)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in Russian</source>
        <translation>Кызматы (орусча)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>Outlet</source>
        <translation>ЖМК</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>Экинчи телефон</translation>
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
        <translation>Экинчи эл. почта</translation>
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
        <translation>Темалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics in Kyrgyz</source>
        <translation>Темалар (кыргызча)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics in Russian</source>
        <translation>Темалар (орусча)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Булак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last verified</source>
        <translation>Акыркы текшерүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Байланышпоо</translation>
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
        <translation>Байланыштарды импорттоо</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Reading the file…</source>
        <translation>Файл окулууда…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt; Back</source>
        <translation>&lt; Артка</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Next &gt;</source>
        <translation>Кийинки &gt;</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a table (CSV or Excel XLSX) or a vCard file (.vcf) exported from a phone, Outlook or Google Contacts. Nothing is changed until the last step.</source>
        <translation>Таблицаны (CSV же Excel XLSX) же телефондон, Outlook же Google Контакттар кызматынан алынган vCard файлын (.vcf) тандаңыз. Акыркы кадамга чейин эч нерсе өзгөрбөйт.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose file…</source>
        <translation>Файлды тандоо…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which column of the file goes into which field. Recognised columns are chosen already; your choice is remembered for the next import.</source>
        <translation>Файлдын кайсы тилкеси кайсы талаага түшөт. Таанылган тилкелер тандалып коюлган; тандооңуз кийинки импорт үчүн эсте калат.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phones</source>
        <translation>Телефондор</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Line</source>
        <translation>Сап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it cannot be imported</source>
        <translation>Эмне үчүн импорттолбойт</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skip the rows that cannot be imported</source>
        <translation>Импорттолбой турган саптарды өткөрүп жиберүү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step 1 of 3: the file</source>
        <translation>3 кадамдын 1-си: файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 3: the columns</source>
        <translation>3 кадамдын 2-си: тилкелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3: check and import</source>
        <translation>3 кадамдын 3-сү: текшерүү жана импорттоо</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Contact files (*.csv *.txt *.xlsx *.vcf)</source>
        <translation>Байланыш файлдары (*.csv *.txt *.xlsx *.vcf)</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The file cannot be read.</source>
        <translation>Файлды окуу мүмкүн эмес.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>— not imported —</source>
        <translation>— импорттолбойт —</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Checking the file…</source>
        <translation>Файл текшерилүүдө…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing contacts…</source>
        <translation>Байланыштар импорттолууда…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Импорт токтотулду. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: {count} rows cannot be imported. Correct them in the file, or tick “Skip the rows that cannot be imported”.</source>
        <translation>Эч нерсе импорттолгон жок: {count} сап импорттолбойт. Аларды файлда оңдоңуз же «Импорттолбой турган саптарды өткөрүп жиберүү» белгисин коюңуз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported. New: {created}, updated: {updated}, unchanged: {unchanged}, new outlets: {outlets}, skipped rows: {skipped}.</source>
        <translation>Импорттолду. Жаңы: {created}, жаңыланды: {updated}, өзгөрүүсүз: {unchanged}, жаңы ЖМК: {outlets}, өткөрүлгөн саптар: {skipped}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rows in the file: {total}. New people: {created}, updated: {updated}, unchanged: {unchanged}, new outlets: {outlets}.</source>
        <translation>Файлдагы саптар: {total}. Жаңы адамдар: {created}, жаңыланат: {updated}, өзгөрүүсүз: {unchanged}, жаңы ЖМК: {outlets}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} rows cannot be imported. As it is, the file imports nothing; correct the rows, or tick the box below to import the rest.</source>
        <translation>{count} сап импорттолбойт. Ушул абалында файлдан эч нерсе импорттолбойт; саптарды оңдоңуз же калганын импорттоо үчүн төмөнкү белгини коюңуз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every row can be imported.</source>
        <translation>Бардык саптар импорттолот.</translation>
    </message>
</context>
<context>
    <name>InteractionModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="-116"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/lists_view.py" line="+49"/>
        <source>Save the filter as a list</source>
        <translation>Чыпканы тизме катары сактоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribution list</source>
        <translation>Таратуу тизмеси</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>For example: Regional TV</source>
        <translation>Мисалы: Регионалдык ТВ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Сүрөттөмө:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list always holds whoever matches the filter at the time of use.</source>
        <translation>Тизмеде колдонулган учурда чыпкага туура келгендердин баары болот.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>ListsModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="+73"/>
        <source>List</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole outlets</source>
        <translation>Бүт ЖМКлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Алуучулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/lists_view.py" line="+26"/>
        <source>New list…</source>
        <translation>Жаңы тизме…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>Атын өзгөртүү…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete list…</source>
        <translation>Тизмени өчүрүү…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove from list</source>
        <translation>Тизмеден чыгаруу</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a list to see who is on it.</source>
        <translation>Тизмеде кимдер бар экенин көрүү үчүн аны тандаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipients of “{name}”: {count}</source>
        <translation>«{name}» алуучулары: {count}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Distribution list</source>
        <translation>Таратуу тизмеси</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved.</source>
        <translation>Сакталган жок.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete list</source>
        <translation>Тизмени өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the list “{name}”? The people and outlets on it stay.</source>
        <translation>«{name}» тизмеси өчүрүлсүнбү? Андагы адамдар жана ЖМКлар калат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Калтыруу</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/log_panel.py" line="+54"/>
        <source>Log a contact</source>
        <translation>Байланышты жазуу</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>For example: invitation to the briefing</source>
        <translation>Мисалы: брифингге чакыруу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date:</source>
        <translation>Күнү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Темасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the log</source>
        <translation>Журналга кошуу</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location line="+29"/>
        <source>Add entry…</source>
        <translation>Жазуу кошуу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>Delete entry</source>
        <translation>Жазууну өчүрүү</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact: {date}</source>
        <translation>Акыркы байланыш: {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log a contact</source>
        <translation>Байланышты жазуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved.</source>
        <translation>Сакталган жок.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the log entry of {date}?</source>
        <translation>{date} күнкү жазуу өчүрүлсүнбү?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Калтыруу</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/review_view.py" line="+65"/>
        <source>Merge duplicates</source>
        <translation>Кайталанмаларды бириктирүү</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>These records look like the same person: {why}.</source>
        <translation>Бул жазуулар бир эле адамга окшош: {why}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phones, e-mails, messengers, topics, list memberships and the contact log of the other record are added to the one you keep; then the other record is deleted.</source>
        <translation>Экинчи жазуунун телефондору, эл. почталары, мессенджерлери, темалары, тизмелери жана байланыш журналы калтырылган жазууга кошулат; андан кийин экинчи жазуу өчүрүлөт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge</source>
        <translation>Бириктирүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this record</source>
        <translation>Бул жазууну калтыруу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>verified {date}</source>
        <translation>текшерилди {date}</translation>
    </message>
</context>
<context>
    <name>MessengerTable</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/value_tables.py" line="+18"/>
        <source>Messengers</source>
        <translation>Мессенджерлер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handle or number</source>
        <translation>Аккаунт же номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Кызмат</translation>
    </message>
</context>
<context>
    <name>NewTopicDialog</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/topics_dialog.py" line="+90"/>
        <source>New topic</source>
        <translation>Жаңы тема</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Name the topic in both languages: documents print it in their language.</source>
        <translation>Теманы эки тилде атаңыз: документтер аны өз тилинде басып чыгарат.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
</context>
<context>
    <name>OutletEditor</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/outlet_editor.py" line="+64"/>
        <source>Details</source>
        <translation>Маалыматтар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact log</source>
        <translation>Байланыш журналы</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>not known</source>
        <translation>белгисиз</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>For example: weekly, on Fridays</source>
        <translation>Мисалы: аптасына бир жолу, жума күнү</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rating, prime time, unique visitors…</source>
        <translation>Рейтинг, прайм-тайм, уникалдуу келүүчүлөр…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First-wave recipient</source>
        <translation>Биринчи толкундагы алуучу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusive partner</source>
        <translation>Эксклюзивдүү өнөктөш</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+104"/>
        <source>Name:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+104"/>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+104"/>
        <source>Platforms:</source>
        <translation>Аянтчалар:</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+104"/>
        <location line="+1"/>
        <source>Scale and region:</source>
        <translation>Деңгээли жана аймагы:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Languages:</source>
        <translation>Тилдер:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Ownership:</source>
        <translation>Таандыктыгы:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Coverage formats:</source>
        <translation>Чагылдыруу форматтары:</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <location line="+1"/>
        <source>Circulation and periodicity:</source>
        <translation>Тиражы жана мезгилдүүлүгү:</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Аудиториясы:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>Website:</source>
        <translation>Веб-сайт:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>Social networks:</source>
        <translation>Социалдык тармактар:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <location line="+1"/>
        <source>Phone and e-mail:</source>
        <translation>Телефон жана эл. почта:</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>Notes:</source>
        <translation>Эскертүүлөр:</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>New outlet</source>
        <translation>Жаңы ЖМК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet: {name}</source>
        <translation>ЖМК: {name}</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+160"/>
        <source>Outlet</source>
        <translation>ЖМК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the outlet&apos;s name.</source>
        <translation>ЖМКнын аталышын жазыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outlet is not saved.</source>
        <translation>ЖМК сакталган жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. The phone number or e-mail address is not valid: please check it.</source>
        <translation>Сакталды. Телефон номери же эл. почта дареги туура эмес: текшерип коюңуз.</translation>
    </message>
</context>
<context>
    <name>OutletFilterBar</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/filters.py" line="+99"/>
        <source>Search outlets by name</source>
        <translation>ЖМКны аталышы боюнча издөө</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First wave</source>
        <translation>Биринчи толкун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive partners</source>
        <translation>Эксклюзивдүү өнөктөштөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outlet type</source>
        <translation>ЖМК түрү: баары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Тил: баары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any ownership</source>
        <translation>Таандыктык: баары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any platform</source>
        <translation>Аянтча: баары</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any list</source>
        <translation>Тизме: баары</translation>
    </message>
</context>
<context>
    <name>OutletModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="-160"/>
        <source>Outlet</source>
        <translation>ЖМК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale and region</source>
        <translation>Деңгээли жана аймагы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translation>Таандыктыгы</translation>
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
        <translation>Биринчи толкун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive</source>
        <translation>Эксклюзив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
</context>
<context>
    <name>OutletsView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/outlets_view.py" line="+46"/>
        <source>New outlet…</source>
        <translation>Жаңы ЖМК…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlets found: {count}</source>
        <translation>Табылган ЖМК: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select outlets in the table first.</source>
        <translation>Адегенде таблицадан ЖМКларды тандаңыз.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add the outlet {name}</source>
        <translation>ЖМКны кошуу: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the outlet {name}</source>
        <translation>ЖМКны түзөтүү: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the outlet {name}</source>
        <translation>ЖМКны өчүрүү: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the outlet {name}? Its {count} people stay in the base without an outlet.</source>
        <translation>{name} ЖМКсы өчүрүлсүнбү? Анын {count} адамы базада ЖМКсыз калат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deletion can be undone (Ctrl+Z).</source>
        <translation>Өчүрүүнү Ctrl+Z менен кайтарууга болот.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete outlet</source>
        <translation>ЖМКны өчүрүү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Калтыруу</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/filters.py" line="-114"/>
        <source>Search by name, outlet, position, topic, phone, e-mail, notes</source>
        <translation>Аты-жөнү, ЖМК, кызматы, темасы, телефону, эл. почтасы, эскертүүлөр боюнча издөө</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not verified for long</source>
        <translation>Көптөн бери текшерилген эмес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Чыпкаларды тазалоо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any kind</source>
        <translation>Түрү: баары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outlet type</source>
        <translation>ЖМК түрү: баары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Тил: баары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any ownership</source>
        <translation>Таандыктык: баары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do-not-contact: any</source>
        <translation>Байланышпоо: баары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be contacted</source>
        <translation>Байланышууга болот</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not contact only</source>
        <translation>Байланышпоо гана</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Any outlet</source>
        <translation>ЖМК: баары</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any topic</source>
        <translation>Тема: баары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any list</source>
        <translation>Тизме: баары</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without outlet</source>
        <translation>ЖМКсыз</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/models.py" line="-104"/>
        <source>Full name</source>
        <extracomment>Column widths of a people table, in average characters, for their usual content.</extracomment>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>ЖМК</translation>
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
        <translation>Тилдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Текшерилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Акыркы байланыш</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not contact</source>
        <translation>Байланышпоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has phone numbers or e-mail addresses to correct</source>
        <translation>Оңдой турган телефон номерлери же эл. почта даректери бар</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/people_view.py" line="+30"/>
        <source>New person…</source>
        <translation>Жаңы адам…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save filter as list…</source>
        <translation>Чыпканы тизме катары сактоо…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People found: {count}</source>
        <translation>Табылган адамдар: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select people in the table first.</source>
        <translation>Адегенде таблицадан адамдарды тандаңыз.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete {count} people</source>
        <translation>{count} адамды өчүрүү</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add {name}</source>
        <translation>Адамды кошуу: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {name}</source>
        <translation>Адамды түзөтүү: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}</source>
        <translation>Адамды өчүрүү: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete {name} from the base?</source>
        <translation>{name} базадан өчүрүлсүнбү?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {count} people from the base?</source>
        <translation>{count} адам базадан өчүрүлсүнбү?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On accreditation lists of: {events}. The lists keep the name, outlet and contacts as text.</source>
        <translation>Аккредитация тизмелеринде бар: {events}. Тизмелерде аты-жөнү, ЖМКсы жана байланыштары текст катары калат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their phones, e-mails, list memberships and log go too.</source>
        <translation>Алардын телефондору, эл. почталары, тизмелердеги орду жана журналы да өчүрүлөт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deletion can be undone (Ctrl+Z).</source>
        <translation>Өчүрүүнү Ctrl+Z менен кайтарууга болот.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete people</source>
        <translation>Адамдарды өчүрүү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Калтыруу</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/person_editor.py" line="+83"/>
        <location line="+235"/>
        <source>Person</source>
        <extracomment>Whether the tab of phones and e-mails (the second) is shown with a doubtful value.</extracomment>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Details</source>
        <translation>Маалыматтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>Phones and e-mail</source>
        <translation>Телефондор жана эл. почта</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Lists and log</source>
        <translation>Тизмелер жана журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work history</source>
        <translation>Иштеген жерлери</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No outlet</source>
        <translation>ЖМКсыз</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Known:</source>
        <translation>Белгилүү:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the contact came from</source>
        <translation>Байланыш кайдан алынган</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark verified today</source>
        <translation>Бүгүн текшерилди деп белгилөө</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not contact</source>
        <translation>Байланышпоо</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+185"/>
        <source>Full name:</source>
        <translation>Аты-жөнү:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Position:</source>
        <translation>Кызматы:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Outlet:</source>
        <translation>ЖМК:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Topics:</source>
        <translation>Темалар:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Languages:</source>
        <translation>Тилдер:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Preferred channel:</source>
        <translation>Ыңгайлуу байланыш:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Birthday:</source>
        <translation>Туулган күнү:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Source:</source>
        <translation>Булак:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Last verified:</source>
        <translation>Акыркы текшерүү:</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+184"/>
        <source>Notes:</source>
        <translation>Эскертүүлөр:</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Distribution lists</source>
        <translation>Таратуу тизмелери</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to list</source>
        <translation>Тизмеге кошуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from list</source>
        <translation>Тизмеден чыгаруу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact log</source>
        <translation>Байланыш журналы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outlet</source>
        <translation>ЖМК</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Качантан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Качанга чейин</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moving a person to another outlet keeps a line here.</source>
        <translation>Адам башка ЖМКга өткөндө бул жерде сап калат.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>since {date}</source>
        <translation>{date} күндөн бери</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New person</source>
        <translation>Жаңы адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person: {name}</source>
        <translation>Адам: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Адамдын аты-жөнүн жазыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person is not saved.</source>
        <translation>Адам сакталган жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. Some phone numbers or e-mail addresses are not valid: they are kept and highlighted so you can correct them.</source>
        <translation>Сакталды. Айрым телефон номерлери же эл. почта даректери туура эмес: алар сакталып, оңдошуңуз үчүн белгиленди.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Lists</source>
        <translation>Тизмелер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not added to the list.</source>
        <translation>Тизмеге кошулган жок.</translation>
    </message>
</context>
<context>
    <name>PhoneTable</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/value_tables.py" line="-47"/>
        <source>Phones</source>
        <translation>Телефондор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid phone number; kept to fix</source>
        <translation>Телефон номери туура эмес; оңдоо үчүн сакталды</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/record_list.py" line="+139"/>
        <source>No lists yet</source>
        <translation>Азырынча тизмелер жок</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+89"/>
        <location line="+8"/>
        <source>Add to list</source>
        <translation>Тизмеге кошуу</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Open…</source>
        <extracomment>Whether the rows are outlets (all their people go on a list) rather than people. The page&apos;s undo of changes to these records (None: the changes are not recorded).</extracomment>
        <translation>Ачуу…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Not added.</source>
        <translation>Кошулган жок.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/review_view.py" line="+41"/>
        <source>Mark selected verified</source>
        <translation>Тандалгандарды текшерилди деп белгилөө</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Comparing the records…</source>
        <extracomment>The page&apos;s undo of changes to people (None: the changes are not recorded).</extracomment>
        <translation>Жазуулар салыштырылууда…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+66"/>
        <location line="+15"/>
        <source>Look for duplicates</source>
        <translation>Кайталанмаларды издөө</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Merge…</source>
        <translation>Бириктирүү…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press “Look for duplicates” to compare the records of the whole base.</source>
        <translation>Бүт базанын жазууларын салыштыруу үчүн «Кайталанмаларды издөө» баскычын басыңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not verified for {months} months or never: {count}</source>
        <translation>{months} айдан бери же эч качан текшерилген эмес: {count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark verified</source>
        <translation>Текшерилди деп белгилөө</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select records in the table first.</source>
        <translation>Адегенде таблицадан жазууларды тандаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark {count} people verified</source>
        <translation>{count} адамды текшерилди деп белгилөө</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Likely duplicates: {count}</source>
        <translation>Болжолдуу кайталанмалар: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search stopped.</source>
        <translation>Издөө токтоп калды.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Merge {drop} into {keep}</source>
        <translation>Бириктирүү: {drop} → {keep}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge duplicates</source>
        <translation>Кайталанмаларды бириктирүү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not merged.</source>
        <translation>Бириктирилген жок.</translation>
    </message>
</context>
<context>
    <name>TopicPicker</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/topics_dialog.py" line="+30"/>
        <source>Find a topic in either language</source>
        <translation>Теманы каалаган тилде издөө</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New topic…</source>
        <translation>Жаңы тема…</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location line="-68"/>
        <source>No Kyrgyz name: documents in Kyrgyz will lack the topic</source>
        <translation>Кыргызча аталышы жок: кыргыз тилиндеги документтерде тема болбойт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Russian name: documents in Russian will lack the topic</source>
        <translation>Орусча аталышы жок: орус тилиндеги документтерде тема болбойт</translation>
    </message>
    <message>
        <location line="+168"/>
        <location line="+120"/>
        <location line="+7"/>
        <source>Topics</source>
        <translation>Темалар</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Topics are shared by every contact. Name each in Kyrgyz and in Russian: documents print the name in their language.</source>
        <translation>Темалар бардык байланыштар үчүн жалпы. Ар бирин кыргызча жана орусча атаңыз: документтер аталышты өз тилинде басып чыгарат.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгөртүү</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge</source>
        <translation>&amp;Бириктирүү</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into:</source>
        <translation>Кайсы темага бириктирүү:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add…</source>
        <translation>&amp;Кошуу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Өчүрүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(none)</source>
        <translation>(жок)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The topic is not added.</source>
        <translation>Тема кошулган жок.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The topic is not renamed.</source>
        <translation>Теманын аты өзгөртүлгөн жок.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Merge «{source}» into «{target}»? The topic moves to %n person(s) and «{source}» is deleted.</source>
        <translation>
            <numerusform>«{source}» темасын «{target}» темасына бириктиресизби? Тема %n байланышка өтөт, «{source}» өчүрүлөт.</numerusform>
            <numerusform>«{source}» темасын «{target}» темасына бириктиресизби? Тема %n байланышка өтөт, «{source}» өчүрүлөт.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Бириктирүү</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The topics are not merged.</source>
        <translation>Темалар бириктирилген жок.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete the topic «{name}»? It is taken off %n person(s).</source>
        <translation>
            <numerusform>«{name}» темасын өчүрөсүзбү? Ал %n байланыштан алынып салынат.</numerusform>
            <numerusform>«{name}» темасын өчүрөсүзбү? Ал %n байланыштан алынып салынат.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topic is not deleted.</source>
        <translation>Тема өчүрүлгөн жок.</translation>
    </message>
</context>
<context>
    <name>ValueTable</name>
    <message>
        <location filename="../../pressdesk/gui/contacts/value_tables.py" line="-129"/>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
</context>
</TS>
