"""Spanish phone numbers, each group as people say it, and references in dashed groups."""

from __future__ import annotations

import re

from melod.text import es_locale
from melod.text.es_numbers import card, digits
from melod.text.es_units import UNIT_RE
from melod.text.latin import Rule

_PAIR_GROUP = 4
_MOBILE_DIGITS = 9


def _group(g: str) -> str:
    """A group of a phone number: digit by digit after a 0, '12 34' for four digits."""
    if re.fullmatch(r"0[1-9]00|08[1-9]0", g):
        return "cero " + card(int(g))  # '0800' 'cero ochocientos', '0810' '... diez'
    if g[0] == "0":
        return digits(g)
    if len(g) == _PAIR_GROUP and g[2] != "0":
        return f"{card(int(g[:2]))} {card(int(g[2:]))}"
    if len(g) == _PAIR_GROUP and g[2:] != "00":
        return f"{card(int(g[:2]))} {digits(g[2:])}"  # '8901' 'ochenta y nueve cero uno'
    return card(int(g))


def phone(m: re.Match[str], group: int = 0) -> str:
    """'+34 612 34 56 78': the country code, then each group as people say it."""
    text = m[group]
    head = []
    code = ""
    if text.startswith("+"):
        code, _, text = text[1:].partition(" ")
        head = [f"más {card(int(code))}"]
    groups = re.findall(r"\d+", text)
    if len(groups) == 1 and len(groups[0]) == _MOBILE_DIGITS:
        g = groups[0]
        # Peru's mobiles go in threes ('987 654 321'), Spain's numbers 3-2-2-2.
        peru = code == "51" or (not code and es_locale.country() == "PE")
        groups = [g[:3], g[3:6], g[6:]] if peru else [g[:3], g[3:5], g[5:7], g[7:]]
    said = [_group(g) for g in groups]
    # A group led by 0 ('717 003 717') has the whole number said digit by digit; a landline's
    # province prefix too ('976 21 47 60' 'nueve siete seis, veintiuno...'), not a 900 line.
    if any(g[0] == "0" and len(g) > 2 for g in groups[1:]):
        said = [digits(g) for g in groups]
    elif len(groups) == _PAIR_GROUP and re.fullmatch(r"[89][1-9]\d", groups[0]):
        said[0] = digits(groups[0])
    return ", ".join(head + said)


def phone_groups(m: re.Match[str], first: int = 1, *, area: bool = False) -> str:
    """'(55) 1234-5678': each bracketed or separated group as people say it; `area` when the
    first is an area code ('(011)' 'cero once')."""
    groups = m.groups()[first - 1 :]
    said = [_group(g) for g in groups]
    return ", ".join([_area(groups[0]), *said[1:]] if area else said)


def _area(g: str) -> str:
    """An area code: '011' 'cero once', as Buenos Aires says it; '351' as a number."""
    return "cero " + card(int(g[1:])) if re.fullmatch(r"0[1-9]\d", g) else _group(g)


def _country(m: re.Match[str]) -> str:
    """'+54 9 11 6372-1948': the country, a mobile's lone digit, the area, then the number."""
    head = [f"más {card(int(m[1]))}"] + ([digits(m[2])] if m[2] else [])
    return ", ".join(head + [_group(g) for g in m.groups()[2:]])


def _local_mobile(m: re.Match[str]) -> str:
    """'011 15-6372-1948': Argentina's mobile prefix 15 after the area code, 'quince'."""
    area = [_area(m[1])] if m[1] else []
    return ", ".join([*area, "quince", _group(m[2]), _group(m[3])])


# Argentina's (and Mexico's old) international mobiles put a lone 9 (or 1) before the area
# code: '+54 9 11 6372-1948', '+52 1 55 1234 5678'; a landline's last four after a dash.
COUNTRY: Rule = (
    re.compile(
        r"(?<![\w+])\+(\d{1,3}) (?:([19]) )?(\d{2,4}) (\d{2,4})(?(2)[ -]|-)(\d{4})"
        r"(?![\w.,]\d|\w)"
    ),
    _country,
)
# Argentina's mobiles dialled at home: '15-6372-1948', '(011) 15 6372-1948'.
LOCAL_MOBILE: Rule = (
    re.compile(
        r"(?<![\w+.,-])(?:\(?(0?\d{2,4})\)?[ -])?15[ -](\d{3,4})[ -](\d{4})(?![\w.,-]?\d|\w)"
    ),
    _local_mobile,
)

_SEVEN = 7
_SIX = 6


def _venezuela(m: re.Match[str]) -> str:
    """'0414 218 47 93': 'cero cuatro catorce, doscientos dieciocho, cuarenta y siete...'."""
    prefix = f"cero {digits(m[1][1])} {card(int(m[1][2:]))}"
    groups = re.findall(r"\d+", m[2])
    if len(groups) == 1 and len(groups[0]) == _SEVEN:
        g = groups[0]
        groups = [g[:3], g[3:5], g[5:]]
    return ", ".join([prefix, *(_group(g) for g in groups)])


