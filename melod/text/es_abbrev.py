"""Spanish abbreviations, expanded before the number rules see the text.

Titles (Sr., Dra.) never end a sentence; the others (izda., etc., 3 uds.) may, so
their full stop is kept when the next word starts a new sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from melod.text import latin
from melod.text.es_abbrev_words import ENDINGS, TITLES, UP
from melod.text.es_numbers import gender
from melod.text.es_tables import MX_STATES, WOMEN
from melod.text.latin import Rule

_DAYS = {"lun": "lunes", "mar": "martes", "mié": "miércoles", "mie": "miércoles",
         "miérc": "miércoles", "mierc": "miércoles", "miér": "miércoles", "mier": "miércoles",
         "jue": "jueves", "vie": "viernes", "sáb": "sábado", "sab": "sábado",
         "dom": "domingo"}  # fmt: skip
_MONTHS = {"ene": "enero", "feb": "febrero", "mar": "marzo", "abr": "abril", "may": "mayo",
           "jun": "junio", "jul": "julio", "ago": "agosto", "sep": "septiembre",
           "sept": "septiembre", "oct": "octubre", "nov": "noviembre",
           "dic": "diciembre"}  # fmt: skip
_MONTH_AFTER = rf" (?:{'|'.join(_MONTHS)})\b"
_MONTH_WORDS = "|".join([*_MONTHS, *sorted(set(_MONTHS.values()))])
_NOT_MAR = "|".join(day for day in _DAYS if day != "mar")
_FEM_BEFORE = latin.wordset("temperatura velocidad potencia presión humedad máxima mínima")


# A title after one of these is part of a place's name: 'Hospital Doctor Peset',
# 'calle Doctor Fleming', 'Colegio Santa Ana' keep the capital.
_NAMED_AFTER = latin.wordset(
    "hospital calle avenida plaza paseo colegio instituto centro clínica ambulatorio "
    "consultorio residencia parque fundación farmacia polideportivo estadio escuela ceip ies"
)


def _title(word: str) -> latin.Handler:
    def handler(m: re.Match[str]) -> str:
        if re.search(r"(^|[.!?¡¿] ?)$", m.string[: m.start()]):
            return word[:1].upper() + word[1:]
        if word in ("doctor", "doctora", "señor", "señora") and latin.prev_word(m) in _NAMED_AFTER:
            return word[:1].upper() + word[1:]
        return word

    return handler


def _ending(word: str) -> latin.Handler:
    title = _title(word)
    return lambda m: latin.keep_dot(m, title(m))


# Opening days from one to another: 'Lun. a Vie.', 'lun-vie', 'Sáb. y Dom.' (two days make
# even 'mar' Tuesday).
_DAY_ALT = "|".join(sorted(_DAYS, key=len, reverse=True))
_DAY_SPAN = re.compile(
    rf"(?<![\w.])({_DAY_ALT})\.? ?(a|al|y|-|–) ?({_DAY_ALT})\b(\.?)(?![\w/])", re.I
)


def _day_span(m: re.Match[str]) -> str:
    to = "y" if m[2].lower() == "y" else "a"
    text = f"{_title(_DAYS[m[1].lower()])(m)} {to} {_DAYS[m[3].lower()]}"
    return latin.keep_dot(m, text)


def _extreme(m: re.Match[str]) -> str:
    """máx./mín.: 'máxima' for temperatures and feminine nouns, else 'máximo'."""
    # 'máx. 39 °C', 'máx/mín hoy: 17°/9°': a temperature follows in the clause.
    value = r"[-−]?\d+(?:,\d+)?"
    degrees = re.match(rf"[^.!?\d]{{0,25}}?{value}(?: a {value})? ?°", m.string[m.end() :])
    # 'máx 31 mín 19' with bare numbers is a weather forecast: temperatures.
    pair = re.search(r"(?i)\bmáx\.? ?[-−]?\d+(?:,\d)?,? ?(?:y |/ ?)?mín\.? ?[-−]?\d", m.string)
    fem = degrees or pair or latin.prev_word(m) in _FEM_BEFORE
    word = ("mínim" if m[1] == "ín" else "máxim") + ("a" if fem else "o")
    return _title(word)(m)


def _month(m: re.Match[str]) -> str:
    """'5 de nov.', '2-dic-2024', '1/may/26': the month in full, 'de' before a year."""
    month = _MONTHS.get(m[2].lower(), m[2])
    if m[3]:  # a year after a dash or a slash; two digits are this century's or the last
        year = m[3] if len(m[3]) == 4 else ("20" if int(m[3]) < 50 else "19") + m[3]
        return f"{m[1]} de {month} de {year}"
    text = f"{m[1]} de {month}"
    return text + " de " if re.match(r" \d{4}\b", m.string[m.end() :]) else latin.keep_dot(m, text)


def _money_word(word: str) -> bool:
    return word.isupper() or word in ("euros", "pesos", "dólares", "soles", "céntimos")


def _each(m: re.Match[str]) -> str:
    """'Camisetas a 12 € c/u': 'cada una', agreeing with the noun priced before it."""
    before = re.split(r"[.!?;](?!\d)", m.string[: m.start()])[-1]  # not '12.500'
    # The price's currency is not the thing priced: '2 pizzas x $12.500 c/u' (MXN by now).
    nouns = [w for w in re.findall(r"[^\W\d_]{3,}", before) if gender(w) and not _money_word(w)]
    return "cada una" if nouns and gender(nouns[-1]) == "f" else "cada uno"


def _next(m: re.Match[str]) -> str:
    """'próx. revisión' 'próxima revisión', 'próx. pago' 'próximo pago'."""
    fem = gender(latin.next_word(m)) == "f"
    return _title("próxima" if fem else "próximo")(m)


def _rules(table: dict[str, str], make: Callable[[str], latin.Handler]) -> list[Rule]:
    return [(re.compile(rf"(?<![\w.])(?:{key})"), make(word)) for key, word in table.items()]


_DON_AFTER = latin.wordset("señor a de para con y al e")


def _don(m: re.Match[str]) -> str:
    """'D. Juan' is 'don Juan', but 'vitamina D. Tomar' is a letter and a full stop."""
    before = m.string[: m.start()]
    if latin.prev_word(m) in _DON_AFTER or re.search(r"(^|[.!?¡¿,:] ?)$", before):
        return _title("don")(m)
    return m[0]


# Mexico's states after a town and its comma: 'Acapulco, Gro.', 'Juchitán, Oax.' ('Col.' is
# left to 'colonia').
_STATE_ALT = "|".join(sorted(MX_STATES, key=len, reverse=True))
_STATE_RE = re.compile(rf"([{UP}][a-záéíóúñ]+, )({_STATE_ALT})(?:\.|(?<=Roo))(?!\w)")


def _state(m: re.Match[str]) -> str:
    name = next(v for k, v in MX_STATES.items() if re.fullmatch(k, m[2]))
    return latin.keep_dot(m, m[1] + name)


_COMPASS = {"N": "norte", "S": "sur", "E": "este", "O": "oeste", "W": "oeste", "NE": "noreste",
            "NO": "noroeste", "NW": "noroeste", "SE": "sureste", "SO": "suroeste",
            "SW": "suroeste", "NNE": "nornoreste", "ENE": "estenoreste", "ESE": "estesureste",
            "SSE": "sursureste", "SSO": "sursuroeste", "OSO": "oestesuroeste",
            "ONO": "oestenoroeste", "NNO": "nornoroeste"}  # fmt: skip
# A point of the compass after 'al', 'del', 'hacia el': 'al SO de Ovalle', 'viento del NE';
# a lone letter only before 'de' ('al S de Lima').
_COMPASS_RE = re.compile(r"\b(al|del|hacia el) ([NSEOW]{2,3}|[NSEO](?= de\b))\b(?![.-]?\d)")

# A title written in the masculine is a woman's after 'la' or before her name: 'la Lic.
# Gómez', 'Ing. Laura Díaz' ('licenciada', 'ingeniera').
_SHE = {"Lic": "licenciada", "Ing": "ingeniera", "Arq": "arquitecta", "Prof": "profesora",
        "Dr": "doctora"}  # fmt: skip
_SHE_ALT = "|".join(_SHE)
_SHE_RE = re.compile(
    rf"(?<=\b[Ll]a )({_SHE_ALT})\.|(?<![\w.])(?<!\b[Ee]l )(?<!\b[Dd]el )(?<!\b[Aa]l )"
    rf"({_SHE_ALT})\.(?= (?:{'|'.join(WOMEN)})\b)"
)

RULES: list[Rule] = [
    (_SHE_RE, lambda m: _title(_SHE[m[1] or m[2]])(m)),
    (_STATE_RE, _state),
    (_COMPASS_RE, lambda m: f"{m[1]} {_COMPASS[m[2]]}" if m[2] in _COMPASS else m[0]),
    # An initial inside a name: 'U. de Chile' is 'U de Chile', no full stop there.
    (re.compile(r"(?<![\w.])([A-Z])\.(?= del? [A-ZÁÉÍÓÚ])"), lambda m: m[1]),
    *_rules(TITLES, _title),
    (re.compile(rf"(?<![\w.])D\.(?= [{UP}])"), _don),
    *_rules(ENDINGS, _ending),
    (_DAY_SPAN, _day_span),
    (re.compile(r"(?<![\w.])[Mm](áx|ín)\b\.?|(?<![\w.])[Mm](ax)\b\.?(?= ?\d)"), _extreme),
    (re.compile(r"(?<![\w.])[Pp]r[óo]x\.?(?= [^\W\d_])"), _next),
    (
        re.compile(
            rf"(?<![\w.])({'|'.join(_DAYS)})\.(?=,? \d{{1,2}}(?:/| de |{_MONTH_AFTER}|:\d| ?h\b))",
            re.I,
        ),
        lambda m: _title(_DAYS[m[1].lower()])(m),
    ),
    # 'sáb. 14°', 'del vie.': any day but 'mar.' (March, the sea) before a number or after
    # an article.
    (
        re.compile(
            rf"(?<![\w.])(?:(?<=\bel )|(?<=\bdel )|(?<=\bal )|(?=\w+\.,? \d))({_NOT_MAR})\.",
            re.I,
        ),
        lambda m: _ending(_DAYS[m[1].lower()])(m),
    ),
    # 'menos que en oct.', 'desde sept.': a month cut short after a preposition ('mar.' is
    # also the sea, so it is left alone).
    (
        re.compile(
            r"(?:(?<=\ben )|(?<=\bde )|(?<=\bdesde )|(?<=\bhasta )|(?<=\bpara ))"
            rf"({'|'.join(m for m in _MONTHS if m != 'mar')})\.",
            re.I,
        ),
        lambda m: _ending(_MONTHS[m[1].lower()])(m),
    ),
    # 'nos vemos el sáb?', 'este dom': a day cut short after an article, with no stop.
    (
        re.compile(
            r"(?:(?<=\b[Ee]l )|(?<=\bdel )|(?<=\bal )|(?<=\beste )|(?<=\bcada ))"
            rf"({_NOT_MAR})(?![\w.])"
        ),
        lambda m: _DAYS[m[1]],
    ),
    # 'mar 10/12', 'el mar 3 feb': before a day and a month it is Tuesday (March comes after
    # the day).
    (
        re.compile(
            rf"(?<![\w.])[Mm]ar\.?(?= \d{{1,2}}(?:/\d{{1,2}}\b|(?: de)?{_MONTH_AFTER}|(?: de)?"
            rf" (?:{'|'.join(sorted(set(_MONTHS.values())))})\b))"
        ),
        _title("martes"),
    ),
    # 'sáb 12', 'jue 19/12', 'el sab a las 6', 'dom de 10 a 14': without the full stop,
    # only before a day's number, a time or opening hours.
    (
        re.compile(
            rf"(?<![\w.])({_NOT_MAR})(?= \d{{1,2}}(?:/\d{{1,2}})?(?!\d|[.,:]\d)| a las? \d"
            r"| de \d{1,2}(?::\d\d)? a \d)",
            re.I,
        ),
        lambda m: _title(_DAYS[m[1].lower()])(m),
    ),
    (
        re.compile(
            # '15/ene/2027', '1/mayo/26' too, as bank statements write them.
            rf"\b(\d{{1,2}})(?: de |[ /-])({_MONTH_WORDS})"
            r"\b\.?(?:[-/](\d{4}|\d{2})\b|(?!\w))",
            re.I,
        ),
        _month,
    ),
    (re.compile(r"(?<![\w/])c/u\b"), _each),
    # 'c/8 h', 'c/ 12 horas': every so often ('C/ Mayor 8' is a street).
    (
        re.compile(
            r"(?<![\w/])c/ ?(?=\d+ ?(?:h|hs|hrs?|horas?|min|minutos|d[íi]as?|semanas?|mes|meses)\b)"
        ),
        lambda m: "cada ",
    ),
]


def expand(text: str) -> str:
    """Spell out the abbreviations in `text`."""
    return latin.apply(text, RULES)
