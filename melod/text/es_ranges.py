"""Spanish clock times, dates and the spans between two of them ('12/09 - 11/10')."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.es_numbers import card
from melod.text.es_tables import MONEY_CODES
from melod.text.es_units import UNIT_RE
from melod.text.latin import Rule

MONTHS = latin.wordlist(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
HD = r"([01]?\d|2[0-3])\.([0-5]\d)"
H = r"( ?(?:h|hrs?|hs)(?![\w/]))?"


_CENTURY_TURN = 50


def date(day: int, month: int, year: str | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    text = f"{card(day)} de {MONTHS[month - 1]}"
    if year:
        # Two digits: '25' is 2025, '98' is 1998.
        short = 1900 if int(year) >= _CENTURY_TURN else 2000
        text += " de " + card(int(year) + (short if len(year) == 2 else 0))
    return text


def clock(h: int, mm: int, suffix: str | None = None) -> str:
    """'15:30' -> 'quince treinta'; `suffix` (h, hrs) adds 'horas'; 00:00 is 'cero horas'."""
    hour = card(h, "f")
    if mm == 0:
        text = "cero horas" if h == 0 else hour
    # '9:05' 'nueve y cinco'; on the 24-hour clock '17:03' 'diecisiete cero tres'.
    elif mm >= 10:
        text = f"{hour} {card(mm)}"
    else:
        text = f"{hour} cero {card(mm)}" if h > 12 or h == 0 else f"{hour} y {card(mm)}"
    return text + " horas" if suffix and not text.endswith("horas") else text


def clock_range(m: re.Match[str]) -> str:
    """'de 9:00 a 14:00', 'entre 10:00-14:00' ('entre diez y catorce')."""
    to = "y" if latin.prev_word(m) == "entre" else "a"
    first = clock(int(m[1]), int(m[2])).replace("cero horas", "cero")  # 'de cero a cuatro'
    return f"{first} {to} {clock(int(m[3]), int(m[4]), m[5])}"


# After these '16.05' is a time of day: 'el AVE sale 16.05', 'embarque 9.40'.
_DOTTED_CUES = latin.wordset("las la sale salen salida llega llegan llegada embarque")


def dotted_time(m: re.Match[str]) -> str:
    """'a las 13.30', '13.30 h': a time; any other '13.30' is left to the number rules."""
    if m[3] or latin.prev_word(m) in _DOTTED_CUES:
        return clock(int(m[1]), int(m[2]), m[3])
    return m[0]


def time(m: re.Match[str]) -> str:
    """'15:30'; 'de 0:00 a 4:00' starts 'de cero a cuatro' (no 'horas' on one end only)."""
    said = clock(int(m[1]), int(m[2]), m[3])
    span = latin.prev_word(m) == "de" and re.match(r" a (?:las )?\d", m.string[m.end() :])
    return "cero" if span and said == "cero horas" else said


def time12(m: re.Match[str]) -> str:
    """'7:45 PM' 'siete cuarenta y cinco de la tarde'."""
    h, pm = int(m[1]), m[3].lower() == "p"
    if pm:
        part = "del mediodía" if h == 12 else ("de la tarde" if h < 8 else "de la noche")
    else:
        part = "de la madrugada" if h < 6 or h == 12 else "de la mañana"
    return latin.keep_dot(m, f"{clock(h, int(m[2] or 0))} {part}")


def _date_span(m: re.Match[str]) -> str:
    """'periodo 12/09 - 11/10': 'doce de septiembre a once de octubre'."""
    first, last = date(int(m[1]), int(m[2]), None), date(int(m[3]), int(m[4]), None)
    if not (first and last):
        return m[0]
    return f"{first} {'y' if latin.prev_word(m) == 'entre' else 'a'} {last}"


def _dashed_date(m: re.Match[str]) -> str:
    """'el 30-6': after 'el' a day and a month joined by a dash are a date."""
    said = date(int(m[2]), int(m[3]), None)
    return f"{m[1]}{said}" if said and int(m[2]) > int(m[3]) else m[0]


def _hour_span(m: re.Match[str]) -> str:
    """'8h-10h', '9 h – 14 h': 'ocho a diez horas' ('y' after 'entre')."""
    to = "y" if latin.prev_word(m) == "entre" else "a"
    return f"{card(int(m[1]), 'f')} {to} {card(int(m[2]), 'f')} horas"


_NOT_AFTER = rf"(?![\d]|[.,]\d)(?! ?(?:[€$£¥₩]|{MONEY_CODES}\b))(?! ?(?!hrs?\b|hs?\b){UNIT_RE})"


def _hour_to_clock(m: re.Match[str]) -> str:
    """'sobre las 10-10:30': a bare hour, then a clock time, 'diez a diez treinta'."""
    to = "y" if latin.prev_word(m) == "entre" else "a"
    return f"{card(int(m[1]), 'f')} {to} {clock(int(m[2]), int(m[3]))}"


RULES: list[Rule] = [
    (
        re.compile(r"(?<![\w:.,])([01]?\d|2[0-3]) ?[-–] ?([01]?\d|2[0-3]):([0-5]\d)(?![\d:])"),
        _hour_to_clock,
    ),
    # Only a day past the month ('el 30-6', 'hasta el 15-3'): 'el 2-1' may be a score.
    (
        re.compile(
            r"(\b(?:[Ee]l|[Dd]el|[Aa]l) )(\d{1,2})-(\d{1,2})"
            r"(?=[.,;:!?)]|$| (?:a las?|y|para|en|hasta|desde|antes|por)\b)"
        ),
        _dashed_date,
    ),
    (
        re.compile(r"(?<![\w.,:])([01]?\d|2[0-4]) ?h ?[-–] ?([01]?\d|2[0-4]) ?h(?![\w/])"),
        _hour_span,
    ),
    # 'entre 9.00 y 13.00 h': two dotted clock times joined by 'y' after 'entre'.
    (re.compile(rf"(?<=\bentre ){HD} y {HD}{_NOT_AFTER}{H}"), clock_range),
    # Two day/month dates joined by a dash: a span of days, not 9 - 11 as a range.
    (
        re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2}) ?[-–] ?(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)"),
        _date_span,
    ),
]
