<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/editor.py" line="+54"/>
        <source>For example: the ministry&apos;s page</source>
        <translation>Например: страница министерства</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The employee who owns the account</source>
        <translation>Сотрудник, которому принадлежит аккаунт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: code by SMS to the work phone</source>
        <translation>Например: код по SMS на рабочий телефон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: the safe, envelope 1</source>
        <translation>Например: сейф, конверт № 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No protected password store</source>
        <translation>Нет защищённого хранилища паролей</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stored; type a new one to replace it</source>
        <translation>Сохранён; введите новый, чтобы заменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored</source>
        <translation>Не сохранён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored; type new ones to replace them</source>
        <translation>Сохранены; введите новые, чтобы заменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codes separated by spaces</source>
        <translation>Коды через пробел</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The password and the codes are kept only in the system&apos;s protected store ({store}), never in the database, a backup or an export.</source>
        <translation>Пароль и коды хранятся только в защищённом хранилище системы ({store}) и никогда не попадают в базу данных, резервную копию или экспорт.</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The account has been deleted.</source>
        <translation>Этот аккаунт удалён.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>New account</source>
        <translation>Новый аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>The system password store ({store}) did not carry out the request, so nothing was changed. Try again; if it keeps failing, the details below help the administrator.</source>
        <translation>Системное хранилище паролей ({store}) не выполнило запрос, поэтому ничего не изменено. Повторите попытку; если ошибка повторяется, сведения ниже помогут администратору.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No protected password store is available on this computer ({store}). PressDesk does not keep passwords in plain files. On Windows the system&apos;s Credential Manager is used; on Linux install and unlock GNOME Keyring or KWallet, then start PressDesk again.</source>
        <translation>На этом компьютере нет защищённого хранилища паролей ({store}). PressDesk не хранит пароли в обычных файлах. В Windows используется диспетчер учётных данных; в Linux установите и разблокируйте GNOME Keyring или KWallet, затем перезапустите PressDesk.</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/model.py" line="+20"/>
        <source>Website (content management)</source>
        <translation>Сайт (управление содержимым)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain, hosting</source>
        <translation>Домен, хостинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Official</source>
        <translation>Официальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>Личный</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose account</source>
        <translation>Чей аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who has access</source>
        <translation>У кого есть доступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-step sign-in</source>
        <translation>Двухэтапный вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where recovery codes are kept</source>
        <translation>Где хранятся коды восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery codes</source>
        <translation>Коды восстановления</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <location line="+19"/>
        <source>Service</source>
        <extracomment>The service&apos;s name in the interface language (brand names stay as they are). The owner type&apos;s name in the interface language. Every field&apos;s label, for naming fields in a refusal.</extracomment>
        <translation>Сервис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who has access</source>
        <translation>У кого есть доступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-step sign-in</source>
        <translation>Двухэтапный вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the password is kept in the protected store</source>
        <translation>Хранится ли пароль в защищённом хранилище</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether recovery codes are kept in the protected store</source>
        <translation>Хранятся ли коды восстановления в защищённом хранилище</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A personal account of {name}: it leaves with the person unless it is handed over or replaced by an official one.</source>
        <translation>Личный аккаунт сотрудника {name}: он уйдёт вместе с человеком, если его не передать или не заменить официальным.</translation>
    </message>
</context>
<context>
    <name>AccountsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/page.py" line="+73"/>
        <source>Search by service, name, login, person…</source>
        <extracomment>How long a copied secret may stay on the clipboard, in milliseconds.</extracomment>
        <translation>Поиск по сервису, названию, логину, человеку…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Official and personal</source>
        <translation>Официальные и личные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official only</source>
        <translation>Только официальные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal only</source>
        <translation>Только личные</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Show password…</source>
        <translation>Показать пароль…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy password</source>
        <translation>Копировать пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is removed from the clipboard after {seconds} seconds</source>
        <translation>Пароль удаляется из буфера обмена через {seconds} с</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery codes…</source>
        <translation>Коды восстановления…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove password</source>
        <translation>Удалить пароль</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The register without passwords or codes</source>
        <translation>Реестр без паролей и кодов</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No accounts registered yet</source>
        <translation>Аккаунты ещё не внесены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the official website, social network pages, messengers, mail boxes and domains, and who can sign in to each. Passwords and recovery codes go to the system&apos;s password store, never into the database.</source>
        <translation>Внесите официальный сайт, страницы в социальных сетях, мессенджеры, почтовые ящики и домены, а также кто может в них входить. Пароли и коды восстановления хранятся только в хранилище паролей системы, а не в базе данных.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add an account…</source>
        <translation>&amp;Добавить аккаунт…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Accounts: {count}</source>
        <translation>Аккаунтов: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>personal accounts: {count} — hand them over or replace them with official ones</source>
        <translation>личных аккаунтов: {count} — передайте их или замените официальными</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Delete the account</source>
        <translation>Удаление аккаунта</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Delete «{name}» from the register? Its password and codes are removed from the protected store too. The account itself on the service is not affected.</source>
        <translation>Удалить «{name}» из реестра? Его пароль и коды тоже будут удалены из защищённого хранилища. Сам аккаунт на сервисе не затрагивается.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <location line="+81"/>
        <source>Password store</source>
        <translation>Хранилище паролей</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>The protected store on this computer holds nothing for this account. It may have been saved on another computer; enter it again.</source>
        <translation>В защищённом хранилище этого компьютера для этого аккаунта ничего нет. Возможно, он был сохранён на другом компьютере; введите его заново.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery codes</source>
        <translation>Коды восстановления</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied. It will be removed from the clipboard in {seconds} seconds.</source>
        <translation>Скопировано. Через {seconds} с будет удалено из буфера обмена.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The copied secret was removed from the clipboard.</source>
        <translation>Скопированный секрет удалён из буфера обмена.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the password</source>
        <translation>Удаление пароля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the stored password of «{name}»? Make sure it is written down where your organisation keeps passwords, or that it has been changed.</source>
        <translation>Удалить сохранённый пароль «{name}»? Убедитесь, что он записан там, где ваша организация хранит пароли, или что он уже изменён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark «For official use» (XLSX, DOCX and PDF)</source>
        <translation>Поставить гриф «Для служебного пользования» (XLSX, DOCX и PDF)</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Export the accounts register</source>
        <translation>Экспорт реестра аккаунтов</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/editor.py" line="+27"/>
        <source>Make sure nobody else can see the screen.</source>
        <translation>Убедитесь, что экран не видит никто посторонний.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
</TS>
