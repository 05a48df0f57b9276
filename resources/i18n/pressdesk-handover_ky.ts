<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>ActPreview</name>
    <message>
        <location filename="../../pressdesk/gui/handover/preview.py" line="+139"/>
        <source>&amp;Pages</source>
        <extracomment>The zoom changed; the percentage is shown beside the buttons.</extracomment>
        <translation>&amp;Барактар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The act as printed, page by page</source>
        <translation>Акт басылып чыккандай, барак-барагы менен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The act as running text, wrapped to the pane</source>
        <translation>Акт панелдин туурасына жайгашкан текст катары</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom out</source>
        <translation>Кичирейтүү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom in</source>
        <translation>Чоңойтуу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Кеңдиги боюнча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the pane&apos;s width</source>
        <translation>Баракты панелдин туурасына батыруу</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Pages: {count}</source>
        <translation>Барактар: {count}</translation>
    </message>
</context>
<context>
    <name>ActsModel</name>
    <message>
        <location filename="../../pressdesk/gui/handover/acts.py" line="+34"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Өткөрүп берүүчү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Кабыл алуучу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>Ордуна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismissal</source>
        <translation>Кызматтан бошотуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiring</source>
        <translation>Ишке кабыл алуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary replacement</source>
        <translation>Убактылуу алмаштыруу</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../pressdesk/gui/handover/wizard.py" line="+576"/>
        <source>No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install DejaVu Sans or choose a TrueType font under Settings → Preferences, or use DOCX only.</source>
        <translation>PDF үчүн ң, ө жана ү тамгалары бар шрифт табылган жок. DejaVu Sans шрифтин орнотуңуз же Жөндөөлөр → Параметрлер бөлүмүнөн TrueType шрифтин тандаңыз, же DOCX гана колдонуңуз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be written. Check that the folder exists, that you may write there, that the disk has free space and that the file is not open in another program.</source>
        <translation>Файл жазылган жок. Папка бар экенин, ага жазууга укугуңуз бар экенин, дискте бош орун бар экенин жана файл башка программада ачык эмес экенин текшериңиз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document could not be made.</source>
        <translation>Документ түзүлгөн жок.</translation>
    </message>
