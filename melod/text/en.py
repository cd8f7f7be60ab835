"""English: numbers, money, dates, times, units and abbreviations as an American reads them."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.en_tables import CURRENCY_NAMES, PER, UNITS
from melod.text.latin import Num, Rule

VERSION = "1"
DIGIT_NAMES: tuple[str, ...] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
)  # fmt: skip

_N = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,]\d)"
_SN = rf"(?:(?<![\w)])[-−])?{_N}"
_MONTHS = latin.wordlist(
    "January February March April May June July August September October November December"
)
_MONTH_RE = "|".join([*_MONTHS, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
                      "Oct", "Nov", "Dec"])  # fmt: skip
_DAYS = {"Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
         "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
         "Sat": "Saturday", "Sun": "Sunday"}  # fmt: skip

_UNITS = UNITS
_UNIT_RE = rf"(?:{latin.alternation(_UNITS)})(?![\w/])"
_CURRENCY = {"$": ("dollar", "dollars", "cent", "cents"), "€": ("euro", "euros", "cent", "cents"),
             "£": ("pound", "pounds", "penny", "pence"), "¥": ("yen", "yen", "", ""),
             "₩": ("won", "won", "", "")}  # fmt: skip
_CODES = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩"}
_SCALES = {"k": "thousand", "K": "thousand", "M": "million", "bn": "billion", "B": "billion"}
_SCORE_CTX = (r"(?i:\b(?:scored?|scores|won|wins?|beat|beats|lost|lose|loses|leads?|led|"
              r"match|game|final|defeated|drew|tied?|vs\.?|versus)\b)")  # fmt: skip
_KEEP = {"OK": "okay", "HVAC": "H vac", "JPEG": "J peg", "ASAP": "A S A P"}
_SYMBOLS = {"&": "and", "+": "plus", "@": "at", "=": "equals", "%": "percent",
            "€": "euros", "$": "dollars", "£": "pounds", "¥": "yen", "₩": "won"}  # fmt: skip
_ADDRESS = {".": "dot", "/": "slash", "@": "at", "-": "dash", "_": "underscore"}


def _clean(text: str) -> str:
    # American reading: no commas inside numbers, no "and" after hundreds.
    return text.replace(",", "").replace(" and ", " ")


def _card(n: int) -> str:
    return _clean(latin.words(n, "en", DIGIT_NAMES))


def _ordinal(n: int) -> str:
    return _clean(latin.words(n, "en", DIGIT_NAMES, "ordinal"))


def _year(n: int) -> str:
    if 1100 <= n <= 2099:
        return _clean(latin.words(n, "en", DIGIT_NAMES, "year"))
    return _card(n)


def _parse(text: str) -> Num:
    return latin.parse(text, ".", ",")


def _num(num: Num) -> str:
    text = _card(num.value)
    if num.frac:
        text += " point " + latin.spell_digits(num.frac, DIGIT_NAMES)
    return "minus " + text if num.neg else text


def _unit(num: Num, unit: str) -> str:
    one, many = _UNITS[unit]
    return one if num.is_one else many


def _money(num: Num, sym: str, scale: str = "") -> str:
    one, many, cent, cents = _CURRENCY[_CODES.get(sym, sym)]
    if scale:
        return f"{_num(num)} {_SCALES.get(scale, scale)} {many}"
    if not cent or len(num.frac) > 2:
        return f"{_num(num)} {one if num.is_one else many}"
    sub = int(num.frac.ljust(2, "0")) if num.frac else 0
    parts = []
    if num.value or not sub:
        parts.append(f"{_card(num.value)} {one if num.value == 1 else many}")
    if sub:
        parts.append(f"{_card(sub)} {cent if sub == 1 else cents}")
    return ("minus " if num.neg else "") + " and ".join(parts)


def _date(month: int, day: int, year: str | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    text = f"{_MONTHS[month - 1]} {_ordinal(day)}"
    if year:
        text += f", {_year(int(year) + (2000 if len(year) == 2 else 0))}"
    return text


def _month(name: str) -> int:
    return next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(name[:3]))


def _clock(h: int, mm: int) -> str:
    if mm == 0:
        return _card(h)
    return f"{_card(h)} {'oh ' if mm < 10 else ''}{_card(mm)}"


def _time24(m: re.Match[str]) -> str:
    h, mm = int(m.group(1)), int(m.group(2))
    if h == 0:
        return "midnight" if mm == 0 else f"twelve {_card(mm)} a m"
    if mm == 0:
        return f"{_card(h)} o'clock" if h <= 12 else f"{_card(h)} hundred"
    return _clock(h, mm)


def _time12(m: re.Match[str]) -> str:
    text = f"{_clock(int(m.group(1)), int(m.group(2) or 0))} {m.group(3).lower()} m"
    return latin.keep_dot(m, text)


def _fraction(a: int, b: int) -> str:
    if b == 2:
        name = "half" if a == 1 else "halves"
    elif b == 4:
        name = "quarter" if a == 1 else "quarters"
    else:
        name = _ordinal(b) + ("s" if a > 1 else "")
    return f"{_card(a)} {name}"


def _slash(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    if 0 < a < b <= 16:
        return _fraction(a, b)
    if (a, b) == (24, 7):
        return "twenty-four seven"
    return _date(a, b, None) or f"{_card(a)} slash {_card(b)}"


def _mixed(m: re.Match[str]) -> str:
    a, b = int(m.group(2)), int(m.group(3))
    if not 0 < a < b:
        return m.group(0)
    frac = _fraction(a, b).replace("one ", "a ", 1) if a == 1 else _fraction(a, b)
    return f"{_card(int(m.group(1)))} and {frac}"


def _phone(m: re.Match[str]) -> str:
    groups = [latin.spell_digits(g, DIGIT_NAMES) for g in re.findall(r"\d+", m.group(0))]
    if m.group(0).startswith("+"):
        groups[0] = "plus " + groups[0]
    return ", ".join(groups)


def _street(m: re.Match[str]) -> str:
    kind = m.group(1)
    before = m.string[: m.start()].rstrip()
    after_name = bool(re.search(r"[A-Z][\w']*$", before)) and not re.search(r"[.!?]$", before)
    if not after_name and re.match(r" [A-Z]", m.string[m.end() :]):
        return "Saint" if kind == "St" else "Doctor"
    return latin.keep_dot(m, "Street" if kind == "St" else "Drive")


def _abbrev(word: str) -> latin.Handler:
    return lambda m: word + ("." if latin.sentence_end(m) else "")


def _c(pattern: str, handler: latin.Handler) -> Rule:
    return (re.compile(pattern), handler)


_RULES: list[Rule] = [
    _c(r"\b[Ww]i-?[Ff]i\b", lambda m: "wifi"),
    _c(r"\bMr\.?(?= [A-Z])", lambda m: "Mister"),
    _c(r"\bMrs\.?(?= [A-Z])", lambda m: "Missus"),
    _c(r"\bMs\.?(?= [A-Z])", lambda m: "Miz"),
    _c(r"\b(St|Dr)\b\.?", _street),
    _c(r"\betc\.", _abbrev("et cetera")),
    _c(r"\be\.g\.", lambda m: "for example"),
    _c(r"\bi\.e\.", lambda m: "that is"),
    _c(r"\bvs\.?(?!\w)", lambda m: "versus"),
    _c(r"\bapprox\.", lambda m: "approximately"),
    _c(r"\bAve\.", _abbrev("Avenue")),
    _c(r"\bRd\.", _abbrev("Road")),
    _c(r"\bBlvd\.", _abbrev("Boulevard")),
    _c(r"\bApt\.", lambda m: "Apartment"),
    _c(rf"\b[Nn]o\.\s?{latin.MARK}?(?=\d)", lambda m: "number "),
    # Codes are read character by character: tracking numbers, serials, one-time codes.
    _c(
        r"(?<![\w.])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}(?![\w.])",
        lambda m: " ".join(DIGIT_NAMES[int(c)] if c.isdigit() else c for c in m[0]),
    ),
    _c(
        r"(?i)\b(code|pin|otp|passcode|password)(:| is:?) ?(\d{3,})\b",
        lambda m: f"{m[1]}{m[2]} " + latin.spell_digits(m[3], DIGIT_NAMES),
    ),
    _c(r"(?<![\d.,])\d{8,}(?![\d.,])", lambda m: latin.spell_digits(m[0], DIGIT_NAMES)),
    _c(r"#\s?(\d{1,3})\b", lambda m: f"number {_card(int(m.group(1)))}"),
    _c(r"#\s?(\d+)", lambda m: "number " + latin.spell_digits(m.group(1), DIGIT_NAMES)),
    _c(r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\w)", _phone),
    _c(r"(?i)(?<=\b(?:call|dial) )\d{3}\b", lambda m: latin.spell_digits(m[0], DIGIT_NAMES)),
    _c(
        r"\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b",
        lambda m: _date(int(m[2]), int(m[3]), m[1]) or m[0],
    ),
    _c(
        r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b",
        lambda m: (
            (
                _date(int(m[2]), int(m[1]), m[3])
                if int(m[1]) > 12
                else _date(int(m[1]), int(m[2]), m[3])
            )
            or m[0]
        ),
    ),
    _c(rf"\b({'|'.join(_DAYS)})\b\.?(?=,? (?:{_MONTH_RE}|\d))", lambda m: _DAYS[m[1]]),
    _c(
        rf"\b({_MONTH_RE})\.? {latin.MARK}?(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}})\b)?",
        lambda m: _date(_month(m[1]), int(m[2]), m[3]) or m[0],
    ),
    _c(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})\b(?:,? (\d{{4}})\b)?",
        lambda m: (
            f"the {_ordinal(int(m[1]))} of {_MONTHS[_month(m[2]) - 1]}"
            + (f", {_year(int(m[3]))}" if m[3] else "")
        ),
    ),
    _c(
        r"(?i)\b(in|since|from|until|till|by|of|year|before|after|during|around) "
        r"(1[1-9]\d\d|20\d\d)\b(?![.,]\d)",
        lambda m: f"{m[1]} {_year(int(m[2]))}",
    ),
    _c(r"\b(1[1-9]\d0|20\d0)s\b", lambda m: re.sub("y$", "ie", _year(int(m[1]))) + "s"),
    _c(r"\b(\d{1,2})(?::(\d{2}))? ?([AaPp])\.? ?[Mm]\b\.?", _time12),
    _c(
        rf"({_SCORE_CTX}[^.!?\d]{{0,40}}?)(?<![\d.])(\d{{1,3}}) ?[-:] ?(\d{{1,3}})(?![\d:])",
        lambda m: f"{m[1]}{_card(int(m[2]))} to {_card(int(m[3]))}",
    ),
    _c(
        rf"(?<![\d.:])(\d{{1,3}})[-:](\d{{1,3}})(?![\d:])(?=[^.!?\d]{{0,25}}{_SCORE_CTX})",
        lambda m: f"{_card(int(m[1]))} to {_card(int(m[2]))}",
    ),
    _c(
        r"(?<![\d.:])(\d{1,2}):(\d)(?![\d:])", lambda m: f"{_card(int(m[1]))} to {_card(int(m[2]))}"
    ),
    _c(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])", _time24),
    _c(
        r"([$€£¥₩])(\d+) ?[-–] ?\1?(\d+)\b",
        lambda m: f"{_card(int(m[2]))} to {_money(_parse(m[3]), m[1])}",
    ),
    _c(
        rf"(?:([-−])(?=[$€£¥₩]))?([$€£¥₩]) ?({_N})(?: ?(million|billion|thousand|k|M|bn)\b)?",
        lambda m: _money(_parse((m[1] or "") + m[3]), m[2], m[4] or ""),
    ),
    _c(rf"({_SN}) ?([$€£¥₩]|USD|EUR|GBP|JPY|KRW)(?!\w)", lambda m: _money(_parse(m[1]), m[2])),
    _c(
        r"\b[vV](\d+(?:\.\d+)*)\b",
        lambda m: "version " + " point ".join(_card(int(p)) for p in m[1].split(".")),
    ),
    _c(
        r"(?<![\d.])\d+\.\d+\.\d+(?:\.\d+)*(?![\d.]|\.\d)",
        lambda m: " point ".join(_card(int(p)) for p in m[0].split(".")),
    ),
    _c(
        rf"({_SN}) ?(?:-|~) ?({_SN})(?: ?({_UNIT_RE}))?",
        lambda m: (
            f"{_num(_parse(m[1]))} to {_num(_parse(m[2]))}"
            + (f" {_UNITS[m[3]][1]}" if m[3] else "")
        ),
    ),
    _c(rf"({_SN}) ?({_UNIT_RE})", lambda m: f"{_num(_parse(m[1]))} {_unit(_parse(m[1]), m[2])}"),
    _c(r"(?<![\d.,])(\d+)(?:st|nd|rd|th|ST|ND|RD|TH)\b", lambda m: _ordinal(int(m[1]))),
    _c(r"(?<![\w/.,])(\d+) (\d{1,2})/(\d{1,2})(?![\w/])", _mixed),
    _c(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/])", _slash),
    _c(_SN, lambda m: latin.padded(m, _num(_parse(m[0])))),
    _c(r"\d+", lambda m: latin.spell_digits(m[0], DIGIT_NAMES)),
]


def normalize(text: str) -> str:
    """Read `text` (already through common.prepare) as an English speaker would."""
    text = latin.mark_starts(latin.pre_clean(text))
    text = latin.apply(text, latin.address_rule(_ADDRESS, DIGIT_NAMES))
    text = latin.apply(text, _RULES)
    text = latin.read_caps(text, _KEEP)
    return latin.capitalise(latin.tidy(text, _SYMBOLS))
