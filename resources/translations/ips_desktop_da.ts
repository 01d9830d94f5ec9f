<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da" sourcelanguage="en">
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../ips_desktop/ui/areas/__init__.py" line="29" />
            <source>Overview</source>
            <translation>Overblik</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../ips_desktop/ui/i18n.py" line="54" />
            <source>week %1</source>
            <translation>uge %1</translation>
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
            <translation>Alt, hvad du ændrer i programmet, registreres under dine initialer.</translation>
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
            <translation>N&amp;ormering (fuld tid = 1,0):</translation>
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
            <translation>Normering</translation>
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
            <translation>Teamleder / IPS-koordinator</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ips_desktop/ui/error_dialog.py" line="17" />
            <source>Unexpected error</source>
            <translation>Uventet fejl</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/error_dialog.py" line="18" />
            <source>Something went wrong. What you saved before is safe; the last action may not have been completed. The error has been written to the log file.</source>
            <translation>Noget gik galt. Det, du allerede har gemt, er i sikkerhed; den sidste handling blev måske ikke fuldført. Fejlen er skrevet i logfilen.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/error_dialog.py" line="22" />
            <source>Copy details</source>
            <translation>Kopiér detaljer</translation>
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
            <translation>Hjælp</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="15" />
            <source>New (participant, contact … in the current area)</source>
            <translation>Ny (deltager, kontakt … i det aktuelle område)</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="16" />
            <source>Search in the current area</source>
            <translation>Søg i det aktuelle område</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="17" />
            <source>Print</source>
            <translation>Udskriv</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="18" />
            <source>Lock the window now</source>
            <translation>Lås vinduet nu</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="19" />
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="20" />
            <source>Quit</source>
            <translation>Afslut</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="21" />
            <source>This help</source>
            <translation>Denne hjælp</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="24" />
            <source>The window locks itself when you leave it; the password opens it again. Everything you have not saved is kept while it is locked.</source>
            <translation>Vinduet låser sig selv, når du forlader det; adgangskoden åbner det igen. Alt, hvad du ikke har gemt, bevares, mens det er låst.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/help.py" line="26" />
            <source>Keyboard shortcuts</source>
            <translation>Tastaturgenveje</translation>
        </message>
    </context>
    <context>
        <name>HomeArea</name>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="42" />
            <source>Hello, %1</source>
            <translation>Goddag, %1</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="42" />
            <source>Hello</source>
            <translation>Goddag</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="45" />
            <source>Participants</source>
            <translation>Deltagere</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="45" />
            <source>Courses</source>
            <translation>Forløb</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="46" />
            <source>Employers</source>
            <translation>Virksomheder</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/areas/home.py" line="47" />
            <source>Employer contacts</source>
            <translation>Virksomhedskontakter</translation>
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
            <translation>Sprog og start</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="113" />
            <source>IPS Desktop keeps your caseload encrypted on this computer.</source>
            <translation>IPS Desktop gemmer din sagsstamme krypteret på denne computer.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="114" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprog:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="115" />
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="116" />
            <source>Set up my &amp;database</source>
            <translation>Opret min &amp;database</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="117" />
            <source>Open a &amp;demo database with made-up participants (marked DEMO)</source>
            <translation>Åbn en &amp;demodatabase med opdigtede deltagere (mærket DEMO)</translation>
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
            <translation>&amp;Udskriv…</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="144" />
            <source>&amp;Find</source>
            <translation>&amp;Søg</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="145" />
            <source>&amp;Lock</source>
            <translation>&amp;Lås</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="146" />
            <source>&amp;Settings…</source>
            <translation>&amp;Indstillinger…</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="147" />
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="148" />
            <location filename="../../ips_desktop/ui/main_window.py" line="152" />
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="149" />
            <source>&amp;About IPS Desktop</source>
            <translation>&amp;Om IPS Desktop</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="150" />
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="151" />
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/main_window.py" line="153" />
            <source>Toolbar</source>
            <translation>Værktøjslinje</translation>
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
            <translation>Låst op</translation>
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

