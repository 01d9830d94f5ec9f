<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../ips_desktop/ui/areas/__init__.py" line="29" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../ips_desktop/ui/i18n.py" line="54" />
            <source>week %1</source>
            <translation>week %1</translation>
        </message>
    </context>
    <context>
        <name>ConsultantPage</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="282" />
            <source>Your profile</source>
            <translation>Your profile</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="283" />
            <source>Everything you change in the app is recorded under your initials.</source>
            <translation>Everything you change in the app is recorded under your initials.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="284" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="284" />
            <source>&amp;Initials:</source>
            <translation>&amp;Initials:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="284" />
            <source>&amp;Municipality:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="285" />
            <source>&amp;FTE (full time = 1.0):</source>
            <translation>&amp;FTE (full time = 1.0):</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="285" />
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="288" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="288" />
            <source>Initials</source>
            <translation>Initials</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="289" />
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="290" />
            <source>FTE</source>
            <translation>FTE</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="290" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="294" />
            <source>IPS consultant</source>
            <translation>IPS consultant</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="295" />
            <source>Team lead</source>
            <translation>Team lead</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ips_desktop/ui/error_dialog.py" line="17" />
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/error_dialog.py" line="18" />
            <source>Something went wrong. What you saved before is safe; the last action may not have been completed. The error has been written to the log file.</source>
            <translation>Something went wrong. What you saved before is safe; the last action may not have been completed. The error has been written to the log file.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/error_dialog.py" line="22" />
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="73" />
            <source>Welcome to IPS Desktop</source>
            <translation>Welcome to IPS Desktop</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="11" />
            <location filename="../../ips_desktop/ui/help.py" line="13" />
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="15" />
            <source>New (participant, contact … in the current area)</source>
            <translation>New (participant, contact … in the current area)</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="16" />
            <source>Search in the current area</source>
            <translation>Search in the current area</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="17" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="18" />
            <source>Lock the window now</source>
            <translation>Lock the window now</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="19" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="20" />
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="21" />
            <source>This help</source>
            <translation>This help</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="24" />
            <source>The window locks itself when you leave it; the password opens it again. Everything you have not saved is kept while it is locked.</source>
            <translation>The window locks itself when you leave it; the password opens it again. Everything you have not saved is kept while it is locked.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="26" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
    </context>
    <context>
        <name>HomeArea</name>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="42" />
            <source>Hello, %1</source>
            <translation>Hello, %1</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="42" />
            <source>Hello</source>
            <translation>Hello</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="45" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="45" />
            <source>Courses</source>
            <translation>Courses</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="46" />
            <source>Employers</source>
            <translation>Employers</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="47" />
            <source>Employer contacts</source>
            <translation>Employer contacts</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="48" />
            <source>Contact notes</source>
            <translation>Contact notes</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="112" />
            <source>Language and start</source>
            <translation>Language and start</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="113" />
            <source>IPS Desktop keeps your caseload encrypted on this computer.</source>
            <translation>IPS Desktop keeps your caseload encrypted on this computer.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="114" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="115" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="116" />
            <source>Set up my &amp;database</source>
            <translation>Set up my &amp;database</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="117" />
            <source>Open a &amp;demo database with made-up participants (marked DEMO)</source>
            <translation>Open a &amp;demo database with made-up participants (marked DEMO)</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="55" />
            <source>IPS Desktop is locked</source>
            <translation>IPS Desktop is locked</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="141" />
            <source>Areas</source>
            <translation>Areas</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="142" />
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="143" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="144" />
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="145" />
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="146" />
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="147" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="148" />
            <location filename="../../ips_desktop/ui/main_window.py" line="152" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="149" />
            <source>&amp;About IPS Desktop</source>
            <translation>&amp;About IPS Desktop</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="150" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="151" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="153" />
            <source>Toolbar</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="168" />
            <source>locked</source>
            <translation>locked</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="174" />
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="174" />
            <source>Unlocked</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="239" />
            <source>About IPS Desktop</source>
            <translation>About IPS Desktop</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="240" />
            <source>IPS Desktop %1

For IPS consultants and team leads. The data stay encrypted on this computer.</source>
            <translation>IPS Desktop %1

