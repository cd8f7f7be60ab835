"""French day and month names cut short: `lun.`, `sam-dim`, `De dim. à mar.`, `5 déc.`."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.latin import MARK, Rule
from melod.text.latin import rule as _c

_DAYS = {"lun": "lundi", "mar": "mardi", "mer": "mercredi", "jeu": "jeudi",
         "ven": "vendredi", "sam": "samedi", "dim": "dimanche"}  # fmt: skip
_DAY = "(?i:" + "|".join(_DAYS) + ")"
# Without its stop only in lower case or capitalised: `Ven 13/12`, but `Sam 12h30` is a name.
_LOW_DAY = "(?:" + "|".join([*_DAYS, *(d.capitalize() for d in _DAYS if d != "sam")]) + ")"
#: Months cut short (`5 déc.`, `12 janv 2025`), and a pattern for them or the full names.
MONTH_ABBR = {"janv": "janvier", "févr": "février", "fév": "février", "fevr": "février",
              "fev": "février", "avr": "avril", "juil": "juillet", "sept": "septembre",
              "oct": "octobre", "nov": "novembre",
              "déc": "décembre", "dec": "décembre"}  # fmt: skip
MONTH = "(?:" + "|".join(MONTH_ABBR) + "|" + "|".join(set(MONTH_ABBR.values())) + ")"
# What follows a day name cut short: a date (4/12, 4 déc) or a time (10h, 9:30).
_DATED = rf"\d\d?(?:/\d| ?[hH:]\d|[hH]\b| {MONTH}\b)"
# A clock time (`9h`, `18h30`, `9:30`), and the words that open one after a day.
_CLOCK = r"\d\d? ?(?:[hH]|:\d\d)"
# `pleine mer 7h42`, `basse mer à 14h05`: the tide's sea, never Wednesday.
_TIDE = r"(?<![Pp]leine )(?<![Bb]asse )(?<![Hh]aute )"
_TIME_WORD = "(?:à|de|dès|entre|vers|avant|après|jusqu'à|matin|midi|soir|après-midi|prochain)"


def _day(abbr: str) -> str:
    word = _DAYS[abbr.lower()]
    return word.capitalize() if abbr[0].isupper() else word


def _days(m: re.Match[str]) -> str:
    # lun.-ven. is a span of days; a number right after it is a separate thing.
    order = list(_DAYS)
    if order.index(m[2].lower()) - order.index(m[1].lower()) == 1:  # sam-dim: two days
        return latin.at_start(m, f"{_day(m[1])} et {_day(m[2]).lower()}") + (", " if m[3] else "")
    text = f"{'' if latin.prev_word(m) == 'du' else 'du '}{_day(m[1])} au {_day(m[2]).lower()}"
    return latin.at_start(m, text) + (", " if m[3] else "")


def _day_span(m: re.Match[str]) -> str:
    if not (m[1] or m[3]):
        return m[0]  # `lun à ven` alone, with no stop and no de/du, may be anything
    lead = f"{m[1]} " if m[1] else ""
    text = f"{lead}{_day(m[2])} {m[4]} {_day(m[5]).lower()}"
    if m[7]:  # `lun. à ven. 8h-12h`: the stop was the day's, no sentence starts after it
        return text + " "
    return text + ("." if m[6] and latin.sentence_end(m) else "")


def _day_pair(m: re.Match[str]) -> str:
    text = f"{_day(m[1])} {m[2]} {_day(m[3]).lower()}"
    if m[5]:  # `sam. et dim. 10h-12h`: the stop was the day's, no sentence starts after it
        return text + " "
    return text + ("." if m[4] and latin.sentence_end(m) else "")


def _day_list(m: re.Match[str]) -> str:
    text = ", ".join(_day(d) for d in re.findall(r"[^\W\d_]+", m[0]))
    return text + ("." if m[0].endswith(".") and latin.sentence_end(m) else "")


def _one_day(m: re.Match[str]) -> str:
    return _day(m[1]) + ("." if m[0].endswith(".") and latin.sentence_end(m) else "")


RULES: list[Rule] = [
    # `bureau mar./mer./ven.`: days cut short in a list by slashes.
    _c(rf"\b{_DAY}\.?(?:/{_DAY}\.?)+(?![\w/])", _day_list),
    _c(rf"\b({_DAY})\.?[-–]({_DAY})(?:\.|\b)( ?{MARK}?(?=\d))?", _days),
    # `De dim. à mar.`, `du lun au ven`: both days of a span written out, cut short or not.
    _c(rf"(?:\b([Dd][eu]) )?\b({_DAY})(\.)? (à|au) ({_DAY})\b(\.)?( ?{MARK}(?=\d))?", _day_span),
    # `fermée dim. et lun.`, `sam. ou dim.`: two days cut short joined by et/ou.
    _c(rf"\b({_DAY})\. (et|ou) ({_DAY})\b(\.)?( ?{MARK}(?=\d))?", _day_pair),
    _c(
        rf"(?:(?<=\b(?i:du|au|le) )|{_TIDE}(?=(?:{_DAY}\.|{_LOW_DAY}) ?{MARK}?{_DATED}))"
        rf"\b({_DAY})(?:\.|(?= {MARK}?\d))( ?{MARK}(?=\d))?",
        lambda m: _day(m[1]) + (" " if m[2] else ""),
    ),
    # `sam. 12°/4°`: a day cut short with its stop before any number (a forecast).
    # A capital one only opens the message or follows a colon (`avec Sam. 12` is a name).
    # `jeu. à 18h30`, `sam. de 9h à 13h`: or before the word that opens a time.
    _c(
        rf"(?<!\w)(?<!\bla )(?<!\ble )(?<!\bau )(?<!\bdu )(?<!\bde )(?:^|(?<=[:,(] )|(?=[a-z]))"
        rf"({_DAY})\.(?:( ?{MARK}?(?=\d))|(?= {_TIME_WORD}\b))",
        lambda m: latin.at_start(m, _day(m[1]).lower()) + (" " if m[2] else ""),
    ),
    # `sam de 9h à 13h`, `jeu à 18h30`: without its stop only before a time (un jeu de 52).
    _c(
        rf"(?<!\w)(?<!\bla )(?<!\ble )(?<!\bun )(?<!\bau )(?<!\bdu )(?<!\bde )(?<!\bce )(?<!\ben )"
        rf"{_TIDE}(?:^|(?<=[:,(] )|(?=[a-z]))({_DAY})(?= (?:à|de|dès|entre|vers) {MARK}?{_CLOCK})",
        lambda m: latin.at_start(m, _day(m[1]).lower()),
    ),
    # `10h-13h dim`: a day cut short after opening hours.
    _c(r"(?:(?<=\dh )|(?<=\dh\d\d ))(lun|mar|mer|jeu|ven|sam|dim)\b\.?(?=[ ,;)]|$)", _one_day),
    # `demain (lun.)`: a day cut short alone in brackets.
    _c(r"(?<=\()(lun|mar|mer|jeu|ven|sam|dim)\b\.?(?=\))", _one_day),
    # `le vide-grenier de dim.`, `à partir de ce sam.`, `bisous, à dim.`: with its stop
    # closing the sentence after de/ce/dès/à (la mer. and ce jeu. are words, so never mer
    # or jeu).
    _c(
        r"(?<![\w'])(ce|de|dès|avant|après|pour|à|jusqu'à) (lun|mar|ven|sam|dim)\.(?= [A-Z]|\s*$)",
        lambda m: f"{m[1]} {_day(m[2])}.",
    ),
]
