<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../pressdesk/gui/welcome/demo.py" line="+67"/>
        <location line="+21"/>
        <source>The demo was not opened</source>
        <extracomment>Set once the welcome was finished or skipped; Help → Welcome shows it again.</extracomment>
        <translation>Демо не открыто</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The demo folder cannot be created: {folder}</source>
        <translation>Не удаётся создать папку демо: {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The invented data could not be written into the demo database. Check that the disk has free space, then try again.</source>
        <translation>Не удалось записать вымышленные данные в базу демо. Проверьте, что на диске есть свободное место, и повторите попытку.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filling the demo with invented data…</source>
        <translation>Демо заполняется вымышленными данными…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening the demo</source>
        <translation>Открытие демо</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../pressdesk/gui/welcome/page.py" line="+68"/>
        <source>Welcome to PressDesk</source>
        <extracomment>The user is done here (finished or skipped): show the sections. Open the demo in its own database. Something was saved (profile, staff, contacts): pages built before must reload.</extracomment>
        <translation>Добро пожаловать в PressDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Four short steps set up the press service. Every step can be skipped and done later: the profile and staff under Settings, the import in Contacts. This page opens again from the Help menu.</source>
        <translation>Четыре коротких шага готовят пресс-службу к работе. Любой шаг можно пропустить и выполнить позже: профиль и сотрудников — в Настройках, импорт — в Контактах. Эта страница снова открывается из меню Справка.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The media base</source>
        <translation>База СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look around in the demo</source>
        <translation>Осмотреться в демо</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the organisation in both languages, its head and city.</source>
        <translation>Укажите название организации на обоих языках, руководителя и город.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They head every document PressDesk writes: the plan for approval, the accreditation list, the handover act. The logo goes on their title.</source>
        <translation>Они стоят в начале каждого документа PressDesk: плана на утверждение, списка аккредитации, акта приёма-передачи дел. Логотип ставится на их первую страницу.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the people of the press service and those who sign.</source>
        <translation>Добавьте сотрудников пресс-службы и подписантов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff are the authors and those responsible in the plan, the holders of equipment and the parties of the handover act. Add yourself first.</source>
        <translation>Сотрудники — это авторы и ответственные в плане, держатели оборудования и стороны акта приёма-передачи. Сначала добавьте себя.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Skip, go to the sections</source>
        <translation>&amp;Пропустить, перейти к разделам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help → Welcome opens this page again</source>
        <translation>Справка → Приветствие открывает эту страницу снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+118"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Bring in the journalists and outlets you already have.</source>
        <translation>Перенесите имеющихся журналистов и СМИ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PressDesk reads the files other programs write. Choose the file in the import, check how its columns are read, and import; nothing is imported before you confirm.</source>
        <translation>PressDesk читает файлы, записанные другими программами. Выберите файл при импорте, проверьте, как прочитаны его столбцы, и импортируйте; до вашего подтверждения ничего не импортируется.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Excel&lt;/b&gt;: a table saved as .xlsx or .csv, one person a row</source>
        <translation>&lt;b&gt;Excel&lt;/b&gt;: таблица, сохранённая как .xlsx или .csv, по одному человеку в строке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Google Contacts&lt;/b&gt;: Export → Google CSV, or vCard</source>
        <translation>&lt;b&gt;Google Контакты&lt;/b&gt;: Экспорт → Google CSV или vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Outlook&lt;/b&gt;: File → Open &amp; Export → Export to a CSV file</source>
        <translation>&lt;b&gt;Outlook&lt;/b&gt;: Файл → Открыть и экспортировать → Экспорт в файл CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A phone&lt;/b&gt;: share or export the contacts as a vCard (.vcf) file</source>
        <translation>&lt;b&gt;Телефон&lt;/b&gt;: отправьте или экспортируйте контакты в файл vCard (.vcf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>See PressDesk at work on invented data.</source>
        <translation>Посмотрите PressDesk в работе на вымышленных данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo opens in a database of its own, in a separate folder: a ministry with its staff, media base, plan, events, equipment and archive. Your own database stays as it is. The window title says DEMO while it is open; Help → Leave the demo returns to your database.</source>
        <translation>Демо открывается в отдельной базе данных в отдельной папке: министерство с сотрудниками, базой СМИ, планом, мероприятиями, оборудованием и архивом. Ваша база данных остаётся без изменений. Пока демо открыто, в заголовке окна написано ДЕМО; Справка → Выйти из демо возвращает к вашей базе.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the &amp;demo</source>
        <translation>Открыть д&amp;емо</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People in the media base now: {count}</source>
        <translation>Сейчас в базе СМИ человек: {count}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile was not saved</source>
        <translation>Профиль не сохранён</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please correct the following and save again:</source>
        <translation>Исправьте следующее и сохраните снова:</translation>
    </message>
</context>
</TS>
