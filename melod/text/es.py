"""Spanish: numbers with gender and apocope, decimal comma, euros, dates, times and units."""

from __future__ import annotations

import re

from melod.text import (
    es_abbrev,
    es_clean,
    es_codes,
    es_counts,
    es_forms,
    es_fractions,
    es_locale,
    es_marks,
    es_money,
    es_ranges,
    es_sport,
    es_typed,
    latin,
)
from melod.text.es_numbers import DIGIT_NAMES, dotted, stressed_a
from melod.text.es_numbers import GROUPED as _GROUPED
from melod.text.es_numbers import SN as _SN
from melod.text.es_numbers import N as _N
from melod.text.es_numbers import card as _card
from melod.text.es_numbers import num as _num
from melod.text.es_numbers import parse as _parse
from melod.text.es_ranges import HD as _HD
from melod.text.es_ranges import H as _H
from melod.text.es_ranges import clock as _clock
from melod.text.es_ranges import clock_range as _clock_range
from melod.text.es_ranges import date as _date
from melod.text.es_tables import (
    ADDRESS,
    CURRENCY_NAMES,
    MONEY_CODES,
    PER,
    SAID_AS_WORDS,
    SCORE_CTX,
    SYMBOLS,
)
from melod.text.es_units import UNIT_RE, unit_rule
from melod.text.latin import Rule
from melod.text.latin import rule as _c

VERSION = "21"
__all__ = ["DIGIT_NAMES", "VERSION", "normalize"]

_KEEP = {"OK": "okey", "EEUU": "Estados Unidos", "ON": "on", "OFF": "off", **SAID_AS_WORDS}
_CODE_ALT = "|".join(CURRENCY_NAMES)
# Amounts written the American way after $ or before a code: $1,500.00 is fifteen hundred.
_US = r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?:\.\d{1,2})?(?!\d|[.,]\d)"
_DN = rf"(?:{_US}|{_N})"
_WORD_CODES = {"peso": "MXN", "pesos": "MXN", "dólares": "$", "dolares": "$", "dólar": "$"}
_PRODUCTS = (
    r"[A-Z]{2,5}|Bluetooth|Windows|\w*OS|Zigbee|Matter|Linux|Python|Wear OS|One UI|HyperOS|"
    r"MIUI|Chrome|Firefox|Safari|Word|Excel"
)
_HH = r"([01]?\d|2[0-3]):([0-5]\d)"


def _slash(m: re.Match[str]) -> str:
    a, b = int(m[1]), int(m[2])
    said = es_fractions.slash(m) or _date(a, b, None)
    # Not a date or a fraction: '18/20' is a mark out of a total.
    return said or f"{_card(a)} {'sobre' if a <= b else 'barra'} {_card(b)}"


def _hours(m: re.Match[str]) -> str:
    h, mm = int(m[1]), int(m[2])
    if latin.prev_word(m) in ("las", "la"):
        return _clock(h, mm)
    return f"{_card(h, 'f')} {'hora' if h == 1 else 'horas'} {_card(mm)}"


