<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccreditationModel</name>
    <message>
        <location filename="../../pressdesk/gui/events/models.py" line="+214"/>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Typed in by hand or no longer in the contact base</source>
        <translation>Введён вручную или уже отсутствует в базе контактов</translation>
    </message>
</context>
<context>
    <name>CalendarStrip</name>
    <message>
        <location filename="../../pressdesk/gui/events/strip.py" line="+42"/>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <location filename="../../pressdesk/gui/events/detail.py" line="+96"/>
        <source>Edit…</source>
        <extracomment>The page&apos;s undo of event changes (None: the changes are not recorded).</extracomment>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invite media…</source>
        <translation>Пригласить СМИ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export card…</source>
        <translation>Сохранить карточку…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in sheet…</source>
        <translation>Лист регистрации…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advisory…</source>
        <translation>Пресс-анонс…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose an event in the list, or create a new one.</source>
        <translation>Выберите мероприятие в списке или создайте новое.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add task…</source>
        <translation>Добавить задачу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change task…</source>
        <translation>Изменить задачу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Delete task</source>
        <translation>Удалить задачу</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>This is a protocol event, closed to the media: it has no accreditation list and no invitations. Clear the protocol mark in the event if journalists are admitted.</source>
        <translation>Это протокольное мероприятие, закрытое для СМИ: у него нет списка аккредитации и приглашений. Если журналистов допускают, снимите в мероприятии отметку «протокольное».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add from contacts…</source>
        <translation>Добавить из контактов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a journalist…</source>
        <translation>Добавить журналиста…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set</source>
        <translation>Установить</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+280"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key messages</source>
        <translation>Ключевые сообщения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content plan</source>
        <translation>Контент-план</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protocol</source>
        <translation>Протокольное</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed to the media</source>
        <translation>закрыто для СМИ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checklist {done}/{total}</source>
        <translation>Работы {done}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue: {count}</source>
        <translation>просрочено: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accreditation ({count})</source>
        <translation>Аккредитация ({count})</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Tick off “{task}”</source>
        <translation>Отметка выполнения «{task}»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open “{task}” again</source>
        <translation>Возобновление задачи «{task}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task not changed</source>
        <translation>Задача не изменена</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Task not saved</source>
        <translation>Задача не сохранена</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Add a task to “{title}”</source>
        <translation>Добавление задачи в «{title}»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the task “{task}”</source>
        <translation>Изменение задачи «{task}»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the task “{text}” from the checklist?</source>
        <translation>Удалить задачу «{text}» из перечня работ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Remove {name} from the accreditation list</source>
        <translation>Исключение из списка аккредитации: {name}</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Task not deleted</source>
        <translation>Задача не удалена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the task “{task}”</source>
        <translation>Удаление задачи «{task}»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add journalists from the contacts</source>
        <translation>Добавить журналистов из контактов</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Not added</source>
        <translation>Не добавлено</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Add to the accreditation list of “{title}”</source>
        <translation>Добавление в список аккредитации «{title}»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the accreditation of {name}</source>
        <translation>Изменение аккредитации: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status not changed</source>
        <translation>Статус не изменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accreditation status of {name}</source>
        <translation>Статус аккредитации: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from the accreditation list?</source>
        <translation>Убрать {name} из списка аккредитации?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not removed</source>
        <translation>Не убрано</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../pressdesk/gui/events/editor.py" line="+84"/>
        <location line="+14"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speakers and messages</source>
        <translation>Спикеры и ключевые сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan and notes</source>
        <translation>План и примечания</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+183"/>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+182"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+169"/>
        <location line="+1"/>
        <source>Starts – ends:</source>
        <translation>Начало – окончание:</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+169"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Protocol event, closed to the media</source>
        <translation>Протокольное мероприятие, закрыто для СМИ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <source>Organisers:</source>
        <translation>Организаторы:</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+152"/>
        <source>Speakers:</source>
        <translation>Спикеры:</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>Key messages:</source>
        <translation>Ключевые сообщения:</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Content-plan items two weeks around the event:</source>
        <translation>Материалы контент-плана за две недели до и после мероприятия:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+142"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>No content-plan items in these weeks.</source>
        <translation>В эти недели в контент-плане нет материалов.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This type has no checklist template</source>
        <translation>У этого вида нет шаблона перечня работ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the default checklist ({count} tasks)</source>
        <translation>Применить стандартный перечень работ (задач: {count})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The event needs a title.</source>
        <translation>У мероприятия должно быть название.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event ends ({end}) before it starts ({start}); check the end.</source>
        <translation>Мероприятие заканчивается ({end}) раньше, чем начинается ({start}); проверьте окончание.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event lasts more than {days} days; check the dates.</source>
        <translation>Мероприятие длится больше {days} дней; проверьте даты.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <location line="+13"/>
        <source>Event not saved</source>
        <translation>Мероприятие не сохранено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadlines moved</source>
        <translation>Сроки перенесены</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open deadline(s) of the checklist moved with the event.</source>
        <translation>
            <numerusform>Вместе с мероприятием перенесён %n невыполненный срок чек-листа.</numerusform>
            <numerusform>Вместе с мероприятием перенесены %n невыполненных срока чек-листа.</numerusform>
            <numerusform>Вместе с мероприятием перенесено %n невыполненных сроков чек-листа.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/export.py" line="+48"/>
        <source>Export the event card</source>
        <translation>Сохранить карточку мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sign-in sheet</source>
        <translation>Печать листа регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media advisory</source>
        <translation>Пресс-анонс</translation>
    </message>
