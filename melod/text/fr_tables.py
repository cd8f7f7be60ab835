"""French tables: unit names, what a slash after an amount reads, currency names."""

from __future__ import annotations

from typing import Final

UNITS: Final[dict[str, tuple[str, str]]] = {
    "°C": ("degré", "degrés"), "°F": ("degré Fahrenheit", "degrés Fahrenheit"),
    "°": ("degré", "degrés"), "%": ("pour cent", "pour cent"),
    "km/h": ("kilomètre heure", "kilomètres heure"), "m/s": ("mètre par seconde",
    "mètres par seconde"), "mm/h": ("millimètre par heure", "millimètres par heure"),
    "km": ("kilomètre", "kilomètres"), "m": ("mètre", "mètres"), "cm": ("centimètre",
    "centimètres"), "mm": ("millimètre", "millimètres"), "kg": ("kilo", "kilos"),
    "g": ("gramme", "grammes"), "mg": ("milligramme", "milligrammes"), "L": ("litre", "litres"),
    "l": ("litre", "litres"), "mL": ("millilitre", "millilitres"), "ml": ("millilitre",
    "millilitres"), "cl": ("centilitre", "centilitres"), "kWh": ("kilowattheure",
    "kilowattheures"), "Wh": ("wattheure", "wattheures"), "kW": ("kilowatt", "kilowatts"),
    # `2,4 kW/h` is how many type the kilowatt-hour of a meter reading.
    "kW/h": ("kilowattheure", "kilowattheures"),
    "m³/s": ("mètre cube par seconde", "mètres cubes par seconde"),
    "m3/s": ("mètre cube par seconde", "mètres cubes par seconde"),
    "m³/h": ("mètre cube par heure", "mètres cubes par heure"),
    "m3/h": ("mètre cube par heure", "mètres cubes par heure"),
    "L/h": ("litre par heure", "litres par heure"), "l/h": ("litre par heure", "litres par heure"),
    "W": ("watt", "watts"), "MW": ("mégawatt", "mégawatts"), "V": ("volt", "volts"),
    "mAh": ("milliampère-heure", "milliampères-heures"),
    "µg/m³": ("microgramme par mètre cube", "microgrammes par mètre cube"),
    "ug/m3": ("microgramme par mètre cube", "microgrammes par mètre cube"),
    "µg/m3": ("microgramme par mètre cube", "microgrammes par mètre cube"),
    "ug/m³": ("microgramme par mètre cube", "microgrammes par mètre cube"),
    "mg/m³": ("milligramme par mètre cube", "milligrammes par mètre cube"),
    "mg/m3": ("milligramme par mètre cube", "milligrammes par mètre cube"),
    "km²": ("kilomètre carré", "kilomètres carrés"), "cm²": ("centimètre carré",
    "centimètres carrés"), "mm²": ("millimètre carré", "millimètres carrés"),
    "l/m²": ("litre par mètre carré", "litres par mètre carré"),
    "L/m²": ("litre par mètre carré", "litres par mètre carré"),
    "m2": ("mètre carré", "mètres carrés"), "m3": ("mètre cube", "mètres cubes"),
    "m²": ("mètre carré", "mètres carrés"), "m³": ("mètre cube", "mètres cubes"),
    "ppm": ("P P M", "P P M"), "dB": ("décibel", "décibels"), "hPa": ("hectopascal",
    "hectopascals"), "mbar": ("millibar", "millibars"), "bar": ("bar", "bars"),
    "To": ("téraoctet", "téraoctets"), "ko": ("kilooctet", "kilooctets"),
    "mg/L": ("milligramme par litre", "milligrammes par litre"), "mg/l": ("milligramme par litre",
    "milligrammes par litre"), "pts": ("point", "points"), "pt": ("point", "points"),
    "tr/min": ("tour par minute", "tours par minute"), "trs": ("tour", "tours"),
    "g/L": ("gramme par litre", "grammes par litre"), "g/l": ("gramme par litre",
    "grammes par litre"), "Go": ("gigaoctet", "gigaoctets"), "Mo": ("mégaoctet", "mégaoctets"),
    "Mb/s": ("mégabit par seconde", "mégabits par seconde"), "Mbit/s": ("mégabit par seconde",
    "mégabits par seconde"), "Mbps": ("mégabit par seconde", "mégabits par seconde"),
    "Gb/s": ("gigabit par seconde", "gigabits par seconde"), "Gbit/s": ("gigabit par seconde",
    "gigabits par seconde"), "Gbps": ("gigabit par seconde", "gigabits par seconde"),
    "Mo/s": ("mégaoctet par seconde", "mégaoctets par seconde"), "Hz": ("hertz", "hertz"),
    "kHz": ("kilohertz", "kilohertz"), "MHz": ("mégahertz", "mégahertz"),
    "GHz": ("gigahertz", "gigahertz"),
    "h": ("heure", "heures"), "min": ("minute", "minutes"), "mn": ("minute", "minutes"),
    "s": ("seconde", "secondes"), "sec": ("seconde", "secondes"), "ms": ("milliseconde",
    "millisecondes"), "j": ("jour", "jours"), "jrs": ("jour", "jours"),
    "sem": ("semaine", "semaines"), "mA": ("milliampère", "milliampères"), "lux": ("lux", "lux"),
    "bpm": ("battement par minute", "battements par minute"),
    "mmHg": ("millimètre de mercure", "millimètres de mercure"),
    "L/100 km": ("litre aux cent kilomètres", "litres aux cent kilomètres"),
    "L/100km": ("litre aux cent kilomètres", "litres aux cent kilomètres"),
    "l/100 km": ("litre aux cent kilomètres", "litres aux cent kilomètres"),
    "l/100km": ("litre aux cent kilomètres", "litres aux cent kilomètres"),
    "kWh/100 km": ("kilowattheure aux cent kilomètres", "kilowattheures aux cent kilomètres"),
    "kWh/100km": ("kilowattheure aux cent kilomètres", "kilowattheures aux cent kilomètres"),
    "kWc": ("kilowatt-crête", "kilowatts-crête"),
    "Wc": ("watt-crête", "watts-crête"), "nœuds": ("nœud", "nœuds"),
    "W/m²": ("watt par mètre carré", "watts par mètre carré"),
    "W/m2": ("watt par mètre carré", "watts par mètre carré"),
    "t": ("tonne", "tonnes"), "Ah": ("ampère-heure", "ampères-heures"),
    "ha": ("hectare", "hectares"), "hl": ("hectolitre", "hectolitres"),
    "hL": ("hectolitre", "hectolitres"), "dl": ("décilitre", "décilitres"),
    "dL": ("décilitre", "décilitres"), "cL": ("centilitre", "centilitres"),
    # A harvest's yield: `57,5 hl/ha`, `70 q/ha`, `8 t/ha`.
    "hl/ha": ("hectolitre par hectare", "hectolitres par hectare"),
    "hL/ha": ("hectolitre par hectare", "hectolitres par hectare"),
    "q/ha": ("quintal par hectare", "quintaux par hectare"),
    "t/ha": ("tonne par hectare", "tonnes par hectare"),
    "kg/ha": ("kilo par hectare", "kilos par hectare"),
    # A dose: `Lévothyrox 88 µg` (μ, the Greek letter, is unified to µ by pre_clean).
    "µg": ("microgramme", "microgrammes"), "mcg": ("microgramme", "microgrammes"),
    "µSv/h": ("microsievert par heure", "microsieverts par heure"),
    "µSv": ("microsievert", "microsieverts"), "Bq": ("becquerel", "becquerels"),
    "Bq/m³": ("becquerel par mètre cube", "becquerels par mètre cube"),
    "Bq/m3": ("becquerel par mètre cube", "becquerels par mètre cube"),
    "kVA": ("kilovoltampère", "kilovoltampères"), "kcal": ("kilocalorie", "kilocalories"),
}  # fmt: skip

