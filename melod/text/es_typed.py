"""Spanish shorthand typed in chats and shop notices: `10k`, `1,5 M€`, `55"`, `s. XXI`, `L-V`."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.es_numbers import card, digits, ordinal
from melod.text.es_tables import FRACTIONS, MONEY_CODES, UNITS
from melod.text.latin import Rule
from melod.text.latin import rule as _c

_THOUSANDS = {"k": 1_000, "K": 1_000, "M": 1_000_000, "mill.": 1_000_000, "mill": 1_000_000}
_MONEY_AFTER = r"(?= ?(?:€|\$|£|EUR\b|USD\b))"


def _scaled(m: re.Match[str]) -> str:
    """'10k' -> '10000', '1,5 M€' -> '1500000 €': the money and number rules read the rest."""
    whole, frac = m[1].replace(".", ""), m[2] or ""
    value = int(whole + frac) * _THOUSANDS[m[3]] // 10 ** len(frac)
    return str(value)


# A race is named by its kilometres: 'la carrera 10k' is 'diez K', not ten thousand.
_RACE_CTX = (
    r"(?i:\b(?:carreras?|corr(?:e|er|ido|í|o|iendo|emos|imos)|running|maratón|media|trail|"
    r"popular|dorsal|entreno|ritmo)\b)"
)


def _thousands(m: re.Match[str]) -> str:
    """'10k seguidores' -> ten thousand; in a race, '10k' stays a distance."""
    return m[0] if re.search(_RACE_CTX, m.string) else _scaled(m)


# Screens, wheels and pipes are measured in inches: '55"', '27 pulg.'.
_INCH_CTX = (
    r"(?i:\b(?:pantalla|tele|tv|televisor|televisión|monitor|tablet|tableta|móvil|portátil|"
    r"smart|ruedas?|llantas?|bici|pulgadas)\b)"
)


def _inches(m: re.Match[str]) -> str:
    odd_quote = m.string.count('"') % 2 and "''" not in m[0]
    if not (re.search(_INCH_CTX, m.string) or odd_quote):
        return m[0]
    return f"{m[1]} {'pulgada' if m[1] == '1' else 'pulgadas'}"


def _inch_fraction(m: re.Match[str]) -> str:
    """'broca de 1/4"' 'un cuarto de pulgada', 'tubo de 1/2"' 'media pulgada'."""
    a, b = int(m[1]), int(m[2])
    if not 0 < a < b or b not in FRACTIONS:
        return m[0]
    if (a, b) == (1, 2):
        return "media pulgada"
    return f"{card(a, 'm')} {FRACTIONS[b]}{'s' if a > 1 else ''} de pulgada"


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(text: str) -> int:
    values = [_ROMAN[ch] for ch in text]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def _century(m: re.Match[str]) -> str:
    """'s. XXI' / 'siglo XIX': centuries are said as cardinals ('siglo veintiuno')."""
    value = _roman(m[1])
    return f"siglo {card(value)}" if 0 < value <= 30 else m[0]


# After these 'N º' is a temperature ('Hace 25º'), not an ordinal; a minus always is.
_DEGREE_CUES = (
    r"(?i:\b(?:hace|hacía|temperatura|sensación|térmica|máxima|mínima|máx|mín|marca|marcaba|"
    r"alcanza|alcanzó|llegará|bajará|subirá|estamos|unos|agua|exterior|interior|fiebre)\.?,?:? )"
)


def _degrees(text: str) -> str:
    text = re.sub(rf"({_DEGREE_CUES}[-−]?\d{{1,2}}(?:[,.]\d)?) ?º(?!\w)", r"\1 °", text)
    # 'horno a 180º': after 'a' a number past the first few is a temperature.
    text = re.sub(r"(\ba (?:[1-9]\d{1,2}|[2-9]\d)) ?º(?!\w)", r"\1 °", text)
    return re.sub(r"((?<![\w)])[-−]\d{1,2}) ?º(?!\w)", r"\1 °", text)


_DAY_LETTERS = {"L": "lunes", "M": "martes", "X": "miércoles", "J": "jueves", "V": "viernes",
                "S": "sábado", "D": "domingo"}  # fmt: skip
_DAY_RANGE = r"\b([LMXJVSD]) ?(?:-|–|a) ?([LMXJVSD])\b"
# A lone day letter before opening hours: 'y S 10-13h', 'D cerrado'.
_LONE_DAY = r"(?<=[,;y] )([LMXJVSD])\b(?= \d| cerrado)"


def _day_range(m: re.Match[str]) -> str:
    text = f"{_DAY_LETTERS[m[1]]} a {_DAY_LETTERS[m[2]]}"
    return text if latin.prev_word(m) == "de" else "de " + text


_WEEKDAYS = "lunes|martes|miércoles|jueves|viernes|sábados?|domingos?"


def _days(text: str) -> str:
    """'L-V 9-14h y S 10-13h': day letters, only where hours follow the range."""
    text = re.sub(rf"(?i)\b({_WEEKDAYS}) ?[-–—] ?({_WEEKDAYS})\b", r"\1 a \2", text)
    if not re.search(_DAY_RANGE + r",?:? ?(?:de )?\d", text):
        return text
    text = re.sub(_DAY_RANGE, _day_range, text)
    return re.sub(_LONE_DAY, lambda m: _DAY_LETTERS[m[1]] + ("s" if m[1] in "SD" else ""), text)


# File extensions said as a word; the rest are spelled ('P D F', 'J P G').
_EXT_WORDS = {"zip": "zip", "docx": "doc equis", "xlsx": "excel", "html": "H T M L"}
_EXTENSIONS = "pdf|jpe?g|png|gif|heic|docx?|xlsx?|pptx?|zip|rar|mp3|mp4|mov|txt|csv|apk|html?"


def _file(m: re.Match[str]) -> str:
    """'informe_2024.pdf' -> 'informe 2024 punto P D F' (the digits are read later)."""
    ext = m[2].lower()
    said = _EXT_WORDS.get(ext) or latin.spell(re.sub(r"\d", lambda d: f" {d[0]} ", ext))
    return f"{m[1].replace('_', ' ')} punto {said}"


_COMPASS = {"N": "norte", "S": "sur", "E": "este", "O": "oeste", "W": "oeste",
            "NE": "nordeste", "NO": "noroeste", "NW": "noroeste", "SE": "sudeste",
            "SO": "suroeste", "SW": "suroeste"}  # fmt: skip
_WIND = r"(?i:viento|vientos|dir\.|dirección|componente|rachas)"


_RELEASE_CUES = r"(?:versión|version|Assistant|HA|Core|OS|Supervisor|firmware)"


def _release(m: re.Match[str]) -> str:
    """'2024.12' 'dos mil veinticuatro punto doce'; a product name before it is kept."""
    parts = [p for p in m.groups() if p]
    name = parts.pop(0) + " " if not parts[0].isdigit() else ""
    return name + " punto ".join(card(int(part)) for part in parts)


_LONE_UNITS = "kWh|km/h|km|kg|m²|m³|GB|MB|Mbps|kW"


# Shorthand of chats, which a voice would spell out letter by letter: 'xfa', 'tmb', 'salu2'.
_CHAT = {
    "xfa": "por favor", "xfavor": "por favor", "pls": "plis", "plz": "plis", "xq": "porque",
    "pq": "porque", "tmb": "también", "tmbn": "también", "tb": "también", "tbn": "también",
    "bn": "bien", "grax": "gracias", "grcs": "gracias", "msj": "mensaje", "tqm": "te quiero mucho",
    "bss": "besos", "bsos": "besos", "slds": "saludos", "salu2": "saludos", "xo": "pero",
    "cdo": "cuando", "ntp": "no te preocupes", "q": "que", "100pre": "siempre",
}  # fmt: skip


def _chat(m: re.Match[str]) -> str:
    """A chat word, its capital kept; 'xq' and 'q' asked ('¿xq no vienes?') are 'por qué', 'qué'."""
    said = _CHAT[m[0].lower()]
    asked = re.search(r"¿ ?$", m.string[: m.start()])
    said = {"porque": "por qué", "que": "qué"}.get(said, said) if asked else said
    return said[0].upper() + said[1:] if m[0][0].isupper() else said


RULES: list[Rule] = [
    # Lower case, or capitalised opening a sentence ('Xfa avísame'; 'fila Q' is a letter);
    # 'tb' after a number is terabytes ('2 tb').
    _c(
        rf"(?<![\w@./-])(?!(?<=\d )tb)(?:{'|'.join(_CHAT)}"
        rf"|(?:^|(?<=[.!?¡¿] )|(?<=[¡¿]))(?:{'|'.join(w.title() for w in _CHAT if len(w) > 1)}))"
        r"(?![\w@/-])",
        _chat,
    ),
    _c(r"(?<![\w.,])(\d{1,3})(?:[,.](\d{1,2}))?(k)\b", _thousands),  # '3,5k', '3.5k'
    # '$2.5M', 'USD 1,2 M': a sign before the amount and its scale.
    _c(
        rf"(?:(?<=[$€£])|(?<=[$€£] )|(?<=\b(?:{MONEY_CODES}) ))"
        r"(\d{1,3})(?:[,.](\d{1,2}))? ?([kKM])\b",
        _scaled,
    ),
    _c(
        rf"(?<![\w.,])(\d{{1,3}}(?:\.\d{{3}})*)(?:,(\d{{1,2}}))? ?([kKM]|mill\.?){_MONEY_AFTER}",
        _scaled,
    ),
    # 'Home Assistant 2024.12': a release named by year and month ('2024.12.25' is a date,
    # unless a product or 'versión' comes before it).
    _c(r"(?<![\w.,])(20\d\d)\.(1[0-2]|[1-9])(?![\w.,]\d|\w| ?[%°€$£]| ?\w+/)", _release),
    _c(rf"\b({_RELEASE_CUES}) (20\d\d)\.(1[0-2]|[1-9])\.(\d{{1,2}})(?![\w.,]\d|\w)", _release),
    # '22 ºC → 19 ºC', '0→80 %': an arrow between values is 'a'.
    _c(r" ?(?:→|->|⟶|➡️?) ?(?=[-−]?\d)", lambda m: " a "),
    # 'el 3T', '2T 2024': a quarter of the year.
    _c(
        # With a year after it is es_sport's ('segundo trimestre de dos mil veinticuatro').
        r"(?<![\w.,])([1-4])T(?=\b(?! ?[-/]| ?(?:19|20)\d\d\b))",
        lambda m: (
            f"{ordinal(int(m[1]), 'm')} trimestre"
            if re.search(
                r"\b(?:el|del|en|al|primer|segundo|tercer|cuarto|durante) $", m.string[: m.start()]
            )
            else m[0]
        ),
    ),
    # '2700 K': a colour temperature in kelvin (a '4K' screen stays).
    _c(r"(?<![\w.,])(\d\.?\d{3}) ?K\b", lambda m: m[1] + " kelvin"),
    # 'Tensión 13/8': blood pressure in centimetres of mercury, 'trece ocho'.
    _c(
        r"(?i:\b((?:tensión|presión arterial|TA)\b:? ))(\d{1,2})/(\d{1,2})(?![\w/])",
        lambda m: f"{m[1]}{card(int(m[2]))} {card(int(m[3]))}",
    ),
    _c(r"(?<![\w.,/])(\d)/(\d{1,2}) ?(?:''|[\"″”]|pulg\.)(?!\w)", _inch_fraction),
    _c(r"(?<![\w.,])(\d{1,3}(?:,\d)?) ?(?:''|[\"″”]|pulg\.)(?!\w)", _inches),
    _c(r"\b(?:[Ss]\.|[Ss]iglo|[Ss]ig\.) ?([IVXL]{1,6})\b", _century),
    # 'XV años', 'fiesta de XV': an age or anniversary in Roman figures is a cardinal.
    _c(
        r"\b((?:de|mis|sus|los) )?([IVXL]{2,6})\b(?= años\b)|\b((?:de|mis|sus|los) )XV\b",
        lambda m: (
            (m[1] or m[3] or "") + card(_roman(m[2] or "XV")) if _roman(m[2] or "XV") > 0 else m[0]
        ),
    ),
    _c(r"\b(?:ok|Ok|OK)\b(?![.@/]\w)", lambda m: "okey"),
    _c(rf"\b([\w-]+)\.({_EXTENSIONS})\b", _file),
    # 'N-II', 'A-IV': the old radial roads are numbered in Roman figures, said as cardinals.
    _c(
        r"\b(N|A|AP|E)-([IVX]{1,4})\b",
        lambda m: f"{m[1]} {card(_roman(m[2]))}" if _roman(m[2]) else m[0],
    ),
    # '20 km/h NE': a compass point after a wind speed.
    _c(
        rf"(km/h|Km/h|m/s|nudos|kt) ({'|'.join(_COMPASS)})\b(?![-'])",
        lambda m: f"{m[1]} {_COMPASS[m[2]]}",
    ),
    # 'Viento del NO', 'dir. SE': compass points after a wind word.
    _c(
        rf"\b({_WIND}(?: del?)?:? )({'|'.join(_COMPASS)})\b(?![-'])",
        lambda m: ("dirección " if m[1].lower() == "dir. " else m[1]) + _COMPASS[m[2]],
    ),
    # '85 granos/m³': a count per unit of space is 'por' (prices keep 'el metro cúbico').
    _c(
        r"(?<=[a-záéíóúñ]{3})(?<!euros)(?<!pesos)(?<!dólares)(?<!céntimos)/(m³|m²|km|kg)(?![\w/²³])",
        lambda m: " por " + UNITS[m[1]][0],
    ),
    # 'pesos por kWh', 'cada km': a unit named alone after a word that counts by it.
    _c(rf"\b((?i:por|cada|el|al|la) )({_LONE_UNITS})(?![\w/²³])", lambda m: m[1] + UNITS[m[2]][0]),
    # '205/55 R16': a tyre, width, profile and rim, said as plain numbers.
    _c(
        r"\b(\d{3})/(\d{2}) ?R ?(\d{2})\b",
        lambda m: f"{card(int(m[1]))} {card(int(m[2]))} R {card(int(m[3]))}",
    ),
    # '5W-30': an oil grade.
    _c(r"\b(\d{1,2})W-(\d{2})\b", lambda m: f"{card(int(m[1]))} W {card(int(m[2]))}"),
    # '2.0TD': a tariff or model with a dotted number glued to its letters.
    _c(
        r"(?<![\w.,])(\d)\.(\d)(?=[A-Z]{1,3}\b)",
        lambda m: f"{card(int(m[1]))} punto {card(int(m[2]))} ",
    ),
    # 'aula 1.05': a room numbered by floor and door.
    _c(
        r"(?i:\b(aula|sala|despacho|laboratorio|módulo|habitación) )(\d)\.(\d{2})\b(?![.,]\d)",
        lambda m: (
            f"{m[1]} {card(int(m[2]))} punto "
            + (digits(m[3]) if m[3][0] == "0" else card(int(m[3])))
        ),
    ),
    # '24/7', '24x7': open all the time.
    _c(r"(?<![\w/.,])24 ?[/x×] ?7(?![\w/])", lambda m: "veinticuatro siete"),
]


def expand(text: str) -> str:
    """Day letters first (they need the whole message), then the rules above."""
    return latin.apply(_degrees(_days(text)), RULES)