</context>
<context>
    <name>EventForms</name>
    <message>
        <location filename="../../pressdesk/gui/events/forms.py" line="+41"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <location filename="../../pressdesk/gui/events/labels.py" line="+19"/>
        <source>Press conference</source>
        <translation>Пресс-конференция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press tea</source>
        <translation>Пресс-чай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press tour</source>
        <translation>Пресс-тур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s business trip</source>
        <translation>Рабочая поездка руководителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live broadcast</source>
        <translation>Прямой эфир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training for media</source>
        <translation>Тренинг для СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception day</source>
        <translation>День приёма граждан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis</source>
        <translation>Кризисная ситуация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal event</source>
        <translation>Внутреннее мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other event</source>
        <translation>Другое мероприятие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before</source>
        <translation>До мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During</source>
        <translation>Во время мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>После мероприятия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested</source>
        <translation>Заявка подана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accredited</source>
        <translation>Аккредитован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Присутствовал</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../pressdesk/gui/events/models.py" line="-200"/>
        <source>Tasks done of all; in brackets, how many are overdue</source>
        <translation>Выполнено задач из всех; в скобках — сколько просрочено</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>overdue: {count}</source>
        <translation>просрочено: {count}</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+22"/>
        <source>Protocol event, closed to the media</source>
        <translation>Протокольное мероприятие, закрыто для СМИ</translation>
    </message>
