<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/editor.py" line="+54"/>
        <source>For example: the ministry&apos;s page</source>
        <translation>Мисалы: министрликтин барагы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The employee who owns the account</source>
        <translation>Аккаунттун ээси болгон кызматкер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: code by SMS to the work phone</source>
        <translation>Мисалы: жумушчу телефонго SMS аркылуу код</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: the safe, envelope 1</source>
        <translation>Мисалы: сейф, №1 конверт</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No protected password store</source>
        <translation>Корголгон сыр сөз сактагычы жок</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stored; type a new one to replace it</source>
        <translation>Сакталган; алмаштыруу үчүн жаңысын жазыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored</source>
        <translation>Сакталган эмес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored; type new ones to replace them</source>
        <translation>Сакталган; алмаштыруу үчүн жаңыларын жазыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codes separated by spaces</source>
        <translation>Боштук менен бөлүнгөн коддор</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The password and the codes are kept only in the system&apos;s protected store ({store}), never in the database, a backup or an export.</source>
        <translation>Сыр сөз жана коддор системанын корголгон сактагычында ({store}) гана сакталат; алар эч качан маалымат базасына, камдык көчүрмөгө же экспортко түшпөйт.</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The account has been deleted.</source>
        <translation>Бул аккаунт өчүрүлгөн.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>New account</source>
        <translation>Жаңы аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>The system password store ({store}) did not carry out the request, so nothing was changed. Try again; if it keeps failing, the details below help the administrator.</source>
        <translation>Системанын сырсөз сактагычы ({store}) сурамды аткарган жок, ошондуктан эч нерсе өзгөргөн жок. Кайра аракет кылыңыз; ката кайталанса, төмөнкү маалымат администраторго жардам берет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No protected password store is available on this computer ({store}). PressDesk does not keep passwords in plain files. On Windows the system&apos;s Credential Manager is used; on Linux install and unlock GNOME Keyring or KWallet, then start PressDesk again.</source>
        <translation>Бул компьютерде корголгон сыр сөз сактагычы жок ({store}). PressDesk сыр сөздөрдү жөнөкөй файлдарда сактабайт. Windows системасында эсептик маалыматтар менеджери колдонулат; Linux системасында GNOME Keyring же KWallet орнотуп, кулпусун ачып, PressDesk программасын кайра ачыңыз.</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/model.py" line="+20"/>
        <source>Website (content management)</source>
        <translation>Сайт (мазмунду башкаруу)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail</source>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain, hosting</source>
        <translation>Домен, хостинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Official</source>
        <translation>Расмий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>Жеке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Кызмат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ээси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose account</source>
        <translation>Кимдин аккаунту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who has access</source>
        <translation>Кирүү мүмкүнчүлүгү барлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-step sign-in</source>
        <translation>Эки баскычтуу кирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where recovery codes are kept</source>
        <translation>Калыбына келтирүү коддору кайда сакталат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Сыр сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery codes</source>
        <translation>Калыбына келтирүү коддору</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <location line="+19"/>
        <source>Service</source>
        <extracomment>The service&apos;s name in the interface language (brand names stay as they are). The owner type&apos;s name in the interface language. Every field&apos;s label, for naming fields in a refusal.</extracomment>
        <translation>Кызмат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ээси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who has access</source>
        <translation>Кирүү мүмкүнчүлүгү барлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-step sign-in</source>
        <translation>Эки баскычтуу кирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Сыр сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>Коддор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the password is kept in the protected store</source>
        <translation>Сыр сөз корголгон сактагычта сакталганбы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether recovery codes are kept in the protected store</source>
        <translation>Калыбына келтирүү коддору корголгон сактагычта сакталганбы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A personal account of {name}: it leaves with the person unless it is handed over or replaced by an official one.</source>
        <translation>{name} деген кызматкердин жеке аккаунту: ал өткөрүп берилбесе же расмий аккаунт менен алмаштырылбаса, ээси менен кошо кетет.</translation>
    </message>