</context>
<context>
    <name>HandoverSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/handover/page.py" line="+35"/>
        <source>New act</source>
        <extracomment>Open the staff list: the act&apos;s parties are chosen from it.</extracomment>
        <translation>Жаңы акт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued acts</source>
        <translation>Берилген актылар</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is recorded to hand over yet</source>
        <translation>Өткөрүп бере турган эч нерсе азырынча катталган эмес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act lists the equipment, accounts, archive, media base, plans and events kept in PressDesk, and the staff who hand over and take over. Fill those sections first, or write the act by hand now.</source>
        <translation>Актыга PressDeskте сакталган жабдуулар, аккаунттар, архив, ЖМК базасы, пландар жана иш-чаралар, ошондой эле өткөрүп берүүчү жана кабыл алуучу кызматкерлер киргизилет. Адегенде ошол бөлүмдөрдү толтуруңуз же актыны азыр кол менен жазыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add the staff…</source>
        <translation>Кызматкерлерди &amp;кошуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the act by hand</source>
        <translation>Актыны кол менен &amp;жазуу</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <location filename="../../pressdesk/gui/handover/wizard.py" line="-466"/>
        <source>1. Parties and direction</source>
        <translation>1. Тараптар жана себеби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. What is handed over</source>
        <translation>2. Эмне өткөрүлүп берилет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Duties and remarks</source>
        <translation>3. Милдеттер жана эскертүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Issue</source>
        <translation>4. Актыны берүү</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt; Back</source>
        <translation>&lt; Артка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next &gt;</source>
        <translation>Кийинки &gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again from the data</source>
        <translation>Маалыматтардан кайра түзүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read equipment, accounts, archives and contacts again</source>
        <translation>Жабдууларды, аккаунттарды, архивдерди жана байланыштарды кайра окуу</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Duties actually performed and ongoing affairs, one per line:</source>
        <translation>Иш жүзүндө аткарылган милдеттер жана учурдагы иштер, ар бир саптан бирден:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remarks of the receiving party, one per line:</source>
        <translation>Кабыл алуучу тараптын эскертүүлөрү, ар бир саптан бирден:</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>List the stored passwords to hand over in person</source>
        <translation>Сакталган сырсөздөрдү жеке өткөрүп берүү үчүн тизмелөө</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The act names the accounts whose password or recovery codes are stored on this computer, never the secrets themselves</source>
        <translation>Актыда сырсөзү же калыбына келтирүү коддору ушул компьютерде сакталган аккаунттар гана аталат, сырсөздөрдүн өзү жазылбайт</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whatever is left empty here is printed as lines to fill in by hand when the act is signed; nothing is stated that nobody has checked.</source>
        <translation>Бул жерде бош калгандар актыга кол коюлганда кол менен толтурулуучу саптар болуп басылат; эч ким текшербеген нерсе жазылбайт.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Service ID card:</source>
        <translation>Кызматтык күбөлүк:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the act leaves “handed in / not handed in” to mark by hand</source>
        <translation>Бош калса, актыда «тапшырылды / тапшырылган жок» кол менен белгилөөгө калат</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The act lists {count} account(s): {names}.</source>
        <translation>Актыда {count} аккаунт саналат: {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password or recovery code is stored for any account; the act says so.</source>
        <translation>Бир дагы аккаунттун сырсөзү же калыбына келтирүү коддору сакталган эмес; актыда ушул жазылат.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Nothing to issue</source>
        <translation>Бере турган эч нерсе жок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose DOCX, PDF or both.</source>
        <translation>DOCX, PDF же экөөнү тең тандаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parties missing</source>
        <translation>Тараптар көрсөтүлгөн жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the outgoing and the incoming person on the first step.</source>
        <translation>Биринчи кадамда өткөрүп берүүчүнү жана кабыл алуучуну көрсөтүңүз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>handover-act-{number}</source>
        <translation>акт-{number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the act</source>
        <translation>Актыны сактоо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents (*.docx *.pdf)</source>
        <translation>Документтер (*.docx *.pdf)</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+18"/>
        <source>Issuing the act…</source>
        <translation>Акт берилүүдө…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Issue the act</source>
        <translation>Актыны берүү</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting the media contact base…</source>
        <translation>ЖМК байланыш базасы экспорттолууда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the DOCX file…</source>
        <translation>DOCX файлы жазылууда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the PDF file…</source>
        <translation>PDF файлы жазылууда…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Act issued</source>
        <translation>Акт берилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act № {number} is issued and recorded:
{files}</source>
        <translation>№ {number} акт берилди жана катталды:
{files}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the folder</source>
        <translation>Папканы ачуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Act not issued</source>
        <translation>Акт берилген жок</translation>
    </message>
</context>
<context>
    <name>IssueOptions</name>
    <message>
        <location filename="../../pressdesk/gui/handover/issue_options.py" line="+34"/>
        <source>An issued act cannot be changed: it is recorded with its content and the fingerprints of its files. To fix a mistake, issue a correction that replaces it.</source>
        <translation>Берилген актыны өзгөртүүгө болбойт: ал мазмуну жана файлдарынын санариптик изи менен сакталат. Катаны оңдоо үчүн анын ордуна түзөтүүчү акт бериңиз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text document (.docx)</source>
        <translation>Текст документи (.docx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>PDF документи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table as text (.csv)</source>
        <translation>Текст түрүндөгү таблица (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (.xlsx)</source>
        <translation>Электрондук таблица (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not attach</source>
        <translation>Тиркебөө</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attached media contact base:</source>
        <translation>Тиркелүүчү ЖМК байланыш базасы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other files attached to the act (each becomes a numbered annex):</source>
        <translation>Актыга тиркелүүчү башка файлдар (ар бири номерленген тиркеме болот):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach a file…</source>
        <translation>Файл тиркөө…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the file</source>
        <translation>Файлды алып салуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue the act…</source>
        <translation>Актыны берүү…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Attach a file to the act</source>
        <translation>Актыга файл тиркөө</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
</context>
<context>
    <name>IssuedActsPanel</name>
    <message>
        <location filename="../../pressdesk/gui/handover/acts.py" line="+45"/>
        <source>Re-print…</source>
        <translation>Кайра басып чыгаруу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the act&apos;s file again and check it is identical to the one issued</source>
        <translation>Актынын файлын кайра түзүп, берилгени менен бирдей экенин текшерүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue a correction…</source>
        <translation>Түзөтүүчү акт берүү…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No act has been issued yet.</source>
        <translation>Азырынча бир да акт берилген жок.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>handover-act-{number}-copy</source>
        <translation>акт-{number}-көчүрмө</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-print the act</source>
        <translation>Актыны кайра басып чыгаруу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents (*.docx *.pdf)</source>
        <translation>Документтер (*.docx *.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>Act re-printed</source>
        <translation>Акт кайра басылып чыкты</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The copy is saved:
{path}
This format was not issued, so there is no fingerprint to compare it with.</source>
        <translation>Көчүрмө сакталды:
{path}
Бул формат берилген эмес, ошондуктан салыштыра турган санариптик из жок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy is saved and is identical to the issued file:
{path}</source>
        <translation>Көчүрмө сакталды жана берилген файл менен бирдей:
{path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy differs from the issued act</source>
        <translation>Көчүрмө берилген актыдан айырмаланат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy is saved, but its fingerprint differs from the issued file. The fonts or the program&apos;s wording changed since the act was issued; treat the issued copy as the original:
{path}</source>
        <translation>Көчүрмө сакталды, бирок анын санариптик изи берилген файлдыкынан айырмаланат. Акт берилгенден бери шрифт же программанын тексттери өзгөргөн; берилген нусканы түп нуска катары эсептеңиз:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued act: SHA-256 {issued}
This copy: SHA-256 {copy}</source>
        <translation>Берилген акт: SHA-256 {issued}
Бул нуска: SHA-256 {copy}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Act not re-printed</source>
        <translation>Акт кайра басылган жок</translation>
    </message>
</context>
<context>
    <name>PartiesForm</name>
    <message>
        <location filename="../../pressdesk/gui/handover/parties.py" line="+51"/>
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
        <source>Dismissal: the outgoing person hands over</source>
        <translation>Кызматтан бошотуу: кетүүчү кызматкер өткөрүп берет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiring: the incoming person confirms receipt</source>
        <translation>Ишке кабыл алуу: жаңы кызматкер алганын ырастайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary replacement: an acting person</source>
        <translation>Убактылуу алмаштыруу: милдетин аткаруучу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taken from the organisation profile; can be changed here</source>
        <translation>Уюмдун профилинен алынат; бул жерде өзгөртүүгө болот</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name, post</source>
        <translation>Аты-жөнү, кызматы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, post — one member per line</source>
        <translation>Аты-жөнү, кызматы — ар бир мүчө өзүнчө сапта</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan items sent or approved and events of this many days go into the act</source>
        <translation>Ушунча күндүн ичиндеги макулдашууга жөнөтүлгөн жана макулдашылган материалдар жана иш-чаралар актыга кирет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the act “For official use”</source>
        <translation>Актыга «Кызматтык пайдалануу үчүн» грифин коюу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the act:</source>
        <translation>Актынын тили:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction:</source>
        <translation>Себеби:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act number:</source>
        <translation>Актынын номери:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Күнү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Өтүүчү жери:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing person:</source>
        <translation>Өткөрүп берүүчү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Post:</source>
        <translation>Кызмат орду:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Incoming or acting person:</source>
        <translation>Кабыл алуучу же милдетин аткаруучу:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission chair:</source>
        <translation>Комиссиянын төрагасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission members:</source>
        <translation>Комиссиянын мүчөлөрү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (post):</source>
        <translation>Бекитүүчүнүн кызмат орду:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (name):</source>
        <translation>Бекитүүчүнүн аты-жөнү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number:</source>
        <translation>Буйруктун номери:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date:</source>
        <translation>Буйруктун күнү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans and events ahead:</source>
        <translation>Алдыдагы пландар жана иш-чаралар:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This act replaces act № {number} of {date}.</source>
        <translation>Бул акт {date} № {number} актынын ордуна түзүлөт.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../pressdesk/gui/handover/lines.py" line="+40"/>
        <source>The clause that opens the section</source>
        <translation>Бөлүмдү ачкан пункт</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clauses that close the section, one per line</source>
        <translation>Бөлүмдү жапкан пункттар, ар бир саптан бирден</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a line</source>
        <translation>Сап кошуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the line</source>
        <translation>Сапты өчүрүү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening clause:</source>
        <translation>Баштапкы пункт:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing clauses, one per line:</source>
        <translation>Жыйынтыктоочу пункттар, ар бир саптан бирден:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
</context>
</TS>
