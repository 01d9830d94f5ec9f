<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="30"/>
        <source>About IPS Desktop</source>
        <translation>Om IPS Desktop</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="33"/>
        <source>For IPS consultants and team leads. The data stay encrypted on this computer.</source>
        <translation>For IPS-konsulenter og IPS-ledere. Dataene forblir kryptert på denne datamaskinen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="35"/>
        <source>It contains these components, each under its own licence:</source>
        <translation>Programmet inneholder disse komponentene, hver under sin egen lisens:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="38"/>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="38"/>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="38"/>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="47"/>
        <source>Components and their licences</source>
        <translation>Komponenter og deres lisenser</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="55"/>
        <source>Access copy for the person</source>
        <translation>Innsyn (utdrag til personen)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="58"/>
        <source>A copy of everything IPS Desktop holds about the person, records marked as deleted too: a PDF to hand to them and a JSON file for other systems. Making it is recorded in the audit trail.</source>
        <translation>Et utdrag av alt IPS Desktop har om personen, også det som er merket som slettet: en PDF som personen kan få, og en JSON-fil til andre systemer. Utdraget registreres i tilgangsloggen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="63"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="65"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Velg mappe…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="68"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="79"/>
        <source>&amp;Write the copy</source>
        <translation>&amp;Lagre utdraget</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="98"/>
        <source>Will be written:
%1 (to hand to the person)
%2 (machine-readable)</source>
        <translation>Skrives:
%1 (til personen)
%2 (maskinlesbar)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="103"/>
        <source>Choose the folder for the access copy</source>
        <translation>Velg mappen for utdraget</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="117"/>
        <source>Writing the copy…</source>
        <translation>Lagrer utdraget…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="134"/>
        <source>Written in %1:
%2
%3</source>
        <translation>Skrevet i %1:
