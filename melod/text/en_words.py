"""English number words and clock times: cardinals, ordinals, years, 12- and 24-hour times."""

from __future__ import annotations

import re

from melod.text import en_locale, latin
from melod.text.en_tables import DIGIT_NAMES
from melod.text.latin import Num

#: Capitalised words that follow `a.m.` or `St.` inside a sentence (`10 a.m. Tuesday`).
_NOT_STARTS = re.compile(
    r" (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|May|"
    r"(?:E[SD]T|[CMP][SD]T|ET|PT|CT|GMT|UTC|BST|Suite|Apartment|Unit|Floor)\b)"
)


def singular(num: Num) -> bool:
    """True for 1 and -1 (`minus one degree`): English takes a singular unit after 'one',
    whatever the sign, but a plural after any decimal (`one point zero degrees`)."""
    return num.value == 1 and not num.frac


def sentence_end(m: re.Match[str]) -> bool:
    """`latin.sentence_end`, also true before a sentence that starts with a number (`PM. 2 of`),
    false before a day, month or time zone (`10 a.m. Tuesday`)."""
    rest = m.string[m.end() :]
    if _NOT_STARTS.match(rest):
        return False
    return latin.sentence_end(m) or rest.startswith(" " + latin.MARK)


def to_word(m: re.Match[str]) -> str:
    """'to' between the ends of a range, 'and' after `between` (`between 10-11`)."""
    return "and" if latin.prev_word(m) == "between" else "to"


def keep_dot(m: re.Match[str], text: str) -> str:
    """`text`, plus the full stop the match swallowed when that stop also ended a sentence."""
    return text + "." if m.group(0).endswith(".") and sentence_end(m) else text


def clean(text: str) -> str:
    # No commas inside numbers; "and" after hundreds only where the writer is British.
    text = text.replace(",", "")
    return text if en_locale.british() else text.replace(" and ", " ")


def card(n: int) -> str:
    return clean(latin.words(n, "en", DIGIT_NAMES))


def plural(word: str) -> str:
    """A number word made plural: 'twelves', 'fifties', 'sixes'."""
    return word[:-1] + "ies" if word.endswith("y") else word + ("es" if word[-1:] == "x" else "s")


def ordinal(n: int) -> str:
    return clean(latin.words(n, "en", DIGIT_NAMES, "ordinal"))


def version_part(digits: str) -> str:
    """One part of a version after its first dot: `05` in `3.05` 'oh five', `12` 'twelve',
    a lone `0` 'zero'."""
    rest = digits.lstrip("0")
    if not rest or len(digits) == 1:
        return card(int(digits))
    if len(rest) == 3 and rest == digits:
        return pairs(int(rest))  # a build's `132` 'one thirty-two', as read aloud
    return "oh " * (len(digits) - len(rest)) + card(int(rest))


def say_year(n: int) -> str:
    if 1100 <= n <= 2099:
        return clean(latin.words(n, "en", DIGIT_NAMES, "year"))
    return card(n)


def clock(h: int, mm: int) -> str:
    if mm == 0:
        return card(h)
    return f"{card(h)} {'oh ' if mm < 10 else ''}{card(mm)}"


def hundred_hours(hhmm: str) -> str:
    """A four-digit 24-hour time as the military and hospitals say it: `0900` 'oh nine
    hundred', `1930` 'nineteen thirty', `0705` 'oh seven oh five'."""
    hours, minutes = int(hhmm[:2]), int(hhmm[2:])
    said = ("oh " if hhmm[0] == "0" else "") + card(hours) + " "
    return said + ("hundred" if minutes == 0 else ("oh " if minutes < 10 else "") + card(minutes))


def say24(h: int, mm: int, half: bool = False) -> str:
    """A 24-hour time as Americans say it: afternoon hours on the 12-hour clock."""
    if h == 0:
        return "midnight" if mm == 0 else f"twelve {card(mm)} a m"
    if h >= 13 or half:
        return f"{clock(h - 12 if h > 12 else h, mm)} {'p' if h >= 12 else 'a'} m"
    return f"{card(h)} o'clock" if mm == 0 else clock(h, mm)


def time24(m: re.Match[str]) -> str:
    # `04:00`: a zero-padded morning hour on the dot is 'four a m', not 'four o'clock';
    # `06:40` is simply 'six forty', as the timetable reads.
    if len(m[1]) == 2 and m[1][0] == "0" and m[1] != "00" and m[2] == "00":
        return f"{clock(int(m[1]), 0)} a m"
    # `ETA 0:45`: a single zero hour is a time left, unless a clock word comes before (`at 0:30`).
    after_cue = latin.prev_word(m) in ("at", "by", "until", "till", "since", "from", "before")
    if m[1] == "0" and m[2] != "00" and not after_cue:
        return f"{card(int(m[2]))} {'minute' if m[2] == '01' else 'minutes'}"
    # `the 17:42 to Brighton ... next service 18:12`: trains named by their departure; the
    # message reads its times as the board shows them.
    if _BOARD.search(m.string) and m[2] != "00":
        return clock(int(m[1]), int(m[2]))
    return say24(int(m[1]), int(m[2]))


_BOARD = re.compile(r"\b[Tt]he (?:[01]?\d|2[0-3]):[0-5]\d (?:to|from)\b")


def range24(m: re.Match[str]) -> str:
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    half = max(h1, h2) >= 13
    first = say24(h1, m1, half)
    if h1 >= 12 and (h1, m1) < (h2, m2):  # `15:00-15:20`: both in the afternoon, 'p m' said once
        first = first.removesuffix(" p m")
    return f"{first} {to_word(m)} {say24(h2, m2, half)}"


def range12(m: re.Match[str]) -> str:
    first = clock(int(m[1]), int(m[2] or 0)) + (f" {m[3].lower()} m" if m[3] else "")
    second = f"{clock(int(m[4]), int(m[5] or 0))} {m[6].lower()} m"
    return keep_dot(m, f"{first} {to_word(m)} {second}")


def pairs(n: int) -> str:
    """Flight and room numbers read in pairs: 1234 'twelve thirty-four', 100 'one hundred'."""
    head, tail = divmod(n, 100)
    return f"{card(head)} hundred" if tail == 0 else clock(head, tail)


def duration(m: re.Match[str]) -> str:
    h = int(m[1])
    return f"{card(h)} {'hour' if h == 1 else 'hours'} {card(int(m[2]))} minutes"


def time12(m: re.Match[str]) -> str:
    text = f"{clock(int(m.group(1)), int(m.group(2) or 0))} {m.group(3).lower()} m"
    return keep_dot(m, text)


def name_number(run: str) -> str | None:
    """Digits after a name in an address: `doe99` 'ninety-nine', `smith1960` 'nineteen sixty'."""
    if len(run) == 2 and run[0] != "0":
        return card(int(run))
    if len(run) == 4 and run[:2] in ("19", "20"):
        return say_year(int(run))
    return None
