<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>CrisisContactDialog</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/editors.py" line="+358"/>
        <source>Full name:</source>
        <translation>Аты-жөнү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефону:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who:</source>
        <translation>Ким:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Электрондук почтасы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact for instant notice</source>
        <translation>Шашылыш кабарлоо үчүн байланыш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
</context>
<context>
    <name>CrisisContactsModel</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/models.py" line="+123"/>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электрондук почта</translation>
    </message>
</context>
<context>
    <name>CrisisDocuments</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/documents.py" line="+63"/>
        <source>Anti-crisis plan</source>
        <translation>Кризиске каршы план</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Local documents</source>
        <translation>Жергиликтүү документтер</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
</context>
<context>
    <name>CrisisGroupModel</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/models.py" line="-28"/>
        <source>Role</source>
        <translation>Топтогу ролу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty in the group</source>
        <translation>Топтогу милдеттери</translation>
    </message>
</context>
<context>
    <name>CrisisInquiriesModel</name>
    <message>
        <location line="+41"/>
        <source>Received</source>
        <translation>Келип түштү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalist and outlet</source>
        <translation>Журналист жана ЖМК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Суроо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
</context>
<context>
    <name>CrisisLabels</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/labels.py" line="+11"/>
        <source>Head</source>
        <translation>Жетекчи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press service</source>
        <translation>Басма сөз кызматы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structural unit</source>
        <translation>Түзүмдүк бөлүм</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being prepared</source>
        <translation>Даярдалууда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for approval</source>
        <translation>Макулдашууда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned with comments</source>
        <translation>Пикирлер менен кайтарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Макулдашылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Жооп берилди</translation>
    </message>
</context>
<context>
    <name>CrisisMemberDialog</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/editors.py" line="-37"/>
        <source>Staff member:</source>
        <translation>Кызматкер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Ролу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty in the group:</source>
        <translation>Топтогу милдеттери:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working group member</source>
        <translation>Жумушчу топтун мүчөсү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
</context>
<context>
    <name>CrisisPeople</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/people.py" line="+44"/>
        <source>Working group</source>
        <translation>Жумушчу топ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Кошуу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+27"/>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+74"/>
        <source>Contacts for instant notice</source>
        <translation>Шашылыш кабарлоо үчүн байланыштар</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>From the contact base…</source>
        <translation>Байланыштар базасынан…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type in…</source>
        <translation>Колго жазуу…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <source>Crisis kit</source>
        <translation>Кризиске даярдык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {names} from the list?</source>
        <translation>{names} тизмеден алынып салынсынбы?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>CrisisPublicationsModel</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/models.py" line="+22"/>
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
        <source>Tone</source>
        <translation>Тональдуулугу</translation>
    </message>
</context>
<context>
    <name>CrisisScenarios</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/scenarios.py" line="+60"/>
        <source>Copy</source>
        <translation>Көчүрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the title and the text to paste them elsewhere</source>
        <translation>Башка жерге коюу үчүн аталышын жана текстин көчүрүү</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add…</source>
        <translation>Кошуу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Edit…</source>
        <translation>Түзөтүү…</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+34"/>
        <location line="+166"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Holding statements</source>
        <translation>Алдын ала даярдалган билдирүүлөр</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New…</source>
        <translation>Жаңы…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send for approval…</source>
        <translation>Макулдашууга жөнөтүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Макулдашуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return…</source>
        <translation>Кайтаруу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft…</source>
        <translation>Долбоорго кайтаруу…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History:</source>
        <translation>Тарыхы:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No scenario yet. Add the crises the body may face — an accident, an outbreak, a leak of documents — and write for each a holding statement the head approves in advance.</source>
        <translation>Сценарий али жок. Орган туш болушу мүмкүн болгон кризистерди — кырсыкты, оорунун чыгышын, документтердин ачыкка чыгып кетишин — кошуп, ар бири үчүн жетекчи алдын ала макулдаша турган билдирүү жазыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not chosen</source>
        <translation>тандалган жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides: {decides}
Speaks to the media: {speaker}</source>
        <translation>Чечим кабыл алат: {decides}
ЖМК алдында сүйлөйт: {speaker}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete the scenario</source>
        <translation>Сценарийди өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the scenario «{name}» and its {count} statements?</source>
        <translation>«{name}» сценарийи жана анын билдирүүлөрү ({count}) өчүрүлсүнбү?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Delete the statement</source>
        <translation>Билдирүүнү өчүрүү</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the statement «{name}» and its history?</source>
        <translation>«{name}» билдирүүсү жана анын тарыхы өчүрүлсүнбү?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The head has approved it: a new text will need approval again.</source>
        <translation>Аны жетекчи макулдашкан: жаңы текстти кайра макулдашуу керек болот.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Approval step</source>
        <translation>Макулдашуу кадамы</translation>
    </message>