</context>
<context>
    <name>AccountsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/page.py" line="+73"/>
        <source>Search by service, name, login, person…</source>
        <extracomment>How long a copied secret may stay on the clipboard, in milliseconds.</extracomment>
        <translation>Кызмат, аталыш, логин, адам боюнча издөө…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Official and personal</source>
        <translation>Расмий жана жеке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official only</source>
        <translation>Расмийлер гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal only</source>
        <translation>Жекелер гана</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Show password…</source>
        <translation>Сыр сөздү көрсөтүү…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy password</source>
        <translation>Сыр сөздү көчүрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is removed from the clipboard after {seconds} seconds</source>
        <translation>Сыр сөз {seconds} секунддан кийин алмашуу буферинен өчүрүлөт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery codes…</source>
        <translation>Калыбына келтирүү коддору…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove password</source>
        <translation>Сыр сөздү өчүрүү</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The register without passwords or codes</source>
        <translation>Сыр сөздөрсүз жана коддорсуз реестр</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No accounts registered yet</source>
        <translation>Азырынча бир да аккаунт катталган эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the official website, social network pages, messengers, mail boxes and domains, and who can sign in to each. Passwords and recovery codes go to the system&apos;s password store, never into the database.</source>
        <translation>Расмий веб-сайтты, социалдык тармактардагы баракчаларды, мессенджерлерди, электрондук почта кутуларын жана домендерди, ошондой эле аларга ким кире аларын тизмеге киргизиңиз. Сырсөздөр жана калыбына келтирүү коддору маалымат базасында эмес, системанын сырсөз сактагычында гана сакталат.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add an account…</source>
        <translation>Аккаунт &amp;кошуу…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Accounts: {count}</source>
        <translation>Аккаунттар: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>personal accounts: {count} — hand them over or replace them with official ones</source>
        <translation>жеке аккаунттар: {count} — аларды өткөрүп бериңиз же расмий аккаунттар менен алмаштырыңыз</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Delete the account</source>
        <translation>Аккаунтту өчүрүү</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Delete «{name}» from the register? Its password and codes are removed from the protected store too. The account itself on the service is not affected.</source>
        <translation>«{name}» реестрден өчүрүлсүнбү? Анын сыр сөзү жана коддору корголгон сактагычтан да өчүрүлөт. Кызматтагы аккаунттун өзүнө эч нерсе болбойт.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Not deleted</source>
        <translation>Өчүрүлгөн жок</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <location line="+81"/>
        <source>Password store</source>
        <translation>Сыр сөз сактагычы</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>The protected store on this computer holds nothing for this account. It may have been saved on another computer; enter it again.</source>
        <translation>Бул компьютердин корголгон сактагычында бул аккаунт үчүн эч нерсе жок. Балким, ал башка компьютерде сакталгандыр; кайра жазыңыз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password</source>
        <translation>Сыр сөз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery codes</source>
        <translation>Калыбына келтирүү коддору</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied. It will be removed from the clipboard in {seconds} seconds.</source>
        <translation>Көчүрүлдү. Ал {seconds} секунддан кийин алмашуу буферинен өчүрүлөт.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The copied secret was removed from the clipboard.</source>
        <translation>Көчүрүлгөн сыр сөз алмашуу буферинен өчүрүлдү.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the password</source>
        <translation>Сыр сөздү өчүрүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the stored password of «{name}»? Make sure it is written down where your organisation keeps passwords, or that it has been changed.</source>
        <translation>«{name}» аккаунтунун сакталган сыр сөзү өчүрүлсүнбү? Ал мекемеңизде сыр сөздөр сакталган жерге жазылганын же алмаштырылганын текшериңиз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark «For official use» (XLSX, DOCX and PDF)</source>
        <translation>«Кызматтык пайдалануу үчүн» грифин коюу (XLSX, DOCX жана PDF)</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Export the accounts register</source>
        <translation>Аккаунттар реестрин экспорттоо</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/editor.py" line="+27"/>
        <source>Make sure nobody else can see the screen.</source>
        <translation>Экранды сизден башка эч ким көрбөй турганын текшериңиз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Көчүрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
</TS>
