"""Spanish: numbers with gender and apocope, decimal comma, euros, dates, times and units."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.es_tables import (
    ADDRESS,
    CODES,
    CURRENCY,
    CURRENCY_NAMES,
    FRACTIONS,
    PER,
    SAID_AS_WORDS,
    SCORE_CTX,
    SYMBOLS,
    UNITS,
)
from melod.text.latin import Num, Rule

VERSION = "2"
DIGIT_NAMES: tuple[str, ...] = (
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
)  # fmt: skip

_GROUPED = r"[1-9]\d{0,2}(?:[ .]\d{3})+(?!\d)(?:,\d+)?"
_N = rf"(?<![\d.,])(?:{_GROUPED}|\d+(?:[,.]\d+)?)(?![\d]|[.,]\d)"
_SN = rf"(?:(?<![\w)])[-−] ?)?{_N}"
_MONTHS = latin.wordlist(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
_DATE_CTX = {"el", "del", "al", "hoy", "desde", "lunes", "martes", "miércoles", "jueves",
             "viernes", "sábado", "domingo"}  # fmt: skip
# Words after a number that are not the thing counted: "1 y 2" keeps "uno".
_NOT_NOUNS = latin.wordset(
    "y o u e a de del al en con por para que coma punto más menos es son entre hasta sobre contra "
    "está están estaba era fue ha han hay tiene tienen lleva llevan sigue siguen será serán "
    "no ya se te me le lo la los las"
)
_FEMININE = latin.wordset("vez veces luz luces noche llave red piel tos calle parte nube")
_MASC_IN_A = latin.wordset("día mapa problema sistema programa tema clima idioma planeta sofá")
_FEM_SUFFIXES = ("a", "as", "ción", "ciones", "sión", "siones", "dad", "dades", "tud")

_UNITS = UNITS
_UNIT_RE = rf"(?:{latin.alternation(_UNITS)})(?![\w/])"
_KEEP = {"OK": "okey", "EEUU": "Estados Unidos", **SAID_AS_WORDS}
_CODE_ALT = "|".join(CURRENCY_NAMES)
_HH = r"([01]?\d|2[0-3]):([0-5]\d)"


def _gender(word: str) -> str:
    """'' when no noun follows, else 'm' or 'f' for the noun's gender."""
    word = word.lower()
    if not word or word in _NOT_NOUNS:
        return ""
    masculine = word in _MASC_IN_A or word.removesuffix("s") in _MASC_IN_A
    if word in _FEMININE or (word.endswith(_FEM_SUFFIXES) and not masculine):
        return "f"
    return "m"


def _feminine(text: str) -> str:
    head, sep, tail = text.rpartition("mill")
    tail = re.sub(r"\b(veinti)?(uno|ún)\b", lambda m: (m[1] or "") + "una", tail)
    tail = re.sub(r"\bun\b", "una", tail)
    return head + sep + re.sub(r"ientos\b", "ientas", tail)


def _card(n: int, gender: str = "") -> str:
    text = latin.words(n, "es", DIGIT_NAMES)
    text = re.sub(r"\bveintiuno (?=mil|millones)", "veintiún ", text)
    text = re.sub(r"\buno (?=mil|millones)", "un ", text)
    if gender == "m":
        text = re.sub(r"veintiuno$", "veintiún", re.sub(r"\buno$", "un", text))
    return _feminine(text) if gender == "f" else text


def _ordinal(n: int, gender: str = "") -> str:
    text = latin.words(n, "es", DIGIT_NAMES, "ordinal")
    if gender == "f":
        return re.sub(r"o\b", "a", text)
    return re.sub(r"(primer|tercer)o$", r"\1", text) if gender == "m" else text


def _parse(text: str) -> Num:
    if re.fullmatch(r"[-−]? ?" + _GROUPED, text):
        return latin.parse(text, ",", " .")
    return latin.parse(text.replace(".", ","), ",", "")


