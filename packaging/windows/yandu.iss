; Inno Setup 6 script: installs Yandu for the current user, without administrator rights.
; Build on Windows after `pyinstaller packaging\yandu.spec` (see the README, "Windows"):
;   iscc /DVersion=0.1.0 packaging\windows\yandu.iss
; Output: build\dist\yandu-<version>-windows-setup.exe
#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6F1B9E52-3C1D-4E3A-9A57-0C4B1D2E7A11}
AppName=研读 Yandu
AppVersion={#Version}
AppPublisher=Yandu developers
; per user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs for a non-administrator install
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Yandu
DefaultGroupName=研读 Yandu
DisableProgramGroupPage=yes
OutputDir=..\..\build\dist
OutputBaseFilename=yandu-{#Version}-windows-setup
SetupIconFile=yandu.ico
UninstallDisplayIcon={app}\yandu-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup's unofficial Simplified Chinese messages, if installed beside it (jrsoftware.org/files/istrans)
#ifexist AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Files]
Source: "..\..\build\dist\yandu\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\研读 Yandu"; Filename: "{app}\yandu-gui.exe"
Name: "{autodesktop}\研读 Yandu"; Filename: "{app}\yandu-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; "Open with" for the formats Yandu imports, in the user's own classes (HKCU through HKA)
Root: HKA; Subkey: "Software\Classes\Applications\yandu-gui.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "研读 Yandu"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\yandu-gui.exe\shell\open\command"; ValueType: string; ValueData: """{app}\yandu-gui.exe"" gui ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\yandu-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\yandu-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\yandu-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".html"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\yandu-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".htm"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\yandu-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\yandu-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithList\yandu-gui.exe"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithList\yandu-gui.exe"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithList\yandu-gui.exe"; Flags: uninsdeletekey

[Run]
Filename: "{app}\yandu-gui.exe"; Description: "{cm:LaunchProgram,研读 Yandu}"; Flags: nowait postinstall skipifsilent