</context>
<context>
    <name>CrisisSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/page.py" line="+44"/>
        <source>Crisis checklist…</source>
        <translation>Кризистеги иштердин тизмеси…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an event from the crisis checklist: the tasks of the first hour and the first day, dated from now</source>
        <translation>Кризистеги иштердин тизмесинен иш-чара түзүү: биринчи сааттын жана биринчи күндүн милдеттери азыркы убакыттан тартып мөөнөттөлөт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anti-crisis plan…</source>
        <translation>Кризиске каршы план…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan with the group, scenarios, approved statements and contacts</source>
        <translation>Жумушчу топ, сценарийлер, макулдашылган билдирүүлөр жана байланыштар камтылган план</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Local documents…</source>
        <translation>Жергиликтүү документтер…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regulation on the press service, the job description and the reglaments</source>
        <translation>Басма сөз кызматы жөнүндө жобо, кызматтык нускама жана регламенттер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenarios and statements</source>
        <translation>Сценарийлер жана билдирүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working group and contacts</source>
        <translation>Жумушчу топ жана байланыштар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis view</source>
        <translation>Кризис бир баракта</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+9"/>
        <source>Crisis checklist</source>
        <translation>Кризистеги иштердин тизмеси</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event «{title}» of {when} is in the Events section with {tasks} tasks of the checklist.</source>
        <translation>{when} күнкү «{title}» иш-чарасы иштердин тизмесиндеги {tasks} милдет менен «Иш-чаралар» бөлүмүндө турат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Events</source>
        <translation>«Иш-чаралар» бөлүмүн ачуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
</context>
<context>
    <name>CrisisView</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/view.py" line="+56"/>
        <source>Scenario:</source>
        <translation>Сценарий:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Башталышы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to:</source>
        <translation>аягы:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Holding statements: {count}, approved: {approved}</source>
        <translation>Алдын ала даярдалган билдирүүлөр: {count}, макулдашылганы: {approved}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Media inquiries received: {count}, answered: {answered}, overdue: {overdue}</source>
        <translation>ЖМКдан келген суроо-талаптар: {count}, жооп берилгени: {answered}, мөөнөтү өткөнү: {overdue}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Publications: {count}, negative: {negative} ({share} %), positive: {positive}</source>
        <translation>Жарыялоолор: {count}, терс: {negative} ({share} %), оң: {positive}</translation>
    </message>
</context>
<context>
    <name>OpenCrisisDialog</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/documents.py" line="+44"/>
        <source>An event of the kind «Crisis» is created with the tasks of the crisis checklist, each due a set time after the start.</source>
        <translation>«Кризистик кырдаал» түрүндөгү иш-чара кризистеги иштердин тизмесинин милдеттери менен түзүлөт; ар бир милдеттин мөөнөтү башталгандан тартып эсептелет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened:</source>
        <translation>Эмне болду:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Began:</source>
        <translation>Башталды:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis checklist</source>
        <translation>Кризистеги иштердин тизмеси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the event</source>
        <translation>Иш-чараны түзүү</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/editors.py" line="-257"/>
        <location line="+298"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location line="-288"/>
        <source>Crisis scenario</source>
        <translation>Кризистик сценарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New crisis scenario</source>
        <translation>Жаңы кризистик сценарий</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not chosen)</source>
        <translation>(тандалган жок)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+56"/>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>What happens</source>
        <translation>Эмне болот</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Who decides</source>
        <translation>Чечимди ким кабыл алат</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Who speaks to the media</source>
        <translation>ЖМК алдында ким сүйлөйт</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The actions of the first hour and the first day are the crisis checklist, the same for every scenario; the holding statements are written below the list.</source>
        <translation>Биринчи сааттагы жана биринчи күндөгү аракеттер бардык сценарийлер үчүн бирдей болгон кризистеги иштердин тизмесинде; алдын ала даярдалган билдирүүлөр тизменин жанында жазылат.</translation>
    </message>
</context>
<context>
    <name>ScenariosModel</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/models.py" line="-131"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides</source>
        <translation>Чечим кабыл алат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaks</source>
        <translation>Сүйлөйт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Даяр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved statements of all written</source>
        <translation>Жазылган билдирүүлөрдүн ичинен макулдашылганы</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/editors.py" line="+67"/>
        <source>Holding statement</source>
        <translation>Алдын ала даярдалган билдирүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New holding statement</source>
        <translation>Жаңы алдын ала даярдалган билдирүү</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+59"/>
        <source>Title:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>A change to an approved or sent statement makes it a draft that the head approves again.</source>
        <translation>Макулдашылган же макулдашууга жөнөтүлгөн билдирүү өзгөртүлсө, ал долбоорго айланат жана жетекчи аны кайра макулдашат.</translation>
    </message>
</context>
<context>
    <name>StatementStepDialog</name>
    <message>
        <location line="+68"/>
        <source>(the head)</source>
        <translation>(жетекчи)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who:</source>
        <translation>Ким:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the head asks to change (required)</source>
        <translation>Жетекчи эмнени өзгөртүүнү суранат (милдеттүү)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment:</source>
        <translation>Пикир:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send for approval</source>
        <translation>Макулдашууга жөнөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Кайтаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Макулдашуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Долбоорго кайтаруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval step</source>
        <translation>Макулдашуу кадамы</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <location filename="../../pressdesk/gui/crisis/models.py" line="+24"/>
        <source>Statement</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/crisis/editors.py" line="-42"/>
        <location filename="../../pressdesk/gui/crisis/models.py" line="+1"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../pressdesk/gui/crisis/models.py" line="+1"/>
        <source>Approved</source>
        <translation>Макулдашылды</translation>
    </message>
</context>
</TS>
