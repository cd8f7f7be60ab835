"""English tables: digit, month and day names, units, currencies, symbols."""

from __future__ import annotations

from typing import Final

from melod.text import latin

DIGIT_NAMES: tuple[str, ...] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
)  # fmt: skip
MONTHS = latin.wordlist(
    "January February March April May June July August September October November December"
)
MONTH_RE = "|".join([*MONTHS, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
                      "Oct", "Nov", "Dec"])  # fmt: skip
DAYS = {"Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
         "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
         "Sat": "Saturday", "Sun": "Sunday", "Weds": "Wednesday", "tues": "Tuesday",
         "thurs": "Thursday", "thur": "Thursday", "weds": "Wednesday", "fri": "Friday"}  # fmt: skip

CURRENCY = {"$": ("dollar", "dollars", "cent", "cents"), "€": ("euro", "euros", "cent", "cents"),
             "£": ("pound", "pounds", "penny", "pence"), "¥": ("yen", "yen", "", ""),
             "₩": ("won", "won", "", ""), "R": ("rand", "rand", "cent", "cents"),
             "₹": ("rupee", "rupees", "paisa", "paise")}  # fmt: skip
CODES = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩"}
SCALES = {
    "k": "thousand",
    "K": "thousand",
    "M": "million",
    "m": "million",
    "bn": "billion",
    "B": "billion",
}
DAY_NAMES = DAYS | {d: d for d in DAYS.values()}
DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 16, 32, 64}
DATE_WORDS = latin.wordset(
    "on by until till from since due before after of starting through thru expires "
    "posted starts begins ends opens closes effective scheduled dated appointment appt "
    "checkup dentist visit "
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun"
)
T12 = r"(\d{1,2})(?:[:.]([0-5]\d))?"
AMPM = r"([AaPp])\.? ?[Mm]"
# Words apps write in capitals (`fan on AUTO`, `Heater OFF`): read as words, not spelled.
_CAPS_WORDS = (
    "AUTO ECO OFF ON HIGH LOW MAX COOL HEAT DRY FAN OPEN SALE FREE NEW HOT COLD WARM BOOST "
    "AWAY HOME YES DONE LATE SOON NOW MODE LOCK NOT NEVER ALWAYS ONLY MUST VERY"
)
SCORE_CTX = (r"(?i:\b(?:scored?|scores|won|wins?|beat|beats|lost|lose|loses|leads?|led|"
              r"match|game|final|defeated|drew|tied?|vs\.?|versus|half[- ]?time|full[- ]?time|"
              r"(?-i:HT|FT))\b)")  # fmt: skip
# `vs Knicks at 7:30`, `Game starts 8:20`: a clock time, not a score.
NOT_AT_TIME = (
    r"(?<![\d.])(?<!tonight )(?<!\bat )(?<!starts )(?<!begins )(?<!off )"
    r"(?!(?:[01]?\d|2[0-3]):[0-5]\d\b)"
)
NOT_CLOCK = r"(?!(?:[01]?\d|2[0-3]):[0-5]\d\b)"
#: Brands written in capitals and said as words (four letters or fewer are spelled else).
_BRANDS = (
    "DELL AUDI ASOS OPPO SEAT FIAT OPEL SAAB ALDI LIDL AVIS ACER NEST RING ARLO EERO WYZE "
    "EUFY HIVE TADO KASA SMEG BEKO UBER LYFT VISA AMEX VANS PUMA FILA JEEP FORD MINI XBOX "
    "ASDA GAP KIA HUE DART "
    # Longer ones would be quieted to lower case (`Your TESLA is charging`): keep the capital.
    "TESLA NETFLIX SAMSUNG PHILIPS TOYOTA NISSAN HONDA HYUNDAI VOLVO SUBARU MAZDA LEXUS "
    "DYSON ROOMBA ROBOROCK ECOBEE SONOS BOSCH MIELE GARMIN FITBIT XIAOMI HUAWEI RIVIAN "
    "PORSCHE SPOTIFY YOUTUBE DISNEY HULU PELOTON ENPHASE TESCO COSTCO WALMART NVIDIA"
)
KEEP = {
    **{w: w.capitalize() for w in _BRANDS.split()},
    "OK": "okay",
    "ASUS": "Asus",
    **{w: w.lower() for w in _CAPS_WORDS.split()},
    "HVAC": "H vac",
    # Initials said as a word: a filter's rating, a school subject, a breathing machine.
    "MERV": "Merv",
    "SEER": "seer",
    "STEM": "stem",
    "ZIP": "zip",
    "SWAT": "swat",
    "OSHA": "Osha",
    "NOAA": "Noah",
    "CPAP": "C pap",
    "NICU": "nick you",
    "DEET": "deet",
    "JPEG": "J peg",
    "FTSE": "Footsie",
    "ASAP": "A S A P",
    # chat initials with vowels enough to pass for words, spelled as people say them.
    "ICYMI": "I C Y M I",
    "AFAIK": "A F A I K",
    # a British savings account, said as a word ('eye-sa').
    "ISA": "ISA",
    "ISAs": "ISAs",
    # the train under the Hudson, said as a word.
    "PATH": "PATH",
    # a prescription's route and times a day, spelled even beside one another (`PO BID`).
    **{w: latin.spell(w) for w in ("PO", "BID", "TID", "QID", "PRN", "QHS", "QD")},
}
SYMBOLS = {"&": "and", "+": "plus", "@": "at", "=": "equals", "%": "percent", "÷": "divided by",
            "€": "euros", "$": "dollars", "£": "pounds", "¥": "yen", "₩": "won"}  # fmt: skip
