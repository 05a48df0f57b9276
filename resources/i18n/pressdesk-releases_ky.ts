<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../pressdesk/gui/releases/editor.py" line="+546"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../pressdesk/gui/releases/page.py" line="+312"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>ReleaseChannelsDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/dialogs.py" line="+216"/>
        <source>Release {number}: texts for channels</source>
        <translation>{number} пресс-релиз: каналдар үчүн тексттер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language:</source>
        <translation>Тили:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The release is not approved yet: publish these texts only after approval.</source>
        <translation>Пресс-релиз азырынча макулдашыла элек: бул тексттерди макулдашылгандан кийин гана жарыялаңыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy</source>
        <translation>Көчүрүү</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{length} characters, no limit</source>
        <translation>{length} белги, чеги жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{length} of {limit} characters</source>
        <translation>{limit} белгиден {length}</translation>
    </message>
</context>
<context>
    <name>ReleaseDiffDialog</name>
    <message>
        <location line="-162"/>
        <source>Release {number}: changes between versions</source>
        <translation>{number} пресс-релиз: версиялардын ортосундагы өзгөрүүлөр</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>v{number} (being written)</source>
        <translation>v{number} (даярдалууда)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From:</source>
        <translation>Мурунку:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Кийинки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Тили:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The texts are the same.</source>
        <translation>Тексттер бирдей.</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <location filename="../../pressdesk/gui/releases/editor.py" line="-450"/>
        <source>staff</source>
        <extracomment>The languages side by side, Kyrgyz at the left as in the official documents.</extracomment>
        <translation>кызматкер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A staff member, a contact, or a name</source>
        <translation>Кызматкер, байланыш же аты-жөнү</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+221"/>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Speaker:</source>
        <translation>Ким айтты:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Press release {number}</source>
        <translation>{number} пресс-релиз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New press release</source>
        <translation>Жаңы пресс-релиз</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save as a new version</source>
        <translation>Жаңы версия катары сактоо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This release is {status} as version {version}. Saving a change makes version {next}, a draft that needs the head&apos;s approval again; the approved text is kept.</source>
        <translation>Пресс-релиздин {version}-версиясы: {status}. Өзгөртүүнү сактоо {next}-версияны түзөт, ал долбоор болуп, жетекчи менен кайра макулдашууну талап кылат; макулдашылган текст сакталып калат.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+361"/>
        <source>Quotes</source>
        <translation>Цитаталар</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Links and files</source>
        <translation>Шилтемелер жана файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and plan</source>
        <translation>Байланыш жана план</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Fill from the template</source>
        <translation>Үлгүдөн толтуруу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the starting text of the chosen kind in both languages; square brackets mark what to fill in</source>
        <translation>Тандалган түрдүн баштапкы текстин эки тилде коюу; төрт бурчтуу кашаалар толтурула турган жерлерди көрсөтөт</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+288"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="-285"/>
        <location line="+287"/>
        <source>Embargo until</source>
        <translation>Эмбарго мөөнөтү</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+275"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>Title:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+243"/>
        <source>Lead:</source>
        <translation>Лид:</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+243"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Add a quote</source>
        <translation>Цитата кошуу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One web address a line: https://…</source>
        <translation>Ар бир сапка бир веб-дарек: https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+202"/>
        <source>Links:</source>
        <translation>Шилтемелер:</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Add files…</source>
        <translation>Файл кошуу…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+186"/>
        <source>Photos and files:</source>
        <translation>Сүрөттөр жана файлдар:</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>The press secretary (profile)</source>
        <translation>Басма сөз катчысы (профилден)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+174"/>
        <source>Contact for the media:</source>
        <translation>ЖМК үчүн байланыш:</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+4"/>
        <source>Not linked</source>
        <translation>Байланышкан эмес</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+172"/>
        <source>Content plan item:</source>
        <translation>Контент-пландын пункту:</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+170"/>
        <source>Event:</source>
        <translation>Иш-чара:</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Attach a file</source>
        <translation>Файл тиркөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx);;All files (*)</source>
        <translation>Сүрөттөр жана документтер (*.jpg *.jpeg *.png *.pdf *.docx);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace the title, lead and text with the template?</source>
        <translation>Аталышты, лидди жана текстти үлгү менен алмаштырасызбы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Алмаштыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Characters: {chars} · words: {words}</source>
        <translation>Белгилер: {chars} · сөздөр: {words}</translation>
    </message>
