; Inno Setup script for the Windows installer. Build dist\PressDesk first with PyInstaller.
#define AppVersion GetEnv("PRESSDESK_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B7C3C1E-52E4-4C8B-9B0E-5F1E2A9D4C11}
AppName=PressDesk
AppVersion={#AppVersion}
DefaultDirName={autopf}\PressDesk
DefaultGroupName=PressDesk
OutputBaseFilename=PressDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\PressDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\PressDesk"; Filename: "{app}\PressDesk.exe"
Name: "{autodesktop}\PressDesk"; Filename: "{app}\PressDesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\PressDesk.exe"; Flags: nowait postinstall skipifsilent
