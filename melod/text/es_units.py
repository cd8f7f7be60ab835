"""Spanish units after a number: names with plural agreement, compound units (mg/dL)."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.es_numbers import comma_thousands, gender, num, parse
from melod.text.es_tables import PER, UNITS

_SIMPLE = [unit for unit in UNITS if "/" not in unit]
_SECOND = latin.alternation({*_SIMPLE, *PER})

#: A unit as written after a number: 'km', 'km/h', 'mg/dL', 'kWh/día'.
# 'El sensor 2 ha detectado': 'ha' before a participle is the verb, not hectares.
_HA_VERB = r"(?!(?<=\bha) (?:\w+(?:ado|ada|ido|ida|to|cho|so)|sido|habido)\b)"
UNIT_RE = (
    rf"(?:(?:{latin.alternation(_SIMPLE)})/(?:{_SECOND})|{latin.alternation(UNITS)})(?![\w/])"
    + _HA_VERB
)


def words(unit: str, plural: bool) -> str:
    """'km' -> 'kilómetros'; 'mg/dL' -> 'miligramos por decilitro'; 'kWh/día' -> '... al día'."""
    if unit in UNITS:
        one, many = UNITS[unit]
        return many if plural else one
    first, _, second = unit.partition("/")
    head = words(first, plural)
    return f"{head} por {UNITS[second][0]}" if second in UNITS else f"{head} {PER[second]}"


def amount(number: str, unit: str) -> str:
    """A number and its unit, the number agreeing with the unit's gender ('una hora')."""
    # '1,500 L', '2,000 km': thousands grouped by a comma, as Mexico writes them; not before
    # '%' or degrees ('2,500 %' is a rate).
    value = parse(number if unit.startswith(("%", "°")) else comma_thousands(number))
    plural = value.value != 1 or bool(value.frac)  # '-1 °C' is 'menos un grado'
    first = words(unit, False).split()[0]
    # 'punto' is a noun here ('treinta y un puntos'), not the decimal point.
    return f"{num(value, 'm' if first == 'punto' else gender(first))} {words(unit, plural)}"


# A height above the sea is whole metres: 'altitud 3,052 m', '3,800 m de altura' group
# thousands with the comma (a length to the millimetre would not be an altitude).
_ALTITUDE = re.compile(r"(?i)\b(?:altitud|cumbre|cima|msnm|s\. ?n\. ?m)\b")
_ALTITUDE_AFTER = re.compile(r"(?i) (?:de (?:altura|altitud)|sobre el nivel del mar)\b")


def _height(m: re.Match[str]) -> str:
    """The amount of `m`, its comma made a thousands mark where it states an altitude."""
    number = m[1]
    if m[2] not in ("m", "msnm") or not re.fullmatch(r"[1-9]\d?,\d{3}", number):
        return number
    before = m.string[max(0, m.start() - 30) : m.start()]
    if m[2] == "msnm" or _ALTITUDE.search(before) or _ALTITUDE_AFTER.match(m.string, m.end()):
        return number.replace(",", ".")
    return number


def unit_rule(sn: str) -> latin.Rule:
    """The rule reading a signed number `sn` followed by a unit."""
    return (re.compile(rf"({sn}) ?({UNIT_RE})"), lambda m: amount(_height(m), m[2]))
