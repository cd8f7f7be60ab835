"""Spanish: numbers with gender and apocope, decimal comma, euros, dates, times and units."""

from __future__ import annotations

import re

from melod.text import (
    es_abbrev,
    es_clean,
    es_codes,
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
from melod.text.es_numbers import DIGIT_NAMES, comma_thousands, dotted, left_out, stressed_a
from melod.text.es_numbers import GROUPED as _GROUPED
from melod.text.es_numbers import SN as _SN
from melod.text.es_numbers import N as _N
from melod.text.es_numbers import card as _card
from melod.text.es_numbers import gender as _gender
from melod.text.es_numbers import num as _num
from melod.text.es_numbers import ordinal as _ordinal
from melod.text.es_numbers import parse as _parse
from melod.text.es_ranges import HD as _HD
from melod.text.es_ranges import H as _H
from melod.text.es_ranges import clock as _clock
from melod.text.es_ranges import clock_range as _clock_range
from melod.text.es_ranges import date as _date
from melod.text.es_tables import (
    ADDRESS,
    CURRENCY_NAMES,
    LABEL_NOUNS,
    MONEY_CODES,
    PER,
    SAID_AS_WORDS,
    SCORE_CTX,
    SYMBOLS,
)
from melod.text.es_units import UNIT_RE, unit_rule, words
from melod.text.latin import Rule
from melod.text.latin import rule as _c

VERSION = "18"
__all__ = ["DIGIT_NAMES", "VERSION", "normalize"]

# After a floor ordinal these are not nouns: '3.º B', '2.º izquierda' keep 'tercero'.
_FLOOR_SIDES = latin.wordset("izquierda derecha centro interior exterior izda dcha izq")

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


def _ord(m: re.Match[str]) -> str:
    after = latin.next_word(m)
    # A name after it is not the thing ranked: '1.º Barça 34 pts' is 'primero Barça'.
    name = re.match(r" [A-ZÁÉÍÓÚÑ][a-záéíóúñ]", m.string[m.end() :])
    noun = _gender(after) and len(after) > 1 and after not in _FLOOR_SIDES and not name
    gender = "f" if m[2] in ("ª", "a") else ("m" if noun else "")
    return _ordinal(int(m[1]), gender)


def _hours(m: re.Match[str]) -> str:
    h, mm = int(m[1]), int(m[2])
    if latin.prev_word(m) in ("las", "la"):
        return _clock(h, mm)
    return f"{_card(h, 'f')} {'hora' if h == 1 else 'horas'} {_card(mm)}"


def _bare(m: re.Match[str]) -> str:
    # A capitalised word after is a name, not the thing counted: '41001 Sevilla'.
    # After 'número' it is a label too: 'n.º 21 entregado' is 'veintiuno'.
    name = bool(re.match(r" [A-ZÁÉÍÓÚÑ][a-záéíóúñ]", m.string[m.end() :]))
    # Glued to a letter it is part of a name: 'F1 GP' is 'F uno'.
    name = name or m.string[m.start() - 1 : m.start()].isalpha()
    # After a noun it names ('sector 1 regado', 'zona 2 activa') it is never 'un'.
    name = name or latin.prev_word(m).lower() in LABEL_NOUNS
    # round 456 (session 7, ES-2): blind set b56
    # A capital glued after it makes a code: 'tarifa 1F', 'depto. 1B' is 'uno', never 'un'.
    name = name or bool(re.match(r"[A-Z]\b", m.string[m.end() :]))
    # After a code of capitals it is a label: 'vuelo FR 8341 cancelado'.
    name = name or bool(re.search(r"\b[A-Z]{1,3} $", m.string[: m.start()]))
    # 'entre 21 y 31 personas': the first number agrees with the noun after the second.
    # '1 de cada 4 mujeres': the first number agrees with the noun after 'cada'.
    pair = re.match(r" (?:y|o|u|a|de cada) [\d.,]+ ([^\W\d_]+)", m.string[m.end() :])
    noun = pair[1] if pair and _gender(pair[1]) else latin.next_word(m)
    # The noun left out keeps the feminine ('y 1 de Nest' 'una'); a masculine stays 'uno'.
    # A code after it names a model of that noun: '2 pilas AA y 1 CR2032' is 'una'.
    fem_before = _gender(_counted_before(m)) == "f"
    code = re.match(r" [A-Z]{1,4}\b", m.string[m.end() :])
    after = re.match(r" ?\S+ ([^\W\d_]+)", m.string[m.end() :])  # 'tenistas españolas'
    g = _gender(noun, after[1] if after else "") or ("f" if fem_before else "")
    g = "f" if code and fem_before else g
    if pair and pair[0].startswith(" de cada") and g == "m":
        g = ""  # 'uno de cada tres trenes'
    # '14 productos, 1 sustituido': a participle after it agrees with the noun left out.
    before = re.search(_LIST_BEFORE, m.string[: m.start()])
    elided = left_out(latin.next_word(m), before[1] if before else "", m.string[m.end() :])
    g = g if elided is None else elided
    # '1,500 personas': a count is never a decimal, so the comma groups thousands.
    value = _parse(comma_thousands(m[0], noun) if g and noun.endswith("s") else m[0])
    said = _num(value, "" if name else g)
    # A round million counts its noun with 'de': 'dos millones de habitantes'.
    if said.endswith(("millón", "millones")) and g and not name:
        said += " de"
    return latin.padded(m, said)


# '2 notificaciones de Ring y 1 ...': the noun counted before a list's next number.
# A sentence may end between them: '3 visitas; 1 dejó mensaje', '2 visitas. 1 dejó un paquete'.
_LIST_BEFORE = re.compile(
    rf"\d ([^\W\d_]+)\b(?:[^\d.!?;:]{{0,40}}(?:\b[yo]|[,:]) |[^\d.!?;:]{{0,40}}[.;] {latin.MARK}?)$"
)
# After a number these leave its noun out: '2 apagadas, 1 sin conexión', 'y 1 de Nest'.
_LEFT_OUT = latin.wordset("de del más menos sin con en")


def _counted_before(m: re.Match[str]) -> str:
    """'2 notificaciones de Ring y 1 de Nest': a bare number after 'y' counts the same noun."""
    code = re.match(r" [A-Z]{1,4}\b", m.string[m.end() :])
    if latin.next_word(m) not in _LEFT_OUT and not code:
        return ""
    before = re.search(_LIST_BEFORE, m.string[: m.start()])
    return before[1] if before else ""


def _range(m: re.Match[str]) -> str:
    """'3-5 días', 'entre 18-20' ('y'), '1-2 h' ('una a dos horas'): both ends agree."""
    said = words(m[3], False) if m[3] else latin.next_word(m)
    name = re.match(r" [A-ZÁÉÍÓÚÑ]", m.string[m.end() :]) and not m[3]  # '1-0 Sevilla'
    g = _gender(said.split()[0]) if said and not name else ""
    to = "y" if latin.prev_word(m) == "entre" else "a"
    return f"{_num(_parse(m[1]), g)} {to} {_num(_parse(m[2]), g)}" + _unit_after(m[3])


def _out_of(m: re.Match[str], word: str) -> str:
    """'180/250 personas': both numbers agree with the noun after ('doscientas cincuenta')."""
    g = "" if m[3] else _gender(latin.next_word(m))
    return f"{_card(int(m[1]), g)} {word} {_card(int(m[2]), g)}" + _unit_after(m[3])


def _unit_after(unit: str | None) -> str:
    return f" {words(unit, True)}" if unit else ""


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
        lambda m: _bare(m) if re.fullmatch(_GROUPED, m[0]) else dotted(m[0]),
    ),
    _c(
        rf"({_SN}) ?(?:-|~) ?({_SN})(?: ?({UNIT_RE}))?",
        _range,
    ),
    _c(
        rf"(?<![\w/.,])(\d{{3}})/(\d{{2,3}})(?![\w/])(?: ?({UNIT_RE}))?",
        lambda m: _out_of(m, "sobre"),
    ),
    *es_fractions.UNIT_RULES,
    unit_rule(_SN),
    _c(r"(?<![\d.,])(\d+)\.?(º|ª|er|ᵉʳ)(?!\w)", _ord),
    _c(r"(?<![\d.,])(\d+)\.(o|a)\b", _ord),
    *es_fractions.RULES,
    _c(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/])", _slash),
    es_codes.LONG_DIGITS,
    _c(_SN, _bare),
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
    text = stressed_a(text)
    text = latin.read_caps(text, {**_KEEP, **es_marks.said_caps(source)}, source)
    text = es_marks.tidied(text, lambda t: latin.tidy(t, SYMBOLS))
    return es_forms.restore_start(latin.capitalise(text), source)