ADDRESS = {".": "dot", "/": "slash", "@": "at", "-": "dash", "_": "underscore",
           "?": "question mark", "=": "equals", ":": "colon", "+": "plus"}  # fmt: skip


UNITS: Final[dict[str, tuple[str, str]]] = {
    "°C": ("degree Celsius", "degrees Celsius"),
    "°F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"), "%": ("percent", "percent"),
    "km/h": ("kilometer per hour", "kilometers per hour"), "kph": ("kilometer per hour",
    "kilometers per hour"), "mph": ("mile per hour", "miles per hour"),
    "m/s": ("meter per second", "meters per second"),
    "mm/h": ("millimeter per hour", "millimeters per hour"),
    # a rain or snowfall rate (`2 in/hr`); a bare `in` is a word, read by the inch rules.
    "in/hr": ("inch per hour", "inches per hour"), "in/h": ("inch per hour", "inches per hour"),
    "km": ("kilometer", "kilometers"), "m": ("meter", "meters"), "cm": ("centimeter",
    "centimeters"), "mm": ("millimeter", "millimeters"), "mi": ("mile", "miles"),
    "ft": ("foot", "feet"), "kg": ("kilogram", "kilograms"), "g": ("gram", "grams"),
    "mg": ("milligram", "milligrams"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"),
    # a dose's micrograms, as pharmacies and hospitals write them.
    "mcg": ("microgram", "micrograms"), "µg": ("microgram", "micrograms"),
    "oz": ("ounce", "ounces"), "L": ("liter", "liters"), "l": ("liter", "liters"),
    "ml": ("milliliter", "milliliters"), "mL": ("milliliter", "milliliters"),
    "kL": ("kiloliter", "kiloliters"),
    # a farm's yields and rates: bushels, acres, hectares (`48 bu/ac`, `2.5 t/ha`).
    "bu": ("bushel", "bushels"), "ac": ("acre", "acres"), "ha": ("hectare", "hectares"),
    "gal": ("gallon", "gallons"), "kWh": ("kilowatt hour", "kilowatt hours"),
    "Wh": ("watt hour", "watt hours"), "MWh": ("megawatt hour", "megawatt hours"),
    "kW": ("kilowatt", "kilowatts"), "W": ("watt", "watts"), "MW": ("megawatt", "megawatts"),
    "V": ("volt", "volts"), "mAh": ("milliamp hour", "milliamp hours"),
    "µg/m³": ("microgram per cubic meter", "micrograms per cubic meter"),
    "µg/m3": ("microgram per cubic meter", "micrograms per cubic meter"),
    "ug/m³": ("microgram per cubic meter", "micrograms per cubic meter"),
    "ug/m3": ("microgram per cubic meter", "micrograms per cubic meter"),
    "mg/m³": ("milligram per cubic meter", "milligrams per cubic meter"),
    "mg/dL": ("milligram per deciliter", "milligrams per deciliter"),
    "mg/dl": ("milligram per deciliter", "milligrams per deciliter"),
    "mmol/L": ("millimole per liter", "millimoles per liter"),
    "W/m²": ("watt per square meter", "watts per square meter"),
    "W/m2": ("watt per square meter", "watts per square meter"),
    "m²": ("square meter", "square meters"), "m³": ("cubic meter", "cubic meters"),
    "ppm": ("P P M", "P P M"), "ppb": ("P P B", "P P B"), "psi": ("P S I", "P S I"),
    # a game's or a camera's frame rate, a stream's bitrate.
    "fps": ("F P S", "F P S"), "kbps": ("kilobit per second", "kilobits per second"),
    "Kbps": ("kilobit per second", "kilobits per second"),
    "dB": ("decibel", "decibels"), "dBm": ("d B m", "d B m"),
    "hPa": ("hectopascal", "hectopascals"), "kPa": ("kilopascal", "kilopascals"),
    "pCi/L": ("picocurie per liter", "picocuries per liter"),
    "pCi/l": ("picocurie per liter", "picocuries per liter"),
    "Bq/m³": ("becquerel per cubic meter", "becquerels per cubic meter"),
    "Bq/m3": ("becquerel per cubic meter", "becquerels per cubic meter"),
    "kWh/100mi": ("kilowatt hour per hundred miles", "kilowatt hours per hundred miles"),
    "kWh/100 mi": ("kilowatt hour per hundred miles", "kilowatt hours per hundred miles"),
    "kWh/100km": ("kilowatt hour per hundred kilometers", "kilowatt hours per hundred kilometers"),
    "kWh/100 km": ("kilowatt hour per hundred kilometers", "kilowatt hours per hundred kilometers"),
    "mi/kWh": ("mile per kilowatt hour", "miles per kilowatt hour"),
    "Wh/mi": ("watt hour per mile", "watt hours per mile"), "dBA": ("d B A", "d B A"),
    "in Hg": ("inch of mercury", "inches of mercury"),
    "mS/cm": ("millisiemens per centimeter", "millisiemens per centimeter"),
    "µS/cm": ("microsiemens per centimeter", "microsiemens per centimeter"),
    "dS/m": ("decisiemens per meter", "decisiemens per meter"),
    "µSv/h": ("microsievert per hour", "microsieverts per hour"),
    "µSv/hr": ("microsievert per hour", "microsieverts per hour"),
    "uSv/h": ("microsievert per hour", "microsieverts per hour"),
    "µSv": ("microsievert", "microsieverts"), "mSv": ("millisievert", "millisieverts"),
    "gpg": ("grain per gallon", "grains per gallon"),
    # Direct and alternating current, said with their initials; a UPS or battery's rating.
    "Vdc": ("volt D C", "volts D C"), "VDC": ("volt D C", "volts D C"),
    "Vac": ("volt A C", "volts A C"), "VAC": ("volt A C", "volts A C"),
    "VA": ("volt amp", "volt amps"), "kVA": ("kilovolt amp", "kilovolt amps"),
    "Ah": ("amp hour", "amp hours"),
    "mbar": ("millibar", "millibars"), "GB": ("gigabyte", "gigabytes"),
    "MB": ("megabyte", "megabytes"), "TB": ("terabyte", "terabytes"),
    "Mbps": ("megabit per second", "megabits per second"),
    "Mb/s": ("megabit per second", "megabits per second"),
    "Gb/s": ("gigabit per second", "gigabits per second"),
    "MB/s": ("megabyte per second", "megabytes per second"),
    "GB/s": ("gigabyte per second", "gigabytes per second"),
    "kB/s": ("kilobyte per second", "kilobytes per second"),
    "Gbps": ("gigabit per second", "gigabits per second"), "Hz": ("hertz", "hertz"),
    "kHz": ("kilohertz", "kilohertz"), "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"), "h": ("hour", "hours"), "hr": ("hour", "hours"),
    "hrs": ("hour", "hours"), "min": ("minute", "minutes"), "mins": ("minute", "minutes"),
    "s": ("second", "seconds"), "sec": ("second", "seconds"), "secs": ("second", "seconds"),
    "ms": ("millisecond", "milliseconds"), "lux": ("lux", "lux"), "lx": ("lux", "lux"),
    "lm": ("lumen", "lumens"),
    "mpg": ("mile per gallon", "miles per gallon"), "MPG": ("mile per gallon", "miles per gallon"),
    "bar": ("bar", "bar"), "bpm": ("beat per minute", "beats per minute"),
    "BPM": ("beat per minute", "beats per minute"), "tbsp": ("tablespoon", "tablespoons"),
    "tsp": ("teaspoon", "teaspoons"), "Tbsp": ("tablespoon", "tablespoons"),
    "TBSP": ("tablespoon", "tablespoons"), "tbs": ("tablespoon", "tablespoons"),
    "Tbs": ("tablespoon", "tablespoons"), "TSP": ("teaspoon", "teaspoons"),
    "fl oz": ("fluid ounce", "fluid ounces"), "fl. oz": ("fluid ounce", "fluid ounces"),
    "mmHg": ("millimeter of mercury", "millimeters of mercury"),
    "L/100 km": ("liter per hundred kilometers", "liters per hundred kilometers"),
    "L/100km": ("liter per hundred kilometers", "liters per hundred kilometers"),
    "l/100 km": ("liter per hundred kilometers", "liters per hundred kilometers"),
    "l/100km": ("liter per hundred kilometers", "liters per hundred kilometers"),
    "kcal": ("calorie", "calories"), "Cal": ("calorie", "calories"),
    "cal": ("calorie", "calories"), "CAL": ("calorie", "calories"),
    "kJ": ("kilojoule", "kilojoules"), "qt": ("quart", "quarts"), "yd": ("yard", "yards"),
    "sq ft": ("square foot", "square feet"), "linear ft": ("linear foot", "linear feet"),
    "cu ft": ("cubic foot", "cubic feet"), "sq m": ("square meter", "square meters"),
    "sq mi": ("square mile", "square miles"), "bbl": ("barrel", "barrels"),
    "pcs": ("piece", "pieces"), "mA": ("milliamp", "milliamps"), "rpm": ("R P M", "R P M"),
    "RPM": ("R P M", "R P M"), "inHg": ("inch of mercury", "inches of mercury"),
    "MIN": ("minute", "minutes"), "MINS": ("minute", "minutes"),
    "HRS": ("hour", "hours"), "SEC": ("second", "seconds"), "SECS": ("second", "seconds"),
    "MPH": ("mile per hour", "miles per hour"), "KM": ("kilometer", "kilometers"),
    "KG": ("kilogram", "kilograms"), "LBS": ("pound", "pounds"), "LB": ("pound", "pounds"),
    "FT": ("foot", "feet"), "GAL": ("gallon", "gallons"),
    "yds": ("yard", "yards"), "pts": ("point", "points"), "ast": ("assist", "assists"),
    "reb": ("rebound", "rebounds"), "pk": ("pack", "pack"), "ct": ("count", "count"),
    "kt": ("knot", "knots"), "kts": ("knot", "knots"),
    "gal/min": ("gallon per minute", "gallons per minute"),
    "gpm": ("gallon per minute", "gallons per minute"), "L/min": ("liter per minute",
    "liters per minute"), "l/min": ("liter per minute", "liters per minute"),
    "yr": ("year", "years"), "yrs": ("year", "years"), "wk": ("week", "weeks"),
    "wks": ("week", "weeks"), "mo": ("month", "months"), "mos": ("month", "months"),
}  # fmt: skip

