; The Windows installer of IPS Desktop (Inno Setup 6), made from PyInstaller's folder
; dist\ips-desktop into dist\IPS-Desktop-<version>-setup.exe:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\ips-desktop.iss
;
; (.github/workflows/windows.yml does this with ips_desktop.__version__.)
;
; Per user, no admin rights, by default: {autopf} is then %LOCALAPPDATA%\Programs, so
; the app lands in %LOCALAPPDATA%\Programs\IPS Desktop. Per machine, for IT, silent:
;
;   IPS-Desktop-0.1.0-setup.exe /VERYSILENT /ALLUSERS      (into C:\Program Files\IPS Desktop)
;
; The same AppId for every version, so a new setup upgrades the old install in place.
;
; The user's data is not in {app}: the database, key file, backups, settings and logs
; live in %LOCALAPPDATA%\ips-desktop (ips_desktop/paths.py: platformdirs'
; user_data_dir, local rather than roaming), and the machine's policy in
; %ProgramData%\IPS Desktop\policy.toml, written by IT. Neither this installer nor its
; uninstaller touches them: uninstalling the program must never delete a consultant's
; records (there is deliberately no [UninstallDelete] section). Removing the data is a
; separate, deliberate step, described in docs/it-guide.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<ips_desktop.__version__> ips-desktop.iss
#endif

[Setup]
AppId={{5344264B-B276-4DD9-9404-64C37C89AB3E}
AppName=IPS Desktop
AppVersion={#AppVersion}
AppVerName=IPS Desktop {#AppVersion}
AppPublisher=IPS Desktop
DefaultDirName={autopf}\IPS Desktop
DefaultGroupName=IPS Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Relative paths are from this file's folder.
OutputDir=..\..\dist
OutputBaseFilename=IPS-Desktop-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\ips-desktop.ico
UninstallDisplayIcon={app}\ips-desktopw.exe
UninstallDisplayName=IPS Desktop
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The language dialog only when Windows' language is none of ours.
ShowLanguageDialog=auto

[Languages]
; The first is used when Windows' language matches none.
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; An upgrade replaces the program's own libraries whole: a Qt plugin or DLL that the
; new build no longer ships must not stay behind to be loaded. Only {app}, never data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\ips-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The windowed exe: no console window behind the app (ips_desktop.spec). The console
; one, ips-desktop.exe beside it, is the command line for IT's scripts.
Name: "{autoprograms}\IPS Desktop"; Filename: "{app}\ips-desktopw.exe"; WorkingDir: "{app}"

[Run]
Filename: "{app}\ips-desktopw.exe"; Description: "{cm:LaunchProgram,IPS Desktop}"; Flags: nowait postinstall skipifsilent
