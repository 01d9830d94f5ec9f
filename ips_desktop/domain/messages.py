"""Messages that services raise, in the three languages of the product.

Services cannot use Qt's translation system (they never import Qt), so the
few messages they produce for users live here, keyed by a stable code. A
test checks that every code has all three languages.
"""

from __future__ import annotations

LANGUAGES = ("da", "nb", "en")
DEFAULT_LANGUAGE = "da"

_language = DEFAULT_LANGUAGE

CATALOG: dict[str, dict[str, str]] = {
    "required": {
        "da": "Skal udfyldes.",
        "nb": "Må fylles ut.",
        "en": "Required.",
    },
    "too_long": {
        "da": "Må højst være {max} tegn.",
        "nb": "Kan være maks {max} tegn.",
        "en": "At most {max} characters.",
    },
    "control_chars": {
        "da": "Indeholder usynlige styretegn; skriv teksten igen.",
        "nb": "Inneholder usynlige kontrolltegn; skriv teksten på nytt.",
        "en": "Contains invisible control characters; please type the text again.",
    },
    "broken_text": {
        "da": "Indeholder et ødelagt tegn (ofte fra kopiering); skriv teksten igen.",
        "nb": "Inneholder et ødelagt tegn (ofte fra kopiering); skriv teksten på nytt.",
        "en": "Contains a broken character (often from copying); please type the text again.",
    },
    "fte_range": {
        "da": "Normering skal være mellem 0,1 og 1,5 (fuld tid = 1,0).",
        "nb": "Stillingsandel må være mellom 0,1 og 1,5 (full tid = 1,0).",
        "en": "FTE must be between 0.1 and 1.5 (full time = 1.0).",
    },
    "initials_format": {
        "da": "Initialer er 2–6 bogstaver eller tal.",
        "nb": "Initialer er 2–6 bokstaver eller tall.",
        "en": "Initials are 2–6 letters or digits.",
    },
    "initials_taken": {
        "da": "Initialerne bruges allerede af en anden konsulent.",
        "nb": "Initialene brukes allerede av en annen konsulent.",
        "en": "Another consultant already uses these initials.",
    },
    "unknown_choice": {
        "da": "Ukendt værdi.",
        "nb": "Ukjent verdi.",
        "en": "Unknown value.",
    },
    # Answers to a form (domain.form_answers) and the CPR number (domain.cpr).
    "invalid_value": {
        "da": "Ugyldigt svar.",
        "nb": "Ugyldig svar.",
        "en": "Not a valid answer.",
    },
    "not_a_date": {
        "da": "Ikke en gyldig dato. Skriv den som dd.mm.åååå.",
        "nb": "Ikke en gyldig dato. Skriv den som dd.mm.åååå.",
        "en": "Not a valid date. Write it as dd.mm.yyyy.",
    },
    "date_far_future": {
        "da": "Datoen ligger mere end et år ude i fremtiden.",
        "nb": "Datoen ligger mer enn ett år fram i tid.",
        "en": "The date is more than a year in the future.",
    },
    "date_too_old": {
        "da": "Datoen ligger før år 1900.",
        "nb": "Datoen ligger før år 1900.",
        "en": "The date is before the year 1900.",
    },
    "not_a_whole_number": {
        "da": "Skal være et helt tal.",
        "nb": "Må være et heltall.",
        "en": "Must be a whole number.",
    },
    "out_of_range": {
        "da": "Skal være mellem {min} og {max}.",
        "nb": "Må være mellom {min} og {max}.",
        "en": "Must be between {min} and {max}.",
    },
    "at_least": {
        "da": "Skal være mindst {min}.",
        "nb": "Må være minst {min}.",
        "en": "Must be at least {min}.",
    },
    "at_most": {
        "da": "Må højst være {max}.",
        "nb": "Kan være maks {max}.",
        "en": "Must be at most {max}.",
    },
    "too_many_rows": {
        "da": "Højst {max} rækker.",
        "nb": "Maks {max} rader.",
        "en": "At most {max} rows.",
    },
    "cpr_format": {
        "da": "Et CPR-nummer har 10 cifre: DDMMÅÅ-XXXX.",
        "nb": "Et CPR-nummer har 10 sifre: DDMMÅÅ-XXXX.",
        "en": "A CPR number has 10 digits: DDMMYY-XXXX.",
    },
    "cpr_date": {
        "da": "CPR-nummerets første 6 cifre er ikke en gyldig fødselsdato.",
        "nb": "De første 6 sifrene i CPR-nummeret er ikke en gyldig fødselsdato.",
        "en": "The first 6 digits of the CPR number are not a valid date of birth.",
    },
    "password_too_short": {
        "da": "Adgangskoden skal have mindst {min} tegn.",
        "nb": "Passordet må ha minst {min} tegn.",
        "en": "The password needs at least {min} characters.",
    },
    "password_too_simple": {
        "da": "Adgangskoden skal have mindst {min} forskellige tegn.",
        "nb": "Passordet må ha minst {min} forskjellige tegn.",
        "en": "The password needs at least {min} different characters.",
    },
    "date_in_future": {
        "da": "Datoen kan ikke ligge i fremtiden.",
        "nb": "Datoen kan ikke ligge i fremtiden.",
        "en": "The date cannot be in the future.",
    },
    "date_before_referral": {
        "da": "Datoen ligger før henvisningsdatoen.",
        "nb": "Datoen er før henvisningsdatoen.",
        "en": "The date is before the referral date.",
    },
    "date_before_last_phase": {
        "da": "Datoen ligger før seneste faseskift.",
        "nb": "Datoen er før forrige faseskifte.",
        "en": "The date is before the last change of phase.",
    },
    "course_ended": {
        "da": "Forløbet er afsluttet. Start et nyt forløb for deltageren i stedet.",
        "nb": "Forløpet er avsluttet. Start et nytt forløp for deltakeren i stedet.",
        "en": "The course has ended. Start a new course for the participant instead.",
    },
    "withdrawn_before_given": {
        "da": "Samtykket kan ikke være trukket tilbage, før det blev givet.",
        "nb": "Samtykket kan ikke være trukket tilbake før det ble gitt.",
        "en": "Consent cannot be withdrawn before it was given.",
    },
    "withdrawn_without_consent": {
        "da": "Udfyld først, hvornår samtykket blev givet.",
        "nb": "Fyll først ut når samtykket ble gitt.",
        "en": "First fill in when consent was given.",
    },
    # ips-desktop rekey and the window's File > New database key.
    "rekey_progress": {
        "da": "Krypterer igen",
        "nb": "Krypterer på nytt",
        "en": "Re-encrypting",
    },
    "rekey_done": {
        "da": "Databasen er krypteret med en ny nøgle. Ny gendannelsesnøgle - skriv den ned "
              "og opbevar den aflåst. Den vises kun nu, og den gamle virker ikke længere:",
        "nb": "Databasen er kryptert med en ny nøkkel. Ny gjenopprettingsnøkkel - skriv den ned "
              "og oppbevar den innelåst. Den vises bare nå, og den gamle virker ikke lenger:",
        "en": "The database is encrypted under a new key. New recovery key - write it down "
              "and keep it locked away. It is shown only now; the old one no longer works:",
    },
    "recovery_key_unseen": {
        "da": "En ny databasenøgle blev færdig efter en afbrydelse, men dens "
              "gendannelsesnøgle er aldrig blevet vist. Kør ips-desktop rekey for at få en.",
        "nb": "En ny databasenøkkel ble ferdig etter et avbrudd, men "
              "gjenopprettingsnøkkelen er aldri blitt vist. Kjør ips-desktop rekey for å få en.",
        "en": "A new database key was finished after an interruption, but its recovery key "
              "has never been shown. Run ips-desktop rekey to get one.",
    },
    "rekey_old_backups": {
        "da": "Ældre sikkerhedskopier åbner stadig kun med den gamle gendannelsesnøgle; "
              "gem den sammen med dem, eller tag en ny sikkerhedskopi.",
        "nb": "Eldre sikkerhetskopier åpnes fortsatt bare med den gamle "
              "gjenopprettingsnøkkelen; oppbevar den sammen med dem, eller ta en ny "
              "sikkerhetskopi.",
        "en": "Older backups still open only with the old recovery key; keep it with them, "
              "or take a new backup.",
    },
    # Why a database did not open (storage errors, by exit code's cause).
    "WrongPassword": {
        "da": "Forkert adgangskode. Prøv igen.",
        "nb": "Feil passord. Prøv igjen.",
        "en": "Wrong password. Please try again.",
    },
    "KeyMissing": {
        "da": "Databasens nøgle blev ikke fundet (nøgleringen eller vault.json mangler). "
              "Åbn databasen med gendannelsesnøglen: ips-desktop recover.",
        "nb": "Databasens nøkkel ble ikke funnet (nøkkelringen eller vault.json mangler). "
              "Åpne databasen med gjenopprettingsnøkkelen: ips-desktop recover.",
        "en": "The database key was not found (the keyring entry or vault.json is missing). "
              "Open the database with the recovery key: ips-desktop recover.",
    },
    "VaultDamaged": {
        "da": "Filen vault.json i datamappen er beskadiget, så det vides ikke, hvor nøglen "
              "ligger. Åbn databasen med gendannelsesnøglen: ips-desktop recover.",
        "nb": "Filen vault.json i datamappen er skadet, så det er ukjent hvor nøkkelen "
              "ligger. Åpne databasen med gjenopprettingsnøkkelen: ips-desktop recover.",
        "en": "The file vault.json in the data directory is damaged, so where the key is kept "
              "is unknown. Open the database with the recovery key: ips-desktop recover.",
    },
    "KeyringUnavailable": {
        "da": "Styresystemets nøglering kan ikke bruges på denne maskine. "
              "Databasen kan i stedet beskyttes alene med adgangskoden (adgangskodetilstand).",
        "nb": "Operativsystemets nøkkelring kan ikke brukes på denne maskinen. "
              "Databasen kan i stedet beskyttes med passordet alene (passordmodus).",
        "en": "The operating system's keyring cannot be used on this machine. "
              "The database can be protected by the app password alone (passphrase mode).",
    },
    "KeyringRefused": {
        "da": "Styresystemets nøglering er låst eller nægtede at gemme nøglen. Lås den op og "
              "prøv igen, eller beskyt databasen alene med adgangskoden: "
              "ips-desktop setup --passphrase-mode (eller recover --passphrase-mode).",
        "nb": "Operativsystemets nøkkelring er låst eller nektet å lagre nøkkelen. Lås den opp "
              "og prøv igjen, eller beskytt databasen med passordet alene: "
              "ips-desktop setup --passphrase-mode (eller recover --passphrase-mode).",
        "en": "The operating system's keyring is locked or refused to store the key. Unlock "
              "it and try again, or protect the database with the app password alone: "
              "ips-desktop setup --passphrase-mode (or recover --passphrase-mode).",
    },
    "KeyFileDamaged": {
        "da": "Nøglefilen ips.key er beskadiget, så adgangskoden kan ikke prøves. Åbn databasen "
              "med gendannelsesnøglen: ips-desktop recover. Databasen er ikke ændret.",
        "nb": "Nøkkelfilen ips.key er skadet, så passordet kan ikke prøves. Åpne databasen med "
              "gjenopprettingsnøkkelen: ips-desktop recover. Databasen er ikke endret.",
        "en": "The key file ips.key is damaged, so the password cannot be tried. Open the "
              "database with the recovery key: ips-desktop recover. The database was not "
              "changed.",
    },
    "WrongKey": {
        "da": "Nøglen passer ikke til denne database. Brug gendannelsesnøglen: "
              "ips-desktop recover. Filen er ikke ændret.",
        "nb": "Nøkkelen passer ikke til denne databasen. Bruk gjenopprettingsnøkkelen: "
              "ips-desktop recover. Filen er ikke endret.",
        "en": "The key does not open this database. Use the recovery key: "
              "ips-desktop recover. The file was not changed.",
    },
    "NotADatabase": {
        "da": "Filen er ikke en IPS Desktop-database, eller den er beskadiget. "
              "Filen er ikke ændret; gendan eventuelt fra en sikkerhedskopi.",
        "nb": "Filen er ikke en IPS Desktop-database, eller den er skadet. "
              "Filen er ikke endret; gjenopprett eventuelt fra en sikkerhetskopi.",
        "en": "The file is not an IPS Desktop database, or it is damaged. "
              "It was not changed; restore a backup if you have one.",
    },
    "NewerSchema": {
        "da": "Databasen er skrevet af en nyere version af IPS Desktop. "
              "Opdater programmet; databasen er ikke ændret.",
        "nb": "Databasen er skrevet av en nyere versjon av IPS Desktop. "
              "Oppdater programmet; databasen er ikke endret.",
        "en": "The database was written by a newer version of IPS Desktop. "
              "Update the app; the database was not changed.",
    },
    "AlreadyOpen": {
        "da": "Databasen er allerede åben i et andet vindue.",
        "nb": "Databasen er allerede åpen i et annet vindu.",
        "en": "The database is already open in another window.",
    },
    "NotSetUp": {
        "da": "Der er ingen database her endnu. Start programmet for at oprette den.",
        "nb": "Det finnes ingen database her ennå. Start programmet for å opprette den.",
        "en": "There is no database here yet. Start the app to create one.",
    },
    "AlreadySetUp": {
        "da": "Der findes allerede en database her.",
        "nb": "Det finnes allerede en database her.",
        "en": "A database already exists here.",
    },
    "BadRecoveryKey": {
        "da": "Gendannelsesnøglen er ikke skrevet rigtigt (64 tegn 0-9 og A-F plus en "
              "kontrolgruppe). Tjek den og prøv igen.",
        "nb": "Gjenopprettingsnøkkelen er ikke skrevet riktig (64 tegn 0-9 og A-F pluss en "
              "kontrollgruppe). Sjekk den og prøv igjen.",
        "en": "The recovery key is mistyped (64 characters 0-9 and A-F plus a check group). "
              "Check it and try again.",
    },
    "PasswordUncheckable": {
        "da": "Databasen kan ikke læses, så adgangskoden kan ikke kontrolleres. "
              "Gendan med gendannelsesnøglen: ips-desktop restore FIL --recovery-key.",
        "nb": "Databasen kan ikke leses, så passordet kan ikke kontrolleres. "
              "Gjenopprett med gjenopprettingsnøkkelen: ips-desktop restore FIL --recovery-key.",
        "en": "The database cannot be read, so the password cannot be checked. "
              "Restore with the recovery key: ips-desktop restore FILE --recovery-key.",
    },
    "BackupTargetRefused": {
        "da": "Sikkerhedskopien må ikke skrives der: det er i datamappen eller er selve "
              "databasen eller dens nøgle. Vælg en fil uden for datamappen (eller i dens "
              "mappe backups). Intet er ændret.",
        "nb": "Sikkerhetskopien kan ikke skrives der: det er i datamappen eller er selve "
              "databasen eller nøkkelen. Velg en fil utenfor datamappen (eller i mappen "
              "backups der). Ingenting er endret.",
        "en": "The backup cannot be written there: it is inside the data directory, or it "
              "is the database or its key. Choose a file outside the data directory (or in "
              "its backups folder). Nothing was changed.",
    },
    "ExportTargetRefused": {
        "da": "Filen må ikke gemmes i datamappen, hvor den kunne erstatte databasen eller "
              "dens nøgle. Vælg en anden mappe. Intet er ændret.",
        "nb": "Filen kan ikke lagres i datamappen, der den kunne erstatte databasen eller "
              "nøkkelen. Velg en annen mappe. Ingenting er endret.",
        "en": "The file cannot be saved in the data directory, where it could replace the "
              "database or its key. Choose another folder. Nothing was changed.",
    },
    "BackupTargetExists": {
        "da": "Filen findes allerede. Vælg et nyt navn, eller tilføj --replace for at "
              "erstatte den. Intet er ændret.",
        "nb": "Filen finnes allerede. Velg et nytt navn, eller legg til --replace for å "
              "erstatte den. Ingenting er endret.",
        "en": "The file already exists. Choose a new name, or add --replace to replace it. "
              "Nothing was changed.",
    },
    "RestoreUnfinished": {
        "da": "Der er ingen ips.db i datamappen {root}, men der findes {found}: en gendannelse "
              "eller opsætning blev afbrudt. Der oprettes ingen ny database, for den ville "
              "overskrive nøglen til de data. Fortryd ved at kopiere {undo} tilbage som "
              "ips.db i datamappen, og start igen.",
        "nb": "Det finnes ingen ips.db i datamappen {root}, men det finnes {found}: en "
              "gjenoppretting eller oppsett ble avbrutt. Ingen ny database opprettes, for den "
              "ville overskrive nøkkelen til de dataene. Angre ved å kopiere {undo} tilbake "
              "som ips.db i datamappen, og start på nytt.",
        "en": "There is no ips.db in the data directory {root}, but there is {found}: a restore or "
              "set-up was cut off. No new database is created, as it would overwrite the "
              "key to those data. Undo by copying {undo} back as ips.db in the data "
              "directory, then start again.",
    },
    "RestoreUnfinishedNoCopy": {
        "da": "Der er ingen ips.db i datamappen {root}, men der findes {found}: en database var "
              "sat op her. Der oprettes ingen ny, for den ville overskrive nøglen. Læg "
              "databasen (ips.db) tilbage, gendan en sikkerhedskopi i en ny datamappe, "
              "eller flyt filerne væk for at begynde forfra.",
        "nb": "Det finnes ingen ips.db i datamappen {root}, men det finnes {found}: en database "
              "var satt opp her. Ingen ny opprettes, for den ville overskrive nøkkelen. Legg "
              "databasen (ips.db) tilbake, gjenopprett en sikkerhetskopi i en ny datamappe, "
              "eller flytt filene bort for å begynne på nytt.",
        "en": "There is no ips.db in the data directory {root}, but there is {found}: a database "
              "was set up here. No new one is created, as it would overwrite the key. Put "
              "the database (ips.db) back, restore a backup into a new data directory, or "
              "move the files away to start afresh.",
    },
    "BackupFolderUnreachable": {
        "da": "Mappen til sikkerhedskopier kan ikke nås eller skrives i (et netværksdrev "
              "uden forbindelse?). Der prøves igen senere.",
        "nb": "Mappen for sikkerhetskopier kan ikke nås eller skrives i (en nettverksdisk "
              "uten tilkobling?). Det prøves igjen senere.",
        "en": "The backup folder cannot be reached or written (a network drive not "
              "connected?). It will be tried again later.",
    },
    "BackupUnverified": {
        "da": "Sikkerhedskopien kunne ikke læses korrekt tilbage og er slettet. "
              "Databasen er ikke ændret; prøv igen, eller kør ips-desktop check.",
        "nb": "Sikkerhetskopien kunne ikke leses riktig tilbake og er slettet. "
              "Databasen er ikke endret; prøv igjen, eller kjør ips-desktop check.",
        "en": "The backup did not read back correctly and was deleted. The database was "
              "not changed; try again, or run ips-desktop check.",
    },
    "backup_written": {
        "da": "Sikkerhedskopi skrevet og kontrolleret: {path}",
        "nb": "Sikkerhetskopi skrevet og kontrollert: {path}",
        "en": "Backup written and verified: {path}",
    },
    "backup_not_due": {
        "da": "Dagens sikkerhedskopi findes allerede i {folder}.",
        "nb": "Dagens sikkerhetskopi finnes allerede i {folder}.",
        "en": "Today's backup is already in {folder}.",
    },
    "backups_rotated": {
        "da": "{count} ældre sikkerhedskopier slettet (7 daglige og 8 ugentlige beholdes).",
        "nb": "{count} eldre sikkerhetskopier slettet (7 daglige og 8 ukentlige beholdes).",
        "en": "{count} older backups deleted (7 daily and 8 weekly are kept).",
    },
    "restored_kept": {
        "da": "Databasen er gendannet. Den tidligere database er gemt i {kept}",
        "nb": "Databasen er gjenopprettet. Den forrige databasen er lagret i {kept}",
        "en": "The database was restored. The previous database is kept in {kept}",
    },
    "Damaged": {
        "da": "Databasen er beskadiget: en del af filen består ikke sin kontrol, eller filen "
              "er afkortet. Kør ips-desktop check for at se de beskadigede "
              "sider, og gendan fra en sikkerhedskopi.",
        "nb": "Databasen er skadet: en del av filen består ikke kontrollen, eller filen er "
              "avkortet. Kjør ips-desktop check for å se de skadde "
              "sidene, og gjenopprett fra en sikkerhetskopi.",
        "en": "The database is damaged: part of the file fails its check, or the file is "
              "cut short. Run ips-desktop check to see the damaged "
              "pages, and restore a backup.",
    },
    "DiskFull": {
        "da": "Disken er fuld, så IPS Desktop kunne ikke skrive, og intet er ændret. "
              "Frigør plads på disken, og prøv igen.",
        "nb": "Disken er full, så IPS Desktop kunne ikke skrive, og ingenting er endret. "
              "Frigjør plass på disken, og prøv igjen.",
        "en": "The disk is full, so IPS Desktop could not write, and nothing was changed. "
              "Free some space on the disk and try again.",
    },
    "ReadOnly": {
        "da": "Datamappen kan ikke skrives i (disken er skrivebeskyttet, eller du mangler "
              "rettigheder), så intet blev gemt. Spørg IT-afdelingen, eller vælg en anden "
              "datamappe.",
        "nb": "Datamappen kan ikke skrives til (disken er skrivebeskyttet, eller du mangler "
              "rettigheter), så ingenting ble lagret. Spør IT-avdelingen, eller velg en annen "
              "datamappe.",
        "en": "The data folder cannot be written (the disk is read-only, or you lack the "
              "permission), so nothing was saved. Ask your IT department, or choose another "
              "data folder.",
    },
    "StorageError": {
        "da": "Databasen kunne ikke åbnes.",
        "nb": "Databasen kunne ikke åpnes.",
        "en": "The database could not be opened.",
    },
    # The command line's prompts and reports (cli/).
    "cli_description": {
        "da": "IPS Desktop: deltagere, virksomhedskontakter og supervision for "
              "IPS-konsulenter. Uden kommando åbnes vinduet.",
        "nb": "IPS Desktop: deltakere, virksomhetskontakter og veiledning for "
              "IPS-konsulenter. Uten kommando åpnes vinduet.",
        "en": "IPS Desktop: participants, employer contacts and supervision for IPS "
              "consultants. Without a command, the window opens.",
    },
    "cli_no_password": {
        "da": "Ingen adgangskode: sæt IPS_DESKTOP_PASSWORD, når programmet kører uden terminal.",
        "nb": "Ikke noe passord: sett IPS_DESKTOP_PASSWORD når programmet kjører uten terminal.",
        "en": "No password: set IPS_DESKTOP_PASSWORD when running without a terminal.",
    },
    "prompt_password": {"da": "Adgangskode: ", "nb": "Passord: ", "en": "Password: "},
    "prompt_choose_password": {
        "da": "Vælg adgangskode: ", "nb": "Velg passord: ", "en": "Choose a password: ",
    },
    "prompt_new_password": {
        "da": "Ny adgangskode: ", "nb": "Nytt passord: ", "en": "New password: ",
    },
    "prompt_repeat_password": {
        "da": "Gentag adgangskode: ", "nb": "Gjenta passord: ", "en": "Repeat the password: ",
    },
    "prompt_demo_password": {
        "da": "Adgangskode til demodatabasen: ", "nb": "Passord til demodatabasen: ",
        "en": "Password for the demo database: ",
    },
    "prompt_recovery_key": {
        "da": "Gendannelsesnøgle: ", "nb": "Gjenopprettingsnøkkel: ", "en": "Recovery key: ",
    },
    "passwords_differ": {
        "da": "Adgangskoderne er ikke ens, eller feltet er tomt. Prøv igen.",
        "nb": "Passordene er ikke like, eller feltet er tomt. Prøv igjen.",
        "en": "The passwords are not the same, or the field is empty. Try again.",
    },
    "confirm_choices": {"da": "[j/N]", "nb": "[j/N]", "en": "[y/N]"},
    "confirm_yes": {"da": "j ja", "nb": "j ja", "en": "y yes"},
    "check_integrity": {
        "da": "Integritet:      {value}", "nb": "Integritet:      {value}",
        "en": "Integrity:       {value}",
    },
    "check_pages": {
        "da": "Sidekontrol:     {value}", "nb": "Sidekontroll:    {value}",
        "en": "Page check:      {value}",
    },
    "check_cipher": {
        "da": "Kryptering:      {value}", "nb": "Kryptering:      {value}",
        "en": "Encryption:      {value}",
    },
    "check_key": {
        "da": "Nøgle:           {value}", "nb": "Nøkkel:          {value}",
        "en": "Key:             {value}",
    },
    "check_schema": {
        "da": "Skemaversion:    {revision} (nyeste {head})",
        "nb": "Skjemaversjon:   {revision} (nyeste {head})",
        "en": "Schema version:  {revision} (newest {head})",
    },
    "check_demo": {
        "da": "Demo:            {value}", "nb": "Demo:            {value}",
        "en": "Demo:            {value}",
    },
    "yes": {"da": "ja", "nb": "ja", "en": "yes"},
    "no": {"da": "nej", "nb": "nei", "en": "no"},
    "unreadable": {"da": "kan ikke læses", "nb": "kan ikke leses", "en": "cannot be read"},
    "check_damaged": {
        "da": "Databasen er beskadiget. Beskadigede sider: {pages}. Gendan fra en "
              "sikkerhedskopi (ips-desktop restore FIL).",
        "nb": "Databasen er skadet. Skadde sider: {pages}. Gjenopprett fra en "
              "sikkerhetskopi (ips-desktop restore FIL).",
        "en": "The database is damaged. Damaged pages: {pages}. Restore a backup "
              "(ips-desktop restore FILE).",
    },
    "check_damaged_unknown_pages": {
        "da": "ukendte (filen er afkortet)", "nb": "ukjente (filen er avkortet)",
        "en": "unknown (the file is cut short)",
    },
    "restore_confirm": {
        "da": "Erstat databasen i {root} med {name}?",
        "nb": "Erstatte databasen i {root} med {name}?",
        "en": "Replace the database in {root} with {name}?",
    },
    "restore_refused": {
        "da": "Afbrudt; intet er ændret.", "nb": "Avbrutt; ingenting er endret.",
        "en": "Stopped; nothing was changed.",
    },
    "setup_done": {
        "da": "Databasen er oprettet i {root} (nøgle: {mode}).",
        "nb": "Databasen er opprettet i {root} (nøkkel: {mode}).",
        "en": "The database is created in {root} (key: {mode}).",
    },
    "setup_recovery_key": {
        "da": "Gendannelsesnøgle - skriv den ned og opbevar den aflåst. Den vises kun nu:",
        "nb": "Gjenopprettingsnøkkel - skriv den ned og oppbevar den innelåst. "
              "Den vises bare nå:",
        "en": "Recovery key - write it down and keep it locked away. It is shown only now:",
    },
    "recovered": {
        "da": "Databasen er åbnet med gendannelsesnøglen, og den nye adgangskode gælder nu.",
        "nb": "Databasen er åpnet med gjenopprettingsnøkkelen, og det nye passordet gjelder nå.",
        "en": "The database was opened with the recovery key, and the new password "
              "applies now.",
    },
    "demo_not_demo": {
        "da": "Det er ikke en demodatabase; demo skriver kun i demodatabaser.",
        "nb": "Det er ikke en demodatabase; demo skriver bare i demodatabaser.",
        "en": "This is not a demo database; demo writes only into demo databases.",
    },
    "demo_created": {
        "da": "Demodatabase oprettet i {root}: {participants} deltagere, {consultants} "
              "konsulenter, {courses} forløb, {employers} virksomheder, {employer_contacts} "
              "virksomhedskontakter, {notes} kontaktnoter og {calendar_events} "
              "kalenderaftaler.",
        "nb": "Demodatabase opprettet i {root}: {participants} deltakere, {consultants} "
              "konsulenter, {courses} forløp, {employers} virksomheter, {employer_contacts} "
              "virksomhetskontakter, {notes} kontaktnotater og {calendar_events} "
              "kalenderavtaler.",
        "en": "Demo database created in {root}: {participants} participants, {consultants} "
              "consultants, {courses} courses, {employers} employers, {employer_contacts} "
              "employer contacts, {notes} contact notes and {calendar_events} calendar "
              "events.",
    },
    "demo_owner": {
        "da": "I demoen er du IPS-konsulenten {name} ({initials}): {mine} af teamets {all} "
              "åbne forløb er dine.",
        "nb": "I demoen er du IPS-konsulenten {name} ({initials}): {mine} av teamets {all} "
              "åpne forløp er dine.",
        "en": "In the demo you are the employment specialist {name} ({initials}): {mine} of "
              "the team's {all} open courses are yours.",
    },
    # The demo generator's steps, as the command line shows its progress.
    "demo_step_consultants": {"da": "konsulenter", "nb": "konsulenter", "en": "consultants"},
    "demo_step_participants": {"da": "deltagere", "nb": "deltakere", "en": "participants"},
    "demo_step_courses": {"da": "forløb", "nb": "forløp", "en": "courses"},
    "demo_step_phase_changes": {"da": "faseskift", "nb": "faseskifter", "en": "phase changes"},
    "demo_step_consents": {"da": "samtykker", "nb": "samtykker", "en": "consents"},
    "demo_step_form_responses": {"da": "skemaer", "nb": "skjemaer", "en": "forms"},
    "demo_step_employers": {"da": "virksomheder", "nb": "virksomheter", "en": "employers"},
    "demo_step_employer_contact_persons": {
        "da": "kontaktpersoner",
        "nb": "kontaktpersoner",
        "en": "contact persons",
    },
    "demo_step_placements": {
        "da": "job og uddannelse",
        "nb": "jobb og utdanning",
        "en": "jobs and education",
    },
    "demo_step_employer_contacts": {
        "da": "virksomhedskontakter",
        "nb": "virksomhetskontakter",
        "en": "employer contacts",
    },
    "demo_step_notes": {"da": "kontaktnoter", "nb": "kontaktnotater", "en": "contact notes"},
    "demo_step_calendar_events": {
        "da": "kalenderaftaler",
        "nb": "kalenderavtaler",
        "en": "calendar events",
    },
    "demo_step_done": {"da": "færdig", "nb": "ferdig", "en": "done"},
    "list_no_consultant": {
        "da": "Ingen konsulent med initialerne {initials}.",
        "nb": "Ingen konsulent med initialene {initials}.",
        "en": "No consultant with the initials {initials}.",
    },
    "crash": {
        "da": "Uventet fejl ({kind}). Det, der var gemt før, er i behold; den sidste handling "
              "er måske ikke gennemført. Fejlen er skrevet i logfilen: {log}",
        "nb": "Uventet feil ({kind}). Det som var lagret før, er i behold; den siste "
              "handlingen er kanskje ikke fullført. Feilen er skrevet i loggfilen: {log}",
        "en": "Unexpected error ({kind}). What was saved before is safe; the last action may "
              "not have been completed. The error is written to the log file: {log}",
    },
    "crash_no_log": {
        "da": "Uventet fejl ({kind}). Det, der var gemt før, er i behold; den sidste handling "
              "er måske ikke gennemført. Logfilen kunne ikke skrives; her er fejlens sted "
              "(uden personoplysninger):",
        "nb": "Uventet feil ({kind}). Det som var lagret før, er i behold; den siste "
              "handlingen er kanskje ikke fullført. Loggfilen kunne ikke skrives; her er "
              "feilens sted (uten personopplysninger):",
        "en": "Unexpected error ({kind}). What was saved before is safe; the last action may "
              "not have been completed. The log file could not be written; this is where "
              "it happened (no personal data):",
    },
    "interrupted": {"da": "Afbrudt.", "nb": "Avbrutt.", "en": "Interrupted."},
}

