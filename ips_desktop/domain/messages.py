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
        "da": "Ikke en gyldig dato.",
        "nb": "Ikke en gyldig dato.",
        "en": "Not a valid date.",
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
    "KeyringUnavailable": {
        "da": "Styresystemets nøglering kan ikke bruges på denne maskine. "
              "Databasen kan i stedet beskyttes alene med adgangskoden (adgangskodetilstand).",
        "nb": "Operativsystemets nøkkelring kan ikke brukes på denne maskinen. "
              "Databasen kan i stedet beskyttes med passordet alene (passordmodus).",
        "en": "The operating system's keyring cannot be used on this machine. "
              "The database can be protected by the app password alone (passphrase mode).",
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
    "StorageError": {
        "da": "Databasen kunne ikke åbnes.",
        "nb": "Databasen kunne ikke åpnes.",
        "en": "The database could not be opened.",
    },
}


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _language = language


def current_language() -> str:
    return _language


def error_message(error: Exception) -> str:
    """The user's-language text for a storage error, by its class (never its details)."""
    for cls in type(error).__mro__:
        if cls.__name__ in CATALOG:
            return message(cls.__name__)
    return message("StorageError")


def message(code: str, **params: object) -> str:
    texts = CATALOG[code]
    return texts.get(_language, texts[DEFAULT_LANGUAGE]).format(**params)
