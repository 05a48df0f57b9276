<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActPreview</name>
    <message>
        <location filename="../../pressdesk/gui/handover/preview.py" line="+139"/>
        <source>&amp;Pages</source>
        <extracomment>The zoom changed; the percentage is shown beside the buttons.</extracomment>
        <translation>&amp;Страницы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The act as printed, page by page</source>
        <translation>Акт в печатном виде, по страницам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The act as running text, wrapped to the pane</source>
        <translation>Акт сплошным текстом по ширине панели</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fit width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the pane&apos;s width</source>
        <translation>Вписать страницу в ширину панели</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Pages: {count}</source>
        <translation>Страниц: {count}</translation>
    </message>
</context>
<context>
    <name>ActsModel</name>
    <message>
        <location filename="../../pressdesk/gui/handover/acts.py" line="+34"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Основание передачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Передающий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Принимающий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>Взамен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismissal</source>
        <translation>Увольнение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiring</source>
        <translation>Приём на работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary replacement</source>
        <translation>Временное замещение</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../pressdesk/gui/handover/wizard.py" line="+576"/>
        <source>No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install DejaVu Sans or choose a TrueType font under Settings → Preferences, or use DOCX only.</source>
        <translation>Не найден шрифт с кыргызскими буквами ң, ө и ү для PDF. Установите DejaVu Sans или выберите шрифт TrueType в Настройки → Параметры, либо используйте только DOCX.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be written. Check that the folder exists, that you may write there, that the disk has free space and that the file is not open in another program.</source>
        <translation>Не удалось записать файл. Проверьте, что папка существует, что в неё можно писать, что на диске есть место и что файл не открыт в другой программе.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document could not be made.</source>
        <translation>Не удалось сформировать документ.</translation>
    </message>