def _num(num: Num, gender: str = "") -> str:
    text = _card(num.value, gender if not num.frac else "")
    if num.frac:
        frac = num.frac
        zeros = "cero " * (len(frac) - len(frac.lstrip("0")))
        rest = _card(int(frac)) if len(frac) <= 3 else latin.spell_digits(frac, DIGIT_NAMES)
        text += " coma " + (zeros + rest if len(frac) <= 3 and frac.strip("0") else rest)
    return "menos " + text if num.neg else text


def _unit(m: re.Match[str]) -> str:
    num, unit = _parse(m[1]), m[2]
    one, many = _UNITS[unit]
    gender = "f" if unit == "h" else ("m" if unit != "%" else "")
    return f"{_num(num, gender)} {one if num.is_one else many}"


def _money(num: Num, sym: str) -> str:
    one, many, cent, cents, fem = CURRENCY[CODES.get(sym, sym)]
    sub = int(num.frac.ljust(2, "0")) if num.frac and cent and len(num.frac) <= 2 else 0
    if num.frac and not sub and int(num.frac):
        return f"{_num(num)} {many}"
    if num.value and num.value % 1_000_000 == 0:
        return f"{_card(num.value)} de {many}"
    if not num.value and sub:
        return f"{_card(sub, 'm')} {cent if sub == 1 else cents}"
    text = f"{_card(num.value, 'f' if fem else 'm')} {one if num.value == 1 else many}"
    text = ("menos " if num.neg else "") + text
    return f"{text} con {_card(sub)}" if sub else text