#: Nouns a measure describes (`a 15 min delay`, `a 60 W bulb`): the unit stays singular.
ATTRIBUTIVE: Final = latin.wordset(
    "delay walk drive ride wait break warning timer commute trip hike nap workout session "
    "bulb bag bottle jog swim journey detour radius cycle run clip video recording "
    "tank battery pack charger cooler drum pot pan bucket bin jug panel panels array system "
    "sprint dash race relay freestyle fence wall hose cable cord rope pole board ladder "
    "heater fridge freezer drive card plan stick disk chip module kit job meeting call show "
    "class lesson layover task chore repair visit massage appointment interview "
    "backstroke breaststroke butterfly medley hurdles mark marker loop trail course circuit "
    "lap stretch buffer drop climb descent equivalent replacement "
    # a pronoun for the thing measured: `8ft ones`, `the 60 W one`.
    "one ones "
    # a clinic's measured things: `5 mm pocket`, `1.7 mL carpule`, `2 cm cyst`.
    "pocket carpule cartridge syringe vial ampoule ampule incision lesion cyst nodule lump "
    "mole tumor tumour "
    # a pill's strength: `25 mg tab`, `500 mg tablets`, `75 mcg patch`.
    "tab tabs tablet tablets pill pills capsule capsules patch dose "
    # what a measure of food comes in: `14.5 oz can`, `16 oz jar`, `2 lb box`.
    "jar box package carton container tin pouch packet tube tub bowl tote pail keg stockpot "
    "kettle skillet crock "
    # the pieces a measure cuts or shapes food into: `500 g loaves`, `2 cm cubes`, `4 oz
    # patties` (steaks only in the plural: `2 lb steak` on a list is an amount of steak).
    "loaf loaves portions servings steaks fillets patties balls pieces cubes slices strips "
    "chunks wedges "
    # what wire, hose and tape are sold on: `100 ft roll`, `500 ft spool`.
    "roll spool reel coil "
    # a kitchen's timed steps: `14 hr cold proof`, `30 min soak`.
    "proof rise soak brine marinade ferment cook bake roast simmer "
    # an appliance's parts rated by a measure: `4500 W element`, `20 A breaker` (not `fan`:
    # `180°C fan` is the oven's setting).
    "element motor pump compressor lamp speaker amplifier blower generator breaker "
    "fuse outlet circuit"
)

