<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>ApprovalPanel</name>
    <message>
        <location filename="../../pressdesk/gui/plan/approval.py" line="+44"/>
        <source>Approval</source>
        <translation>Макулдашуу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start as a draft</source>
        <translation>Долбоор катары баштоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start as an idea</source>
        <translation>Идея катары баштоо</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Тарыхы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What and who</source>
        <translation>Эмне жана ким</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The approval steps appear once the item is saved.</source>
        <translation>Макулдашуу кадамдары материал сакталгандан кийин көрүнөт.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>by {name}</source>
        <translation>ким: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent on {when}</source>
        <translation>Макулдашууга жөнөтүлдү: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by {name} on {when}</source>
        <translation>Макулдашкан: {name}, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Returned: {comment}</source>
        <translation>Кайтарылды: {comment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published on {when}</source>
        <translation>Жарыяланды: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change here asks: this occurrence or the whole series.</source>
        <translation>Өзгөртүүдө суралат: ушул күнү гана же бүт катар.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created as: {status}</source>
        <translation>Түзүлдү: {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to draft: the {fields} changed after {status}</source>
        <translation>Кайра долбоорго: «{status}» абалынан кийин {fields} өзгөрдү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed {field}</source>
        <translation>Өзгөртүлдү: {field}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed {field}: {new}</source>
        <translation>Өзгөртүлдү: {field} — {new}</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../pressdesk/gui/plan/bulk.py" line="+84"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved by:</source>
        <translation>Макулдашкан:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to change:</source>
        <translation>Эмнени өзгөртүү керек:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By:</source>
        <translation>Канчага:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Responsible:</source>
        <translation>Жооптуу:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please fill this in.</source>
        <translation>Бул жерди толтуруңуз.</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <location filename="../../pressdesk/gui/plan/ical_import.py" line="+39"/>
        <source>Import a calendar</source>
        <translation>Календарды импорттоо</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calendar files (*.ics)</source>
        <translation>Календарь файлдары (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing the calendar…</source>
        <translation>Календарь импорттолууда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items added: {created}. Items updated: {updated}. Unchanged: {unchanged}. Events left out: {skipped}.</source>
        <translation>Кошулган пункттар: {created}. Жаңыртылган пункттар: {updated}. Өзгөрүүсүз: {unchanged}. Өткөрүлүп жиберилген иш-чаралар: {skipped}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some parts of the file could not be used; the details say which and why.</source>
        <translation>Файлдын айрым бөлүктөрүн колдонууга мүмкүн болгон жок; кайсылары жана эмне үчүн экени кошумча маалыматта көрсөтүлгөн.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The calendar was not imported.</source>
        <translation>Календарь импорттолгон жок.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/plan/campaigns.py" line="+49"/>
        <source>Campaigns</source>
        <translation>Маалымат өнөктүктөрү</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New campaign</source>
        <translation>Жаңы өнөктүк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates:</source>
        <translation>Мөөнөтү:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal:</source>
        <translation>Максаты:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target audiences:</source>
        <translation>Максаттуу аудиториялар:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One key message per line</source>
        <translation>Ар бир сапта бир негизги билдирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key messages:</source>
        <translation>Негизги билдирүүлөр:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation>Эскертүүлөр:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%p% published</source>
        <translation>%p% жарыяланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress:</source>
        <translation>Аткарылышы:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save campaign</source>
        <translation>Өнөктүктү сактоо</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No items yet.</source>
        <translation>Азырынча материал жок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items: {count}</source>
        <translation>Материалдар: {count}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the campaign</source>
        <translation>Өнөктүктү өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the campaign “{name}”? Its items stay in the plan.</source>
        <translation>«{name}» өнөктүгү өчүрүлсүнбү? Анын материалдары планда калат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Калтыруу</translation>
    </message>
</context>
<context>
    <name>ListQuickAdd</name>
    <message>
        <location filename="../../pressdesk/gui/plan/list_quick_add.py" line="+37"/>
        <source>Enter adds · Ctrl+Enter opens the full editor · Esc closes</source>
        <translation>Enter кошот · Ctrl+Enter толук редакторду ачат · Esc жабат</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../pressdesk/gui/plan/actions.py" line="+116"/>
        <source>This item no longer exists; the plan is shown again.</source>
        <translation>Бул материал мындан ары жок; план кайра көрсөтүлдү.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not changed</source>
        <translation>Өзгөртүлгөн жок</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeating item</source>
        <translation>Кайталануучу материал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This occurrence only</source>
        <translation>Ушул күнү гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole series</source>
        <translation>Бүт катар</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+126"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The approval is withdrawn</source>
        <translation>Макулдашуу жокко чыгат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” ({status}): changing the {fields} takes it back to draft, and it must be sent for approval again. Go on?</source>
        <translation>«{title}» ({status}): {fields} өзгөртүлсө, материал кайра долбоор болот жана аны макулдашууга кайра жөнөтүү керек. Улантасызбы?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change and withdraw</source>
        <translation>Өзгөртүү жана макулдашууну жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{title}” repeats. Move only the occurrence of {date}?</source>
        <translation>«{title}» кайталанат. {date} күнкүсүн гана жылдырасызбы?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Approve</source>
        <translation>Макулдашуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who approved “{title}”?</source>
        <translation>«{title}» материалын ким макулдашты?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Return for rework</source>
        <translation>Кайра иштетүүгө кайтаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should be changed in “{title}”?</source>
        <translation>«{title}» материалында эмнени өзгөртүү керек?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark published</source>
        <translation>Жарыяланды деп белгилөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to the publication (may be left empty):</source>
        <translation>Жарыяланган материалдын шилтемеси (бош калтырса болот):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Cancel the item</source>
        <translation>Материалды жокко чыгаруу</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel “{title}”? It stays in the plan, marked cancelled.</source>
        <translation>«{title}» жокко чыгарылсынбы? Ал планда «жокко чыгарылды» белгиси менен калат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>Keep it</source>
        <translation>Калтыруу</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>“{title}” repeats. Change the status of the {date} occurrence only?</source>
        <translation>«{title}» кайталанат. {date} күнкүсүнүн гана абалын өзгөртөсүзбү?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete a repeating item</source>
        <translation>Кайталануучу материалды өчүрүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” repeats. Leave out only {date}, or delete the series?</source>
        <translation>«{title}» кайталанат. {date} күнүн гана алып саласызбы же бүт катарды өчүрөсүзбү?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out this date</source>
        <translation>Бул күндү алып салуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the whole series</source>
        <translation>Бүт катарды өчүрүү</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the item</source>
        <translation>Материалды өчүрүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}” and its history? You can undo it with Ctrl+Z.</source>
        <translation>«{title}» жана анын тарыхы өчүрүлсүнбү? Муну Ctrl+Z менен кайтарууга болот.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}” and its history? This cannot be undone.</source>
        <translation>«{title}» жана анын тарыхы өчүрүлсүнбү? Муну кайтарууга болбойт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
</context>
<context>
    <name>PlanAgendaModel</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/plan/agenda_model.py" line="+102"/>
        <source>Covered: %n publication(s)</source>
        <translation>
            <numerusform>Чагылдырылды: %n материал</numerusform>
            <numerusform>Чагылдырылды: %n материал</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Убактысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Каналдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>all day</source>
        <translation>күн бою</translation>
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
        <translation>{action}: {count} материал?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} selected items are left as they are: their status does not allow it.</source>
        <translation>Тандалгандардын {count} материалы өзгөрүүсүз калат: алардын абалы буга жол бербейт.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Send the week for approval</source>
        <translation>Аптаны макулдашууга жөнөтүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period shown holds no drafts to send.</source>
        <translation>Көрсөтүлгөн мезгилде жөнөтө турган долбоор жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the {count} drafts of {period} for approval?</source>
        <translation>{period}: {count} долбоор макулдашууга жөнөтүлсүнбү?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send for approval</source>
        <translation>Макулдашууга жөнөтүү</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy the items</source>
        <translation>Материалдарды көчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {count} items, as drafts, by:</source>
        <translation>{count} материалды долбоор катары көчүрүү, канча күнгө:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Move the items</source>
        <translation>Материалдарды жылдыруу</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Move {count} items by:</source>
        <translation>{count} материалды жылдыруу, канча күнгө:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move {count} items by {days} days?</source>
        <translation>{count} материал {days} күнгө жылдырылсынбы?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>Жылдыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} of them are sent or approved: they go back to draft and need approval again.</source>
        <translation>Алардын {count} материалы макулдашууга жөнөтүлгөн же макулдашылган: алар кайра долбоор болуп, кайра макулдашууну талап кылат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nobody)</source>
        <translation>(эч ким)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the responsible person</source>
        <translation>Жооптуу адамды дайындоо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible for these {count} items?</source>
        <translation>Бул {count} материалга ким жооптуу?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Дайындоо</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the items</source>
        <translation>Материалдарды өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete these {count} items and their history?</source>
        <translation>Бул {count} материал жана алардын тарыхы өчүрүлсүнбү?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A repeating item loses only the date shown.</source>
        <translation>Кайталануучу материалдан көрсөтүлгөн күн гана алынып салынат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo it with Ctrl+Z.</source>
        <translation>Муну Ctrl+Z менен кайтарууга болот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_paint.py" line="+247"/>
        <source>+{count} more</source>
        <translation>дагы {count}</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_layout.py" line="+87"/>
        <location filename="../../pressdesk/gui/plan/calendar_paint.py" line="+133"/>
        <source>all day</source>
        <translation>күн бою</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_paint.py" line="+128"/>
        <source>Show all items of this day in the week view</source>
        <translation>Бул күндүн бардык материалдарын апталык көрүнүштө көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/calendar_layout.py" line="+5"/>
        <source>Status: {status}</source>
        <translation>Абалы: {status}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Responsible: {name}</source>
        <translation>Жооптуу: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved by: {name}</source>
        <translation>Макулдашкан: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of a repeating series</source>
        <translation>Кайталануучу катардын бөлүгү</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/plan/export.py" line="+50"/>
        <source>Print or export the plan</source>
        <translation>Планды басып чыгаруу же экспорттоо</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period:</source>
        <translation>Мезгил:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign:</source>
        <translation>Өнөктүк:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ten days</source>
        <translation>Декада</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous period</source>
        <translation>Мурунку мезгил</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next period</source>
        <translation>Кийинки мезгил</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Also print ideas and items returned for rework</source>
        <translation>Идеяларды жана кайра иштетүүгө кайтарылган материалдарды да басып чыгаруу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan for approval shows drafts, items sent for approval, approved and published ones, and the period&apos;s events. Tick to add ideas and returned items.</source>
        <translation>Бекитүүгө берилүүчү планда долбоорлор, макулдашууга жөнөтүлгөн, макулдашылган жана жарыяланган материалдар, ошондой эле мезгилдин иш-чаралары көрсөтүлөт. Идеяларды жана кайтарылган материалдарды кошуу үчүн белгилеңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only approved items</source>
        <translation>Макулдашылган материалдар гана</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print only what the head approved (and what is already published); each row states its approval, by whom and on which day.</source>
        <translation>Жетекчи макулдашкан (жана жарыяланган) материалдар гана басылат; ар бир сапта макулдашуу абалы, ким жана кайсы күнү макулдашканы көрсөтүлөт.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The plan is saved ({count} items):
{path}</source>
        <translation>План сакталды (материалдар: {count}):
{path}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Plan not saved</source>
        <translation>План сакталган жок</translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <location filename="../../pressdesk/gui/plan/filters.py" line="+30"/>
        <source>Search the plan…</source>
        <translation>Издөө…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show all</source>
        <translation>Тазалоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every filter</source>
        <translation>Бардык чыпкаларды алып салуу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Абалы</translation>
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
        <translation>Тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Өнөктүк</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Any channel</source>
        <translation>Каналдар</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Any format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Тили</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any campaign</source>
        <translation>Өнөктүк</translation>
    </message>
