"""Spanish clock times, dates and the spans between two of them ('12/09 - 11/10')."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.es_numbers import card
from melod.text.es_tables import MONEY_CODES, SCORE_CTX
from melod.text.es_units import UNIT_RE
from melod.text.latin import Rule
from melod.text.latin import rule as _c

MONTHS = latin.wordlist(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
HD = r"([01]?\d|2[0-3])\.([0-5]\d)"
H = r"( ?(?:h|hrs?|hs)(?![\w/]))?"


_CENTURY_TURN = 50


def _to(m: re.Match[str]) -> str:
    """'y' after entre (entre 10-14 h, entre las 14-16 h), else 'a'."""
    return "y" if re.search(r"\b[Ee]ntre (?:las |los )?$", m.string[: m.start()]) else "a"


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
    to = _to(m)
    first = clock(int(m[1]), int(m[2])).replace("cero horas", "cero")  # 'de cero a cuatro'
    return f"{first} {to} {clock(int(m[3]), int(m[4]), m[5])}"


# After these '16.05' is a time of day: 'el AVE sale 16.05', 'embarque 9.40'.
_DOTTED_CUES = latin.wordset("las la sale salen salida llega llegan llegada embarque")


# A coming or going, an opening or closing earlier in the clause: 'llego a Retiro 18.45',
# 'salimos de casa 7.15', 'la farmacia abre 8.30 y cierra 20.30'.
_TRAVEL = re.compile(
    r"(?i)\b(?:lleg|sal[giea]|vuelv|volv|regres|part[eoi]|embarc|aterriz|despeg|paso a|abr[eiao]"
    r"|cierr|cerr|empiez|comienz|inici|arranc)\w*"
    r"(?:(?!d[óo]lar|euro|peso|sol\b|bolsa|precio)[^.!?,;:\d]){0,25}$"
)
# A price after it: 'el euro abrió a 20.15 pesos'.
_MONEY_AFTER = re.compile(r" (?:pesos|euros|d[óo]lares|soles|reales|bolívares)\b")


def dotted_time(m: re.Match[str]) -> str:
    """'a las 13.30', '13.30 h': a time; any other '13.30' is left to the number rules."""
    before = m.string[: m.start()]
    rest = m.string[m.end() :]
    travel = bool(_TRAVEL.search(before) and re.match(_NOT_AFTER, rest))
    # 'cerró en $17.25', 'en MXN 17.25': an amount.
    travel = travel and not re.search(rf"(?:[$€£¥₩]|S/|\b(?:{MONEY_CODES})) ?$", before)
    travel = travel and not _MONEY_AFTER.match(rest)
    if m[3] or latin.prev_word(m) in _DOTTED_CUES or travel:
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
        # Five is already 'de la mañana' ('de 5:00 a. m. a 11:30 a. m.'), when days start.
        part = "de la madrugada" if h < 5 or h == 12 else "de la mañana"
    return latin.keep_dot(m, f"{clock(h, int(m[2] or 0))} {part}")


def _date_span(m: re.Match[str]) -> str:
    """'periodo 12/09 - 11/10': 'doce de septiembre a once de octubre'."""
    first, last = date(int(m[1]), int(m[2]), None), date(int(m[3]), int(m[4]), None)
    if not (first and last):
        return m[0]
    return f"{first} {_to(m)} {last}"


# What a date is followed by: the end of a clause, a time, or a word that goes on after one.
_AFTER_DATE = r"(?:[.,;:!?)]|$| (?:a las?|y|para|en|hasta|desde|antes|por)\b)"
# A month, a unit or a measure after the pair makes it a span: 'del 10-12 de marzo',
# 'del 10-12 %', 'del 10-12 grados'.
_AFTER_SPAN = (
    rf"(?: de (?:{'|'.join(MONTHS)})\b| ?(?:[°º%€$£]|{UNIT_RE})"
    r"| (?:grados|años|días|horas|minutos|euros|puntos)\b)"
)
# These also speak of a deadline ('vence el 5-2', 'final del plazo'): they make no match here.
_DEADLINE_WORDS = re.compile(r"(?i:\b(?:vence|vencen|venció|final)\b)")


def _about_a_match(text: str) -> bool:
    return bool(re.search(SCORE_CTX, _DEADLINE_WORDS.sub("", text)))


def _dashed_date(m: re.Match[str]) -> str:
    """'el 30-6', 'antes del 12-12': after el/del/al a day and a month joined by a dash.

    Written with two digits each or with a day past 12 the pair is a date: no score or
    rising span is written so. A smaller pair could be a score ('ganó el 3-1'), so it is a
    date only when the day is past the month (a span rises, a draw is level), the message
    is not about a match and the sentence goes on as after a date.
    """
    day, month, after = int(m[2]), int(m[3]), m.string[m.end() :]
    said = date(day, month, None)
    if not said or re.match(_AFTER_SPAN, after):
        return m[0]
    if (len(m[2]) == len(m[3]) == 2) or day > 12:
        return m[1] + said
    if day > month and re.match(_AFTER_DATE, after) and not _about_a_match(m.string):
        return m[1] + said
    return m[0]


def _hour_span(m: re.Match[str]) -> str:
    """'8h-10h', '9 h – 14 h': 'ocho a diez horas' ('y' after 'entre')."""
    to = _to(m)
    return f"{card(int(m[1]), 'f')} {to} {card(int(m[2]), 'f')} horas"


_NOT_AFTER = rf"(?![\d]|[.,]\d)(?! ?(?:[€$£¥₩]|{MONEY_CODES}\b))(?! ?(?!hrs?\b|hs?\b){UNIT_RE})"


def _hour_to_clock(m: re.Match[str]) -> str:
    """'sobre las 10-10:30': a bare hour, then a clock time, 'diez a diez treinta'."""
    to = _to(m)
    return f"{card(int(m[1]), 'f')} {to} {clock(int(m[2]), int(m[3]))}"


def _slashed_window(m: re.Match[str]) -> str:
    """'24/48 h', '48/72 horas', '3/5 días': a delivery window, 'veinticuatro a cuarenta y
    ocho horas'; '3/4 h' (a fraction of an hour) and '1/2 día' stay for the fraction rules."""
    a, b, unit = int(m[1]), int(m[2]), m[3]
    hours = not unit.startswith(("d", "D"))
    if b <= a or a < (12 if hours else 2):
        return m[0]
    return f"{card(a)} a {card(b)} {'horas' if hours else 'días'}"