</context>
<context>
    <name>ReleaseExportDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/dialogs.py" line="+118"/>
        <source>Export the press release</source>
        <translation>Пресс-релизди экспорттоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the approval sheet</source>
        <translation>Макулдашуу баракчасын экспорттоо</translation>
    </message>
</context>
<context>
    <name>ReleaseLabels</name>
    <message>
        <location filename="../../pressdesk/gui/releases/labels.py" line="+11"/>
        <source>Press release</source>
        <translation>Пресс-релиз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information message</source>
        <translation>Маалыматтык билдирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media advisory</source>
        <translation>ЖМК үчүн анонс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Расмий билдирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact sheet</source>
        <translation>Маалымкат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Sent for approval</source>
        <translation>Макулдашууга жөнөтүлдү</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Returned with comments</source>
        <translation>Пикирлер менен кайтарылды</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Approved</source>
        <translation>Макулдашылды</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Sent out</source>
        <translation>Таратылды</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Created</source>
        <extracomment>What a step of the history says happened, by its kind or the status it reached.</extracomment>
        <translation>Түзүлдү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text changed</source>
        <translation>Текст өзгөртүлдү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to draft</source>
        <translation>Долбоорго кайтарылды</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
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
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <location filename="../../pressdesk/gui/releases/detail.py" line="+35"/>
        <source>Send for approval…</source>
        <translation>Макулдашууга жөнөтүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return with comments…</source>
        <translation>Пикирлер менен кайтаруу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Макулдашуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft…</source>
        <translation>Долбоорго кайтаруу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent out…</source>
        <translation>Таратылды деп белгилөө…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>When</source>
        <extracomment>A recipient in doubt was decided: its id, and True if the message counts as sent.</extracomment>
        <translation>Качан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Кадам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare versions…</source>
        <translation>Версияларды салыштыруу…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History</source>
        <translation>Тарых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Алуучулар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage</source>
        <translation>Чагылдыруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved versions:</source>
        <translation>Макулдашылган версиялар:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave</source>
        <translation>Толкун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark as sent</source>
        <translation>Жөнөтүлдү деп белгилөө</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again</source>
        <translation>Кайра жөнөтүү</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No coverage linked yet</source>
        <translation>Байланышкан чагылдыруу азырынча жок</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a release to see its approval and versions.</source>
        <translation>Макулдашуусун жана версияларын көрүү үчүн пресс-релизди тандаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status}, version {version}</source>
        <translation>{status}, {version}-версия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comments: {text}</source>
        <translation>Пикирлер: {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>v{number} · approved {when} · {who}</source>
        <translation>v{number} · макулдашылды {when} · {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None approved yet</source>
        <translation>Азырынча макулдашылганы жок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first</source>
        <translation>биринчи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>калгандары</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>written as .eml</source>
        <translation>.eml катары жазылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>жөнөтүлдү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>четке кагылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in doubt</source>
        <translation>белгисиз</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>waiting</source>
        <translation>күтүүдө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>өткөрүлүп жиберилди</translation>
    </message>
</context>
<context>
    <name>ReleaseStepDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/dialogs.py" line="-234"/>
        <source>Release {number}: {old} → {new}</source>
        <translation>{number} пресс-релиз: {old} → {new}</translation>
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
        <location line="+3"/>
        <source>The text is kept as version {version}; a later change makes a new version that needs approval again.</source>
        <translation>Текст {version}-версия катары сакталат; кийинки өзгөртүү жаңы версияны түзөт, ал кайра макулдашууну талап кылат.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+1"/>
        <source>Mark as sent out</source>
        <translation>Таратылды деп белгилөө</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval step</source>
        <translation>Макулдашуу кадамы</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <location filename="../../pressdesk/gui/releases/model.py" line="+24"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embargo until</source>
        <translation>Эмбарго мөөнөтү</translation>
    </message>
</context>
<context>
    <name>ReleasesSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/releases/page.py" line="-252"/>
        <source>Search in the titles…</source>
        <translation>Аталыштардан издөө…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No press releases yet</source>
        <translation>Азырынча пресс-релиздер жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a release in Kyrgyz and Russian side by side, starting from the template of its kind; send it to the head for approval and print it on the letterhead.</source>
        <translation>Пресс-релизди кыргыз жана орус тилдеринде катар жазыңыз, анын түрүнүн үлгүсүнөн баштаңыз; жетекчи менен макулдашууга жөнөтүп, бланкка басып чыгарыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Write a release…</source>
        <translation>Пресс-релиз &amp;жазуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the release</source>
        <translation>Пресс-релизди өчүрүү</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All statuses</source>
        <translation>Бардык абалдар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>Бардык түрлөрү</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Releases shown: {count} · awaiting approval: {waiting}</source>
        <translation>Көрсөтүлдү: {count} · макулдашууну күтүүдө: {waiting}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Channel texts…</source>
        <translation>Каналдар үчүн тексттер…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short texts for the website, Facebook, Instagram and Telegram</source>
        <translation>Веб-сайт, Facebook, Instagram жана Telegram үчүн кыска тексттер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send…</source>
        <translation>Жөнөтүү…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the release to the media by e-mail, one message per recipient</source>
        <translation>Пресс-релизди ЖМКларга электрондук почта аркылуу жөнөтүү, ар бир алуучуга өзүнчө кат</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The release on the letterhead as PDF or Word, in Kyrgyz or Russian</source>
        <translation>Бланктагы пресс-релиз (.pdf же .docx), кыргыз же орус тилинде</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval sheet…</source>
        <translation>Макулдашуу баракчасы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The approval sheet for the head&apos;s signature, as PDF or Word</source>
        <translation>Жетекчинин колу үчүн макулдашуу баракчасы (.pdf же .docx)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recipients</source>
        <translation>Алуучулар</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Approval step</source>
        <translation>Макулдашуу кадамы</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete release {number} «{title}»? The releases after it in the year take the numbers one lower.</source>
        <translation>{number} «{title}» пресс-релизин өчүрөсүзбү? Ушул жылдагы андан кийинки пресс-релиздердин номерлери бирге азаят.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write release {number}</source>
        <translation>{number} пресс-релизди жазуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit release {number}</source>
        <translation>{number} пресс-релизди түзөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete release {number}</source>
        <translation>{number} пресс-релизди өчүрүү</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../pressdesk/gui/releases/send_dialog.py" line="+77"/>
        <source>Send release {number}</source>
        <translation>{number} пресс-релизин жөнөтүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All media</source>
        <translation>Бардык ЖМК</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Both waves: the first, then the rest after the delay</source>
        <translation>Эки толкун: адегенде биринчиси, күтүүдөн кийин калгандары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first wave only</source>
        <translation>Биринчи толкун гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest now</source>
        <translation>Калгандарын азыр</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> мүн.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Эмне болот</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send through the mail server, one message each</source>
        <translation>Почта сервери аркылуу жөнөтүү, ар бирине өзүнчө кат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one .eml file per recipient into a folder</source>
        <translation>Ар бир алуучуга бирден .eml файлын папкага жазуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one .eml with all addresses in BCC (nothing is recorded)</source>
        <translation>Бардык даректер BCC талаасында болгон бир .eml жазуу (эч нерсе катталбайт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the mail program with a mailto: link (at most {limit})</source>
        <translation>Почта программасын mailto: шилтемеси менен ачуу ({limit} дарекке чейин)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mail server: {server}</source>
        <translation>Почта сервери: {server}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mail server is set up: the messages can be written for your mail program.</source>
        <translation>Почта сервери жөндөлгөн эмес: каттарды почта программаңыз үчүн файлга жазууга болот.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To:</source>
        <translation>Кимге:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave:</source>
        <translation>Толкун:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest after:</source>
        <translation>Калгандарына чейинки тыныгуу:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Жөнөтүү</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>To send: {send} · skipped: {skipped} · already have it: {already} · in doubt: {doubt}</source>
        <translation>Жөнөтүлөт: {send} · өткөрүлүп жиберилет: {skipped} · мурун алгандар: {already} · белгисиз: {doubt}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance: {state} state, {private} private, {unknown} without an outlet</source>
        <translation>Тең салмак: мамлекеттик ЖМК — {state}, жеке ЖМК — {private}, ЖМКсы көрсөтүлбөгөн — {unknown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only state media would get it: equal access asks for both.</source>
        <translation>Мамлекеттик ЖМК гана алат: бирдей мүмкүнчүлүк үчүн жеке ЖМК да керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only private media would get it: equal access asks for both.</source>
        <translation>Жеке ЖМК гана алат: бирдей мүмкүнчүлүк үчүн мамлекеттик ЖМК да керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} messages of an interrupted mailing wait to go.</source>
        <translation>Үзгүлтүккө учураган таратуунун {count} каты жөнөтүлүүнү күтүүдө.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This release is not approved.</source>
        <translation>Бул пресс-релиз макулдашылган эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>will get it</source>
        <translation>алат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already has it</source>
        <translation>мурун алган</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+165"/>
        <source>in doubt</source>
        <translation>белгисиз</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>{count} of the chosen people already have release {number}. Send it only to the {new} new ones?</source>
        <translation>Тандалгандардын {count} адамы {number} пресс-релизин мурун алган. Аны {new} жаңы алуучуга гана жөнөтөсүзбү?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Release {number} is not approved. Send it anyway? That is recorded in its history.</source>
        <translation>{number} пресс-релизи макулдашылган эмес. Баары бир жөнөтөсүзбү? Бул анын тарыхына жазылат.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Folder for the .eml files</source>
        <translation>.eml файлдары үчүн папка</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sending… Each message is recorded as it goes.</source>
        <translation>Жөнөтүлүүдө… Ар бир кат жөнөтүлгөн сайын катталат.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sending stopped. What went out is recorded.</source>
        <translation>Жөнөтүү токтоду. Жөнөтүлгөндөрү катталды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sent</source>
        <translation>жөнөтүлдү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: {reply}</source>
        <translation>четке кагылды: {reply}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent: {sent} · refused: {refused} · skipped: {skipped} · in doubt: {doubt}</source>
        <translation>Жөнөтүлдү: {sent} · четке кагылды: {refused} · өткөрүлүп жиберилди: {skipped} · белгисиз: {doubt}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} messages of the rest wave wait: send them with «The rest now».</source>
        <translation>Калган толкундун {count} каты күтүүдө: аларды «Калгандарын азыр» аркылуу жөнөтүңүз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message in doubt may or may not have arrived; decide on it in the release&apos;s Recipients tab.</source>
        <translation>Белгисиз кат жеткен же жетпеген болушу мүмкүн; ал боюнча чечимди пресс-релиздин «Алуучулар» өтмөгүндө кабыл алыңыз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the message</source>
        <translation>Катты сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail message (*.eml)</source>
        <translation>Электрондук кат (*.eml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Written: {files}</source>
        <translation>Жазылды: {files}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A mailing of this release is unfinished: {count} messages still wait. Send them now? Nobody gets the message twice.</source>
        <translation>Бул пресс-релизди таратуу аягына чыга элек: {count} кат дагы эле күтүүдө. Аларды азыр жөнөтөсүзбү? Эч ким катты эки жолу албайт.</translation>
    </message>
</context>
</TS>
