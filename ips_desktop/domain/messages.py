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
        "da": "Gendannelsesnøglen til den databasenøgle, der er i brug, er aldrig blevet vist "
              "(en ny nøgle blev færdig efter en afbrydelse, eller nøglen kunne ikke skrives "
              "ud). Kør ips-desktop rekey for at få en.",
        "nb": "Gjenopprettingsnøkkelen til databasenøkkelen som er i bruk, er aldri blitt vist "
              "(en ny nøkkel ble ferdig etter et avbrudd, eller nøkkelen kunne ikke skrives "
              "ut). Kjør ips-desktop rekey for å få en.",
        "en": "The recovery key of the database key in use has never been shown (a new key "
              "was finished after an interruption, or the key could not be written out). "
              "Run ips-desktop rekey to get one.",
    },
    "setup_recovery_key_not_shown": {
        "da": "Databasen er oprettet, men gendannelsesnøglen kunne ikke skrives ud (uddata kan "
              "ikke skrives, fx en fuld disk), så ingen har set den. Kør ips-desktop rekey i "
              "en terminal for at få en ny gendannelsesnøgle.",
        "nb": "Databasen er opprettet, men gjenopprettingsnøkkelen kunne ikke skrives ut "
              "(utdata kan ikke skrives, f.eks. en full disk), så ingen har sett den. Kjør "
              "ips-desktop rekey i en terminal for å få en ny gjenopprettingsnøkkel.",
        "en": "The database is created, but its recovery key could not be written out (the "
              "output cannot be written, a full disk, say), so no one has seen it. Run "
              "ips-desktop rekey in a terminal to get a new recovery key.",
    },
    "rekey_recovery_key_not_shown": {
        "da": "Databasen er krypteret med en ny nøgle, men den nye gendannelsesnøgle kunne "
              "ikke skrives ud (uddata kan ikke skrives, fx en fuld disk), så ingen har set "
              "den. Kør ips-desktop rekey igen i en terminal for at få en.",
        "nb": "Databasen er kryptert med en ny nøkkel, men den nye gjenopprettingsnøkkelen "
              "kunne ikke skrives ut (utdata kan ikke skrives, f.eks. en full disk), så ingen "
              "har sett den. Kjør ips-desktop rekey igjen i en terminal for å få en.",
        "en": "The database is encrypted under a new key, but the new recovery key could not "
              "be written out (the output cannot be written, a full disk, say), so no one has "
              "seen it. Run ips-desktop rekey again in a terminal to get one.",
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
        "da": "Databasens nøgle blev ikke fundet (computerens sikre lager for adgangskoder "
              "eller filen vault.json mangler). "
              "Åbn databasen med gendannelsesnøglen: ips-desktop recover.",
        "nb": "Databasens nøkkel ble ikke funnet (datamaskinens sikre passordlager "
              "eller filen vault.json mangler). "
              "Åpne databasen med gjenopprettingsnøkkelen: ips-desktop recover.",
        "en": "The database key was not found (the computer's secure password store "
              "or the file vault.json lacks it). "
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
        "da": "Computerens sikre lager for adgangskoder kan ikke bruges på denne maskine. "
              "Databasen kan i stedet beskyttes alene med adgangskoden.",
        "nb": "Datamaskinens sikre passordlager kan ikke brukes på denne maskinen. "
              "Databasen kan i stedet beskyttes med passordet alene.",
        "en": "The computer's secure password store cannot be used on this machine. "
              "The database can be protected by the app password alone instead.",
    },
    "KeyringRefused": {
        "da": "Computerens sikre lager for adgangskoder er låst eller nægtede at gemme nøglen. "
              "Lås det op og "
              "prøv igen, eller beskyt databasen alene med adgangskoden: "
              "ips-desktop setup --passphrase-mode (eller recover --passphrase-mode).",
        "nb": "Datamaskinens sikre passordlager er låst eller nektet å lagre nøkkelen. Lås det opp "
              "og prøv igjen, eller beskytt databasen med passordet alene: "
              "ips-desktop setup --passphrase-mode (eller recover --passphrase-mode).",
        "en": "The computer's secure password store is locked or refused to store the key. Unlock "
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
    "BackupTargetUnwritable": {
        "da": "Sikkerhedskopien kan ikke skrives i den valgte mappe (drevet eller USB-nøglen "
              "er skrivebeskyttet, eller du mangler rettigheder til mappen). Vælg en anden "
              "mappe eller et andet drev. Databasen er ikke ændret.",
        "nb": "Sikkerhetskopien kan ikke skrives i den valgte mappen (stasjonen eller "
              "minnepinnen er skrivebeskyttet, eller du mangler rettigheter til mappen). Velg "
              "en annen mappe eller stasjon. Databasen er ikke endret.",
        "en": "The backup cannot be written to the chosen folder (the drive or USB stick is "
              "read-only, or you lack the permission for the folder). Choose another folder "
              "or drive. The database was not changed.",
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
    # restore: what is wrong with the backup given (not with the live database).
    "RestoreNotABackup": {
        "da": "Filen er ikke en sikkerhedskopi fra IPS Desktop (den er ikke en krypteret "
              "IPS Desktop-database). Vælg en anden fil. Intet er ændret.",
        "nb": "Filen er ikke en sikkerhetskopi fra IPS Desktop (den er ikke en kryptert "
              "IPS Desktop-database). Velg en annen fil. Ingenting er endret.",
        "en": "The file is not an IPS Desktop backup (it is not an encrypted IPS Desktop "
              "database). Choose another file. Nothing was changed.",
    },
    "RestoreBackupMissing": {
        "da": "Sikkerhedskopien blev ikke fundet. Tjek filens navn og mappe. Intet er ændret.",
        "nb": "Sikkerhetskopien ble ikke funnet. Sjekk filens navn og mappe. Ingenting er "
              "endret.",
        "en": "The backup was not found. Check the file's name and folder. Nothing was "
              "changed.",
    },
    "RestoreBackupDamaged": {
        "da": "Sikkerhedskopien er beskadiget eller afkortet (en del af den består ikke sin "
              "kontrol). Vælg en anden sikkerhedskopi. Intet er ændret.",
        "nb": "Sikkerhetskopien er skadet eller avkortet (en del av den består ikke "
              "kontrollen). Velg en annen sikkerhetskopi. Ingenting er endret.",
        "en": "The backup is damaged or cut short (part of it fails its check). Choose "
              "another backup. Nothing was changed.",
    },
    "RestoreOtherDatabase": {
        "da": "Sikkerhedskopien er af en anden database: denne databases nøgle åbner den "
              "ikke. Gendan den med dens gendannelsesnøgle: ips-desktop restore FIL "
              "--recovery-key. Intet er ændret.",
        "nb": "Sikkerhetskopien er av en annen database: denne databasens nøkkel åpner den "
              "ikke. Gjenopprett den med dens gjenopprettingsnøkkel: ips-desktop restore FIL "
              "--recovery-key. Ingenting er endret.",
        "en": "The backup is of another database: this database's key does not open it. "
              "Restore it with its recovery key: ips-desktop restore FILE --recovery-key. "
              "Nothing was changed.",
    },
    "RestoreRecoveryKeyMismatch": {
        "da": "Gendannelsesnøglen åbner ikke sikkerhedskopien. Brug gendannelsesnøglen til "
              "den database, kopien er taget af. Intet er ændret.",
        "nb": "Gjenopprettingsnøkkelen åpner ikke sikkerhetskopien. Bruk "
              "gjenopprettingsnøkkelen til databasen kopien er tatt av. Ingenting er endret.",
        "en": "The recovery key does not open the backup. Use the recovery key of the "
              "database the backup was made of. Nothing was changed.",
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
    "ServerUnreachable": {
        "da": "Teamdatabasens server svarer ikke (intet netværk, forkert adresse, eller "
              "serveren er nede). Intet er ændret; prøv igen senere, eller spørg IT-afdelingen.",
        "nb": "Teamdatabasens server svarer ikke (ikke noe nettverk, feil adresse, eller "
              "serveren er nede). Ingenting er endret; prøv igjen senere, eller spør "
              "IT-avdelingen.",
        "en": "The team database's server does not answer (no network, a wrong address, or "
              "the server is down). Nothing was changed; try again later, or ask your IT "
              "department.",
    },
    "ServerAuthFailed": {
        "da": "Teamdatabasens server afviste login: forkert adgangskode eller bruger, eller "
              "serveren tillader ikke denne forbindelse. Spørg IT-afdelingen.",
        "nb": "Teamdatabasens server avviste innloggingen: feil passord eller bruker, eller "
              "serveren tillater ikke denne tilkoblingen. Spør IT-avdelingen.",
        "en": "The team database's server refused the login: a wrong password or user, or "
              "the server does not allow this connection. Ask your IT department.",
    },
    "ServerDiskFull": {
        "da": "Teamdatabasens server har ikke mere plads, så intet blev skrevet. "
              "Spørg IT-afdelingen.",
        "nb": "Teamdatabasens server har ikke mer plass, så ingenting ble skrevet. "
              "Spør IT-avdelingen.",
        "en": "The team database's server has no space left, so nothing was written. "
              "Ask your IT department.",
    },
    "ServerReadOnly": {
        "da": "Teamdatabasens server tager ikke imod ændringer lige nu, så intet blev gemt. "
              "Prøv igen senere, eller spørg IT-afdelingen.",
        "nb": "Teamdatabasens server tar ikke imot endringer akkurat nå, så ingenting ble "
              "lagret. Prøv igjen senere, eller spør IT-avdelingen.",
        "en": "The team database's server accepts no changes right now, so nothing was "
              "saved. Try again later, or ask your IT department.",
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
    # The command line's --help: every option's text (cli/).
    "help_usage": {
        "da": "brug: ",
        "nb": "bruk: ",
        "en": "usage: ",
    },
    "help_positionals": {
        "da": "argumenter",
        "nb": "argumenter",
        "en": "positional arguments",
    },
    "help_options": {
        "da": "tilvalg",
        "nb": "valg",
        "en": "options",
    },
    # argparse's own error sentences, said again in the user's language (cli/usage_errors.py).
    "cli_usage_error": {
        "da": "{prog}: fejl: {problem}",
        "nb": "{prog}: feil: {problem}",
        "en": "{prog}: error: {problem}",
    },
    "cli_arg_about": {
        "da": "{argument}: {problem}",
        "nb": "{argument}: {problem}",
        "en": "argument {argument}: {problem}",
    },
    "cli_arg_unrecognized": {
        "da": "ukendte argumenter: {p0}",
        "nb": "ukjente argumenter: {p0}",
        "en": "unrecognized arguments: {p0}",
    },
    "cli_arg_required": {
        "da": "disse argumenter mangler: {p0}",
        "nb": "disse argumentene mangler: {p0}",
        "en": "the following arguments are required: {p0}",
    },
    "cli_arg_one_required": {
        "da": "et af argumenterne {p0} skal angives",
        "nb": "ett av argumentene {p0} må angis",
        "en": "one of the arguments {p0} is required",
    },
    "cli_arg_invalid_choice": {
        "da": "ugyldigt valg: {p0} (vælg mellem {p1})",
        "nb": "ugyldig valg: {p0} (velg blant {p1})",
        "en": "invalid choice: {p0} (choose from {p1})",
    },
    "cli_arg_invalid_value": {
        "da": "ugyldig værdi ({p0}): {p1}",
        "nb": "ugyldig verdi ({p0}): {p1}",
        "en": "invalid {p0} value: {p1}",
    },
    "cli_arg_expected_one": {
        "da": "forventede én værdi",
        "nb": "forventet én verdi",
        "en": "expected one argument",
    },
    "cli_arg_expected_at_most_one": {
        "da": "forventede højst én værdi",
        "nb": "forventet høyst én verdi",
        "en": "expected at most one argument",
    },
    "cli_arg_expected_at_least_one": {
        "da": "forventede mindst én værdi",
        "nb": "forventet minst én verdi",
        "en": "expected at least one argument",
    },
    "cli_arg_not_allowed_with": {
        "da": "kan ikke bruges sammen med {p0}",
        "nb": "kan ikke brukes sammen med {p0}",
        "en": "not allowed with argument {p0}",
    },
    "cli_arg_ignored_explicit": {
        "da": "værdien {p0} bruges ikke her",
        "nb": "verdien {p0} brukes ikke her",
        "en": "ignored explicit argument {p0}",
    },
    "cli_arg_ambiguous": {
        "da": "tvetydigt tilvalg: {p0} kan betyde {p1}",
        "nb": "tvetydig valg: {p0} kan bety {p1}",
        "en": "ambiguous option: {p0} could match {p1}",
    },
    "cli_arg_unexpected_option": {
        "da": "uventet tilvalg: {p0}",
        "nb": "uventet valg: {p0}",
        "en": "unexpected option string: {p0}",
    },
    "help_command_metavar": {"da": "KOMMANDO", "nb": "KOMMANDO", "en": "COMMAND"},
    "help_commands": {
        "da": "kommandoer",
        "nb": "kommandoer",
        "en": "commands",
    },
    "help_help": {
        "da": "vis denne hjælp og afslut",
        "nb": "vis denne hjelpen og avslutt",
        "en": "show this help message and exit",
    },
    "help_licenses": {
        "da": "vis de medfølgende komponenter med version og licens, og afslut",
        "nb": "vis de medfølgende komponentene med versjon og lisens, og avslutt",
        "en": "list the bundled components with their versions and licences, and exit",
    },
    "licenses_heading": {
        "da": "IPS Desktop {version} indeholder disse komponenter:",
        "nb": "IPS Desktop {version} inneholder disse komponentene:",
        "en": "IPS Desktop {version} contains these components:",
    },
    "licenses_component": {"da": "Komponent", "nb": "Komponent", "en": "Component"},
    "licenses_version": {"da": "Version", "nb": "Versjon", "en": "Version"},
    "licenses_licence": {"da": "Licens", "nb": "Lisens", "en": "Licence"},
    "help_version": {
        "da": "vis programmets version og afslut",
        "nb": "vis programmets versjon og avslutt",
        "en": "show the program's version and exit",
    },
    "help_data_dir": {
        "da": "datamappen (også ${env})",
        "nb": "datamappen (også ${env})",
        "en": "the data directory (also ${env})",
    },
    "help_demo": {
        "da": "brug demodatabasen ved siden af den rigtige",
        "nb": "bruk demodatabasen ved siden av den ekte",
        "en": "use the demo database beside the real one",
    },
    "help_language": {
        "da": "sprog for beskeder: da, nb eller en (også ${env})",
        "nb": "språk for meldinger: da, nb eller en (også ${env})",
        "en": "the language of messages: da, nb or en (also ${env})",
    },
    "help_cmd_demo": {
        "da": "opret en demodatabase med realistiske danske data",
        "nb": "opprett en demodatabase med realistiske danske data",
        "en": "create a demo database with realistic Danish data",
    },
    "help_size": {
        "da": "small (60 deltagere) eller large (5.000 deltagere)",
        "nb": "small (60 deltakere) eller large (5 000 deltakere)",
        "en": "small (60 participants) or large (5,000 participants)",
    },
    "help_seed": {
        "da": "startværdi for tilfældige data (samme tal, samme data)",
        "nb": "startverdi for tilfeldige data (samme tall, samme data)",
        "en": "seed of the random data (the same number, the same data)",
    },
    "help_cmd_check": {
        "da": "integritet, kryptering, skemaversion og antal rækker",
        "nb": "integritet, kryptering, skjemaversjon og antall rader",
        "en": "integrity, cipher, schema revision and row counts",
    },
    "help_json": {
        "da": "skriv resultatet som JSON",
        "nb": "skriv resultatet som JSON",
        "en": "print the result as JSON",
    },
    "help_cmd_backup": {
        "da": "skriv en krypteret, kontrolleret kopi af databasen",
        "nb": "skriv en kryptert, kontrollert kopi av databasen",
        "en": "write an encrypted, verified copy of the database",
    },
    "help_out": {
        "da": "filen, sikkerhedskopien skrives til",
        "nb": "filen sikkerhetskopien skrives til",
        "en": "the file to write the backup to",
    },
    "help_auto": {
        "da": "dagens sikkerhedskopi i mappen til sikkerhedskopier, hvis den mangler "
              "(til planlagte kørsler)",
        "nb": "dagens sikkerhetskopi i mappen for sikkerhetskopier, hvis den mangler "
              "(for planlagte kjøringer)",
        "en": "the daily backup into the backup folder, if due (for a scheduler)",
    },
    "help_replace": {
        "da": "erstat FILE, hvis den findes",
        "nb": "erstatt FILE hvis den finnes",
        "en": "replace FILE if it exists",
    },
    "help_folder": {
        "da": "med --auto: denne mappe i stedet for den valgte",
        "nb": "med --auto: denne mappen i stedet for den valgte",
        "en": "with --auto: this backup folder instead of the chosen one",
    },
    "help_cmd_restore": {
        "da": "erstat databasen med en sikkerhedskopi (den gamle gemmes i kept/)",
        "nb": "erstatt databasen med en sikkerhetskopi (den gamle lagres i kept/)",
        "en": "replace the database with a backup (the old one is kept in kept/)",
    },
    "help_file": {
        "da": "sikkerhedskopien, der skal gendannes",
        "nb": "sikkerhetskopien som skal gjenopprettes",
        "en": "the backup to restore",
    },
    "help_yes": {
        "da": "spørg ikke om bekræftelse",
        "nb": "ikke spør om bekreftelse",
        "en": "do not ask for confirmation",
    },
    "help_recovery_key": {
        "da": "sikkerhedskopien er af en anden database: spørg efter dens gendannelsesnøgle",
        "nb": "sikkerhetskopien er av en annen database: spør etter dens gjenopprettingsnøkkel",
        "en": "the backup is of another database: ask for its recovery key",
    },
    "help_cmd_setup": {
        "da": "opret databasen (som vinduets første start gør)",
        "nb": "opprett databasen (som vinduets første oppstart gjør)",
        "en": "create the database (as the window's first run does)",
    },
    "help_passphrase_mode": {
        "da": ("beskyt nøglen alene med adgangskoden i stedet for også med computerens sikre "
               "lager for adgangskoder"),
        "nb": ("beskytt nøkkelen med passordet alene i stedet for også med datamaskinens sikre "
               "passordlager"),
        "en": ("keep the key under the app password alone instead of also the computer's "
               "secure password store"),
    },
    "help_cmd_recover": {
        "da": "åbn med gendannelsesnøglen og vælg en ny adgangskode",
        "nb": "åpne med gjenopprettingsnøkkelen og velg et nytt passord",
        "en": "open with the recovery key and choose a new app password",
    },
    "help_cmd_rekey": {
        "da": "krypter databasen igen med en ny nøgle; skriver en ny gendannelsesnøgle",
        "nb": "krypter databasen på nytt med en ny nøkkel; skriver en ny gjenopprettingsnøkkel",
        "en": "re-encrypt the database under a new key; prints a new recovery key",
    },
    "help_cmd_list": {
        "da": "vis deltagere eller konsulenter (id, navne, faser)",
        "nb": "vis deltakere eller konsulenter (id, navn, faser)",
        "en": "list participants or consultants (ids, names, phases)",
    },
    "help_what": {
        "da": "hvad der vises",
        "nb": "hva som vises",
        "en": "what to list",
    },
    "help_consultant": {
        "da": "kun denne konsulents deltagere",
        "nb": "bare denne konsulentens deltakere",
        "en": "only this consultant's participants",
    },
    "help_ended": {
        "da": "medtag afsluttede forløb",
        "nb": "ta med avsluttede forløp",
        "en": "include ended courses",
    },
    "help_cmd_report": {
        "da": "skriv en udskrift (henvisning, karriereprofil eller handleplan) som PDF",
        "nb": "skriv en utskrift (henvisning, yrkesprofil eller handlingsplan) som PDF",
        "en": "write a printout (referral, career profile or employment plan) as PDF",
    },
    "help_kind": {
        "da": "hvilken udskrift",
        "nb": "hvilken utskrift",
        "en": "which printout",
    },
    "help_participant": {
        "da": "en deltagers id (det nyeste forløb) eller et forløbs id",
        "nb": "en deltakers id (det nyeste forløpet) eller et forløps id",
        "en": "a participant id (their newest course) or a course id",
    },
    "help_blank": {
        "da": "det tomme skema, til udfyldning i hånden",
        "nb": "det tomme skjemaet, til utfylling for hånd",
        "en": "the empty form, to fill in by hand",
    },
    "help_report_out": {
        "da": "PDF-filen, udskriften skrives til",
        "nb": "PDF-filen utskriften skrives til",
        "en": "the PDF file to write the printout to",
    },
    "help_forms_dir": {
        "da": "en mappe med kommunens egne skemafiler",
        "nb": "en mappe med kommunens egne skjemafiler",
        "en": "a folder with the municipality's own form files",
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
    "demo_step_plan_reviews": {"da": "gennemgange af handleplaner",
                               "nb": "gjennomganger av handlingsplaner",
                               "en": "plan reviews"},
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
    # --- issue 15, placements: job openings and job and education starts ---
    "hours_range": {
        "da": "Timer om ugen skal være mellem 0 og 60.",
        "nb": "Timer i uken må være mellom 0 og 60.",
        "en": "Hours per week must be between 0 and 60.",
    },
    "end_before_start": {
        "da": "Slutdatoen kan ikke ligge før startdatoen.",
        "nb": "Sluttdatoen kan ikke ligge før startdatoen.",
        "en": "The end date cannot be before the start date.",
    },
    "placement_needs_place": {
        "da": "Vælg en virksomhed eller skriv uddannelsesstedet.",
        "nb": "Velg en virksomhet eller skriv utdanningsstedet.",
        "en": "Choose an employer or type the school.",
    },
    "employer_merged_away": {
        "da": "Virksomheden er lagt sammen med en anden; vælg den, der blev beholdt.",
        "nb": "Virksomheten er slått sammen med en annen; velg den som ble beholdt.",
        "en": "This employer was merged into another; choose the one that was kept.",
    },
    "employer_unknown": {
        "da": "Virksomheden findes ikke (længere).",
        "nb": "Virksomheten finnes ikke (lenger).",
        "en": "This employer does not exist (any more).",
    },
    "participant_unknown": {
        "da": "Deltageren findes ikke (længere).",
        "nb": "Deltakeren finnes ikke (lenger).",
        "en": "This participant does not exist (any more).",
    },
    "placement_already_ended": {
        "da": "Jobbet eller uddannelsen er allerede afsluttet.",
        "nb": "Jobben eller utdanningen er allerede avsluttet.",
        "en": "This job or education has already ended.",
    },
    "opening_not_open": {
        "da": "Jobåbningen er ikke længere åben.",
        "nb": "Jobbmuligheten er ikke lenger åpen.",
        "en": "This job opening is no longer open.",
    },
    "choose_from_list": {
        "da": "Vælg på listen: skriv begyndelsen af navnet, og tag et af forslagene.",
        "nb": "Velg fra listen: skriv begynnelsen av navnet, og ta et av forslagene.",
        "en": "Choose from the list: type the start of the name and take one of the hits.",
    },
    # Issue 15, employers (services/employers.py): the register's field checks.
    "cvr_invalid": {
        "da": "Ikke et gyldigt CVR-nummer (8 cifre, som kontrolcifferet skal passe med). "
              "Tjek det igen, eller lad feltet stå tomt.",
        "nb": "Ikke et gyldig CVR-nummer (8 sifre som kontrollsifferet må stemme med). "
              "Sjekk det igjen, eller la feltet stå tomt.",
        "en": "Not a valid CVR number (8 digits that pass the check digit). Check it again, "
              "or leave the field empty.",
    },
    "employer_name_no_letters": {
        "da": "Navnet skal have mindst ét bogstav eller tal.",
        "nb": "Navnet må ha minst én bokstav eller ett tall.",
        "en": "The name needs at least one letter or digit.",
    },
    "email_invalid": {
        "da": "Ikke en gyldig e-mailadresse (fx navn@firma.dk).",
        "nb": "Ikke en gyldig e-postadresse (f.eks. navn@firma.no).",
        "en": "Not a valid e-mail address (e.g. name@company.com).",
    },
    # --- issue 15, exports: the demo's new steps, the employer-log export -----------------
    "demo_step_job_openings": {"da": "jobåbninger", "nb": "jobbmuligheter", "en": "job openings"},
    "demo_step_job_opening_candidates": {
        "da": "kandidater til jobåbninger",
        "nb": "kandidater til jobbmuligheter",
        "en": "job opening candidates",
    },
    # `ips-desktop export employer-log` (cli/export.py).
    "help_cmd_export": {
        "da": "eksportér virksomhedsloggen som regneark (.xlsx) eller kalenderen (.ics)",
        "nb": "eksporter arbeidsgiverloggen som regneark (.xlsx) eller kalenderen (.ics)",
        "en": "export the employer contact log as a spreadsheet (.xlsx) or the calendar (.ics)",
    },
    "help_export_what": {"da": "hvad der eksporteres", "nb": "hva som eksporteres",
                         "en": "what to export"},
    "help_from": {
        "da": "første dag (fx 1.11.2026 eller 2026-11-01)",
        "nb": "første dag (f.eks. 1.11.2026 eller 2026-11-01)",
        "en": "the first day (e.g. 1.11.2026 or 2026-11-01)",
    },
    "help_to": {
        "da": "sidste dag, den med (fx 30.11.2026)",
        "nb": "siste dag, den med (f.eks. 30.11.2026)",
        "en": "the last day, included (e.g. 30.11.2026)",
    },
    "help_export_consultant": {
        "da": "kun denne konsulents kontakter eller aftaler (initialer)",
        "nb": "bare denne konsulentens kontakter eller avtaler (initialer)",
        "en": "only this consultant's contacts or events (initials)",
    },
    "help_export_out": {
        "da": "filen, der skrives (.xlsx eller .ics); navngiv den ikke efter en person",
        "nb": "filen som skrives (.xlsx eller .ics); ikke gi den navn etter en person",
        "en": "the file to write (.xlsx or .ics); do not name it after a person",
    },
    "export_bad_date": {
        "da": "{value!r} er ikke en dato (skriv fx 1.11.2026 eller 2026-11-01)",
        "nb": "{value!r} er ikke en dato (skriv f.eks. 1.11.2026 eller 2026-11-01)",
        "en": "{value!r} is not a date (type e.g. 1.11.2026 or 2026-11-01)",
    },
    "export_dates_reversed": {
        "da": "--from ({first}) ligger efter --to ({last})",
        "nb": "--from ({first}) er etter --to ({last})",
        "en": "--from ({first}) is after --to ({last})",
    },
    "export_written": {
        "da": "Virksomhedslog skrevet: {path} ({rows} kontakter)",
        "nb": "Arbeidsgiverlogg skrevet: {path} ({rows} kontakter)",
        "en": "Employer contact log written: {path} ({rows} contacts)",
    },
    "export_not_written": {
        "da": "Kunne ikke skrive {path}: {error}",
        "nb": "Kunne ikke skrive {path}: {error}",
        "en": "Could not write {path}: {error}",
    },
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


def message(code: str, *, language: str | None = None, **params: object) -> str:
    """The text for `code` in `language` (default: the current one; a printout's own)."""
    texts = CATALOG[code]
    return texts.get(language or _language, texts[DEFAULT_LANGUAGE]).format(**params)


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
    "synced_days_ago": {  # services/team_freshness.py
        "da": ("synkroniseret for {n} dag siden", "synkroniseret for {n} dage siden"),
        "nb": ("synkronisert for {n} dag siden", "synkronisert for {n} dager siden"),
        "en": ("synced {n} day ago", "synced {n} days ago"),
    },
    "pulled_days_ago": {  # services/team_freshness.py, `ips-desktop team status`
        "da": ("hentede teamets data for {n} dag siden", "hentede teamets data for {n} dage siden"),
        "nb": ("hentet teamets data for {n} dag siden", "hentet teamets data for {n} dager siden"),
        "en": ("fetched the team's data {n} day ago", "fetched the team's data {n} days ago"),
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


# Issue 15, part 3 (contact): logging an employer contact (services/employer_contacts.py).
CATALOG.update({
    "contact_in_future": {
        "da": "En kontakt kan ikke dateres efter i dag.",
        "nb": "En kontakt kan ikke dateres etter i dag.",
        "en": "A contact cannot be dated after today.",
    },
    "follow_up_before_contact": {
        "da": "Opfølgningen kan ikke ligge før kontakten.",
        "nb": "Oppfølgingen kan ikke ligge før kontakten.",
        "en": "The follow-up cannot be before the contact.",
    },
    "contact_needs_participant": {
        "da": "Formålet handler om en deltager: vælg hvem.",
        "nb": "Formålet handler om en deltaker: velg hvem.",
        "en": "The purpose is about a participant: choose who.",
    },
    "contact_unknown_participant": {
        "da": "Deltageren findes ikke (længere).",
        "nb": "Deltakeren finnes ikke (lenger).",
        "en": "The participant no longer exists.",
    },
    "contact_unknown_employer": {
        "da": "Vælg en virksomhed fra registret, eller opret en ny.",
        "nb": "Velg en arbeidsgiver fra registeret, eller opprett en ny.",
        "en": "Choose an employer from the register, or create a new one.",
    },
    "contact_employer_merged": {
        "da": "Virksomheden er lagt sammen med en anden: vælg den igen.",
        "nb": "Arbeidsgiveren er slått sammen med en annen: velg den på nytt.",
        "en": "The employer was merged with another: choose it again.",
    },
    "contact_person_elsewhere": {
        "da": "Kontaktpersonen hører ikke til den valgte virksomhed.",
        "nb": "Kontaktpersonen hører ikke til den valgte arbeidsgiveren.",
        "en": "The contact person does not belong to the chosen employer.",
    },
    "contact_unknown_consultant": {
        "da": "Konsulenten findes ikke.",
        "nb": "Konsulenten finnes ikke.",
        "en": "The consultant does not exist.",
    },
    "contact_no_follow_up": {
        "da": "Kontakten har ingen opfølgningsdato.",
        "nb": "Kontakten har ingen oppfølgingsdato.",
        "en": "The contact has no follow-up date.",
    },
})

# -- review (issue 15): what the five parts let through ----------------------------------
CATALOG.update({
    "website_invalid": {
        "da": "Ikke en gyldig webadresse (fx www.firma.dk).",
        "nb": "Ikke en gyldig nettadresse (f.eks. www.firma.no).",
        "en": "Not a valid web address (e.g. www.company.com).",
    },
})

# -- calendar core (issue 16): the calendar services' field messages ----------------------
CATALOG.update({
    "calendar_end_before_start": {
        "da": "Sluttidspunktet skal ligge efter starttidspunktet.",
        "nb": "Sluttidspunktet må være etter starttidspunktet.",
        "en": "The end must be after the start.",
    },
    "calendar_too_long": {
        "da": "En aftale kan højst vare 24 timer.",
        "nb": "En avtale kan vare høyst 24 timer.",
        "en": "An event can last at most 24 hours.",
    },
    "calendar_no_occurrence": {
        "da": "Gentagelsen giver ingen aftaler: slutdatoen ligger før første gang.",
        "nb": "Gjentakelsen gir ingen avtaler: sluttdatoen er før første gang.",
        "en": "The repetition gives no events: its end date is before the first one.",
    },
    "calendar_not_occurrence": {
        "da": "Datoen er ikke en af seriens gange.",
        "nb": "Datoen er ikke en av seriens ganger.",
        "en": "That date is not one of the series' occurrences.",
    },
    "calendar_not_cancelled": {
        "da": "Den gang er ikke aflyst.",
        "nb": "Den gangen er ikke avlyst.",
        "en": "That occurrence is not cancelled.",
    },
    "calendar_held_future": {
        "da": "Et møde kan først markeres som holdt, når dagen er kommet.",
        "nb": "Et møte kan først markeres som holdt når dagen er kommet.",
        "en": "A meeting can be marked as held only on or after its day.",
    },
    "calendar_held_kind": {
        "da": "Kun et møde med en deltager eller et fælles opstartsmøde kan markeres som holdt.",
        "nb": "Bare et møte med en deltaker eller et felles oppstartsmøte kan markeres som holdt.",
        "en": "Only a meeting with a participant or a joint start-up meeting can be marked held.",
    },
    "calendar_held_no_participant": {
        "da": "Vælg den deltager, mødet var med.",
        "nb": "Velg deltakeren møtet var med.",
        "en": "Choose the participant the meeting was with.",
    },
    "calendar_held_meeting_note": {
        "da": "Møde holdt (fra kalenderen).",
        "nb": "Møte holdt (fra kalenderen).",
        "en": "Meeting held (from the calendar).",
    },
    "calendar_held_start_up_note": {
        "da": "Fælles opstartsmøde holdt (fra kalenderen).",
        "nb": "Felles oppstartsmøte holdt (fra kalenderen).",
        "en": "Joint start-up meeting held (from the calendar).",
    },
})

# -- issue 16, exports: the calendar's .ics and week printout (services/calendar_exports.py,
# reports/calendar_ics.py, reports/calendar_pdf.py, `ips-desktop export ics`) -----------------
CATALOG.update({
    # An exported event's title without names: the kind of event.
    "calendar_kind_presence_day": {"da": "Mødedag i psykiatrien",
                                   "nb": "Oppmøtedag i psykiatrien",
                                   "en": "Presence in psychiatry"},
    "calendar_kind_treatment_conference": {"da": "Konference", "nb": "Behandlingsmøte",
                                           "en": "Treatment conference"},
    "calendar_kind_joint_start_up": {"da": "Fælles opstartsmøde", "nb": "Felles oppstartsmøte",
                                     "en": "Joint start-up meeting"},
    "calendar_kind_participant_meeting": {"da": "Møde med deltager", "nb": "Møte med deltaker",
                                          "en": "Meeting with participant"},
    "calendar_kind_employer_meeting": {"da": "Virksomhedsbesøg", "nb": "Arbeidsgiverbesøk",
                                       "en": "Employer visit"},
    "calendar_kind_supervision": {"da": "Supervision", "nb": "Gruppeveiledning",
                                  "en": "Group supervision"},
    "calendar_kind_other": {"da": "Andet", "nb": "Annet", "en": "Other"},
    "demo_step_psychiatry_units": {"da": "psykiatriske enheder", "nb": "psykiatriske enheter",
                                   "en": "psychiatry units"},
    "calendar_ics_name": {"da": "IPS-kalender", "nb": "IPS-kalender", "en": "IPS calendar"},
    # `ips-desktop export ics` (cli/export.py).
    "help_export_kind": {
        "da": "kun denne slags aftaler (presence: mødedage i psykiatrien)",
        "nb": "bare denne typen avtaler (presence: oppmøtedager i psykiatrien)",
        "en": "only this kind of event (presence: presence days in psychiatry)",
    },
    "help_export_include_names": {
        "da": "tag titler, noter og steder med (kan rumme deltageres navne; filen forlader "
              "den krypterede database)",
        "nb": "ta med titler, notater og steder (kan inneholde deltakeres navn; filen forlater "
              "den krypterte databasen)",
        "en": "include titles, notes and places (they may hold participants' names; the file "
              "leaves the encrypted database)",
    },
    "export_ics_written": {
        "da": "Kalender skrevet: {path} ({events} aftaler, heraf {series} gentagne)",
        "nb": "Kalender skrevet: {path} ({events} avtaler, av dem {series} gjentatte)",
        "en": "Calendar written: {path} ({events} events, {series} of them repeating)",
    },
    "export_ics_only_for_ics": {
        "da": "{option} gælder kun for export ics",
        "nb": "{option} gjelder bare for export ics",
        "en": "{option} applies to export ics only",
    },
    # The week's printout (reports/calendar_pdf.py).
    "calendar_pdf_title": {"da": "Kalender – uge {week}, {year}",
                           "nb": "Kalender – uke {week}, {year}",
                           "en": "Calendar – week {week}, {year}"},
    "calendar_pdf_no_events": {"da": "Ingen aftaler i ugen.", "nb": "Ingen avtaler i uken.",
                               "en": "No events this week."},
    "calendar_pdf_held": {"da": "holdt", "nb": "holdt", "en": "held"},
})

# Issue 17, part 3 (print): `ips-desktop report supervision` (cli/report.py).
CATALOG.update({
    "help_week": {
        "da": "ISO-ugen, fx 2026-W47 (kun supervision; standard: denne uge)",
        "nb": "ISO-uken, f.eks. 2026-W47 (bare supervision; standard: denne uken)",
        "en": "the ISO week, e.g. 2026-W47 (supervision only; default: this week)",
    },
    "help_report_consultant": {
        "da": "kun denne konsulents deltagere (initialer; kun supervision; standard: hele "
              "teamet)",
        "nb": "bare denne konsulentens deltakere (initialer; bare supervision; standard: hele "
              "teamet)",
        "en": "only this specialist's participants (initials; supervision only; default: the "
              "whole team)",
    },
    "help_report_format": {
        "da": "pdf eller xlsx (kun supervision; standard: efter endelsen på --out, ellers pdf)",
        "nb": "pdf eller xlsx (bare supervision; standard: etter endelsen på --out, ellers pdf)",
        "en": "pdf or xlsx (supervision only; default: from the --out suffix, else pdf)",
    },
    "report_bad_week": {
        "da": "{value} er ikke en ISO-uge (skriv fx 2026-W47)",
        "nb": "{value} er ikke en ISO-uke (skriv f.eks. 2026-W47)",
        "en": "{value} is not an ISO week (type e.g. 2026-W47)",
    },
    "report_needs_participant": {
        "da": "{kind} kræver --participant eller --blank",
        "nb": "{kind} krever --participant eller --blank",
        "en": "{kind} needs --participant or --blank",
    },
    "report_supervision_only": {
        "da": "{option} gælder kun for report supervision",
        "nb": "{option} gjelder bare for report supervision",
        "en": "{option} applies to report supervision only",
    },
    "report_not_for_supervision": {
        "da": "{option} gælder ikke for report supervision",
        "nb": "{option} gjelder ikke for report supervision",
        "en": "{option} does not apply to report supervision",
    },
    # The command's own help, now that it writes the supervision list too.
    "help_cmd_report": {
        "da": "skriv en udskrift (henvisning, karriereprofil, handleplan) som PDF eller ugens "
              "supervisionsliste som PDF/xlsx",
        "nb": "skriv en utskrift (henvisning, yrkesprofil, handlingsplan) som PDF eller ukens "
              "veiledningsliste som PDF/xlsx",
        "en": "write a printout (referral, career profile, employment plan) as PDF, or the "
              "week's supervision list as PDF/xlsx",
    },
    "help_report_out": {
        "da": "filen, udskriften skrives til (supervision: også en mappe, så får filen "
              "navnet supervision-ÅÅÅÅ-Wuu.pdf)",
        "nb": "filen utskriften skrives til (supervision: også en mappe, da får filen "
              "navnet supervision-ÅÅÅÅ-Wuu.pdf)",
        "en": "the file to write the printout to (supervision: a folder too, the file is "
              "then named supervision-YYYY-Www.pdf)",
    },
    "report_supervision_written": {
        "da": "Supervisionsliste skrevet: {path} ({rows} forløb)",
        "nb": "Veiledningsliste skrevet: {path} ({rows} forløp)",
        "en": "Supervision list written: {path} ({rows} courses)",
    },
    # sv-review: report supervision's --out and --format, as a clumsy hand types them.
    "report_format_not_suffix": {
        "da": "--format {format} passer ikke til endelsen {suffix} på --out",
        "nb": "--format {format} passer ikke til endelsen {suffix} på --out",
        "en": "--format {format} does not match the --out suffix {suffix}",
    },
    "report_no_folder": {
        "da": "Mappen {path} findes ikke. Intet er skrevet.",
        "nb": "Mappen {path} finnes ikke. Ingenting er skrevet.",
        "en": "The folder {path} does not exist. Nothing was written.",
    },
})

# -- issue 18, part figures: the team overview's figures, targets, comments and staffing --
CATALOG.update({
    "overview_team_lead_only": {
        "da": "Kun en teamleder kan se teamoverblikket.",
        "nb": "Bare en teamleder kan se teamoversikten.",
        "en": "Only a team lead can see the team overview.",
    },
    "overview_target_range": {
        "da": "Forventningen skal være et helt tal fra 0 til {max}.",
        "nb": "Forventningen må være et helt tall fra 0 til {max}.",
        "en": "The expected figure must be a whole number from 0 to {max}.",
    },
    "overview_ref_inklusion": {
        "da": "Forskningsprojektet Inklusion: 59,5 % i job eller uddannelse",
        "nb": "Forskningsprosjektet Inklusion: 59,5 % i jobb eller utdanning",
        "en": "The Inklusion trial: 59.5 % in job or education",
    },
    "overview_ref_region_sjaelland": {
        "da": "IPS i Region Sjælland: knap 60 % i job eller uddannelse inden for 18 måneder",
        "nb": "IPS i Region Sjælland: nesten 60 % i jobb eller utdanning innen 18 måneder",
        "en": "IPS in Region Zealand: almost 60 % in job or education within 18 months",
    },
    "staffing_day_before_period": {
        "da": "Datoen ligger før konsulentens nuværende periode begyndte.",
        "nb": "Datoen ligger før konsulentens nåværende periode begynte.",
        "en": "The date is before the consultant's current period began.",
    },
    "staffing_not_in_team": {
        "da": "Konsulenten er ikke i teamet (ingen åben periode).",
        "nb": "Konsulenten er ikke i teamet (ingen åpen periode).",
        "en": "The consultant is not in the team (no open period).",
    },
    "staffing_already_in_team": {
        "da": "Konsulenten er allerede i teamet.",
        "nb": "Konsulenten er allerede i teamet.",
        "en": "The consultant is already in the team.",
    },
    "staffing_owner_cannot_leave": {
        "da": "Ejeren af denne computer kan ikke forlade teamet her.",
        "nb": "Eieren av denne datamaskinen kan ikke forlate teamet her.",
        "en": "The owner of this computer cannot leave the team here.",
    },
})


# Part plan (issue 18): the implementation plan's fields.
CATALOG.update({
    "plan_unknown_item": {
        "da": "Punktet findes ikke i implementeringsplanen.",
        "nb": "Punktet finnes ikke i implementeringsplanen.",
        "en": "The implementation plan has no such item.",
    },
    "plan_responsible_needed": {
        "da": "Angiv en konkret ansvarlig, når punktet har en deadline.",
        "nb": "Oppgi en konkret ansvarlig når punktet har en frist.",
        "en": "Name a responsible person when the item has a deadline.",
    },
    "plan_date_range": {
        "da": "Datoen skal ligge mellem år 2000 og 2100.",
        "nb": "Datoen må ligge mellom år 2000 og 2100.",
        "en": "The date must lie between the years 2000 and 2100.",
    },
    "report_not_for_plan": {
        "da": "{option} gælder ikke for report implementation-plan",
        "nb": "{option} gjelder ikke for report implementation-plan",
        "en": "{option} does not apply to report implementation-plan",
    },
    "report_plan_pdf_only": {
        "da": "Implementeringsplanen skrives kun som PDF, ikke som {suffix}",
        "nb": "Implementeringsplanen skrives bare som PDF, ikke som {suffix}",
        "en": "The implementation plan is written as PDF only, not as {suffix}",
    },
    "report_plan_written": {
        "da": "Implementeringsplan skrevet: {path} ({overdue} med overskredet deadline)",
        "nb": "Implementeringsplan skrevet: {path} ({overdue} med passert frist)",
        "en": "Implementation plan written: {path} ({overdue} past their deadline)",
    },
    "plan_done_in_future": {
        "da": "Datoen for udført kan ikke ligge efter i dag.",
        "nb": "Datoen for utført kan ikke ligge etter i dag.",
        "en": "The date done cannot be after today.",
    },
})

# Part fidelity (issue 18): the fidelity self-check and its reviews (services/fidelity.py).
CATALOG.update({
    "fidelity_reviewed_on": {
        "da": "Vurderet af teamlederen {day}",
        "nb": "Vurdert av IPS-lederen {day}",
        "en": "Scored by the team lead on {day}",
    },
    "fidelity_not_reviewed": {
        "da": "Ikke vurderet endnu",
        "nb": "Ikke vurdert ennå",
        "en": "Not scored yet",
    },
    "fidelity_unknown_item": {
        "da": "Ukendt punkt i fidelity-skalaen.",
        "nb": "Ukjent punkt i fidelity-skalaen.",
        "en": "Not an item of the fidelity scale.",
    },
    "fidelity_score_range": {
        "da": "Scoren skal være et helt tal fra 1 til 5.",
        "nb": "Poengene må være et helt tall fra 1 til 5.",
        "en": "The score must be a whole number from 1 to 5.",
    },
})


# Part "period" (issue 18): `ips-desktop report period`, the period report for national reporting.
CATALOG.update({
    "help_cmd_report_period": {
        "da": "skriv en udskrift (henvisning, karriereprofil, handleplan) som PDF, ugens "
              "supervisionsliste eller periodens indberetning som PDF/xlsx",
        "nb": "skriv en utskrift (henvisning, yrkesprofil, handlingsplan) som PDF, ukens "
              "veiledningsliste eller periodens rapportering som PDF/xlsx",
        "en": "write a printout (referral, career profile, employment plan) as PDF, or the "
              "week's supervision list or the period report as PDF/xlsx",
    },
    "help_period_from": {
        "da": "period: periodens første dag, fx 1.1.2026 eller 2026-01-01 (uden --from og "
              "--to: sidste hele kvartal); overview: første måned",
        "nb": "period: periodens første dag, f.eks. 1.1.2026 eller 2026-01-01 (uten --from "
              "og --to: siste hele kvartal); overview: første måned",
        "en": "period: the period's first day, e.g. 1.1.2026 or 2026-01-01 (without --from "
              "and --to: the last whole quarter); overview: the first month",
    },
    "help_period_to": {
        "da": "period: periodens sidste dag, fx 31.3.2026; overview: sidste måned",
        "nb": "period: periodens siste dag, f.eks. 31.3.2026; overview: siste måned",
        "en": "period: the period's last day, e.g. 31.3.2026; overview: the last month",
    },
    "help_report_format_period": {
        "da": "pdf eller xlsx (supervision, period, overview; standard: efter endelsen på "
              "--out, ellers pdf)",
        "nb": "pdf eller xlsx (supervision, period, overview; standard: etter endelsen på "
              "--out, ellers pdf)",
        "en": "pdf or xlsx (supervision, period, overview; default: from the --out suffix, "
              "else pdf)",
    },
    "help_report_consultant_period": {
        "da": "kun denne konsulents forløb (initialer; supervision, period, overview; "
              "standard: hele teamet)",
        "nb": "bare denne konsulentens forløp (initialer; supervision, period, overview; "
              "standard: hele teamet)",
        "en": "only this specialist's courses (initials; supervision, period, overview; "
              "default: the whole team)",
    },
    "report_bad_date": {
        "da": "{option} {value} er ikke en dato (skriv fx 1.1.2026, 01-01-2026 eller 2026-01-01)",
        "nb": "{option} {value} er ikke en dato (skriv f.eks. 1.1.2026, 01-01-2026 eller "
              "2026-01-01)",
        "en": "{option} {value} is not a date (type e.g. 1.1.2026, 01-01-2026 or 2026-01-01)",
    },
    "report_period_backwards": {
        "da": "--from {first} ligger efter --to {last}",
        "nb": "--from {first} ligger etter --to {last}",
        "en": "--from {first} is after --to {last}",
    },
    "report_period_needs_both": {
        "da": "report period kræver både --from og --to (eller ingen af dem: sidste hele "
              "kvartal)",
        "nb": "report period krever både --from og --to (eller ingen av dem: siste hele "
              "kvartal)",
        "en": "report period needs both --from and --to (or neither: the last whole quarter)",
    },
    "report_not_for_kind": {
        "da": "{option} gælder ikke for report {kind}",
        "nb": "{option} gjelder ikke for report {kind}",
        "en": "{option} does not apply to report {kind}",
    },
    "report_period_written": {
        "da": "Indberetning skrevet: {path} ({started} forløb startet, {ended} afsluttet)",
        "nb": "Rapportering skrevet: {path} ({started} forløp startet, {ended} avsluttet)",
        "en": "Period report written: {path} ({started} courses started, {ended} ended)",
    },
    "report_period_own": {
        "da": "Kun dine egne forløb ({initials}): en teamleder kan danne hele teamets.",
        "nb": "Bare dine egne forløp ({initials}): en IPS-leder kan lage hele teamets.",
        "en": "Only your own courses ({initials}): a team lead can make the whole team's.",
    },
})


# -- issue 18, part print: `ips-desktop report overview` (cli/overview_report.py) -----------
CATALOG.update({
    "help_overview_from": {
        "da": "første måned, fx 2025-12 eller dec 2025 (overview; standard: 11 måneder før --to)",
        "nb": "første måned, f.eks. 2025-12 eller des 2025 (overview; standard: 11 måneder før "
              "--to)",
        "en": "the first month, e.g. 2025-12 or Dec 2025 (overview; default: 11 months before "
              "--to)",
    },
    "help_overview_to": {
        "da": "sidste måned, fx 2026-11 (overview; standard: denne måned)",
        "nb": "siste måned, f.eks. 2026-11 (overview; standard: denne måneden)",
        "en": "the last month, e.g. 2026-11 (overview; default: this month)",
    },
    "report_bad_month": {
        "da": "{option} {value} er ikke en måned (skriv fx 2026-11 eller nov 2026)",
        "nb": "{option} {value} er ikke en måned (skriv f.eks. 2026-11 eller nov 2026)",
        "en": "{option} {value} is not a month (type e.g. 2026-11 or Nov 2026)",
    },
    "report_from_after_to": {
        "da": "--from {first} ligger efter --to {last}",
        "nb": "--from {first} er etter --to {last}",
        "en": "--from {first} is after --to {last}",
    },
    "report_not_for_overview": {
        "da": "{option} hører ikke til report overview",
        "nb": "{option} hører ikke til report overview",
        "en": "{option} is not an option of report overview",
    },
    "report_overview_no_figures": {
        "da": "Konsulenten {initials} har ingen bemanding eller forløb i perioden.",
        "nb": "Konsulenten {initials} har ingen bemanning eller forløp i perioden.",
        "en": "The specialist {initials} has no staffing or courses in the period.",
    },
    "report_overview_written": {
        "da": "Teamoverblik skrevet: {path} ({months} måneder)",
        "nb": "Teamoversikt skrevet: {path} ({months} måneder)",
        "en": "Team overview written: {path} ({months} months)",
    },
    # --out: a folder gets a suggested name for report overview too.
    "help_report_out_overview": {
        "da": "filen, udskriften skrives til (supervision og overview: også en mappe, så får "
              "filen et foreslået navn som supervision-ÅÅÅÅ-Wuu.pdf)",
        "nb": "filen utskriften skrives til (supervision og overview: også en mappe, da får "
              "filen et foreslått navn som supervision-ÅÅÅÅ-Wuu.pdf)",
        "en": "the file to write the printout to (supervision and overview: a folder too, the "
              "file then gets a suggested name such as supervision-YYYY-Www.pdf)",
    },
    # check: the audit trail's hash chain (storage/audit_chain.py); exit 36 when broken.
    "check_audit_chain": {
        "da": "Adgangslog:      {value}", "nb": "Tilgangslogg:    {value}",
        "en": "Audit trail:     {value}",
    },
    "check_audit_chain_ok": {
        "da": "hel (hash-kæden stemmer)", "nb": "hel (hash-kjeden stemmer)",
        "en": "intact (the hash chain holds)",
    },
    "check_audit_chain_at": {
        "da": "brudt ved hændelse nr. {seq}: {problem}",
        "nb": "brutt ved hendelse nr. {seq}: {problem}",
        "en": "broken at event no. {seq}: {problem}",
    },
    "check_audit_chain_altered": {
        "da": "hændelsen er ændret", "nb": "hendelsen er endret", "en": "the event was altered",
    },
    "check_audit_chain_missing": {
        "da": "hændelser før den er fjernet", "nb": "hendelser før den er fjernet",
        "en": "events before it were removed",
    },
    "check_audit_chain_removed": {
        "da": "de sidste hændelser er fjernet", "nb": "de siste hendelsene er fjernet",
        "en": "the last events were removed",
    },
    "check_audit_chain_head": {
        "da": "kædens slutpunkt passer ikke med den sidste hændelse",
        "nb": "kjedens endepunkt stemmer ikke med den siste hendelsen",
        "en": "the chain's head does not match the last event",
    },
    "check_audit_chain_broken": {
        "da": "Adgangsloggen er ændret uden om programmet (hændelse nr. {seq}: {problem}). "
              "Gem en kopi af databasen, og kontakt den ansvarlige for informationssikkerhed.",
        "nb": "Tilgangsloggen er endret utenom programmet (hendelse nr. {seq}: {problem}). "
              "Ta vare på en kopi av databasen, og kontakt den ansvarlige for "
              "informasjonssikkerhet.",
        "en": "The audit trail was changed outside the app (event no. {seq}: {problem}). "
              "Keep a copy of the database and tell the person responsible for "
              "information security.",
    },
    # `export person` (issue 19, part C): the access copy of GDPR art. 15.
    "help_cmd_export_all": {
        "da": "eksportér virksomhedsloggen (.xlsx), kalenderen (.ics) eller en persons "
              "indsigt (person: PDF og JSON)",
        "nb": "eksporter arbeidsgiverloggen (.xlsx), kalenderen (.ics) eller en persons "
              "innsyn (person: PDF og JSON)",
        "en": "export the employer contact log (.xlsx), the calendar (.ics) or a person's "
              "access copy (person: PDF and JSON)",
    },
    "help_export_participant": {
        "da": "deltagerens id (export person): personen, hvis oplysninger udtrækkes",
        "nb": "deltakerens id (export person): personen som opplysningene hentes ut for",
        "en": "the participant's id (export person): the person whose data is copied",
    },
    "help_export_out_all": {
        "da": "filen, der skrives (.xlsx eller .ics), eller for person mappen, de to filer "
              "skrives i; navngiv den ikke efter en person",
        "nb": "filen som skrives (.xlsx eller .ics), eller for person mappen de to filene "
              "skrives i; ikke gi den navn etter en person",
        "en": "the file to write (.xlsx or .ics), or for person the folder the two files are "
              "written to; do not name it after a person",
    },
    "export_needs_period": {
        "da": "export {what} kræver --from og --to",
        "nb": "export {what} krever --from og --to",
        "en": "export {what} needs --from and --to",
    },
    "export_person_needs_participant": {
        "da": "export person kræver --participant",
        "nb": "export person krever --participant",
        "en": "export person needs --participant",
    },
    "export_not_for_person": {
        "da": "{option} hører ikke til export person",
        "nb": "{option} hører ikke til export person",
        "en": "{option} is not an option of export person",
    },
    "export_person_unknown": {
        "da": "Ingen deltager med id {id}. Intet er skrevet.",
        "nb": "Ingen deltaker med id {id}. Ingenting er skrevet.",
        "en": "No participant with the id {id}. Nothing was written.",
    },
    "export_person_written": {
        "da": "Indsigt skrevet: {pdf} og {json}",
        "nb": "Innsyn skrevet: {pdf} og {json}",
        "en": "Access copy written: {pdf} and {json}",
    },
    "export_person_not_a_folder": {
        "da": "{path} er ikke en mappe. Vælg en mappe, der findes. Intet er gemt.",
        "nb": "{path} er ikke en mappe. Velg en mappe som finnes. Ingenting er lagret.",
        "en": "{path} is not a folder. Choose a folder that exists. Nothing was saved.",
    },
    "export_person_read_only": {
        "da": "Der kan ikke skrives i mappen {path} (den er skrivebeskyttet, eller du mangler "
              "rettigheder). Vælg en anden mappe. Intet er gemt.",
        "nb": "Det kan ikke skrives til mappen {path} (den er skrivebeskyttet, eller du mangler "
              "rettigheter). Velg en annen mappe. Ingenting er lagret.",
        "en": "The folder {path} cannot be written to (it is read-only, or you lack the "
              "rights). Choose another folder. Nothing was saved.",
    },
    "export_person_disk_full": {
        "da": "Disken med mappen {path} er fuld. Frigør plads, eller vælg en anden mappe. "
              "Intet er gemt.",
        "nb": "Disken med mappen {path} er full. Frigjør plass, eller velg en annen mappe. "
              "Ingenting er lagret.",
        "en": "The disk holding {path} is full. Free some space or choose another folder. "
              "Nothing was saved.",
    },
    "export_person_not_written": {
        "da": "Udtrækket kunne ikke gemmes i mappen {path}. Intet er gemt.",
        "nb": "Utdraget kunne ikke lagres i mappen {path}. Ingenting er lagret.",
        "en": "The copy could not be saved in the folder {path}. Nothing was saved.",
    },
    "export_person_only": {
        "da": "{option} gælder kun for export person",
        "nb": "{option} gjelder bare for export person",
        "en": "{option} applies to export person only",
    },
    # Retention (issue 19 part E): the period and the list due for erasure.
    "retention_team_lead_only": {
        "da": "Kun en teamleder kan se, hvem der skal slettes.",
        "nb": "Bare en teamleder kan se hvem som skal slettes.",
        "en": "Only a team lead can see who is due for erasure.",
    },
    "retention_years_range": {
        "da": "Opbevaringsperioden skal være et helt antal år fra {low} til {high}.",
        "nb": "Oppbevaringstiden må være et helt antall år fra {low} til {high}.",
        "en": "The retention period must be a whole number of years from {low} to {high}.",
    },
    "retention_fixed_by_policy": {
        "da": "IT-politikken fastsætter opbevaringsperioden; den kan ikke ændres her.",
        "nb": "IT-policyen fastsetter oppbevaringstiden; den kan ikke endres her.",
        "en": "The IT policy sets the retention period; it cannot be changed here.",
    },
    # Erasure (GDPR art. 17): services/erasure.py, cli/erase.py.
    "erase_unknown_participant": {
        "da": "Der er ingen deltager med det id; intet er slettet.",
        "nb": "Det finnes ingen deltaker med den id-en; ingenting er slettet.",
        "en": "There is no participant with that id; nothing was erased.",
    },
    "erase_not_allowed": {
        "da": "Kun en teamleder eller IPS-konsulenten på et af personens forløb kan slette "
              "personen helt; intet er slettet.",
        "nb": "Bare en IPS-leder eller IPS-konsulenten på et av personens forløp kan slette "
              "personen helt; ingenting er slettet.",
        "en": "Only an IPS supervisor or the employment specialist of one of the person's "
              "courses can erase the person completely; nothing was erased.",
    },
    # Erasure, what goes (services/erasure.py ErasurePlan.counts: one per table).
    "erase_kind_participant": {
        "da": "Personen (navn, CPR, kontaktoplysninger)",
        "nb": "Personen (navn, fødselsnummer, kontaktopplysninger)",
        "en": "The person (name, CPR, contact details)",
    },
    "erase_kind_course": {
        "da": "Forløb",
        "nb": "Forløp",
        "en": "Courses",
    },
    "erase_kind_phase_change": {
        "da": "Faseskift",
        "nb": "Faseskifter",
        "en": "Phase changes",
    },
    "erase_kind_consent": {
        "da": "Samtykker",
        "nb": "Samtykker",
        "en": "Consents",
    },
    "erase_kind_form_response": {
        "da": "Skemaer (henvisning, karriereprofil, handleplan)",
        "nb": "Skjemaer (henvisning, yrkesprofil, handlingsplan)",
        "en": "Forms (referral, career profile, employment plan)",
    },
    "erase_kind_form_answer_change": {
        "da": "Ændringer i skemasvar",
        "nb": "Endringer i skjemasvar",
        "en": "Changes to form answers",
    },
    "erase_kind_plan_review": {
        "da": "Revisioner af handleplanen",
        "nb": "Revisjoner av handlingsplanen",
        "en": "Employment plan reviews",
    },
    "erase_kind_note": {
        "da": "Kontaktnotater",
        "nb": "Kontaktnotater",
        "en": "Contact notes",
    },
    "erase_kind_placement": {
        "da": "Job og uddannelse",
        "nb": "Jobb og utdanning",
        "en": "Jobs and education",
    },
    "erase_kind_job_opening_candidate": {
        "da": "Kandidaturer til jobåbninger",
        "nb": "Kandidaturer til jobbmuligheter",
        "en": "Candidacies for job openings",
    },
    "erase_kind_supervision_item": {
        "da": "Punkter og noter fra supervision",
        "nb": "Punkter og notater fra gruppeveiledning",
        "en": "Group supervision items and notes",
    },
    "erase_kind_calendar_event": {
        "da": "Kalenderaftaler",
        "nb": "Kalenderavtaler",
        "en": "Calendar events",
    },
    "erase_kind_sync_conflict": {
        "da": "Synkroniseringskonflikter om personen",
        "nb": "Synkroniseringskonflikter om personen",
        "en": "Sync conflicts about the person",
    },
    "erase_kind_employer_contact": {
        "da": "Virksomhedskontakter (beholdes uden personen og uden fritekst)",
        "nb": "Arbeidsgiverkontakter (beholdes uten personen og uten fritekst)",
        "en": "Employer contacts (kept without the person and without free text)",
    },
    "erase_heading": {
        "da": "Sletning af deltager {id}: dette slettes helt og kan ikke fortrydes:",
        "nb": "Sletting av deltaker {id}: dette slettes helt og kan ikke angres:",
        "en": "Erasing participant {id}: this is erased completely and cannot be undone:",
    },
    "erase_backups_until": {
        "da": "Sikkerhedskopier taget før nu ({count}) rummer stadig personen, til rotationen "
              "har slettet dem: med én automatisk kopi om dagen den {date} (7 daglige og 8 "
              "ugentlige beholdes).",
        "nb": "Sikkerhetskopier tatt før nå ({count}) inneholder fortsatt personen til "
              "rotasjonen har slettet dem: med én automatisk kopi om dagen den {date} (7 "
              "daglige og 8 ukentlige beholdes).",
        "en": "Backups made before now ({count}) still hold the person until the rotation "
              "has deleted them: with one automatic copy a day, on {date} (7 daily and 8 "
              "weekly are kept).",
    },
    "erase_backups_none": {
        "da": "Sikkerhedskopimappen har ingen automatiske kopier fra før nu.",
        "nb": "Sikkerhetskopimappen har ingen automatiske kopier fra før nå.",
        "en": "The backup folder holds no automatic copies made before now.",
    },
    "erase_manual_copies": {
        "da": "Kopier taget med hånden (backup --out), kopier fra før en opdatering af "
              "appen (ips-before-migration-…) og databaser gemt ved en gendannelse (kept/) "
              "roteres ikke: de rummer personen, til nogen sletter dem.",
        "nb": "Kopier tatt for hånd (backup --out), kopier fra før en oppdatering av "
              "appen (ips-before-migration-…) og databaser lagret ved en gjenoppretting "
              "(kept/) roteres ikke: de inneholder personen til noen sletter dem.",
        "en": "Copies made by hand (backup --out), copies from before an update of the app "
              "(ips-before-migration-…) and databases kept by a restore (kept/) are not "
              "rotated: they hold the person until someone deletes them.",
    },
    "erase_unrotated_found": {
        "da": "Der ligger {count} sådanne kopier fra før en opdatering eller en gendannelse.",
        "nb": "Det ligger {count} slike kopier fra før en oppdatering eller en gjenoppretting.",
        "en": "{count} such copies from before an update or a restore are there now.",
    },
    "erase_confirm_prompt": {
        "da": "Skriv ja for at slette personen helt:",
        "nb": "Skriv ja for å slette personen helt:",
        "en": "Type yes to erase the person completely:",
    },
    "erase_confirm_word": {"da": "ja", "nb": "ja", "en": "yes"},
    "erase_not_confirmed": {
        "da": "Ikke bekræftet; intet er slettet.",
        "nb": "Ikke bekreftet; ingenting er slettet.",
        "en": "Not confirmed; nothing was erased.",
    },
    "erase_done": {
        "da": "Personen er slettet helt ({rows} rækker), og databasefilen er overskrevet.",
        "nb": "Personen er slettet helt ({rows} rader), og databasefilen er overskrevet.",
        "en": "The person is erased completely ({rows} rows), and the database file is "
              "overwritten.",
    },
    "ChangedMeanwhile": {
        "da": "Det her er blevet ændret i mellemtiden (i et andet vindue eller af en "
              "synkronisering), så intet er gemt. Genindlæs for at se ændringen, og lav din "
              "ændring igen.",
        "nb": "Dette er blitt endret i mellomtiden (i et annet vindu eller av en "
              "synkronisering), så ingenting er lagret. Last inn på nytt for å se endringen, "
              "og gjør endringen din igjen.",
        "en": "This was changed meanwhile (in another window, or by a sync), so nothing was "
              "saved. Reload to see the change, then make yours again.",
    },
    "OverwriteDeferred": {
        "da": "Personen er slettet, men databasen var optaget, så filen er ikke overskrevet "
              "endnu; det sker, næste gang den låses op.",
        "nb": "Personen er slettet, men databasen var opptatt, så filen er ikke overskrevet "
              "ennå; det skjer neste gang den låses opp.",
        "en": "The person is erased, but the database was busy, so the file is not "
              "overwritten yet; that happens the next time it is unlocked.",
    },
    "help_cmd_erase": {
        "da": "slet en deltager helt (GDPR art. 17): alle rækker om personen, og filen "
              "overskrives",
        "nb": "slett en deltaker helt (GDPR art. 17): alle rader om personen, og filen "
              "overskrives",
        "en": "erase a participant completely (GDPR art. 17): every row about them, and the "
              "file overwritten",
    },
    "help_erase_participant": {
        "da": "deltagerens id (se list participants)",
        "nb": "deltakerens id (se list participants)",
        "en": "the participant's id (see list participants)",
    },
    "help_erase_yes": {
        "da": "slet uden at spørge (til scripts)",
        "nb": "slett uten å spørre (for skript)",
        "en": "erase without asking (for scripts)",
    },
    # The audit trail (issue 19, part B): `ips-desktop audit`.
    "help_cmd_audit": {
        "da": "adgangsloggen som CSV eller JSON (kun teamleder)",
        "nb": "tilgangsloggen som CSV eller JSON (bare teamleder)",
        "en": "the audit trail as CSV or JSON (team leads only)",
    },
    "help_cmd_audit_description": {
        "da": "Adgangsloggen for en periode, nyeste først, til IT og databeskyttelsesrådgiveren: "
              "hvem der læste, ændrede, udskrev eller eksporterede hvad og hvornår. Udtrækket "
              "indeholder id'er, ikke navne: deltageren med id, konsulenten med id og "
              "initialer. Kun en teamleder kan hente det, og udtrækket logges selv.",
        "nb": "Tilgangsloggen for en periode, nyeste først, for IT og personvernombudet: hvem "
              "som leste, endret, skrev ut eller eksporterte hva og når. Uttrekket inneholder "
              "id-er, ikke navn: deltakeren med id, konsulenten med id og initialer. Bare en "
              "teamleder kan hente det, og uttrekket logges selv.",
        "en": "The audit trail of a period, newest first, for IT and the data-protection "
              "officer: who read, changed, printed or exported what, and when. The output "
              "holds ids, not names: the participant by id, the specialist by id and "
              "initials. Only a team lead can fetch it, and the export is itself logged.",
    },
    "help_audit_participant": {
        "da": "kun hændelser om denne deltager (deltagerens id, som `list` viser det)",
        "nb": "bare hendelser om denne deltakeren (deltakerens id, slik `list` viser det)",
        "en": "only events about this participant (their id, as `list` shows it)",
    },
    "help_audit_actor": {
        "da": "kun hændelser udført af konsulenten med disse initialer",
        "nb": "bare hendelser utført av konsulenten med disse initialene",
        "en": "only events done by the specialist with these initials",
    },
    "help_audit_kind": {
        "da": "kun denne slags hændelse (kan gives flere gange): "
              "read, create, update, delete, print, export, erase, unlock, "
              "unlock_failed, backup, restore, migrate, rekey, merge",
        "nb": "bare denne typen hendelse (kan gis flere ganger): "
              "read, create, update, delete, print, export, erase, unlock, "
              "unlock_failed, backup, restore, migrate, rekey, merge",
        "en": "only this kind of event (may be given more than once): "
              "read, create, update, delete, print, export, erase, unlock, "
              "unlock_failed, backup, restore, migrate, rekey, merge",
    },
    "help_audit_format": {
        "da": "csv (én linje pr. hændelse) eller json (en liste af hændelser)",
        "nb": "csv (én linje per hendelse) eller json (en liste av hendelser)",
        "en": "csv (one line per event) or json (a list of events)",
    },
    "help_audit_out": {
        "da": "filen, udtrækket skrives til (uden: på standardoutput); aldrig i datamappen",
        "nb": "filen uttrekket skrives til (uten: på standardutdata); aldri i datamappen",
        "en": "the file to write to (without it: standard output); never in the data folder",
    },
    "audit_team_lead_only": {
        "da": "Kun en teamleder kan se adgangsloggen.",
        "nb": "Bare en teamleder kan se tilgangsloggen.",
        "en": "Only a team lead can see the audit trail.",
    },
    "audit_written": {
        "da": "Adgangslog skrevet: {path} ({rows} hændelser)",
        "nb": "Tilgangslogg skrevet: {path} ({rows} hendelser)",
        "en": "Audit trail written: {path} ({rows} events)",
    },
    "help_cmd_retention": {
        "da": "vis hvem der skal slettes efter opbevaringsperioden (id'er og datoer; kun "
              "teamleder)",
        "nb": "vis hvem som skal slettes etter oppbevaringstiden (id-er og datoer; bare "
              "teamleder)",
        "en": "list who is due for erasure after the retention period (ids and dates; team "
              "lead only)",
    },
    "retention_listed": {
        "da": "{count} skal slettes (opbevaringsperiode {years} år).",
        "nb": "{count} skal slettes (oppbevaringstid {years} år).",
        "en": "{count} due for erasure (retention period in years: {years}).",
    },
    # Consent recorded from the participant page (services/consents.py), and the sharing
    # warnings (an .ics with names from the CLI).
    "consent_before_withdrawal": {
        "da": "Et nyt samtykke kan ikke være givet, før det forrige blev trukket tilbage.",
        "nb": "Et nytt samtykke kan ikke være gitt før det forrige ble trukket tilbake.",
        "en": "A new consent cannot be given before the previous one was withdrawn.",
    },
    "consent_already_withdrawn": {
        "da": "Samtykket er allerede trukket tilbage.",
        "nb": "Samtykket er allerede trukket tilbake.",
        "en": "The consent has already been withdrawn.",
    },
    "consent_already_given": {
        "da": "Der er allerede et gældende samtykke; det skal trækkes tilbage først.",
        "nb": "Det finnes allerede et gyldig samtykke; det må trekkes tilbake først.",
        "en": "There is a consent in force already; it must be withdrawn first.",
    },
    "ics_names_without_consent": {
        "da": "Advarsel: {count} af de {total} personer i filen har trukket deres samtykke "
              "tilbage eller har ikke givet samtykke; deres navne deles alligevel "
              "(forløb: {courses})",
        "nb": "Advarsel: {count} av de {total} personene i filen har trukket samtykket "
              "tilbake eller har ikke gitt samtykke; navnene deles likevel (forløp: {courses})",
        "en": "Warning: {count} of the {total} people in the file have withdrawn their consent "
              "or have not given it; their names are shared all the same (courses: {courses})",
    },
    # The demo's progress steps that came with issues 17 and 18 (cli/main.py _print_progress).
    "demo_step_staffing_periods": {"da": "bemanding", "nb": "bemanning", "en": "staffing"},
    "demo_step_overview_targets": {"da": "forventninger", "nb": "forventninger",
                                   "en": "expectations"},
    "demo_step_supervision_items": {"da": "supervisionsnoter", "nb": "veiledningsnotater",
                                    "en": "supervision notes"},
    "demo_step_implementation_plan_items": {"da": "implementeringsplan",
                                            "nb": "implementeringsplan",
                                            "en": "implementation plan"},
    # check: the audit trail's append-only triggers removed outside the app (exit 36).
    "check_audit_chain_unguarded": {
        "da": "beskyttelsen mod ændringer er fjernet",
        "nb": "beskyttelsen mot endringer er fjernet",
        "en": "the guard against changes was removed",
    },
    # --participant that is not an id: said without repeating it (often a name or CPR number).
    "participant_bad_id": {
        "da": "--participant skal være et deltager-id (som 3f2a9c1e-…, det lange id fra "
              "ips-desktop list), ikke et navn eller CPR-nummer",
        "nb": "--participant må være en deltaker-id (som 3f2a9c1e-…, den lange id-en fra "
              "ips-desktop list), ikke et navn eller fødselsnummer",
        "en": "--participant takes a participant id (such as 3f2a9c1e-…, the long id from "
              "ips-desktop list), not a name or CPR number",
    },
})

# IT's policy file (issue 20; domain/policy.py, services/policy.py, `ips-desktop policy`).
CATALOG.update({
    "policy_at_line": {"da": "{path}, linje {line}", "nb": "{path}, linje {line}",
                       "en": "{path}, line {line}"},
    "policy_syntax": {
        "da": "{where}: ikke gyldig TOML ({detail})",
        "nb": "{where}: ikke gyldig TOML ({detail})",
        "en": "{where}: not valid TOML ({detail})",
    },
    "policy_unreadable": {
        "da": "{where}: filen kan ikke læses ({detail})",
        "nb": "{where}: filen kan ikke leses ({detail})",
        "en": "{where}: the file cannot be read ({detail})",
    },
    "policy_unreadable_no_permission": {
        "da": "ingen adgang til at læse den; filen skal kunne læses af alle brugere",
        "nb": "ingen tilgang til å lese den; filen må kunne leses av alle brukere",
        "en": "no permission to read it; the file must be readable by all users",
    },
    "policy_unreadable_not_a_file": {
        "da": "det er ikke en almindelig fil (men fx en mappe)",
        "nb": "det er ikke en vanlig fil (men f.eks. en mappe)",
        "en": "it is not a regular file (a folder, say)",
    },
    "policy_unreadable_cannot_open": {
        "da": "den kan ikke åbnes",
        "nb": "den kan ikke åpnes",
        "en": "it cannot be opened",
    },
    "policy_unreadable_too_big": {
        "da": "den er større end 1 MB",
        "nb": "den er større enn 1 MB",
        "en": "it is larger than 1 MB",
    },
    "policy_unreadable_not_utf8": {
        "da": "den er ikke gemt som UTF-8; gem den igen med kodningen UTF-8",
        "nb": "den er ikke lagret som UTF-8; lagre den på nytt med kodingen UTF-8",
        "en": "it is not saved as UTF-8; save it again with the encoding UTF-8",
    },
    "policy_hint_single_quotes": {
        "da": "En mappe med \\ skrives i enkelte anførselstegn: forms_folder = "
              "'\\\\server\\ips\\blanketter' eller 'C:\\IPS\\blanketter'.",
        "nb": "En mappe med \\ skrives i enkle anførselstegn: forms_folder = "
              "'\\\\server\\ips\\skjemaer' eller 'C:\\IPS\\skjemaer'.",
        "en": "Write a folder with \\ in single quotes: forms_folder = "
              "'\\\\server\\ips\\forms' or 'C:\\IPS\\forms'.",
    },
    "policy_hint_key": {
        "da": "(mente du {key}? nøglerne skrives med små bogstaver)",
        "nb": "(mente du {key}? nøklene skrives med små bokstaver)",
        "en": "(did you mean {key}? keys are written in lower case)",
    },
    "policy_unknown_key": {
        "da": "{where}: ukendt nøgle {key}",
        "nb": "{where}: ukjent nøkkel {key}",
        "en": "{where}: unknown key {key}",
    },
    "policy_wrong_type": {
        "da": "{where}: {key} har forkert type; {detail}",
        "nb": "{where}: {key} har feil type; {detail}",
        "en": "{where}: {key} has the wrong type; {detail}",
    },
    "policy_out_of_range": {
        "da": "{where}: {key} har en ugyldig værdi; {detail}",
        "nb": "{where}: {key} har en ugyldig verdi; {detail}",
        "en": "{where}: {key} has a value out of range; {detail}",
    },
    "policy_expected_text": {
        "da": "den skal være en tekst i anførselstegn, højst {high} tegn",
        "nb": "den må være en tekst i anførselstegn, maks {high} tegn",
        "en": "it must be a quoted text of at most {high} characters",
    },
    "policy_expected_folder": {
        "da": "den skal være en mappe skrevet i anførselstegn",
        "nb": "den må være en mappe skrevet i anførselstegn",
        "en": "it must be a folder written in quotes",
    },
    "policy_expected_text_list": {
        "da": "den skal være en liste af tekster, fx [\"Enhed A\", \"Enhed B\"]",
        "nb": "den må være en liste med tekster, f.eks. [\"Enhet A\", \"Enhet B\"]",
        "en": "it must be a list of texts, e.g. [\"Unit A\", \"Unit B\"]",
    },
    "policy_expected_whole": {
        "da": "den skal være et helt tal fra {low} til {high}",
        "nb": "den må være et heltall fra {low} til {high}",
        "en": "it must be a whole number from {low} to {high}",
    },
    "policy_expected_bool": {
        "da": "den skal være true eller false",
        "nb": "den må være true eller false",
        "en": "it must be true or false",
    },
    "policy_expected_choice": {
        "da": "den skal være en af {choices}",
        "nb": "den må være en av {choices}",
        "en": "it must be one of {choices}",
    },
    "policy_expected_language": {
        "da": "den skal være \"da\", \"nb\" eller \"en\"",
        "nb": "den må være \"da\", \"nb\" eller \"en\"",
        "en": "it must be \"da\", \"nb\" or \"en\"",
    },
    "policy_broken_intro": {
        "da": "Din it-afdelings politikfil har fejl:",
        "nb": "IT-avdelingens policyfil har feil:",
        "en": "Your IT department's policy file has problems:",
    },
    "policy_broken_safe": {
        "da": "IPS Desktop starter med sikre standardværdier for det, filen ikke kunne "
              "sætte (adgangskodetilstand uden nøglering er ikke tilladt, automatisk lås "
              "efter højst 5 minutter). Giv din it-afdeling besked.",
        "nb": "IPS Desktop starter med sikre standardverdier for det filen ikke kunne sette "
              "(passordmodus uten nøkkelring er ikke tillatt, automatisk lås etter maks "
              "5 minutter). Gi beskjed til IT-avdelingen.",
        "en": "IPS Desktop starts with safe defaults for what the file could not set "
              "(passphrase mode without a keyring is not allowed, auto-lock after at most "
              "5 minutes). Please tell your IT department.",
    },
    "policy_broken_rest": {
        "da": "IPS Desktop starter uden de værdier, filen ikke kunne sætte. "
              "Giv din it-afdeling besked.",
        "nb": "IPS Desktop starter uten verdiene filen ikke kunne sette. "
              "Gi beskjed til IT-avdelingen.",
        "en": "IPS Desktop starts without the values the file could not set. "
              "Please tell your IT department.",
    },
    "PassphraseModeNotAllowed": {
        "da": "Din it-afdeling tillader ikke, at databasen beskyttes alene med adgangskoden, "
              "og computerens sikre lager for adgangskoder kan ikke bruges (eller er låst). "
              "Lås det op, eller kontakt din it-afdeling. Der er ikke oprettet noget.",
        "nb": "IT-avdelingen tillater ikke at databasen beskyttes med passordet alene, og "
              "datamaskinens sikre passordlager kan ikke brukes (eller er låst). Lås det "
              "opp, eller kontakt IT-avdelingen. Ingenting er opprettet.",
        "en": "Your IT department does not allow the database to be protected by the app "
              "password alone, and the computer's secure password store cannot be used (or "
              "is locked). Unlock it, or contact your IT department. Nothing was created.",
    },
    "help_cmd_policy": {
        "da": "vis it-afdelingens politik, og hvor hver værdi kommer fra",
        "nb": "vis IT-avdelingens policy, og hvor hver verdi kommer fra",
        "en": "show the IT department's policy and where each value comes from",
    },
    "policy_file": {"da": "Politikfil: {path}", "nb": "Policyfil: {path}",
                    "en": "Policy file: {path}"},
    "policy_no_file": {
        "da": "Politikfil: {path} (findes ikke: ingen politik, brugerens egne indstillinger)",
        "nb": "Policyfil: {path} (finnes ikke: ingen policy, brukerens egne innstillinger)",
        "en": "Policy file: {path} (not there: no policy, the user's own settings)",
    },
    "policy_source_file": {"da": "politikfilen, linje {line}", "nb": "policyfilen, linje {line}",
                           "en": "policy file, line {line}"},
    "policy_source_not_set": {"da": "ikke sat (brugerens valg)", "nb": "ikke satt (brukerens valg)",
                              "en": "not set (the user's choice)"},
    "policy_source_strict": {
        "da": "sikker standard (filen har fejl)",
        "nb": "sikker standard (filen har feil)",
        "en": "safe default (the file has problems)",
    },
})


# The team database (issue 21): `ips-desktop team …` and its errors (storage/team_errors.py,
# services/team.py, services/team_admin.py). Never a password or the server's own words.
CATALOG.update({
    "TeamUrlInvalid_form": {
        "da": "Adressen skal have formen postgresql://login@vært:port/database.",
        "nb": "Adressen må ha formen postgresql://login@vert:port/database.",
        "en": "The address must look like postgresql://login@host:port/database.",
    },
    "TeamUrlInvalid_password": {
        "da": "Skriv ikke adgangskoden i adressen: den bliver spurgt om, eller læses fra "
              "IPS_DESKTOP_TEAM_PASSWORD eller --password-stdin.",
        "nb": "Ikke skriv passordet i adressen: du blir spurt om det, eller det leses fra "
              "IPS_DESKTOP_TEAM_PASSWORD eller --password-stdin.",
        "en": "Do not put the password in the address: it is asked for, or read from "
              "IPS_DESKTOP_TEAM_PASSWORD or --password-stdin.",
    },
    "TeamUrlInvalid_options": {
        "da": "Adressen må ikke have andre indstillinger end sslmode=require eller "
              "verify-full; TLS-filerne angives med --ca-file, --cert og --key.",
        "nb": "Adressen kan ikke ha andre innstillinger enn sslmode=require eller "
              "verify-full; TLS-filene oppgis med --ca-file, --cert og --key.",
        "en": "The address may hold no option but sslmode=require or verify-full; the TLS "
              "files are given with --ca-file, --cert and --key.",
    },
    "TeamUrlInvalid_login": {
        "da": "Login-navnet skal begynde med et lille bogstav og kun have a–z, 0–9 og _ "
              "(højst 63 tegn).",
        "nb": "Innloggingsnavnet må begynne med en liten bokstav og bare ha a–z, 0–9 og _ "
              "(maks 63 tegn).",
        "en": "The login name must begin with a lower-case letter and hold only a–z, 0–9 "
              "and _ (at most 63 characters).",
    },
    "TeamUrlInvalid_cert_and_key": {
        "da": "--cert og --key hører sammen: angiv begge eller ingen af dem.",
        "nb": "--cert og --key hører sammen: oppgi begge eller ingen av dem.",
        "en": "--cert and --key go together: give both or neither.",
    },
    "TeamUrlInvalid_file": {
        "da": "Filen {path} findes ikke eller kan ikke læses.",
        "nb": "Filen {path} finnes ikke eller kan ikke leses.",
        "en": "The file {path} is not there or cannot be read.",
    },
    "TeamUrlInvalid_initials": {
        "da": "Initialer er 2–6 bogstaver eller tal.",
        "nb": "Initialer er 2–6 bokstaver eller tall.",
        "en": "Initials are 2–6 letters or digits.",
    },
    "TeamUrlInvalid_password_rule": {
        "da": "Adgangskoden er for svag: mindst 8 tegn, heraf mindst 4 forskellige.",
        "nb": "Passordet er for svakt: minst 8 tegn, hvorav minst 4 forskjellige.",
        "en": "The password is too weak: at least 8 characters, 4 of them different.",
    },
    "TeamUnreachable": {
        "da": "Teamdatabasen på {host}:{port} svarer ikke (forkert navn eller port, ingen "
              "netforbindelse eller en firewall). Intet er ændret; prøv igen senere.",
        "nb": "Teamdatabasen på {host}:{port} svarer ikke (feil navn eller port, ingen "
              "nettforbindelse eller en brannmur). Ingenting er endret; prøv igjen senere.",
        "en": "The team database at {host}:{port} does not answer (wrong name or port, no "
              "network, or a firewall). Nothing was changed; try again later.",
    },
    "TeamAuthFailed": {
        "da": "Teamdatabasen {database} på {host} afviste login {login}: forkert adgangskode, "
              "eller it har ikke givet dette login adgang (pg_hba.conf: hostssl med "
              "scram-sha-256 eller cert).",
        "nb": "Teamdatabasen {database} på {host} avviste innloggingen {login}: feil passord, "
              "eller IT har ikke gitt denne innloggingen tilgang (pg_hba.conf: hostssl med "
              "scram-sha-256 eller cert).",
        "en": "The team database {database} at {host} refused the login {login}: a wrong "
              "password, or IT has not let this login in (pg_hba.conf: hostssl with "
              "scram-sha-256 or cert).",
    },
    "TeamNoTls": {
        "da": "Serveren {host}:{port} tilbyder ikke krypteret forbindelse (TLS), og IPS "
              "Desktop forbinder aldrig ukrypteret. Bed it slå ssl til på PostgreSQL-serveren.",
        "nb": "Serveren {host}:{port} tilbyr ikke kryptert forbindelse (TLS), og IPS Desktop "
              "kobler aldri til ukryptert. Be IT slå på ssl på PostgreSQL-serveren.",
        "en": "The server {host}:{port} offers no encrypted connection (TLS), and IPS Desktop "
              "never connects without one. Ask IT to turn ssl on in the PostgreSQL server.",
    },
    "TeamCertificateRefused": {
        "da": "Serverens certifikat på {host} er ikke udstedt af CA-filen, eller ikke til "
              "navnet {host}. Der er ikke sendt nogen adgangskode. Tjek adressen og CA-filen "
              "fra it.",
        "nb": "Serverens sertifikat på {host} er ikke utstedt av CA-filen, eller ikke for "
              "navnet {host}. Ikke noe passord er sendt. Sjekk adressen og CA-filen fra IT.",
        "en": "The server's certificate at {host} is not issued by the CA file, or not for "
              "the name {host}. No password was sent. Check the address and IT's CA file.",
    },
    "NotATeamDatabase": {
        "da": "{database} på {host} er ikke en IPS-teamdatabase (eller findes ikke, eller "
              "dette login må ikke forbinde til den). It opretter den med ips-desktop team "
              "init.",
        "nb": "{database} på {host} er ikke en IPS-teamdatabase (eller finnes ikke, eller "
              "denne innloggingen får ikke koble til den). IT oppretter den med ips-desktop "
              "team init.",
        "en": "{database} at {host} is not an IPS team database (or is not there, or this "
              "login may not connect to it). IT creates one with ips-desktop team init.",
    },
    "TeamSchemaNewer": {
        "da": "Teamdatabasen {database} er opdateret af en nyere version af IPS Desktop. "
              "Opdatér IPS Desktop på denne computer først.",
        "nb": "Teamdatabasen {database} er oppdatert av en nyere versjon av IPS Desktop. "
              "Oppdater IPS Desktop på denne datamaskinen først.",
        "en": "The team database {database} was updated by a newer version of IPS Desktop. "
              "Update IPS Desktop on this computer first.",
    },
    "TeamSchemaOlder": {
        "da": "Teamdatabasen {database} er fra en ældre version af IPS Desktop. It opdaterer "
              "den med ips-desktop team update.",
        "nb": "Teamdatabasen {database} er fra en eldre versjon av IPS Desktop. IT "
              "oppdaterer den med ips-desktop team update.",
        "en": "The team database {database} is from an older version of IPS Desktop. IT "
              "updates it with ips-desktop team update.",
    },
    "TeamDatabaseNotEmpty": {
        "da": "Databasen {database} indeholder allerede {count} tabeller o.l. ({names}). team "
              "init bruger kun en tom database: opret en ny (se it-vejledningen). Intet er "
              "ændret.",
        "nb": "Databasen {database} inneholder allerede {count} tabeller o.l. ({names}). team "
              "init bruker bare en tom database: opprett en ny (se IT-veiledningen). "
              "Ingenting er endret.",
        "en": "The database {database} already holds {count} tables or the like ({names}). "
              "team init takes an empty database only: create a new one (see the IT guide). "
              "Nothing was changed.",
    },
    "TeamAlreadySetUp": {
        "da": "{database} er allerede en IPS-teamdatabase; intet er ændret. Opdatér den med "
              "ips-desktop team update.",
        "nb": "{database} er allerede en IPS-teamdatabase; ingenting er endret. Oppdater den "
              "med ips-desktop team update.",
        "en": "{database} already is an IPS team database; nothing was changed. Update it "
              "with ips-desktop team update.",
    },
    "TeamServerUnsuitable_version": {
        "da": "PostgreSQL {version} er for gammel: teamdatabasen kræver PostgreSQL 15 eller "
              "nyere.",
        "nb": "PostgreSQL {version} er for gammel: teamdatabasen krever PostgreSQL 15 eller "
              "nyere.",
        "en": "PostgreSQL {version} is too old: the team database needs PostgreSQL 15 or "
              "later.",
    },
    "TeamServerUnsuitable_collation": {
        "da": "Databasen {database} er ikke oprettet med ICU-sorteringen da-DK, som dansk "
              "alfabetisk orden kræver. Opret den med: createdb --template=template0 "
              "--locale-provider=icu --icu-locale=da-DK --locale=C.UTF-8 {database}",
        "nb": "Databasen {database} er ikke opprettet med ICU-sorteringen da-DK, som dansk "
              "alfabetisk rekkefølge krever. Opprett den med: createdb --template=template0 "
              "--locale-provider=icu --icu-locale=da-DK --locale=C.UTF-8 {database}",
        "en": "The database {database} was not created with the ICU collation da-DK that "
              "Danish alphabetical order needs. Create it with: createdb --template=template0 "
              "--locale-provider=icu --icu-locale=da-DK --locale=C.UTF-8 {database}",
    },
    "TeamAdminRefused": {
        "da": "Login {login} må ikke gøre dette i {database}: det skal være superbruger, "
              "eller have CREATEROLE og eje databasen. Intet er ændret.",
        "nb": "Innloggingen {login} får ikke gjøre dette i {database}: den må være "
              "superbruker, eller ha CREATEROLE og eie databasen. Ingenting er endret.",
        "en": "The login {login} may not do this in {database}: it must be a superuser, or "
              "have CREATEROLE and own the database. Nothing was changed.",
    },
    "TeamMemberExists": {
        "da": "Der findes allerede en PostgreSQL-rolle med navnet {login}. Vælg et andet "
              "med --login.",
        "nb": "Det finnes allerede en PostgreSQL-rolle med navnet {login}. Velg et annet "
              "med --login.",
        "en": "A PostgreSQL role named {login} exists already. Choose another with --login.",
    },
    "TeamMemberMismatch_not_member": {
        "da": "Login {login} er ikke medlem af teamdatabasen {database}. It tilføjer det med "
              "ips-desktop team add-member.",
        "nb": "Innloggingen {login} er ikke medlem av teamdatabasen {database}. IT legger "
              "den til med ips-desktop team add-member.",
        "en": "The login {login} is no member of the team database {database}. IT adds it "
              "with ips-desktop team add-member.",
    },
    "TeamMemberMismatch_initials": {
        "da": "Login {login} tilhører {theirs}, men denne computers konsulent er {mine}. "
              "Brug dit eget login.",
        "nb": "Innloggingen {login} tilhører {theirs}, men denne datamaskinens konsulent er "
              "{mine}. Bruk din egen innlogging.",
        "en": "The login {login} belongs to {theirs}, but this computer's consultant is "
              "{mine}. Use your own login.",
    },
    "TeamChanged": {
        "da": "Databasen {database} på {host} er ikke længere den teamdatabase, denne computer "
              "er tilsluttet (den er oprettet på ny). Intet er sendt. Tilslut igen med "
              "ips-desktop team join, når it har bekræftet det.",
        "nb": "Databasen {database} på {host} er ikke lenger teamdatabasen denne "
              "datamaskinen er koblet til (den er opprettet på nytt). Ingenting er sendt. "
              "Koble til igjen med ips-desktop team join når IT har bekreftet det.",
        "en": "The database {database} at {host} is no longer the team database this "
              "computer joined (it was created anew). Nothing was sent. Join again with "
              "ips-desktop team join once IT has confirmed it.",
    },
    "NotJoined": {
        "da": "Denne computer er ikke tilsluttet en teamdatabase (ips-desktop team join).",
        "nb": "Denne datamaskinen er ikke koblet til en teamdatabase (ips-desktop team join).",
        "en": "This computer has joined no team database (ips-desktop team join).",
    },
    "DemoCannotJoin": {
        "da": "Demodatabasen kan ikke tilsluttes en teamdatabase: dens opdigtede personer må "
              "ikke blandes med de rigtige.",
        "nb": "Demodatabasen kan ikke kobles til en teamdatabase: de oppdiktede personene "
              "må ikke blandes med de ekte.",
        "en": "The demo database cannot join a team database: its made-up people must not "
              "mix with real ones.",
    },
    "TeamPolicyBroken": {
        "da": "It-afdelingens politikfil har fejl (se ovenfor): teamdatabasen oprettes eller "
              "opdateres ikke, før de er rettet (team_caseload afgør, hvem der læser hvad).",
        "nb": "IT-avdelingens policyfil har feil (se over): teamdatabasen opprettes eller "
              "oppdateres ikke før de er rettet (team_caseload avgjør hvem som leser hva).",
        "en": "Your IT department's policy file has problems (see above): the team database "
              "is not created or updated until they are fixed (team_caseload decides who "
              "reads what).",
    },
    # The command line.
    "help_cmd_team": {
        "da": "teamdatabasen på PostgreSQL: opret, tilføj medlemmer, tilslut denne computer",
        "nb": "teamdatabasen på PostgreSQL: opprett, legg til medlemmer, koble til denne "
              "datamaskinen",
        "en": "the team database on PostgreSQL: create it, add members, join this computer",
    },
    "help_cmd_team_init": {
        "da": "opret teamdatabasen i en tom PostgreSQL-database (it)",
        "nb": "opprett teamdatabasen i en tom PostgreSQL-database (IT)",
        "en": "create the team database in an empty PostgreSQL database (IT)",
    },
    "help_cmd_team_update": {
        "da": "opdatér teamdatabasen til denne version og politikfilens team_caseload (it)",
        "nb": "oppdater teamdatabasen til denne versjonen og policyfilens team_caseload (IT)",
        "en": "update the team database to this version and the policy's team_caseload (IT)",
    },
    "help_cmd_team_add_member": {
        "da": "opret et login til en konsulent eller teamlederen (it)",
        "nb": "opprett en innlogging for en konsulent eller teamlederen (IT)",
        "en": "create a login for a consultant or the team lead (IT)",
    },
    "help_cmd_team_remove_member": {
        "da": "fjern et medlems login (det skrevne bliver) (it)",
        "nb": "fjern et medlems innlogging (det skrevne blir) (IT)",
        "en": "remove a member's login (what they wrote stays) (IT)",
    },
    "help_cmd_team_join": {
        "da": "tilslut denne computer teamdatabasen med dit login",
        "nb": "koble denne datamaskinen til teamdatabasen med din innlogging",
        "en": "join this computer to the team database with your login",
    },
    "help_cmd_team_leave": {
        "da": "glem teamdatabasen på denne computer (adgangskode og indstillinger)",
        "nb": "glem teamdatabasen på denne datamaskinen (passord og innstillinger)",
        "en": "forget the team database on this computer (password and settings)",
    },
    "help_cmd_team_status": {
        "da": "vis hvilken teamdatabase denne computer er tilsluttet",
        "nb": "vis hvilken teamdatabase denne datamaskinen er koblet til",
        "en": "show which team database this computer has joined",
    },
    "help_team_admin_url": {
        "da": "postgresql://admin@vært:port/database (adgangskode fra PGPASSWORD, ~/.pgpass "
              "eller spurgt)",
        "nb": "postgresql://admin@vert:port/database (passord fra PGPASSWORD, ~/.pgpass "
              "eller spurt)",
        "en": "postgresql://admin@host:port/database (password from PGPASSWORD, ~/.pgpass "
              "or asked)",
    },
    "help_team_member_url": {
        "da": "postgresql://login@vært:port/database (uden adgangskode)",
        "nb": "postgresql://login@vert:port/database (uten passord)",
        "en": "postgresql://login@host:port/database (without the password)",
    },
    "help_team_initials": {
        "da": "konsulentens initialer, som på computeren (fx SOE)",
        "nb": "konsulentens initialer, som på datamaskinen (f.eks. SOE)",
        "en": "the consultant's initials, as on their computer (e.g. SOE)",
    },
    "help_team_lead_flag": {
        "da": "login til teamlederen (læser og skriver alt)",
        "nb": "innlogging for teamlederen (leser og skriver alt)",
        "en": "a login for the team lead (reads and writes everything)",
    },
    "help_team_login": {
        "da": "login-navnet (standard: initialerne med små bogstaver)",
        "nb": "innloggingsnavnet (standard: initialene med små bokstaver)",
        "en": "the login name (default: the initials in lower case)",
    },
    "help_password_stdin": {
        "da": "læs adgangskoden fra første linje på standard input",
        "nb": "les passordet fra første linje på standard input",
        "en": "read the password from the first line of standard input",
    },
    "help_team_certificate": {
        "da": "ingen adgangskode: login med klientcertifikat (CN = login-navnet)",
        "nb": "intet passord: innlogging med klientsertifikat (CN = innloggingsnavnet)",
        "en": "no password: the login uses a client certificate (CN = the login name)",
    },
    "help_ca_file": {
        "da": "it's CA-certifikat: serverens identitet kontrolleres (sslmode=verify-full)",
        "nb": "IT-s CA-sertifikat: serverens identitet kontrolleres (sslmode=verify-full)",
        "en": "IT's CA certificate: the server's identity is checked (sslmode=verify-full)",
    },
    "help_cert": {"da": "klientcertifikat (PEM)", "nb": "klientsertifikat (PEM)",
                  "en": "client certificate (PEM)"},
    "help_key": {"da": "klientcertifikatets nøgle (PEM, 0600)",
                 "nb": "klientsertifikatets nøkkel (PEM, 0600)",
                 "en": "the client certificate's key (PEM, 0600)"},
    "prompt_team_password": {
        "da": "Adgangskode til teamdatabasen ({login}): ",
        "nb": "Passord til teamdatabasen ({login}): ",
        "en": "Team database password ({login}): ",
    },
    "prompt_team_admin_password": {
        "da": "Adgangskode for {login} på PostgreSQL-serveren: ",
        "nb": "Passord for {login} på PostgreSQL-serveren: ",
        "en": "Password for {login} on the PostgreSQL server: ",
    },
    "team_no_password": {
        "da": "Ingen adgangskode til teamdatabasen: sæt IPS_DESKTOP_TEAM_PASSWORD, eller brug "
              "--password-stdin.",
        "nb": "Intet passord til teamdatabasen: sett IPS_DESKTOP_TEAM_PASSWORD, eller bruk "
              "--password-stdin.",
        "en": "No team database password: set IPS_DESKTOP_TEAM_PASSWORD, or use "
              "--password-stdin.",
    },
    "team_init_done": {
        "da": "Teamdatabasen {database} er oprettet (skema {revision}, team-id {team_id}).",
        "nb": "Teamdatabasen {database} er opprettet (skjema {revision}, team-id {team_id}).",
        "en": "The team database {database} is created (schema {revision}, team id "
              "{team_id}).",
    },
    "team_update_done": {
        "da": "Teamdatabasen {database} er opdateret (skema {revision}).",
        "nb": "Teamdatabasen {database} er oppdatert (skjema {revision}).",
        "en": "The team database {database} is updated (schema {revision}).",
    },
    "team_roles": {
        "da": "Grupperoller: {lead} (teamleder), {consultant} (konsulenter).",
        "nb": "Grupperoller: {lead} (teamleder), {consultant} (konsulenter).",
        "en": "Group roles: {lead} (team lead), {consultant} (consultants).",
    },
    "team_caseload_team": {
        "da": "Konsulenterne læser hele teamets sagsstamme (team_caseload = \"team\", {source}).",
        "nb": "Konsulentene leser hele teamets klientportefølje (team_caseload = \"team\", "
              "{source}).",
        "en": "Consultants read the whole team's caseload (team_caseload = \"team\", {source}).",
    },
    "team_caseload_own": {
        "da": "Konsulenterne læser kun de forløb, de selv har (team_caseload = \"own\", "
              "{source}).",
        "nb": "Konsulentene leser bare forløpene de selv har (team_caseload = \"own\", "
              "{source}).",
        "en": "Consultants read only the courses they hold (team_caseload = \"own\", {source}).",
    },
    "team_caseload_from_policy": {"da": "fra politikfilen", "nb": "fra policyfilen",
                                  "en": "from the policy file"},
    "team_caseload_default": {"da": "standard", "nb": "standard", "en": "the default"},
    "team_unruled": {
        "da": "Advarsel: tabellerne {tables} har ingen regel i denne version; medlemmerne kan "
              "ikke læse dem.",
        "nb": "Advarsel: tabellene {tables} har ingen regel i denne versjonen; medlemmene kan "
              "ikke lese dem.",
        "en": "Warning: the tables {tables} have no rule in this version; members cannot read "
              "them.",
    },
    "team_member_added": {
        "da": "Login {login} er oprettet for {initials} ({role}).",
        "nb": "Innloggingen {login} er opprettet for {initials} ({role}).",
        "en": "The login {login} is created for {initials} ({role}).",
    },
    "team_member_password": {
        "da": "Adgangskode (vises kun denne ene gang; giv den til personen ad en sikker vej):",
        "nb": "Passord (vises bare denne ene gangen; gi det til personen på en sikker måte):",
        "en": "Password (shown this once only; hand it to the person by a safe way):",
    },
    "team_member_certificate": {
        "da": "Ingen adgangskode: login med klientcertifikat, hvis CN er {login} (se "
              "it-vejledningen).",
        "nb": "Intet passord: innlogging med klientsertifikat med CN {login} (se "
              "IT-veiledningen).",
        "en": "No password: the login uses a client certificate whose CN is {login} (see "
              "the IT guide).",
    },
    "team_member_unknown_yet": {
        "da": "{initials} findes endnu ikke i teamdatabasen; konsulenten kommer med ved "
              "første synkronisering fra sin computer.",
        "nb": "{initials} finnes ikke i teamdatabasen ennå; konsulenten kommer med ved første "
              "synkronisering fra sin datamaskin.",
        "en": "{initials} is not in the team database yet; the consultant arrives with the "
              "first sync from their computer.",
    },
    "team_member_removed": {
        "da": "Login {login} er fjernet; det, der er skrevet med det, bliver i teamdatabasen.",
        "nb": "Innloggingen {login} er fjernet; det som er skrevet med den, blir i "
              "teamdatabasen.",
        "en": "The login {login} is removed; what was written with it stays in the team "
              "database.",
    },
    "team_role_team_lead": {"da": "teamleder", "nb": "teamleder", "en": "team lead"},
    "team_role_consultant": {"da": "konsulent", "nb": "konsulent", "en": "consultant"},
    "team_joined": {
        "da": "Tilsluttet teamdatabasen {url} som {role}.",
        "nb": "Koblet til teamdatabasen {url} som {role}.",
        "en": "Joined the team database {url} as {role}.",
    },
    "team_tls_verified": {
        "da": "Forbindelsen er krypteret, og serverens certifikat er kontrolleret mod CA-filen "
              "(verify-full).",
        "nb": "Forbindelsen er kryptert, og serverens sertifikat er kontrollert mot CA-filen "
              "(verify-full).",
        "en": "The connection is encrypted and the server's certificate was checked against "
              "the CA file (verify-full).",
    },
    "team_tls_unverified": {
        "da": "Forbindelsen er krypteret, men serverens identitet er ikke kontrolleret (ingen "
              "--ca-file). It-vejledningen anbefaler verify-full.",
        "nb": "Forbindelsen er kryptert, men serverens identitet er ikke kontrollert (ingen "
              "--ca-file). IT-veiledningen anbefaler verify-full.",
        "en": "The connection is encrypted, but the server's identity was not checked (no "
              "--ca-file). The IT guide recommends verify-full.",
    },
    "team_password_where_keyring": {
        "da": "Adgangskoden er gemt i computerens nøglering.",
        "nb": "Passordet er lagret i datamaskinens nøkkelring.",
        "en": "The password is kept in the computer's keyring.",
    },
    "team_password_where_database": {
        "da": "Adgangskoden er gemt i den krypterede database (adgangskodetilstand, ingen "
              "nøglering).",
        "nb": "Passordet er lagret i den krypterte databasen (passordmodus, ingen nøkkelring).",
        "en": "The password is kept in the encrypted database (passphrase mode, no keyring).",
    },
    "team_left": {
        "da": "Teamdatabasen er glemt på denne computer (adgangskode og indstillinger); "
              "dataene på computeren er urørte.",
        "nb": "Teamdatabasen er glemt på denne datamaskinen (passord og innstillinger); "
              "dataene på datamaskinen er urørte.",
        "en": "This computer has forgotten the team database (password and settings); the "
              "data on the computer are untouched.",
    },
    "team_status_joined": {
        "da": "Tilsluttet {url} som {role} ({sslmode}).",
        "nb": "Koblet til {url} som {role} ({sslmode}).",
        "en": "Joined {url} as {role} ({sslmode}).",
    },
})

# -- sync with the team database (issue 21): `ips-desktop sync` and services/sync.py -------
CATALOG.update({
    "help_cmd_sync": {
        "da": "synkroniser én gang med teamdatabasen (send og hent ændringer; til en planlagt "
              "opgave)",
        "nb": "synkroniser én gang med teamdatabasen (send og hent endringer; for en planlagt "
              "oppgave)",
        "en": "sync once with the team database (send and fetch changes; for a scheduled task)",
    },
    "sync_done": {
        "da": "Synkroniseret: {pushed} ændringer sendt, {pulled} hentet, {waiting} konflikter "
              "venter.",
        "nb": "Synkronisert: {pushed} endringer sendt, {pulled} hentet, {waiting} konflikter "
              "venter.",
        "en": "Synced: {pushed} changes sent, {pulled} fetched, {waiting} conflicts waiting.",
    },
    "sync_refused": {
        "da": "{count} ændringer gjaldt data, som dit login ikke må ændre. Teamdatabasen beholdt "
              "sine egne; dine ændringer er gemt på denne computer og noteret til teamlederen.",
        "nb": "{count} endringer gjaldt data som innloggingen din ikke kan endre. Teamdatabasen "
              "beholdt sine egne; endringene dine er lagret på denne datamaskinen og notert til "
              "teamlederen.",
        "en": "{count} changes were to data your login may not change. The team database kept "
              "its own; your changes are kept on this computer and noted for the team lead.",
    },
    "sync_out_of_sight": {
        "da": "{count} rækker, som dit login ikke længere må se (teamets regler eller et "
              "overdraget forløb), er fjernet fra denne computer; teamdatabasen har dem stadig.",
        "nb": "{count} rader som innloggingen din ikke lenger kan se (teamets regler eller et "
              "overført forløp), er fjernet fra denne datamaskinen; teamdatabasen har dem "
              "fortsatt.",
        "en": "{count} rows your login may no longer see (the team's rules, or a course given "
              "to a colleague) were removed from this computer; the team database still has "
              "them.",
    },
    "sync_out_of_sight_kept": {
        "da": "{count} rækker, som dit login ikke længere må se, bliver her, til dine ændringer "
              "af dem er sendt.",
        "nb": "{count} rader som innloggingen din ikke lenger kan se, blir her til endringene "
              "dine av dem er sendt.",
        "en": "{count} rows your login may no longer see stay here until your changes to them "
              "are sent.",
    },
    "sync_conflicts_waiting": {
        "da": "Der er konflikter, som venter på en afgørelse: åbn Konflikter i programmet.",
        "nb": "Det er konflikter som venter på en avgjørelse: åpne Konflikter i programmet.",
        "en": "Conflicts are waiting for a decision: open Conflicts in the app.",
    },
    "sync_unreachable": {
        "da": "Teamdatabasen kan ikke nås lige nu. Intet er gået tabt: ændringerne sendes ved "
              "næste synkronisering.",
        "nb": "Teamdatabasen kan ikke nås akkurat nå. Ingenting er tapt: endringene sendes ved "
              "neste synkronisering.",
        "en": "The team database cannot be reached right now. Nothing is lost: the changes are "
              "sent at the next sync.",
    },
    "sync_auth_failed": {
        "da": "Teamdatabasen afviste login. Bed teamlederen eller IT om en ny adgangskode, og "
              "tilslut igen (ips-desktop team join).",
        "nb": "Teamdatabasen avviste innloggingen. Be teamlederen eller IT om et nytt passord, "
              "og koble til på nytt (ips-desktop team join).",
        "en": "The team database refused the login. Ask the team lead or IT for a new password "
              "and join again (ips-desktop team join).",
    },
})


# Issue 21, team figures: how fresh each consultant's data is (services/team_freshness.py).
CATALOG.update({
    "freshness_line": {"da": "{who}: {when}", "nb": "{who}: {when}", "en": "{who}: {when}"},
    "synced_today": {"da": "synkroniseret i dag", "nb": "synkronisert i dag",
                     "en": "synced today"},
    "synced_yesterday": {"da": "synkroniseret i går", "nb": "synkronisert i går",
                         "en": "synced yesterday"},
    "synced_never": {"da": "aldrig synkroniseret", "nb": "aldri synkronisert",
                     "en": "never synced"},
    "freshness_heading": {"da": "Synkronisering", "nb": "Synkronisering", "en": "Sync"},
    # The workbooks' sheet of who synced when (reports/freshness_xlsx.py).
    "freshness_col_initials": {"da": "Initialer", "nb": "Initialer", "en": "Initials"},
    "freshness_col_name": {"da": "Konsulent", "nb": "Konsulent", "en": "Specialist"},
    "freshness_col_synced_at": {"da": "Seneste synkronisering", "nb": "Siste synkronisering",
                                "en": "Last sync"},
    "freshness_col_synced": {"da": "Synkroniseret", "nb": "Synkronisert", "en": "Synced"},
    "freshness_col_stale": {"da": "Over en uge gammel", "nb": "Over en uke gammel",
                            "en": "Over a week old"},
    "freshness_stale_yes": {"da": "Ja", "nb": "Ja", "en": "Yes"},
    # `ips-desktop team status`: also whether each laptop has seen the others' data.
    "freshness_status_line": {"da": "{who}: {when}; {pulled}", "nb": "{who}: {when}; {pulled}",
                              "en": "{who}: {when}; {pulled}"},
    "pulled_today": {"da": "hentede teamets data i dag", "nb": "hentet teamets data i dag",
                     "en": "fetched the team's data today"},
    "pulled_yesterday": {"da": "hentede teamets data i går", "nb": "hentet teamets data i går",
                         "en": "fetched the team's data yesterday"},
    "pulled_never": {"da": "har aldrig hentet teamets data", "nb": "har aldri hentet teamets data",
                     "en": "never fetched the team's data"},
    "freshness_stale": {
        "da": "Data fra {who} er mere end en uge gamle; deres seneste arbejde mangler "
              "måske her.",
        "nb": "Data fra {who} er mer enn en uke gamle; deres siste arbeid mangler "
              "kanskje her.",
        "en": "Data from {who} is more than a week old; their latest work may be "
              "missing here.",
    },
})