#: `0,25 €/kWh`, `850 €/mois`: the unit after the slash, with the word French puts before it.
PER: Final = {
    "kWh": "le kilowattheure", "L": "le litre", "l": "le litre", "kg": "le kilo",
    "m²": "le mètre carré", "mois": "par mois", "an": "par an", "jour": "par jour",
    "j": "par jour", "semaine": "par semaine", "nuit": "la nuit", "h": "de l'heure",
    "heure": "de l'heure", "personne": "par personne", "pers": "par personne",
    "min": "par minute", "km": "par kilomètre",
}  # fmt: skip

#: Currencies by code, for pairs (EUR/USD) and exchange rates: name, plural.
CURRENCY_NAMES: Final = {
    "EUR": "euro", "USD": "dollar", "GBP": "livre", "JPY": "yen", "CHF": "franc suisse",
    "CAD": "dollar canadien", "AUD": "dollar australien", "CNY": "yuan", "KRW": "won",
    "MXN": "peso", "BTC": "bitcoin",
}  # fmt: skip

#: Acronyms French says as words (le Samu, le CAC quarante, la CAF).
SAID_AS_WORDS: Final = {
    w: w
    for w in ["SAMU", "SMUR", "SMIC", "CAC", "CAF", "PACS", "ATMO", "CROUS", "NAS", "LOSC",
              "INSA", "UNEF", "CNIL", "IBAN", "RIB", "BAC", "ZAC", "IFOP", "ENA", "STIB", "TEC",
              "ONEM"]
} | {
    "OUI": "oui", "NON": "non", "STOP": "stop",  # `répondez OUI`, `STOP au 36173`
    "CO": "C O",  # carbon monoxide, spelled even in a shouted ALERTE CO DANS LE GARAGE
}  # fmt: skip