_RULES: list[Rule] = [
    _c(r"\b[Ww]i-?[Ff]i\b", lambda m: "wifi"),
    _c(r"\bpH\b", lambda m: "P H"),
    *es_sport.RULES,
    *es_ranges.RULES,
    _c(rf"\b(?:[Nn]\.? ?º|[Nn]úm\.) ?{latin.MARK}?(?=\d)", lambda m: "número "),
    *es_codes.RULES,
    *es_forms.RULES,
    latin.pair_rule({code: names[0] for code, names in CURRENCY_NAMES.items()}),
    # '1 USD = 0,95 €': a rate, the symbol standing for its code.
    _c(rf"({_N}) ?({_CODE_ALT}) ?= ?({_N}) ?({_CODE_ALT}\b|[€$£¥](?!\w))", es_money.exchange),
    _c(
        r"(?i)\b(versión|version|iOS|Android|firmware)(:? )(\d+)\.(\d+)\b(?!\.\d)",
        lambda m: f"{m[1]}{m[2]}{dotted(m[3] + '.' + m[4])}",
    ),
    # 'la 2.24 da problemas': after the singular article a dotted number past one is a
    # version (la versión), never a time (las dos y veinticuatro).
    _c(
        r"\b([Ll]a) ([2-9]|[1-9]\d)\.(\d{1,2})\b(?![.,]?\d| ?(?:[%°€$£h]|horas?))",
        lambda m: f"{m[1]} {dotted(m[2] + '.' + m[3])}",
    ),
    # '35 @ de café': a Colombian or Mexican farm's arrobas.
    _c(
        r"(?<![\w.,])(\d+) ?@(?= de\b)",
        lambda m: f"{m[1]} arrobas" if m[1] != "1" else "una arroba",
    ),
    # 'One UI 7.0', 'Bluetooth 5.3', 'USB 3.2': a dotted number after a product is a version.
    _c(
        rf"\b(?!PM )({_PRODUCTS}) (\d{{1,2}})\.(\d)\b(?![.,]\d| ?(?:[%°€$£]|{UNIT_RE}))",
        lambda m: f"{m[1]} {_card(int(m[2]))} punto {_card(int(m[3]))}",
    ),
    # 'iPhone 13 128 GB': a model number, then the storage (not 13 128 grouped by a space).
    _c(
        r"\b((?:i[A-Z]|[A-Z])[\w-]*) ([1-9]\d?) (?=\d{3} ?(?:GB|TB|MB|Gb|mAh)\b)",
        lambda m: f"{m[1]} {_card(int(m[2]))} ",
    ),
    _c(
        r"\b(\d{4})([-./])(\d{1,2})\2(\d{1,2})\b",
        lambda m: _date(int(m[4]), int(m[3]), m[1]) or m[0],
    ),
    _c(
        r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b",
        lambda m: _date(int(m[1]), int(m[3]), m[4]) or m[0],
    ),
    _c(r"\b(\d{1,2})(?:[:.](\d{2}))? ?([AaPp])\.? ?[Mm]\b\.?", es_ranges.time12),
    _c(
        rf"(?<![\d:.]){_HH} ?[-–] ?{_HH}(?!\d|:\d){_H}",
        _clock_range,
    ),
    _c(r"(?<![\w.,])(\d{1,2}) ?h ?([0-5]\d)(?! ?min\b)(?!\w)", _hours),
    _c(
        rf"({SCORE_CTX}[^.!?\d]{{0,40}}?)(?<![\d.])(?<!las )(?<! la )"
        r"(\d{1,3}) ?[-:] ?(?!0\d)(\d{1,3})(?!\d|:\d)",
        lambda m: f"{m[1]}{_card(int(m[2]))} a {_card(int(m[3]))}",
    ),
    _c(
        rf"(?<![\d.:])(?<!las )(?<! la )(\d{{1,3}})[-:](?!0\d)(\d{{1,3}})(?!\d|:\d)"
        rf"(?=[^.!?\d]{{0,25}}{SCORE_CTX})",
        lambda m: f"{_card(int(m[1]))} a {_card(int(m[2]))}",
    ),
    _c(
        r"(?<![\d.:])(\d{1,2}):(\d)(?!\d|:\d)", lambda m: f"{_card(int(m[1]))} a {_card(int(m[2]))}"
    ),
    _c(
        rf"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d){_H}",
        es_ranges.time,
    ),
    _c(
        rf"(?<![\d.,]){_HD} ?(?:-|–|a) ?{_HD}(?![\d]|[.,]\d)(?! ?(?:[€$£¥₩]|{MONEY_CODES}\b))"
        rf"(?! ?(?!hrs?\b|hs?\b){UNIT_RE}){_H}",
        _clock_range,
    ),
    _c(rf"(?<![\d.,]){_HD}(?![\d]|[.,]\d){_H}", es_ranges.dotted_time),
    # A price range, the sign on one end or both: '20-30 €', '$20-$30', 'MXN 200-300'.
    _c(
        rf"(?P<sym>[$€£¥₩]|\b(?:{MONEY_CODES})) ?(?P<low>{_DN}) ?[-–] ?(?:(?P=sym) ?)?"
        rf"(?P<high>{_DN})(?: ?(?:{MONEY_CODES})\b)?",
        es_money.span,
    ),
    _c(
        rf"(?P<low>{_SN}) ?[-–] ?(?P<high>{_SN}) ?(?P<sym>[$€£¥₩]|{MONEY_CODES})(?!\w)",
        es_money.span,
    ),
    # '$50 mil', 'US$ 2 millones': the amount and its scale, then the currency.
    _c(
        rf"([$€£¥₩]|\b(?:{MONEY_CODES})) ?({_N}) (mil|mill[óo]n|millones|billones)\b",
        es_money.scaled,
    ),
    _c(
        rf"\$ ?({_DN}) ?({MONEY_CODES}|{'|'.join(_WORD_CODES)})\b",
        lambda m: es_money.money(es_money.amount(m[1]), _WORD_CODES.get(m[2], m[2])),
    ),
    _c(
        rf"(?:([-−])(?=[$€£¥₩]))?([$€£¥₩]) ?({_DN})",
        lambda m: es_money.money(es_money.amount((m[1] or "") + m[3]), m[2]),
    ),
    _c(
        rf"({_US}(?= ?(?:\$|[A-Z]{{3}}))|{_SN}) ?([$€£¥₩]|{MONEY_CODES})(?!\w)",
        lambda m: es_money.money(es_money.before_symbol(m), m[2]),
    ),
    _c(
        rf"\b({MONEY_CODES}) ?({_US}|{_SN})",
        # 'COP 4,2' is a heat pump's coefficient, not a few Colombian pesos.
        lambda m: (
            m[0]
            if m[1] == "COP" and es_money.amount(m[2]).value < 100
            else latin.at_start(m, es_money.money(es_money.amount(m[2]), m[1]))
        ),
    ),
    _c(r"(?<![\w.,])(\d+(?:,\d+)?) ?[x×] ?(?=\d)", lambda m: f"{_num(_parse(m[1]))} por "),
    _c(
        r"(?<!\d )(?<!\d\. )(?<!\d)\b[Kk]m\.? (?=\d)",
        lambda m: "kilómetros " if latin.prev_word(m) == "los" else "kilómetro ",
    ),
    _c(
        rf"\b[vV](?:\. ?{latin.MARK}?)?(\d+(?:\.\d+)*)\b",
        es_codes.version,
    ),
    _c(
        r"(?<![\d.])(?![1-9]\d{0,2}(?:\.\d{3})+(?!\d|\.\d))\d+\.\d+\.\d+(?:\.\d+)*(?!\d|\.\d)",
        lambda m: es_counts.bare(m) if re.fullmatch(_GROUPED, m[0]) else dotted(m[0]),
    ),
    _c(
        rf"({_SN}) ?(?:-|~) ?({_SN})(?: ?({UNIT_RE}))?",
        es_counts.span,
    ),
    _c(
        rf"(?<![\w/.,])(\d{{3}})/(\d{{2,3}})(?![\w/])(?: ?({UNIT_RE}))?",
        lambda m: es_counts.out_of(m, "sobre"),
    ),
    *es_fractions.UNIT_RULES,
    unit_rule(_SN),
    _c(r"(?<![\d.,])(\d+)\.?(º|ª|er|ᵉʳ)(?!\w)", es_counts.ranked),
    _c(r"(?<![\d.,])(\d+)\.(o|a)\b", es_counts.ranked),
    *es_fractions.RULES,
    _c(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/])", _slash),
    es_codes.LONG_DIGITS,
    _c(_SN, es_counts.bare),
    _c(r"\d+", lambda m: latin.spell_digits(m[0], DIGIT_NAMES)),
]


