<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../pressdesk/gui/welcome/demo.py" line="+67"/>
        <location line="+21"/>
        <source>The demo was not opened</source>
        <extracomment>Set once the welcome was finished or skipped; Help → Welcome shows it again.</extracomment>
        <translation>Демо ачылган жок</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The demo folder cannot be created: {folder}</source>
        <translation>Демо папкасын түзүүгө мүмкүн эмес: {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The invented data could not be written into the demo database. Check that the disk has free space, then try again.</source>
        <translation>Ойдон чыгарылган маалыматтарды демонун базасына жазуу мүмкүн болгон жок. Дискте бош орун бар экенин текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filling the demo with invented data…</source>
        <translation>Демо ойдон чыгарылган маалыматтар менен толтурулууда…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening the demo</source>
        <translation>Демо ачылууда</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../pressdesk/gui/welcome/page.py" line="+68"/>
        <source>Welcome to PressDesk</source>
        <extracomment>The user is done here (finished or skipped): show the sections. Open the demo in its own database. Something was saved (profile, staff, contacts): pages built before must reload.</extracomment>
        <translation>PressDesk&apos;ке кош келиңиз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Four short steps set up the press service. Every step can be skipped and done later: the profile and staff under Settings, the import in Contacts. This page opens again from the Help menu.</source>
        <translation>Төрт кыска кадам басма сөз кызматын иштөөгө даярдайт. Ар бир кадамды өткөрүп жиберип, кийин аткарса болот: профиль жана кызматкерлер — Жөндөөлөрдө, импорт — Байланыштарда. Бул барак Жардам менюсунан кайра ачылат.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The staff</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The media base</source>
        <translation>ЖМК базасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look around in the demo</source>
        <translation>Демону карап чыгуу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the organisation in both languages, its head and city.</source>
        <translation>Уюмдун аталышын эки тилде, жетекчисин жана шаарын жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They head every document PressDesk writes: the plan for approval, the accreditation list, the handover act. The logo goes on their title.</source>
        <translation>Алар PressDesk түзгөн ар бир документтин башында турат: бекитүүгө план, аккредитация тизмеси, иштерди өткөрүп берүү актысы. Логотип алардын башкы бетине коюлат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the people of the press service and those who sign.</source>
        <translation>Басма сөз кызматынын кызматкерлерин жана кол коюучуларды кошуңуз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff are the authors and those responsible in the plan, the holders of equipment and the parties of the handover act. Add yourself first.</source>
        <translation>Кызматкерлер — пландагы авторлор жана жооптуулар, жабдууларды кармоочулар жана өткөрүп берүү актысынын тараптары. Адегенде өзүңүздү кошуңуз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Skip, go to the sections</source>
        <translation>&amp;Өткөрүп жиберүү, бөлүмдөргө өтүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help → Welcome opens this page again</source>
        <translation>Жардам → Кош келиңиз бул баракты кайра ачат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артка</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+118"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Кийинки &gt;</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Bring in the journalists and outlets you already have.</source>
        <translation>Колуңуздагы журналисттерди жана ЖМКларды киргизиңиз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PressDesk reads the files other programs write. Choose the file in the import, check how its columns are read, and import; nothing is imported before you confirm.</source>
        <translation>PressDesk башка программалар жазган файлдарды окуйт. Импорттоодо файлды тандаңыз, тилкелери кандай окулганын текшериңиз жана импорттоңуз; сиз ырастамайынча эч нерсе импорттолбойт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Excel&lt;/b&gt;: a table saved as .xlsx or .csv, one person a row</source>
        <translation>&lt;b&gt;Excel&lt;/b&gt;: .xlsx же .csv катары сакталган таблица, бир сапта бир адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Google Contacts&lt;/b&gt;: Export → Google CSV, or vCard</source>
        <translation>&lt;b&gt;Google Контакттар&lt;/b&gt;: Экспорт → Google CSV же vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Outlook&lt;/b&gt;: File → Open &amp; Export → Export to a CSV file</source>
        <translation>&lt;b&gt;Outlook&lt;/b&gt;: Файл → Ачуу жана экспорттоо → CSV файлына экспорттоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A phone&lt;/b&gt;: share or export the contacts as a vCard (.vcf) file</source>
        <translation>&lt;b&gt;Телефон&lt;/b&gt;: байланыштарды vCard (.vcf) файлы катары бөлүшүңүз же экспорттоңуз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Файлдан импорттоо…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>See PressDesk at work on invented data.</source>
        <translation>PressDesk&apos;тин ойдон чыгарылган маалыматтар менен иштешин көрүңүз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo opens in a database of its own, in a separate folder: a ministry with its staff, media base, plan, events, equipment and archive. Your own database stays as it is. The window title says DEMO while it is open; Help → Leave the demo returns to your database.</source>
        <translation>Демо өзүнчө папкадагы өз маалымат базасында ачылат: кызматкерлери, ЖМК базасы, планы, иш-чаралары, жабдуулары жана архиви бар министрлик. Сиздин маалымат базаңыз өзгөрбөйт. Демо ачык турганда терезенин аталышында ДЕМО деп жазылат; Жардам → Демодон чыгуу сиздин базаңызга кайтарат.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Демону ачуу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People in the media base now: {count}</source>
        <translation>ЖМК базасында азыр адамдар: {count}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Finish</source>
        <translation>&amp;Бүтүрүү</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile was not saved</source>
        <translation>Профиль сакталган жок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please correct the following and save again:</source>
        <translation>Төмөнкүлөрдү оңдоп, кайра сактаңыз:</translation>
    </message>
</context>
</TS>
