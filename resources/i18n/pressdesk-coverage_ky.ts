<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>CoverageDashboard</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/dashboard.py" line="+187"/>
        <source>Publications</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions of the body</source>
        <translation>Мекеменин эскерилиши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head quoted</source>
        <translation>Жетекчинин сөзү келтирилген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlets</source>
        <translation>ЖМКлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State / private outlets</source>
        <translation>Мамлекеттик / жеке ЖМКлар</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Open the inbox…</source>
        <translation>Келген материалдарды ачуу…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Ten days</source>
        <extracomment>The kinds of period the dashboard shows, shortest first. The tones whose change against the previous period is shown. The figures compared with the previous period. The user asked to open the inbox. The user asked for the feedback noted for the period shown. The user asked to read the keyword watch&apos;s feeds now. The period shown; None follows the current month (or the kind chosen) as days pass.</extracomment>
        <translation>Декада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Чейрек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>Жарым жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period the figures and charts count</source>
        <translation>Көрсөткүчтөр жана диаграммалар эсептелген мезгил</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous period</source>
        <translation>Мурунку мезгил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next period</source>
        <translation>Кийинки мезгил</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current period</source>
        <translation>Учурдагы мезгил</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback…</source>
        <translation>Кайтарым байланыш…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback for the period…</source>
        <translation>Мезгилдеги кайтарым байланыш…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the feeds</source>
        <translation>Ленталарды текшерүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the keyword watch&apos;s feeds now, in the background</source>
        <translation>Ачкыч сөздөр боюнча ленталарды азыр, фондо окуу</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>Tone of the publications</source>
        <translation>Материалдардын тональдуулугу</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>{month} {year}, days {first}–{last}</source>
        <translation>{year}-жылдын {month} айы, {first}–{last}-күндөр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{month} {year}</source>
        <translation>{year}-жылдын {month} айы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter {n} of {year}</source>
        <translation>{year}-жылдын {n}-чейреги</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Half-year {n} of {year}</source>
        <translation>{year}-жылдын {n}-жарым жылдыгы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{period}: {count}</source>
        <translation>{period}: {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feedback: {counts}</source>
        <translation>Кайтарым байланыш: {counts}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Publications by outlet kind</source>
        <translation>ЖМКнын түрлөрү боюнча жарыялануулар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State and private outlets</source>
        <translation>Мамлекеттик жана жеке ЖМК</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Against {period}: {changes}</source>
        <translation>Мурунку мезгилге салыштырмалуу ({period}): {changes}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publications per day</source>
        <translation>Күн боюнча материалдар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publications per week</source>
        <translation>Апта боюнча материалдар</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publications per month</source>
        <translation>Ай боюнча материалдар</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Platforms: {list}</source>
        <translation>Аянтчалар: {list}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Inbox: %n new item(s)</source>
        <translation>
            <numerusform>Келген жаңы материалдар: %n</numerusform>
            <numerusform>Келген жаңы материалдар: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageEditor</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/editor.py" line="+124"/>
        <source>New publication</source>
        <translation>Жаңы материал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publication</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The head is quoted</source>
        <translation>Жетекчинин сөзү келтирилген</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No event</source>
        <translation>Иш-чарасыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No plan item</source>
        <translation>Контент-планга байланышпаган</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No press release</source>
        <translation>Пресс-релизге байланышпаган</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. {number}, {date}: {title}</source>
        <translation>№ {number}, {date}: {title}</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>No campaign</source>
        <translation>Кампаниясыз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not known</source>
        <translation>белгисиз</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Date and time</source>
        <translation>Күнү жана убактысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>Outlet</source>
        <translation>ЖМК</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Author</source>
        <translation>Автору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Шилтеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material kind</source>
        <translation>Материалдын түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Аянтча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone</source>
        <translation>Тональдуулугу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions of the body</source>
        <translation>Мекеменин эскерилиши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head</source>
        <translation>Жетекчи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan item</source>
        <translation>Контент-пландын пункту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press release</source>
        <translation>Пресс-релиз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Камтуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Кыскача мазмуну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Paste a link: the empty fields are filled from its page.</source>
        <translation>Шилтемени коюңуз: бош талаалар анын барагынан толтурулат.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Reading the page…</source>
        <translation>Барак окулууда…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filled from the page.</source>
        <translation>Барактан толтурулду.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not stated</source>
        <translation>Көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
</context>
<context>
    <name>CoverageFeedback</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/feedback.py" line="+52"/>
        <source>Comments</source>
        <translation>Комментарийлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactions</source>
        <translation>Реакциялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Телефон чалуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>Каттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Суроолор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
</context>
<context>
    <name>CoverageLabels</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/labels.py" line="+14"/>
        <source>Positive</source>
        <translation>Оң</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Бейтарап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative</source>
        <translation>Терс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <message>
        <location line="+1"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TV</source>
        <translation>ТВ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio</source>
        <translation>Радио</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Гезит-журнал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>News</source>
        <translation>Жаңылык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Макала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Маек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TV story</source>
        <translation>Телесюжет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio programme</source>
        <translation>Радиоберүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo report</source>
        <translation>Фоторепортаж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stated</source>
        <translation>Көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State outlets</source>
        <translation>Мамлекеттик ЖМК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private outlets</source>
        <translation>Жеке ЖМК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlets not in the base</source>
        <translation>Базада жок ЖМК</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the base</source>
        <extracomment>An outlet kind unknown because the outlet is not in the contact base.</extracomment>
        <translation>Базада жок</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/model.py" line="+43"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>ЖМК</translation>
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
        <source>Platform</source>
        <translation>Аянтча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone</source>
        <translation>Тональдуулугу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Эскерүүлөр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys 1, 2 and 3 set the tone</source>
        <translation>1, 2 жана 3 баскычтары тональдуулукту белгилейт</translation>
    </message>
</context>
<context>
    <name>CoverageOutlet</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/editor.py" line="-296"/>
        <source>Outlet not in the contact base</source>
        <translation>ЖМК байланыш базасында жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» is not in the contact base. Add it as an outlet, so that reports count its kind and ownership?</source>
        <translation>«{name}» байланыш базасында жок. Отчёттордо анын түрү жана менчик түрү эсепке алынышы үчүн бул ЖМКны кошосузбу?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Add to the base</source>
        <translation>Базага кошуу</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Keep the name only</source>
        <translation>Аталышын гана калтыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>CoverageSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/page.py" line="+75"/>
        <source>Search by title or outlet…</source>
        <extracomment>The keys that set the tone of the selected rows. How much of a title the undo history shows.</extracomment>
        <translation>Аталышы же ЖМК боюнча издөө…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No publication is recorded yet</source>
        <translation>Азырынча бир да материал катталган жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note here what the media publish about the body: the outlet, the title, the date and the tone. The month&apos;s figures and the reports for the head are counted from these records. A monitoring table kept in Excel can be imported.</source>
        <translation>Бул жерге ЖМКлар мекеме жөнүндө жарыялаган материалдарды каттаңыз: ЖМК, аталышы, күнү жана тональдуулугу. Айдын көрсөткүчтөрү жана жетекчи үчүн отчёттор ушул жазуулар боюнча эсептелет. Excel&apos;де жүргүзүлгөн мониторинг таблицасын импорттоого болот.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add a publication…</source>
        <translation>Материал &amp;кошуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a file…</source>
        <translation>Файлдан &amp;импорттоо…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the publication</source>
        <translation>Материалды өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import publications</source>
        <translation>Материалдарды импорттоо</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Feeds checked at start-up: items read {seen}, new in the inbox {new}.</source>
        <translation>Программа ачылганда ленталар текшерилди: окулган материалдар {seen}, жаңы келгендер {new}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This month</source>
        <translation>Ушул ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Өткөн ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last three months</source>
        <translation>Акыркы үч ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Ушул жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>Бардык күндөр</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any tone</source>
        <translation>Бардык тональдуулук</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All platforms</source>
        <translation>Бардык аянтчалар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>Бардык түрлөр</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any outlet</source>
        <translation>Бардык ЖМКлар</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Set the tone of the selected publications</source>
        <translation>Тандалган материалдардын тональдуулугун белгилөө</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Feedback…</source>
        <translation>Кайтарым байланыш…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments, reactions, calls, letters and questions on the publication</source>
        <translation>Материал боюнча комментарийлер, реакциялар, чалуулар, каттар жана суроолор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox…</source>
        <translation>Келген материалдар…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Publications shown: %n</source>
        <translation>
            <numerusform>Көрсөтүлгөн материалдар: %n</numerusform>
            <numerusform>Көрсөтүлгөн материалдар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Set the tone of %n publication(s)</source>
        <translation>
            <numerusform>%n материалдын тональдуулугун белгилөө</numerusform>
            <numerusform>%n материалдын тональдуулугун белгилөө</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete «{title}» ({outlet}) from the monitoring log?</source>
        <translation>«{title}» ({outlet}) мониторинг журналынан өчүрүлсүнбү?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the publication «{title}»</source>
        <translation>«{title}» материалын кошуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the publication «{title}»</source>
        <translation>«{title}» материалын түзөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the publication «{title}»</source>
        <translation>«{title}» материалын өчүрүү</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a feed file…</source>
        <translation>Лента файлын импорттоо…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report for the head</source>
        <translation>Жетекчи үчүн отчёт</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a feed file</source>
        <translation>Лента файлын импорттоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeds (*.rss *.atom *.xml)</source>
        <translation>Ленталар (*.rss *.atom *.xml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing…</source>
        <translation>Импорттолууда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item {line}: {reasons}</source>
        <translation>{line}-материал: {reasons}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: some items cannot be read.</source>
        <translation>Эч нерсе импорттолгон жок: айрым материалдарды окууга болбойт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported: {written}. Already recorded and skipped: {skipped}.</source>
        <translation>Импорттолду: {written}. Мурунтан катталгандыктан өткөрүлүп жиберилди: {skipped}.</translation>
    </message>
</context>
<context>
    <name>FeedWatch</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/watch.py" line="+19"/>
        <source>No feed is switched on. Add one in Keywords and feeds.</source>
        <translation>Күйгүзүлгөн лента жок. «Ачкыч сөздөр жана ленталар» бөлүмүнөн лента кошуңуз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the feeds… The window stays usable meanwhile.</source>
        <translation>Ленталар текшерилүүдө… Ушул убакта программа менен иштей бересиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds checked: items read {seen}, new in the inbox {new}.</source>
        <translation>Ленталар текшерилди: окулган материалдар {seen}, жаңы келгендер {new}.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/feedback.py" line="+166"/>
        <source>Feedback on the publication</source>
        <extracomment>Feedback was added, changed or deleted; the figures are counted again.</extracomment>
        <translation>Материал боюнча кайтарым байланыш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback for the period</source>
        <translation>Мезгилдеги кайтарым байланыш</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comments and reactions under the publication, calls, letters and questions it brought.</source>
        <translation>Материалдын астындагы комментарийлер жана реакциялар, ал жаратган чалуулар, каттар жана суроолор.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls, letters and questions not tied to one publication: for example, calls to the hotline over the month. The figures and the report count them in every period that holds their dates.</source>
        <translation>Бир материалга байланбаган чалуулар, каттар жана суроолор: мисалы, ай ичинде ишеним телефонуна түшкөн чалуулар. Көрсөткүчтөр жана отчет аларды даталары кирген ар бир мезгилде эсептейт.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>Кошуу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Түзөтүү…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+86"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>In all: {counts}</source>
        <translation>Бардыгы: {counts}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add feedback: {counts}</source>
        <translation>Кайтарым байланышты кошуу: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit feedback: {counts}</source>
        <translation>Кайтарым байланышты түзөтүү: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete feedback: {counts}</source>
        <translation>Кайтарым байланышты өчүрүү: {counts}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete feedback</source>
        <translation>Кайтарым байланышты өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the line «{counts}»?</source>
        <translation>«{counts}» сабын өчүрөсүзбү?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not deleted</source>
        <translation>Өчүрүлгөн жок</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <location line="-224"/>
        <source>New feedback</source>
        <translation>Жаңы кайтарым байланыш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feedback</source>
        <translation>Кайтарым байланыш</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Качантан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Качанга</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: calls to the hotline</source>
        <translation>Мисалы: ишеним телефонуна чалуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location line="-87"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/inbox.py" line="+94"/>
        <source>Inbox of the keyword watch</source>
        <extracomment>Records were added or the inbox changed; the page reads its list again.</extracomment>
        <translation>Ачкыч сөздөр боюнча мониторингдин келген материалдары</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publications the feeds brought that name the body. Accept one to add it to the monitoring log (then set its tone), or dismiss it if it is not about the body.</source>
        <translation>Лентадан келген, мекеменин аталышы бар материалдар. Материалды мониторинг журналына кошуу үчүн кабыл алыңыз (андан кийин тональдуулугун белгилеңиз), же мекеме жөнүндө болбосо четке кагыңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Четке кагуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check now</source>
        <translation>Азыр текшерүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keywords and feeds…</source>
        <translation>Ачкыч сөздөр жана ленталар…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Accepted: %n. Set their tone in the list.</source>
        <translation>
            <numerusform>Кабыл алынды: %n. Тизмеде тональдуулугун белгилеңиз.</numerusform>
            <numerusform>Кабыл алынды: %n. Тизмеде тональдуулугун белгилеңиз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Dismissed: %n.</source>
        <translation>
            <numerusform>Четке кагылды: %n.</numerusform>
            <numerusform>Четке кагылды: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location line="-116"/>
        <source>Date</source>
        <extracomment>Fetches a feed&apos;s bytes and content type; tests give one that reads a saved file.</extracomment>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Булак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords found</source>
        <translation>Табылган ачкыч сөздөр</translation>
    </message>
</context>
<context>
    <name>QuickAdd</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/editor.py" line="+325"/>
        <source>Outlet</source>
        <extracomment>A record was added (its id). The publication is already recorded (the existing record&apos;s id).</extracomment>
        <translation>ЖМК</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title of the publication</source>
        <translation>Материалдын аталышы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link (optional)</source>
        <translation>Шилтеме (милдеттүү эмес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a publication dated today (Enter)</source>
        <translation>Бүгүнкү күн менен материал кошуу (Enter)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the page…</source>
        <translation>Барак окулууда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filled from the page; published {date}.</source>
        <translation>Барактан толтурулду; жарыяланган күнү {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled from the page.</source>
        <translation>Барактан толтурулду.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Already recorded</source>
        <translation>Мурунтан катталган</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not added</source>
        <translation>Кошулган жок</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/report.py" line="+30"/>
        <source>Report for the head</source>
        <translation>Жетекчи үчүн отчёт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ten days</source>
        <translation>Декада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Чейрек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>Жарым жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period:</source>
        <translation>Мезгил:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day in it:</source>
        <translation>Мезгилдин каалаган күнү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers:</source>
        <translation>Камтыйт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next…</source>
        <translation>Андан ары…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>WatchSettingsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/inbox.py" line="+238"/>
        <source>Keywords and feeds</source>
        <translation>Ачкыч сөздөр жана ленталар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body&apos;s name, the head&apos;s name, a hashtag…</source>
        <translation>Мекеменин аталышы, жетекчинин аты, хештег…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address of an RSS or Atom feed</source>
        <translation>RSS же Atom лентасынын дареги</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Keywords</source>
        <translation>Ачкыч сөздөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds (news sites, alerts, Telegram channels)</source>
        <translation>Ленталар (жаңылык сайттары, билдирүүлөр, Telegram-каналдар)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the feeds at start-up, in the background</source>
        <translation>Программа ачылганда ленталарды фондо текшерүү</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(switched off) {feed}</source>
        <translation>(өчүрүлгөн) {feed}</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/coverage/feedback.py" line="-40"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n комментарий</numerusform>
            <numerusform>%n комментарий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reaction(s)</source>
        <translation>
            <numerusform>%n реакция</numerusform>
            <numerusform>%n реакция</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n чалуу</numerusform>
            <numerusform>%n чалуу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n кат</numerusform>
            <numerusform>%n кат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n суроо</numerusform>
            <numerusform>%n суроо</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>other: %n</source>
        <translation>
            <numerusform>башка: %n</numerusform>
            <numerusform>башка: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_EditableList</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/inbox.py" line="-102"/>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not added</source>
        <translation>Кошулган жок</translation>
    </message>
</context>
</TS>
