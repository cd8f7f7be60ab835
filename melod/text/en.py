"""English: numbers, money, dates, times, units and abbreviations as an American reads them."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.en_tables import (
    ADDRESS,
    AMPM,
    CODE_ALT,
    CODES,
    CURRENCY,
    CURRENCY_NAMES,
    DATE_WORDS,
    DAY_NAMES,
    DAYS,
    DENOMINATORS,
    DIGIT_NAMES,
    KEEP,
    MONTH_RE,
    MONTHS,
    PER,
    SCALES,
    SCORE_CTX,
    SYMBOLS,
    T12,
    UNITS,
)
from melod.text.en_words import (
    card,
    duration,
    ordinal,
    pairs,
    range12,
    range24,
    say_year,
    time12,
    time24,
)
from melod.text.latin import Num, Rule

VERSION = "2"


_UNIT_RE = rf"(?:{latin.alternation(UNITS)})(?![\w/])"
_N = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,]\d)"
_SN = rf"(?:(?<![\w)])[-−])?{_N}"


def _parse(text: str) -> Num:
    return latin.parse(text, ".", ",")


def _num(num: Num) -> str:
    text = card(num.value)
    if num.frac:
        text += " point " + latin.spell_digits(num.frac, DIGIT_NAMES)
    return "minus " + text if num.neg else text


def _unit(num: Num, unit: str) -> str:
    one, many = UNITS[unit]
    return one if num.is_one else many


def _money(num: Num, sym: str, scale: str = "") -> str:
    one, many, cent, cents = CURRENCY[CODES.get(sym, sym)]
    if scale:
        return f"{_num(num)} {SCALES.get(scale, scale)} {many}"
    if not cent or len(num.frac) > 2:
        return f"{_num(num)} {one if num.is_one else many}"
    sub = int(num.frac.ljust(2, "0")) if num.frac else 0
    parts = []
    if num.value or not sub:
        parts.append(f"{card(num.value)} {one if num.value == 1 else many}")
    if sub:
        parts.append(f"{card(sub)} {cent if sub == 1 else cents}")
    return ("minus " if num.neg else "") + " and ".join(parts)


def _date(month: int, day: int, year: str | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    text = f"{MONTHS[month - 1]} {ordinal(day)}"
    if year:
        text += f", {say_year(int(year) + (2000 if len(year) == 2 else 0))}"
    return text


def _month(name: str) -> int:
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name[:3]))


def _exchange(m: re.Match[str]) -> str:
    def say(amount: str, code: str) -> str:
        num, name = _parse(amount), CURRENCY_NAMES[code]
        plural = num.is_one or name.endswith(("yen", "won", "yuan"))
        return f"{_num(num)} {name}{'' if plural else 's'}"

    return f"{say(m[1], m[2])} equals {say(m[3], m[4])}"


def _fraction(a: int, b: int) -> str:
    if b == 2:
        name = "half" if a == 1 else "halves"
    elif b == 4:
        name = "quarter" if a == 1 else "quarters"
    else:
        name = ordinal(b) + ("s" if a > 1 else "")
    return f"{card(a)} {name}"


def _slash(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    if latin.prev_word(m) in DATE_WORDS:
        return _date(a, b, None) or f"{card(a)} slash {card(b)}"
    if 0 < a < b and b in DENOMINATORS:
        return _fraction(a, b)
    if (a, b) in ((24, 7), (50, 50)):
        return "twenty-four seven" if a == 24 else "fifty-fifty"
    return _date(a, b, None) or f"{card(a)} slash {card(b)}"


def _mixed(m: re.Match[str]) -> str:
    a, b = int(m.group(2)), int(m.group(3))
    if not 0 < a < b:
        return m.group(0)
    frac = _fraction(a, b).replace("one ", "a ", 1) if a == 1 else _fraction(a, b)
    return f"{card(int(m.group(1)))} and {frac}"


def _phone(m: re.Match[str]) -> str:
    groups = [
        "eight hundred" if g == "800" else latin.spell_digits(g, DIGIT_NAMES)
        for g in re.findall(r"\d+", m.group(0))
    ]
    if m.group(0).startswith("+"):
        groups[0] = "plus " + card(int(re.findall(r"\d+", m.group(0))[0]))
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
    _c(
        r"\b[Aa]pprox\.",
        lambda m: m[0][0].replace("A", "Approx").replace("a", "approx") + "imately",
    ),
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
    _c(r"#\s?(\d{1,3})\b", lambda m: f"number {card(int(m.group(1)))}"),
    _c(r"#\s?(\d+)", lambda m: "number " + latin.spell_digits(m.group(1), DIGIT_NAMES)),
    _c(
        r"(?<![\w+])(?:(?:\+\d{1,3}|1)[ .-]?)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\w)",
        _phone,
    ),
    _c(r"(?<![\w+])\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){2,5}(?!\w|\.\d)", _phone),
    latin.pair_rule(CURRENCY_NAMES),
    _c(rf"({_N}) ?({CODE_ALT}) ?= ?({_N}) ?({CODE_ALT})\b", _exchange),
    _c(r"\b([Ff]light (?:[A-Z]{2} ?)?)(\d{3,4})\b", lambda m: m[1] + pairs(int(m[2]))),
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
    _c(
        rf"\b({'|'.join(DAY_NAMES)})\.? ?[-–] ?({'|'.join(DAY_NAMES)})\b\.?",
        lambda m: f"{DAY_NAMES[m[1]]} to {DAY_NAMES[m[2]]}",
    ),
    _c(rf"\b({'|'.join(DAYS)})\b\.?(?=,? (?:{MONTH_RE}|\d))", lambda m: DAYS[m[1]]),
    _c(
        rf"\b({MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)? ?[-–] ?(\d{{1,2}})(?:st|nd|rd|th)?\b",
        lambda m: f"{_date(_month(m[1]), int(m[2]), None) or m[0]} to {ordinal(int(m[3]))}",
    ),
    _c(
        rf"\b({MONTH_RE})\.? {latin.MARK}?(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}})\b)?",
        lambda m: _date(_month(m[1]), int(m[2]), m[3]) or m[0],
    ),
    _c(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_RE})\b(?:,? (\d{{4}})\b)?",
        lambda m: (
            f"the {ordinal(int(m[1]))} of {MONTHS[_month(m[2]) - 1]}"
            + (f", {say_year(int(m[3]))}" if m[3] else "")
        ),
    ),
    _c(
        r"(?i)\b(in|since|from|until|till|by|of|year|before|after|during|around) "
        r"(1[1-9]\d\d|20\d\d)\b(?![.,]\d)",
        lambda m: f"{m[1]} {say_year(int(m[2]))}",
    ),
    _c(r"\b(1[1-9]\d0|20\d0)s\b", lambda m: re.sub("y$", "ie", say_year(int(m[1]))) + "s"),
    _c(rf"(?<![\d:.]){T12} ?(?:{AMPM}\.?)? ?[-–] ?{T12} ?{AMPM}\b\.?", range12),
    _c(
        r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d) ?[-–] ?([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)",
        range24,
    ),
    _c(r"\b(\d{1,2})(?::(\d{2}))? ?([AaPp])\.? ?[Mm]\b\.?", time12),
    _c(r"(?<![\w.,])(\d{1,2}) ?h ?([0-5]\d)(?! ?(?:min|m)\b)(?!\w)", duration),
    _c(
        rf"({SCORE_CTX}[^.!?\d]{{0,40}}?)(?<![\d.])(\d{{1,3}}) ?[-:] ?(\d{{1,3}})(?!\d|:\d)",
        lambda m: f"{m[1]}{card(int(m[2]))} to {card(int(m[3]))}",
    ),
    _c(
        rf"(?<![\d.:])(\d{{1,3}})[-:](\d{{1,3}})(?!\d|:\d)(?=[^.!?\d]{{0,25}}{SCORE_CTX})",
        lambda m: f"{card(int(m[1]))} to {card(int(m[2]))}",
    ),
    _c(
        r"(?<![\d.:])(\d{1,2}):(\d)(?!\d|:\d)",
        lambda m: f"{card(int(m[1]))} to {card(int(m[2]))}",
    ),
    _c(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)", time24),
    _c(
        r"([$€£¥₩])(\d+) ?[-–] ?\1?(\d+)\b",
        lambda m: f"{card(int(m[2]))} to {_money(_parse(m[3]), m[1])}",
    ),
    _c(
        rf"(?:([-−])(?=[$€£¥₩]))?([$€£¥₩]) ?({_N})(?: ?(million|billion|thousand|k|K|M|B|bn)\b)?",
        lambda m: _money(_parse((m[1] or "") + m[3]), m[2], m[4] or ""),
    ),
    _c(rf"({_SN}) ?([$€£¥₩]|USD|EUR|GBP|JPY|KRW)(?!\w)", lambda m: _money(_parse(m[1]), m[2])),
    _c(
        r"\b[vV](\d+(?:\.\d+)*)\b",
        lambda m: "version " + " point ".join(card(int(p)) for p in m[1].split(".")),
    ),
    _c(
        r"(?<![\d.])\d+\.\d+\.\d+(?:\.\d+)*(?![\d.]|\.\d)",
        lambda m: " point ".join(card(int(p)) for p in m[0].split(".")),
    ),
    _c(
        rf"({_SN}) ?(?:-|~) ?({_SN})(?: ?({_UNIT_RE}))?",
        lambda m: (
            f"{_num(_parse(m[1]))} to {_num(_parse(m[2]))}" + (f" {UNITS[m[3]][1]}" if m[3] else "")
        ),
    ),
    _c(
        rf"(?<![\w/.,])(\d{{3}})/(\d{{2,3}})(?![\w/])(?: ?({_UNIT_RE}))?",
        lambda m: (
            f"{card(int(m[1]))} over {card(int(m[2]))}" + (f" {UNITS[m[3]][1]}" if m[3] else "")
        ),
    ),
    _c(rf"({_SN}) ?({_UNIT_RE})", lambda m: f"{_num(_parse(m[1]))} {_unit(_parse(m[1]), m[2])}"),
    _c(r"(?<![\d.,])(\d+)(?:st|nd|rd|th|ST|ND|RD|TH)\b", lambda m: ordinal(int(m[1]))),
    _c(r"(?<![\d.,])(\d+)ers\b", lambda m: card(int(m[1])) + ("rs" if m[1][-1] == "9" else "ers")),
    _c(r"(?<![\w/.,])(\d+) (\d{1,2})/(\d{1,2})(?![\w/])", _mixed),
    _c(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/])", _slash),
    _c(_SN, lambda m: latin.padded(m, _num(_parse(m[0])))),
    _c(r"\d+", lambda m: latin.spell_digits(m[0], DIGIT_NAMES)),
]


def normalize(text: str) -> str:
    """Read `text` (already through common.prepare) as an English speaker would."""
    text = latin.mark_starts(latin.pre_clean(text))
    text = latin.apply(text, latin.address_rule(ADDRESS, DIGIT_NAMES))
    text = latin.apply(text, _RULES)
    text = latin.apply(text, [latin.per_rule(PER, "per")])
    text = latin.read_caps(text, KEEP)
    return latin.capitalise(latin.tidy(text, SYMBOLS))
