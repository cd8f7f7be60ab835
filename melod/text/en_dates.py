"""English dates, fractions and versions written with slashes, dashes and dots."""

from __future__ import annotations

import datetime
import re

from melod.text import en_locale, latin
from melod.text.en_tables import DATE_WORDS, DAYS, DENOMINATORS, MONTHS
from melod.text.en_words import card, ordinal, say_year, version_part

_RELEASE_CTX = re.compile(
    r"(?i)\b(?:version|firmware|software|update[ds]?|upgraded?|release[ds]?|build|assistant|"
    r"core|os|app|ha)(?: to)?\W*$"
)


def _day_first(m: re.Match[str], a: int) -> bool:
    # `from 2/4 to 17/4`: another date in the message has its day past 12, so all are day first.
    other = any(
        int(d) > 12 >= int(mo)
        for d, mo in re.findall(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})\b", m.string)
    )
    return a > 12 or other or en_locale.british()


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_fits(m: re.Match[str], month: int, day: int) -> bool:
    """Whether the date falls on the day named right before it (`Sat 02/01/2027`)."""
    named = re.search(r"([A-Za-z]{3,})\.?,? $", m.string[max(0, m.start() - 12) : m.start()])
    weekday = next(
        (i for i, d in enumerate(_WEEKDAYS) if named and d.startswith(named[1].lower())), None
    )
    if weekday is None:
        return False
    year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
    try:
        return datetime.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def dmy(m: re.Match[str]) -> str:
    """`03/02/2025`: month first, unless the day is past 12 or the writer is British; a
    named weekday that only one reading falls on settles it (`Sat 02/01/2027`)."""
    a, b = int(m[1]), int(m[2])
    fits = [_weekday_fits(m, b, a), _weekday_fits(m, a, b)]
    if fits.count(True) == 1:
        return (numeric(m, b, a, m[3]) if fits[0] else numeric(m, a, b, m[3])) or m[0]
    first = numeric(m, b, a, m[3]) if _day_first(m, a) else None
    return first or numeric(m, a, b, m[3], american=True) or m[0]


def date(month: int, day: int, year: str | None) -> str | None:
    """'November twenty-eighth, twenty twenty-four', or None when it is no date."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    text = f"{MONTHS[month - 1]} {ordinal(day)}"
    return text + _year(year)


def _year(year: str | None) -> str:
    return f", {say_year(int(year) + (2000 if len(year) == 2 else 0))}" if year else ""


def numeric(
    m: re.Match[str], month: int, day: int, year: str | None, american: bool = False
) -> str | None:
    """A date in figures as its writer says it: 'December thirtieth' in America, 'the
    thirtieth of December' in Britain, Ireland, Australia and New Zealand. A date only
    month first makes sense of (`due by 1/15`) is `american` whatever else the message
    holds (a `€`)."""
    said = _numeric(m, month, day, year) if not american else date(month, day, year)
    # `2025-01-14 21:25`: a year and a time are two numbers; a pause keeps them apart.
    if said and year and re.match(r" \d{1,2}:\d\d", m.string[m.end() :]):
        return said + ","
    return said


def _numeric(m: re.Match[str], month: int, day: int, year: str | None) -> str | None:
    if not en_locale.british():
        return date(month, day, year)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    # `on the 30/12`: the article is written already.
    article = "" if m.string[: m.start()].endswith("the ") else "the "
    return f"{article}{ordinal(day)} of {MONTHS[month - 1]}{_year(year)}"


def two_days(m: re.Match[str]) -> str:
    """`1st & 2nd Jan`, `the 27th or 28th Dec`: 'the first and second of January'."""
    article = "" if m.string[: m.start()].endswith("the ") else "the "
    days = f"{ordinal(int(m[1]))} {'or' if m[2] == 'or' else 'and'} {ordinal(int(m[3]))}"
    return f"{article}{days} of {MONTHS[month(m[4]) - 1]}"


def month(name: str) -> int:
    """The month's number from its name or short form (`Sept`, `Dec`)."""
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name[:3]))


