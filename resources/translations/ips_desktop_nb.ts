<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb" sourcelanguage="en">
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../ips_desktop/ui/areas/__init__.py" line="29" />
            <source>Overview</source>
            <translation>Oversikt</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../ips_desktop/ui/i18n.py" line="54" />
            <source>week %1</source>
            <translation>uke %1</translation>
        </message>
    </context>
    <context>
        <name>ConsultantPage</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="282" />
            <source>Your profile</source>
            <translation>Din profil</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="283" />
            <source>Everything you change in the app is recorded under your initials.</source>
            <translation>Alt du endrer i programmet, registreres under initialene dine.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="284" />
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="284" />
            <source>&amp;Initials:</source>
            <translation>&amp;Initialer:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="284" />
            <source>&amp;Municipality:</source>
            <translation>&amp;Kommune:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="285" />
            <source>&amp;FTE (full time = 1.0):</source>
            <translation>&amp;Stillingsandel (full tid = 1,0):</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="285" />
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="288" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="288" />
            <source>Initials</source>
            <translation>Initialer</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="289" />
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="290" />
            <source>FTE</source>
            <translation>Stillingsandel</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="290" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="294" />
            <source>IPS consultant</source>
            <translation>IPS-konsulent</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="295" />
            <source>Team lead</source>
            <translation>IPS-leder</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ips_desktop/ui/error_dialog.py" line="17" />
            <source>Unexpected error</source>
            <translation>Uventet feil</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/error_dialog.py" line="18" />
            <source>Something went wrong. What you saved before is safe; the last action may not have been completed. The error has been written to the log file.</source>
            <translation>Noe gikk galt. Det du allerede har lagret, er trygt; den siste handlingen ble kanskje ikke fullført. Feilen er skrevet til loggfilen.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/error_dialog.py" line="22" />
            <source>Copy details</source>
            <translation>Kopier detaljer</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="73" />
            <source>Welcome to IPS Desktop</source>
            <translation>Velkommen til IPS Desktop</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="11" />
            <location filename="../../ips_desktop/ui/help.py" line="13" />
            <source>Help</source>
            <translation>Hjelp</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="15" />
            <source>New (participant, contact … in the current area)</source>
            <translation>Ny (deltaker, kontakt … i det aktuelle området)</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="16" />
            <source>Search in the current area</source>
            <translation>Søk i det aktuelle området</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="17" />
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="18" />
            <source>Lock the window now</source>
            <translation>Lås vinduet nå</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="19" />
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="20" />
            <source>Quit</source>
            <translation>Avslutt</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="21" />
            <source>This help</source>
            <translation>Denne hjelpen</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="24" />
            <source>The window locks itself when you leave it; the password opens it again. Everything you have not saved is kept while it is locked.</source>
            <translation>Vinduet låser seg selv når du forlater det; passordet åpner det igjen. Alt du ikke har lagret, tas vare på mens det er låst.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="26" />
            <source>Keyboard shortcuts</source>
            <translation>Hurtigtaster</translation>
        </message>
    </context>
    <context>
        <name>HomeArea</name>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="42" />
            <source>Hello, %1</source>
            <translation>Hei, %1</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="42" />
            <source>Hello</source>
            <translation>Hei</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="45" />
            <source>Participants</source>
            <translation>Deltakere</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="45" />
            <source>Courses</source>
            <translation>Forløp</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="46" />
            <source>Employers</source>
            <translation>Arbeidsgivere</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="47" />
            <source>Employer contacts</source>
            <translation>Arbeidsgiverkontakter</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="48" />
            <source>Contact notes</source>
            <translation>Kontakter og notater</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="112" />
            <source>Language and start</source>
            <translation>Språk og start</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="113" />
            <source>IPS Desktop keeps your caseload encrypted on this computer.</source>
            <translation>IPS Desktop lagrer klientporteføljen din kryptert på denne datamaskinen.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="114" />
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="115" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="116" />
            <source>Set up my &amp;database</source>
            <translation>Opprett min &amp;database</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="117" />
            <source>Open a &amp;demo database with made-up participants (marked DEMO)</source>
            <translation>Åpne en &amp;demodatabase med oppdiktede deltakere (merket DEMO)</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="55" />
            <source>IPS Desktop is locked</source>
            <translation>IPS Desktop er låst</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="141" />
            <source>Areas</source>
            <translation>Områder</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="142" />
            <source>&amp;New…</source>
            <translation>&amp;Ny…</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="143" />
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="144" />
            <source>&amp;Find</source>
            <translation>&amp;Søk</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="145" />
            <source>&amp;Lock</source>
            <translation>&amp;Lås</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="146" />
            <source>&amp;Settings…</source>
            <translation>&amp;Innstillinger…</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="147" />
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="148" />
            <location filename="../../ips_desktop/ui/main_window.py" line="152" />
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="149" />
            <source>&amp;About IPS Desktop</source>
            <translation>&amp;Om IPS Desktop</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="150" />
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="151" />
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="153" />
            <source>Toolbar</source>
            <translation>Verktøylinje</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="168" />
            <source>locked</source>
            <translation>låst</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="174" />
            <source>Locked</source>
            <translation>Låst</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="174" />
            <source>Unlocked</source>
            <translation>Låst opp</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="239" />
            <source>About IPS Desktop</source>
            <translation>Om IPS Desktop</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="240" />
            <source>IPS Desktop %1

For IPS consultants and team leads. The data stay encrypted on this computer.</source>
            <translation>IPS Desktop %1