#: `$3.49/gal`, `€0.25/kWh`, `$1,200/month`: the unit after the slash, read "per ...".
PER: Final = {
    "gal": "gallon", "L": "liter", "l": "liter", "kWh": "kilowatt hour", "kg": "kilogram",
    "lb": "pound", "km": "kilometer", "mi": "mile", "h": "hour", "hr": "hour", "hour": "hour",
    "day": "day", "night": "night", "wk": "week", "week": "week", "mo": "month",
    "month": "month", "yr": "year", "year": "year", "person": "person", "m²": "square meter",
    "sq ft": "square foot", "unit": "unit", "item": "item", "min": "minute",
    "qtr": "quarter", "quarter": "quarter", "oz": "ounce", "ft": "foot", "dozen": "dozen",
    "doz": "dozen", "bag": "bag", "box": "box", "pack": "pack", "ticket": "ticket",
    "adult": "adult", "child": "child", "guest": "guest", "room": "room", "visit": "visit",
    "kid": "kid", "student": "student", "seat": "seat", "pair": "pair", "load": "load",
    "serving": "serving", "ride": "ride", "mile": "mile", "foot": "foot", "bbl": "barrel",
    "bu": "bushel", "ac": "acre", "acre": "acre", "ha": "hectare",
    # a dose by weight or a concentration: `15 mg/kg`, `17.2 mcg/mL`.
    "mL": "milliliter", "ml": "milliliter", "dL": "deciliter", "g": "gram",
}  # fmt: skip