</context>
<context>
    <name>HandoverSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/handover/page.py" line="+35"/>
        <source>New act</source>
        <extracomment>Open the staff list: the act&apos;s parties are chosen from it.</extracomment>
        <translation>Новый акт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued acts</source>
        <translation>Выданные акты</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is recorded to hand over yet</source>
        <translation>Передавать пока нечего: ничего не внесено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act lists the equipment, accounts, archive, media base, plans and events kept in PressDesk, and the staff who hand over and take over. Fill those sections first, or write the act by hand now.</source>
        <translation>В акт входят оборудование, аккаунты, архив, база СМИ, планы и мероприятия, которые ведутся в PressDesk, а также сотрудники, которые передают и принимают дела. Сначала заполните эти разделы или составьте акт вручную сейчас.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add the staff…</source>
        <translation>&amp;Добавить сотрудников…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the act by hand</source>
        <translation>&amp;Составить акт вручную</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <location filename="../../pressdesk/gui/handover/wizard.py" line="-466"/>
        <source>1. Parties and direction</source>
        <translation>1. Стороны и основание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. What is handed over</source>
        <translation>2. Что передаётся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Duties and remarks</source>
        <translation>3. Обязанности и замечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Issue</source>
        <translation>4. Выдача акта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again from the data</source>
        <translation>Собрать заново из данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read equipment, accounts, archives and contacts again</source>
        <translation>Заново прочитать оборудование, аккаунты, архивы и контакты</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Duties actually performed and ongoing affairs, one per line:</source>
        <translation>Фактически исполнявшиеся обязанности и текущие дела, по одному в строке:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remarks of the receiving party, one per line:</source>
        <translation>Замечания принимающей стороны, по одному в строке:</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>List the stored passwords to hand over in person</source>
        <translation>Перечислить сохранённые пароли для передачи лично</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The act names the accounts whose password or recovery codes are stored on this computer, never the secrets themselves</source>
        <translation>В акте называются аккаунты, пароли или коды восстановления которых хранятся на этом компьютере, но не сами пароли и коды</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whatever is left empty here is printed as lines to fill in by hand when the act is signed; nothing is stated that nobody has checked.</source>
        <translation>Всё, что здесь оставлено пустым, печатается строками для заполнения от руки при подписании; в акт не вносится ничего непроверенного.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Service ID card:</source>
        <translation>Служебное удостоверение:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the act leaves “handed in / not handed in” to mark by hand</source>
        <translation>Если пусто, в акте остаётся «сдано / не сдано» для отметки от руки</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The act lists {count} account(s): {names}.</source>
        <translation>В акте перечислены аккаунты ({count}): {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password or recovery code is stored for any account; the act says so.</source>
        <translation>Ни для одного аккаунта не сохранено ни пароля, ни кодов восстановления; в акте так и указано.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Nothing to issue</source>
        <translation>Нечего выдавать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose DOCX, PDF or both.</source>
        <translation>Выберите DOCX, PDF или оба формата.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parties missing</source>
        <translation>Не указаны стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the outgoing and the incoming person on the first step.</source>
        <translation>Укажите передающего и принимающего на первом шаге.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>handover-act-{number}</source>
        <translation>акт-приема-передачи-{number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the act</source>
        <translation>Сохранить акт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents (*.docx *.pdf)</source>
        <translation>Документы (*.docx *.pdf)</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+18"/>
        <source>Issuing the act…</source>
        <translation>Акт выдаётся…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Issue the act</source>
        <translation>Выдача акта</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting the media contact base…</source>
        <translation>Выгружается база контактов СМИ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the DOCX file…</source>
        <translation>Записывается файл DOCX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the PDF file…</source>
        <translation>Записывается файл PDF…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Act issued</source>
        <translation>Акт выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act № {number} is issued and recorded:
{files}</source>
        <translation>Акт № {number} выдан и зарегистрирован:
{files}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Act not issued</source>
        <translation>Акт не выдан</translation>
    </message>
</context>
<context>
    <name>IssueOptions</name>
    <message>
        <location filename="../../pressdesk/gui/handover/issue_options.py" line="+34"/>
        <source>An issued act cannot be changed: it is recorded with its content and the fingerprints of its files. To fix a mistake, issue a correction that replaces it.</source>
        <translation>Выданный акт изменить нельзя: он сохраняется вместе с содержанием и цифровыми отпечатками файлов. Чтобы исправить ошибку, выдайте исправленный акт взамен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text document (.docx)</source>
        <translation>Текстовый документ (.docx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table as text (.csv)</source>
        <translation>Таблица в виде текста (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (.xlsx)</source>
        <translation>Электронная таблица (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not attach</source>
        <translation>Не прилагать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attached media contact base:</source>
        <translation>Прилагаемая база контактов СМИ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other files attached to the act (each becomes a numbered annex):</source>
        <translation>Другие файлы, прилагаемые к акту (каждый — нумерованное приложение):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach a file…</source>
        <translation>Приложить файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the file</source>
        <translation>Убрать файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue the act…</source>
        <translation>Выдать акт…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Attach a file to the act</source>
        <translation>Приложить файл к акту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>IssuedActsPanel</name>
    <message>
        <location filename="../../pressdesk/gui/handover/acts.py" line="+45"/>
        <source>Re-print…</source>
        <translation>Перепечатать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the act&apos;s file again and check it is identical to the one issued</source>
        <translation>Сформировать файл акта заново и проверить, что он совпадает с выданным</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue a correction…</source>
        <translation>Выдать исправленный акт…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No act has been issued yet.</source>
        <translation>Пока не выдано ни одного акта.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>handover-act-{number}-copy</source>
        <translation>акт-приема-передачи-{number}-копия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-print the act</source>
        <translation>Перепечатать акт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents (*.docx *.pdf)</source>
        <translation>Документы (*.docx *.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>Act re-printed</source>
        <translation>Акт перепечатан</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The copy is saved:
{path}
This format was not issued, so there is no fingerprint to compare it with.</source>
        <translation>Копия сохранена:
{path}
Этот формат не выдавался, поэтому сравнить не с чем.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy is saved and is identical to the issued file:
{path}</source>
        <translation>Копия сохранена и совпадает с выданным файлом:
{path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy differs from the issued act</source>
        <translation>Копия отличается от выданного акта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy is saved, but its fingerprint differs from the issued file. The fonts or the program&apos;s wording changed since the act was issued; treat the issued copy as the original:
{path}</source>
        <translation>Копия сохранена, но её цифровой отпечаток отличается от выданного файла. После выдачи акта изменились шрифты или формулировки программы; подлинником считайте выданный экземпляр:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued act: SHA-256 {issued}
This copy: SHA-256 {copy}</source>
        <translation>Выданный акт: SHA-256 {issued}
Этот экземпляр: SHA-256 {copy}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Act not re-printed</source>
        <translation>Акт не перепечатан</translation>
    </message>
</context>
<context>
    <name>PartiesForm</name>
    <message>
        <location filename="../../pressdesk/gui/handover/parties.py" line="+51"/>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismissal: the outgoing person hands over</source>
        <translation>Увольнение: уходящий сотрудник передаёт дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiring: the incoming person confirms receipt</source>
        <translation>Приём на работу: новый сотрудник подтверждает получение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary replacement: an acting person</source>
        <translation>Временное замещение: исполняющий обязанности</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taken from the organisation profile; can be changed here</source>
        <translation>Берётся из профиля организации; здесь можно изменить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name, post</source>
        <translation>ФИО, должность</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, post — one member per line</source>
        <translation>ФИО, должность — по одному члену в строке</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan items sent or approved and events of this many days go into the act</source>
        <translation>В акт попадают материалы плана на согласовании и согласованные, а также мероприятия на это число дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the act “For official use”</source>
        <translation>Поставить на акт гриф «Для служебного пользования»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the act:</source>
        <translation>Язык акта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction:</source>
        <translation>Основание передачи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act number:</source>
        <translation>Номер акта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing person:</source>
        <translation>Передающий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Post:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Incoming or acting person:</source>
        <translation>Принимающий или исполняющий обязанности:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission chair:</source>
        <translation>Председатель комиссии:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission members:</source>
        <translation>Члены комиссии:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (post):</source>
        <translation>Утверждает (должность):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (name):</source>
        <translation>Утверждает (Ф.И.О.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number:</source>
        <translation>Номер приказа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date:</source>
        <translation>Дата приказа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans and events ahead:</source>
        <translation>Планы и мероприятия вперёд на:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This act replaces act № {number} of {date}.</source>
        <translation>Этот акт составляется взамен акта № {number} от {date}.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../pressdesk/gui/handover/lines.py" line="+40"/>
        <source>The clause that opens the section</source>
        <translation>Пункт, открывающий раздел</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clauses that close the section, one per line</source>
        <translation>Пункты в конце раздела, по одному в строке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening clause:</source>
        <translation>Вводный пункт:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing clauses, one per line:</source>
        <translation>Заключительные пункты, по одному в строке:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
</TS>
