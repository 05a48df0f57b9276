<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CoverageDashboard</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/dashboard.py" line="+187"/>
        <source>Publications</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions of the body</source>
        <translation>Упоминания ведомства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head quoted</source>
        <translation>Цитирование руководителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlets</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State / private outlets</source>
        <translation>Государственные / частные СМИ</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Open the inbox…</source>
        <translation>Открыть входящие…</translation>
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
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>Полугодие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period the figures and charts count</source>
        <translation>Период, за который считаются показатели и диаграммы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current period</source>
        <translation>Текущий период</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback…</source>
        <translation>Обратная связь…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback for the period…</source>
        <translation>Обратная связь за период…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the feeds</source>
        <translation>Проверить ленты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the keyword watch&apos;s feeds now, in the background</source>
        <translation>Прочитать ленты мониторинга ключевых слов сейчас, в фоновом режиме</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>Tone of the publications</source>
        <translation>Тональность публикаций</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>{month} {year}, days {first}–{last}</source>
        <translation>{month} {year}, {first}–{last} числа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter {n} of {year}</source>
        <translation>{n}-й квартал {year} г.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Half-year {n} of {year}</source>
        <translation>{n}-е полугодие {year} г.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{period}: {count}</source>
        <translation>{period}: {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feedback: {counts}</source>
        <translation>Обратная связь: {counts}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Publications by outlet kind</source>
        <translation>Публикации по видам СМИ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State and private outlets</source>
        <translation>Государственные и частные СМИ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Against {period}: {changes}</source>
        <translation>К предыдущему периоду ({period}): {changes}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publications per day</source>
        <translation>Публикации по дням</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publications per week</source>
        <translation>Публикации по неделям</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publications per month</source>
        <translation>Публикации по месяцам</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Platforms: {list}</source>
        <translation>Платформы: {list}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Inbox: %n new item(s)</source>
        <translation>
            <numerusform>Входящие: %n новый материал</numerusform>
            <numerusform>Входящие: %n новых материала</numerusform>
            <numerusform>Входящие: %n новых материалов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageEditor</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/editor.py" line="+124"/>
        <source>New publication</source>
        <translation>Новая публикация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The head is quoted</source>
        <translation>Цитируется руководитель</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No event</source>
        <translation>Без мероприятия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No plan item</source>
        <translation>Без привязки к контент-плану</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No press release</source>
        <translation>Без привязки к пресс-релизу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. {number}, {date}: {title}</source>
        <translation>№ {number}, {date}: {title}</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>No campaign</source>
        <translation>Без кампании</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not known</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>Outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material kind</source>
        <translation>Вид материала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions of the body</source>
        <translation>Упоминания ведомства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan item</source>
        <translation>Пункт контент-плана</translation>
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
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Paste a link: the empty fields are filled from its page.</source>
        <translation>Вставьте ссылку: пустые поля заполнятся с её страницы.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Reading the page…</source>
        <translation>Чтение страницы…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filled from the page.</source>
        <translation>Заполнено со страницы.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>CoverageFeedback</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/feedback.py" line="+52"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactions</source>
        <translation>Реакции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>CoverageLabels</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/labels.py" line="+14"/>
        <source>Positive</source>
        <translation>Позитивная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Нейтральная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative</source>
        <translation>Негативная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Не указана</translation>
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
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>News</source>
        <translation>Новость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TV story</source>
        <translation>Телесюжет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio programme</source>
        <translation>Радиопередача</translation>
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
        <translation>Не указан</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State outlets</source>
        <translation>Государственные СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private outlets</source>
        <translation>Частные СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlets not in the base</source>
        <translation>СМИ, которых нет в базе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the base</source>
        <extracomment>An outlet kind unknown because the outlet is not in the contact base.</extracomment>
        <translation>Нет в базе</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/model.py" line="+43"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys 1, 2 and 3 set the tone</source>
        <translation>Клавиши 1, 2 и 3 задают тональность</translation>
    </message>
</context>
<context>
    <name>CoverageOutlet</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/editor.py" line="-296"/>
        <source>Outlet not in the contact base</source>
        <translation>СМИ нет в базе контактов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» is not in the contact base. Add it as an outlet, so that reports count its kind and ownership?</source>
        <translation>«{name}» нет в базе контактов. Добавить это СМИ, чтобы отчёты учитывали его вид и форму собственности?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Add to the base</source>
        <translation>Добавить в базу</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Keep the name only</source>
        <translation>Оставить только название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>CoverageSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/page.py" line="+75"/>
        <source>Search by title or outlet…</source>
        <extracomment>The keys that set the tone of the selected rows. How much of a title the undo history shows.</extracomment>
        <translation>Поиск по заголовку или СМИ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No publication is recorded yet</source>
        <translation>Публикации ещё не внесены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note here what the media publish about the body: the outlet, the title, the date and the tone. The month&apos;s figures and the reports for the head are counted from these records. A monitoring table kept in Excel can be imported.</source>
        <translation>Вносите сюда то, что СМИ публикуют о ведомстве: СМИ, заголовок, дату и тональность. По этим записям считаются показатели месяца и отчёты для руководителя. Таблицу мониторинга, которая велась в Excel, можно импортировать.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add a publication…</source>
        <translation>&amp;Добавить публикацию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the publication</source>
        <translation>Удаление публикации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import publications</source>
        <translation>Импорт публикаций</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Feeds checked at start-up: items read {seen}, new in the inbox {new}.</source>
        <translation>Ленты проверены при запуске: прочитано материалов {seen}, новых во входящих {new}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last three months</source>
        <translation>Последние три месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any tone</source>
        <translation>Любая тональность</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All platforms</source>
        <translation>Все платформы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any outlet</source>
        <translation>Любое СМИ</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Set the tone of the selected publications</source>
        <translation>Задать тональность выбранных публикаций</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Feedback…</source>
        <translation>Обратная связь…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments, reactions, calls, letters and questions on the publication</source>
        <translation>Комментарии, реакции, звонки, письма и вопросы по публикации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox…</source>
        <translation>Входящие…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Publications shown: %n</source>
        <translation>
            <numerusform>Показана %n публикация</numerusform>
            <numerusform>Показаны %n публикации</numerusform>
            <numerusform>Показано %n публикаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Set the tone of %n publication(s)</source>
        <translation>
            <numerusform>Задать тональность %n публикации</numerusform>
            <numerusform>Задать тональность %n публикаций</numerusform>
            <numerusform>Задать тональность %n публикаций</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete «{title}» ({outlet}) from the monitoring log?</source>
        <translation>Удалить «{title}» ({outlet}) из журнала мониторинга?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the publication «{title}»</source>
        <translation>Добавление публикации «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the publication «{title}»</source>
        <translation>Изменение публикации «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the publication «{title}»</source>
        <translation>Удаление публикации «{title}»</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a feed file…</source>
        <translation>Импорт файла ленты…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report for the head</source>
        <translation>Отчёт для руководителя</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a feed file</source>
        <translation>Импорт файла ленты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeds (*.rss *.atom *.xml)</source>
        <translation>Ленты (*.rss *.atom *.xml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item {line}: {reasons}</source>
        <translation>Материал {line}: {reasons}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: some items cannot be read.</source>
        <translation>Ничего не импортировано: некоторые материалы не удалось прочитать.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported: {written}. Already recorded and skipped: {skipped}.</source>
        <translation>Импортировано: {written}. Уже были внесены и пропущены: {skipped}.</translation>
    </message>
</context>
<context>
    <name>FeedWatch</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/watch.py" line="+19"/>
        <source>No feed is switched on. Add one in Keywords and feeds.</source>
        <translation>Нет включённых лент. Добавьте ленту в разделе «Ключевые слова и ленты».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the feeds… The window stays usable meanwhile.</source>
        <translation>Идёт проверка лент… Тем временем можно продолжать работу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds checked: items read {seen}, new in the inbox {new}.</source>
        <translation>Ленты проверены: прочитано материалов {seen}, новых во входящих {new}.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/feedback.py" line="+166"/>
        <source>Feedback on the publication</source>
        <extracomment>Feedback was added, changed or deleted; the figures are counted again.</extracomment>
        <translation>Обратная связь по публикации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback for the period</source>
        <translation>Обратная связь за период</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comments and reactions under the publication, calls, letters and questions it brought.</source>
        <translation>Комментарии и реакции под публикацией, звонки, письма и вопросы, которые она вызвала.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls, letters and questions not tied to one publication: for example, calls to the hotline over the month. The figures and the report count them in every period that holds their dates.</source>
        <translation>Звонки, письма и вопросы, не связанные с одной публикацией: например, звонки на телефон доверия за месяц. Показатели и отчёт учитывают их в каждом периоде, в который входят их даты.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+86"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>In all: {counts}</source>
        <translation>Всего: {counts}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add feedback: {counts}</source>
        <translation>Добавить обратную связь: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit feedback: {counts}</source>
        <translation>Изменить обратную связь: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete feedback: {counts}</source>
        <translation>Удалить обратную связь: {counts}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete feedback</source>
        <translation>Удаление обратной связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the line «{counts}»?</source>
        <translation>Удалить строку «{counts}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <location line="-224"/>
        <source>New feedback</source>
        <translation>Новая запись обратной связи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: calls to the hotline</source>
        <translation>Например: звонки на телефон доверия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location line="-87"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/inbox.py" line="+94"/>
        <source>Inbox of the keyword watch</source>
        <extracomment>Records were added or the inbox changed; the page reads its list again.</extracomment>
        <translation>Входящие мониторинга по ключевым словам</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publications the feeds brought that name the body. Accept one to add it to the monitoring log (then set its tone), or dismiss it if it is not about the body.</source>
        <translation>Публикации из лент, в которых названо ведомство. Примите публикацию, чтобы внести её в журнал мониторинга (затем задайте тональность), или отклоните, если она не о ведомстве.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keywords and feeds…</source>
        <translation>Ключевые слова и ленты…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Accepted: %n. Set their tone in the list.</source>
        <translation>
            <numerusform>Принята %n публикация. Задайте тональность в списке.</numerusform>
            <numerusform>Приняты %n публикации. Задайте тональность в списке.</numerusform>
            <numerusform>Принято %n публикаций. Задайте тональность в списке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Dismissed: %n.</source>
        <translation>
            <numerusform>Отклонена %n публикация.</numerusform>
            <numerusform>Отклонены %n публикации.</numerusform>
            <numerusform>Отклонено %n публикаций.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location line="-116"/>
        <source>Date</source>
        <extracomment>Fetches a feed&apos;s bytes and content type; tests give one that reads a saved file.</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords found</source>
        <translation>Найденные ключевые слова</translation>
    </message>
</context>
<context>
    <name>QuickAdd</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/editor.py" line="+325"/>
        <source>Outlet</source>
        <extracomment>A record was added (its id). The publication is already recorded (the existing record&apos;s id).</extracomment>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title of the publication</source>
        <translation>Заголовок публикации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link (optional)</source>
        <translation>Ссылка (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a publication dated today (Enter)</source>
        <translation>Добавить публикацию сегодняшним числом (Enter)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the page…</source>
        <translation>Чтение страницы…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filled from the page; published {date}.</source>
        <translation>Заполнено со страницы; опубликовано {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled from the page.</source>
        <translation>Заполнено со страницы.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Already recorded</source>
        <translation>Уже внесено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not added</source>
        <translation>Не добавлено</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/report.py" line="+30"/>
        <source>Report for the head</source>
        <translation>Отчёт для руководителя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ten days</source>
        <translation>Декада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>Полугодие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day in it:</source>
        <translation>Любой день периода:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers:</source>
        <translation>Охватывает:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next…</source>
        <translation>Далее…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>WatchSettingsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/inbox.py" line="+238"/>
        <source>Keywords and feeds</source>
        <translation>Ключевые слова и ленты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body&apos;s name, the head&apos;s name, a hashtag…</source>
        <translation>Название ведомства, имя руководителя, хештег…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address of an RSS or Atom feed</source>
        <translation>Адрес ленты RSS или Atom</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds (news sites, alerts, Telegram channels)</source>
        <translation>Ленты (новостные сайты, оповещения, Telegram-каналы)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the feeds at start-up, in the background</source>
        <translation>Проверять ленты при запуске, в фоне</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(switched off) {feed}</source>
        <translation>(выключена) {feed}</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/coverage/feedback.py" line="-40"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n комментарий</numerusform>
            <numerusform>%n комментария</numerusform>
            <numerusform>%n комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reaction(s)</source>
        <translation>
            <numerusform>%n реакция</numerusform>
            <numerusform>%n реакции</numerusform>
            <numerusform>%n реакций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n звонок</numerusform>
            <numerusform>%n звонка</numerusform>
            <numerusform>%n звонков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>other: %n</source>
        <translation>
            <numerusform>другое: %n</numerusform>
            <numerusform>другое: %n</numerusform>
            <numerusform>другое: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_EditableList</name>
    <message>
        <location filename="../../pressdesk/gui/coverage/inbox.py" line="-102"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not added</source>
        <translation>Не добавлено</translation>
    </message>
</context>
</TS>