</context>
<context>
    <name>PlanItemEditor</name>
    <message>
        <location filename="../../pressdesk/gui/plan/editor.py" line="+91"/>
        <source>Plan item</source>
        <translation>План материалы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New plan item</source>
        <translation>Жаңы материал</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links and notes</source>
        <translation>Шилтемелер жана эскертүүлөр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All day</source>
        <translation>Күн бою</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+195"/>
        <location line="+1"/>
        <source>Date and time:</source>
        <translation>Күнү жана убактысы:</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>What goes out, in a few words</source>
        <translation>Эмне чыгат — бир нече сөз менен</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+192"/>
        <source>Title:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>The news hook: why this is worth telling</source>
        <translation>Маалыматтык себеп: бул эмне үчүн айтууга татыктуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <source>News hook:</source>
        <translation>Маалыматтык себеп:</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+187"/>
        <source>Target audience:</source>
        <translation>Максаттуу аудитория:</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Language:</source>
        <translation>Тили:</translation>
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
        <translation>Жооптуу:</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Campaign:</source>
        <translation>Өнөктүк:</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+164"/>
        <source>Channels:</source>
        <translation>Каналдар:</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>One outlet per line</source>
        <translation>Ар бир сапта бир ЖМК</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+159"/>
        <source>Outlets:</source>
        <translation>ЖМК:</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+158"/>
        <source>Notes:</source>
        <translation>Эскертүүлөр:</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>One file or folder per line</source>
        <translation>Ар бир сапта бир файл же папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Files:</source>
        <translation>Файлдар:</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>One link per line, once it is out</source>
        <translation>Жарыялангандан кийин, ар бир сапта бир шилтеме</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+154"/>
        <source>Published at:</source>
        <translation>Жарыяланган жери:</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>— nobody yet —</source>
        <translation>— азырынча эч ким —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— no campaign —</source>
        <translation>— өнөктүксүз —</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>One occurrence of a series does not repeat by itself.</source>
        <translation>Катардагы бир күн өзүнчө кайталанбайт.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status:</source>
        <translation>Абалы:</translation>
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
        <translation>Долбоор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for approval</source>
        <translation>Макулдашууда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Макулдашылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Кайтарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Жарыяланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to ideas</source>
        <translation>Идеяларга кайтаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Долбоорго кайтаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for approval</source>
        <translation>Макулдашууга жөнөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Макулдашуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return for rework…</source>
        <translation>Кайра иштетүүгө кайтаруу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark published…</source>
        <translation>Жарыяланды деп белгилөө…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the item…</source>
        <translation>Материалды жокко чыгаруу…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it a draft</source>
        <translation>Долбоорго айлантуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for approval again</source>
        <translation>Кайра макулдашууга жөнөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore as an idea</source>
        <translation>Идея катары калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore as a draft</source>
        <translation>Долбоор катары калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press release</source>
        <translation>Пресс-релиз</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Comment or statement</source>
        <translation>Комментарий, билдирүү</translation>
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
        <translation>Түз эфир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech</source>
        <translation>Сүйлөнө турган сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting text</source>
        <translation>Куттуктоо тексти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information bulletin</source>
        <translation>Маалыматтык бюллетень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference note</source>
        <translation>Маалымкат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>Kyrgyz and Russian</source>
        <translation>Кыргызча жана орусча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other language</source>
        <translation>Башка тил</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KY</source>
        <translation>кырг.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RU</source>
        <translation>орус.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KY+RU</source>
        <translation>кырг.+орус.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>башка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved, but the day has passed unpublished</source>
        <translation>Макулдашылган, бирок күнү өтүп, жарыялана элек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval longer than {days} days</source>
        <translation>Макулдашуу {days} күндөн ашык күтүлүүдө</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Мөөнөтү өттү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long wait</source>
        <translation>Узак күтүүдө</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date</source>
        <translation>күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>убактысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>узактыгы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>news hook</source>
        <translation>маалыматтык себеп</translation>
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
        <translation>каналдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlets</source>
        <translation>ЖМК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible</source>
        <translation>жооптуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>өнөктүк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>эскертүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file links</source>
        <translation>файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published links</source>
        <translation>жарыяланган шилтемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat rule</source>
        <translation>кайталоо эрежеси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left-out dates</source>
        <translation>алынып салынган күндөр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week {week}: {span}</source>
        <translation>{week}-апта: {span}</translation>
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
        <translation>Апта</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>List</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week, Monday to Sunday</source>
        <translation>Апта, дүйшөмбүдөн жекшембиге чейин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ten-day period: days 1–10, 11–20 or 21 to the month&apos;s end</source>
        <translation>Декада: 1–10, 11–20 же 21-күндөн айдын аягына чейин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole month</source>
        <translation>Бүт ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of the period as a sortable list</source>
        <translation>Мезгилдин материалдары иргелүүчү тизме катары</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the period holding today</source>
        <translation>Бүгүнкү күн кирген мезгилге өтүү</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New item…</source>
        <translation>Жаңы материал…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+290"/>
        <location line="+24"/>
        <source>Copy week forward</source>
        <translation>Аптаны алдыга көчүрүү</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>Copy this week&apos;s single items to the next week as drafts</source>
        <translation>Ушул аптанын жеке материалдарын кийинки аптага долбоор катары көчүрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaigns…</source>
        <translation>Өнөктүктөр…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print / export…</source>
        <translation>Басып чыгаруу / экспорт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import calendar…</source>
        <translation>Календарды импорттоо…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or update items from a calendar file (.ics) of Outlook or Google</source>
        <translation>Outlook же Google календарынын файлынан (.ics) пункттарды кошуу же жаңыртуу</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Previous period</source>
        <translation>Мурунку мезгил</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The content plan is empty</source>
        <translation>Контент-план бош</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan the publications by week, ten days or month: topic, news hook, format, channel and the person responsible. The week&apos;s plan is then printed for the head&apos;s approval in Kyrgyz or Russian.</source>
        <translation>Жарыяланууларды жума, он күн же ай боюнча пландаңыз: темасы, маалыматтык себеби, форматы, каналы жана жооптуу адамы. Жуманын планы жетекчинин бекитүүсүнө кыргыз же орус тилинде басылып чыгат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add an item…</source>
        <translation>Материал &amp;кошуу…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Next period</source>
        <translation>Кийинки мезгил</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add an item to the plan</source>
        <translation>Планга материал кошуу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview the plan and save it as a document or a calendar file</source>
        <translation>Планды алдын ала көрүп, документ же календардык файл катары сактоо</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/selection.py" line="+80"/>
        <source>More</source>
        <translation>Дагы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the week for approval</source>
        <translation>Аптаны макулдашууга жөнөтүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send every draft of the period shown for approval, after one confirmation</source>
        <translation>Көрсөтүлгөн мезгилдин бардык долбоорлорун бир ырастоо менен макулдашууга жөнөтүү</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move by days…</source>
        <translation>Күнгө жылдыруу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy by days…</source>
        <translation>Күнгө көчүрүү…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the responsible person…</source>
        <translation>Жооптуу адамды дайындоо…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select all</source>
        <translation>Баарын тандоо</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/menus.py" line="+51"/>
        <location filename="../../pressdesk/gui/plan/selection.py" line="+56"/>
        <source>Selected: {count}</source>
        <translation>Тандалды: {count}</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/selection.py" line="+2"/>
        <source>Click, Ctrl+click or Ctrl+A to select items</source>
        <translation>Материалдарды тандоо: чыкылдатуу, Ctrl+чыкылдатуу же Ctrl+A</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/page.py" line="+101"/>
        <source>Items: {count}</source>
        <translation>Материалдар: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published: {count}</source>
        <translation>жарыяланды: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>past their day unpublished: {count}</source>
        <translation>күнү өтүп, жарыялана элек: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for approval over {days} days: {count}</source>
        <translation>макулдашуу {days} күндөн ашык күтүлүүдө: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>filters are on</source>
        <translation>чыпкалар күйгүзүлгөн</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Repeating item</source>
        <translation>Кайталануучу материал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” repeats. Open only the occurrence of {date}, or the series?</source>
        <translation>«{title}» кайталанат. {date} күнкүсүн гана ачасызбы же бүт катарды?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This occurrence only</source>
        <translation>Ушул күнү гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole series</source>
        <translation>Бүт катар</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Copy the single items of {week} to the next week as drafts? Repeating items and cancelled ones are not copied.</source>
        <translation>{week}: жеке материалдар кийинки аптага долбоор катары көчүрүлсүнбү? Кайталануучу жана жокко чыгарылган материалдар көчүрүлбөйт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Көчүрүү</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Items copied: {count}. They are drafts in the week shown now.</source>
        <translation>Көчүрүлгөн материалдар: {count}. Алар азыр көрсөтүлгөн аптада долбоор катары турат.</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/plan/menus.py" line="-11"/>
        <source>New item on this day…</source>
        <translation>Бул күнгө жаңы материал…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick add on this day</source>
        <translation>Бул күнгө тез кошуу</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open…</source>
        <translation>Ачуу…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to the next day</source>
        <translation>Кийинки күнгө көчүрүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy to the next week</source>
        <translation>Кийинки аптага көчүрүү</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../pressdesk/gui/plan/selection.py" line="-54"/>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../pressdesk/gui/plan/undo.py" line="+60"/>
        <source>{action}: {count} items</source>
        <translation>{action}: {count} материал</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the week for approval ({count} items)</source>
        <translation>Аптаны макулдашууга жөнөтүү ({count} материал)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {count} items by {days} days</source>
        <translation>{count} материалды {days} күнгө жылдыруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy {count} items by {days} days</source>
        <translation>{count} материалды {days} күнгө жылдырып көчүрүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the responsible person of {count} items</source>
        <translation>{count} материалга жооптуу адамды дайындоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {count} items</source>
        <translation>{count} материалды өчүрүү</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{action}: “{title}”</source>
        <translation>{action}: «{title}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add “{title}”</source>
        <translation>«{title}» кошуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “{title}”</source>
        <translation>«{title}» түзөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{title}”</source>
        <translation>«{title}» жылдыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy “{title}”</source>
        <translation>«{title}» көчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”</source>
        <translation>«{title}» өчүрүү</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the week forward ({count} items)</source>
        <translation>Аптаны алдыга көчүрүү ({count} материал)</translation>
    </message>
