<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
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
        <translation>ЖМК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Байланыштар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Typed in by hand or no longer in the contact base</source>
        <translation>Кол менен жазылган же байланыш базасында жок</translation>
    </message>
</context>
<context>
    <name>CalendarStrip</name>
    <message>
        <location filename="../../pressdesk/gui/events/strip.py" line="+42"/>
        <source>Previous week</source>
        <translation>Мурунку апта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next week</source>
        <translation>Кийинки апта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n иш-чара</numerusform>
            <numerusform>%n иш-чара</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <location filename="../../pressdesk/gui/events/detail.py" line="+96"/>
        <source>Edit…</source>
        <extracomment>The page&apos;s undo of event changes (None: the changes are not recorded).</extracomment>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invite media…</source>
        <translation>ЖМКны чакыруу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export card…</source>
        <translation>Карточканы сактоо…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in sheet…</source>
        <translation>Каттоо барагы…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advisory…</source>
        <translation>Пресс-анонс…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose an event in the list, or create a new one.</source>
        <translation>Тизмеден иш-чараны тандаңыз же жаңысын түзүңүз.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add task…</source>
        <translation>Иш кошуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change task…</source>
        <translation>Ишти өзгөртүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Delete task</source>
        <translation>Ишти өчүрүү</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>This is a protocol event, closed to the media: it has no accreditation list and no invitations. Clear the protocol mark in the event if journalists are admitted.</source>
        <translation>Бул протоколдук иш-чара, ЖМК үчүн жабык: анын аккредитация тизмеси да, чакыруулары да жок. Журналисттер киргизилсе, иш-чарадагы протоколдук белгини алып салыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add from contacts…</source>
        <translation>Байланыштардан кошуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a journalist…</source>
        <translation>Журналист кошуу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set</source>
        <translation>Коюу</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+280"/>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Place</source>
        <translation>Өтүүчү жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Спикерлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Уюштуруучулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key messages</source>
        <translation>Негизги билдирүүлөр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content plan</source>
        <translation>Контент-план</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protocol</source>
        <translation>Протоколдук</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed to the media</source>
        <translation>ЖМК үчүн жабык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checklist {done}/{total}</source>
        <translation>Иштердин тизмеси {done}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue: {count}</source>
        <translation>мөөнөтү өттү: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accreditation ({count})</source>
        <translation>Аккредитация ({count})</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Tick off “{task}”</source>
        <translation>«{task}» аткарылды деп белгилөө</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open “{task}” again</source>
        <translation>«{task}» ишин кайра ачуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task not changed</source>
        <translation>Иш өзгөртүлгөн жок</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New task</source>
        <translation>Жаңы иш</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Task not saved</source>
        <translation>Иш сакталган жок</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Add a task to “{title}”</source>
        <translation>«{title}» иш-чарасына иш кошуу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Task</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the task “{task}”</source>
        <translation>«{task}» ишин түзөтүү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the task “{text}” from the checklist?</source>
        <translation>«{text}» ишин тизмеден өчүрөсүзбү?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Remove {name} from the accreditation list</source>
        <translation>Аккредитация тизмесинен алып салуу: {name}</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Keep</source>
        <translation>Калтыруу</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Task not deleted</source>
        <translation>Иш өчүрүлгөн жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the task “{task}”</source>
        <translation>«{task}» ишин өчүрүү</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add journalists from the contacts</source>
        <translation>Байланыштардан журналисттерди кошуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Not added</source>
        <translation>Кошулган жок</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Add to the accreditation list of “{title}”</source>
        <translation>«{title}» аккредитация тизмесине кошуу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the accreditation of {name}</source>
        <translation>Аккредитацияны түзөтүү: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status not changed</source>
        <translation>Абалы өзгөртүлгөн жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accreditation status of {name}</source>
        <translation>Аккредитациянын абалы: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove from the list</source>
        <translation>Тизмеден алып салуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from the accreditation list?</source>
        <translation>{name} аккредитация тизмесинен алынып салынсынбы?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not removed</source>
        <translation>Алынып салынган жок</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../pressdesk/gui/events/editor.py" line="+84"/>
        <location line="+14"/>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>New event</source>
        <translation>Жаңы иш-чара</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speakers and messages</source>
        <translation>Спикерлер жана негизги билдирүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan and notes</source>
        <translation>План жана эскертүүлөр</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+183"/>
        <source>Type:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+182"/>
        <source>Title:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+169"/>
        <location line="+1"/>
        <source>Starts – ends:</source>
        <translation>Башталышы – аягы:</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+169"/>
        <source>Place:</source>
        <translation>Өтүүчү жери:</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Topic:</source>
        <translation>Темасы:</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Protocol event, closed to the media</source>
        <translation>Протоколдук иш-чара, ЖМК үчүн жабык</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One per line</source>
        <translation>Ар бири өз сабында</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <source>Organisers:</source>
        <translation>Уюштуруучулар:</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+152"/>
        <source>Speakers:</source>
        <translation>Спикерлер:</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>Key messages:</source>
        <translation>Негизги билдирүүлөр:</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Content-plan items two weeks around the event:</source>
        <translation>Иш-чарага чейинки жана андан кийинки эки аптадагы контент-пландын материалдары:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+142"/>
        <source>Notes:</source>
        <translation>Эскертүүлөр:</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>No content-plan items in these weeks.</source>
        <translation>Бул апталарда контент-планда материал жок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This type has no checklist template</source>
        <translation>Бул түрдүн иштер тизмесинин үлгүсү жок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the default checklist ({count} tasks)</source>
        <translation>Демейки иштер тизмесин колдонуу ({count} иш)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The event needs a title.</source>
        <translation>Иш-чаранын аталышы керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event ends ({end}) before it starts ({start}); check the end.</source>
        <translation>Иш-чара башталганга чейин ({start}) бүтүп калат ({end}); аягын текшериңиз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event lasts more than {days} days; check the dates.</source>
        <translation>Иш-чара {days} күндөн ашык созулат; даталарды текшериңиз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <location line="+13"/>
        <source>Event not saved</source>
        <translation>Иш-чара сакталган жок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadlines moved</source>
        <translation>Мөөнөттөр жылды</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open deadline(s) of the checklist moved with the event.</source>
        <translation>
            <numerusform>Иш-чара менен бирге тизмедеги аткарыла элек %n иштин мөөнөтү жылды.</numerusform>
            <numerusform>Иш-чара менен бирге тизмедеги аткарыла элек %n иштин мөөнөтү жылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/export.py" line="+48"/>
        <source>Export the event card</source>
        <translation>Иш-чаранын карточкасын сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sign-in sheet</source>
        <translation>Каттоо барагын басып чыгаруу</translation>
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
        <translation>Макул</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
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
        <translation>Маек</translation>
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
        <translation>Тегерек стол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s business trip</source>
        <translation>Жетекчинин иш сапары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live broadcast</source>
        <translation>Түз эфир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training for media</source>
        <translation>ЖМК үчүн тренинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception day</source>
        <translation>Кабыл алуу күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis</source>
        <translation>Кризистик кырдаал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal event</source>
        <translation>Ички иш-чара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other event</source>
        <translation>Башка иш-чара</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before</source>
        <translation>Иш-чарага чейин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During</source>
        <translation>Иш-чара учурунда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Иш-чарадан кийин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Аткарыла элек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Мөөнөтү өттү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested</source>
        <translation>Өтүнмө берилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accredited</source>
        <translation>Аккредитацияланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Баш тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Катышты</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../pressdesk/gui/events/models.py" line="-200"/>
        <source>Tasks done of all; in brackets, how many are overdue</source>
        <translation>Аткарылган иштер / бардык иштер; кашаанын ичинде — мөөнөтү өткөндөрү</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Иштер</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>overdue: {count}</source>
        <translation>мөөнөтү өттү: {count}</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+22"/>
        <source>Protocol event, closed to the media</source>
        <translation>Протоколдук иш-чара, ЖМК үчүн жабык</translation>
    </message>