def fraction(a: int, b: int) -> str:
    """`3/4` 'three quarters', `2/3` 'two thirds'."""
    if b == 2:
        name = "half" if a == 1 else "halves"
    elif b == 4:
        name = "quarter" if a == 1 else "quarters"
    else:
        name = ordinal(b) + ("s" if a > 1 else "")
    return f"{card(a)} {name}"


# `Mon, 12/16`, `Friday, 1/10`: a day name and its comma right before the numbers.
_DAY_COMMA_RE = re.compile(
    rf"\b(?:{latin.alternation({*DAYS, *DAYS.values()})})\.?, ?$", re.IGNORECASE
)


def slash(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    after_day = _DAY_COMMA_RE.search(m.string[max(0, m.start() - 12) : m.start()])
    # `ships 05/06`: a zero-padded part is a calendar's day or month, never a fraction's.
    padded = re.match(r"0\d/|\d+/0\d", m[0])
    if latin.prev_word(m) in DATE_WORDS or after_day or padded:
        # `on 14/12`: a first number past 12 is a day, written day first.
        first = numeric(m, b, a, None) if _day_first(m, a) else None
        said = first or numeric(m, a, b, None, american=True) or numeric(m, b, a, None)
        return said or f"{card(a)} slash {card(b)}"
    if 0 < a < b and b in DENOMINATORS:
        return fraction(a, b)
    if (a, b) in ((24, 7), (50, 50)):
        return "twenty-four seven" if a == 24 else "fifty-fifty"
    # `25/12`: a first number past 12 can only be a day, written day first.
    # `Mahomes: 28/39`: no date, so many of a total.
    joint = "of" if a < b else "slash"
    first = numeric(m, b, a, None) if _day_first(m, a) else None
    return first or numeric(m, a, b, None, american=True) or f"{card(a)} {joint} {card(b)}"


def version(text: str) -> str:
    """`2.1.3` 'two point one point three'; `2024.11.3` starts with a year."""
    head, *rest = text.split(".")
    first = say_year(int(head)) if len(head) == 4 else card(int(head))
    return " point ".join([first, *map(version_part, rest)])


def ymd(m: re.Match[str]) -> str:
    """`2024-11-28` is a date; `Home Assistant 2024.11.3` (after a release word) a version."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    # `2026.11.2 → 2026.11.3`: after a version and an arrow, the next version.
    after_version = re.search(r"\d\.\d+\.\d+ ?(?:→|->|=>|to) ?$", before)
    if m[2] == "." and (_RELEASE_CTX.search(before) or after_version):
        return version(m[0])
    return numeric(m, int(m[3]), int(m[4]), m[1]) or m[0]


def mixed(m: re.Match[str]) -> str:
    a, b = int(m.group(2)), int(m.group(3))
    if not 0 < a < b:
        return m.group(0)
    frac = fraction(a, b).replace("one ", "a ", 1) if a == 1 else fraction(a, b)
    return f"{card(int(m.group(1)))} and {frac}"


# `03/07/2026 - 03/15/2026`, `2026-03-07–2026-03-15`:
# a dash between two full dates is 'to' (each date is read by the date rules that follow).
def _full(a: int) -> str:
    """A whole numeric date whose own separators are groups `a` and `a + 1`."""
    year_first = rf"\d{{4}}([-./])\d{{1,2}}\{a}\d{{1,2}}"
    return rf"(?:{year_first}|\d{{1,2}}([-./])\d{{1,2}}\{a + 1}(?:\d{{4}}|\d{{2}}))"


RANGE = latin.rule(
    rf"(?<![\w/.,-])({_full(2)}) ?[-–—] ?({_full(5)})(?![\w/])",
    lambda m: f"{m[1]} to {m[4]}",
)