</context>
<context>
    <name>QuickAddField</name>
    <message>
        <location filename="../../pressdesk/gui/plan/quick_add.py" line="+44"/>
        <source>New item on {date}: type a title, Enter</source>
        <translation>{date} күнгө жаңы материал: аталышын жазып, Enter басыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter adds a draft with the format, channels and responsible person of the last item added; Ctrl+Enter opens the full editor; Escape closes.</source>
        <translation>Enter акыркы кошулган материалдын форматы, каналдары жана жооптуусу менен долбоор кошот; Ctrl+Enter толук редакторду ачат; Escape жабат.</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <location filename="../../pressdesk/gui/plan/repeat.py" line="+77"/>
        <source>Does not repeat</source>
        <translation>Кайталанбайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Ар апта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Ар ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (iCalendar RRULE)</source>
        <translation>Өз эрежеси (iCalendar RRULE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeats:</source>
        <translation>Кайталоо:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every</source>
        <translation>Ар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>week(s), on:</source>
        <translation>аптада, күндөрү:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On day</source>
        <translation>Ар айдын</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of every month</source>
        <translation>-күнү</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never</source>
        <translation>Эч качан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ends:</source>
        <translation>Бүтөт:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates left out of the series:</source>
        <translation>Катардан алынып салынган күндөр:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave out</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put back</source>
        <translation>Кайтаруу</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../../pressdesk/gui/plan/actions.py" line="-228"/>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please fill this in.</source>
        <translation>Бул жерди толтуруңуз.</translation>
    </message>
</context>
<context>
    <name>TimesSpinBox</name>
    <message numerus="yes">
        <location filename="../../pressdesk/gui/plan/repeat.py" line="-110"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n жолу</numerusform>
            <numerusform>%n жолу</numerusform>
        </translation>
    </message>
</context>
</TS>