#: Currencies by code, for pairs (EUR/USD) and exchange rates.
CURRENCY_NAMES: Final = {
    "EUR": "euro", "USD": "dollar", "GBP": "pound", "JPY": "yen", "CHF": "Swiss franc",
    "CAD": "Canadian dollar", "AUD": "Australian dollar", "CNY": "yuan", "KRW": "won",
    "MXN": "peso", "BTC": "bitcoin", "NZD": "New Zealand dollar", "HKD": "Hong Kong dollar",
    "SGD": "Singapore dollar", "INR": "rupee", "ZAR": "rand",
}  # fmt: skip

CODE_ALT: Final = "|".join(CURRENCY_NAMES)

_FRACTION_NOUNS = (
    "mile inch cup hour pound teaspoon tablespoon gallon ounce liter foot yard acre tank "
    # Count nouns halved in recipes, doses and chores: `1/2 tablet` 'half a tablet'.
    "tablet pill capsule dose bottle glass bag box can jar stick loaf bar lemon lime onion "
    "avocado banana apple slice batch scoop pack dozen day week page tray load block "
    "pint quart litre metre kilo mug spoon packet tin carton sachet cap"
)
#: Nouns a typed fraction measures: `1/2 cup` 'half a cup', `3/4 mi`.
SPELLED_UNITS: Final = frozenset(_FRACTION_NOUNS.split())
#: Words a fraction qualifies without an article: `1/2 price` 'half price', `3/4 full`, and
#: any past participle (`1/2 mowed`, `3/4 installed`).
BARE_FRACTION: Final = "price|off|full|empty|charged|done|time|complete|open|[a-z]{2,}ed"

#: Words that end a measure's phrase, so the word after them is no noun it describes.
NOT_MODIFIER: Final = latin.wordset(
    "to of in on at for from before after and or the a an each per left remaining ago later "
    "away total long late early more less until till by with without is was are this that "
    # adverbs and adjectives after a measure (`mow to 1/2 inch first`, `1/4 inch deep`,
    # `2 1/2 in so far`, `1/2 mile north`).
    "first then now again only apart deep thick wide tall high max so today tonight overnight "
    "yesterday expected north south east west since possible forecast fell"
)
