<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/editor.py" line="+54"/>
        <source>For example: the ministry&apos;s page</source>
        <translation>For example: the ministry&apos;s page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The employee who owns the account</source>
        <translation>The employee who owns the account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: code by SMS to the work phone</source>
        <translation>For example: code by SMS to the work phone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: the safe, envelope 1</source>
        <translation>For example: the safe, envelope 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No protected password store</source>
        <translation>No protected password store</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stored; type a new one to replace it</source>
        <translation>Stored; type a new one to replace it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored</source>
        <translation>Not stored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored; type new ones to replace them</source>
        <translation>Stored; type new ones to replace them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codes separated by spaces</source>
        <translation>Codes separated by spaces</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The password and the codes are kept only in the system&apos;s protected store ({store}), never in the database, a backup or an export.</source>
        <translation>The password and the codes are kept only in the system&apos;s protected store ({store}), never in the database, a backup or an export.</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The account has been deleted.</source>
        <translation>The account has been deleted.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>The system password store ({store}) did not carry out the request, so nothing was changed. Try again; if it keeps failing, the details below help the administrator.</source>
        <translation>The system password store ({store}) did not carry out the request, so nothing was changed. Try again; if it keeps failing, the details below help the administrator.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No protected password store is available on this computer ({store}). PressDesk does not keep passwords in plain files. On Windows the system&apos;s Credential Manager is used; on Linux install and unlock GNOME Keyring or KWallet, then start PressDesk again.</source>
        <translation>No protected password store is available on this computer ({store}). PressDesk does not keep passwords in plain files. On Windows the system&apos;s Credential Manager is used; on Linux install and unlock GNOME Keyring or KWallet, then start PressDesk again.</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/model.py" line="+20"/>
        <source>Website (content management)</source>
        <translation>Website (content management)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain, hosting</source>
        <translation>Domain, hosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose account</source>
        <translation>Whose account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who has access</source>
        <translation>Who has access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-step sign-in</source>
        <translation>Two-step sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where recovery codes are kept</source>
        <translation>Where recovery codes are kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery codes</source>
        <translation>Recovery codes</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <location line="+19"/>
        <source>Service</source>
        <extracomment>The service&apos;s name in the interface language (brand names stay as they are). The owner type&apos;s name in the interface language. Every field&apos;s label, for naming fields in a refusal.</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who has access</source>
        <translation>Who has access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-step sign-in</source>
        <translation>Two-step sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the password is kept in the protected store</source>
        <translation>Whether the password is kept in the protected store</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether recovery codes are kept in the protected store</source>
        <translation>Whether recovery codes are kept in the protected store</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A personal account of {name}: it leaves with the person unless it is handed over or replaced by an official one.</source>
        <translation>A personal account of {name}: it leaves with the person unless it is handed over or replaced by an official one.</translation>
    </message>
</context>
<context>
    <name>AccountsSectionPage</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/page.py" line="+73"/>
        <source>Search by service, name, login, person…</source>
        <extracomment>How long a copied secret may stay on the clipboard, in milliseconds.</extracomment>
        <translation>Search by service, name, login, person…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Official and personal</source>
        <translation>Official and personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official only</source>
        <translation>Official only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal only</source>
        <translation>Personal only</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Show password…</source>
        <translation>Show password…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy password</source>
        <translation>Copy password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is removed from the clipboard after {seconds} seconds</source>
        <translation>The password is removed from the clipboard after {seconds} seconds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery codes…</source>
        <translation>Recovery codes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove password</source>
        <translation>Remove password</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The register without passwords or codes</source>
        <translation>The register without passwords or codes</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No accounts registered yet</source>
        <translation>No accounts registered yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the official website, social network pages, messengers, mail boxes and domains, and who can sign in to each. Passwords and recovery codes go to the system&apos;s password store, never into the database.</source>
        <translation>List the official website, social network pages, messengers, mail boxes and domains, and who can sign in to each. Passwords and recovery codes go to the system&apos;s password store, never into the database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add an account…</source>
        <translation>&amp;Add an account…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Accounts: {count}</source>
        <translation>Accounts: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>personal accounts: {count} — hand them over or replace them with official ones</source>
        <translation>personal accounts: {count} — hand them over or replace them with official ones</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Delete the account</source>
        <translation>Delete the account</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Delete «{name}» from the register? Its password and codes are removed from the protected store too. The account itself on the service is not affected.</source>
        <translation>Delete «{name}» from the register? Its password and codes are removed from the protected store too. The account itself on the service is not affected.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <location line="+81"/>
        <source>Password store</source>
        <translation>Password store</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>The protected store on this computer holds nothing for this account. It may have been saved on another computer; enter it again.</source>
        <translation>The protected store on this computer holds nothing for this account. It may have been saved on another computer; enter it again.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery codes</source>
        <translation>Recovery codes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied. It will be removed from the clipboard in {seconds} seconds.</source>
        <translation>Copied. It will be removed from the clipboard in {seconds} seconds.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The copied secret was removed from the clipboard.</source>
        <translation>The copied secret was removed from the clipboard.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the password</source>
        <translation>Remove the password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the stored password of «{name}»? Make sure it is written down where your organisation keeps passwords, or that it has been changed.</source>
        <translation>Remove the stored password of «{name}»? Make sure it is written down where your organisation keeps passwords, or that it has been changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark «For official use» (XLSX, DOCX and PDF)</source>
        <translation>Mark «For official use» (XLSX, DOCX and PDF)</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Export the accounts register</source>
        <translation>Export the accounts register</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../pressdesk/gui/accounts/editor.py" line="+27"/>
        <source>Make sure nobody else can see the screen.</source>
        <translation>Make sure nobody else can see the screen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