</context>
<context>
    <name>EventsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/events/page.py" line="+67"/>
        <source>New event…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist templates…</source>
        <translation>Шаблоны перечней работ…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All types</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Прошедшие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title, place, speakers in Kyrgyz or Russian</source>
        <translation>Поиск по названию, месту, спикерам на кыргызском или русском</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No events yet</source>
        <translation>Мероприятий пока нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a press conference, briefing, press tour or round table: its checklist for before, during and after is made from a template, and the accreditation list and the media advisory are printed from it.</source>
        <translation>Добавьте пресс-конференцию, брифинг, пресс-тур или круглый стол: контрольный список до, во время и после мероприятия составляется по шаблону, по нему же печатаются список аккредитации и анонс для СМИ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add an event…</source>
        <translation>&amp;Добавить мероприятие…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Events of {day}; click the day again to see all.</source>
        <translation>Мероприятия за {day}; чтобы увидеть все, нажмите на день ещё раз.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add “{title}”</source>
        <translation>Добавление «{title}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit “{title}”</source>
        <translation>Изменение «{title}»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete “{title}” with its checklist and accreditation list? The deletion can be undone (Ctrl+Z).</source>
        <translation>Удалить «{title}» вместе с перечнем работ и списком аккредитации? Удаление можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete “{title}” with its checklist and accreditation list?</source>
        <translation>Удалить «{title}» вместе с перечнем работ и списком аккредитации?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the event</source>
        <translation>Удалить мероприятие</translation>
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
    <message>
        <location line="+5"/>
        <source>Delete “{title}”</source>
        <translation>Удаление «{title}»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invite the media</source>
        <translation>Пригласить СМИ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” is a protocol event, closed to the media, so no advisory is sent and nobody is accredited. Clear the protocol mark in the event if journalists are admitted.</source>
        <translation>«{title}» — протокольное мероприятие, закрытое для СМИ: пресс-анонс не рассылается и никто не аккредитуется. Если журналистов допускают, снимите в мероприятии отметку «протокольное».</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/invite.py" line="+61"/>
        <location line="+87"/>
        <source>Invite the media</source>
        <translation>Пригласить СМИ</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Contact lists</source>
        <translation>Списки контактов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({count} people)</source>
        <translation>{name} (человек: {count})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add people…</source>
        <translation>Добавить людей…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear people</source>
        <translation>Очистить людей</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <source>Advisory language:</source>
        <translation>Язык пресс-анонса:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation>Документ Word (DOCX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisory format:</source>
        <translation>Формат пресс-анонса:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note the invitation in each person&apos;s contact log</source>
        <translation>Записать приглашение в журнал контактов каждого человека</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the advisory and the list…</source>
        <translation>Сохранить пресс-анонс и список…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add people to invite</source>
        <translation>Добавить людей для приглашения</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>People added one by one: %n</source>
        <translation>
            <numerusform>Добавлено по одному: %n</numerusform>
            <numerusform>Добавлено по одному: %n</numerusform>
            <numerusform>Добавлено по одному: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Recipients: %n</source>
        <translation>
            <numerusform>Получателей: %n</numerusform>
            <numerusform>Получателей: %n</numerusform>
            <numerusform>Получателей: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state media: {state}, private media: {private}</source>
        <translation>государственные СМИ: {state}, частные СМИ: {private}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>left out as “do not contact”: %n</source>
        <translation>
            <numerusform>исключены как «не связываться»: %n</numerusform>
            <numerusform>исключены как «не связываться»: %n</numerusform>
            <numerusform>исключены как «не связываться»: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>without e-mail: %n</source>
        <translation>
            <numerusform>без e-mail: %n</numerusform>
            <numerusform>без e-mail: %n</numerusform>
            <numerusform>без e-mail: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only state media are invited. Equal access is a principle of the press service: add private and independent outlets.</source>
        <translation>Приглашены только государственные СМИ. Равный доступ — принцип пресс-службы: добавьте частные и независимые СМИ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only private media are invited. Equal access is a principle of the press service: add state outlets.</source>
        <translation>Приглашены только частные СМИ. Равный доступ — принцип пресс-службы: добавьте государственные СМИ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the media advisory</source>
        <translation>Сохранить пресс-анонс</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the list of recipients for mail merge</source>
        <translation>Сохранить список получателей для рассылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The advisory and the list of %n recipient(s) are saved:</source>
        <translation>
            <numerusform>Пресс-анонс и список из %n получателя сохранены:</numerusform>
            <numerusform>Пресс-анонс и список из %n получателей сохранены:</numerusform>
            <numerusform>Пресс-анонс и список из %n получателей сохранены:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The invitation is noted in %n contact log(s).</source>
        <translation>
            <numerusform>Приглашение записано в %n журнал контактов.</numerusform>
            <numerusform>Приглашение записано в %n журнала контактов.</numerusform>
            <numerusform>Приглашение записано в %n журналов контактов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>JournalistDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/forms.py" line="+72"/>
        <source>Journalist on the accreditation list</source>
        <translation>Журналист в списке аккредитации</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Full name:</source>
        <translation>Ф.И.О.:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlet:</source>
        <translation>СМИ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An accreditation line needs the journalist&apos;s name.</source>
        <translation>В строке аккредитации должно быть имя журналиста.</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location line="+18"/>
        <source>Search by name, outlet or topic</source>
        <translation>Поиск по имени, СМИ или теме</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location line="-149"/>
        <source>Phase:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task:</source>
        <translation>Задача:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The task needs a text in Kyrgyz or Russian.</source>
        <translation>У задачи должен быть текст на кыргызском или русском.</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <location filename="../../pressdesk/gui/events/models.py" line="+31"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Done on {date}</source>
        <translation>Выполнено {date}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/templates.py" line="+57"/>
        <source>Checklist templates</source>
        <translation>Шаблоны перечней работ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Event type:</source>
        <translation>Вид мероприятия:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name in Kyrgyz</source>
        <translation>Название на кыргызском</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template name:</source>
        <translation>Название шаблона:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up window after the event:</source>
        <translation>Период после мероприятия:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task in Kyrgyz</source>
        <translation>Задача на кыргызском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task in Russian</source>
        <translation>Задача на русском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Days count from the first day of the event (negative: before it); lines “after” count from its last day.</source>
        <translation>Дни считаются от первого дня мероприятия (отрицательные — до него); строки «после» считаются от его последнего дня.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deadlines for an event on:</source>
        <translation>Сроки для мероприятия на дату:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Save the changes to this template first?</source>
        <translation>Сначала сохранить изменения этого шаблона?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The template needs a name in Kyrgyz or Russian.</source>
        <translation>У шаблона должно быть название на кыргызском или русском.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {number}</source>
        <translation>Строка {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{line}: the line needs a text in Kyrgyz or Russian.</source>
        <translation>{line}: у строки должен быть текст на кыргызском или русском.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: a line before the event cannot be due after it starts; use 0 or a negative number of days, or move the line to “during” or “after”.</source>
        <translation>{line}: строка «до мероприятия» не может иметь срок после его начала; укажите 0 или отрицательное число дней либо перенесите строку в «во время» или «после».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{line}: a line during or after the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</source>
        <translation>{line}: строка «во время» или «после» не может иметь срок до мероприятия; укажите 0 или положительное число дней либо перенесите строку в «до».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{line}: due {days} days after the event, beyond the follow-up window of {window} days; shorten the deadline or widen the window.</source>
        <translation>{line}: срок через {days} дн. после мероприятия выходит за период в {window} дн.; сократите срок или увеличьте период.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Template not saved</source>
        <translation>Шаблон не сохранён</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The template is saved. New events of this type get its lines; existing events keep their checklists.</source>
        <translation>Шаблон сохранён. Новые мероприятия этого вида получат его строки; у существующих перечни работ не изменятся.</translation>
    </message>
</context>
<context>
    <name>WeekOverview</name>
    <message>
        <location filename="../../pressdesk/gui/events/week.py" line="+51"/>
        <source>Previous week</source>
        <extracomment>The page&apos;s undo of event changes (None: the changes are not recorded).</extracomment>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only open tasks</source>
        <translation>Только невыполненные</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Week {number}: {first} – {last}</source>
        <translation>Неделя {number}: {first} – {last}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tasks: {total}, done: {done}, overdue: {overdue}</source>
        <translation>Задач: {total}, выполнено: {done}, просрочено: {overdue}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tick off “{task}”</source>
        <translation>Отметка выполнения «{task}»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open “{task}” again</source>
        <translation>Возобновление задачи «{task}»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task not changed</source>
        <translation>Задача не изменена</translation>
    </message>
</context>
</TS>