%2
%3</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="71"/>
        <source>Coming in a later version</source>
        <translation>Kommer i en senere versjon</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="84"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="86"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="88"/>
        <source>Employer contact log</source>
        <translation>Arbeidsgiverlogg</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="90"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="91"/>
        <source>Supervision</source>
        <translation>Veiledning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="93"/>
        <source>Team overview</source>
        <translation>Teamoversikt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="95"/>
        <source>Data protection</source>
        <translation>Personvern</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="150"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="154"/>
        <source>Every kind</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="169"/>
        <source>“%1” is not a date: type e.g. 1.12.2026.</source>
        <translation>“%1” er ikke en dato: skriv f.eks. 1.12.2026.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="175"/>
        <source>The last day is before the first.</source>
        <translation>Den siste dagen er før den første.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="178"/>
        <source>Choose the person in the list that opens as you type (Down, then Enter).</source>
        <translation>Velg personen i listen som åpner mens du skriver (pil ned, så Enter).</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="208"/>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="208"/>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="208"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="208"/>
        <source>&amp;User</source>
        <translation>&amp;Bruker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="209"/>
        <source>&amp;Kind</source>
        <translation>&amp;Handling</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="211"/>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="212"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="213"/>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="214"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="215"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="216"/>
        <source>Name or CPR number</source>
        <translation>Navn eller fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="217"/>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="218"/>
        <source>Kind</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="219"/>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="220"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="221"/>
        <source>Export to CSV or JSON (Ctrl+E)</source>
        <translation>Eksporter til CSV eller JSON (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="17"/>
        <source>Read</source>
        <translation>Lest</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="18"/>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="19"/>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="20"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="21"/>
        <source>Printed</source>
        <translation>Skrevet ut</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="22"/>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="23"/>
        <source>Erased</source>
        <translation>Slettet helt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="24"/>
        <source>Unlocked</source>
        <translation>Låst opp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="25"/>
        <source>Failed unlock</source>
        <translation>Mislykket opplåsing</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="26"/>
        <source>Backup</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="27"/>
        <source>Restore</source>
        <translation>Gjenoppretting</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="28"/>
        <source>Database upgrade</source>
        <translation>Databaseoppgradering</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="29"/>
        <source>New database key</source>
        <translation>Ny databasenøkkel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="30"/>
        <source>Merged</source>
        <translation>Slått sammen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="91"/>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="96"/>
        <source>erased person</source>
        <translation>slettet person</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_model.py" line="40"/>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_model.py" line="41"/>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_model.py" line="42"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_model.py" line="43"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_model.py" line="44"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>AuditRecords</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="34"/>
        <source>participant</source>
        <translation>deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="35"/>
        <source>course</source>
        <translation>forløp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="36"/>
        <source>note</source>
        <translation>notat</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="37"/>
        <source>consent</source>
        <translation>samtykke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="38"/>
        <source>form</source>
        <translation>skjema</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="39"/>
        <source>job or education</source>
        <translation>jobb eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="40"/>
        <source>plan review</source>
        <translation>plangjennomgang</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="41"/>
        <source>employer</source>
        <translation>arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="42"/>
        <source>employer contact</source>
        <translation>arbeidsgiverkontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="43"/>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="44"/>
        <source>employer contact log</source>
        <translation>arbeidsgiverlogg</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="45"/>
        <source>job opening</source>
        <translation>jobbmulighet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="46"/>
        <source>calendar event</source>
        <translation>kalenderavtale</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="47"/>
        <source>participant list</source>
        <translation>deltakerliste</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="48"/>
        <source>supervision list</source>
        <translation>veiledningsliste</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="49"/>
        <source>supervision note</source>
        <translation>veiledningsnotat</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="50"/>
        <source>consultant</source>
        <translation>IPS-konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="51"/>
        <source>team overview</source>
        <translation>teamoversikt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="52"/>
        <source>fidelity self-check</source>
        <translation>egenvurdering av fidelity</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="53"/>
        <source>implementation plan</source>
        <translation>implementeringsplan</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="55"/>
        <source>period report</source>
        <translation>rapportering</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="56"/>
        <source>audit trail</source>
        <translation>tilgangslogg</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="57"/>
        <source>app password</source>
        <translation>app-passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="58"/>
        <source>calendar</source>
        <translation>kalender</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="59"/>
        <source>demo data</source>
        <translation>demodata</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="60"/>
        <source>fidelity review</source>
        <translation>egenvurdering av fidelity</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="61"/>
        <source>implementation plan agreement</source>
        <translation>avtale i implementeringsplanen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="63"/>
        <source>team overview comment</source>
        <translation>kommentar i teamoversikten</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="65"/>
        <source>expectation</source>
        <translation>forventning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="66"/>
        <source>psychiatry unit</source>
        <translation>enhet i psykiatrien</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="67"/>
        <source>erasure due list</source>
        <translation>sletteliste</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="68"/>
        <source>staffing</source>
        <translation>bemanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="69"/>
        <source>team database</source>
        <translation>teamdatabase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="70"/>
        <source>sync conflict</source>
        <translation>synkroniseringskonflikt</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="97"/>
        <source>Audit trail status</source>
        <translation>Tilgangsloggens status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="110"/>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="234"/>
        <source>Only a team lead can see the audit trail.</source>
        <translation>Bare en teamleder kan se tilgangsloggen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="128"/>
        <source>Reading…</source>
        <translation>Leser…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="151"/>
        <source>No events match the filter.</source>
        <translation>Ingen hendelser passer til filteret.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="153"/>
        <source>The newest %1 events; more as you scroll.</source>
        <translation>De nyeste %1 hendelsene; flere når du ruller.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="156"/>
        <source>%1 events.</source>
        <translation>%1 hendelser.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="162"/>
        <source>The audit trail could not be read.</source>
        <translation>Tilgangsloggen kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="178"/>
        <source>That person has been erased: the trail keeps only their id.</source>
        <translation>Personen er slettet helt: loggen har bare personens id.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="183"/>
        <source>That person has no course to open.</source>
        <translation>Personen har ikke noe forløp som kan åpnes.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="198"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="198"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="200"/>
        <source>Export audit trail</source>
        <translation>Eksporter tilgangslogg</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="212"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="220"/>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="238"/>
        <source>The file could not be saved in %1:</source>
        <translation>Filen kunne ikke lagres i %1:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="242"/>
        <source>The audit trail could not be exported.</source>
        <translation>Tilgangsloggen kunne ikke eksporteres.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="244"/>
        <source>Saved: %1 (%2 events)</source>
        <translation>Lagret: %1 (%2 hendelser)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="251"/>
        <source>Audit trail</source>
        <translation>Tilgangslogg</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="90"/>
        <source>Making a backup…</source>
        <translation>Tar sikkerhetskopi…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="113"/>
        <source>Stopping the backup…</source>
        <translation>Stopper sikkerhetskopien…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="132"/>
        <source>Checking the backup…</source>
        <translation>Kontrollerer sikkerhetskopien…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="137"/>
        <source>Checking today&apos;s backup before IPS Desktop closes…</source>
        <translation>Dagens sikkerhetskopi kontrolleres før IPS Desktop lukkes…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="138"/>
        <source>Making today&apos;s backup before IPS Desktop closes…</source>
        <translation>Dagens sikkerhetskopi tas før IPS Desktop lukkes…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="140"/>
        <source>If you skip it, IPS Desktop closes now without today&apos;s backup; it is made the next time IPS Desktop starts. Everything you saved is kept either way.</source>
        <translation>Hopper du over den, lukkes IPS Desktop nå uten dagens sikkerhetskopi; den tas neste gang IPS Desktop starter. Alt du har lagret, er i behold uansett.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="157"/>
        <source>Closing IPS Desktop</source>
        <translation>IPS Desktop lukkes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="159"/>
        <source>&amp;Skip the backup</source>
        <translation>&amp;Hopp over sikkerhetskopien</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="180"/>
        <source>Backup skipped; it is made at the next start</source>
        <translation>Sikkerhetskopien ble hoppet over; den tas ved neste oppstart</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="182"/>
        <source>Backup folder not reachable; will try again</source>
        <translation>Mappen for sikkerhetskopier kan ikke nås; prøver igjen senere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="184"/>
        <source>Backup failed; will try again</source>
        <translation>Sikkerhetskopien mislyktes; prøver igjen senere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="189"/>
        <source>Backup %1</source>
        <translation>Sikkerhetskopi %1</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="86"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkroniser nå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="87"/>
        <source>C&amp;onflicts…</source>
        <translation>K&amp;onflikter…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="95"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="142"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n endring venter</numerusform>
            <numerusform>%n endringer venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="144"/>
        <source>%n change(s) refused by the team&apos;s rules</source>
        <translation>
            <numerusform>%n endring avvist av teamets regler</numerusform>
            <numerusform>%n endringer avvist av teamets regler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="146"/>
        <source>%n row(s) no longer yours removed</source>
        <translation>
            <numerusform>%n rad som ikke lenger er din, fjernet</numerusform>
            <numerusform>%n rader som ikke lenger er dine, fjernet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="157"/>
        <source>The team&apos;s rules no longer let this login read some rows (a course given to a colleague, say): they were removed from this computer. The team database keeps them.</source>
        <translation>Teamets regler lar ikke lenger denne innloggingen se noen data (f.eks. et forløp som er gitt til en kollega): de er fjernet fra denne datamaskinen. Teamdatabasen beholder dem.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="153"/>
        <source>The team database did not take changes to rows this login may not write (another consultant&apos;s course, say). They are kept there for the team lead.</source>
        <translation>Teamdatabasen tok ikke imot endringer av data som denne påloggingen ikke kan endre (f.eks. en annen konsulents forløp). De lagres der, slik at teamlederen kan se dem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="162"/>
        <source>%n conflict(s) waiting</source>
        <translation>
            <numerusform>%n konflikt venter</numerusform>
            <numerusform>%n konflikter venter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="167"/>
        <source>Offline – synced later</source>
        <translation>Frakoblet – synkroniseres senere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="169"/>
        <source>The team database refused the login</source>
        <translation>Teamdatabasen avviste innloggingen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="171"/>
        <source>Sync failed; will try again</source>
        <translation>Synkroniseringen mislyktes; prøver igjen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="173"/>
        <source>Not synced yet</source>
        <translation>Ikke synkronisert ennå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="176"/>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="177"/>
        <source>Synced %1</source>
        <translation>Synkronisert %1</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ips_desktop/ui/i18n.py" line="68"/>
        <source>week %1</source>
        <translation>uke %1</translation>
    </message>
</context>
<context>
    <name>CalendarArea</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/area.py" line="370"/>
        <source>Moved “%1” to %2.</source>
        <translation>«%1» er flyttet til %2.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/area.py" line="371"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/area.py" line="396"/>
        <source>The move is undone.</source>
        <translation>Flyttingen er angret.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/area.py" line="451"/>
        <source>No meeting is booked with the participant.</source>
        <translation>Det er ikke booket noe møte med deltakeren.</translation>
    </message>
</context>
<context>
    <name>CalendarHeader</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/header.py" line="39"/>
        <source>%1–%2 %3 %4</source>
        <translation>%1.–%2. %3 %4</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/header.py" line="43"/>
        <source>%1 %2 – %3 %4 %5</source>
        <translation>%1. %2 – %3. %4 %5</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/header.py" line="46"/>
        <source>%1 %2 %3 – %4 %5 %6</source>
        <translation>%1. %2 %3 – %4. %5 %6</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/header.py" line="54"/>
        <source>Week %1 · %2</source>
        <translation>Uke %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/header.py" line="61"/>
        <source>%1 %2 %3 %4 · week %5</source>
        <translation>%1 %2. %3 %4 · uke %5</translation>
    </message>
</context>
<context>
    <name>CalendarOutput</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/output.py" line="71"/>
        <source>The calendar is exported to %1.</source>
        <translation>Kalenderen er eksportert til %1.</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="118"/>
        <source>My calendar</source>
        <translation>Min kalender</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="121"/>
        <source>Everyone’s presence days side by side</source>
        <translation>Alles oppmøtedager side om side</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="124"/>
        <source>Previous (%1)</source>
        <translation>Forrige (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="126"/>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="127"/>
        <source>Next (%1)</source>
        <translation>Neste (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="128"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="129"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="131"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="132"/>
        <source>Work week</source>
        <translation>Arbeidsuke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="133"/>
        <source>Full week</source>
        <translation>Hele uken</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="134"/>
        <source>View</source>
        <translation>Visning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="135"/>
        <source>Whose calendar</source>
        <translation>Hvem sin kalender</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="137"/>
        <source>Only presence days</source>
        <translation>Kun oppmøtedager</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="138"/>
        <source>New event…</source>
        <translation>Ny avtale…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="139"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="140"/>
        <source>Export .ics…</source>
        <translation>Eksporter .ics…</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="49"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="50"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="51"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="52"/>
        <source>Days in IPS</source>
        <translation>Dager i IPS</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="53"/>
        <source>Last contact</source>
        <translation>Siste kontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="54"/>
        <source>Next due</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="215"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="216"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="213"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="221"/>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="262"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag over fristen</numerusform>
            <numerusform>%n dager over fristen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="26"/>
        <source>Change password</source>
        <translation>Bytt passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="27"/>
        <source>Current password</source>
        <translation>Nåværende passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="28"/>
        <source>New password</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="29"/>
        <source>Repeat new password</source>
        <translation>Gjenta nytt passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="33"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Nåværende passord:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="34"/>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt passord:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="35"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="42"/>
        <source>The recovery key stays the same; keep using the sheet you have.</source>
        <translation>Gjenopprettingsnøkkelen er den samme; bruk fortsatt arket du har.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="56"/>
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="65"/>
        <source>Combine the two values</source>
        <translation>Kombiner de to verdiene</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="70"/>
        <source>Save the combination</source>
        <translation>Lagre kombinasjonen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="74"/>
        <source>Make one value of the two; it replaces both.</source>
        <translation>Lag én verdi av de to; den erstatter begge.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="94"/>
        <source>%1 deleted on one computer and changed on another</source>
        <translation>%1 slettet på én datamaskin og endret på en annen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="97"/>
        <source>%1 of %2 changed on two computers</source>
        <translation>%1 på %2 endret på to datamaskiner</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="110"/>
        <source>The team kept the first change it got; the other waits here, so nothing is lost. Choose the value that is right, or combine them.</source>
        <translation>Teamet beholdt endringen det fikk først; den andre venter her, så ingenting går tapt. Velg verdien som er riktig, eller kombiner dem.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="112"/>
        <source>The team kept the first change it got; the other waits here, so nothing is lost. Choose the value that is right.</source>
        <translation>Teamet beholdt endringen det fikk først; den andre venter her, så ingenting går tapt. Velg verdien som er riktig.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="117"/>
        <source>On the team now</source>
        <translation>På teamet nå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="118"/>
        <source>Waiting change</source>
        <translation>Ventende endring</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="125"/>
        <source>Combine…</source>
        <translation>Kombiner…</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="87"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="88"/>
        <source>No conflicts are waiting.</source>
        <translation>Ingen konflikter venter.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="117"/>
        <source>Same person twice?</source>
        <translation>Samme person to ganger?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="119"/>
        <source>Erasure refused</source>
        <translation>Sletting avvist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="179"/>
        <source>Erased here. The erasure is sent at the next sync.</source>
        <translation>Slettet her. Slettingen sendes ved neste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="190"/>
        <source>Someone decided this conflict already.</source>
        <translation>Noen andre har allerede avgjort denne konflikten.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="192"/>
        <source>Decided. The choice is sent at the next sync.</source>
        <translation>Avgjort. Valget sendes ved neste synkronisering.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="102"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="106"/>
        <source>Scope of the consent</source>
        <translation>Samtykket omfatter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="108"/>
        <source>Usually: exchange of information between psychiatry and the jobcenter about the IPS course.</source>
        <translation>Vanligvis: utveksling av opplysninger mellom psykiatrien og NAV/jobbsenteret om IPS-forløpet.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="112"/>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="112"/>
        <source>New consent</source>
        <translation>Nytt samtykke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="113"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Trukket tilbake den:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="113"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Gitt den:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="118"/>
        <source>&amp;Covers:</source>
        <translation>&amp;Omfatter:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="123"/>
        <source>From this day nothing about the person is shared with psychiatry or employers. What was recorded stays; a new consent can be recorded later.</source>
        <translation>Fra denne dagen deles ingenting om personen med psykiatrien eller arbeidsgivere. Det som er registrert blir stående; et nytt samtykke kan registreres senere.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="125"/>
        <source>Record the consent the person has given, and what it covers.</source>
        <translation>Registrer samtykket personen har gitt, og hva det omfatter.</translation>
    </message>
</context>
<context>
    <name>ConsentLine</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="67"/>
        <source>share nothing about the person with psychiatry or employers until a new consent is recorded</source>
        <translation>del ingenting om personen med psykiatrien eller arbeidsgivere før et nytt samtykke er registrert</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="74"/>
        <source>covers: %1</source>
        <translation>omfatter: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="75"/>
        <source>what it covers is not written down</source>
        <translation>hva det omfatter, er ikke skrevet ned</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="77"/>
        <source>to be withdrawn %1</source>
        <translation>trekkes tilbake %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="85"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="89"/>
        <source>Record &amp;withdrawal…</source>
        <translation>Registrer &amp;tilbaketrekking…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="90"/>
        <source>Record &amp;consent…</source>
        <translation>Registrer &amp;samtykke…</translation>
    </message>
</context>
<context>
    <name>ConsultantPage</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="378"/>
        <source>Your profile</source>
        <translation>Din profil</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="380"/>
        <source>Everything you change in the app is recorded under your initials.</source>
        <translation>Alt du endrer i programmet, registreres under initialene dine.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="381"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="381"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialer:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="381"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="382"/>
        <source>&amp;FTE (full time = 1.0):</source>
        <translation>&amp;Stillingsandel (full tid = 1,0):</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="382"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="385"/>
        <source>Why Cancel is not available</source>
        <translation>Hvorfor Avbryt ikke kan brukes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="387"/>
        <source>The database has been created, so this last step cannot be cancelled: the app needs to know who makes each change.</source>
        <translation>Databasen er opprettet, så dette siste steget kan ikke avbrytes: programmet må vite hvem som gjør hver endring.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="389"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="389"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="390"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="391"/>
        <source>FTE</source>
        <translation>Stillingsandel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="391"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="395"/>
        <source>IPS consultant</source>
        <translation>IPS-konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="396"/>
        <source>Team lead</source>
        <translation>IPS-leder</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="270"/>
        <source>Edit employer contact</source>
        <translation>Rediger arbeidsgiverkontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="271"/>
        <source>Log employer contact</source>
        <translation>Logg arbeidsgiverkontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="272"/>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="284"/>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="273"/>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="288"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="274"/>
        <source>Date and time</source>
        <translation>Dato og tid</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="275"/>
        <source>Consultant</source>
        <translation>IPS-konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="276"/>
        <source>How</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="276"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="277"/>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="292"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="278"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="279"/>
        <source>Outcome in words</source>
        <translation>Resultat med egne ord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="280"/>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="281"/>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="293"/>
        <source>Follow up on</source>
        <translation>Oppfølging den</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="283"/>
        <source>Type the name; Enter creates a new one</source>
        <translation>Skriv navnet; Enter oppretter en ny</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="287"/>
        <source>Choose, or type a new name</source>
        <translation>Velg, eller skriv et nytt navn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="289"/>
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="290"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="291"/>
        <source>Type the name (only for a participant)</source>
        <translation>Skriv navnet (bare når det gjelder en deltaker)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="302"/>
        <source>+1 week</source>
        <translation>+1 uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="303"/>
        <source>+2 weeks</source>
        <translation>+2 uker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="304"/>
        <source>Follow up in a week</source>
        <translation>Følg opp om en uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="305"/>
        <source>Follow up in two weeks</source>
        <translation>Følg opp om to uker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="306"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="307"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="309"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="310"/>
        <source>Delete contact…</source>
        <translation>Slett kontakt…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="369"/>
        <source>Create «%1» as a new employer</source>
        <translation>Opprett «%1» som ny arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="425"/>
        <source>Not chosen yet</source>
        <translation>Ikke valgt ennå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="614"/>
        <source>Delete contact</source>
        <translation>Slett kontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="615"/>
        <source>Delete this employer contact from the log?</source>
        <translation>Slette denne arbeidsgiverkontakten fra loggen?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="617"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="618"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="647"/>
        <source>Hired</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="648"/>
        <source>Record the job start now?</source>
        <translation>Registrere jobbstarten nå?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="650"/>
        <source>It can also be recorded later on the participant&apos;s page.</source>
        <translation>Den kan også registreres senere på deltakerens side.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="652"/>
        <source>Record job start</source>
        <translation>Registrer jobbstart</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="654"/>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
</context>
<context>
    <name>ContactMode</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="67"/>
        <source>Face to face</source>
        <translation>Ansikt til ansikt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="68"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="69"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="70"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>ContactOutcome</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="99"/>
        <source>Meeting agreed</source>
        <translation>Møte avtalt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="101"/>
        <source>Opening found</source>
        <translation>Jobbmulighet funnet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="103"/>
        <source>No opening now</source>
        <translation>Ingen jobbmulighet nå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="104"/>
        <source>Hired</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="105"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>ContactPersonDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="379"/>
        <source>Edit contact person</source>
        <translation>Rediger kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="380"/>
        <source>New contact person</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="384"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="384"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="385"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="385"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
</context>
<context>
    <name>ContactPurpose</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="76"/>
        <source>Getting to know the business</source>
        <translation>Bli kjent med arbeidsgiveren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="78"/>
        <source>A job for a named participant</source>
        <translation>Jobb til en bestemt deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="80"/>
        <source>Follow-along support for someone working there</source>
        <translation>Oppfølging av en som jobber der</translation>
    </message>
</context>
<context>
    <name>ContactPurposeShort</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="89"/>
        <source>Networking</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="90"/>
        <source>Job for participant</source>
        <translation>Jobb til deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="92"/>
        <source>Follow-along</source>
        <translation>Oppfølging</translation>
    </message>
</context>
<context>
    <name>CoverageStrip</name>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="100"/>
        <source>%n presence day(s)</source>
        <translation>
            <numerusform>%n oppmøtedag</numerusform>
            <numerusform>%n oppmøtedager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="100"/>
        <source>no presence day</source>
        <translation>ingen oppmøtedag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="104"/>
        <source>Show this consultant’s calendar</source>
        <translation>Vis konsulentens kalender</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="107"/>
        <source>Show the first week of this month</source>
        <translation>Vis månedens første uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="122"/>
        <source>Presence in psychiatry, %1</source>
        <translation>Oppmøtedager i psykiatrien, %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="125"/>
        <source>Presence in psychiatry</source>
        <translation>Oppmøtedager i psykiatrien</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_fields.py" line="71"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_fields.py" line="74"/>
        <source>Choose date</source>
        <translation>Velg dato</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="137"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="137"/>
        <source>&amp;CVR number:</source>
        <translation>&amp;CVR-nummer:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="138"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Bransje:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="138"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="139"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="139"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="140"/>
        <source>&amp;Web site:</source>
        <translation>Nett&amp;side:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="144"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otater:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="145"/>
        <source>8 digits, optional</source>
        <translation>8 sifre, valgfritt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="149"/>
        <source>Contact person (optional)</source>
        <translation>Kontaktperson (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="152"/>
        <source>Con&amp;tact person:</source>
        <translation>Kontakt&amp;person:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="152"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="153"/>
        <source>Person&apos;s p&amp;hone:</source>
        <translation>Personens te&amp;lefon:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="154"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="176"/>
        <source>Edit employer</source>
        <translation>Rediger arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="179"/>
        <source>New employer</source>
        <translation>Ny arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="209"/>
        <source>Employers already registered</source>
        <translation>Arbeidsgivere som allerede er registrert</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="212"/>
        <source>&amp;Use the existing one</source>
        <translation>Br&amp;uk den eksisterende</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="214"/>
        <source>Register an&amp;yway</source>
        <translation>Registrer like&amp;vel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="303"/>
        <source>An employer with this CVR number is already registered. Use it, or register this one as well?</source>
        <translation>En arbeidsgiver med dette CVR-nummeret er allerede registrert. Vil du bruke den, eller registrere denne likevel?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="305"/>
        <source>An employer with this name is already registered (perhaps another branch). Use it, or register this one as well?</source>
        <translation>En arbeidsgiver med dette navnet er allerede registrert (kanskje en annen avdeling). Vil du bruke den, eller registrere denne likevel?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="331"/>
        <source>Also registered: %1. If it is the same business, use “Merge with…” on the employer&apos;s page.</source>
        <translation>Også registrert: %1. Er det samme virksomhet, bruk «Slå sammen med…» på arbeidsgiverens side.</translation>
    </message>
</context>
<context>
    <name>EmployerListView</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="308"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="338"/>
        <source>Search name, CVR, industry or municipality</source>
        <translation>Søk på navn, CVR, bransje eller kommune</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="340"/>
        <source>Search employers</source>
        <translation>Søk i arbeidsgivere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="341"/>
        <source>&amp;New employer…</source>
        <translation>&amp;Ny arbeidsgiver…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="342"/>
        <source>Employers</source>
        <translation>Arbeidsgivere</translation>
    </message>
</context>
<context>
    <name>EmployerModel</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="67"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="68"/>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="69"/>
        <source>Industry</source>
        <translation>Bransje</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="70"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="71"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="72"/>
        <source>Last contact</source>
        <translation>Siste kontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="73"/>
        <source>Open openings</source>
        <translation>Åpne jobbmuligheter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="74"/>
        <source>Placements</source>
        <translation>Jobb/utdanning</translation>
    </message>
</context>
<context>
    <name>EmployerPage</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="234"/>
        <source>no CVR number</source>
        <translation>ikke noe CVR-nummer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="241"/>
        <source>The employer asked for was merged into this one.</source>
        <translation>Arbeidsgiveren du åpnet, er slått sammen med denne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="247"/>
        <source>%1 (%n contact(s), last %2)</source>
        <translation>
            <numerusform>%1 (%n kontakt, sist %2)</numerusform>
            <numerusform>%1 (%n kontakter, sist %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="252"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n til</numerusform>
            <numerusform>%n til</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="253"/>
        <source>Known in the team by: %1</source>
        <translation>Kjent i teamet av: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="256"/>
        <source>No one in the team has been in contact yet.</source>
        <translation>Ingen i teamet har hatt kontakt ennå.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="318"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="318"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="330"/>
        <source>Contacts (%1)</source>
        <translation>Kontakter (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="330"/>
        <source>Openings (%1)</source>
        <translation>Jobbmuligheter (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="331"/>
        <source>Jobs and educations (%1)</source>
        <translation>Jobber og utdanninger (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="332"/>
        <source>Contact people (%1)</source>
        <translation>Kontaktpersoner (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="333"/>
        <source>Known in the team (%1)</source>
        <translation>Kjent i teamet (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="418"/>
        <source>Remove contact person</source>
        <translation>Fjern kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="419"/>
        <source>Remove %1 from the employer&apos;s contact people?</source>
        <translation>Fjerne %1 fra arbeidsgiverens kontaktpersoner?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="422"/>
        <source>Contacts already logged with them keep their name.</source>
        <translation>Kontakter som allerede er logget med personen, beholder navnet.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="423"/>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="489"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="424"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="482"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Tilbake</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="483"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Logg kontakt…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="484"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Rediger opplysninger…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="485"/>
        <source>&amp;Merge with…</source>
        <translation>&amp;Slå sammen med…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="486"/>
        <source>Go to the &amp;participant</source>
        <translation>Gå til &amp;deltakeren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="487"/>
        <source>&amp;Add contact person…</source>
        <translation>Legg til &amp;kontaktperson…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="488"/>
        <source>Change contact &amp;person…</source>
        <translation>Endre kontakt&amp;person…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="491"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="491"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="491"/>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="503"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="492"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="492"/>
        <source>Mode</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="493"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="493"/>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="498"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="494"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="494"/>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="495"/>
        <source>Found</source>
        <translation>Funnet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="495"/>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="498"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="495"/>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="499"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="496"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="496"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="497"/>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="498"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="499"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="499"/>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="500"/>
        <source>Ordinary terms</source>
        <translation>Ordinære vilkår</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="501"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="501"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="501"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="502"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="503"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="504"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="504"/>
        <source>Last contact</source>
        <translation>Siste kontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="508"/>
        <source>Contacts with the employer</source>
        <translation>Kontakter med arbeidsgiveren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="509"/>
        <source>Openings at the employer</source>
        <translation>Jobbmuligheter hos arbeidsgiveren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="510"/>
        <source>Jobs and educations at the employer</source>
        <translation>Jobber og utdanninger hos arbeidsgiveren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="511"/>
        <source>Contact people</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="512"/>
        <source>Known in the team</source>
        <translation>Kjent i teamet</translation>
    </message>
</context>
<context>
    <name>EmployersArea</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/area.py" line="121"/>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/area.py" line="122"/>
        <source>Employers</source>
        <translation>Arbeidsgivere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/area.py" line="123"/>
        <source>Openings</source>
        <translation>Jobbmuligheter</translation>
    </message>
</context>
<context>
    <name>EndCourseDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="89"/>
        <source>End course</source>
        <translation>Avslutt forløp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="93"/>
        <source>IPS support is not time-limited. A course ends only when the participant asks for it, or at another clear end such as moving away or ending treatment. The participant can start a new course later; the history is kept.</source>
        <translation>IPS-støtten er ikke tidsbegrenset. Et forløp avsluttes bare når deltakeren ønsker det, eller ved en annen klar avslutning som flytting eller avsluttet behandling. Deltakeren kan starte et nytt forløp senere; historikken tas vare på.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="98"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="99"/>
        <source>Choose a reason…</source>
        <translation>Velg en årsak…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="102"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsak:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="110"/>
        <source>Other reason</source>
        <translation>Annen årsak</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="111"/>
        <source>Say briefly why the course ends</source>
        <translation>Skriv kort hvorfor forløpet avsluttes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="112"/>
        <source>&amp;Other reason:</source>
        <translation>A&amp;nnen årsak:</translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="53"/>
        <source>The participant&apos;s wish</source>
        <translation>Deltakerens ønske</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="56"/>
        <source>In job or education, and support no longer wanted</source>
        <translation>I jobb eller utdanning – ønsker ikke lenger oppfølging</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="59"/>
        <source>Moved away</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="60"/>
        <source>Treatment ended</source>
        <translation>Behandling avsluttet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="61"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="54"/>
        <source>Erase for good</source>
        <translation>Slett helt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="57"/>
        <source>Erase %n person(s) for good? Every record about them is removed from this database and cannot be brought back. Only a tombstone stays in the audit trail: their id and today&apos;s date.</source>
        <translation>
            <numerusform>Slette %n person helt? Alt databasen har om personen, fjernes og kan ikke hentes tilbake. Bare en markering blir stående i tilgangsloggen: personens id og dagens dato.</numerusform>
            <numerusform>Slette %n personer helt? Alt databasen har om dem, fjernes og kan ikke hentes tilbake. Bare en markering blir stående i tilgangsloggen: deres id og dagens dato.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="54"/>
        <source>Erase the person completely</source>
        <translation>Slett personen helt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="66"/>
        <source>I understand that this cannot be &amp;undone</source>
        <translation>Jeg forstår at dette ikke kan &amp;angres</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="71"/>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="65"/>
        <source>App password</source>
        <translation>Appens passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="89"/>
        <source>&amp;Erase completely</source>
        <translation>&amp;Slett helt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="94"/>
        <source>Your app &amp;password:</source>
        <translation>Ditt &amp;passord:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="125"/>
        <source>Erase everything IPS Desktop holds about %1: the person, every course and all that belongs to it? This cannot be undone.</source>
        <translation>Slette alt IPS Desktop har om %1: personen, alle forløp og alt som hører til dem? Dette kan ikke angres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="133"/>
        <source>%n employer contact(s) made for the person stay in the employer contact log and in the week&apos;s count of employer contacts, without the link to the person and without the text written about the outcome and the next step.</source>
        <translation>
            <numerusform>%n arbeidsgiverkontakt gjort for personen blir i arbeidsgiverloggen og i ukens antall arbeidsgiverkontakter, men uten koblingen til personen og uten den skrevne teksten om resultat og neste steg.</numerusform>
            <numerusform>%n arbeidsgiverkontakter gjort for personen blir i arbeidsgiverloggen og i ukens antall arbeidsgiverkontakter, men uten koblingen til personen og uten den skrevne teksten om resultat og neste steg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="169"/>
        <source>Erasing the person and overwriting the file… On a large database this takes up to a minute.</source>
        <translation>Sletter personen og overskriver filen… På en stor database tar det opptil et minutt.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="215"/>
        <source>Something unexpected stopped the erasure; the person is not erased. It is recorded in the log.</source>
        <translation>Noe uventet stoppet slettingen; personen er ikke slettet. Det er skrevet i loggen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="70"/>
        <source>Not erased</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="73"/>
        <source>App &amp;password:</source>
        <translation>Appens &amp;passord:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="78"/>
        <source>Erasing… The whole file is rewritten so that nothing of them can be found in it: on a large database this takes a minute or so.</source>
        <translation>Sletter … Hele filen skrives om, slik at ingenting av dem kan finnes i den: i en stor database tar det et minutts tid.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="84"/>
        <source>&amp;Erase %n person(s)</source>
        <translation>
            <numerusform>&amp;Slett %n person</numerusform>
            <numerusform>&amp;Slett %n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="106"/>
        <source>Backups made before today may still hold them.</source>
        <translation>Sikkerhetskopier tatt før i dag kan fortsatt inneholde dem.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="108"/>
        <source>No automatic backup made before today holds them.</source>
        <translation>Ingen automatisk sikkerhetskopi fra før i dag inneholder dem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="109"/>
        <source>%n backup(s) made before today still hold them; the daily backup rotation has removed the last of them by %1.</source>
        <translation>
            <numerusform>%n sikkerhetskopi fra før i dag inneholder dem fortsatt; den daglige utskiftingen av sikkerhetskopier har fjernet den senest %1.</numerusform>
            <numerusform>%n sikkerhetskopier fra før i dag inneholder dem fortsatt; den daglige utskiftingen av sikkerhetskopier har fjernet den siste av dem senest %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="112"/>
        <source>%n copy(ies) in the backup folder are never rotated away: delete them by hand.</source>
        <translation>
            <numerusform>%n kopi i mappen med sikkerhetskopier skiftes aldri ut: slett den selv.</numerusform>
            <numerusform>%n kopier i mappen med sikkerhetskopier skiftes aldri ut: slett dem selv.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="142"/>
        <source>The password is wrong. Nobody was erased.</source>
        <translation>Passordet er feil. Ingen er slettet.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="157"/>
        <source>Nobody was erased.</source>
        <translation>Ingen er slettet.</translation>
    </message>
</context>
<context>
    <name>EraseRequestPanel</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/erase_request_panel.py" line="27"/>
        <source>Erasure refused by the team&apos;s rules</source>
        <translation>Sletting avvist av teamets regler</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/erase_request_panel.py" line="37"/>
        <source>A consultant</source>
        <translation>En konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/erase_request_panel.py" line="39"/>
        <source>%1 erased this person on their computer, but their login may not erase them on the team database (a colleague holds one of the person&apos;s courses, say). The person&apos;s data are still on the team database and on the computers that hold them. Your login may erase them.</source>
        <translation>%1 slettet personen på sin datamaskin, men den innloggingen kan ikke slette personen i teamdatabasen (f.eks. har en kollega et av personens forløp). Personens data er fortsatt i teamdatabasen og på datamaskinene som har dem. Din innlogging kan slette personen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/erase_request_panel.py" line="45"/>
        <source>Erase the person completely…</source>
        <translation>Slett personen helt…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/erase_request_panel.py" line="48"/>
        <source>Do not erase</source>
        <translation>Ikke slett</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/error_dialog.py" line="31"/>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/error_dialog.py" line="32"/>
        <source>Something went wrong. What you saved before is safe; the last action may not have been completed. The error has been written to the log file.</source>
        <translation>Noe gikk galt. Det du allerede har lagret, er trygt; den siste handlingen ble kanskje ikke fullført. Feilen er skrevet til loggfilen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/error_dialog.py" line="36"/>
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="219"/>
        <source>New event</source>
        <translation>Ny avtale</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="221"/>
        <source>Edit event</source>
        <translation>Rediger avtale</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="222"/>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="231"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="222"/>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="233"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="223"/>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="235"/>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="223"/>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="236"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="224"/>
        <source>Day and time</source>
        <translation>Dag og tid</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="224"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="225"/>
        <source>Repeats</source>
        <translation>Gjentas</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="226"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="227"/>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="239"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="227"/>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="232"/>
        <source>Type the name (only for a participant)</source>
        <translation>Skriv navnet (bare for en deltaker)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="234"/>
        <source>Type the name (only for an employer)</source>
        <translation>Skriv navnet (bare for en arbeidsgiver)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="241"/>
        <location filename="../../ips_desktop/ui/dialogs/event_saving.py" line="62"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="243"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="244"/>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="28"/>
        <source>Delete «%1» on %2?</source>
        <translation>Slette «%1» %2?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="31"/>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="41"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="32"/>
        <source>It repeats: which occurrences?</source>
        <translation>Den gjentas: hvilke ganger?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="38"/>
        <source>Delete event</source>
        <translation>Slett avtale</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="43"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="111"/>
        <source>Presence in psychiatry</source>
        <translation>Oppmøtedag i psykiatrien</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="112"/>
        <source>Treatment conference</source>
        <translation>Behandlingsmøte</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="114"/>
        <source>Joint start-up meeting</source>
        <translation>Felles oppstartsmøte</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="115"/>
        <source>Meeting with participant</source>
        <translation>Møte med deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="117"/>
        <source>Employer visit</source>
        <translation>Arbeidsgiverbesøk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="118"/>
        <source>Group supervision</source>
        <translation>Gruppeveiledning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="119"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <location filename="../../ips_desktop/ui/home/events.py" line="71"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/events.py" line="72"/>
        <source>Later this week</source>
        <translation>Resten av uken</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/events.py" line="82"/>
        <source>Nothing in your calendar today.</source>
        <translation>Ingenting i kalenderen din i dag.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/events.py" line="88"/>
        <source>Nothing more in your calendar this week.</source>
        <translation>Ikke mer i kalenderen din denne uken.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/events.py" line="99"/>
        <source>Open the calendar on this day</source>
        <translation>Åpne kalenderen på denne dagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/home/events.py" line="106"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n til</numerusform>
            <numerusform>%n til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FidelityTab</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="206"/>
        <source>The team&apos;s own self-check from its data – not an external fidelity review</source>
        <translation>Teamets egen egenvurdering ut fra data – ikke en ekstern fidelity-måling</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="208"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="208"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="208"/>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="208"/>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="209"/>
        <source>Fidelity items</source>
        <translation>Fidelity-punkter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="211"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="211"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="211"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="211"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="212"/>
        <source>Meets the aim</source>
        <translation>Oppfyller målet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="212"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="213"/>
        <source>Rows behind the figure</source>
        <translation>Radene bak tallet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="214"/>
        <source>Review &amp;comment:</source>
        <translation>&amp;Kommentar til vurderingen:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="215"/>
        <source>&amp;Save review</source>
        <translation>&amp;Lagre vurdering</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="217"/>
        <source>Saves the seven scored items with today&apos;s data-derived scores as one review</source>
        <translation>Lagrer de sju vurderte punktene sammen med dagens tall fra data som én vurdering</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="218"/>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="222"/>
        <source>Earlier reviews</source>
        <translation>Tidligere vurderinger</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="220"/>
        <source>Reviewed</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="220"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="220"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="220"/>
        <source>Band</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="221"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="256"/>
        <source>Reading…</source>
        <translation>Henter…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="300"/>
        <source>Changed, not saved yet</source>
        <translation>Endret, ikke lagret ennå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="317"/>
        <source>From the data: %1 of %2 points (8 items)</source>
        <translation>Ut fra data: %1 av %2 poeng (8 punkter)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="320"/>
        <source>Total %1 of 75: %2</source>
        <translation>Totalt %1 av 75: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="324"/>
        <source>Total: %n item(s) not scored yet</source>
        <translation>
            <numerusform>Totalt: %n punkt mangler vurdering</numerusform>
            <numerusform>Totalt: %n punkter mangler vurdering</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="325"/>
        <source> (demo data)</source>
        <translation> (demodata)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="334"/>
        <source>incomplete</source>
        <translation>ufullstendig</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="356"/>
        <source>Anchor reached: %1</source>
        <translation>Ankerpunkt nådd: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="357"/>
        <source>No score: nothing to count</source>
        <translation>Ingen poeng: ingenting å telle</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="380"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="380"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="392"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="396"/>
        <source>No contact yet</source>
        <translation>Ingen kontakt ennå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="397"/>
        <source>A month without contact, then outreach</source>
        <translation>Over en måned uten kontakt, deretter oppsøkende arbeid</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="398"/>
        <source>More than 30 days without contact while working</source>
        <translation>Over 30 dager uten kontakt i jobb</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="399"/>
        <source>Support ended while still working</source>
        <translation>Oppfølgingen sluttet mens deltakeren fortsatt var i jobb</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="400"/>
        <source>Same kind of work as others</source>
        <translation>Samme type arbeid som andre</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="401"/>
        <source>Same employer as others</source>
        <translation>Samme arbeidsgiver som andre</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="402"/>
        <source>Temporary job</source>
        <translation>Midlertidig jobb</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="403"/>
        <source>Not on ordinary terms (wage subsidy)</source>
        <translation>Ikke på ordinære vilkår (lønnstilskudd)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="404"/>
        <source>Courses of someone not on the staff</source>
        <translation>Forløp hos en som ikke er i bemanningen</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/field_errors.py" line="115"/>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/field_errors.py" line="53"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/field_errors.py" line="60"/>
        <source>What you typed is still here: press Save again when it is solved.</source>
        <translation>Det du har skrevet, er her fortsatt: trykk Lagre igjen når det er løst.</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="322"/>
        <source>Figures: %1</source>
        <translation>Tall: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="348"/>
        <source>The team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="364"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="380"/>
        <source>New referrals</source>
        <translation>Nye henvisninger</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="382"/>
        <source>Courses ended</source>
        <translation>Avsluttede forløp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="389"/>
        <source>Job starts on ordinary terms</source>
        <translation>Jobbstart på ordinære vilkår</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="391"/>
        <source>Education starts on ordinary terms</source>
        <translation>Utdanningsstart på ordinære vilkår</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="415"/>
        <source>Each consultant in %1 (the courses each holds now)</source>
        <translation>Hver konsulent i %1 (forløpene hver har nå)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="417"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="417"/>
        <source>In a course</source>
        <translation>I forløp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="418"/>
        <source>In job or education</source>
        <translation>I jobb eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="418"/>
        <source>Courses per FTE</source>
        <translation>Forløp per FTE</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="425"/>
        <source>left %1</source>
        <translation>sluttet %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="445"/>
        <source>Started a job or education on ordinary terms within 18 months of the referral: %1 of %2 courses referred at least 18 months before %3 (%4).</source>
        <translation>Startet i jobb eller utdanning på ordinære vilkår innen 18 måneder etter henvisningen: %1 av %2 forløp henvist minst 18 måneder før %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="452"/>
        <source>For comparison: %1.</source>
        <translation>Til sammenligning: %1.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="419"/>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="454"/>
        <source>Within 18 months</source>
        <translation>Innen 18 måneder</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="393"/>
        <source>Starts not on ordinary terms</source>
        <translation>Start ikke på ordinære vilkår</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="399"/>
        <source>Wage subsidy and the like: recorded, never counted as a start or as in job</source>
        <translation>Lønnstilskudd o.l.: registrert, men aldri talt med som start eller som i jobb</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="466"/>
        <source>Demo data: made-up figures.</source>
        <translation>Demodata: oppdiktede tall.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="468"/>
        <source>One consultant&apos;s figures count the courses they hold now: a course moved to another consultant counts for them in every month. The expectation is the team&apos;s.</source>
        <translation>En konsulents tall teller forløpene konsulenten har nå: et forløp som er flyttet til en annen konsulent, teller hos den nye i alle måneder. Forventningen er teamets.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="601"/>
        <source>Other figures</source>
        <translation>Øvrige tall</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="602"/>
        <source>The team&apos;s &amp;comments for the period</source>
        <translation>Teamets &amp;kommentarer til perioden</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="603"/>
        <source>The team&apos;s comments for the period</source>
        <translation>Teamets kommentarer til perioden</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="604"/>
        <source>Save comments</source>
        <translation>Lagre kommentarer</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="97"/>
        <source>Welcome to IPS Desktop</source>
        <translation>Velkommen til IPS Desktop</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="98"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="99"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="100"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="101"/>
        <source>&amp;Finish</source>
        <translation>&amp;Ferdig</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="116"/>
        <source>The database has been created, so setting up can no longer be cancelled.</source>
        <translation>Databasen er opprettet, så oppsettet kan ikke lenger avbrytes.</translation>
    </message>
</context>
<context>
    <name>FormDraftWizard</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="98"/>
        <source>Form status</source>
        <translation>Skjemaets status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="109"/>
        <source>&amp;Move to version %1</source>
        <translation>&amp;Flytt til versjon %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="114"/>
        <source>Answers from an older version</source>
        <translation>Svar fra en eldre versjon</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="119"/>
        <source>Save and &amp;close</source>
        <translation>Lagre og &amp;lukk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="121"/>
        <source>&amp;Mark as complete</source>
        <translation>&amp;Merk som utfylt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="123"/>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="125"/>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="126"/>
        <source>Print the form (Ctrl+P)</source>
        <translation>Skriv ut skjemaet (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="156"/>
        <source>not started</source>
        <translation>ikke påbegynt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="157"/>
        <source>started</source>
        <translation>påbegynt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="158"/>
        <source>complete</source>
        <translation>utfylt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="162"/>
        <source>%1 of %2 sections</source>
        <translation>%1 av %2 deler utfylt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="166"/>
        <source>Complete on %1</source>
        <translation>Utfylt %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="169"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="171"/>
        <source>last changed %1 by %2</source>
        <translation>sist endret %1 av %2</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_editor.py" line="297"/>
        <source>%1 (no longer offered)</source>
        <translation>%1 (utgått)</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_fields.py" line="278"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="366"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="382"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_fields.py" line="279"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="367"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="383"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>FormTab</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="66"/>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="240"/>
        <source>not started</source>
        <translation>ikke påbegynt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="68"/>
        <source>complete on %1</source>
        <translation>utfylt %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="71"/>
        <source>draft, %1 of %2 sections</source>
        <translation>utkast, %1 av %2 deler utfylt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="75"/>
        <source>last reviewed %1</source>
        <translation>sist gjennomgått %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="78"/>
        <source>review overdue since %1</source>
        <translation>skulle vært gjennomgått senest %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="79"/>
        <source>review due on %1</source>
        <translation>gjennomgås senest %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="201"/>
        <source>&amp;Begin the form…</source>
        <translation>&amp;Begynn på skjemaet…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="202"/>
        <source>&amp;Open the form…</source>
        <translation>Å&amp;pne skjemaet…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="241"/>
        <source>started</source>
        <translation>påbegynt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="242"/>
        <source>complete</source>
        <translation>utfylt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="262"/>
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="263"/>
        <source>reached</source>
        <translation>nådd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="270"/>
        <source>%n sub-goal(s) past the target date and not reached.</source>
        <translation>
            <numerusform>%n delmål er over måldatoen og ikke nådd.</numerusform>
            <numerusform>%n delmål er over måldatoen og ikke nådd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="276"/>
        <source>Job search began: %1</source>
        <translation>Jobbsøkingen startet: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="277"/>
        <source>Job search began: not yet</source>
        <translation>Jobbsøkingen startet: ikke ennå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="278"/>
        <source>%1 (%2, last %3)</source>
        <translation>%1 (%2, sist %3)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="281"/>
        <source>Employers contacted: %1</source>
        <translation>Arbeidsgivere kontaktet: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="282"/>
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="284"/>
        <source>From the employer contact log</source>
        <translation>Fra arbeidsgiverloggen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="293"/>
        <source>Mark as &amp;reviewed…</source>
        <translation>Merk som &amp;gjennomgått…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="294"/>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="294"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="295"/>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="295"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="296"/>
        <source>Sub-goals</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="297"/>
        <source>Section</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="297"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="298"/>
        <source>Sections of the form</source>
        <translation>Skjemaets deler</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="299"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="300"/>
        <source>State of the form</source>
        <translation>Skjemaets status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="301"/>
        <source>Job search, from the employer contact log</source>
        <translation>Jobbsøking, fra arbeidsgiverloggen</translation>
    </message>
</context>
<context>
    <name>FormWizard</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_editor.py" line="401"/>
        <source>Steps</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_editor.py" line="407"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_editor.py" line="408"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="68"/>
        <source>This draft was begun on version %1 of the form; version %2 is in use now.</source>
        <translation>Dette utkastet ble påbegynt på versjon %1 av skjemaet; nå brukes versjon %2.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="72"/>
        <source>New questions: %1.</source>
        <translation>Nye spørsmål: %1.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="75"/>
        <source>No longer asked: %1 (the answers are kept, with the old version).</source>
        <translation>Spørres ikke lenger: %1 (svarene beholdes, med den gamle versjonen).</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="79"/>
        <source>Renamed: %1 is now %2.</source>
        <translation>Omdøpt: %1 heter nå %2.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="85"/>
        <source>No longer offered: %1 in %2.</source>
        <translation>Utgått: %1 i %2.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="100"/>
        <source>%1 (version %2): %3</source>
        <translation>%1 (versjon %2): %3</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="103"/>
        <source>Answers to questions this version no longer asks:</source>
        <translation>Svar på spørsmål som denne versjonen ikke lenger stiller:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="137"/>
        <source>Go to %1: %2</source>
        <translation>Gå til %1: %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="144"/>
        <source>The form can be marked complete when these are answered:</source>
        <translation>Skjemaet kan merkes som utfylt når disse er besvart:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="168"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="169"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="171"/>
        <source>rows: %1</source>
        <translation>rader: %1</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/forms_access.py" line="64"/>
        <source>Form file with errors</source>
        <translation>Skjemafil med feil</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/forms_access.py" line="65"/>
        <source>A form file could not be used, so the form shipped with IPS Desktop is used instead:</source>
        <translation>En skjemafil kunne ikke brukes, så skjemaet som følger med IPS Desktop, brukes i stedet:</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/freshness.py" line="51"/>
        <source>How fresh the team&apos;s data is</source>
        <translation>Hvor ferske teamets data er</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/freshness.py" line="70"/>
        <source>Data more than a week old</source>
        <translation>Data over en uke gamle</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/freshness.py" line="74"/>
        <source>The printout will say so on the page.</source>
        <translation>Utskriften sier det også på siden.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/freshness.py" line="76"/>
        <source>&amp;Print anyway</source>
        <translation>&amp;Skriv ut likevel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/freshness.py" line="78"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>GroupField</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="176"/>
        <source>Add row</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="176"/>
        <source>Add a row to %1</source>
        <translation>Legg til en rad i %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="178"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="272"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="274"/>
        <source>Remove row</source>
        <translation>Fjern rad</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="178"/>
        <source>Remove the current row of %1</source>
        <translation>Fjern den valgte raden i %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="180"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="180"/>
        <source>Move the current row of %1 up</source>
        <translation>Flytt den valgte raden i %1 opp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="182"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="183"/>
        <source>Move the current row of %1 down</source>
        <translation>Flytt den valgte raden i %1 ned</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="273"/>
        <source>Remove this row and its answers?</source>
        <translation>Fjerne raden og svarene i den?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="275"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
</context>
<context>
    <name>HeldField</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="335"/>
        <source>The meeting was held (a contact on the participant&apos;s page)</source>
        <translation>Møtet ble holdt (en kontakt på deltakerens side)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="358"/>
        <source>Noted as a contact with the participant; untick to remove it.</source>
        <translation>Notert som kontakt med deltakeren; fjern haken for å fjerne den.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="360"/>
        <source>Saving removes the contact note this meeting became.</source>
        <translation>Når du lagrer, fjernes kontakten møtet ble til.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="58"/>
        <source>New referral, from any area</source>
        <translation>Ny henvisning, fra alle områder</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="60"/>
        <source>log an employer contact instead</source>
        <translation>logg en arbeidsgiverkontakt i stedet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="62"/>
        <source>a new event at the next free half hour</source>
        <translation>en ny avtale i neste ledige halvtime</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="65"/>
        <source>Search participants, from any area</source>
        <translation>Søk blant deltakerne, fra alle områder</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="67"/>
        <source>search the log instead</source>
        <translation>søk i loggen i stedet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="70"/>
        <source>Log an employer contact, from any area</source>
        <translation>Logg en arbeidsgiverkontakt, fra alle områder</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="72"/>
        <source>Print what Participants shows</source>
        <translation>Skriv ut det som vises under Deltakere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="74"/>
        <source>print the week&apos;s log for the team meeting</source>
        <translation>skriv ut ukens logg til teammøtet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="76"/>
        <source>print the week shown</source>
        <translation>skriv ut uken som vises</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="78"/>
        <source>print the week&apos;s supervision list</source>
        <translation>skriv ut ukens veiledningsliste</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="80"/>
        <source>print the steering group&apos;s printout of the months shown</source>
        <translation>skriv ut styringsgruppens oversikt over månedene som vises</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="84"/>
        <source>Lock the window now</source>
        <translation>Lås vinduet nå</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="86"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="87"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="88"/>
        <source>This help</source>
        <translation>Denne hjelpen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="89"/>
        <source>Sync with the team database now (on a computer that has joined one)</source>
        <translation>Synkroniser med teamdatabasen nå (på en datamaskin som er koblet til en)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="97"/>
        <source>Next question; after the page&apos;s last, the next page</source>
        <translation>Neste spørsmål; etter sidens siste neste side</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="99"/>
        <source>Leave a long text (there Enter starts a new line)</source>
        <translation>Gå ut av en lang tekst (der gir Enter en ny linje)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="101"/>
        <source>Add a row to a table (jobs, medication, sub-goals)</source>
        <translation>Legg til en rad i en tabell (jobber, medisiner, delmål)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="103"/>
        <source>Remove the table&apos;s row</source>
        <translation>Fjern tabellens rad</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="104"/>
        <source>Move the row up</source>
        <translation>Flytt raden opp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="105"/>
        <source>Move the row down</source>
        <translation>Flytt raden ned</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="111"/>
        <source>The week (or day) before</source>
        <translation>Uken (eller dagen) før</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="112"/>
        <source>The week (or day) after</source>
        <translation>Uken (eller dagen) etter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="113"/>
        <source>Back to today</source>
        <translation>Tilbake til i dag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="114"/>
        <source>Undo the last move</source>
        <translation>Angre siste flytting</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="115"/>
        <source>Open the event chosen</source>
        <translation>Åpne den valgte avtalen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="116"/>
        <source>Delete the event chosen</source>
        <translation>Slett den valgte avtalen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="117"/>
        <source>The next event (arrow keys too)</source>
        <translation>Neste avtale (også piltastene)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="123"/>
        <source>The week before</source>
        <translation>Uken før</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="124"/>
        <source>The week after</source>
        <translation>Uken etter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="125"/>
        <source>This week</source>
        <translation>Denne uken</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="126"/>
        <source>Tick the participant chosen as discussed (again: untick)</source>
        <translation>Merk den valgte deltakeren som drøftet (igjen: fjern merket)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="128"/>
        <source>Write the supervision note</source>
        <translation>Skriv notatet fra veiledning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="129"/>
        <source>Save the note</source>
        <translation>Lagre notatet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="130"/>
        <source>Open the participant chosen</source>
        <translation>Åpne den valgte deltakeren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="136"/>
        <source>The period a month earlier</source>
        <translation>Perioden en måned tidligere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="137"/>
        <source>The period a month later</source>
        <translation>Perioden en måned senere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="138"/>
        <source>The last 12 months</source>
        <translation>De siste 12 månedene</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="139"/>
        <source>Save the expectation typed in a chart&apos;s table</source>
        <translation>Lagre forventningen som er skrevet i et diagrams tabell</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="153"/>
        <source>In “%1”: %2</source>
        <translation>I «%1»: %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="164"/>
        <location filename="../../ips_desktop/ui/shell/help.py" line="166"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="173"/>
        <source>In supervision</source>
        <translation>I veiledning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="174"/>
        <source>In the team overview</source>
        <translation>I teamoversikten</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="175"/>
        <source>Drag over empty time (or double-click it) to make an event there; drag an event to move it, its lower edge to make it longer or shorter.</source>
        <translation>Dra over ledig tid (eller dobbeltklikk på den) for å lage en avtale der; dra en avtale for å flytte den, og den nederste kanten for å gjøre den lengre eller kortere.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="178"/>
        <source>The window locks itself when you leave it; the password opens it again. Everything you have not saved is kept while it is locked.</source>
        <translation>Vinduet låser seg selv når du forlater det; passordet åpner det igjen. Alt du ikke har lagret, tas vare på mens det er låst.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="180"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="181"/>
        <source>In a form</source>
        <translation>I et skjema</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="182"/>
        <source>In the calendar</source>
        <translation>I kalenderen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="195"/>
        <source>History of the answers</source>
        <translation>Svarenes historikk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="198"/>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="199"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="199"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="199"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="200"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="200"/>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="210"/>
        <source>No answer has been changed yet.</source>
        <translation>Ingen svar er endret ennå.</translation>
    </message>
</context>
<context>
    <name>HolidayQuestion</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="174"/>
        <source>Public holidays</source>
        <translation>Helligdager</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="179"/>
        <source>%n occurrence(s) fall on public holidays: %1.</source>
        <translation>
            <numerusform>%n gang faller på en helligdag: %1.</numerusform>
            <numerusform>%n ganger faller på helligdager: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="181"/>
        <source>Skip them? A skipped one can be put back later.</source>
        <translation>Hoppe over dem? En gang som er hoppet over, kan legges inn igjen senere.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="182"/>
        <source>&amp;Skip them</source>
        <translation>&amp;Hopp over dem</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="183"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Behold dem</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="184"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
</context>
<context>
    <name>HomeArea</name>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="210"/>
        <source>Hello, %1</source>
        <translation>Hei, %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="210"/>
        <source>Hello</source>
        <translation>Hei</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="231"/>
        <source>Overdue by the IPS rules</source>
        <translation>Overskredne frister etter IPS-reglene</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="232"/>
        <source>The team&apos;s week</source>
        <translation>Teamets uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="232"/>
        <source>Your week</source>
        <translation>Din uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="257"/>
        <location filename="../../ips_desktop/ui/home/area.py" line="319"/>
        <source>Caseload</source>
        <translation>Klientportefølje</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="257"/>
        <source>Open courses</source>
        <translation>Åpne forløp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="258"/>
        <source>Face-to-face employer contacts this week</source>
        <translation>Arbeidsgiverkontakter ansikt til ansikt denne uken</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="259"/>
        <source>Presence days in psychiatry this month</source>
        <translation>Oppmøtedager i psykiatrien denne måneden</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="260"/>
        <source>Follow-ups due in the team</source>
        <translation>Forfalte oppfølginger i teamet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="261"/>
        <source>Your follow-ups that are due</source>
        <translation>Dine forfalte oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="275"/>
        <source>Reference: %1 face-to-face contacts a week for each consultant</source>
        <translation>Referanse: %1 kontakter ansikt til ansikt i uken for hver konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="279"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="281"/>
        <source>%1 (over capacity)</source>
        <translation>%1 (over kapasitet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/home/area.py" line="296"/>
        <source>%n consultant(s) over capacity</source>
        <translation>
            <numerusform>%n konsulent over kapasitet</numerusform>
            <numerusform>%n konsulenter over kapasitet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="318"/>
        <source>Per consultant</source>
        <translation>Per konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="319"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="319"/>
        <source>Face to face</source>
        <translation>Ansikt til ansikt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="320"/>
        <source>Presence days</source>
        <translation>Oppmøtedager</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="320"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="320"/>
        <source>Follow-ups due</source>
        <translation>Forfalte oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="331"/>
        <source>Not assigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="346"/>
        <source>Courses late on at least one IPS rule</source>
        <translation>Forløp med minst én overskredet IPS-frist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="354"/>
        <source>Implementation plan: deadlines passed</source>
        <translation>Implementeringsplan: passerte frister</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="357"/>
        <source>%1 – deadline %2</source>
        <translation>%1 – frist %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="364"/>
        <source>Open the implementation plan at this agreement</source>
        <translation>Åpne implementeringsplanen ved denne avtalen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/home/area.py" line="373"/>
        <source>%n person(s) are due for erasure</source>
        <translation>
            <numerusform>%n person skal slettes</numerusform>
            <numerusform>%n personer skal slettes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="378"/>
        <source>Every course of theirs ended more than the retention period ago: open the list to erase them</source>
        <translation>Alle forløpene deres ble avsluttet for lengre tid siden enn oppbevaringstiden: åpne listen for å slette dem</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="262"/>
        <source>Follow-ups that are due</source>
        <translation>Forfalte oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="269"/>
        <source>Open the participant list</source>
        <translation>Åpne deltakerlisten</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="273"/>
        <source>The employer contact log comes in a later version.</source>
        <translation>Arbeidsgiverloggen kommer i en senere versjon.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="271"/>
        <source>Your follow-ups with employers, due today or earlier</source>
        <translation>Dine oppfølginger hos arbeidsgivere med frist i dag eller før</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="60"/>
        <source>Export calendar to Outlook (.ics)</source>
        <translation>Eksporter kalender til Outlook (.ics)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="64"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="67"/>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="69"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="70"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="75"/>
        <source>Only presence days in psychiatry</source>
        <translation>Bare oppmøtedager i psykiatrien</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="76"/>
        <source>Include names (titles, notes and places)</source>
        <translation>Ta med navn (titler, notater og steder)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="80"/>
        <source>About names</source>
        <translation>Om navn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="85"/>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="87"/>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="89"/>
        <source>&amp;Consultant</source>
        <translation>&amp;Konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="93"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="116"/>
        <source>The file leaves the encrypted database. With names, the events&apos; titles, notes and places go into it as they are, and they may name participants: keep the file where only you can read it, and delete it after the import.</source>
        <translation>Filen forlater den krypterte databasen. Med navn blir avtalenes titler, notater og steder med slik de er, og de kan nevne deltakere: lagre filen der bare du kan lese den, og slett den etter importen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="122"/>
        <source>The file leaves the encrypted database, so no names go into it: each event is called by its kind, and its place is kept only when it names no one (a psychiatry unit, video).</source>
        <translation>Filen forlater den krypterte databasen, så ingen navn blir med: hver avtale heter det den er (f.eks. møte med deltaker), og stedet blir bare med når det ikke nevner noen (en psykiatrisk enhet, video).</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="134"/>
        <source>Type a date, e.g. 1.12.2026.</source>
        <translation>Skriv en dato, f.eks. 1.12.2026.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="138"/>
        <source>The last day is before the first.</source>
        <translation>Siste dag er før første dag.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="171"/>
        <source>Export calendar</source>
        <translation>Eksporter kalender</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="171"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="180"/>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="183"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="184"/>
        <source>The file could not be saved in %1:</source>
        <translation>Filen kunne ikke lagres i %1:</translation>
    </message>
</context>
<context>
    <name>JobsTab</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="112"/>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="114"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="114"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="134"/>
        <source>Job search began: %1</source>
        <translation>Jobbsøkingen startet: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="135"/>
        <source>No employer contact for them yet: the job search has not begun.</source>
        <translation>Ingen arbeidsgiverkontakt for deltakeren ennå: jobbsøkingen har ikke startet.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="188"/>
        <source>&amp;Log employer contact…</source>
        <translation>&amp;Logg arbeidsgiverkontakt…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="189"/>
        <source>&amp;Record job or education…</source>
        <translation>&amp;Registrer jobb/utdanning…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="190"/>
        <source>En&amp;d…</source>
        <translation>Av&amp;slutt…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="191"/>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="196"/>
        <source>Jobs and educations</source>
        <translation>Jobber og utdanninger</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="192"/>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="201"/>
        <source>Employers contacted for them</source>
        <translation>Arbeidsgivere kontaktet for deltakeren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="194"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="194"/>
        <source>Title or programme</source>
        <translation>Tittel eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="194"/>
        <source>Employer or school</source>
        <translation>Arbeidsgiver eller utdanningssted</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="195"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="195"/>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="195"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="195"/>
        <source>Ordinary terms</source>
        <translation>Ordinære vilkår</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="198"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="198"/>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="199"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="197"/>
        <source>How</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="200"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="200"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="152"/>
        <source>Language and start</source>
        <translation>Språk og start</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="153"/>
        <source>IPS Desktop keeps your caseload encrypted on this computer.</source>
        <translation>IPS Desktop lagrer klientporteføljen din kryptert på denne datamaskinen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="154"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="155"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="156"/>
        <source>Set up my &amp;database</source>
        <translation>Opprett min &amp;database</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="157"/>
        <source>Open a d&amp;emo database with made-up participants (marked DEMO)</source>
        <translation>Åpne en d&amp;emodatabase med oppdiktede deltakere (merket DEMO)</translation>
    </message>
</context>
<context>
    <name>ListPrintout</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="53"/>
        <source>Participant list</source>
        <translation>Deltakerliste</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="62"/>
        <source>No participants match this filter.</source>
        <translation>Ingen deltakere passer til dette filteret.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="63"/>
        <source>What clears an overdue item</source>
        <translation>Slik fjernes et varsel om overskredet frist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="71"/>
        <source>Participants of %1</source>
        <translation>Deltakere hos %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="79"/>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="82"/>
        <source>only overdue</source>
        <translation>bare over fristen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="84"/>
        <source>ended courses included</source>
        <translation>avsluttede forløp tatt med</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="87"/>
        <source>search: “%1”</source>
        <translation>søk: «%1»</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="91"/>
        <source>sorted by %1, ascending</source>
        <translation>sortert etter %1, stigende</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="93"/>
        <source>sorted by %1, descending</source>
        <translation>sortert etter %1, synkende</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="95"/>
        <source>%1 of %2 participants</source>
        <translation>%1 av %2 deltakere</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="70"/>
        <source>IPS Desktop is locked</source>
        <translation>IPS Desktop er låst</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="68"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="69"/>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="70"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="71"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="72"/>
        <source>Mode</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="73"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="74"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="75"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="76"/>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="77"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="243"/>
        <source>%1, done</source>
        <translation>%1, utført</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="250"/>
        <source>%1, due</source>
        <translation>%1, forfalt</translation>
    </message>
</context>
<context>
    <name>LogOutput</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_output.py" line="58"/>
        <source>Export the log</source>
        <translation>Eksporter loggen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_output.py" line="59"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_output.py" line="68"/>
        <location filename="../../ips_desktop/ui/employers/log_output.py" line="71"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_output.py" line="72"/>
        <source>The file could not be saved in %1:</source>
        <translation>Filen kunne ikke lagres i %1:</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="195"/>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="428"/>
        <source>All consultants</source>
        <translation>Alle konsulenter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="196"/>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="429"/>
        <source>My contacts</source>
        <translation>Mine kontakter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="326"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="389"/>
        <source>Week %1, %2</source>
        <translation>Uke %1, %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="395"/>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="396"/>
        <source>The week before</source>
        <translation>Uken før</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="397"/>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="398"/>
        <source>The week after</source>
        <translation>Uken etter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="399"/>
        <source>This week</source>
        <translation>Denne uken</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="400"/>
        <source>All weeks</source>
        <translation>Alle uker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="401"/>
        <source>Search employer, person, participant, text</source>
        <translation>Søk arbeidsgiver, person, deltaker, tekst</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="402"/>
        <source>Search the log</source>
        <translation>Søk i loggen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="403"/>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="404"/>
        <source>Only this employer</source>
        <translation>Bare denne arbeidsgiveren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="405"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="406"/>
        <source>Only this participant</source>
        <translation>Bare denne deltakeren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="407"/>
        <source>Due follow-ups</source>
        <translation>Forfalte oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="408"/>
        <source>Log contact…</source>
        <translation>Logg kontakt…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="409"/>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="410"/>
        <source>Save the contacts shown as a spreadsheet (.xlsx)</source>
        <translation>Lagre kontaktene som vises som regneark (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="411"/>
        <source>Print week…</source>
        <translation>Skriv ut uke…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="412"/>
        <source>The week&apos;s log for the team meeting (PDF)</source>
        <translation>Ukens logg til teammøtet (PDF)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="416"/>
        <source>All modes</source>
        <translation>Alle kontaktformer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="418"/>
        <source>All purposes</source>
        <translation>Alle formål</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="225"/>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="226"/>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="227"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="228"/>
        <source>&amp;Find</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="229"/>
        <source>Log employer &amp;contact…</source>
        <translation>Logg arbeidsgiver&amp;kontakt…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="230"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="231"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="232"/>
        <source>Change &amp;password…</source>
        <translation>Bytt &amp;passord…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="233"/>
        <source>New database &amp;key…</source>
        <translation>Ny database&amp;nøkkel…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="234"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="235"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="236"/>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="240"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="237"/>
        <source>&amp;About IPS Desktop</source>
        <translation>&amp;Om IPS Desktop</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="238"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="239"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="241"/>
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="258"/>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="264"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="264"/>
        <source>Unlocked</source>
        <translation>Låst opp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="378"/>
        <source>The employer contact is saved.</source>
        <translation>Arbeidsgiverkontakten er lagret.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="421"/>
        <source>A backup is being made; try again in a moment.</source>
        <translation>Det tas en sikkerhetskopi; prøv igjen om litt.</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="106"/>
        <source>Joint start-up meeting held %1</source>
        <translation>Felles oppstartsmøte holdt %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="111"/>
        <source>Joint start-up meeting not held: recommended for every new participant</source>
        <translation>Felles oppstartsmøte ikke holdt: anbefales for alle nye deltakere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="114"/>
        <source>Joint start-up meeting</source>
        <translation>Felles oppstartsmøte</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="118"/>
        <source>Next meetings:</source>
        <translation>Neste møter:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="120"/>
        <source>No meetings booked.</source>
        <translation>Ingen møter booket.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="122"/>
        <source>Next meetings</source>
        <translation>Neste møter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="125"/>
        <source>&amp;Book meeting…</source>
        <translation>&amp;Book møte…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="126"/>
        <source>A meeting with the participant in the calendar</source>
        <translation>Et møte med deltakeren i kalenderen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="49"/>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="157"/>
        <source>Merge employers</source>
        <translation>Slå sammen arbeidsgivere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="52"/>
        <source>Merge “%1” with another employer that is the same business. The contacts, contact people, openings and jobs of the one merged away move to the one kept, and its details fill the kept one&apos;s empty fields. A merge cannot be undone.</source>
        <translation>Slå sammen «%1» med en annen arbeidsgiver som er samme virksomhet. Kontakter, kontaktpersoner, jobbmuligheter og jobber hos den som slås inn, flyttes til den som beholdes, og opplysningene fyller de tomme feltene. En sammenslåing kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="59"/>
        <source>Type the other employer&apos;s name or CVR number</source>
        <translation>Skriv den andre arbeidsgiverens navn eller CVR-nummer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="60"/>
        <source>Find the other employer</source>
        <translation>Finn den andre arbeidsgiveren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="64"/>
        <source>Employers found</source>
        <translation>Arbeidsgivere funnet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="76"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Slå sammen…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="80"/>
        <source>&amp;Other employer:</source>
        <translation>&amp;Annen arbeidsgiver:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="82"/>
        <source>Keep:</source>
        <translation>Behold:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="116"/>
        <source>Registered with the same name or CVR number:</source>
        <translation>Registrert med samme navn eller CVR-nummer:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="117"/>
        <source>No other employer has the same name or CVR number; type to find one.</source>
        <translation>Ingen annen arbeidsgiver har samme navn eller CVR-nummer; skriv for å finne en.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="120"/>
        <source>No employer found.</source>
        <translation>Ingen arbeidsgiver funnet.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="132"/>
        <source>“%1” (this page)</source>
        <translation>«%1» (denne siden)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="133"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="134"/>
        <source>the other employer</source>
        <translation>den andre arbeidsgiveren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="158"/>
        <source>Merge “%1” into “%2”?</source>
        <translation>Slå «%1» inn i «%2»?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="161"/>
        <source>“%1” is then no longer in the register; everything registered with it moves to “%2”. This cannot be undone.</source>
        <translation>«%1» er da ikke lenger i registeret; alt som er registrert hos den, flyttes til «%2». Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="165"/>
        <source>&amp;Merge</source>
        <translation>&amp;Slå sammen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="166"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="58"/>
        <source>The same person registered twice?</source>
        <translation>Samme person registrert to ganger?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="65"/>
        <source>Two computers registered a person with the same national ID number. Merging keeps one record, moves the other&apos;s courses to it and fills in what it lacks.</source>
        <translation>To datamaskiner har registrert en person med samme fødselsnummer. Sammenslåing beholder den ene, flytter den andres forløp dit og fyller ut det den mangler.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="74"/>
        <source>Waiting record</source>
        <translation>Ventende registrering</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="74"/>
        <source>On the team</source>
        <translation>På teamet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="83"/>
        <source>Not the same person: keep both</source>
        <translation>Ikke samme person: behold begge</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/message_bar.py" line="56"/>
        <location filename="../../ips_desktop/ui/widgets/message_bar.py" line="57"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="63"/>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="72"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ips_desktop/ui/supervision/note_editor.py" line="134"/>
        <source>Supervision note: choose a participant in the list</source>
        <translation>Notat fra veiledning: velg en deltaker i listen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/note_editor.py" line="136"/>
        <source>Supervision note: %1</source>
        <translation>Notat fra veiledning: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/note_editor.py" line="140"/>
        <source>Supervision note</source>
        <translation>Notat fra veiledning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/note_editor.py" line="142"/>
        <source>What the group agreed; the consultant sees it on the participant&apos;s page</source>
        <translation>Hva gruppen ble enige om; IPS-konsulenten ser det på deltakerens side</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/note_editor.py" line="143"/>
        <source>Save note</source>
        <translation>Lagre notat</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="117"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="117"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="117"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="117"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="120"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="120"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="120"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="120"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="124"/>
        <source>&amp;Save contact</source>
        <translation>&amp;Lagre kontakt</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="32"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="33"/>
        <source>Phone call</source>
        <translation>Telefonsamtale</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="34"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="35"/>
        <source>Home visit</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="36"/>
        <source>With clinician</source>
        <translation>Med behandler</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="37"/>
        <source>Joint start-up meeting</source>
        <translation>Felles oppstartsmøte</translation>
    </message>
</context>
<context>
    <name>NotePlace</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="43"/>
        <source>In the community</source>
        <translation>I nærmiljøet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="44"/>
        <source>At the employer</source>
        <translation>Hos arbeidsgiveren</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="45"/>
        <source>By video</source>
        <translation>Via video</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="46"/>
        <source>Jobcenter</source>
        <translation>NAV-kontor</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="47"/>
        <source>Psychiatry</source>
        <translation>Psykiatrien</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="75"/>
        <source>Job opening</source>
        <translation>Jobbmulighet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="75"/>
        <source>New job opening</source>
        <translation>Ny jobbmulighet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="80"/>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="81"/>
        <source>Type the name, choose from the list</source>
        <translation>Skriv navnet, velg fra listen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="84"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="86"/>
        <source>Hours per week</source>
        <translation>Timer i uka</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="90"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="92"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="98"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="102"/>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="106"/>
        <source>Add a candidate</source>
        <translation>Legg til en kandidat</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="107"/>
        <source>Type a name to add a candidate</source>
        <translation>Skriv et navn for å legge til en kandidat</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="112"/>
        <source>&amp;Remove</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="116"/>
        <source>Suggestions from career profiles</source>
        <translation>Forslag fra yrkesprofiler</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="130"/>
        <source>&amp;Employer:</source>
        <translation>&amp;Arbeidsgiver:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="131"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="132"/>
        <source>&amp;Hours per week:</source>
        <translation>Timer i &amp;uka:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="133"/>
        <source>&amp;Where:</source>
        <translation>&amp;Hvor:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="134"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="135"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="136"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="140"/>
        <source>&amp;Candidates:</source>
        <translation>&amp;Kandidater:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="142"/>
        <source>Su&amp;ggested (career profile):</source>
        <translation>F&amp;orslag (yrkesprofil):</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="145"/>
        <source>Participants whose career profile (dream job or job wanted now) shares a word with the title. Enter adds one as a candidate.</source>
        <translation>Deltakere der yrkesprofilen (drømmejobb eller jobben de ønsker nå) har et ord felles med tittelen. Enter legger en til som kandidat.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="153"/>
        <source>&amp;Placement from this opening…</source>
        <translation>&amp;Jobb fra denne jobbmuligheten…</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="38"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="39"/>
        <source>Filled</source>
        <translation>Besatt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="40"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
</context>
<context>
    <name>OpeningsModel</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="73"/>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="74"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="75"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="76"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="77"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="78"/>
        <source>Found</source>
        <translation>Funnet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="80"/>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="81"/>
        <source>Suggested</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="144"/>
        <source>%1 (passed)</source>
        <translation>%1 (passert)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="162"/>
        <source>The deadline has passed: close the opening, or ask the employer whether it is still open.</source>
        <translation>Fristen er passert: lukk jobbmuligheten, eller spør arbeidsgiveren om den fortsatt er åpen.</translation>
    </message>
</context>
<context>
    <name>OpeningsView</name>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="258"/>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="349"/>
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n jobbmulighet</numerusform>
            <numerusform>%n jobbmuligheter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="332"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="336"/>
        <source>Open openings</source>
        <translation>Åpne jobbmuligheter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="337"/>
        <source>Filled</source>
        <translation>Besatte</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="338"/>
        <source>Closed</source>
        <translation>Lukkede</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="339"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="344"/>
        <source>&amp;New opening…</source>
        <translation>&amp;Ny jobbmulighet…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="345"/>
        <source>&amp;Placement from this opening…</source>
        <translation>&amp;Jobb fra denne jobbmuligheten…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="346"/>
        <source>Job openings</source>
        <translation>Jobbmuligheter</translation>
    </message>
</context>
<context>
    <name>OverviewArea</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/area.py" line="259"/>
        <source>Team overview</source>
        <translation>Teamoversikt</translation>
    </message>
</context>
<context>
    <name>OverviewOutput</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="74"/>
        <source>Team overview, %1–%2</source>
        <translation>Teamoversikt, %1–%2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="100"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="101"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="105"/>
        <source>Export the team overview</source>
        <translation>Eksporter teamoversikten</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="134"/>
        <location filename="../../ips_desktop/ui/overview/output.py" line="137"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="138"/>
        <source>The file could not be saved in %1:</source>
        <translation>Filen kunne ikke lagres i %1:</translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/tabs.py" line="73"/>
        <source>Figures</source>
        <translation>Tall</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/tabs.py" line="74"/>
        <source>Fidelity</source>
        <translation>Fidelity</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/tabs.py" line="75"/>
        <source>Implementation plan</source>
        <translation>Implementeringsplan</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/tabs.py" line="76"/>
        <source>Staffing</source>
        <translation>Bemanning</translation>
    </message>
</context>
<context>
    <name>OverviewToolbar</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="165"/>
        <source>The whole team</source>
        <translation>Hele teamet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="170"/>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="171"/>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="172"/>
        <source>First month</source>
        <translation>Første måned</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="173"/>
        <source>Last month</source>
        <translation>Siste måned</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="174"/>
        <source>Move the period a month: %1 and %2</source>
        <translation>Flytt perioden en måned: %1 og %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="178"/>
        <source>12 months</source>
        <translation>12 måneder</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="179"/>
        <source>The last 12 months (%1)</source>
        <translation>De siste 12 månedene (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="181"/>
        <source>24 months</source>
        <translation>24 måneder</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="182"/>
        <source>The last 24 months</source>
        <translation>De siste 24 månedene</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="183"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="184"/>
        <source>Whose figures</source>
        <translation>Hvem sine tall</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="186"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="188"/>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="189"/>
        <source>Period report…</source>
        <translation>Innrapportering…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="191"/>
        <source>The courses started and ended in the months shown, for the municipal case system (IPS STAR), and the quarterly figures</source>
        <translation>Forløp startet og avsluttet i månedene som vises, til kommunens saksbehandlingssystem (IPS STAR), og kvartalstallene</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="71"/>
        <source>%n day(s) in IPS</source>
        <translation>
            <numerusform>%n dag i IPS</numerusform>
            <numerusform>%n dager i IPS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="72"/>
        <source>consultant %1</source>
        <translation>konsulent %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="74"/>
        <source>last contact %1</source>
        <translation>siste kontakt %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="77"/>
        <source>job search began %1</source>
        <translation>jobbsøkingen startet %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="80"/>
        <source>ended %1: %2</source>
        <translation>avsluttet %1: %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="93"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="96"/>
        <source>Other courses: %1</source>
        <translation>Andre forløp: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="101"/>
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Tilbake til listen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="102"/>
        <source>Change &amp;phase…</source>
        <translation>Bytt &amp;fase…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="103"/>
        <source>&amp;End course…</source>
        <translation>&amp;Avslutt forløp…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="104"/>
        <source>&amp;Print referral…</source>
        <translation>Skriv &amp;ut henvisning…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="105"/>
        <source>Start a &amp;new course…</source>
        <translation>Start et &amp;nytt forløp…</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="191"/>
        <source>Forms</source>
        <translation>Skjemaer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="247"/>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="247"/>
        <source>Referral received</source>
        <translation>Henvisning mottatt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="248"/>
        <source>First meeting</source>
        <translation>Første møte</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="248"/>
        <source>Consent given</source>
        <translation>Samtykke gitt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="249"/>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="250"/>
        <source>Form begun</source>
        <translation>Skjema påbegynt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="250"/>
        <source>Form completed</source>
        <translation>Skjema ferdig</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="251"/>
        <source>Employer contact</source>
        <translation>Arbeidsgiverkontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="252"/>
        <source>Started job or education</source>
        <translation>Startet i jobb eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="253"/>
        <source>Job or education ended</source>
        <translation>Jobb eller utdanning avsluttet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="254"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="254"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="197"/>
        <source>Career profile</source>
        <translation>Yrkesprofil</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="198"/>
        <source>Employment plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="306"/>
        <source>First meeting set to %1 from this contact.</source>
        <translation>Første møte er satt til %1 ut fra denne kontakten.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="309"/>
        <source>The phase is now %1.</source>
        <translation>Fasen er nå %1.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="311"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="320"/>
        <source>The first meeting is no longer set.</source>
        <translation>Datoen for første møte er fjernet igjen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="321"/>
        <source>The first-meeting date was changed since, so it was left as it is.</source>
        <translation>Datoen for første møte er endret siden og er derfor ikke angret.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="452"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="347"/>
        <location filename="../../ips_desktop/ui/participants/page.py" line="452"/>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="452"/>
        <location filename="../../ips_desktop/ui/participants/page.py" line="461"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="453"/>
        <source>Jobs</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="454"/>
        <source>Supervision</source>
        <translation>Veiledning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="457"/>
        <location filename="../../ips_desktop/ui/participants/page.py" line="459"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="457"/>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="457"/>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="458"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="459"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="459"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="460"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>ParticipantsArea</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="312"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="444"/>
        <source>Search name, CPR or phone (Ctrl+F)</source>
        <translation>Søk navn, fødselsnummer eller telefon (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="446"/>
        <source>Search participants</source>
        <translation>Søk deltakere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="241"/>
        <source>My participants</source>
        <translation>Mine deltakere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="242"/>
        <source>All participants</source>
        <translation>Alle deltakere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="416"/>
        <source>Participant list</source>
        <translation>Deltakerliste</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="448"/>
        <source>Whose participants</source>
        <translation>Hvem sine deltakere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="452"/>
        <source>All phases</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="457"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="458"/>
        <source>Only &amp;overdue</source>
        <translation>Bare &amp;forfalte</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="459"/>
        <source>Show &amp;ended</source>
        <translation>Vis &amp;avsluttede</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="460"/>
        <source>&amp;Blank referral form…</source>
        <translation>&amp;Tomt henvisningsskjema…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="461"/>
        <source>Print &amp;blank referral form…</source>
        <translation>Skriv ut &amp;tomt henvisningsskjema…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="462"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="205"/>
        <source>App password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="206"/>
        <source>&amp;Create database</source>
        <translation>&amp;Opprett database</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="208"/>
        <source>Choose the password you will type every time IPS Desktop starts or is locked. If you forget it, the recovery key on the next page opens the database.</source>
        <translation>Velg passordet du skal skrive hver gang IPS Desktop starter eller er låst. Glemmer du det, åpner gjenopprettingsnøkkelen på neste side databasen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="210"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="211"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Gjenta passord:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="212"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="213"/>
        <source>Repeat password</source>
        <translation>Gjenta passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="214"/>
        <source>Repeat password: problem</source>
        <translation>Gjenta passord: problem</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="225"/>
        <source>This computer has no secure password store that IPS Desktop can use, and your IT department does not allow a database protected by the password alone. Contact your IT department.</source>
        <translation>Datamaskinen har ikke noe sikkert passordlager som IPS Desktop kan bruke, og IT-avdelingen tillater ikke en database som bare er beskyttet av passordet. Kontakt IT-avdelingen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="228"/>
        <source>This computer has no secure password store that IPS Desktop can use, so the database is protected by your password alone. Choose a long one.</source>
        <translation>Datamaskinen har ikke et sikkert passordlager som IPS Desktop kan bruke, så databasen er beskyttet av passordet ditt alene. Velg et langt passord.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="244"/>
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="57"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="60"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="61"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="62"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="76"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="124"/>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="136"/>
        <source>Wrong password. Please try again.</source>
        <translation>Feil passord. Prøv igjen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="141"/>
        <source>Wrong password. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Feil passord. Du kan prøve igjen om %n sekund.</numerusform>
            <numerusform>Feil passord. Du kan prøve igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="70"/>
        <source>Checking the password</source>
        <translation>Kontrollerer passordet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="98"/>
        <source>Checking the password…</source>
        <translation>Kontrollerer passordet…</translation>
    </message>
</context>
<context>
    <name>PeriodOutput</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/period_output.py" line="55"/>
        <source>Period report, %1–%2</source>
        <translation>Innrapportering, %1–%2</translation>
    </message>
</context>
<context>
    <name>PersonBox</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="32"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="33"/>
        <source>National ID number</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="34"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="34"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="35"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="39"/>
        <source>Courses</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="40"/>
        <source>Keep this record and merge</source>
        <translation>Behold denne og slå sammen</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="21"/>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="22"/>
        <source>Engagement</source>
        <translation>Oppstart</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="23"/>
        <source>Job search</source>
        <translation>Jobbsøking</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="24"/>
        <source>In job or education</source>
        <translation>I jobb eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="25"/>
        <source>Follow-along support</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="26"/>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="58"/>
        <source>Change phase</source>
        <translation>Bytt fase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="63"/>
        <source>Current phase:</source>
        <translation>Nåværende fase:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="65"/>
        <source>New phase</source>
        <translation>Ny fase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="70"/>
        <source>&amp;New phase:</source>
        <translation>&amp;Ny fase:</translation>
    </message>
</context>
<context>
    <name>PlaceField</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="170"/>
        <source>A psychiatric unit, video or an address</source>
        <translation>En poliklinikk, video eller en adresse</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="171"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="192"/>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="202"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="218"/>
        <source>Add «%1» to the team&apos;s psychiatric units</source>
        <translation>Legg «%1» til teamets poliklinikker</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="222"/>
        <source>Record job or education</source>
        <translation>Registrer jobb eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="226"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="227"/>
        <source>Type a name</source>
        <translation>Skriv et navn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="231"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="236"/>
        <source>Job title or programme</source>
        <translation>Stillingstittel eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="238"/>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="239"/>
        <source>Type the name, choose from the list</source>
        <translation>Skriv navnet, velg fra listen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="244"/>
        <source>School</source>
        <translation>Utdanningssted</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="246"/>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="248"/>
        <source>Hours per week</source>
        <translation>Timer i uka</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="250"/>
        <source>On &amp;ordinary terms</source>
        <translation>På &amp;ordinære vilkår</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="253"/>
        <source>Clear it for a wage-subsidy or sheltered job: it is recorded, but IPS does not count it.</source>
        <translation>Fjern haken ved lønnstilskudd eller skjermet arbeid: jobben registreres, men IPS teller den ikke med.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="257"/>
        <source>&amp;Participant:</source>
        <translation>&amp;Deltaker:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="258"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="259"/>
        <source>&amp;Title or programme:</source>
        <translation>&amp;Tittel eller utdanning:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="260"/>
        <source>&amp;Employer:</source>
        <translation>&amp;Arbeidsgiver:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="261"/>
        <source>or &amp;school:</source>
        <translation>eller &amp;utdanningssted:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="262"/>
        <source>Start &amp;date:</source>
        <translation>&amp;Startdato:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="263"/>
        <source>&amp;Hours per week:</source>
        <translation>Timer i u&amp;ka:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="305"/>
        <source>The start is recorded. Move the course to “%1” now?</source>
        <translation>Starten er registrert. Skal forløpet flyttes til “%1” nå?</translation>
    </message>
</context>
<context>
    <name>PlacementEndDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="315"/>
        <source>End job or education</source>
        <translation>Avslutt jobb eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="320"/>
        <source>%1 at %2, since %3</source>
        <translation>%1 hos %2, siden %3</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="327"/>
        <source>End date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="329"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="330"/>
        <source>Choose a reason…</source>
        <translation>Velg en årsak…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="333"/>
        <source>&amp;End date:</source>
        <translation>&amp;Sluttdato:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="334"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsak:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="351"/>
        <source>The end is recorded. Move the course on now?</source>
        <translation>Avslutningen er registrert. Skal forløpet flyttes nå?</translation>
    </message>
</context>
<context>
    <name>PlacementEndReason</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="24"/>
        <source>Left of their own accord</source>
        <translation>Sa opp selv</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="26"/>
        <source>Dismissed</source>
        <translation>Oppsagt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="28"/>
        <source>A temporary job ended</source>
        <translation>Midlertidig jobb tok slutt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="30"/>
        <source>Education completed</source>
        <translation>Utdanning fullført</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="32"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>PlacementKind</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="17"/>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="18"/>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="206"/>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="396"/>
        <source>Implementation plan</source>
        <translation>Implementeringsplan</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="245"/>
        <source>done %1</source>
        <translation>utført %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="249"/>
        <source>%1 – deadline passed</source>
        <translation>%1 – fristen er passert</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="290"/>
        <source>%1 (the plan&apos;s suggestion)</source>
        <translation>%1 (planens forslag)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="332"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="394"/>
        <source>Agreement and action</source>
        <translation>Avtale og handling</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="394"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="395"/>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="400"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="397"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="398"/>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="399"/>
        <source>Responsible (a named person)</source>
        <translation>Ansvarlig (en navngitt person)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="401"/>
        <source>Done on</source>
        <translation>Utført den</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="402"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>PolicyNote</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/policy_lock.py" line="24"/>
        <source>Set by your IT department</source>
        <translation>Satt av IT-avdelingen din</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/policy_lock.py" line="25"/>
        <source>At most %1 min: set by your IT department</source>
        <translation>Maks %1 min: satt av IT-avdelingen din</translation>
    </message>
</context>
<context>
    <name>PreparingDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="346"/>
        <source>Preparing the printout…</source>
        <translation>Utskriften klargjøres…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="348"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="153"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="154"/>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="155"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="156"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="157"/>
        <source>Fit &amp;width</source>
        <translation>Tilpass &amp;bredde</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="158"/>
        <source>Whole &amp;page</source>
        <translation>Hele &amp;siden</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="159"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="160"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lagre som PDF…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="161"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="189"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="238"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="304"/>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="218"/>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="254"/>
        <source>Not printed</source>
        <translation>Ikke skrevet ut</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="219"/>
        <source>This document can only be printed on paper.</source>
        <translation>Dette dokumentet kan bare skrives ut på papir.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="163"/>
        <source>Some characters cannot be printed and will be missing from the printout (a script the printout has no font for), in: %1</source>
        <translation>Noen tegn kan ikke skrives ut og vil mangle i utskriften (en skrift som utskriften ikke har), i: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="255"/>
        <source>The printer could not be started.</source>
        <translation>Skriveren kunne ikke startes.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="284"/>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="285"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="295"/>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="298"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="299"/>
        <source>The PDF could not be saved in %1:</source>
        <translation>PDF-filen kunne ikke lagres i %1:</translation>
    </message>
</context>
<context>
    <name>PrivacyArea</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/area.py" line="116"/>
        <source>Data protection</source>
        <translation>Personvern</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/privacy_menu.py" line="47"/>
        <source>Data protection</source>
        <translation>Personvern</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/privacy_menu.py" line="62"/>
        <source>Access copy for the person…</source>
        <translation>Innsyn (utdrag til personen)…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/privacy_menu.py" line="77"/>
        <source>Erase the person completely…</source>
        <translation>Slett personen helt…</translation>
    </message>
</context>
<context>
    <name>PrivacyTabs</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/tabs.py" line="64"/>
        <source>Audit trail</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/tabs.py" line="65"/>
        <source>Erasure due</source>
        <translation>Sletting</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="62"/>
        <source>Your profile</source>
        <translation>Din profil</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="80"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="81"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialer:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="82"/>
        <source>&amp;Municipality:</source>
        <translation>Ko&amp;mmune:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="83"/>
        <source>&amp;FTE (full time = 1.0):</source>
        <translation>Stillingsa&amp;ndel (full tid = 1,0):</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="91"/>
        <source>Everything you change is recorded under your initials. Your FTE sets how many participants your caseload can hold (FTE × 25).</source>
        <translation>Alt du endrer, registreres under initialene dine. Stillingsandelen bestemmer hvor mange deltakere du kan ha (stillingsandel × 25).</translation>
    </message>
</context>
<context>
    <name>RecoveryForm</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="37"/>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="39"/>
        <source>New password</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="40"/>
        <source>Repeat new password</source>
        <translation>Gjenta nytt passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="44"/>
        <source>&amp;Open with recovery key</source>
        <translation>&amp;Åpne med gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="46"/>
        <source>Type the recovery key from the sheet you kept when the database was created, and choose a new password.</source>
        <translation>Skriv gjenopprettingsnøkkelen fra arket du tok vare på da databasen ble opprettet, og velg et nytt passord.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="50"/>
        <source>Recovery &amp;key:</source>
        <translation>Gjenopprettings&amp;nøkkel:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="51"/>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt passord:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="53"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="66"/>
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_key_view.py" line="47"/>
        <source>Write this key down or print it, and keep the sheet locked away. With it the database opens on a new computer or when the password is forgotten. It is shown only now.</source>
        <translation>Skriv ned nøkkelen eller skriv den ut, og oppbevar arket innelåst. Med den kan databasen åpnes på en ny datamaskin, eller hvis passordet er glemt. Den vises bare nå.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_key_view.py" line="50"/>
        <location filename="../../ips_desktop/ui/shell/recovery_key_view.py" line="64"/>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_key_view.py" line="51"/>
        <source>&amp;Print the recovery sheet…</source>
        <translation>Skriv &amp;ut gjenopprettingsarket…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_key_view.py" line="52"/>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Jeg har &amp;skrevet ned eller skrevet ut gjenopprettingsnøkkelen</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="314"/>
        <source>Your database has been created. Keep its recovery key.</source>
        <translation>Databasen din er opprettet. Ta vare på gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="316"/>
        <source>Note</source>
        <translation>Merk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="318"/>
        <source>The secure password store on this computer is locked or would not keep the key, so the database is protected by your password alone.</source>
        <translation>Datamaskinens sikre passordlager er låst eller ville ikke ta vare på nøkkelen, så databasen er beskyttet av passordet ditt alene.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="322"/>
        <source>Why Cancel is not available</source>
        <translation>Hvorfor Avbryt ikke kan brukes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="324"/>
        <source>The demo database has been created, so setting up can no longer be cancelled. Keep the recovery key, then press Finish.</source>
        <translation>Demodatabasen er opprettet, så oppsettet kan ikke lenger avbrytes. Ta vare på gjenopprettingsnøkkelen, og trykk så på Ferdig.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="326"/>
        <source>The database has been created, so setting up can no longer be cancelled. Keep the recovery key, then fill in your profile on the next page.</source>
        <translation>Databasen er opprettet, så oppsettet kan ikke lenger avbrytes. Ta vare på gjenopprettingsnøkkelen, og fyll så ut profilen din på neste side.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="313"/>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="46"/>
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="47"/>
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="48"/>
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="49"/>
        <source>4th</source>
        <translation>4.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="50"/>
        <source>last</source>
        <translation>siste</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="56"/>
        <source>Monthly: the %1 %2</source>
        <translation>Månedlig: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="63"/>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="113"/>
        <source>Does not repeat</source>
        <translation>Gjentas ikke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="66"/>
        <source>Every %1 from %2</source>
        <translation>Hver %1 fra %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="68"/>
        <source>Every 2nd week on %1s from %2</source>
        <translation>Annenhver uke på %1er fra %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="71"/>
        <source>The %1 of the month from %2</source>
        <translation>Den %1 i måneden fra %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="74"/>
        <source>, no end date</source>
        <translation>, uten sluttdato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="75"/>
        <source>, until %1</source>
        <translation>, til og med %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="114"/>
        <source>Every week</source>
        <translation>Hver uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="115"/>
        <source>Every other week</source>
        <translation>Annenhver uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="119"/>
        <source>Repeats</source>
        <translation>Gjentas</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="120"/>
        <source>until</source>
        <translation>til og med</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="122"/>
        <source>no end date</source>
        <translation>uten sluttdato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="124"/>
        <source>Repeats until</source>
        <translation>Gjentas til og med</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/referral_dialog.py" line="35"/>
        <source>No consent date yet: the referral can be saved, but get the person&apos;s consent before information is shared between psychiatry and jobcenter.</source>
        <translation>Ingen samtykkedato ennå: henvisningen kan lagres, men innhent personens samtykke før det deles opplysninger mellom psykiatrien og NAV/jobbsenteret.</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/referral_view.py" line="64"/>
        <source>These answers were given on version %1 of the form; they are shown with today&apos;s version %2. Answers to questions that were removed are kept.</source>
        <translation>Svarene ble gitt på versjon %1 av skjemaet; de vises med dagens versjon %2. Svar på spørsmål som er fjernet, tas vare på.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/referral_view.py" line="77"/>
        <source>&amp;Save referral</source>
        <translation>&amp;Lagre henvisning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/referral_view.py" line="144"/>
        <source>Not saved: see the messages at the fields.</source>
        <translation>Ikke lagret: se meldingene ved feltene.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/referral_view.py" line="138"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="48"/>
        <source>New database key</source>
        <translation>Ny databasenøkkel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="51"/>
        <source>The database is encrypted again under a new key, and you get a new recovery key. The old recovery key and any copy of the old key file stop working. Older backups still open only with the old recovery key.</source>
        <translation>Databasen krypteres på nytt med en ny nøkkel, og du får en ny gjenopprettingsnøkkel. Den gamle gjenopprettingsnøkkelen og enhver kopi av den gamle nøkkelfilen slutter å virke. Eldre sikkerhetskopier åpnes fortsatt bare med den gamle gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="56"/>
        <source>A new key was being made when IPS Desktop stopped. It is in use now, but its recovery key was never shown, so the recovery key you have no longer opens the database. Make a new key now to get a recovery key.</source>
        <translation>En ny nøkkel ble laget da IPS Desktop stoppet. Den er i bruk nå, men gjenopprettingsnøkkelen er aldri vist, så gjenopprettingsnøkkelen du har, åpner ikke lenger databasen. Lag en ny nøkkel nå for å få en gjenopprettingsnøkkel.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="61"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="64"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="69"/>
        <source>&amp;Encrypt with a new key</source>
        <translation>&amp;Krypter med en ny nøkkel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="76"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="90"/>
        <source>Done. Older backups still open only with the old recovery key: keep the old sheet with them, or take a new backup.</source>
        <translation>Ferdig. Eldre sikkerhetskopier åpnes fortsatt bare med den gamle gjenopprettingsnøkkelen: oppbevar det gamle arket sammen med dem, eller ta en ny sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="93"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="141"/>
        <source>Wrong password. Please try again.</source>
        <translation>Feil passord. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="146"/>
        <source>The new key could not be made; the data are safe under the key they had. The log has the details.</source>
        <translation>Den nye nøkkelen kunne ikke lages; dataene er i behold under nøkkelen de hadde. Loggen har detaljene.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="58"/>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="240"/>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="262"/>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="61"/>
        <source>Backups in %1</source>
        <translation>Sikkerhetskopier i %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="65"/>
        <source>Made</source>
        <translation>Tatt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="65"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="65"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="65"/>
        <source>Courses</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="66"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="66"/>
        <source>Employer contacts</source>
        <translation>Arbeidsgiverkontakter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="66"/>
        <source>All rows</source>
        <translation>Rader i alt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="73"/>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="75"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Annen fil…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="79"/>
        <source>App password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="86"/>
        <source>The current database is kept in the data directory&apos;s kept folder. After the restore IPS Desktop closes; start it again to work on the restored data.</source>
        <translation>Den nåværende databasen lagres i datamappens mappe kept. Etter gjenopprettingen lukkes IPS Desktop; start programmet igjen for å arbeide videre med de gjenopprettede dataene.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="91"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="96"/>
        <source>Your app &amp;password:</source>
        <translation>Ditt &amp;passord:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="123"/>
        <source>%1 %2 at %3</source>
        <comment>weekday, date, time of a backup</comment>
        <translation>%1 %2 kl. %3</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="169"/>
        <source>unreadable</source>
        <translation>kan ikke leses</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="175"/>
        <source>Backup file</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="176"/>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Sikkerhetskopier (*.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="217"/>
        <source>Checking the backup…</source>
        <translation>Kontrollerer sikkerhetskopien…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="241"/>
        <source>Replace the database with the backup from %1? The current database is kept, and IPS Desktop closes after the restore.</source>
        <translation>Erstatte databasen med sikkerhetskopien fra %1? Den nåværende databasen lagres, og IPS Desktop lukkes etter gjenopprettingen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="248"/>
        <source>Restoring the backup…</source>
        <translation>Gjenoppretter sikkerhetskopien…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="265"/>
        <source>IPS Desktop closes now; start it again.</source>
        <translation>IPS Desktop lukkes nå; start programmet igjen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="269"/>
        <source>The database was restored. The previous database is kept in %1.

IPS Desktop closes now; start it again to unlock the restored data.</source>
        <translation>Databasen er gjenopprettet. Den forrige databasen er lagret i %1.

IPS Desktop lukkes nå; start programmet igjen for å låse opp de gjenopprettede dataene.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="202"/>
        <source>Enter opens the person&apos;s page (an access copy can be exported there first)</source>
        <translation>Enter åpner personens side (der kan et innsynsutdrag lages først)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="219"/>
        <source>Nobody is due for erasure.</source>
        <translation>Ingen skal slettes.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="252"/>
        <source>Erase the ticked…</source>
        <translation>Slett de valgte…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="253"/>
        <source>Erase the %n ticked…</source>
        <translation>
            <numerusform>Slett den valgte…</numerusform>
            <numerusform>Slett de %n valgte…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="257"/>
        <source>Tick none</source>
        <translation>Velg bort alle</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="257"/>
        <source>Tick all</source>
        <translation>Velg alle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="277"/>
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n person er slettet.</numerusform>
            <numerusform>%n personer er slettet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="279"/>
        <source>The file was busy: its freed space is overwritten at the next unlock.</source>
        <translation>Filen var opptatt: den frigjorte plassen overskrives neste gang appen låses opp.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="302"/>
        <source>&amp;Retention period:</source>
        <translation>&amp;Oppbevaringstid:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="303"/>
        <source>Retention period</source>
        <translation>Oppbevaringstid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="220"/>
        <source>%n person(s) are due for erasure: every course of theirs ended more than %1 ago.</source>
        <translation>
            <numerusform>%n person skal slettes: alle personens forløp ble avsluttet for mer enn %1 siden.</numerusform>
            <numerusform>%n personer skal slettes: alle forløpene deres ble avsluttet for mer enn %1 siden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="216"/>
        <source>Reading…</source>
        <translation>Leser…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="224"/>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="228"/>
        <source>year(s)</source>
        <translation>
            <numerusform>år</numerusform>
            <numerusform>år</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="295"/>
        <source>Retention period saved: %1.</source>
        <translation>Oppbevaringstiden er lagret: %1.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="305"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="307"/>
        <source>People all of whose courses ended more than the retention period ago. Nobody is erased until you tick them and confirm with the app password. Enter opens the person&apos;s page, where an access copy can be exported first.</source>
        <translation>Personer der alle forløpene ble avsluttet for lengre tid siden enn oppbevaringstiden. Ingen slettes før du har valgt dem og bekreftet med appens passord. Enter åpner personens side, der et innsynsutdrag kan lages først.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="310"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="310"/>
        <source>CPR number</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="311"/>
        <source>Last course ended</source>
        <translation>Siste forløp avsluttet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="311"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="312"/>
        <source>Due since</source>
        <translation>Slettefrist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="313"/>
        <source>People due for erasure</source>
        <translation>Personer som skal slettes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="314"/>
        <source>Erase the ticked</source>
        <translation>Slett de valgte</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="113"/>
        <source>Mark the plan as reviewed</source>
        <translation>Merk handlingsplanen som gjennomgått</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="116"/>
        <source>Date of the review</source>
        <translation>Dato for gjennomgangen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="117"/>
        <source>Date of the &amp;review</source>
        <translation>&amp;Dato for gjennomgangen</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_review_panel.py" line="98"/>
        <source>Comment on %1</source>
        <translation>Kommentar til %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_review_panel.py" line="123"/>
        <source>Not scored</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_review_panel.py" line="124"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="33"/>
        <source>Repeating event</source>
        <translation>Gjentatt avtale</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="35"/>
        <source>This is one occurrence of a repeating event. Which occurrences?</source>
        <translation>Dette er én gang av en avtale som gjentas. Hvilke ganger?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="40"/>
        <source>&amp;Only this occurrence</source>
        <translation>&amp;Bare denne gangen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="41"/>
        <source>This and all &amp;later ones</source>
        <translation>Denne og alle &amp;senere</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="42"/>
        <source>The &amp;whole series</source>
        <translation>Hele &amp;serien</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="55"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="119"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="132"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="149"/>
        <source>The forms folder in the data directory</source>
        <translation>Mappen forms i datamappen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="150"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="163"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="164"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lås etter inaktivitet:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="165"/>
        <source>Default &amp;psychiatry unit:</source>
        <translation>Standard &amp;poliklinikk/enhet:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="166"/>
        <source>Working day &amp;starts:</source>
        <translation>Arbeidsdagen &amp;starter:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="167"/>
        <source>Working day &amp;ends:</source>
        <translation>Arbeidsdagen s&amp;lutter:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="175"/>
        <source>Municipality&apos;s &amp;forms:</source>
        <translation>Kommunens &amp;skjemaer:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="177"/>
        <source>Municipality&apos;s forms folder</source>
        <translation>Mappe med kommunens skjemaer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="180"/>
        <source>Make a verified &amp;backup every day</source>
        <translation>Ta en kontrollert &amp;sikkerhetskopi hver dag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="185"/>
        <source>The backups folder in the data directory</source>
        <translation>Mappen backups i datamappen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="186"/>
        <source>Backup folder</source>
        <translation>Mappe for sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="188"/>
        <source>B&amp;rowse…</source>
        <translation>Bl&amp;a gjennom…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="197"/>
        <source>Backup f&amp;older:</source>
        <translation>Mappe for sikkerhets&amp;kopier:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="234"/>
        <source>Folder with form files</source>
        <translation>Mappe med skjemafiler</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="240"/>
        <source>Folder for backups</source>
        <translation>Mappe for sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="247"/>
        <source>The working day must end after it starts.</source>
        <translation>Arbeidsdagen må slutte etter at den starter.</translation>
    </message>
</context>
<context>
    <name>SharingWarning</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="20"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="23"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="31"/>
        <source>The participant has withdrawn their consent. The referral holds their health data: share it with psychiatry only if the person agrees again.</source>
        <translation>Deltakeren har trukket samtykket tilbake. Henvisningen inneholder helseopplysninger: del den bare med psykiatrien hvis personen samtykker igjen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="34"/>
        <source>No consent is recorded for the participant. Get their consent before the referral is shared with psychiatry.</source>
        <translation>Det er ikke registrert samtykke fra deltakeren. Innhent samtykke før henvisningen deles med psykiatrien.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="36"/>
        <source>&amp;Print anyway</source>
        <translation>&amp;Skriv ut likevel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="40"/>
        <source>%n of the %1 people named in the file have withdrawn their consent or have not given it.</source>
        <translation>
            <numerusform>%n av de %1 personene som nevnes i filen, har trukket samtykket tilbake eller ikke gitt det.</numerusform>
            <numerusform>%n av de %1 personene som nevnes i filen, har trukket samtykket tilbake eller ikke gitt det.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="43"/>
        <source>Withdrawn: %n.</source>
        <translation>
            <numerusform>Trukket tilbake: %n.</numerusform>
            <numerusform>Trukket tilbake: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="44"/>
        <source>Their names and the events&apos; notes go into the file all the same. Export without names instead, or go on?</source>
        <translation>Navnene deres og avtalenes notater kommer likevel med i filen. Eksporter uten navn i stedet, eller fortsett?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="46"/>
        <source>Export &amp;with names</source>
        <translation>Eksporter &amp;med navn</translation>
    </message>
</context>
<context>
    <name>SideBox</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="47"/>
        <source>Keep it deleted</source>
        <translation>Behold slettingen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="48"/>
        <source>Keep this version</source>
        <translation>Behold denne versjonen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="50"/>
        <source>Keep this value</source>
        <translation>Behold denne verdien</translation>
    </message>
</context>
<context>
    <name>StaffingDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="59"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="65"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="67"/>
        <source>Consultant:</source>
        <translation>Konsulent:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="68"/>
        <source>&amp;Last day in the team:</source>
        <translation>&amp;Siste dag i teamet:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="69"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="74"/>
        <source>&amp;FTE for IPS:</source>
        <translation>&amp;FTE til IPS:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="84"/>
        <source>The FTE counts from this day on; the months before keep the FTE they had.</source>
        <translation>FTE gjelder fra denne dagen; månedene før beholder den FTE-en de hadde.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="86"/>
        <source>The consultant&apos;s staffing ends on this day. Their courses stay theirs until they are moved to someone else.</source>
        <translation>Konsulentens bemanning slutter denne dagen. Forløpene forblir konsulentens til de flyttes til en annen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="88"/>
        <source>The consultant is back in the team from this day.</source>
        <translation>Konsulenten er tilbake i teamet fra denne dagen.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="96"/>
        <source>New FTE from a date</source>
        <translation>Ny FTE fra dato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="97"/>
        <source>Leaves the team</source>
        <translation>Forlater teamet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="98"/>
        <source>Back in the team</source>
        <translation>Tilbake i teamet</translation>
    </message>
</context>
<context>
    <name>StaffingTab</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="109"/>
        <source>Left the team %1</source>
        <translation>Forlot teamet %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="111"/>
        <source>In the team</source>
        <translation>I teamet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="111"/>
        <source>No staffing</source>
        <translation>Ingen bemanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="119"/>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="121"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="180"/>
        <source>Each consultant&apos;s real FTE for IPS, period by period: the FTE chart and the caseload size per FTE count these. A change counts from its day on.</source>
        <translation>Hver konsulents reelle FTE til IPS, periode for periode: FTE-diagrammet og klientporteføljen per FTE teller disse. En endring gjelder fra sin dag.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="182"/>
        <source>Consultant and periods</source>
        <translation>Konsulent og perioder</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="182"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="184"/>
        <source>Staffing</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="185"/>
        <source>New FTE from a date…</source>
        <translation>Ny FTE fra dato…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="186"/>
        <source>Leaves the team…</source>
        <translation>Forlater teamet…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="187"/>
        <source>Back in the team…</source>
        <translation>Tilbake i teamet…</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/strength.py" line="59"/>
        <source>Password strength</source>
        <translation>Passordstyrke</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/strength.py" line="77"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minst %n tegn.</numerusform>
            <numerusform>Minst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/strength.py" line="83"/>
        <source>Weak: a longer password, or a few words, is safer.</source>
        <translation>Svakt: et lengre passord, eller noen ord, er tryggere.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/strength.py" line="84"/>
        <source>Fair.</source>
        <translation>Middels.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/strength.py" line="85"/>
        <source>Strong.</source>
        <translation>Sterkt.</translation>
    </message>
</context>
<context>
    <name>SupervisionArea</name>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/area.py" line="385"/>
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n forløp</numerusform>
            <numerusform>%n forløp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/area.py" line="390"/>
        <source>Supervision list</source>
        <translation>Veiledningsliste</translation>
    </message>
</context>
<context>
    <name>SupervisionCells</name>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="37"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="37"/>
        <source>Discussed</source>
        <translation>Drøftet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="38"/>
        <source>Flags</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="38"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="39"/>
        <source>Days in IPS</source>
        <translation>Dager i IPS</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="39"/>
        <source>First meeting</source>
        <translation>Første møte</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="40"/>
        <source>First employer contact</source>
        <translation>Første arbeidsgiverkontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="41"/>
        <source>Profile</source>
        <translation>Yrkesprofil</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="41"/>
        <source>Plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="42"/>
        <source>Last contact</source>
        <translation>Siste kontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="42"/>
        <source>Job or education</source>
        <translation>Jobb eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="43"/>
        <source>Next follow-up</source>
        <translation>Neste oppfølging</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="43"/>
        <source>Supervision note</source>
        <translation>Notat fra veiledning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="54"/>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="62"/>
        <source>%1, due</source>
        <translation>%1, forfalt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="66"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag over fristen</numerusform>
            <numerusform>%n dager over fristen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="70"/>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="79"/>
        <source>not started</source>
        <translation>ikke påbegynt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="72"/>
        <source>complete</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="73"/>
        <source>draft, %1 of %2</source>
        <translation>utkast, %1 av %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="84"/>
        <source>review %1</source>
        <translation>gjennomgang %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="90"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="92"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="94"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="96"/>
        <source>outreach due</source>
        <translation>oppsøkende arbeid</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="106"/>
        <source>%1 h/week</source>
        <translation>%1 t/uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="107"/>
        <source>since %1</source>
        <translation>siden %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="110"/>
        <source>not on ordinary terms</source>
        <translation>ikke på ordinære vilkår</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="117"/>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="118"/>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="126"/>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="128"/>
        <source>Consent missing</source>
        <translation>Samtykke mangler</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="142"/>
        <source>discussed</source>
        <translation>drøftet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="149"/>
        <source>Courses without a consultant</source>
        <translation>Forløp uten IPS-konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="152"/>
        <source>caseload %1 of %2</source>
        <translation>klientportefølje %1 av %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="155"/>
        <source>over capacity</source>
        <translation>over kapasitet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="159"/>
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n forløp</numerusform>
            <numerusform>%n forløp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="161"/>
        <source>face-to-face %1 of %2</source>
        <translation>ansikt til ansikt %1 av %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="163"/>
        <source>%n presence day(s) this month</source>
        <translation>
            <numerusform>%n oppmøtedag i måneden</numerusform>
            <numerusform>%n oppmøtedager i måneden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="164"/>
        <source>%n new referral(s)</source>
        <translation>
            <numerusform>%n ny henvisning</numerusform>
            <numerusform>%n nye henvisninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="165"/>
        <source>%n start(s)</source>
        <translation>
            <numerusform>%n oppstart</numerusform>
            <numerusform>%n oppstarter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="167"/>
        <source>+%1 not on ordinary terms</source>
        <translation>+%1 ikke på ordinære vilkår</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="170"/>
        <source>%n end(s)</source>
        <translation>
            <numerusform>%n avslutning</numerusform>
            <numerusform>%n avslutninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="171"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n forfalt oppfølging</numerusform>
            <numerusform>%n forfalte oppfølginger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionNotesView</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="107"/>
        <source>Week %1, %2</source>
        <translation>Uke %1, %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="112"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="117"/>
        <source>Notes from supervision, newest week first. They are the team&apos;s advice, not contacts with the participant.</source>
        <translation>Notater fra veiledning, nyeste uke først. De er teamets råd, ikke kontakter med deltakeren.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="119"/>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="119"/>
        <source>Written by</source>
        <translation>Skrevet av</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="120"/>
        <source>Discussed</source>
        <translation>Drøftet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="120"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="121"/>
        <source>Notes from supervision</source>
        <translation>Notater fra veiledning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="122"/>
        <source>Supervision note</source>
        <translation>Veiledningsnotat</translation>
    </message>
</context>
<context>
    <name>SupervisionOutput</name>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="46"/>
        <source>Supervision list, %1</source>
        <translation>Veiledningsliste, %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="69"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="70"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="74"/>
        <source>Export the supervision list</source>
        <translation>Eksporter veiledningslisten</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="100"/>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="103"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="104"/>
        <source>The file could not be saved in %1:</source>
        <translation>Filen kunne ikke lagres i %1:</translation>
    </message>
</context>
<context>
    <name>SupervisionToolbar</name>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="138"/>
        <source>The whole team</source>
        <translation>Hele teamet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="140"/>
        <source>My caseload</source>
        <translation>Min klientportefølje</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="151"/>
        <source>Only late on: %1</source>
        <translation>Bare over fristen: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="161"/>
        <source>Previous week (%1)</source>
        <translation>Forrige uke (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="163"/>
        <source>Previous week</source>
        <translation>Forrige uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="164"/>
        <source>Next week (%1)</source>
        <translation>Neste uke (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="165"/>
        <source>Next week</source>
        <translation>Neste uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="166"/>
        <source>This week</source>
        <translation>Denne uken</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="168"/>
        <source>Choose a week</source>
        <translation>Velg en uke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="169"/>
        <source>Whose list</source>
        <translation>Hvems liste</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="172"/>
        <source>Show every course</source>
        <translation>Vis alle forløp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="173"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="175"/>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="22"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="23"/>
        <source>Course</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="24"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="25"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="26"/>
        <source>Form</source>
        <translation>Skjema</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="27"/>
        <source>Plan review</source>
        <translation>Oppfølging av handlingsplan</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="28"/>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="29"/>
        <source>Employer contact</source>
        <translation>Arbeidsgiverkontakt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="30"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="31"/>
        <source>Job opening</source>
        <translation>Jobbmulighet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="32"/>
        <source>Job or education</source>
        <translation>Jobb eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="33"/>
        <source>Calendar event</source>
        <translation>Kalenderavtale</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="34"/>
        <source>Consultant</source>
        <translation>IPS-konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="35"/>
        <source>Supervision item</source>
        <translation>Punkt på veiledningslisten</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="36"/>
        <source>Phase change</source>
        <translation>Faseskifte</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="46"/>
        <source>answer “%1”</source>
        <translation>svaret «%1»</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="48"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="49"/>
        <source>national ID number</source>
        <translation>fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="50"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="51"/>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="52"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="53"/>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="54"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="55"/>
        <location filename="../../ips_desktop/ui/sync/words.py" line="69"/>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="56"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="57"/>
        <source>place</source>
        <translation>sted</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="58"/>
        <source>referral date</source>
        <translation>henvisningsdato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="59"/>
        <source>referred by</source>
        <translation>henvisningskilde</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="60"/>
        <source>clinician</source>
        <translation>behandler</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="61"/>
        <source>psychiatry unit</source>
        <translation>poliklinikk</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="62"/>
        <source>first meeting</source>
        <translation>første møte</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="63"/>
        <source>end date</source>
        <translation>sluttdato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="64"/>
        <location filename="../../ips_desktop/ui/sync/words.py" line="65"/>
        <source>reason for ending</source>
        <translation>årsak til avslutning</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="66"/>
        <source>title</source>
        <translation>tittel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="67"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="68"/>
        <source>end</source>
        <translation>slutt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="70"/>
        <source>summary</source>
        <translation>sammendrag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="78"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="81"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="84"/>
        <source>Kept</source>
        <translation>Beholdt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="87"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="88"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="112"/>
        <source>time unknown</source>
        <translation>tidspunkt ukjent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="120"/>
        <source>unknown consultant</source>
        <translation>ukjent konsulent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="122"/>
        <source>By %1</source>
        <translation>Av %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="124"/>
        <source>By %1, %2</source>
        <translation>Av %1, %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="127"/>
        <source>(on this computer)</source>
        <translation>(på denne datamaskinen)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/unlock.py" line="55"/>
        <source>Unlock IPS Desktop</source>
        <translation>Lås opp IPS Desktop</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/unlock.py" line="59"/>
        <source>Forgot the password? Use the &amp;recovery key</source>
        <translation>Glemt passordet? Bruk &amp;gjenopprettingsnøkkelen</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="29"/>
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="30"/>
        <source>Discard changes?</source>
        <translation>Forkaste endringene?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="32"/>
        <source>What you typed here has not been saved.</source>
        <translation>Det du har skrevet her, er ikke lagret.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="34"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="36"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="38"/>
        <source>Keep editing</source>
        <translation>Fortsett redigeringen</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/describe.py" line="50"/>
        <source>Consultant: %1</source>
        <translation>Konsulent: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/describe.py" line="53"/>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/describe.py" line="55"/>
        <source>Recurring</source>
        <translation>Gjentas</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/week_grid.py" line="536"/>
        <source>Calendar week</source>
        <translation>Kalenderuke</translation>
    </message>
</context>
<context>
    <name>WeekSummary</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="63"/>
        <source>Face to face, week %1 (reference %2)</source>
        <translation>Ansikt til ansikt, uke %1 (referanse %2)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="57"/>
        <source>reached</source>
        <translation>nådd</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="57"/>
        <source>below</source>
        <translation>under</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="58"/>
        <source>%1 of %2 – %3</source>
        <translation>%1 av %2 – %3</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="75"/>
        <source>%1: %2 face-to-face employer contacts this week</source>
        <translation>%1: %2 arbeidsgiverkontakter ansikt til ansikt i uken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="77"/>
        <source>%n employer contact(s) in all</source>
        <translation>
            <numerusform>%n arbeidsgiverkontakt i alt</numerusform>
            <numerusform>%n arbeidsgiverkontakter i alt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="89"/>
        <source>Face to face</source>
        <translation>Ansikt til ansikt</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="86"/>
        <source>Reference: %1 face-to-face contacts a week (IPS fidelity scale)</source>
        <translation>Referanse: %1 kontakter ansikt til ansikt i uken (IPS-fidelityskalaen)</translation>
    </message>
</context>
<context>
    <name>WhenField</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="77"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="78"/>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="79"/>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="80"/>
        <source>same day</source>
        <translation>samme dag</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="81"/>
        <source>Ends on day</source>
        <translation>Slutter dagen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="135"/>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="136"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>_DatedDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="31"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="41"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
</context>
<context>
    <name>_PhaseOffer</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="97"/>
        <source>Move to “%1”</source>
        <translation>Flytt til “%1”</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="101"/>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
</context>
</TS>