Til IPS-konsulenter og teamledere. Data forbliver krypteret på denne computer.</translation>
        </message>
    </context>
    <context>
        <name>PasswordPage</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="163" />
            <source>App password</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="164" />
            <source>&amp;Create database</source>
            <translation>&amp;Opret database</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="166" />
            <source>Choose the password you will type every time IPS Desktop starts or is locked. If you forget it, the recovery key on the next page opens the database.</source>
            <translation>Vælg den adgangskode, du skal skrive, hver gang IPS Desktop starter eller er låst. Glemmer du den, åbner gendannelsesnøglen på næste side databasen.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="168" />
            <source>&amp;Password:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="169" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Gentag adgangskode:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="170" />
            <source>Password</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="171" />
            <source>Repeat password</source>
            <translation>Gentag adgangskode</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="177" />
            <source>This computer has no usable keyring, so the database key is protected by the password alone (passphrase mode).</source>
            <translation>Denne computer har ingen nøglering, der kan bruges, så databasens nøgle beskyttes alene af adgangskoden (adgangskodetilstand).</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="34" />
            <source>Password</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="37" />
            <source>Message</source>
            <translation>Besked</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="38" />
            <source>&amp;Unlock</source>
            <translation>&amp;Lås op</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="39" />
            <source>Unlock</source>
            <translation>Lås op</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="47" />
            <source>&amp;Password:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/password_prompt.py" line="67" />
            <location filename="../../ips_desktop/ui/password_prompt.py" line="79" />
            <source>Wrong password. Please try again.</source>
            <translation>Forkert adgangskode. Prøv igen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ips_desktop/ui/password_prompt.py" line="84" />
            <source>Wrong password. You can try again in %n second(s).</source>
            <translation>
                <numerusform>Forkert adgangskode. Du kan prøve igen om %n sekund.</numerusform>
                <numerusform>Forkert adgangskode. Du kan prøve igen om %n sekunder.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryForm</name>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="96" />
            <source>Recovery key</source>
            <translation>Gendannelsesnøgle</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="98" />
            <source>New password</source>
            <translation>Ny adgangskode</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="99" />
            <source>Repeat new password</source>
            <translation>Gentag ny adgangskode</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="103" />
            <source>&amp;Open with recovery key</source>
            <translation>&amp;Åbn med gendannelsesnøgle</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="105" />
            <source>Type the recovery key from the sheet you kept when the database was created, and choose a new password.</source>
            <translation>Skriv gendannelsesnøglen fra det ark, du gemte, da databasen blev oprettet, og vælg en ny adgangskode.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="109" />
            <source>Recovery &amp;key:</source>
            <translation>Gendannelses&amp;nøgle:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="110" />
            <source>&amp;New password:</source>
            <translation>N&amp;y adgangskode:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="112" />
            <source>&amp;Repeat:</source>
            <translation>&amp;Gentag:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ips_desktop/ui/unlock.py" line="121" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>Adgangskoden skal have mindst %n tegn.</numerusform>
                <numerusform>Adgangskoden skal have mindst %n tegn.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="125" />
            <source>The two passwords are not the same.</source>
            <translation>De to adgangskoder er ikke ens.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="227" />
            <location filename="../../ips_desktop/ui/first_run.py" line="232" />
            <source>Recovery key</source>
            <translation>Gendannelsesnøgle</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="229" />
            <source>Write this key down or print it, and keep the sheet locked away. With it the database opens on a new computer or when the password is forgotten. It is shown only now.</source>
            <translation>Skriv nøglen ned eller udskriv den, og opbevar arket aflåst. Med den kan databasen åbnes på en ny computer, eller hvis adgangskoden er glemt. Den vises kun nu.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="233" />
            <source>&amp;Save the recovery sheet as PDF…</source>
            <translation>&amp;Gem gendannelsesarket som PDF…</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="234" />
            <source>I have &amp;written down or printed the recovery key</source>
            <translation>Jeg har &amp;skrevet gendannelsesnøglen ned eller udskrevet den</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/first_run.py" line="245" />
            <source>Save recovery sheet</source>
            <translation>Gem gendannelsesark</translation>
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
            <translation>Indstillinger</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="34" />
            <source> min</source>
            <translation> min.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="46" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprog:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="47" />
            <source>&amp;Lock after idle:</source>
            <translation>&amp;Lås efter inaktivitet:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="48" />
            <source>Default &amp;psychiatry unit:</source>
            <translation>Standard &amp;psykiatrisk enhed:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="49" />
            <source>Working day &amp;starts:</source>
            <translation>Arbejdsdagen &amp;starter:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="50" />
            <source>Working day &amp;ends:</source>
            <translation>Arbejdsdagen &amp;slutter:</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/settings_dialog.py" line="68" />
            <source>The working day must end after it starts.</source>
            <translation>Arbejdsdagen skal slutte, efter den starter.</translation>
        </message>
    </context>
    <context>
        <name>StrengthHint</name>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="26" />
            <source>Password strength</source>
            <translation>Adgangskodens styrke</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ips_desktop/ui/strength.py" line="32" />
            <source>At least %n characters.</source>
            <translation>
                <numerusform>Mindst %n tegn.</numerusform>
                <numerusform>Mindst %n tegn.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="33" />
            <source>Weak: a longer password, or a few words, is safer.</source>
            <translation>Svag: en længere adgangskode, eller et par ord, er mere sikker.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="34" />
            <source>Fair.</source>
            <translation>Middel.</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/strength.py" line="35" />
            <source>Strong.</source>
            <translation>Stærk.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="35" />
            <source>Unlock IPS Desktop</source>
            <translation>Lås IPS Desktop op</translation>
        </message>
        <message>
            <location filename="../../ips_desktop/ui/unlock.py" line="39" />
            <source>Forgot the password? Use the &amp;recovery key</source>
            <translation>Glemt adgangskoden? Brug &amp;gendannelsesnøglen</translation>
        </message>
    </context>
</TS>