# An operating system's name: 'iOS' 'i O S', 'macOS' 'mac O S', 'HarmonyOS' 'Harmony O S'.
_SYSTEM_NAME = re.compile(r"\b([A-Za-z]*[a-z])OS\b")
_OPENED_NUMBER = re.compile(r"(?:^|(?<=[.!?] ))[¡¿](?=[-−+]?[$€£¥₩#]?\d)")


def normalize(text: str) -> str:
    """Read `text` (already through common.prepare) as a Spanish speaker would."""
    source = text
    es_locale.read_in(source)
    text = es_clean.apostrophe_millions(text)
    text = latin.apply(latin.pre_clean(text), es_codes.address_rules(ADDRESS, DIGIT_NAMES))
    # In addresses 'www' is written lower-case.
    text = text.replace("W W W punto", "w w w punto")
    text = latin.mark_starts(es_typed.expand(es_abbrev.expand(es_clean.pre_clean(text))))
    text = es_marks.unmark_chat(text)
    # '¡10.000 pasos!' is '¡Diez mil pasos!': the sentence starts after the opening mark.
    text = _OPENED_NUMBER.sub(lambda m: m[0] + latin.MARK, text)
    text = latin.apply(text, _RULES)
    text = latin.apply(text, [latin.per_rule(PER, "")])
    text = _SYSTEM_NAME.sub(r"\1 O S", text)
    text = re.sub(r"\b([Ll])as una\b", r"\1a una", text)  # 'a las 1:00' is 'a la una'
    # '31-34 °C', 'entre 21 y 25 años': the first number of a range is no noun's, so it is
    # said whole ('treinta y uno a treinta y cuatro grados'); the article 'un' never stands
    # before 'a', 'y' or 'o'.
    text = re.sub(r"\b(veinti)?[uú]n(?= (?:a|y|o|hasta) )", lambda m: (m[1] or "") + "uno", text)
    text = stressed_a(text)
    text = latin.read_caps(text, {**_KEEP, **es_marks.said_caps(source)}, source)
    text = es_marks.tidied(text, lambda t: latin.tidy(t, SYMBOLS))
    return es_forms.restore_start(latin.capitalise(text), source)