RULES: list[Rule] = [
    # 'entre las 14-16 h', 'entre 18-20 °C': any other range after entre is 'A y B' (the
    # hour ranges, 'entre 1h-3h', have their own rule).
    _c(
        r"\b([Ee]ntre (?:las |los )?\d[\d,.:]*(?: ?(?!h\b)[^\s\d–-]{1,4})?) ?[-–] ?(?=\d)",
        lambda m: f"{m[1]} y ",
    ),
    _c(r"(?<![\w/.,])(\d{1,2})/(\d{1,2}) ?(hs?|hrs?|horas|d[ií]as)\b(?!/)", _slashed_window),
    _c(r"(?<![\w:.,])([01]?\d|2[0-3]) ?[-–] ?([01]?\d|2[0-3]):([0-5]\d)(?![\d:])", _hour_to_clock),
    _c(r"(\b(?:[Ee]l|[Dd]el|[Aa]l) )(\d{1,2})-(\d{1,2})(?![\d-]|[.,]\d)", _dashed_date),
    _c(r"(?<![\w.,:])([01]?\d|2[0-4]) ?h ?[-–] ?([01]?\d|2[0-4]) ?h(?![\w/])", _hour_span),
    # 'entre 9.00 y 13.00 h': two dotted clock times joined by 'y' after 'entre'.
    _c(rf"(?<=\bentre ){HD} y {HD}{_NOT_AFTER}{H}", clock_range),
    # Two day/month dates joined by a dash: a span of days, not 9 - 11 as a range.
    _c(r"(?<![\w/.,])(\d{1,2})/(\d{1,2}) ?[-–] ?(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)", _date_span),
]
