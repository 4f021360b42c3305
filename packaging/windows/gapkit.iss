; Windows installer for GAP Field Kit (Inno Setup 6), made from the PyInstaller folder
; dist\gapkit\ that packaging\gapkit.spec builds. Per-user: no administrator rights, installs
; under %LOCALAPPDATA%\Programs, a Start-menu entry, and an uninstaller that keeps the data
; folder (%LOCALAPPDATA%\GAP Field Kit) unless the person asks for it to go.
;   iscc /DAppVersion=0.1.0 packaging\windows\gapkit.iss
; (.github/workflows/build.yml passes the version read from pyproject.toml.)
; A council-setup.json placed beside the installer is copied into the app's folder, where the
; app finds it on first run (docs/council-setup.md).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\gapkit.iss
#endif

[Setup]
AppId={{7B0E3C52-6F1A-4C36-9E0B-5D8A1F2C4E71}
AppName=GAP Field Kit
AppVersion={#AppVersion}
AppPublisher=GAP Field Kit
DefaultDirName={autopf}\GAP Field Kit
DefaultGroupName=GAP Field Kit
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=GAPFieldKit-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\gapkit.ico
UninstallDisplayIcon={app}\gapkit.exe
UninstallDisplayName=GAP Field Kit {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\gapkit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; the council's pre-seeded choice and keys, when it ships one beside this installer
Source: "{src}\council-setup.json"; DestDir: "{app}"; Flags: external skipifsourcedoesntexist

[Icons]
Name: "{autoprograms}\GAP Field Kit"; Filename: "{app}\gapkit.exe"
Name: "{autodesktop}\GAP Field Kit"; Filename: "{app}\gapkit.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\gapkit.exe"; Description: "{cm:LaunchProgram,GAP Field Kit}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder platformdirs gives the app on Windows: %LOCALAPPDATA%\GAP Field Kit\gapkit. }
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\GAP Field Kit');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
  begin
    { Kept unless asked: the default button is No. }
    if MsgBox('GAP Field Kit has been removed.' + #13#10#13#10 +
              'Your organisations, assessments and keys are still in' + #13#10 +
              DataFolder() + #13#10#13#10 +
              'Delete them too? This cannot be undone.',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataFolder(), True, True, True);
  end;
end;
