"""Spanish abbreviations, expanded before the number rules see the text.

Titles (Sr., Dra.) never end a sentence; the others (izda., etc., 3 uds.) may, so
their full stop is kept when the next word starts a new sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from melod.text import latin
from melod.text.es_numbers import gender
from melod.text.es_tables import MX_STATES, WOMEN
from melod.text.latin import Rule

_UP = "A-ZÁÉÍÓÚÑ"

# What a president heads, or his name: 'Pdte. de la comunidad', 'Pte. Sánchez' ('pdte. de
# pago' is pending; Mexico's 'Calle 5 Pte.' is west).
_HEADS = (
    rf"(?= [{_UP}][a-záéíóúñ]| del? (?:la |los |las )?(?:comunidad|junta|asociación|club|"
    r"gobierno|república|consejo|comisión|federación|cooperativa|fundación|comité|sindicato|"
    r"escalera|urbanización|mancomunidad|patronato|AMPA|APA)\b)"
)
#: Titles and address words: the full stop is part of the abbreviation only.
TITLES: dict[str, str] = {
    r"Sra\.": "señora", r"Srta\.": "señorita", r"Sr\.": "señor", r"Dra\.": "doctora",
    r"Dr\.": "doctor", r"Dña\.": "doña", r"Uds\.": "ustedes",
    r"Ud\.": "usted", r"Profa\.": "profesora", r"Prof\.": "profesor", r"Lic\.": "licenciado",
    r"Ing\.": "ingeniero", r"Sto\.": "Santo", r"Sta\.": "Santa", r"Mr\.": "Mister",
    r"Mrs\.": "Misis", r"Ntra\.": "nuestra", rf"P(?:d?te)\.{_HEADS}": "presidente",
    rf"Pdta\.{_HEADS}": "presidenta",
    # 'Av. Corrientes': the avenue's name, capitalised as written ('avenida de Mayo').
    rf"Av(?:da)?\.(?= [{_UP}])": "Avenida", r"[Aa]v(?:da)?\.": "avenida",
    r"(?<!\d )[Pp]za\.": "plaza", r"[Cc]tra\.": "carretera",
    r"P\.? ?º": "paseo", r"[Uu]rb\.": "urbanización", r"[Ee]dif\.": "edificio",
    r"[Ee]sc\.": "escalera",
    r"[Nn]\.? ?º(?= de )": "número", r"[Dd]e?pto\.|[Dd]e?pto(?= ?\d| [A-Z]\b)": "departamento",
    r"[Ee]p\.(?= ?\d)": "episodio", r"[Rr]ev\.(?= ?[A-Z\d]\b)": "revisión",
    r"[Vv]er\.(?= ?\d)": "versión", r"[Hh]ab\.?(?= ?\d)": "habitación",
    r"[Hh]abs\.?(?= ?\d)": "habitaciones",
    # 'Hab. doble', 'hab. individual': the kind of room.
    r"[Hh]ab\.(?= (?:doble|individual|triple|sencilla|matrimonial|familiar|superior|"
    r"estándar|principal|de|con)\b)": "habitación",
    r"Ayto\.": "Ayuntamiento", r"Atte\.": "atentamente",
    r"[Tt](?:el|lf|fno|elf)\.|[Tt](?:el|lf|fno|elf)(?=: ?[+\d]|/)": "teléfono",
    r"[Cc]el\.(?= ?[+\d(])|[Cc]el(?=: ?[+\d(])": "celular",
    r"C\. ?P\.|CP(?= \d{5}\b)": "código postal", r"pág\.|[Pp][áa]g\.(?= ?\d)": "página",
    r"[Pp][áa]gs\.(?= ?\d)": "páginas",
    r"p\. ?ej\.": "por ejemplo",
    r"[Tt]emp\.|[Tt]emp(?=:? ?[-−\d])": "temperatura", r"[Hh]um(?=:? ?\d)": "humedad",
    r"[Pp]rob\.": "probabilidad", r"[Pp]recip\.": "precipitación",
    r"[Hh]um\. ?rel\.": "humedad relativa", r"[Hh]um\.(?= ?\d)": "humedad",
    r"T\.?ª(?= ?[\w\d])": "temperatura", r"[Vv]el\.(?= ?(?:\d|m[áí]))": "velocidad",
    r"[Rr]ef\.": "referencia", r"[Pp]dte\.": "pendiente", r"[Aa]rt\.(?= ?\d)": "artículo",
    r"[Ee]xt\.?(?= ?\d)": "extensión", r"[Cc]ap\.(?= ?\d)": "capítulo",
    r"(?<!\d )[Mm]in\.(?= ?\d)": "minuto",
    rf"[Cc]/ ?(?=[{_UP}])": "calle ", r"vs\.?(?!\w)": "versus",
    # Inside names the capital stays: 'Hospital Gral. Universitario', 'Univ. de Sevilla'.
    r"Gral\.": "General", r"gral\.": "general", r"Hosp\.": "Hospital", r"Univ\.": "Universidad",
    r"Excmo\.": "excelentísimo", r"Excma\.": "excelentísima", r"Ilmo\.": "ilustrísimo",
    r"Ilma\.": "ilustrísima", r"Mtro\.": "maestro", r"Mtra\.": "maestra", r"Arq\.": "arquitecto",
    r"[Aa]pdo\.": "apartado", r"[Ee]sq\.": "esquina", r"[Aa]dm[óo]n\.": "administración",
    rf"Blvd\.(?= [{_UP}])": "Bulevar", r"[Bb]lvd\.": "bulevar",
    # Latin American addresses: 'Cra. 7 # 72-41, apto. 502', 'Mz. B Lt. 12', 'Int. 4'.
    r"[CcKk]ra\.|[CcKk]ra(?= \d)": "carrera", r"[Cc]ll?\.(?= ?\d)|[Cc]ll(?= \d)": "calle",
    r"[Dd]g\.(?= ?\d)": "diagonal", r"[Tt]v\.(?= ?\d)|[Tt]ransv\.": "transversal",
    r"[Aa]pto?\.(?= ?\d)|[Aa]pto(?= \d)": "apartamento",
    # 'del apto', 'mi apto': the flat after a determiner (an adjective elsewhere: 'apto para').
    r"(?:(?<=\b[Dd]el )|(?<=\b[EeAa]l )|(?<=\b[MmTtSs]u )|(?<=\bmi )|(?<=\bMi )|(?<=\bun )"
    r"|(?<=\beste ))apto\b(?! para|\.)": "apartamento",
    r"[Mm]za?\.(?= ?(?:[A-Z]|\d+)\b)": "manzana", r"[Ll]t\.(?= ?(?:[A-Z]|\d+)\b)": "lote",
    r"[Ii]nt\.(?= ?(?:[A-Z]|\d+)\b)": "interior", r"[Oo]f\.(?= ?\d)": "oficina",
    # Peru's 'Jr. Ayacucho' is capitalised as its name, like 'Avenida'; 'jirón de la Unión'.
    rf"Jr\.(?= [{_UP}][a-záéíóúñ])": "Jirón",
    rf"Jr\.(?= de (?:la |los )?[{_UP}][a-záéíóúñ])": "jirón",
    r"[Ff]do\.": "firmado", r"[Vv]ol\.(?= ?\d)": "volumen", rf"[Cc]ol\.(?= [{_UP}])": "colonia",
    # Argentina's and Chile's: 'Bº Alta Córdoba', 'Pje. Los Álamos', 'Pobl. La Victoria'.
    rf"B[º°]\.?(?= [{_UP}\d])": "barrio", r"[Pp]s?je\.": "pasaje", r"[Pp]obl\.": "población",
    # 'Ruta Nac. 9', 'Ruta Prov. 2': the road's class keeps its capital; 'Prov. de Salta'.
    r"Nac\.(?= ?\d)": "Nacional", r"Prov\.(?= ?\d)": "Provincial",
    rf"[Pp]rov\.(?= de [{_UP}])": "provincia",
}  # fmt: skip

_PCT = r"(?:(?<=%)|(?<=% )|(?<=por ciento ))"
#: Words that may close a sentence: their full stop is kept there.
ENDINGS: dict[str, str] = {
    r"etc\.": "etcétera", r"izda\.|izq\.": "izquierda", r"dcha\.|der\.": "derecha",
    r"(?<=\d )uds\.": "unidades", r"(?<=\d )ud\.": "unidad", r"s/n": "sin número",
    r"EE\. ?UU\.": "Estados Unidos", r"Cía\.": "compañía",
    r"(?<=\d )uds\b": "unidades", r"(?<=\d )ud\b": "unidad", r"incl\.": "incluido",
    r"excl\.": "excluido", r"[Aa]prox\b\.?": "aproximadamente", r"(?<=[ªº] )gen\.": "generación",
    r"[Aa]pto\.": "apartamento", r"(?<=\d )pzas\b\.?": "piezas", r"(?<=\d )pza\b\.?": "pieza",
    # Mexico's streets by the compass: 'Calle 5 Pte.', 'Roma Nte.', 'Díaz Ordaz Ote.'.
    r"Nte\.": "Norte", r"Ote\.": "Oriente", r"Pte\.(?! [A-ZÁÉÍÓÚ][a-záéíóúñ])": "Poniente",
    r"RR\. ?HH\.|RRHH\b": "recursos humanos", r"(?<=\d )cdas\.?": "cucharadas",
    r"(?<=\d )cda\.?": "cucharada", r"(?<=\d )(?:cditas|cdtas)\.?": "cucharaditas",
    r"(?<=\d )(?:cdita|cdta)\.?": "cucharadita", r"JJ\. ?OO\.": "Juegos Olímpicos",
    r"S\. ?L\. ?U\.": "S L U", r"S\. ?L\.": "S L", r"S\. ?A\.": "S A",
    # A Colombian rate after its percent: '9,5 % E.A.' 'efectivo anual', '1,2 % M.V.'.
    rf"{_PCT}[Hh]um\b\.?": "humedad",  # '45 % hum.'
    rf"{_PCT}E\. ?A\.|{_PCT}EA\b": "efectivo anual",
    rf"{_PCT}E\. ?M\.|{_PCT}EM\b": "efectivo mensual",
    rf"{_PCT}M\. ?V\.|{_PCT}MV\b": "mes vencido",
}  # fmt: skip

_DAYS = {"lun": "lunes", "mar": "martes", "mié": "miércoles", "mie": "miércoles",
         "miérc": "miércoles", "mierc": "miércoles", "miér": "miércoles", "mier": "miércoles",
         "jue": "jueves", "vie": "viernes", "sáb": "sábado", "sab": "sábado",
         "dom": "domingo"}  # fmt: skip
_MONTHS = {"ene": "enero", "feb": "febrero", "mar": "marzo", "abr": "abril", "may": "mayo",
           "jun": "junio", "jul": "julio", "ago": "agosto", "sep": "septiembre",
           "sept": "septiembre", "oct": "octubre", "nov": "noviembre",
           "dic": "diciembre"}  # fmt: skip
_MONTH_AFTER = rf" (?:{'|'.join(_MONTHS)})\b"
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
    """'5 de nov.', '2-dic-2024': the month in full, 'de' before a year."""
    year = m[3] or re.match(r" \d{4}\b", m.string[m.end() :])
    text = f"{m[1]} de {_MONTHS[m[2].lower()]}" + (" de " if year else "")
    return text if year else latin.keep_dot(m, text)


def _each(m: re.Match[str]) -> str:
    """'Camisetas a 12 € c/u': 'cada una', agreeing with the noun priced before it."""
    before = re.split(r"[.!?;]", m.string[: m.start()])[-1]
    nouns = [w for w in re.findall(r"[^\W\d_]{3,}", before) if gender(w) and w != "euros"]
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
_STATE_RE = re.compile(rf"([{_UP}][a-záéíóúñ]+, )({_STATE_ALT})(?:\.|(?<=Roo))(?!\w)")


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
    (re.compile(rf"(?<![\w.])D\.(?= [{_UP}])"), _don),
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
            rf"\b(\d{{1,2}})(?: de |[ -])({'|'.join(_MONTHS)})\b\.?(?:([-/])(?=\d{{4}}\b)|(?!\w))",
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
