<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../pressdesk/gui/releases/editor.py" line="+546"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../pressdesk/gui/releases/page.py" line="+312"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReleaseChannelsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/dialogs.py" line="+216"/>
        <source>Release {number}: texts for channels</source>
        <translation>Пресс-релиз {number}: тексты для каналов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The release is not approved yet: publish these texts only after approval.</source>
        <translation>Пресс-релиз ещё не согласован: публикуйте эти тексты только после согласования.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{length} characters, no limit</source>
        <translation>символов: {length}, без ограничения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{length} of {limit} characters</source>
        <translation>{length} из {limit} символов</translation>
    </message>
</context>
<context>
    <name>ReleaseDiffDialog</name>
    <message>
        <location line="-162"/>
        <source>Release {number}: changes between versions</source>
        <translation>Пресс-релиз {number}: изменения между версиями</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>v{number} (being written)</source>
        <translation>v{number} (в работе)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From:</source>
        <translation>Из:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>В:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The texts are the same.</source>
        <translation>Тексты совпадают.</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <location filename="../../pressdesk/gui/releases/editor.py" line="-450"/>
        <source>staff</source>
        <extracomment>The languages side by side, Kyrgyz at the left as in the official documents.</extracomment>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A staff member, a contact, or a name</source>
        <translation>Сотрудник, контакт или имя</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+221"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Speaker:</source>
        <translation>Автор цитаты:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Press release {number}</source>
        <translation>Пресс-релиз {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New press release</source>
        <translation>Новый пресс-релиз</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This release is {status} as version {version}. Saving a change makes version {next}, a draft that needs the head&apos;s approval again; the approved text is kept.</source>
        <translation>Пресс-релиз в версии {version}: {status}. Сохранение изменений создаст версию {next} — черновик, который снова нужно согласовать с руководителем; согласованный текст сохранится.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+361"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Links and files</source>
        <translation>Ссылки и файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and plan</source>
        <translation>Контакт и план</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Fill from the template</source>
        <translation>Заполнить по шаблону</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the starting text of the chosen kind in both languages; square brackets mark what to fill in</source>
        <translation>Вставить исходный текст выбранного вида на обоих языках; в квадратных скобках — что нужно заполнить</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+288"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-285"/>
        <location line="+287"/>
        <source>Embargo until</source>
        <translation>Эмбарго до</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+275"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+243"/>
        <source>Lead:</source>
        <translation>Лид:</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+243"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Add a quote</source>
        <translation>Добавить цитату</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One web address a line: https://…</source>
        <translation>По одному веб-адресу в строке: https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+202"/>
        <source>Links:</source>
        <translation>Ссылки:</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+186"/>
        <source>Photos and files:</source>
        <translation>Фото и файлы:</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>The press secretary (profile)</source>
        <translation>Пресс-секретарь (из профиля)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+174"/>
        <source>Contact for the media:</source>
        <translation>Контакт для СМИ:</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+4"/>
        <source>Not linked</source>
        <translation>Не связано</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+172"/>
        <source>Content plan item:</source>
        <translation>Пункт контент-плана:</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+170"/>
        <source>Event:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx);;All files (*)</source>
        <translation>Фото и документы (*.jpg *.jpeg *.png *.pdf *.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace the title, lead and text with the template?</source>
        <translation>Заменить заголовок, лид и текст шаблоном?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Characters: {chars} · words: {words}</source>
        <translation>Символов: {chars} · слов: {words}</translation>
    </message>
</context>
<context>
    <name>ReleaseExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/dialogs.py" line="+118"/>
        <source>Export the press release</source>
        <translation>Экспорт пресс-релиза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the approval sheet</source>
        <translation>Экспорт листа согласования</translation>
    </message>
</context>
<context>
    <name>ReleaseLabels</name>
    <message>
        <location filename="../../pressdesk/gui/releases/labels.py" line="+11"/>
        <source>Press release</source>
        <translation>Пресс-релиз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information message</source>
        <translation>Информационное сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media advisory</source>
        <translation>Анонс для СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact sheet</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Sent for approval</source>
        <translation>Отправлен на согласование</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Returned with comments</source>
        <translation>Возвращён с замечаниями</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Approved</source>
        <translation>Согласован</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Sent out</source>
        <translation>Разослан</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Created</source>
        <extracomment>What a step of the history says happened, by its kind or the status it reached.</extracomment>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text changed</source>
        <translation>Текст изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to draft</source>
        <translation>Возвращён в черновик</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <location filename="../../pressdesk/gui/releases/detail.py" line="+35"/>
        <source>Send for approval…</source>
        <translation>Отправить на согласование…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return with comments…</source>
        <translation>Вернуть с замечаниями…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Согласовать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft…</source>
        <translation>Вернуть в черновик…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent out…</source>
        <translation>Отметить как разосланный…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>When</source>
        <extracomment>A recipient in doubt was decided: its id, and True if the message counts as sent.</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare versions…</source>
        <translation>Сравнить версии…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved versions:</source>
        <translation>Согласованные версии:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave</source>
        <translation>Волна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark as sent</source>
        <translation>Отметить как отправленное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again</source>
        <translation>Отправить повторно</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No coverage linked yet</source>
        <translation>Связанных публикаций пока нет</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a release to see its approval and versions.</source>
        <translation>Выберите пресс-релиз, чтобы увидеть согласование и версии.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status}, version {version}</source>
        <translation>{status}, версия {version}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comments: {text}</source>
        <translation>Замечания: {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>v{number} · approved {when} · {who}</source>
        <translation>v{number} · согласован {when} · {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None approved yet</source>
        <translation>Пока ни одна не согласована</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first</source>
        <translation>первая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>остальные</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>written as .eml</source>
        <translation>записано в .eml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in doubt</source>
        <translation>под вопросом</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
</context>
<context>
    <name>ReleaseStepDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/dialogs.py" line="-234"/>
        <source>Release {number}: {old} → {new}</source>
        <translation>Пресс-релиз {number}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the head asks to change (required)</source>
        <translation>Что руководитель просит изменить (обязательно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is kept as version {version}; a later change makes a new version that needs approval again.</source>
        <translation>Текст сохраняется как версия {version}; последующее изменение создаст новую версию, которую нужно будет снова согласовать.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send for approval</source>
        <translation>Отправить на согласование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Вернуть в черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent out</source>
        <translation>Отметить как разосланный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval step</source>
        <translation>Шаг согласования</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <location filename="../../pressdesk/gui/releases/model.py" line="+24"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embargo until</source>
        <translation>Эмбарго до</translation>
    </message>
</context>
<context>
    <name>ReleasesSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/releases/page.py" line="-252"/>
        <source>Search in the titles…</source>
        <translation>Поиск по заголовкам…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No press releases yet</source>
        <translation>Пресс-релизов пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a release in Kyrgyz and Russian side by side, starting from the template of its kind; send it to the head for approval and print it on the letterhead.</source>
        <translation>Пишите пресс-релиз на кыргызском и русском рядом, начиная с шаблона его вида; отправьте его на согласование руководителю и распечатайте на бланке.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Write a release…</source>
        <translation>&amp;Написать пресс-релиз…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the release</source>
        <translation>Удаление пресс-релиза</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Releases shown: {count} · awaiting approval: {waiting}</source>
        <translation>Показано: {count} · ждут согласования: {waiting}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Channel texts…</source>
        <translation>Тексты для каналов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short texts for the website, Facebook, Instagram and Telegram</source>
        <translation>Короткие тексты для сайта, Facebook, Instagram и Telegram</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send…</source>
        <translation>Разослать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the release to the media by e-mail, one message per recipient</source>
        <translation>Отправить пресс-релиз в СМИ по электронной почте, каждому получателю отдельное письмо</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The release on the letterhead as PDF or Word, in Kyrgyz or Russian</source>
        <translation>Пресс-релиз на бланке (.pdf или .docx), на кыргызском или русском</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval sheet…</source>
        <translation>Лист согласования…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The approval sheet for the head&apos;s signature, as PDF or Word</source>
        <translation>Лист согласования на подпись руководителю (.pdf или .docx)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Approval step</source>
        <translation>Шаг согласования</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete release {number} «{title}»? The releases after it in the year take the numbers one lower.</source>
        <translation>Удалить пресс-релиз {number} «{title}»? Номера следующих за ним пресс-релизов этого года уменьшатся на один.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write release {number}</source>
        <translation>Создание пресс-релиза {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit release {number}</source>
        <translation>Правка пресс-релиза {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete release {number}</source>
        <translation>Удаление пресс-релиза {number}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/send_dialog.py" line="+77"/>
        <source>Send release {number}</source>
        <translation>Отправка пресс-релиза {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All media</source>
        <translation>Все СМИ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Both waves: the first, then the rest after the delay</source>
        <translation>Обе волны: сначала первая, остальные после паузы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first wave only</source>
        <translation>Только первая волна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest now</source>
        <translation>Остальные сейчас</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что будет</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send through the mail server, one message each</source>
        <translation>Отправить через почтовый сервер, каждому отдельное письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one .eml file per recipient into a folder</source>
        <translation>Записать в папку по одному файлу .eml на получателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one .eml with all addresses in BCC (nothing is recorded)</source>
        <translation>Записать один .eml со всеми адресами в скрытой копии (ничего не учитывается)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the mail program with a mailto: link (at most {limit})</source>
        <translation>Открыть почтовую программу по ссылке mailto: (не более {limit} адресов)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mail server: {server}</source>
        <translation>Почтовый сервер: {server}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mail server is set up: the messages can be written for your mail program.</source>
        <translation>Почтовый сервер не настроен: письма можно записать в файлы для вашей почтовой программы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave:</source>
        <translation>Волна:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest after:</source>
        <translation>Остальные через:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>To send: {send} · skipped: {skipped} · already have it: {already} · in doubt: {doubt}</source>
        <translation>К отправке: {send} · пропущено: {skipped} · уже получили: {already} · под вопросом: {doubt}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance: {state} state, {private} private, {unknown} without an outlet</source>
        <translation>Баланс: государственные СМИ — {state}, частные — {private}, без указанного СМИ — {unknown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only state media would get it: equal access asks for both.</source>
        <translation>Получат только государственные СМИ: равный доступ требует и частных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only private media would get it: equal access asks for both.</source>
        <translation>Получат только частные СМИ: равный доступ требует и государственных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} messages of an interrupted mailing wait to go.</source>
        <translation>Прерванная рассылка: ждут отправки писем — {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This release is not approved.</source>
        <translation>Этот пресс-релиз не согласован.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>will get it</source>
        <translation>получит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already has it</source>
        <translation>уже получил</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+165"/>
        <source>in doubt</source>
        <translation>под вопросом</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>{count} of the chosen people already have release {number}. Send it only to the {new} new ones?</source>
        <translation>Пресс-релиз {number} уже получили выбранные адресаты: {count}. Отправить его только новым ({new})?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Release {number} is not approved. Send it anyway? That is recorded in its history.</source>
        <translation>Пресс-релиз {number} не согласован. Всё равно отправить? Это будет записано в его историю.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Folder for the .eml files</source>
        <translation>Папка для файлов .eml</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sending… Each message is recorded as it goes.</source>
        <translation>Отправка… Каждое письмо учитывается сразу после отправки.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sending stopped. What went out is recorded.</source>
        <translation>Отправка остановлена. Отправленное учтено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: {reply}</source>
        <translation>отклонено: {reply}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent: {sent} · refused: {refused} · skipped: {skipped} · in doubt: {doubt}</source>
        <translation>Отправлено: {sent} · отклонено: {refused} · пропущено: {skipped} · под вопросом: {doubt}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} messages of the rest wave wait: send them with «The rest now».</source>
        <translation>Писем второй волны ждут отправки: {count}. Отправьте их кнопкой «Остальные сейчас».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message in doubt may or may not have arrived; decide on it in the release&apos;s Recipients tab.</source>
        <translation>Письмо под вопросом могло дойти или не дойти; решите его судьбу на вкладке «Получатели» пресс-релиза.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the message</source>
        <translation>Сохранить письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail message (*.eml)</source>
        <translation>Электронное письмо (*.eml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Written: {files}</source>
        <translation>Записано: {files}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A mailing of this release is unfinished: {count} messages still wait. Send them now? Nobody gets the message twice.</source>
        <translation>Рассылка этого пресс-релиза не завершена: ещё ждут писем — {count}. Отправить их сейчас? Никто не получит письмо дважды.</translation>
    </message>
</context>
</TS>
