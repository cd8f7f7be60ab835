"""Spanish fractions: '1/2 taza', '1 1/2 tazas', '3/4 kg', and halves of hours ('1,5 h')."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.es_numbers import card, gender, ordinal
from melod.text.es_tables import FRACTIONS
from melod.text.es_units import UNIT_RE, words
from melod.text.latin import Rule
from melod.text.latin import rule as _c

_DATE_CTX = {"el", "del", "al", "hoy", "desde", "lunes", "martes", "miércoles", "jueves",
             "viernes", "sábado", "domingo"}  # fmt: skip
_MAX_DENOMINATOR = 10
# Before these plural measures a/b stays a fraction ('2/3 tazas'); before other plural
# nouns it is a count out of a total ('4/6 preguntas' 'cuatro de seis').
_MEASURES = latin.wordset(
    "partes tazas cucharadas cucharaditas vasos kilos litros horas vueltas porciones raciones"
)
# Units and nouns of time whose half is said 'y media' / 'y medio': 'una hora y media'.
_HALVES = {"h": "hora", "hr": "hora", "hrs": "hora", "hs": "hora", "hora": "hora",
           "horas": "hora", "min": "minuto", "minuto": "minuto", "minutos": "minuto",
           "s": "segundo", "seg": "segundo", "segundo": "segundo",
           "segundos": "segundo"}  # fmt: skip


def _proper(a: int, b: int) -> bool:
    return 0 < a < b <= _MAX_DENOMINATOR


def _part(a: int, b: int, gender_: str) -> str:
    """'media' / 'medio' for 1/2 before a noun of that gender, else 'dos tercios'."""
    if (a, b) == (1, 2):
        return "media" if gender_ == "f" else "medio"
    return f"{card(a, 'm')} {FRACTIONS[b]}{'s' if a > 1 else ''}"


def _singular(noun: str) -> str | None:
    """'tazas' -> 'taza'; None where dropping the s is not enough ('limones')."""
    if re.search(r"[aeiouáéíóú]s$", noun):
        return noun[:-1]
    return None if noun.endswith("s") else noun


# Participles and adjectives of how full or done something is (not a noun in -ada, -ida:
# 'media jornada', 'media entrada').
_STATE = re.compile(
    r"(?:complet(?:ad)?|terminad|cargad|descargad|llen|vac[ií]|instalad|pagad|usad|gastad|"
    r"consumid|ocupad|vendid|actualizad|procesad|enviad|entregad|abiert|cerrad|hech|cumplid|"
    r"recorrid|reservad|pintad|limpi|lavad|secad|cocid|descongelad|congelad|inflad|leíd|vist)"
    r"[oa]s?"
)


def slash(m: re.Match[str]) -> str | None:
    """'1/2 taza' -> 'media taza', '2/3' -> 'dos tercios'; None for a date ('el 1/4')."""
    a, b = int(m[1]), int(m[2])
    if latin.prev_word(m) in _DATE_CTX or not _proper(a, b):
        return None
    if m.string[: m.start()].endswith("(") and m.string[m.end() :].startswith(")"):
        return None  # '(5/6)' alone in brackets is a date

    after = latin.next_word(m)
    if a > 1 and after.endswith("s") and gender(after) and after not in _MEASURES:
        return f"{card(a, gender(after))} de {card(b, gender(after))}"  # '4/6 preguntas'
    if after in ("parte", "partes") and b > 2:  # '2/3 partes': 'dos terceras partes'
        return f"{card(a, 'f')} {ordinal(b, 'f')}{'s' if a > 1 else ''}"
    if _STATE.fullmatch(after):  # '2/3 completado', '3/4 lleno': how far, no part of a thing
        return _part(a, b, "m")
    g = gender(after)
    # 'sobre' is a sachet unless a number follows ('1/2 sobre 10' is a mark).
    if after == "sobre" and not re.match(r" sobre ?\d", m.string[m.end() :]):
        g = "m"
    if (a, b) == (1, 2):
        return _part(a, b, g) if g else "un medio"
    # A part of one thing takes 'de': '3/4 pastilla' 'tres cuartos de pastilla'.
    return _part(a, b, g) + (" de" if g and not after.endswith("s") else "")


def _mixed(m: re.Match[str]) -> str:
    """'2 1/2 tazas' -> 'dos tazas y media'; without a noun, 'dos y medio'."""
    whole, a, b, noun = int(m[1]), int(m[2]), int(m[3]), m[4] or ""
    if not _proper(a, b):
        return m[0]
    g = gender(noun.strip())
    said = noun.strip() if whole != 1 else _singular(noun.strip())
    if g and said:
        return f"{card(whole, g)} {said} y {_part(a, b, g)}"
    return f"{card(whole, g)} y {_part(a, b, g)}{noun}"


def _unit_fraction(m: re.Match[str]) -> str:
    """'1/2 kg': 'medio kilo', '3/4 h': 'tres cuartos de hora', '1 1/2 L': 'un litro y medio'."""
    a, b = int(m[2]), int(m[3])
    if not _proper(a, b):
        return m[0]
    one = words(m[4], False)
    g = gender(one.split()[0])
    if m[1]:
        whole = int(m[1])
        return f"{card(whole, g)} {words(m[4], whole != 1)} y {_part(a, b, g)}"
    return f"{_part(a, b, g)} {one}" if (a, b) == (1, 2) else f"{_part(a, b, g)} de {one}"


def _half(m: re.Match[str]) -> str:
    """'1,5 h' -> 'una hora y media', '0,5 min' -> 'medio minuto'."""
    one = _HALVES[m[2]]
    g = gender(one)
    half = "media" if g == "f" else "medio"
    whole = int(m[1])
    if not whole:
        return f"{half} {one}"
    return f"{card(whole, g)} {one}{'s' if whole != 1 else ''} y {half}"


def _partitive(m: re.Match[str]) -> str:
    """'el 1/3 de los vecinos': 'un tercio de'; 'el 2/3 de' 'los dos tercios de'."""
    a, b = int(m[2]), int(m[3])
    if not _proper(a, b):
        return m[0]
    lead = {"el": "", "del": "de ", "al": "a "}[m[1].lower()]
    if (a, b) == (1, 2):
        said = lead + "la mitad"
    elif a == 1:
        said = f"{lead}un {FRACTIONS[b]}"
    else:
        said = f"{lead}los {_part(a, b, '')}"
    return latin.at_start(m, said) + " "


_HALF_ALT = latin.alternation(_HALVES)

#: Run before the unit rule: fractions and halves of a unit.
UNIT_RULES: list[Rule] = [
    _c(rf"(?<![\w/.,])(\d+)[,.]5 ({_HALF_ALT})(?![\w/])", _half),
    _c(rf"(?<![\w/.,])(?:(\d+) )?(\d{{1,2}})/(\d{{1,2}}) ?({UNIT_RE})", _unit_fraction),
]


def _of_measure(m: re.Match[str]) -> str:
    """'2/3 tazas de harina': 'dos tercios de taza' (the measure is said once)."""
    a, b = int(m[1]), int(m[2])
    if not _proper(a, b):
        return m[0]
    part = _part(a, b, gender(m[3]))
    return f"{part} {m[3]}" if (a, b) == (1, 2) else f"{part} de {m[3]}"


# Measures whose half is said 'media taza', 'medio litro' ('1/2 de litro' drops the 'de').
_HALF_MEASURES = latin.wordset(
    "litro kilo kilogramo gramo taza hora docena cucharada cucharadita vaso metro botella lata "
    "paquete barra bolsa galón libra onza pinta pieza porción ración tanque"
)
_HALF_OF_WHOLE = latin.wordset(
    "la las el los mi mis tu tus su sus este esta estos estas ese esa nuestro nuestra lo"
)


def _half_of(m: re.Match[str]) -> str:
    """'1/2 de litro' 'medio litro'; '1/2 de la pizza' 'la mitad de'; '1/2 de carne' 'medio kilo
    de carne', as a shopping list means it."""
    after = m[1].lower()
    if latin.prev_word(m) in _DATE_CTX or after[0].isdigit():
        return m[0]
    if after in _HALF_MEASURES:
        return latin.at_start(m, "media " if gender(after) == "f" else "medio ")
    if after in _HALF_OF_WHOLE:
        return latin.at_start(m, "la mitad de ")
    return latin.at_start(m, "medio kilo de ")


