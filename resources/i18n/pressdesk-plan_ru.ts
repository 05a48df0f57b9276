<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ApprovalPanel</name>
    <message>
        <location filename="../../pressdesk/gui/plan/approval.py" line="+44"/>
        <source>Approval</source>
        <translation>Согласование</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start as a draft</source>
        <translation>Начать как черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start as an idea</source>
        <translation>Начать как идею</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What and who</source>
        <translation>Что и кто</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The approval steps appear once the item is saved.</source>
        <translation>Шаги согласования появятся, когда материал будет сохранён.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>by {name}</source>
        <translation>кто: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent on {when}</source>
        <translation>Отправлено на согласование: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by {name} on {when}</source>
        <translation>Согласовал(а): {name}, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Returned: {comment}</source>
        <translation>Возвращено: {comment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published on {when}</source>
        <translation>Опубликовано: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change here asks: this occurrence or the whole series.</source>
        <translation>При изменении будет задан вопрос: только этот раз или вся серия.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created as: {status}</source>
        <translation>Создано: {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to draft: the {fields} changed after {status}</source>
        <translation>Снова черновик: после статуса «{status}» изменено: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed {field}</source>
        <translation>Изменено: {field}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed {field}: {new}</source>
        <translation>Изменено: {field} — {new}</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../pressdesk/gui/plan/bulk.py" line="+84"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved by:</source>
        <translation>Согласовал:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to change:</source>
        <translation>Что изменить:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By:</source>
        <translation>На:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please fill this in.</source>
        <translation>Заполните, пожалуйста, это поле.</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <location filename="../../pressdesk/gui/plan/ical_import.py" line="+39"/>
        <source>Import a calendar</source>
        <translation>Импорт календаря</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing the calendar…</source>
        <translation>Импорт календаря…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items added: {created}. Items updated: {updated}. Unchanged: {unchanged}. Events left out: {skipped}.</source>
        <translation>Добавлено пунктов: {created}. Обновлено пунктов: {updated}. Без изменений: {unchanged}. Пропущено событий: {skipped}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some parts of the file could not be used; the details say which and why.</source>
        <translation>Некоторые части файла использовать не удалось; какие и почему — см. подробности.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The calendar was not imported.</source>
        <translation>Календарь не импортирован.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/plan/campaigns.py" line="+49"/>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates:</source>
        <translation>Сроки:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target audiences:</source>
        <translation>Целевые аудитории:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One key message per line</source>
        <translation>По одному ключевому сообщению в строке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key messages:</source>
        <translation>Ключевые сообщения:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%p% published</source>
        <translation>опубликовано %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress:</source>
        <translation>Выполнение:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save campaign</source>
        <translation>Сохранить кампанию</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No items yet.</source>
        <translation>Материалов пока нет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items: {count}</source>
        <translation>Материалов: {count}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the campaign</source>
        <translation>Удаление кампании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the campaign “{name}”? Its items stay in the plan.</source>
        <translation>Удалить кампанию «{name}»? Её материалы останутся в плане.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>ListQuickAdd</name>
    <message>
        <location filename="../../pressdesk/gui/plan/list_quick_add.py" line="+37"/>
        <source>Enter adds · Ctrl+Enter opens the full editor · Esc closes</source>
        <translation>Enter добавляет · Ctrl+Enter открывает полный редактор · Esc закрывает</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../pressdesk/gui/plan/actions.py" line="+116"/>
        <source>This item no longer exists; the plan is shown again.</source>
        <translation>Этого материала больше нет; план показан заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeating item</source>
        <translation>Повторяющийся материал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This occurrence only</source>
        <translation>Только этот раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole series</source>
        <translation>Всю серию</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+126"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The approval is withdrawn</source>
        <translation>Согласование снимается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” ({status}): changing the {fields} takes it back to draft, and it must be sent for approval again. Go on?</source>
        <translation>«{title}» ({status}): если изменить {fields}, материал снова станет черновиком и его нужно будет заново отправить на согласование. Продолжить?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change and withdraw</source>
        <translation>Изменить и снять согласование</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{title}” repeats. Move only the occurrence of {date}?</source>
        <translation>«{title}» повторяется. Перенести только материал от {date}?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Approve</source>
        <translation>Согласование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who approved “{title}”?</source>
        <translation>Кто согласовал «{title}»?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Return for rework</source>
        <translation>Возврат на доработку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should be changed in “{title}”?</source>
        <translation>Что нужно изменить в «{title}»?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark published</source>
        <translation>Отметка о публикации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to the publication (may be left empty):</source>
        <translation>Ссылка на публикацию (можно оставить пустой):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Cancel the item</source>
        <translation>Отменить материал</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel “{title}”? It stays in the plan, marked cancelled.</source>
        <translation>Отменить «{title}»? Материал останется в плане с отметкой «отменено».</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>“{title}” repeats. Change the status of the {date} occurrence only?</source>
        <translation>«{title}» повторяется. Изменить статус только материала от {date}?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete a repeating item</source>
        <translation>Удаление повторяющегося материала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” repeats. Leave out only {date}, or delete the series?</source>
        <translation>«{title}» повторяется. Исключить только {date} или удалить всю серию?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out this date</source>
        <translation>Исключить эту дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the whole series</source>
        <translation>Удалить всю серию</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the item</source>
        <translation>Удаление материала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}” and its history? You can undo it with Ctrl+Z.</source>
        <translation>Удалить «{title}» вместе с историей? Это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}” and its history? This cannot be undone.</source>
        <translation>Удалить «{title}» вместе с историей? Это нельзя отменить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>PlanAgendaModel</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/plan/agenda_model.py" line="+102"/>
        <source>Covered: %n publication(s)</source>
        <translation>
            <numerusform>Освещено: %n публикация</numerusform>
            <numerusform>Освещено: %n публикации</numerusform>
            <numerusform>Освещено: %n публикаций</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/release_notes.py" line="+26"/>
        <source>Press release {number}: {status}</source>
        <translation>Пресс-релиз {number}: {status}</translation>
    </message>
