"""Danish vocabularies and identifiers for the demo data.

Kept apart from the generator so the lists can grow without touching the
logic. The places are the real municipalities and psychiatric clinics of IPS
Region Sjælland (seed 003); every person, company and number is invented.
Names deliberately include æ, ø, å, é, ü and non-Danish names, so screens
and PDFs meet the characters real case files contain.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Municipality:
    name: str
    cluster: str
    clinic: str  # where the consultant's presence day is, e.g. "Psykiatrien Køge"
    towns: tuple[tuple[str, str], ...]  # (postcode, town); the first is the main town


def _m(name: str, cluster: str, clinic_town: str, *towns: tuple[str, str]) -> Municipality:
    return Municipality(name, cluster, f"Psykiatrien {clinic_town}", towns)


# Seed 003: three clusters matching Region Sjælland's three psychiatric districts.
MUNICIPALITIES: dict[str, Municipality] = {m.name: m for m in (
    _m("Køge", "Klynge Øst", "Køge", ("4600", "Køge"), ("4681", "Herfølge"),
       ("4623", "Lille Skensved")),
    _m("Solrød", "Klynge Øst", "Køge", ("2680", "Solrød Strand"), ("4622", "Havdrup")),
    _m("Stevns", "Klynge Øst", "Køge", ("4660", "Store Heddinge"), ("4652", "Hårlev"),
       ("4673", "Rødvig Stevns")),
    _m("Faxe", "Klynge Øst", "Køge", ("4640", "Faxe"), ("4690", "Haslev"),
       ("4654", "Faxe Ladeplads")),
    _m("Greve", "Klynge Øst", "Køge", ("2670", "Greve"), ("2690", "Karlslunde")),
    _m("Roskilde", "Klynge Øst", "Roskilde", ("4000", "Roskilde"), ("4040", "Jyllinge"),
       ("4130", "Viby Sjælland")),
    _m("Holbæk", "Klynge Vest", "Holbæk", ("4300", "Holbæk"), ("4390", "Vipperød"),
       ("4340", "Tølløse"), ("4450", "Jyderup")),
    _m("Kalundborg", "Klynge Vest", "Kalundborg", ("4400", "Kalundborg"),
       ("4470", "Svebølle"), ("4490", "Jerslev Sjælland")),
    _m("Slagelse", "Klynge Vest", "Slagelse", ("4200", "Slagelse"), ("4220", "Korsør"),
       ("4230", "Skælskør")),
    _m("Ringsted", "Klynge Vest", "Slagelse", ("4100", "Ringsted"), ("4173", "Fjenneslev")),
    _m("Odsherred", "Klynge Vest", "Nykøbing Sj.", ("4500", "Nykøbing Sj."),
       ("4550", "Asnæs"), ("4560", "Vig")),
    _m("Næstved", "Klynge Syd", "Næstved", ("4700", "Næstved"), ("4171", "Glumsø"),
       ("4684", "Holmegaard")),
    _m("Vordingborg", "Klynge Syd", "Vordingborg", ("4760", "Vordingborg"),
       ("4780", "Stege"), ("4720", "Præstø")),
    _m("Lolland", "Klynge Syd", "Maribo", ("4930", "Maribo"), ("4900", "Nakskov"),
       ("4970", "Rødby")),
    _m("Guldborgssund", "Klynge Syd", "Maribo", ("4800", "Nykøbing F."),
       ("4850", "Stubbekøbing")),
)}

# Seed 003: the consultants of Køge, Stevns, Faxe, Greve and Solrød meet every
# Wednesday 12:30–13:30 at the psychiatry in Køge; other clinics vary the day.
KOEGE_PRESENCE = ("WE", 12, 30)
OTHER_PRESENCE_DAYS = ("MO", "TU", "WE", "TH")

FEMALE_FIRST = (
    "Mette", "Anne", "Camilla", "Louise", "Sofie", "Maria", "Julie", "Ida", "Emma", "Freja",
    "Signe", "Line", "Pernille", "Tina", "Helle", "Susanne", "Birgitte", "Trine", "Sanne",
    "Karina", "Maja", "Josefine", "Cecilie", "Nanna", "Søs", "Åse", "Bodil", "Kirsten",
    "Dorthe", "Lærke", "Rikke", "Malene", "Stine", "Renée", "Hanne", "Gitte", "Vibeke",
    "Astrid", "Karen", "Marianne", "Kamilla", "Mathilde", "Ditte", "Jeanette", "Irène",
)
MALE_FIRST = (
    "Søren", "Jens", "Lars", "Peter", "Mads", "Rasmus", "Anders", "Jesper", "Morten",
    "Mikkel", "Thomas", "Kasper", "Frederik", "Emil", "Oliver", "Lucas", "Magnus", "Bjørn",
    "Kåre", "Ove", "Palle", "Bent", "Jørgen", "Jørn", "Torben", "Henrik", "Nikolaj", "Martin",
    "Christian", "Brian", "Dennis", "René", "André", "Jürgen", "Steffen", "Claus", "Niels",
    "Troels", "Asger", "Villads", "Aksel", "Sebastian", "Tobias", "Jonas", "Kenneth",
)
SURNAMES = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
    "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
    "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen",
    "Jakobsen", "Mikkelsen", "Østergaard", "Kjærgaard", "Aagaard", "Højgaard", "Lykke",
    "Brøndum", "Bæk", "Fæster", "Mølgaard", "Skovgaard", "Dahl", "Holm", "Krogh", "Friis",
    "Bach", "Lund", "Vestergaard", "Søndergaard", "Damgaard", "Kjær", "Bøgh", "Grønbæk",
    "Lauritzen", "Frølund", "Winther", "Schäfer", "Müller", "Løkke", "Ærenlund",
)
MIDDLE_NAMES = ("Krogh", "Holm", "Bach", "Lund", "Dahl", "Friis", "Kjær", "Bøgh", "Skov")
# Transliterated as people usually write them in Danish registers, some with their diacritics.
INTERNATIONAL_NAMES = (
    ("Nguyễn Văn Minh", "Minh"), ("Trần Thị Hoa", "Hoa"), ("Phạm Quốc Bảo", "Bảo"),
    ("Lê Thị Thu", "Thu"), ("Mohammad Al-Khatib", "Mohammad"), ("Fatima Hassan", "Fatima"),
    ("Aisha Abdi Warsame", "Aisha"), ("Ahmad Rahimi", "Ahmad"), ("Yasmin El-Sayed", "Yasmin"),
    ("Omar Haddad", "Omar"), ("Ayşe Yılmaz", "Ayşe"), ("Mehmet Öztürk", "Mehmet"),
    ("Łukasz Wójcik", "Łukasz"), ("Agnieszka Kowalczyk", "Agnieszka"),
    ("Oleksandr Kovalenko", "Oleksandr"), ("Björn Lindqvist", "Björn"),
    ("Sigríður Jónsdóttir", "Sigríður"), ("Jóannes Poulsen", "Jóannes"),
    ("Inuuteq Kleist", "Inuuteq"), ("Nuka Lynge", "Nuka"), ("Zoë Schäfer", "Zoë"),
    ("Tamilselvi Rajendran", "Tamilselvi"), ("Dariusz Nowak", "Dariusz"),
)

CLINICAL_ROLES = ("sygeplejerske", "psykolog", "overlæge", "ergoterapeut", "socialrådgiver",
                  "læge", "social- og sundhedsassistent")
UNIT_KINDS = ("Distriktspsykiatrien", "OPUS", "Psykiatrisk Klinik")

STREETS = (
    "Algade", "Nørregade", "Søndergade", "Vestergade", "Østergade", "Jernbanegade",
    "Skovvej", "Møllevej", "Kirkevej", "Strandvej", "Bøgevej", "Ahornvej", "Stationsvej",
    "Engvej", "Lærkevej", "Fasanvej", "Ågade", "Torvet", "Kløvervænget", "Højvangen",
    "Æblehaven", "Østre Allé", "Åvej", "Græsmarken", "Tværgade", "Bymarken",
)

_MOBILE_PREFIXES = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
                    "40", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")
_LANDLINE_PREFIXES = ("46", "56", "59", "55", "57", "54")

CHAINS = (
    ("Netto", "Detailhandel"), ("Rema 1000", "Detailhandel"), ("Føtex", "Detailhandel"),
    ("Lidl", "Detailhandel"), ("Meny", "Detailhandel"), ("SuperBrugsen", "Detailhandel"),
    ("Kvickly", "Detailhandel"), ("Jem & Fix", "Byggemarked"), ("Silvan", "Byggemarked"),
    ("Harald Nyborg", "Detailhandel"), ("Elgiganten", "Detailhandel"),
    ("Normal", "Detailhandel"), ("Matas", "Detailhandel"), ("Jysk", "Detailhandel"),
    ("Circle K", "Tankstation"), ("McDonald's", "Restauration"),
    ("Sunset Boulevard", "Restauration"), ("Fitness World", "Fitness"),
    ("PostNord", "Transport og logistik"), ("Søstrene Grene", "Detailhandel"),
    ("Lagkagehuset", "Bageri"), ("Bilka", "Detailhandel"),
)
MUNICIPAL_UNITS = (
    ("Ældreplejen", "Ældrepleje"), ("Hjemmeplejen", "Ældrepleje"),
    ("Vej og Park", "Offentlig drift"), ("Materielgården", "Offentlig drift"),
    ("Rådhuskantinen", "Kantine"), ("Biblioteket", "Kultur og fritid"),
    ("Daginstitution Mælkebøtten", "Børn og unge"), ("Plejecenter Solgården", "Ældrepleje"),
    ("Genbrugspladsen", "Affald og genbrug"), ("Borgerservice", "Offentlig administration"),
    ("Svømmehallen", "Kultur og fritid"), ("Skolernes Serviceteam", "Rengøring"),
)
HOSPITALS = (
    ("Køge", "Sjællands Universitetshospital, Køge"), ("Roskilde", "Roskilde Sygehus"),
    ("Holbæk", "Holbæk Sygehus"), ("Slagelse", "Slagelse Sygehus"),
    ("Næstved", "Næstved Sygehus"), ("Guldborgssund", "Nykøbing F. Sygehus"),
)
HOSPITAL_UNITS = ("Køkkenet", "Portørtjenesten", "Serviceafdelingen", "Rengøringen")
# "{town}" and "{surname}" are filled in; the industry follows the template.
BUSINESS_TEMPLATES = (
    ("{town} Auto ApS", "Autobranchen"), ("{surname}s Autoværksted", "Autobranchen"),
    ("{surname} VVS ApS", "Bygge og anlæg"), ("{surname}s Tømrerforretning ApS", "Bygge og anlæg"),
    ("{town} Malerfirma ApS", "Bygge og anlæg"), ("{surname} El-service A/S", "Bygge og anlæg"),
    ("{town} Rengøring ApS", "Rengøring"), ("{town} Bageri", "Bageri"),
    ("Bager {surname}", "Bageri"), ("Café {cafe}", "Restauration"),
    ("Restaurant {cafe}", "Restauration"), ("{town} Cykler", "Detailhandel"),
    ("{surname} Transport ApS", "Transport og logistik"), ("{town} Blomster", "Detailhandel"),
    ("Gartneriet {garden}", "Landbrug og gartneri"),
    ("{surname}s Lager & Logistik A/S", "Transport og logistik"),
    ("{town} Dyreklinik", "Sundhed"), ("{town} Tandlægerne", "Sundhed"),
    ("{town} Golfklub", "Kultur og fritid"), ("{town} Boligselskab", "Ejendomme"),
    ("{surname} Maskinfabrik A/S", "Industri"),
    ("{town} Vognmandsforretning", "Transport og logistik"),
    ("{surname} Landbrug I/S", "Landbrug og gartneri"), ("{town} Kro", "Hotel og restauration"),
    ("Hotel {cafe}", "Hotel og restauration"), ("IT-hjørnet {town} ApS", "IT"),
    ("Frisør {cafe}", "Service"), ("{town} Ejendomsservice ApS", "Ejendomme"),
    ("{town} Havecenter", "Detailhandel"), ("{town} Fiskehandel", "Detailhandel"),
    ("{surname} Revision ApS", "Liberale erhverv"), ("{town} Genbrug", "Detailhandel"),
)
CAFE_WORDS = ("Hyggekrogen", "Ankeret", "Solsikken", "Møllen", "Kaffeslottet", "Havnen",
              "Torvet", "Æblet", "Bølgen", "Gåsetårnet", "Fyrtårnet", "Kastanjen", "Søstjernen")
GARDEN_WORDS = ("Bøgely", "Enghave", "Solbakken", "Rosenlund", "Østergaard", "Lindely")
CONTACT_TITLES = ("Butikschef", "Ejer", "Driftsleder", "Afdelingsleder", "HR-partner",
                  "Souschef", "Værkfører", "Plejehjemsleder", "Køkkenchef", "Lagerchef")

JOB_TITLES = (
    "Butiksassistent", "Lagermedarbejder", "Rengøringsassistent", "Køkkenmedhjælper",
    "Pædagogmedhjælper", "Social- og sundhedshjælper", "Chauffør", "Gartnermedhjælper",
    "Kontorassistent", "Opvasker", "Servicemedarbejder", "Pakkemedarbejder",
    "Tømrerhåndlanger", "Ekspedient", "Receptionist", "IT-supporter", "Dyrepasser",
    "Postomdeler", "Cykelmekaniker", "Bagermedhjælper",
)
EDUCATIONS = (
    ("HF-enkeltfag (dansk)", "VUC Storstrøm"), ("Social- og sundhedshjælperuddannelsen",
    "SOSU Sjælland"), ("Datamatiker", "Zealand – Sjællands Erhvervsakademi"),
    ("Pædagogisk assistentuddannelse", "SOSU Sjælland"), ("EUX Kontor", "ZBC"),
    ("Gymnasial supplering", "VUC Storstrøm"), ("Tømreruddannelsen", "EUC Sjælland"),
    ("Ernæringsassistent", "ZBC"), ("Multimediedesigner", "Zealand – Sjællands Erhvervsakademi"),
    ("Sygeplejerskeuddannelsen", "Professionshøjskolen Absalon"), ("FVU dansk", "VUC Storstrøm"),
    ("Pædagoguddannelsen", "Professionshøjskolen Absalon"), ("Bachelor i datalogi",
    "Roskilde Universitet"),
)

WORK_GOALS = ("Arbejde med dyr", "Lager og logistik", "Butik", "Køkken", "Gartneri",
              "Kontorarbejde", "Pleje og omsorg", "IT-support", "Håndværk", "Transport",
              "Uddannelse som pædagog", "Noget med mennesker", "Fast arbejde om formiddagen")
STRENGTHS = ("Mødestabil", "God til detaljer", "Rolig og venlig", "Stærk fysik",
             "Kreativ", "Kan lide struktur", "Hurtig til at lære", "God med kunder")
PLAN_STEPS = ("Opdatere CV", "Besøge to virksomheder", "Afklare timetal med behandler",
              "Søge jobs i butik", "Kontakte VUC om optagelse", "Aftale praktikbesøg")

NOTE_TEXTS = (
    "Samtale om jobønsker; vil gerne prøve lager.", "Gennemgik CV sammen.",
    "Deltager aflyste, ny tid aftalt.", "Talte om søvn og mødetider.",
    "Første arbejdsuge gik godt.", "Gåtur og snak om motivation.",
    "Opfølgning med behandler om medicinændring.", "Aftalte at besøge virksomheden sammen.",
    "Deltager er glad for kollegerne.", "Svært at komme ud af døren i denne uge.",
    "Talte om økonomi og ydelser ved jobstart.", "Deltager ønsker flere timer.",
    "Sms med påmindelse om mødet.", "Forberedte jobsamtale.", "Karriereprofil udfyldt videre.",
    "Handleplanen opdateret.", "Kort telefonsamtale; alt vel.",
    "Fælles møde med behandler og deltager.", "Deltager har søgt to stillinger.",
    "Snak om at fortælle arbejdsgiver om sygdom.",
)
# What the team writes on a participant's line in weekly supervision (no contact).
SUPERVISION_NOTES = (
    "Prøv en ny arbejdsgiver i branchen.", "Behandler inddrages i næste samtale.",
    "Tal om timetal før jobstart.", "Følg op på mødet med virksomheden.",
    "Genopfrisk jobønsker: noget med dyr?", "Opsøgende besøg, hvis ingen kontakt i ugen.",
    "Fint forløb; fortsæt som aftalt.", "Overvej uddannelse frem for job lige nu.",
    "Brug gruppens idéer til virksomheder.", "Afklar samtykke til kontakt med arbejdsgiver.",
)
# What consultants write on a calendar event for themselves (the event's notes).
EVENT_NOTES = (
    "Medbring samtykkeerklæring.", "Husk CV på papir.", "Behandler deltager på video.",
    "Parkering bag bygningen.", "Tag referat med til journalen.", "Aftal næste møde.",
    "Ring dagen før og mind om mødet.", "Spørg til timetal og opstartsdato.",
)
HELD_NOTE_TEXTS = (
    "Møde holdt som aftalt.", "Mødet holdt; næste skridt aftalt.",
    "Godt møde; deltager kom til tiden.", "Mødet holdt, kortere end planlagt.",
)
# What came of a contact, by kind (enums.ContactOutcome values): the consultant's own
# words beside the kind picked from the list.
CONTACT_OUTCOMES: dict[str, tuple[str, ...]] = {
    "meeting_agreed": ("Aftalt møde med deltager.", "Jobsamtale aftalt.",
                       "Aftalt besøg på virksomheden."),
    "opening_found": ("Mangler folk i weekenderne.", "Har mange sæsonjob i sommer.",
                      "Søger en medarbejder til lageret.", "Har en ledig stilling på deltid."),
    "no_opening": ("Ingen ledige stillinger lige nu.", "Ansætter måske til foråret.",
                   "Takkede nej."),
    "hired": ("Deltageren er ansat.", "Ansætter deltageren fra næste måned."),
    "other": ("Positiv over for en prøveperiode.", "Interesseret i fleksibel opstart.",
              "Sendt CV videre til afdelingsleder.", "Vil gerne høre mere om IPS.",
              "Kender en anden virksomhed der søger."),
    "follow_along": ("Tilfreds med medarbejderen.", "Ønsker kortere vagter i starten.",
                     "Positiv over for en prøveperiode."),
}
OPENING_NOTES = ("Mulighed for fleksibel opstart.", "Ansøgning på mail til lederen.",
                 "Kræver kørekort.", "Vagter i weekenden.", "Ring til butikschefen først.")
CONTACT_NEXT_STEPS = (
    "Ring igen om to uger.", "Send CV.", "Følg op efter samtalen.", "Besøg med deltager.",
    "Afvent svar.", "Tjek ind efter første arbejdsuge.", "Aftal opstartsdato.",
    "Send information om IPS.", "Kig forbi i butikken.",
)
CONSENT_SCOPE = ("Udveksling af oplysninger mellem behandlere i psykiatrien og "
                 "IPS-konsulenten i jobcentret om beskæftigelsesindsatsen.")

_TRANSLIT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa",
                           "ß": "ss", "ł": "l", "Ł": "L", "ð": "d", "ı": "i", "đ": "d"})


def ascii_slug(text: str, sep: str = ".") -> str:
    """E-mail local parts and domains are ASCII in practice, so æ becomes ae as Danes write it."""
    plain = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    plain = "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch in " -"))
    return sep.join(plain.lower().replace("-", " ").split())


def person_name(rng: random.Random, international_share: float = 0.12) -> tuple[str, str, bool]:
    """(full name, first name, female); the first name is what a calendar title uses."""
    if rng.random() < international_share:
        full, first = rng.choice(INTERNATIONAL_NAMES)
        return full, first, rng.random() < 0.5
    female = rng.random() < 0.5
    first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    surname = rng.choice(SURNAMES)
    middle = rng.choice(MIDDLE_NAMES) if rng.random() < 0.3 else surname
    return " ".join(dict.fromkeys((first, middle, surname))), first, female


def initials(full_name: str) -> str:
    return "".join(part[0] for part in full_name.replace("-", " ").split()).upper()


def cpr_number(rng: random.Random, born: date, female: bool) -> str:
    """DDMMYY-SSSS whose seventh digit matches the century and last digit the sex, as real ones do.

    No modulus-11 check: CPR numbers have not needed one since 2007.
    """
    seventh = rng.randint(0, 3) if born.year < 2000 else rng.randint(4, 9)
    middle = rng.randint(0, 99)
    last = rng.choice((0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9))
    return f"{born:%d%m%y}-{seventh}{middle:02d}{last}"


def _eight_digits(rng: random.Random, prefixes: tuple[str, ...]) -> str:
    digits = rng.choice(prefixes) + f"{rng.randint(0, 999999):06d}"
    return " ".join(digits[i:i + 2] for i in range(0, 8, 2))


def mobile_number(rng: random.Random) -> str:
    return _eight_digits(rng, _MOBILE_PREFIXES)


def landline_number(rng: random.Random) -> str:
    return _eight_digits(rng, _LANDLINE_PREFIXES)


_CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)


def cvr_number(rng: random.Random) -> str:
    """Eight digits passing the CVR modulus-11 check, so a later validator accepts them."""
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        partial = sum(d * w for d, w in zip(head, _CVR_WEIGHTS, strict=False))
        check = (-partial) % 11
        if check < 10:
            return "".join(map(str, [*head, check]))


def address(rng: random.Random, municipality: Municipality) -> str:
    postcode, town = rng.choice(municipality.towns)
    return f"{rng.choice(STREETS)} {rng.randint(1, 140)}, {postcode} {town}"


def employer_name(rng: random.Random, municipality: Municipality, town: str,
                  street: str) -> tuple[str, str, str | None]:
    """(name, industry, CVR group): the units of one municipality share its CVR number."""
    roll = rng.random()
    if roll < 0.3:
        chain, industry = rng.choice(CHAINS)
        suffix = f", {street}" if rng.random() < 0.3 else ""
        return f"{chain} {town}{suffix}", industry, None
    if roll < 0.45:
        unit, industry = rng.choice(MUNICIPAL_UNITS)
        return f"{municipality.name} Kommune, {unit}", industry, municipality.name
    hospital = dict(HOSPITALS).get(municipality.name)
    if roll < 0.5 and hospital:
        unit = rng.choice(HOSPITAL_UNITS)
        return f"Region Sjælland, {hospital}, {unit}", "Sundhed", "Region Sjælland"
    template, industry = rng.choice(BUSINESS_TEMPLATES)
    name = template.format(town=town, surname=rng.choice(SURNAMES),
                           cafe=rng.choice(CAFE_WORDS), garden=rng.choice(GARDEN_WORDS))
    return name, industry, None