#: Run after the unit rule: a whole number and a fraction.
RULES: list[Rule] = [
    _c(r"(?<![\w/.,])(?<!\d )1/2 de (?=(\w+))", _half_of),
    # 'el depósito está a 1/2': at half its level, 'a la mitad'.
    _c(r"(?<=\b[Aa] )1/2(?![\w/]| ?[^\W\d_])", lambda m: "la mitad"),
    # '3/4 taza' too, without its 'de': 'tres cuartos de taza'.
    _c(
        r"(?<![\w/.,])(?<!\d )(\d)/(\d{1,2}) "
        r"(taza|cucharada|cucharadita|cuchara|vaso|copa|botella|lata|barra|docena)s?\b",
        _of_measure,
    ),
    # A share of a group after 'el' is not a date: 'el 1/3 de los vecinos', 'el 1/4 del depósito'.
    _c(
        r"\b([Ee]l|[Dd]el|[Aa]l) (\d)/(\d{1,2}) (?=de (?:los|las|la|mis|tus|sus|nuestr|"
        r"vuestr|todos|todas)\b|del (?!próximo|pasado|año|mes|presente|corriente|\d))",
        _partitive,
    ),
    _c(r"(?<![\w/.,])(\d+) (\d{1,2})/(\d{1,2})(?![\w/])( [^\W\d_]+)?", _mixed),
]