For IPS consultants and team leads. The data stay encrypted on this computer.</translation>
        </message>
    </context>
    <context>
        <name>PasswordPage</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="163" />
            <source>App password</source>
            <translation>App password</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="164" />
            <source>&amp;Create database</source>
            <translation>&amp;Create database</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="166" />
            <source>Choose the password you will type every time IPS Desktop starts or is locked. If you forget it, the recovery key on the next page opens the database.</source>
            <translation>Choose the password you will type every time IPS Desktop starts or is locked. If you forget it, the recovery key on the next page opens the database.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="168" />
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="169" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="170" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="171" />
            <source>Repeat password</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="177" />
            <source>This computer has no usable keyring, so the database key is protected by the password alone (passphrase mode).</source>
            <translation>This computer has no usable keyring, so the database key is protected by the password alone (passphrase mode).</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="34" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="37" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="38" />
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="39" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="47" />
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="67" />
            <location filename="../../ips_desktop/ui/password_prompt.py" line="79" />
            <source>Wrong password. Please try again.</source>
            <translation>Wrong password. Please try again.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ips_desktop/ui/password_prompt.py" line="84" />
            <source>Wrong password. You can try again in %n second(s).</source>
            <translation>
                <numerusform>Wrong password. You can try again in %n second(s).</numerusform>
                <numerusform>Wrong password. You can try again in %n second(s).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryForm</name>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="96" />
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="98" />
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="99" />
            <source>Repeat new password</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="103" />
            <source>&amp;Open with recovery key</source>
            <translation>&amp;Open with recovery key</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="105" />
            <source>Type the recovery key from the sheet you kept when the database was created, and choose a new password.</source>
            <translation>Type the recovery key from the sheet you kept when the database was created, and choose a new password.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="109" />
            <source>Recovery &amp;key:</source>
            <translation>Recovery &amp;key:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="110" />
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="112" />
            <source>&amp;Repeat:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ips_desktop/ui/unlock.py" line="121" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>The password needs at least %n characters.</numerusform>
                <numerusform>The password needs at least %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="125" />
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="227" />
            <location filename="../../ips_desktop/ui/first_run.py" line="232" />
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="229" />
            <source>Write this key down or print it, and keep the sheet locked away. With it the database opens on a new computer or when the password is forgotten. It is shown only now.</source>
            <translation>Write this key down or print it, and keep the sheet locked away. With it the database opens on a new computer or when the password is forgotten. It is shown only now.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="233" />
            <source>&amp;Save the recovery sheet as PDF…</source>
            <translation>&amp;Save the recovery sheet as PDF…</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="234" />
            <source>I have &amp;written down or printed the recovery key</source>
            <translation>I have &amp;written down or printed the recovery key</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="245" />
            <source>Save recovery sheet</source>
            <translation>Save recovery sheet</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="246" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="26" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="34" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="46" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="47" />
            <source>&amp;Lock after idle:</source>
            <translation>&amp;Lock after idle:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="48" />
            <source>Default &amp;psychiatry unit:</source>
            <translation>Default &amp;psychiatry unit:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="49" />
            <source>Working day &amp;starts:</source>
            <translation>Working day &amp;starts:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="50" />
            <source>Working day &amp;ends:</source>
            <translation>Working day &amp;ends:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="68" />
            <source>The working day must end after it starts.</source>
            <translation>The working day must end after it starts.</translation>
        </message>
    </context>
    <context>
        <name>StrengthHint</name>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="26" />
            <source>Password strength</source>
            <translation>Password strength</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ips_desktop/ui/strength.py" line="32" />
            <source>At least %n characters.</source>
            <translation>
                <numerusform>At least %n characters.</numerusform>
                <numerusform>At least %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="33" />
            <source>Weak: a longer password, or a few words, is safer.</source>
            <translation>Weak: a longer password, or a few words, is safer.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="34" />
            <source>Fair.</source>
            <translation>Fair.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="35" />
            <source>Strong.</source>
            <translation>Strong.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="35" />
            <source>Unlock IPS Desktop</source>
            <translation>Unlock IPS Desktop</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="39" />
            <source>Forgot the password? Use the &amp;recovery key</source>
            <translation>Forgot the password? Use the &amp;recovery key</translation>
        </message>
    </context>
</TS>