"""Spanish counts: a bare number, a range or an ordinal agrees with the noun it counts
('1 persona' 'una', '3-5 semanas' 'tres a cinco', '1.ª planta' 'primera'), unless it only
labels something ('sector 1', '41001 Sevilla', 'tarifa 1F': 'uno', never 'un')."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.es_numbers import card, comma_thousands, gender, left_out, num, ordinal, parse
from melod.text.es_tables import LABEL_NOUNS
from melod.text.es_units import words

# After a floor ordinal these are not nouns: '3.º B', '2.º izquierda' keep 'tercero'.
_FLOOR_SIDES = latin.wordset("izquierda derecha centro interior exterior izda dcha izq")

# '2 notificaciones de Ring y 1 ...': the noun counted before a list's next number.
# A sentence may end between them: '3 visitas; 1 dejó mensaje', '2 visitas. 1 dejó un paquete'.
_LIST_BEFORE = re.compile(
    rf"\d ([^\W\d_]+)\b(?:[^\d.!?;:]{{0,40}}(?:\b[yo]|[,:]) |[^\d.!?;:]{{0,40}}[.;] {latin.MARK}?)$"
)
# After a number these leave its noun out: '2 apagadas, 1 sin conexión', 'y 1 de Nest'.
_LEFT_OUT = latin.wordset("de del más menos sin con en")


def ranked(m: re.Match[str]) -> str:
    """'1.º', '2.ª', '3er': an ordinal, in the gender of the noun after it."""
    after = latin.next_word(m)
    # A name after it is not the thing ranked: '1.º Barça 34 pts' is 'primero Barça'.
    name = re.match(r" [A-ZÁÉÍÓÚÑ][a-záéíóúñ]", m.string[m.end() :])
    noun = gender(after) and len(after) > 1 and after not in _FLOOR_SIDES and not name
    said_gender = "f" if m[2] in ("ª", "a") else ("m" if noun else "")
    said = ordinal(int(m[1]), said_gender)
    # 'somos los 4.º', 'quedamos las 2.ª': after a plural article, so is the ordinal.
    if latin.prev_word(m).lower() in ("los", "las") and said[-1] in "oa":
        return said + "s"
    return said


def _labels(m: re.Match[str]) -> bool:
    """Whether the number names something rather than counting it."""
    # A capitalised word after is a name, not the thing counted: '41001 Sevilla'.
    # After 'número' it is a label too: 'n.º 21 entregado' is 'veintiuno'.
    name = bool(re.match(r" [A-ZÁÉÍÓÚÑ][a-záéíóúñ]", m.string[m.end() :]))
    # Glued to a letter it is part of a name: 'F1 GP' is 'F uno'.
    name = name or m.string[m.start() - 1 : m.start()].isalpha()
    # After a noun it names ('sector 1 regado', 'zona 2 activa') it is never 'un'.
    name = name or latin.prev_word(m).lower() in LABEL_NOUNS
    # A capital glued after it makes a code: 'tarifa 1F', 'depto. 1B' is 'uno', never 'un'.
    name = name or bool(re.match(r"[A-Z]\b", m.string[m.end() :]))
    # After a code of capitals it is a label: 'vuelo FR 8341 cancelado'.
    return name or bool(re.search(r"\b[A-Z]{1,3} $", m.string[: m.start()]))


def _agreement(m: re.Match[str], noun: str, pair: re.Match[str] | None) -> str:
    """The gender the number takes from `noun`, or from a noun left out before it."""
    # The noun left out keeps the feminine ('y 1 de Nest' 'una'); a masculine stays 'uno'.
    # A code after it names a model of that noun: '2 pilas AA y 1 CR2032' is 'una'.
    fem_before = gender(_counted_before(m)) == "f"
    code = re.match(r" [A-Z]{1,4}\b", m.string[m.end() :])
    after = re.match(r" ?\S+ ([^\W\d_]+)", m.string[m.end() :])  # 'tenistas españolas'
    g = gender(noun, after[1] if after else "") or ("f" if fem_before else "")
    g = "f" if code and fem_before else g
    if pair and pair[0].startswith(" de cada") and g == "m":
        g = ""  # 'uno de cada tres trenes'
    # '14 productos, 1 sustituido': a participle after it agrees with the noun left out.
    before = re.search(_LIST_BEFORE, m.string[: m.start()])
    elided = left_out(latin.next_word(m), before[1] if before else "", m.string[m.end() :])
    return g if elided is None else elided


def bare(m: re.Match[str]) -> str:
    """A number on its own: a count agreeing with its noun, or a label said in full."""
    name = _labels(m)
    # 'entre 21 y 31 personas': the first number agrees with the noun after the second.
    # '1 de cada 4 mujeres': the first number agrees with the noun after 'cada'.
    pair = re.match(r" (?:y|o|u|a|de cada) [\d.,]+ ([^\W\d_]+)", m.string[m.end() :])
    noun = pair[1] if pair and gender(pair[1]) else latin.next_word(m)
    g = _agreement(m, noun, pair)
    # '1,500 personas': a count is never a decimal, so the comma groups thousands.
    value = parse(comma_thousands(m[0], noun) if g and noun.endswith("s") else m[0])
    said = num(value, "" if name else g)
    # A round million counts its noun with 'de': 'dos millones de habitantes'.
    if said.endswith(("millón", "millones")) and g and not name:
        said += " de"
    return latin.padded(m, said)


def _counted_before(m: re.Match[str]) -> str:
    """'2 notificaciones de Ring y 1 de Nest': a bare number after 'y' counts the same noun."""
    code = re.match(r" [A-Z]{1,4}\b", m.string[m.end() :])
    if latin.next_word(m) not in _LEFT_OUT and not code:
        return ""
    before = re.search(_LIST_BEFORE, m.string[: m.start()])
    return before[1] if before else ""


def span(m: re.Match[str]) -> str:
    """'3-5 días', 'entre 18-20' ('y'), '1-2 h' ('una a dos horas'): both ends agree."""
    said = words(m[3], False) if m[3] else latin.next_word(m)
    name = re.match(r" [A-ZÁÉÍÓÚÑ]", m.string[m.end() :]) and not m[3]  # '1-0 Sevilla'
    g = gender(said.split()[0]) if said and not name else ""
    # 'entre 18-20' 'y'; 'del 7-13 de abril' 'del siete al trece'.
    to = {"entre": "y", "del": "al"}.get(latin.prev_word(m), "a")
    return f"{num(parse(m[1]), g)} {to} {num(parse(m[2]), g)}" + _unit_after(m[3])


def out_of(m: re.Match[str], word: str) -> str:
    """'180/250 personas': both numbers agree with the noun after ('doscientas cincuenta')."""
    g = "" if m[3] else gender(latin.next_word(m))
    return f"{card(int(m[1]), g)} {word} {card(int(m[2]), g)}" + _unit_after(m[3])


def _unit_after(unit: str | None) -> str:
    return f" {words(unit, True)}" if unit else ""