# Venezuela's mobiles (0412, 0414, 0416, 0424, 0426) and Caracas (0212), then seven digits:
# the prefix is said 'cero cuatro catorce', as Venezuelans say it.
VENEZUELA: Rule = (
    re.compile(
        r"(?<![\w+.,])\(?(04[12][246]|0212)\)?[ .-]?"
        r"(\d{3}[ .-]?\d{2}[ .-]?\d{2}|\d{3}[ .-]\d{4})(?![\w.,]\d|\w)"
    ),
    _venezuela,
)


def _toll_free(m: re.Match[str]) -> str:
    """'1800 24 24 24': 'uno ochocientos', then each group as people say it."""
    groups = re.findall(r"\d+", m[1])
    if len(groups) == 1:  # '1 800 242424' in pairs, '1800 1234567' three and four
        g = groups[0]
        groups = [g[:2], g[2:4], g[4:]] if len(g) == _SIX else [g[:3], g[3:]]
    return ", ".join(["uno ochocientos", *(_group(g) for g in groups)])


# Toll-free lines of Ecuador and the US style: '1800 24 24 24', '1-800-737-363',
# '1 800 242424'; at least two groups or a block of six or seven after it, so that a year
# ('en 1800') stays a number.
TOLL_FREE: Rule = (
    re.compile(r"(?<![\w+.,-])1[ -]?800[ -](\d{6,7}|\d{2,4}(?:[ -]\d{2,4}){1,3})(?![\w.,-]?\d|\w)"),
    _toll_free,
)


def _colombia_toll_free(m: re.Match[str]) -> str:
    """'01 8000 912 345': 'cero uno ocho mil', then each group as people say it."""
    return ", ".join(["cero uno ocho mil", *(_group(g) for g in m.groups())])


# Colombia's toll-free lines: '01 8000 912 345', '018000-912345'.
COLOMBIA_TOLL_FREE: Rule = (
    re.compile(r"(?<![\w+.,-])01 ?8000[ -]?(\d{3})[ -]?(\d{3})(?![\w.,-]?\d|\w)"),
    _colombia_toll_free,
)


_YEARS = range(1900, 2100)


def _dashed(m: re.Match[str]) -> str:
    """'6123-4567', '223-4567': a number, unless the two halves make a range."""
    a, b = int(m[2]), int(m[3])
    years = a in _YEARS and b in _YEARS
    if not m[1] and a < b and (years or (a % 10 == 0 and b % 10 == 0)):
        return m[0]  # '2023-2024', '1200-1500'
    head = f"más {card(int(m[1]))}, " if m[1] else ""  # '+507 6123-4567'
    return f"{head}{_group(m[2])}, {_group(m[3])}"


# Central America's eight digits (Panama's mobiles 6123-4567, Costa Rica's 8812-3456) and
# seven-digit landlines (223-4567) with a dash: a range from 6123 to 4567, or from 223 to
# 4567, is no range anybody writes. Not before a unit or a sign, nor after 'entre'.
DASHED_LOCAL: Rule = (
    re.compile(
        r"(?<![\w+.,/:-])(?<!entre )(?:\+(\d{1,3}) )?([2-9]\d{2,3})-(\d{4})"
        rf"(?![\w-]|[.,]\d| ?(?:%|[°º€$£]|{UNIT_RE}))"
    ),
    _dashed,
)


def _dashed_code(m: re.Match[str]) -> str:
    """'ABC-123-XYZ', '2024-00123': a reference, group by group; letters spelled, digits one
    by one (a year heading it is said as a number)."""
    groups = re.split(r"[- ]", m[0])

    def said(g: str) -> str:
        if g.isdigit():
            return card(int(g)) if re.fullmatch(r"(?:19|20)\d\d", g) else digits(g)
        return " ".join(re.findall(r"[A-Z]|\d", g))

    return ", ".join(said(g) for g in groups)


# References in dashed groups: three or more of two characters or more, mixing letters
# and digits ('ABC-123-XYZ'; a road's 'AP-7' and a score's 'FC 1-1' are not one), or
# digits whose later group keeps its zeros ('2024-00123', never a range).
DASHED_CODE: Rule = (
    re.compile(
        # (the shared clean-up has already made 'ABC-123' 'ABC 123')
        r"(?<![\w-])(?=[A-Z\d -]*[A-Z])(?=[A-Z\d -]*\d)"
        r"[A-Z\d]{2,6}(?:-|(?<=[A-Z]) (?=\d))[A-Z\d]{2,6}(?:-[A-Z\d]{2,6}){1,3}(?![\w-])"
        r"|(?<![\w.,-])\d{4,6}(?:-\d+)*-0\d{2,}(?:-\d+)*(?![\w-]|[.,]\d)"
    ),
    _dashed_code,
)
