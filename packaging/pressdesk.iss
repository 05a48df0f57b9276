; Inno Setup 6 script of the Windows installer: a per-user install that needs no administrator.
; Built by `py -3 packaging\bootstrap.py bundle` (which passes AppVersion and BundleDir), or by hand:
;   iscc packaging\pressdesk.iss        (after the bundle is in dist\PressDesk)
; The version comes from the package (pressdesk/__init__.py) through the programs' version resource.

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\PressDesk"
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\PressDesk.exe", "ProductVersion")
#endif
#define AppUserModelID "PressDesk.PressDesk"

[Setup]
AppId={{6B7C3C1E-52E4-4C8B-9B0E-5F1E2A9D4C11}
AppName=PressDesk
AppVersion={#AppVersion}
AppVerName=PressDesk {#AppVersion}
AppPublisher=PressDesk
VersionInfoVersion={#AppVersion}
; Per user, into %LOCALAPPDATA%\Programs\PressDesk: no administrator rights are asked for.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\PressDesk
DefaultGroupName=PressDesk
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=PressDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\pressdesk.ico
UninstallDisplayIcon={app}\PressDesk.exe
UninstallDisplayName=PressDesk {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An upgrade closes a running PressDesk first, then replaces the program files only.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; Kyrgyz: Russian texts with the visible ones overridden in Kyrgyz (packaging\i18n\Kyrgyz.isl).
Name: "ky"; MessagesFile: "compiler:Languages\Russian.isl,i18n\Kyrgyz.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ky.RemoveDataQuestion=PressDesk программасы өчүрүлдү.%n%nМаалымат базасы, жөндөөлөр жана резервдик көчүрмөлөр ушул папкада калды:%n%1%n%nАларды да өчүрөсүзбү? Өчүрүлгөн маалыматты кайра калыбына келтирүүгө болбойт.
ru.RemoveDataQuestion=Программа PressDesk удалена.%n%nБаза данных, настройки и резервные копии остались в папке:%n%1%n%nУдалить и их? Удалённые данные восстановить будет нельзя.
en.RemoveDataQuestion=PressDesk has been removed.%n%nThe database, settings and backups are still in:%n%1%n%nRemove them too? Removed data cannot be brought back.
ky.OpenWithName=PressDesk менен ачуу
ru.OpenWithName=Открыть в PressDesk
en.OpenWithName=Open with PressDesk

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion createallsubdirs

[InstallDelete]
; Files of an older version that the new one no longer has; the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\PressDesk"; Filename: "{app}\PressDesk.exe"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\PressDesk"; Filename: "{app}\PressDesk.exe"; Tasks: desktopicon; AppUserModelID: "{#AppUserModelID}"

[Registry]
; "Open with PressDesk" for database files (per user, removed on uninstall).
Root: HKCU; Subkey: "Software\Classes\Applications\PressDesk.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "PressDesk"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\PressDesk.exe\SupportedTypes"; ValueType: string; ValueName: ".db"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\PressDesk.exe\shell\open"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{cm:OpenWithName}"
Root: HKCU; Subkey: "Software\Classes\Applications\PressDesk.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\PressDesk.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.db\OpenWithList\PressDesk.exe"; ValueType: string; ValueName: ""; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\PressDesk.exe"; Description: "{cm:LaunchProgram,PressDesk}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\PressDesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { The data is never removed silently: asked once, after the program files are gone. }
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
  begin
    if MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataFolder()]),
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataFolder(), True, True, True);
  end;
end;
