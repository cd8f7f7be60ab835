"""English shapes from mixed messages: `2-4 Dec`, `6/2025`, `60/40`, `30-yr`, `3rd fl`,
`16GB/512GB`, `13"`, `#14-#15`, `1Z 999 AA1 ...`, `AP3A.241105.007`, `by Jun`."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.en_tables import DIGIT_NAMES, MONTH_RE, MONTHS, PER
from melod.text.en_words import (
    card,
    hundred_hours,
    keep_dot,
    ordinal,
    pairs,
    say_year,
    version_part,
)
from melod.text.latin import Rule, rule

_MONTH_CUES = "by|in|until|till|since|from|before|after|of|next|last|this|early|mid|late|end"


def _month(name: str) -> str:
    return next(m for m in MONTHS if m.startswith(name[:3]))


def _spell(chars: str) -> str:
    return " ".join(DIGIT_NAMES[int(c)] if c.isdigit() else c for c in chars)


_SECRET = re.compile(r"(?i)\b(?:password|passcode|pass|pw|pwd|wi-?fi|login|user(?:name)?|code)\b")


def _glued_digits(m: re.Match[str]) -> str:
    name = re.search(r"(?<![\w'])[A-Z][a-z]+$", m.string[: m.start()])
    # Health811, Life311: an N11 service number stays digit by digit (eight one one).
    if name and len(m[1]) == 3 and not m[1].endswith("11") and not _SECRET.search(m.string):
        return " " + pairs(int(m[1]))
    return " " + _spell(m[1])


def _day_range(m: re.Match[str]) -> str:
    """`2-4 Dec` 'the second to the fourth of December'."""
    a, b = int(m[1]), int(m[2])
    if not (1 <= a <= 31 and 1 <= b <= 31):
        return m[0]
    return f"the {ordinal(a)} to the {ordinal(b)} of {_month(m[3])}"


def _month_year(m: re.Match[str]) -> str:
    month = int(m[1])
    return f"{MONTHS[month - 1]} {say_year(int(m[2]))}" if 1 <= month <= 12 else m[0]


def _split(m: re.Match[str]) -> str:
    """`60/40`: a split of a hundred, 'sixty forty'."""
    a, b = int(m[1]), int(m[2])
    if a + b != 100 or a % 5 or a == b:
        return m[0]
    return f"{card(a)} {card(b)}"


def _inch_mark(m: re.Match[str]) -> str:
    """`13"` after a model name 'thirteen inch'; `(rain 0.6")` 'zero point six inches'."""
    if len(re.findall(r'(?<![\d.])"', m.string[: m.start()])) % 2:
        return m[0]  # closes a quotation
    model = re.search(r"\b(?:[A-Z]{2,}|\w*\d\w*) $", m.string[: m.start()])
    return f"{m[1]} {'inch' if model or m[1] == '1' else 'inches'}"


_ROAD_CTX = re.compile(
    r"(?i)\b(?:traffic|freeway|fwy|highway|exit|lanes?|accident|jam|crash|delays?|drive|"
    r"roads?|icy|detours?|construction|wreck|ramp|backed up|closures?|slow)\b"
)
_GRADE_CTX = re.compile(r"(?i)\b(?:grade[ds]?|got an?|scored|report|mark|rating)\b")


# Road names before a number: Texas farm, ranch and state roads, county roads, loops.
_ROADS = (
    "Highway|Route|Interstate|I|US|SR|SH|FM|RM|CR|Loop|Spur|State Highway|County Road|"
    "Farm Road|Ranch Road"
)


def _road(m: re.Match[str]) -> str:
    """`the 405`, `Highway 101`: a road number in pairs, 'four oh five'."""
    if m[1].lower() in ("the ", "on ") and not _ROAD_CTX.search(m.string):
        return m[0]
    return m[1] + pairs(int(m[2]))


def _grade(m: re.Match[str]) -> str:
    if not _GRADE_CTX.search(m.string):
        return m[0]
    return f"{m[1]} {'plus' if m[2] == '+' else 'minus'}"


def _military(m: re.Match[str]) -> str:
    """`0900 hrs` 'oh nine hundred hours', `curfew 2200` 'twenty-two hundred'."""
    return m[1] + hundred_hours(m[2] + m[3]) + (" hours" if m[4] else "")


# What a bare `in` sizes: `65 in TV`, `8 in round` (a cake; `2 in round 3` is the preposition).
_INCH_NOUNS = (
    r"TV|screen|monitor|display|laptop|tablet|pizzas?|pan|wheels?|rims?|tires?|round(?! \d| of)|"
    r"square|springform|cake|skillet|tart|pie|sub|hoagie|ramekins?|tortillas?"
)


# `the Ch. 7 quiz`, `read ch. 3`: schoolwork around it makes `Ch.` a chapter.
_CHAPTER_CTX = re.compile(
    r"(?i)\b(?:quiz|test|exam|homework|reading|read|worksheet|notes|textbook|book|study|review)\b"
)


def _channel(m: re.Match[str]) -> str:
    n = int(m[2])
    near = m.string[max(0, m.start() - 20) : m.end() + 20]
    if m[1].lower() == "ch" and _CHAPTER_CTX.search(near):
        return ("Chapter " if m[1][0] == "C" else "chapter ") + card(n)
    return "channel " + (pairs(n) if n >= 100 else card(n))


def _plural(word: str) -> str:
    return word + ("es" if word.endswith("x") else "s")


_PRODUCTS = (
    "Python|Node|Java|PHP|Ruby|Go|Rust|Android|iOS|I O S|macOS|Windows|Bluetooth|Matter|Zigbee|"
    "Thread|USB|HDMI|wifi|Wi-Fi|[Vv]ersion|[Ff]irmware|[Rr]elease|[Uu]pdate|Chrome|Firefox|Safari"
)
_POINTS = {"N": "North", "S": "South", "E": "East", "W": "West"}


def _road_dir(m: re.Match[str]) -> str:
    if not _ROAD_CTX.search(m.string):
        return m[0]
    return f"{pairs(int(m[1]))} {_POINTS[m[2]]}"


def _build_part(m: re.Match[str]) -> str:
    token = re.search(r"\S*$", m.string[: m.start()])
    if not token or not re.search("[A-Z]", token[0]):
        return m[0]
    return " dot " + _spell(m[1])


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_RE = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_REGNAL = (
    "Henry|Elizabeth|Charles|George|Louis|Edward|William|James|Richard|Mary|Anne|Victoria|"
    "John|Paul|Benedict|Leo|Pius|Gregory|Innocent|Philip|Frederick|Ludwig|Napoleon|Constantine"
)
_SERIES = "War|Part|Chapter|Volume|Vol|Act|Phase|Stage|Level|Round|Type|Class|Bowl|Episode|Season"


def _roman(text: str) -> int:
    values = [_ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _regnal(m: re.Match[str]) -> str:
    """`Henry VIII` 'Henry the Eighth', `World War II` 'World War Two'."""
    n = _roman(m[2])
    if not n or (len(m[2]) == 1 and m[1].rstrip() in _SERIES.split("|")[1:]):
        return m[0]
    if m[1].rstrip() in _SERIES.split("|"):
        said = card(n)
        return m[1] + (said if m[1].startswith("Bowl") else said.capitalize())
    return f"{m[1]}the {ordinal(n).capitalize()}"


def _years(m: re.Match[str]) -> str:
    """`2024-25` 'twenty twenty-four to twenty-five', `2023-2024` both years in full."""
    a, b = int(m[1]), int(m[2])
    if len(m[2]) == 2:
        return f"{say_year(a)} to {card(b)}" if b == (a + 1) % 100 else m[0]
    return f"{say_year(a)} to {say_year(b)}" if 0 < b - a < 50 else m[0]


#: Before the date rules of `en`.
def v_number(m: re.Match[str]) -> str:
    """`v2.1` 'version two point one'; `Dyson V15`, after a brand, is a model, 'V fifteen'."""
    brand = re.search(r"\b[A-Z][a-z]+ $", m.string[: m.start()])
    if m[0][0] == "V" and "." not in m[1] and brand and latin.prev_word(m) not in _VERSION_WORDS:
        return f"V {card(int(m[1]))}"
    head, *rest = m[1].split(".")
    return "version " + " point ".join([card(int(head)), *map(version_part, rest)])


_VERSION_WORDS = latin.wordset("firmware version update app software release build os")


DATE_RULES: list[Rule] = [
    rule(r"\b((?:19|20)\d\d) ?[-–] ?((?:19|20)?\d\d)\b(?![-–/.]\d)", _years),
    # `4-8-1-5`: a code of single digits.
    rule(r"(?<![\w.-])\d(?:-\d){2,}(?![\w-])", lambda m: _spell(m[0].replace("-", ""))),
    rule(r"\b(Q[1-4]|H[12]|FY) ?((?:19|20)\d\d)\b", lambda m: f"{m[1]} {say_year(int(m[2]))}"),
    rule(
        rf"(?<![\w.,])(\d{{1,2}})(?:st|nd|rd|th)? ?[-–] ?(\d{{1,2}})(?:st|nd|rd|th)? "
        rf"({MONTH_RE})\b\.?",
        _day_range,
    ),
    rule(r"(?<![\w/.,])(\d{1,2})/((?:19|20)\d\d)\b(?![/.,]\d)", _month_year),
    rule(
        rf"\b({_MONTH_CUES}) (Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?! ?\d)",
        lambda m: keep_dot(m, f"{m[1]} {_month(m[2])}"),
    ),
    # `Nov electricity usage`, `Oct.`: a short month name that is no word or name is that
    # month anywhere; `Jan`, `Mar`, `Jun`, `Jul` only before a report's noun.
    rule(
        r"\b(?:(Feb|Apr|Aug|Sept?|Oct|Nov|Dec)\b\.?|(Jan|Mar|Jun|Jul)\b\.?(?= (?:bill|usage|"
        r"statement|rent|payment|report|total|summary|stats|electricity|energy|water|gas|sales|"
        r"budget)\b))(?! ?\d)(?![\w'-])",
        lambda m: keep_dot(m, _month(m[1] or m[2])),
    ),
]

RULES: list[Rule] = [
    # `stuck on the 417,`, `take the 405 north`, `on 407 ETR`: a highway by its number, said
    # in pairs.
    rule(
        r"(?i:\b(on|take|taking|took|via|onto|off|from|down|up|along) (the )?)([1-9]\d[1-9])"
        r"(?=(?<=the \d{3})(?:[,.;!?)]|$| (?:north|south|east|west)(?:bound)?\b"
        r"| (?:at|near|past|exit|ramp|again|tonight|today|this|is|was)\b)"
        r"| (?:ETR|HOV|[Ee]xpress(?:way)?|[Tt]oll ?[Rr]oad)\b)",
        lambda m: f"{m[1]} {m[2] or ''}{pairs(int(m[3]))}",
    ),
    rule(r"(?<![\w/.,])(\d{2})/(\d{2})(?![\w/]|[.,]\d)", _split),
    rule(r"(?<![\w/.,])20/20(?![\w/]|[.,]\d)", lambda m: "twenty-twenty"),
    rule(rf"\b((?:{_REGNAL}|{_SERIES}) )({_ROMAN_RE})\b(?![\w'-])", _regnal),
    # `Artemis II`, `Rocky III`: a sequel or a mission, 'Artemis Two'.
    rule(
        r"\b([A-Z][a-z]+ )(II|III|IV|VI|VII|VIII|IX)\b(?![\w'-])",
        lambda m: m[1] + card(_roman(m[2])).capitalize(),
    ),
    rule(r"\b([Dd]ew) pt\b\.?", lambda m: f"{m[1]} point"),
    # `+227K in Nov`: a change in thousands.
    rule(
        r"(?<=[+−-])(\d+(?:\.\d+)?)K\b(?= (?:in|from|to|of|last|this|jobs)\b)",
        lambda m: f"{m[1]} thousand",
    ),
    rule(r"\b([Cc]h(?:annel)?|CH)\.? (\d{1,4})\b(?![.,]\d)", _channel),
    rule(
        rf"(?<![\w.])(\d{{1,3}}(?:\.\d)?) ?-?in\.?(?= (?:{_INCH_NOUNS})\b)",
        lambda m: f"{m[1]} inch",
    ),
    # `2x4s`: lumber, 'two by fours'.
    rule(r"(?<![\w.])([1-9])x(4|6|8|10|12)s\b", lambda m: f"{m[1]} by {_plural(card(int(m[2])))}"),
    rule(r"\b([Bb]ank) hols?\b\.?", lambda m: f"{m[1]} holiday"),
    # `24.86p per kWh`: pence.
    rule(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)p\b(?= (?:per|each|a|an)\b|/)", lambda m: f"{m[1]} pence"),
    # `unleaded at 189.9c`, `E10 174.5c/L`: a fuel price in cents a litre.
    rule(
        r"(?i:\b(?:unleaded|diesel|petrol|fuel|gas|E10|U91|U95|U98|ULP|premium)\b[^.!?\d]{0,20})"
        r"(?<![\w.])(\d{2,3}(?:\.\d)?)c\b(?=/|\s|[,.!?]|$)",
        lambda m: m[0][: m.start(1) - m.start()] + f"{m[1]} cents",
    ),
    rule(rf"\bper ({'|'.join(map(re.escape, PER))})\b(?!/)", lambda m: f"per {PER[m[1]]}"),
    # `Arsenal v Spurs`: a fixture.
    rule(r"\b([A-Z][\w.']*) v\.? (?=[A-Z])", lambda m: f"{m[1]} versus "),
    # `NHS 111`, `call 311`: service numbers, digit by digit.
    rule(
        r"(?i)\b(NHS|ring|call|dial|text|phone) ([2-9]11|111|101|988)\b",
        lambda m: f"{m[1]} {_spell(m[2])}",
    ),
    # `via I-5 S (usual 22)`: a named road and its direction.
    rule(
        # `I-95 N backed up`, `I-80 EB closed`: any lower-case word may follow.
        r"\b((?:I|US|SR|Hwy|Highway|Route|Interstate) \d{1,3}) ([NSEW])(B?)\b(?=[,:;.)]| \(|$"
        r"| [a-z])",
        lambda m: f"{m[1]} {_POINTS[m[2]].lower() + 'bound' if m[3] else _POINTS[m[2]]}",
    ),
    # `401 W: 25 min delay`: a road and its direction.
    rule(
        r"\b([1-9]\d{2}) ([NSEW])B?\b(?=[,:;.)]| (?:near|at|exit|between|before|after)\b)",
        _road_dir,
    ),
    # `Python 3.12`, `USB 3.2`: a version after a product or standard, 'three point twelve'.
    rule(
        rf"\b((?:{_PRODUCTS}) )(\d+)\.(\d{{2}})\b(?![.,]\d)",
        lambda m: f"{m[1]}{card(int(m[2]))} point {version_part(m[3])}",
    ),
    # `homeassistant.local:8123` (its name already read): the port after a colon.
    rule(r"(\bdot [a-z]{2,8}):(\d{2,5})\b", lambda m: f"{m[1]} colon {_spell(m[2])}"),
    # `401(k)`: the retirement plans, read as people say them.
    rule(r"\b(401|403|457|529)\(?([kb])\)?", lambda m: f"{pairs(int(m[1]))} {m[2].upper()}"),
    # `our 529 plan`: the college savings plan, named by its section too.
    rule(
        r"\b529(?= (?:college )?(?:plans?|accounts?|savings|funds?|contributions?)\b)",
        lambda m: pairs(529),
    ),
    # `Boeing 737`, `F-150` (already `F 150`): model numbers in pairs.
    rule(r"\b(Boeing |[A-Z] )([1-9]\d{2})\b(?![.,]\d| ?%)", lambda m: m[1] + pairs(int(m[2]))),
    # Military times: with `hrs`, with a leading zero after a clock word, or after `curfew`.
    rule(
        r"(?i)((?:\b(?:at|by|until|from|curfew|before|after) )?)\b([01]\d|2[0-3])([0-5]\d)"
        r"(?:( ?(?:hrs|hours)\b)|(?=[\s.,;)!]|$))",
        lambda m: _military(m) if m[4] or (m[1] and (m[2][0] == "0" or "urfew" in m[1])) else m[0],
    ),
    rule(rf"\b((?i:the |on )|(?:{_ROADS}) )([1-9]\d{{2}})\b(?![.,]\d)", _road),
    # `FM 1431`, `Loop 1604`, `County Road 4120`: a four-digit road number, in pairs too.
    rule(rf"\b((?:{_ROADS}) )([1-9]\d{{3}})\b(?![.,]\d)", _road),
    # `A-`, `B+`: a school grade.
    rule(r"\b([A-D])([+-])(?=[\s,.;)]|$)", _grade),
    # `Sunny2024`, `pass123`: digits glued to a word are read one by one; three after a
    # capitalised name are a brand's or a product's (`Life360`, `Xbox360`, `Bose700`).
    rule(r"(?<=[a-z]{2})(\d{3,})\b", _glued_digits),
    rule(r"(?<=\d)(st|nd|rd|th) fl(?:r|oor)?\b\.?", lambda m: keep_dot(m, f"{m[1]} floor")),
    # `16GB/512GB`: two sizes side by side.
    rule(r"(?<=\d)(GB|MB|TB|kB)/(?=\d)", lambda m: f"{m[1]}, "),
    rule(r"(?<![\w.'\"])(\d{1,3}(?:\.\d{1,2})?)(?:\"|”|″)(?!\w)", _inch_mark),
    # UPS tracking numbers, however they are spaced.
    rule(
        r"\b1Z(?: ?[A-Z0-9]){16}\b",
        lambda m: ", ".join(_spell(g) for g in m[0].split()),
    ),
    # `AP3A.241105.007`: a build number, its dots read 'dot'.
    rule(r"(?<=[A-Z0-9])\.(\d{3,})\b", _build_part),
]
