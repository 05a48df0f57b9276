<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/dialogs.py" line="+80"/>
        <source>Sent:</source>
        <translation>Отправлен:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Способ отправки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal ground of the refusal:</source>
        <translation>Правовое основание отказа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirected to:</source>
        <translation>Кому перенаправлен:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer to inquiry {number}</source>
        <translation>Ответ на запрос {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/capture.py" line="+49"/>
        <source>Quick capture of an inquiry</source>
        <translation>Быстрая регистрация запроса</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the e-mail or message here, with its headers if there are any</source>
        <translation>Вставьте сюда письмо или сообщение, вместе с заголовками, если они есть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the message</source>
        <translation>Разобрать сообщение</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Journalist:</source>
        <translation>Журналист:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet:</source>
        <translation>СМИ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel:</source>
        <translation>Способ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question:</source>
        <translation>Вопрос:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier messages:</source>
        <translation>Предыдущие письма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalist&apos;s deadline:</source>
        <translation>Срок журналиста:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Register the inquiry</source>
        <translation>Зарегистрировать запрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Found in the contact base: {name}.</source>
        <translation>Найден в базе контактов: {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender is not in the contact base; saving offers to add them.</source>
        <translation>Отправителя нет в базе контактов; при сохранении будет предложено его добавить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sender found: choose the journalist or type a name.</source>
        <translation>Отправитель не найден: выберите журналиста или введите имя.</translation>
    </message>
</context>
<context>
    <name>InquiriesModel</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/model.py" line="+48"/>
        <source>Received</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Journalist&apos;s deadline</source>
        <translation>Срок журналиста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal term</source>
        <translation>Срок по закону</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepares</source>
        <translation>Готовит</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date the journalist asked the answer by</source>
        <translation>Дата, к которой журналист просил ответ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day of the term the law sets for a written request</source>
        <translation>Последний день срока, установленного законом для письменного запроса</translation>
    </message>
</context>
<context>
    <name>InquiriesSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/page.py" line="+53"/>
        <source>Needs attention</source>
        <extracomment>The views of the list, the first one shown when the section opens.</extracomment>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All open</source>
        <translation>Все открытые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Отвечен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All inquiries</source>
        <translation>Все запросы</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search by sender, outlet, question…</source>
        <translation>Поиск по отправителю, СМИ, вопросу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No media inquiries yet</source>
        <translation>Запросов СМИ пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register each question a journalist asks by phone, mail or letter: the list then shows first what is overdue or due soon, by the journalist&apos;s deadline and the legal term of a written request.</source>
        <translation>Регистрируйте каждый вопрос журналиста по телефону, почте или письмом: список первыми покажет просроченные и те, у которых скоро срок, по сроку журналиста и установленному законом сроку письменного запроса.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Register an inquiry…</source>
        <translation>&amp;Зарегистрировать запрос…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste a message…</source>
        <translation>&amp;Вставить сообщение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the inquiry</source>
        <translation>Удаление запроса</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>All kinds</source>
        <extracomment>The count of overdue inquiries may have changed (the window&apos;s badge reads it again).</extracomment>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Inquiries shown: {count} · overdue: {overdue} · due today: {today} · due within two days: {soon}</source>
        <translation>Показано запросов: {count} · просрочено: {overdue} · срок сегодня: {today} · в ближайшие два дня: {soon}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste a message…</source>
        <translation>Вставить сообщение…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register an inquiry from a pasted e-mail or messenger message</source>
        <translation>Зарегистрировать запрос из вставленного письма или сообщения мессенджера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer…</source>
        <translation>Ответ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the answer sent and its outcome</source>
        <translation>Внести отправленный ответ и его результат</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request note…</source>
        <translation>Служебная записка…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note asking a unit for the material, as PDF or Word</source>
        <translation>Записка подразделению с просьбой подготовить материал (.pdf или .docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report on inquiries for a month, quarter, half-year or year</source>
        <translation>Отчёт о запросах за месяц, квартал, полугодие или год</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Inquiry {number}: approval step</source>
        <translation>Запрос {number}: шаг согласования</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approval step</source>
        <translation>Шаг согласования</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answer to inquiry {number}</source>
        <translation>Ответ на запрос {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+105"/>
        <source>Register inquiry {number}</source>
        <translation>Регистрация запроса {number}</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Request note to a unit</source>
        <translation>Служебная записка подразделению</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <source>Report on media inquiries</source>
        <translation>Отчёт о запросах СМИ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete inquiry {number} from {sender} with its trail?</source>
        <translation>Удалить запрос {number} от отправителя {sender} вместе с его историей?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit inquiry {number}</source>
        <translation>Изменение запроса {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete inquiry {number}</source>
        <translation>Удаление запроса {number}</translation>
    </message>
</context>
<context>
    <name>InquiryEditor</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/editor.py" line="+122"/>
        <source>Journalist not in the contact base</source>
        <translation>Журналиста нет в базе контактов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» is not in the contact base. Add the journalist, so that the next inquiry from the same address finds them?</source>
        <translation>«{name}» нет в базе контактов. Добавить журналиста, чтобы следующий запрос с того же адреса находил его?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to the base</source>
        <translation>Добавить в базу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the name only</source>
        <translation>Оставить только имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A contact, or a name</source>
        <translation>Контакт или имя</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Inquiry {number}</source>
        <translation>Запрос {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New inquiry</source>
        <translation>Новый запрос</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Written request (law on access to information)</source>
        <translation>Письменный запрос (закон о доступе к информации)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+235"/>
        <source>Incoming number</source>
        <translation>Входящий номер</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>E-mail or phone as received</source>
        <translation>Эл. почта или телефон, как поступили</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Inquiry</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trail</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+150"/>
        <source>Received</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+150"/>
        <source>Channel</source>
        <translation>Способ поступления</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+146"/>
        <location line="+1"/>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Earlier messages</source>
        <translation>Предыдущие письма</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Journalist&apos;s deadline</source>
        <translation>Срок журналиста</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Legal term</source>
        <translation>Срок по закону</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+139"/>
        <source>Unit that prepares</source>
        <translation>Готовящее подразделение</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Draft answer</source>
        <translation>Проект ответа</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>{when}, {channel}: {outcome}</source>
        <translation>{when}, {channel}: {outcome}</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+139"/>
        <source>Answer sent:</source>
        <translation>Отправленный ответ:</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>None: only a written request has a legal term</source>
        <translation>Нет: срок по закону есть только у письменного запроса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{date} (counted from the day received)</source>
        <translation>{date} (считается со дня поступления)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>InquiryLabels</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/labels.py" line="+11"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>Ватсап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written request</source>
        <translation>Письменный запрос</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data, figures</source>
        <translation>Данные, цифры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filming</source>
        <translation>Съёмка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for information</source>
        <translation>Запрос информации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the unit</source>
        <translation>В подразделении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for approval</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned with comments</source>
        <translation>Возвращён с замечаниями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Согласован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Отвечен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to new</source>
        <extracomment>The buttons that move an inquiry to a status.</extracomment>
        <translation>Вернуть в новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give to the unit</source>
        <translation>Передать подразделению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for approval</source>
        <translation>Отправить на согласование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return with comments</source>
        <translation>Вернуть с замечаниями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered in full</source>
        <translation>Дан полный ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered in part</source>
        <translation>Дан частичный ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirected</source>
        <translation>Перенаправлен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer sent</source>
        <translation>Ответ отправлен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <extracomment>Where a row stands against its deadline.</extracomment>
        <translation>Просрочен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Срок скоро</translation>
    </message>
</context>
<context>
    <name>InquiryPanel</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/panel.py" line="+64"/>
        <location line="+68"/>
        <source>Record the answer…</source>
        <translation>Внести ответ…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Trail:</source>
        <translation>История:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an inquiry to see its question and trail.</source>
        <translation>Выберите запрос, чтобы увидеть вопрос и историю.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sender not named</source>
        <translation>Отправитель не указан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. {number} · {kind} · {sender}{outlet}</source>
        <translation>№ {number} · {kind} · {sender}{outlet}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received {when} by {channel}</source>
        <translation>Поступил {when}, способ: {channel}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>incoming No. {number}</source>
        <translation>входящий № {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journalist&apos;s deadline: {date}</source>
        <translation>Срок журналиста: {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal term: {date}</source>
        <translation>Срок по закону: {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status: {status}</source>
        <translation>Состояние: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prepares: {unit}</source>
        <translation>готовит: {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head&apos;s comment: {comment}</source>
        <translation>Замечание руководителя: {comment}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the answer…</source>
        <translation>Изменить ответ…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answer sent {when} by {channel}: {outcome}</source>
        <translation>Ответ отправлен {when}, способ: {channel}; результат: {outcome}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/dialogs.py" line="+40"/>
        <source>Unit:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material needed by:</source>
        <translation>Материал нужен к:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request note to a unit</source>
        <translation>Служебная записка подразделению</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next…</source>
        <translation>Далее…</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location line="-83"/>
        <source>Step:</source>
        <translation>Шаг:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment (required):</source>
        <translation>Замечание (обязательно):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment:</source>
        <translation>Замечание:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the step</source>
        <translation>Записать шаг</translation>
    </message>
</context>
</TS>