def _date(day: int, month: int, year: str | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    text = f"{_card(day)} de {_MONTHS[month - 1]}"
    if year:
        text += " de " + _card(int(year) + (2000 if len(year) == 2 else 0))
    return text


def _clock(h: int, mm: int) -> str:
    hour = _card(h, "f")
    if mm == 0:
        return hour
    return f"{hour} y {_card(mm)}" if mm < 10 else f"{hour} {_card(mm)}"


def _time12(m: re.Match[str]) -> str:
    h, pm = int(m[1]), m[3].lower() == "p"
    if pm:
        part = "del mediodía" if h == 12 else ("de la tarde" if h < 8 else "de la noche")
    else:
        part = "de la madrugada" if h < 6 or h == 12 else "de la mañana"
    return latin.keep_dot(m, f"{_clock(h, int(m[2] or 0))} {part}")


def _slash(m: re.Match[str]) -> str:
    a, b = int(m[1]), int(m[2])
    if latin.prev_word(m) not in _DATE_CTX and 0 < a < b <= 10:
        gender = _gender(latin.next_word(m))
        if b == 2 and a == 1:
            return "media" if gender == "f" else ("medio" if gender else "un medio")
        return f"{_card(a, 'm')} {FRACTIONS[b]}{'s' if a > 1 else ''}"
    return _date(a, b, None) or f"{_card(a)} barra {_card(b)}"


def _mixed(m: re.Match[str]) -> str:
    a, b = int(m[2]), int(m[3])
    if not 0 < a < b <= 10:
        return m[0]
    gender = _gender(latin.next_word(m))
    half = "media" if gender == "f" else "medio"
    frac = half if (a, b) == (1, 2) else f"{_card(a, 'm')} {FRACTIONS[b]}{'s' if a > 1 else ''}"
    return f"{_card(int(m[1]), gender)} y {frac}"


def _phone(m: re.Match[str]) -> str:
    text = m[0]
    head = []
    if text.startswith("+"):
        code, _, text = text[1:].partition(" ")
        head = [f"más {_card(int(code))}"]
    groups = re.findall(r"\d+", text)
    if len(groups) == 1 and len(groups[0]) == 9:
        g = groups[0]
        groups = [g[:3], g[3:5], g[5:7], g[7:]]
    spoken = [latin.spell_digits(g, DIGIT_NAMES) if g[0] == "0" else _card(int(g)) for g in groups]
    return ", ".join(head + spoken)


def _ord(m: re.Match[str]) -> str:
    fem = m[2] in ("ª", "a")
    gender = "f" if fem else ("m" if _gender(latin.next_word(m)) else "")
    return _ordinal(int(m[1]), gender)


def _hours(m: re.Match[str]) -> str:
    h, mm = int(m[1]), int(m[2])
    if latin.prev_word(m) in ("las", "la"):
        return _clock(h, mm)
    return f"{_card(h, 'f')} {'hora' if h == 1 else 'horas'} {_card(mm)}"


def _exchange(m: re.Match[str]) -> str:
    def say(amount: str, code: str) -> str:
        num = _parse(amount)
        one, many = CURRENCY_NAMES[code]
        return f"{_num(num, 'm')} {one if num.is_one else many}"

    return f"{say(m[1], m[2])} equivale a {say(m[3], m[4])}"


def _bare(m: re.Match[str]) -> str:
    return latin.padded(m, _num(_parse(m[0]), _gender(latin.next_word(m))))


def _title(word: str) -> latin.Handler:
    return lambda m: (
        word.capitalize() if re.search(r"(^|[.!?¡¿] ?)$", m.string[: m.start()]) else word
    )


def _c(pattern: str, handler: latin.Handler) -> Rule:
    return (re.compile(pattern), handler)


_RULES: list[Rule] = [
    _c(r"\b[Ww]i-?[Ff]i\b", lambda m: "wifi"),
    _c(r"\bSra\.", _title("señora")),
    _c(r"\bSrta\.", _title("señorita")),
    _c(r"\bSr\.", _title("señor")),
    _c(r"\bDra\.", _title("doctora")),
    _c(r"\bDr\.", _title("doctor")),
    _c(r"\bDña\.", _title("doña")),
    _c(r"\bD\.(?= [A-Z])", _title("don")),
    _c(r"\bUds\.", _title("ustedes")),
    _c(r"\bUd\.", _title("usted")),
    _c(r"\bEE\. ?UU\.", lambda m: latin.keep_dot(m, "Estados Unidos")),
    _c(r"\bAv(?:da)?\.", _title("avenida")),
    _c(r"\bC/ ?(?=[A-Z])", _title("calle ")),
    _c(r"\betc\.", lambda m: latin.keep_dot(m, "etcétera")),
    _c(r"\baprox\.", lambda m: "aproximadamente"),
    _c(r"\b(?:[Tt]el|[Tt]lf|[Tt]fno)\.", lambda m: "teléfono"),
    _c(r"\bpág\.", lambda m: "página"),
    _c(rf"\b(?:[Nn]\.? ?º|[Nn]úm\.) ?{latin.MARK}?(?=\d)", lambda m: "número "),
    _c(r"(?<![\w+])(?:\+\d{2} )?[6789]\d{2}(?:[ .-]?\d{2,3}){2,3}(?!\w)", _phone),
    _c(r"(?<![\w+])(?:\+\d{2} )?[89]\d [1-9]\d{2}(?: \d{2}){2}(?!\w)", _phone),
    latin.pair_rule({code: names[0] for code, names in CURRENCY_NAMES.items()}),
    _c(rf"({_N}) ?({_CODE_ALT}) ?= ?({_N}) ?({_CODE_ALT})\b", _exchange),
    _c(
        r"(?i)\b(versión|version|iOS|Android|firmware) (\d+)\.(\d+)\b(?!\.\d)",
        lambda m: f"{m[1]} {_card(int(m[2]))} punto {_card(int(m[3]))}",
    ),
    _c(r"(?<![\d.,])(112|0\d\d)(?!\d|[.,]\d)", lambda m: latin.spell_digits(m[0], DIGIT_NAMES)),
    _c(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", lambda m: _date(int(m[3]), int(m[2]), m[1]) or m[0]),
    _c(
        r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b",
        lambda m: _date(int(m[1]), int(m[2]), m[3]) or m[0],
    ),
    _c(r"\b(\d{1,2})(?::(\d{2}))? ?([AaPp])\.? ?[Mm]\b\.?", _time12),
    _c(
        rf"(?<![\d:.]){_HH} ?[-–] ?{_HH}(?!\d|:\d)",
        lambda m: f"{_clock(int(m[1]), int(m[2]))} a {_clock(int(m[3]), int(m[4]))}",
    ),
    _c(r"(?<![\w.,])(\d{1,2}) ?h ?([0-5]\d)(?! ?min\b)(?!\w)", _hours),
    _c(
        rf"({SCORE_CTX}[^.!?\d]{{0,40}}?)(?<![\d.])(\d{{1,3}}) ?[-:] ?(\d{{1,3}})(?!\d|:\d)",
        lambda m: f"{m[1]}{_card(int(m[2]))} a {_card(int(m[3]))}",
    ),
    _c(
        rf"(?<![\d.:])(\d{{1,3}})[-:](\d{{1,3}})(?!\d|:\d)(?=[^.!?\d]{{0,25}}{SCORE_CTX})",
        lambda m: f"{_card(int(m[1]))} a {_card(int(m[2]))}",
    ),
    _c(
        r"(?<![\d.:])(\d{1,2}):(\d)(?!\d|:\d)", lambda m: f"{_card(int(m[1]))} a {_card(int(m[2]))}"
    ),
    _c(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)", lambda m: _clock(int(m[1]), int(m[2]))),
    _c(
        rf"(?:([-−])(?=[$€£¥₩]))?([$€£¥₩]) ?({_N})",
        lambda m: _money(_parse((m[1] or "") + m[3]), m[2]),
    ),
    _c(rf"({_SN}) ?([$€£¥₩]|EUR|USD|GBP|JPY|KRW)(?!\w)", lambda m: _money(_parse(m[1]), m[2])),
    _c(
        r"\b[vV](\d+(?:\.\d+)*)\b",
        lambda m: "versión " + " punto ".join(_card(int(p)) for p in m[1].split(".")),
    ),
    _c(
        r"(?<![\d.])\d+\.\d+\.\d+(?:\.\d+)*(?![\d.]|\.\d)",
        lambda m: (
            _bare(m)
            if re.fullmatch(_GROUPED, m[0])
            else " punto ".join(_card(int(p)) for p in m[0].split("."))
        ),
    ),
    _c(
        rf"({_SN}) ?(?:-|~) ?({_SN})(?: ?({_UNIT_RE}))?",
        lambda m: (
            f"{_num(_parse(m[1]))} a {_num(_parse(m[2]))}" + (f" {_UNITS[m[3]][1]}" if m[3] else "")
        ),
    ),
    _c(
        rf"(?<![\w/.,])(\d{{3}})/(\d{{2,3}})(?![\w/])(?: ?({_UNIT_RE}))?",
        lambda m: (
            f"{_card(int(m[1]))} sobre {_card(int(m[2]))}" + (f" {_UNITS[m[3]][1]}" if m[3] else "")
        ),
    ),
    _c(rf"({_SN}) ?({_UNIT_RE})", _unit),
    _c(r"(?<![\d.,])(\d+)\.?(º|ª|er|ᵉʳ)(?!\w)", _ord),
    _c(r"(?<![\d.,])(\d+)\.(o|a)\b", _ord),
    _c(r"(?<![\w/.,])(\d+) (\d{1,2})/(\d{1,2})(?![\w/])", _mixed),
    _c(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/])", _slash),
    _c(_SN, _bare),
    _c(r"\d+", lambda m: latin.spell_digits(m[0], DIGIT_NAMES)),
]


def normalize(text: str) -> str:
    """Read `text` (already through common.prepare) as a Spanish speaker would."""
    text = latin.mark_starts(latin.pre_clean(text))
    text = latin.apply(text, latin.address_rule(ADDRESS, DIGIT_NAMES))
    text = latin.apply(text, _RULES)
    text = latin.apply(text, [latin.per_rule(PER, "")])
    text = latin.read_caps(text, _KEEP)
    return latin.capitalise(latin.tidy(text, SYMBOLS))
