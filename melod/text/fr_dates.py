"""French dates: 28/11/2024, 2024-11-28, 06/2025, a card's `exp. 11/27` and le 1er mai."""

from __future__ import annotations

import re

from melod.text import fr_context, latin
from melod.text.fr_numbers import card as _card
from melod.text.fr_numbers import ordinal as _ordinal
from melod.text.latin import Rule
from melod.text.latin import rule as _c

MONTHS = latin.wordlist(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
# After these a date takes no article of its own (`du 3/4`, `lundi 12/05`).
NO_ARTICLE = {"le", "du", "au", "jusqu'au", "ce", "dès", "l'", "fin", *_WEEKDAYS}
_MK = latin.MARK


def date(m: re.Match[str], day: int, month: int, year: str | None) -> str | None:
    """`le vingt-huit novembre deux mille vingt-quatre`, or None when no such day exists."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    text = f"{_ordinal(1) if day == 1 else _card(day)} {MONTHS[month - 1]}"
    if year:
        text += " " + _card(int(year) + (2000 if len(year) == 2 else 0))
    return text if latin.prev_word(m) in NO_ARTICLE else "le " + text


def _ymd(m: re.Match[str]) -> str:
    if m[2] == "." and (fr_context.is_version(m) or fr_context.is_dotted_version(m)):
        return m[0]  # mise à jour logicielle 2025.2.6: a version, read point by point
    return date(m, int(m[4]), int(m[3]), m[1]) or m[0]


def _dmy(m: re.Match[str]) -> str:
    if m[2] == "." and fr_context.is_dotted_version(m):
        return m[0]  # micrologiciel 3.2.15: read point by point further on
    return date(m, int(m[1]), int(m[3] or m[5]), m[4] or m[6]) or m[0]


def _day_month(m: re.Match[str]) -> str:
    # `le 12.03`, `mardi 4.11`: a day and a month after a word that opens a date; `à 12.50`
    # stays a number.
    if latin.prev_word(m) not in NO_ARTICLE:
        return m[0]
    return date(m, int(m[1]), int(m[2]), None) or m[0]


def _expiry(m: re.Match[str]) -> str:
    lead = re.sub(r"(?i)^exp\b\.?", "expiration", m[1]).replace(latin.MARK, "")
    return f"{lead}{MONTHS[int(m[2]) - 1]} {_card(2000 + int(m[3]))}"


def _first(m: re.Match[str]) -> str:
    # `tous les 1er du mois`: the first of every month, plural after les/des/aux/ces, but
    # not one of a list (`les 1er et 15 du mois`, each one day).
    many = latin.prev_word(m) in ("les", "des", "aux", "ces")
    return "premiers" if many and not re.match(r" (?:et|ou)\b", m.string[m.end() :]) else "premier"


RULES: list[Rule] = [
    _c(r"\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b(?![.-]\d)", _ymd),
    _c(
        r"\b(\d{1,2})(?:([/.])(\d{1,2})\2(\d{4}|\d{2})|-(\d{1,2})-(\d{4}|\d{2}))\b",
        _dmy,
    ),
    _c(r"(?<![\d.,])(\d{1,2})\.(\d\d)(?![\d.,]\d|\d| ?[%€$£°]|h)", _day_month),
    # `06/2025`: a month and a year (a card's expiry, a service due).
    _c(
        r"(?<![\w/.,])(0?[1-9]|1[0-2])/(20\d\d)(?![\w/]|[.,]\d)",
        lambda m: f"{MONTHS[int(m[1]) - 1]} {_card(int(m[2]))}",
    ),
    # `expire fin 09/26`, `exp. 11/27`: a card's month and two-digit year (never a day,
    # the year being over twelve), with its zero or after an expiry word.
    _c(
        rf"((?i:\b(?:expir\w*(?: fin| le| en)?|exp\b\.?|validité|valable|fin) ?:? ?{_MK}?)|(?=0))"
        r"(?<![\w/.,])(0?[1-9]|1[0-2])/(1[3-9]|2[1-9]|[34]\d)(?![\w/]|[.,]\d)",
        _expiry,
    ),
    _c(r"\b1(?:er|ᵉʳ)(?= [a-zé])", _first),
]