#: Compass points after a wind: `vent de NO`, `Vent : SSE 20 km/h`.
COMPASS: Final = {
    "N": "nord",
    "NE": "nord-est",
    "E": "est",
    "SE": "sud-est",
    "S": "sud",
    "SO": "sud-ouest",
    "O": "ouest",
    "NO": "nord-ouest",
    "NNE": "nord-nord-est",
    "ENE": "est-nord-est",
    "ESE": "est-sud-est",
    "SSE": "sud-sud-est",
    "SSO": "sud-sud-ouest",
    "OSO": "ouest-sud-ouest",
    "ONO": "ouest-nord-ouest",
    "NNO": "nord-nord-ouest",
    "W": "ouest",
    "NW": "nord-ouest",
    "SW": "sud-ouest",
    "WSW": "ouest-sud-ouest",
    "WNW": "ouest-nord-ouest",
    "SSW": "sud-sud-ouest",
    "NNW": "nord-nord-ouest",
}

# Standards whose numbers are versions: `HDMI 2.1`, `Bluetooth 5.3`, `USB 3.2`.
TECH = (
    "HDMI|USB|Bluetooth|Wi-?Fi|Matter|Thread|Zigbee|Z-Wave|Linux|O S|HAOS|Python|"
    "DSM|ESPHome|API|SDK|MIUI|EMUI|One UI|HyperOS|Node"
)

#: Symbols left after the rules, read as words.
SYMBOLS = {"&": "et", "+": "plus", "@": "arobase", "=": "égale", "%": "pour cent",
           "€": "euros", "$": "dollars", "£": "livres", "¥": "yens", "₩": "wons",
           "~": "environ", "≈": "environ"}  # fmt: skip

#: Punctuation inside addresses and URLs.
ADDRESS = {".": "point", "/": "slash", "@": "arobase", "-": "tiret", "_": "tiret bas"}