</context>
<context>
    <name>PlanBulkActions</name>
    <message>
        <location filename="../../pressdesk/gui/plan/bulk.py" line="+38"/>
        <source>{action}: {count} items?</source>
        <translation>{action}: материалов — {count}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} selected items are left as they are: their status does not allow it.</source>
        <translation>Выбранных материалов, которые останутся без изменений (статус не позволяет): {count}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Send the week for approval</source>
        <translation>Отправить неделю на согласование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period shown holds no drafts to send.</source>
        <translation>В показанном периоде нет черновиков для отправки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the {count} drafts of {period} for approval?</source>
        <translation>Отправить на согласование черновики периода «{period}» ({count})?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send for approval</source>
        <translation>Отправить на согласование</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy the items</source>
        <translation>Копировать материалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {count} items, as drafts, by:</source>
        <translation>Копировать материалы ({count}) как черновики со сдвигом на:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Move the items</source>
        <translation>Перенести материалы</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Move {count} items by:</source>
        <translation>Перенести материалы ({count}) на:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move {count} items by {days} days?</source>
        <translation>Перенести материалы ({count}) на {days} дн.?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} of them are sent or approved: they go back to draft and need approval again.</source>
        <translation>Из них на согласовании или согласовано: {count}; они снова станут черновиками и потребуют повторного согласования.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the responsible person</source>
        <translation>Назначить ответственного</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible for these {count} items?</source>
        <translation>Кто отвечает за эти материалы ({count})?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the items</source>
        <translation>Удалить материалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete these {count} items and their history?</source>
        <translation>Удалить эти материалы ({count}) вместе с историей?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A repeating item loses only the date shown.</source>
        <translation>У повторяющегося материала удаляется только показанная дата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo it with Ctrl+Z.</source>
        <translation>Это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_paint.py" line="+247"/>
        <source>+{count} more</source>
        <translation>ещё {count}</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_layout.py" line="+87"/>
        <location filename="../../pressdesk/gui/plan/calendar_paint.py" line="+133"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_paint.py" line="+128"/>
        <source>Show all items of this day in the week view</source>
        <translation>Показать все материалы этого дня в виде недели</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_layout.py" line="+5"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Responsible: {name}</source>
        <translation>Ответственный: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved by: {name}</source>
        <translation>Согласовал(а): {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of a repeating series</source>
        <translation>Часть повторяющейся серии</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/plan/export.py" line="+50"/>
        <source>Print or export the plan</source>
        <translation>Печать или экспорт плана</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ten days</source>
        <translation>Декада</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Also print ideas and items returned for rework</source>
        <translation>Включить идеи и материалы, возвращённые на доработку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan for approval shows drafts, items sent for approval, approved and published ones, and the period&apos;s events. Tick to add ideas and returned items.</source>
        <translation>В план на утверждение входят черновики, материалы на согласовании, согласованные и опубликованные, а также мероприятия периода. Отметьте, чтобы добавить идеи и возвращённые материалы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only approved items</source>
        <translation>Только согласованные материалы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print only what the head approved (and what is already published); each row states its approval, by whom and on which day.</source>
        <translation>Печатаются только материалы, согласованные руководителем (и уже опубликованные); в каждой строке указано согласование: кто и когда.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The plan is saved ({count} items):
{path}</source>
        <translation>План сохранён (материалов: {count}):
{path}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Plan not saved</source>
        <translation>План не сохранён</translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <location filename="../../pressdesk/gui/plan/filters.py" line="+30"/>
        <source>Search the plan…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show all</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every filter</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+83"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Any channel</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Any format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any campaign</source>
        <translation>Кампания</translation>
    </message>
</context>
<context>
    <name>PlanItemEditor</name>
    <message>
        <location filename="../../pressdesk/gui/plan/editor.py" line="+91"/>
        <source>Plan item</source>
        <translation>Материал плана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New plan item</source>
        <translation>Новый материал</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links and notes</source>
        <translation>Ссылки и примечания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+195"/>
        <location line="+1"/>
        <source>Date and time:</source>
        <translation>Дата и время:</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>What goes out, in a few words</source>
        <translation>Что выходит — в нескольких словах</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+192"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>The news hook: why this is worth telling</source>
        <translation>Информационный повод: почему об этом стоит рассказать</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <source>News hook:</source>
        <translation>Информационный повод:</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+187"/>
        <source>Target audience:</source>
        <translation>Целевая аудитория:</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+174"/>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+164"/>
        <source>Channels:</source>
        <translation>Каналы:</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>One outlet per line</source>
        <translation>По одному СМИ в строке</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+159"/>
        <source>Outlets:</source>
        <translation>СМИ:</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+158"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>One file or folder per line</source>
        <translation>По одному файлу или папке в строке</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>One link per line, once it is out</source>
        <translation>После выхода — по одной ссылке в строке</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+154"/>
        <source>Published at:</source>
        <translation>Где опубликовано:</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>— nobody yet —</source>
        <translation>— пока никто —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— no campaign —</source>
        <translation>— без кампании —</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>One occurrence of a series does not repeat by itself.</source>
        <translation>Отдельный раз из серии сам по себе не повторяется.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../../pressdesk/gui/plan/labels.py" line="+20"/>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for approval</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to ideas</source>
        <translation>Вернуть в идеи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Вернуть в черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for approval</source>
        <translation>Отправить на согласование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Согласовать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return for rework…</source>
        <translation>Вернуть на доработку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark published…</source>
        <translation>Отметить публикацию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the item…</source>
        <translation>Отменить материал…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it a draft</source>
        <translation>Сделать черновиком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for approval again</source>
        <translation>Снова отправить на согласование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore as an idea</source>
        <translation>Восстановить как идею</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore as a draft</source>
        <translation>Восстановить как черновик</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press release</source>
        <translation>Пресс-релиз</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Comment or statement</source>
        <translation>Комментарий, заявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo report</source>
        <translation>Фоторепортаж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live broadcast</source>
        <translation>Прямой эфир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting text</source>
        <translation>Поздравительный текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information bulletin</source>
        <translation>Информационный бюллетень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference note</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>Kyrgyz and Russian</source>
        <translation>Кыргызский и русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other language</source>
        <translation>Другой язык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KY</source>
        <translation>кырг.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RU</source>
        <translation>рус.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KY+RU</source>
        <translation>кырг.+рус.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved, but the day has passed unpublished</source>
        <translation>Согласовано, но день прошёл, а публикации нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval longer than {days} days</source>
        <translation>Ждёт согласования более {days} дн.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long wait</source>
        <translation>Долго ждёт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>длительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>news hook</source>
        <translation>информационный повод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audience</source>
        <translation>аудитория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channels</source>
        <translation>каналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlets</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file links</source>
        <translation>файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published links</source>
        <translation>ссылки на публикации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat rule</source>
        <translation>правило повтора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left-out dates</source>
        <translation>исключённые даты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week {week}: {span}</source>
        <translation>Неделя {week}: {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten days: {span}</source>
        <translation>Декада: {span}</translation>
    </message>
</context>
<context>
    <name>PlanSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/plan/page.py" line="+192"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week, Monday to Sunday</source>
        <translation>Неделя с понедельника по воскресенье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ten-day period: days 1–10, 11–20 or 21 to the month&apos;s end</source>
        <translation>Декада: 1–10, 11–20 или с 21-го до конца месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole month</source>
        <translation>Весь месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of the period as a sortable list</source>
        <translation>Материалы периода списком с сортировкой</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the period holding today</source>
        <translation>Перейти к периоду с сегодняшним днём</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New item…</source>
        <translation>Новый материал…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+290"/>
        <location line="+24"/>
        <source>Copy week forward</source>
        <translation>Копировать неделю вперёд</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>Copy this week&apos;s single items to the next week as drafts</source>
        <translation>Скопировать отдельные материалы недели на следующую неделю как черновики</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaigns…</source>
        <translation>Кампании…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print / export…</source>
        <translation>Печать / экспорт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import calendar…</source>
        <translation>Импорт календаря…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or update items from a calendar file (.ics) of Outlook or Google</source>
        <translation>Добавить или обновить пункты из файла календаря (.ics) Outlook или Google</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The content plan is empty</source>
        <translation>Контент-план пуст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan the publications by week, ten days or month: topic, news hook, format, channel and the person responsible. The week&apos;s plan is then printed for the head&apos;s approval in Kyrgyz or Russian.</source>
        <translation>Планируйте публикации на неделю, декаду или месяц: тема, информационный повод, формат, канал и ответственный. План недели затем печатается на утверждение руководителю на кыргызском или русском языке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add an item…</source>
        <translation>&amp;Добавить материал…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add an item to the plan</source>
        <translation>Добавить материал в план</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview the plan and save it as a document or a calendar file</source>
        <translation>Просмотреть план и сохранить его как документ или файл календаря</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/selection.py" line="+80"/>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the week for approval</source>
        <translation>Отправить неделю на согласование</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send every draft of the period shown for approval, after one confirmation</source>
        <translation>Отправить все черновики показанного периода на согласование одним подтверждением</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move by days…</source>
        <translation>Перенести на N дней…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy by days…</source>
        <translation>Копировать на N дней…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the responsible person…</source>
        <translation>Назначить ответственного…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select all</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/menus.py" line="+51"/>
        <location filename="../../pressdesk/gui/plan/selection.py" line="+56"/>
        <source>Selected: {count}</source>
        <translation>Выбрано: {count}</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/selection.py" line="+2"/>
        <source>Click, Ctrl+click or Ctrl+A to select items</source>
        <translation>Выбор материалов: щелчок, Ctrl+щелчок или Ctrl+A</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/page.py" line="+101"/>
        <source>Items: {count}</source>
        <translation>Материалов: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published: {count}</source>
        <translation>опубликовано: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>past their day unpublished: {count}</source>
        <translation>день прошёл, не опубликовано: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for approval over {days} days: {count}</source>
        <translation>ждут согласования более {days} дн.: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>filters are on</source>
        <translation>включены фильтры</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Repeating item</source>
        <translation>Повторяющийся материал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” repeats. Open only the occurrence of {date}, or the series?</source>
        <translation>«{title}» повторяется. Открыть только материал от {date} или всю серию?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This occurrence only</source>
        <translation>Только этот раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole series</source>
        <translation>Всю серию</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Copy the single items of {week} to the next week as drafts? Repeating items and cancelled ones are not copied.</source>
        <translation>Скопировать отдельные материалы ({week}) на следующую неделю как черновики? Повторяющиеся и отменённые материалы не копируются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Items copied: {count}. They are drafts in the week shown now.</source>
        <translation>Скопировано материалов: {count}. Это черновики в показанной сейчас неделе.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/menus.py" line="-11"/>
        <source>New item on this day…</source>
        <translation>Новый материал на этот день…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick add on this day</source>
        <translation>Быстро добавить на этот день</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to the next day</source>
        <translation>Копировать на следующий день</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy to the next week</source>
        <translation>Копировать на следующую неделю</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../pressdesk/gui/plan/selection.py" line="-54"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../pressdesk/gui/plan/undo.py" line="+60"/>
        <source>{action}: {count} items</source>
        <translation>{action}: материалы ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the week for approval ({count} items)</source>
        <translation>Отправка недели на согласование (материалов: {count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {count} items by {days} days</source>
        <translation>Перенос материалов ({count}) на {days} дн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy {count} items by {days} days</source>
        <translation>Копирование материалов ({count}) со сдвигом на {days} дн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the responsible person of {count} items</source>
        <translation>Назначение ответственного (материалов: {count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {count} items</source>
        <translation>Удаление материалов ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{action}: “{title}”</source>
        <translation>{action}: «{title}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add “{title}”</source>
        <translation>Добавление «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “{title}”</source>
        <translation>Изменение «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{title}”</source>
        <translation>Перенос «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy “{title}”</source>
        <translation>Копирование «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”</source>
        <translation>Удаление «{title}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the week forward ({count} items)</source>
        <translation>Копирование недели вперёд (материалов: {count})</translation>
    </message>
</context>
<context>
    <name>QuickAddField</name>
    <message>
        <location filename="../../pressdesk/gui/plan/quick_add.py" line="+44"/>
        <source>New item on {date}: type a title, Enter</source>
        <translation>Новый материал на {date}: введите название и нажмите Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter adds a draft with the format, channels and responsible person of the last item added; Ctrl+Enter opens the full editor; Escape closes.</source>
        <translation>Enter добавляет черновик с форматом, каналами и ответственным последнего добавленного материала; Ctrl+Enter открывает полный редактор; Escape закрывает.</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <location filename="../../pressdesk/gui/plan/repeat.py" line="+77"/>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Каждый месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (iCalendar RRULE)</source>
        <translation>Своё правило (iCalendar RRULE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeats:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every</source>
        <translation>Каждые</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>week(s), on:</source>
        <translation>нед., по дням:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On day</source>
        <translation>Число</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of every month</source>
        <translation>каждого месяца</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ends:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates left out of the series:</source>
        <translation>Исключённые из серии даты:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave out</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put back</source>
        <translation>Вернуть</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../../pressdesk/gui/plan/actions.py" line="-228"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please fill this in.</source>
        <translation>Заполните, пожалуйста, это поле.</translation>
    </message>
</context>
<context>
    <name>TimesSpinBox</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/plan/repeat.py" line="-110"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n раз</numerusform>
            <numerusform>%n раза</numerusform>
            <numerusform>%n раз</numerusform>
        </translation>
    </message>
</context>
</TS>