_GROUPING = {"da": ".", "nb": "\u00a0", "en": ","}


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _language = language


def current_language() -> str:
    return _language


def error_message(error: Exception) -> str:
    """The user's-language text for a storage error, by its class (never its details).

    An error may name its own message (`message_code`) and fill it with `params`,
    which are file names in the data directory, never personal data.
    """
    code = getattr(error, "message_code", None)
    if isinstance(code, str) and code in CATALOG:
        return message(code, **getattr(error, "params", {}))
    for cls in type(error).__mro__:
        if cls.__name__ in CATALOG:
            return message(cls.__name__)
    return message("StorageError")


def message(code: str, **params: object) -> str:
    texts = CATALOG[code]
    return texts.get(_language, texts[DEFAULT_LANGUAGE]).format(**params)


def number(value: int) -> str:
    """A whole number as people read it: 5.223 (da), 5 223 (nb), 5,223 (en)."""
    return f"{value:,}".replace(",", _GROUPING.get(_language, "."))


# Texts with a count, by code: per language the "one" and "other" forms (CLDR's plural
# categories; Danish, bokmål and English use "one" for exactly 1 and "other" otherwise).
# Qt's `tr("%n ...", "", n)` does this for the screens; services, the CLI and the
# printouts cannot use Qt, so their counted texts live here. `{n}` is the count.
PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "days": {
        "da": ("{n} dag", "{n} dage"),
        "nb": ("{n} dag", "{n} dager"),
        "en": ("{n} day", "{n} days"),
    },
    "days_overdue": {
        "da": ("{n} dag over fristen", "{n} dage over fristen"),
        "nb": ("{n} dag over fristen", "{n} dager over fristen"),
        "en": ("{n} day overdue", "{n} days overdue"),
    },
    "days_in_ips": {
        "da": ("{n} dag i IPS", "{n} dage i IPS"),
        "nb": ("{n} dag i IPS", "{n} dager i IPS"),
        "en": ("{n} day in IPS", "{n} days in IPS"),
    },
}


def plural_form(language: str, count: int) -> int:
    """0 for CLDR's "one", 1 for "other": for da, nb and en, "one" is exactly 1."""
    del language  # the three languages share the rule; a fourth may not
    return 0 if abs(count) == 1 else 1


def plural(code: str, count: int, language: str | None = None, **params: object) -> str:
    """The text for `count` in `language` (default: the current one): "1 dag" / "2 dage"."""
    language = language or _language
    forms = PLURALS[code]
    chosen = forms.get(language, forms[DEFAULT_LANGUAGE])
    return chosen[plural_form(language, count)].format(n=count, **params)