</context>
<context>
    <name>EventsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/events/page.py" line="+67"/>
        <source>New event…</source>
        <translation>Жаңы иш-чара…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New event</source>
        <translation>Жаңы иш-чара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist templates…</source>
        <translation>Иштер тизмесинин үлгүлөрү…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All types</source>
        <translation>Бардык түрлөрү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upcoming</source>
        <translation>Алдыдагылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Өткөндөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>Бардык даталар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title, place, speakers in Kyrgyz or Russian</source>
        <translation>Аталышы, жери, спикерлер боюнча кыргызча же орусча издөө</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Events</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Ушул апта</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No events yet</source>
        <translation>Азырынча иш-чаралар жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a press conference, briefing, press tour or round table: its checklist for before, during and after is made from a template, and the accreditation list and the media advisory are printed from it.</source>
        <translation>Пресс-конференция, брифинг, пресс-тур же тегерек стол кошуңуз: анын чейин, учурунда жана андан кийинки иштердин тизмеси үлгүдөн түзүлөт, аккредитация тизмеси жана ЖМКга маалымдама ошондон басылып чыгат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add an event…</source>
        <translation>Иш-чара &amp;кошуу…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Events of {day}; click the day again to see all.</source>
        <translation>{day} күнкү иш-чаралар; баарын көрүү үчүн күндү кайра басыңыз.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add “{title}”</source>
        <translation>«{title}» кошуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit “{title}”</source>
        <translation>«{title}» түзөтүү</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete “{title}” with its checklist and accreditation list? The deletion can be undone (Ctrl+Z).</source>
        <translation>«{title}» иш-чарасы иштер тизмеси жана аккредитация тизмеси менен кошо өчүрүлсүнбү? Өчүрүүнү Ctrl+Z менен кайтарууга болот.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete “{title}” with its checklist and accreditation list?</source>
        <translation>«{title}» иш-чарасы иштер тизмеси жана аккредитация тизмеси менен кошо өчүрүлсүнбү?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the event</source>
        <translation>Иш-чараны өчүрүү</translation>
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
    <message>
        <location line="+5"/>
        <source>Delete “{title}”</source>
        <translation>«{title}» өчүрүү</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invite the media</source>
        <translation>ЖМКны чакыруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” is a protocol event, closed to the media, so no advisory is sent and nobody is accredited. Clear the protocol mark in the event if journalists are admitted.</source>
        <translation>«{title}» — протоколдук иш-чара, ЖМК үчүн жабык: пресс-анонс жөнөтүлбөйт жана эч ким аккредитацияланбайт. Журналисттер киргизилсе, иш-чарадагы протоколдук белгини алып салыңыз.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/invite.py" line="+61"/>
        <location line="+87"/>
        <source>Invite the media</source>
        <translation>ЖМКны чакыруу</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Contact lists</source>
        <translation>Байланыш тизмелери</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({count} people)</source>
        <translation>{name} ({count} адам)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add people…</source>
        <translation>Адамдарды кошуу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear people</source>
        <translation>Адамдарды тазалоо</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advisory language:</source>
        <translation>Пресс-анонстун тили:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>PDF документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation>Word документи (DOCX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisory format:</source>
        <translation>Пресс-анонстун форматы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note the invitation in each person&apos;s contact log</source>
        <translation>Чакырууну ар бир адамдын байланыш журналына жазуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the advisory and the list…</source>
        <translation>Пресс-анонсту жана тизмени сактоо…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add people to invite</source>
        <translation>Чакыруу үчүн адамдарды кошуу</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>People added one by one: %n</source>
        <translation>
            <numerusform>Бирден кошулган адамдар: %n</numerusform>
            <numerusform>Бирден кошулган адамдар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Recipients: %n</source>
        <translation>
            <numerusform>Алуучулар: %n</numerusform>
            <numerusform>Алуучулар: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state media: {state}, private media: {private}</source>
        <translation>мамлекеттик ЖМК: {state}, жеке ЖМК: {private}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>left out as “do not contact”: %n</source>
        <translation>
            <numerusform>«байланышпоо» деп белгиленгендер чыгарылды: %n</numerusform>
            <numerusform>«байланышпоо» деп белгиленгендер чыгарылды: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>without e-mail: %n</source>
        <translation>
            <numerusform>электрондук почтасы жок: %n</numerusform>
            <numerusform>электрондук почтасы жок: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only state media are invited. Equal access is a principle of the press service: add private and independent outlets.</source>
        <translation>Мамлекеттик ЖМК гана чакырылды. Бирдей мүмкүнчүлүк — басма сөз кызматынын принциби: жеке жана көз карандысыз ЖМКларды кошуңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only private media are invited. Equal access is a principle of the press service: add state outlets.</source>
        <translation>Жеке ЖМК гана чакырылды. Бирдей мүмкүнчүлүк — басма сөз кызматынын принциби: мамлекеттик ЖМКларды кошуңуз.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Word документтери (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the media advisory</source>
        <translation>Пресс-анонсту сактоо</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the list of recipients for mail merge</source>
        <translation>Жөнөтүү үчүн алуучулардын тизмесин сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV таблицалар (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The advisory and the list of %n recipient(s) are saved:</source>
        <translation>
            <numerusform>Пресс-анонс жана %n алуучунун тизмеси сакталды:</numerusform>
            <numerusform>Пресс-анонс жана %n алуучунун тизмеси сакталды:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The invitation is noted in %n contact log(s).</source>
        <translation>
            <numerusform>Чакыруу %n байланыш журналына жазылды.</numerusform>
            <numerusform>Чакыруу %n байланыш журналына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the folder</source>
        <translation>Папканы ачуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
</context>
<context>
    <name>JournalistDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/forms.py" line="+72"/>
        <source>Journalist on the accreditation list</source>
        <translation>Аккредитация тизмесиндеги журналист</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Full name:</source>
        <translation>Аты-жөнү:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlet:</source>
        <translation>ЖМК:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position:</source>
        <translation>Кызматы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>Электрондук почта:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An accreditation line needs the journalist&apos;s name.</source>
        <translation>Аккредитация тизмесинде журналисттин аты-жөнү болушу керек.</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location line="+18"/>
        <source>Search by name, outlet or topic</source>
        <translation>Аты, ЖМК же тема боюнча издөө</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>Тандалды: %n</numerusform>
            <numerusform>Тандалды: %n</numerusform>
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
        <translation>Мөөнөтү:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task:</source>
        <translation>Иш:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible:</source>
        <translation>Жооптуу:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The task needs a text in Kyrgyz or Russian.</source>
        <translation>Иштин тексти кыргызча же орусча болушу керек.</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <location filename="../../pressdesk/gui/events/models.py" line="+31"/>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Done on {date}</source>
        <translation>Аткарылган күнү: {date}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../pressdesk/gui/events/templates.py" line="+57"/>
        <source>Checklist templates</source>
        <translation>Иштер тизмесинин үлгүлөрү</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Event type:</source>
        <translation>Иш-чаранын түрү:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name in Kyrgyz</source>
        <translation>Кыргызча аталышы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in Russian</source>
        <translation>Орусча аталышы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template name:</source>
        <translation>Үлгүнүн аталышы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up window after the event:</source>
        <translation>Иш-чарадан кийинки мөөнөт:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task in Kyrgyz</source>
        <translation>Иш кыргызча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task in Russian</source>
        <translation>Иш орусча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Days count from the first day of the event (negative: before it); lines “after” count from its last day.</source>
        <translation>Күндөр иш-чаранын биринчи күнүнөн эсептелет (терс сан — андан мурун); «кийин» саптары анын акыркы күнүнөн эсептелет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add line</source>
        <translation>Сап кошуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove line</source>
        <translation>Сапты өчүрүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Өйдө жылдыруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Ылдый жылдыруу</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deadlines for an event on:</source>
        <translation>Иш-чара төмөнкү күнү болсо, мөөнөттөр:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the template</source>
        <translation>Үлгүнү сактоо</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Save the changes to this template first?</source>
        <translation>Адегенде бул үлгүдөгү өзгөртүүлөр сакталсынбы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Таштоо</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The template needs a name in Kyrgyz or Russian.</source>
        <translation>Үлгүнүн аталышы кыргызча же орусча болушу керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {number}</source>
        <translation>{number}-сап</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{line}: the line needs a text in Kyrgyz or Russian.</source>
        <translation>{line}: саптын тексти кыргызча же орусча болушу керек.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: a line before the event cannot be due after it starts; use 0 or a negative number of days, or move the line to “during” or “after”.</source>
        <translation>{line}: иш-чарага чейинки саптын мөөнөтү ал башталгандан кийин боло албайт; 0 же терс сан коюңуз, же сапты «учурунда» же «кийин» этабына которуңуз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{line}: a line during or after the event cannot be due before it; use 0 or a positive number of days, or move the line to “before”.</source>
        <translation>{line}: иш-чара учурундагы же андан кийинки саптын мөөнөтү андан мурун боло албайт; 0 же оң сан коюңуз, же сапты «чейин» этабына которуңуз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{line}: due {days} days after the event, beyond the follow-up window of {window} days; shorten the deadline or widen the window.</source>
        <translation>{line}: мөөнөтү иш-чарадан {days} күн кийин, бул үлгүнүн {window} күндүк мөөнөтүнөн ашат; мөөнөттү кыскартыңыз же үлгүнүн мөөнөтүн узартыңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Template not saved</source>
        <translation>Үлгү сакталган жок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The template is saved. New events of this type get its lines; existing events keep their checklists.</source>
        <translation>Үлгү сакталды. Бул түрдөгү жаңы иш-чаралар анын саптарын алат; мурунку иш-чаралардын тизмелери өзгөрбөйт.</translation>
    </message>
</context>
<context>
    <name>WeekOverview</name>
    <message>
        <location filename="../../pressdesk/gui/events/week.py" line="+51"/>
        <source>Previous week</source>
        <extracomment>The page&apos;s undo of event changes (None: the changes are not recorded).</extracomment>
        <translation>Мурунку апта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next week</source>
        <translation>Кийинки апта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week</source>
        <translation>Ушул апта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only open tasks</source>
        <translation>Аткарыла электер гана</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Week {number}: {first} – {last}</source>
        <translation>{number}-апта: {first} – {last}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tasks: {total}, done: {done}, overdue: {overdue}</source>
        <translation>Иштер: {total}, аткарылды: {done}, мөөнөтү өттү: {overdue}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tick off “{task}”</source>
        <translation>«{task}» аткарылды деп белгилөө</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open “{task}” again</source>
        <translation>«{task}» ишин кайра ачуу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task not changed</source>
        <translation>Иш өзгөртүлгөн жок</translation>
    </message>
</context>
</TS>
