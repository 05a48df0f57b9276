<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/dialogs.py" line="+80"/>
        <source>Sent:</source>
        <translation>Жөнөтүлдү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Жөнөтүлгөн жолу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer:</source>
        <translation>Жооп:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Жыйынтыгы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal ground of the refusal:</source>
        <translation>Баш тартуунун укуктук негизи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirected to:</source>
        <translation>Кайсы жакка жөнөтүлдү:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer to inquiry {number}</source>
        <translation>{number} номерлүү суроо-талапка жооп</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/capture.py" line="+49"/>
        <source>Quick capture of an inquiry</source>
        <translation>Суроо-талапты тез каттоо</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the e-mail or message here, with its headers if there are any</source>
        <translation>Электрондук катты же билдирүүнү бул жерге коюңуз, баш саптары болсо алар менен кошо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the message</source>
        <translation>Билдирүүнү окуу</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Journalist:</source>
        <translation>Журналист:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Дареги:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet:</source>
        <translation>ЖМК:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel:</source>
        <translation>Келген жолу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question:</source>
        <translation>Суроо:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier messages:</source>
        <translation>Мурунку каттар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalist&apos;s deadline:</source>
        <translation>Журналист сураган мөөнөт:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Register the inquiry</source>
        <translation>Суроо-талапты каттоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Found in the contact base: {name}.</source>
        <translation>Байланыштар базасында табылды: {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender is not in the contact base; saving offers to add them.</source>
        <translation>Жөнөтүүчү байланыштар базасында жок; сактаганда аны кошуу сунушталат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sender found: choose the journalist or type a name.</source>
        <translation>Жөнөтүүчү табылган жок: журналистти тандаңыз же аты-жөнүн жазыңыз.</translation>
    </message>
</context>
<context>
    <name>InquiriesModel</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/model.py" line="+48"/>
        <source>Received</source>
        <translation>Келип түштү</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>From</source>
        <translation>Кимден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Суроо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Journalist&apos;s deadline</source>
        <translation>Журналисттин мөөнөтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal term</source>
        <translation>Мыйзамдагы мөөнөт</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Deadline</source>
        <translation>Мөөнөт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepares</source>
        <translation>Даярдайт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date the journalist asked the answer by</source>
        <translation>Журналист жоопту сураган күн</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day of the term the law sets for a written request</source>
        <translation>Жазуу жүзүндөгү суроо-талап үчүн мыйзам белгилеген мөөнөттүн акыркы күнү</translation>
    </message>
</context>
<context>
    <name>InquiriesSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/page.py" line="+53"/>
        <source>Needs attention</source>
        <extracomment>The views of the list, the first one shown when the section opens.</extracomment>
        <translation>Көңүл бурууну талап кылат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All open</source>
        <translation>Бардык ачыктары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Жооп берилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All inquiries</source>
        <translation>Бардык суроо-талаптар</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search by sender, outlet, question…</source>
        <translation>Жөнөтүүчү, ЖМК, суроо боюнча издөө…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No media inquiries yet</source>
        <translation>ЖМКнын суроо-талаптары азырынча жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register each question a journalist asks by phone, mail or letter: the list then shows first what is overdue or due soon, by the journalist&apos;s deadline and the legal term of a written request.</source>
        <translation>Журналист телефон, электрондук почта же кат аркылуу берген ар бир суроону каттаңыз: тизме журналист сураган мөөнөт жана жазуу жүзүндөгү суроо-талаптын мыйзамдагы мөөнөтү боюнча мөөнөтү өткөндөрдү жана жакындагандарды биринчи көрсөтөт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Register an inquiry…</source>
        <translation>Суроо-талапты &amp;каттоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste a message…</source>
        <translation>&amp;Билдирүүнү коюу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the inquiry</source>
        <translation>Суроо-талапты өчүрүү</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>All kinds</source>
        <extracomment>The count of overdue inquiries may have changed (the window&apos;s badge reads it again).</extracomment>
        <translation>Бардык түрлөрү</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Inquiries shown: {count} · overdue: {overdue} · due today: {today} · due within two days: {soon}</source>
        <translation>Көрсөтүлгөн суроо-талаптар: {count} · мөөнөтү өткөн: {overdue} · мөөнөтү бүгүн: {today} · эки күндүн ичинде: {soon}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste a message…</source>
        <translation>Билдирүүнү коюу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register an inquiry from a pasted e-mail or messenger message</source>
        <translation>Коюлган электрондук каттан же мессенждердеги билдирүүдөн суроо-талапты каттоо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer…</source>
        <translation>Жооп…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the answer sent and its outcome</source>
        <translation>Жөнөтүлгөн жоопту жана анын жыйынтыгын жазуу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request note…</source>
        <translation>Кызматтык кат…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note asking a unit for the material, as PDF or Word</source>
        <translation>Бөлүмдөн материал сураган кызматтык кат (.pdf же .docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report on inquiries for a month, quarter, half-year or year</source>
        <translation>Ай, чейрек, жарым жыл же жыл боюнча суроо-талаптар тууралуу отчёт</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Inquiry {number}: approval step</source>
        <translation>{number} номерлүү суроо-талап: макулдашуу кадамы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approval step</source>
        <translation>Макулдашуу кадамы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answer to inquiry {number}</source>
        <translation>{number} номерлүү суроо-талапка жооп</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+105"/>
        <source>Register inquiry {number}</source>
        <translation>{number} номерлүү суроо-талапты каттоо</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Request note to a unit</source>
        <translation>Бөлүмгө кызматтык кат</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <source>Report on media inquiries</source>
        <translation>ЖМКнын суроо-талаптары боюнча отчёт</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete inquiry {number} from {sender} with its trail?</source>
        <translation>{sender} жиберген {number} номерлүү суроо-талап анын жүрүшү менен кошо өчүрүлсүнбү?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit inquiry {number}</source>
        <translation>{number} номерлүү суроо-талапты өзгөртүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete inquiry {number}</source>
        <translation>{number} номерлүү суроо-талапты өчүрүү</translation>
    </message>
</context>
<context>
    <name>InquiryEditor</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/editor.py" line="+122"/>
        <source>Journalist not in the contact base</source>
        <translation>Журналист байланыштар базасында жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» is not in the contact base. Add the journalist, so that the next inquiry from the same address finds them?</source>
        <translation>«{name}» байланыштар базасында жок. Ошол эле даректен келген кийинки суроо-талап аны тапсын үчүн журналистти кошосузбу?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to the base</source>
        <translation>Базага кошуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the name only</source>
        <translation>Аты-жөнүн гана калтыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A contact, or a name</source>
        <translation>Байланыш же аты-жөнү</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Inquiry {number}</source>
        <translation>{number} номерлүү суроо-талап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New inquiry</source>
        <translation>Жаңы суроо-талап</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Written request (law on access to information)</source>
        <translation>Жазуу жүзүндөгү суроо-талап (маалыматка жетүү мыйзамы)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+235"/>
        <source>Incoming number</source>
        <translation>Кирүүчү номери</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>E-mail or phone as received</source>
        <translation>Келгендей электрондук почта же телефон</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Inquiry</source>
        <translation>Суроо-талап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Даярдоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trail</source>
        <translation>Жүрүшү</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+150"/>
        <source>Received</source>
        <translation>Келип түштү</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+150"/>
        <source>Channel</source>
        <translation>Келген жолу</translation>
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
        <translation>Дареги</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Outlet</source>
        <translation>ЖМК</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Question</source>
        <translation>Суроо</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Earlier messages</source>
        <translation>Мурунку каттар</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Journalist&apos;s deadline</source>
        <translation>Журналист сураган мөөнөт</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Legal term</source>
        <translation>Мыйзамдагы мөөнөт</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+139"/>
        <source>Unit that prepares</source>
        <translation>Даярдаган бөлүм</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Staff member</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Draft answer</source>
        <translation>Жооптун долбоору</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Status:</source>
        <translation>Абалы:</translation>
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
        <translation>Жөнөтүлгөн жооп:</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>None: only a written request has a legal term</source>
        <translation>Жок: мыйзамдагы мөөнөт жазуу жүзүндөгү суроо-талапка гана коюлат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{date} (counted from the day received)</source>
        <translation>{date} (келип түшкөн күндөн тартып эсептелет)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
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
        <translation>Электрондук почта</translation>
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
        <translation>Жеке келип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Кат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written request</source>
        <translation>Жазуу жүзүндөгү суроо-талап</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Маек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data, figures</source>
        <translation>Маалыматтар, сандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filming</source>
        <translation>Тасмага тартуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for information</source>
        <translation>Маалымат алуу боюнча суроо-талап</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the unit</source>
        <translation>Бөлүмдө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for approval</source>
        <translation>Макулдашууга жөнөтүлдү</translation>
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
    <message>
        <location line="+4"/>
        <source>Back to new</source>
        <extracomment>The buttons that move an inquiry to a status.</extracomment>
        <translation>Жаңыга кайтаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give to the unit</source>
        <translation>Бөлүмгө тапшыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for approval</source>
        <translation>Макулдашууга жөнөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return with comments</source>
        <translation>Пикирлер менен кайтаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Макулдашуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered in full</source>
        <translation>Толук жооп берилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered in part</source>
        <translation>Жарым-жартылай жооп берилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Баш тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirected</source>
        <translation>Башка жакка жөнөтүлдү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered</source>
        <translation>Катталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Өзгөртүлдү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer sent</source>
        <translation>Жооп жөнөтүлдү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <extracomment>Where a row stands against its deadline.</extracomment>
        <translation>Мөөнөтү өттү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Мөөнөтү бүгүн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Мөөнөтү жакын</translation>
    </message>
</context>
<context>
    <name>InquiryPanel</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/panel.py" line="+64"/>
        <location line="+68"/>
        <source>Record the answer…</source>
        <translation>Жоопту жазуу…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Trail:</source>
        <translation>Жүрүшү:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an inquiry to see its question and trail.</source>
        <translation>Суроосун жана жүрүшүн көрүү үчүн суроо-талапты тандаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sender not named</source>
        <translation>Жөнөтүүчү көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. {number} · {kind} · {sender}{outlet}</source>
        <translation>№ {number} · {kind} · {sender}{outlet}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received {when} by {channel}</source>
        <translation>Келип түштү: {when}, жолу: {channel}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>incoming No. {number}</source>
        <translation>кирүүчү № {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journalist&apos;s deadline: {date}</source>
        <translation>Журналист сураган мөөнөт: {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal term: {date}</source>
        <translation>Мыйзамдагы мөөнөт: {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status: {status}</source>
        <translation>Абалы: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prepares: {unit}</source>
        <translation>даярдайт: {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head&apos;s comment: {comment}</source>
        <translation>Жетекчинин пикири: {comment}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the answer…</source>
        <translation>Жоопту өзгөртүү…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answer sent {when} by {channel}: {outcome}</source>
        <translation>Жооп жөнөтүлдү: {when}, жолу: {channel}; жыйынтыгы: {outcome}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../pressdesk/gui/inquiries/dialogs.py" line="+40"/>
        <source>Unit:</source>
        <translation>Бөлүм:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material needed by:</source>
        <translation>Материал керек болгон мөөнөт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request note to a unit</source>
        <translation>Бөлүмгө кызматтык кат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next…</source>
        <translation>Андан ары…</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location line="-83"/>
        <source>Step:</source>
        <translation>Кадам:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who:</source>
        <translation>Ким:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment (required):</source>
        <translation>Пикир (милдеттүү):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment:</source>
        <translation>Пикир:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the step</source>
        <translation>Кадамды жазуу</translation>
    </message>
</context>
</TS>