For IPS-konsulenter og IPS-ledere. Dataene forblir kryptert på denne datamaskinen.</translation>
        </message>
    </context>
    <context>
        <name>PasswordPage</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="163" />
            <source>App password</source>
            <translation>Passord</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="164" />
            <source>&amp;Create database</source>
            <translation>&amp;Opprett database</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="166" />
            <source>Choose the password you will type every time IPS Desktop starts or is locked. If you forget it, the recovery key on the next page opens the database.</source>
            <translation>Velg passordet du skal skrive hver gang IPS Desktop starter eller er låst. Glemmer du det, åpner gjenopprettingsnøkkelen på neste side databasen.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="168" />
            <source>&amp;Password:</source>
            <translation>&amp;Passord:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="169" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Gjenta passord:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="170" />
            <source>Password</source>
            <translation>Passord</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="171" />
            <source>Repeat password</source>
            <translation>Gjenta passord</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="177" />
            <source>This computer has no usable keyring, so the database key is protected by the password alone (passphrase mode).</source>
            <translation>Denne datamaskinen har ingen nøkkelring som kan brukes, så databasens nøkkel beskyttes av passordet alene (passordmodus).</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="34" />
            <source>Password</source>
            <translation>Passord</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="37" />
            <source>Message</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="38" />
            <source>&amp;Unlock</source>
            <translation>&amp;Lås opp</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="39" />
            <source>Unlock</source>
            <translation>Lås opp</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="47" />
            <source>&amp;Password:</source>
            <translation>&amp;Passord:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="67" />
            <location filename="../../ips_desktop/ui/password_prompt.py" line="79" />
            <source>Wrong password. Please try again.</source>
            <translation>Feil passord. Prøv igjen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ips_desktop/ui/password_prompt.py" line="84" />
            <source>Wrong password. You can try again in %n second(s).</source>
            <translation>
                <numerusform>Feil passord. Du kan prøve igjen om %n sekund.</numerusform>
                <numerusform>Feil passord. Du kan prøve igjen om %n sekunder.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryForm</name>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="96" />
            <source>Recovery key</source>
            <translation>Gjenopprettingsnøkkel</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="98" />
            <source>New password</source>
            <translation>Nytt passord</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="99" />
            <source>Repeat new password</source>
            <translation>Gjenta nytt passord</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="103" />
            <source>&amp;Open with recovery key</source>
            <translation>&amp;Åpne med gjenopprettingsnøkkel</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="105" />
            <source>Type the recovery key from the sheet you kept when the database was created, and choose a new password.</source>
            <translation>Skriv gjenopprettingsnøkkelen fra arket du tok vare på da databasen ble opprettet, og velg et nytt passord.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="109" />
            <source>Recovery &amp;key:</source>
            <translation>Gjenopprettings&amp;nøkkel:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="110" />
            <source>&amp;New password:</source>
            <translation>N&amp;ytt passord:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="112" />
            <source>&amp;Repeat:</source>
            <translation>&amp;Gjenta:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ips_desktop/ui/unlock.py" line="121" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>Passordet må ha minst %n tegn.</numerusform>
                <numerusform>Passordet må ha minst %n tegn.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="125" />
            <source>The two passwords are not the same.</source>
            <translation>De to passordene er ikke like.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="227" />
            <location filename="../../ips_desktop/ui/first_run.py" line="232" />
            <source>Recovery key</source>
            <translation>Gjenopprettingsnøkkel</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="229" />
            <source>Write this key down or print it, and keep the sheet locked away. With it the database opens on a new computer or when the password is forgotten. It is shown only now.</source>
            <translation>Skriv ned nøkkelen eller skriv den ut, og oppbevar arket innelåst. Med den kan databasen åpnes på en ny datamaskin, eller hvis passordet er glemt. Den vises bare nå.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="233" />
            <source>&amp;Save the recovery sheet as PDF…</source>
            <translation>&amp;Lagre gjenopprettingsarket som PDF…</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="234" />
            <source>I have &amp;written down or printed the recovery key</source>
            <translation>Jeg har &amp;skrevet ned eller skrevet ut gjenopprettingsnøkkelen</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="245" />
            <source>Save recovery sheet</source>
            <translation>Lagre gjenopprettingsark</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="246" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="26" />
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="34" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="46" />
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="47" />
            <source>&amp;Lock after idle:</source>
            <translation>&amp;Lås etter inaktivitet:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="48" />
            <source>Default &amp;psychiatry unit:</source>
            <translation>Standard &amp;poliklinikk/enhet:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="49" />
            <source>Working day &amp;starts:</source>
            <translation>Arbeidsdagen &amp;starter:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="50" />
            <source>Working day &amp;ends:</source>
            <translation>Arbeidsdagen s&amp;lutter:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="68" />
            <source>The working day must end after it starts.</source>
            <translation>Arbeidsdagen må slutte etter at den starter.</translation>
        </message>
    </context>
    <context>
        <name>StrengthHint</name>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="26" />
            <source>Password strength</source>
            <translation>Passordstyrke</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ips_desktop/ui/strength.py" line="32" />
            <source>At least %n characters.</source>
            <translation>
                <numerusform>Minst %n tegn.</numerusform>
                <numerusform>Minst %n tegn.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="33" />
            <source>Weak: a longer password, or a few words, is safer.</source>
            <translation>Svakt: et lengre passord, eller noen ord, er tryggere.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="34" />
            <source>Fair.</source>
            <translation>Middels.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="35" />
            <source>Strong.</source>
            <translation>Sterkt.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="35" />
            <source>Unlock IPS Desktop</source>
            <translation>Lås opp IPS Desktop</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="39" />
            <source>Forgot the password? Use the &amp;recovery key</source>
            <translation>Glemt passordet? Bruk &amp;gjenopprettingsnøkkelen</translation>
        </message>
    </context>
</TS>