"""Spanish forms people type: `2h15min`, `23:14:07`, `3x bombillas`, `x2`, `@ 10:00`."""

from __future__ import annotations

import re

from melod.text import es_sport, latin
from melod.text.es_numbers import card, digits, gender, ordinal
from melod.text.es_units import UNIT_RE, words
from melod.text.latin import Rule
from melod.text.latin import rule as _c

# After these a time with seconds is a clock time; otherwise `1:30:00` is a duration.
_CLOCK_CUES = latin.wordset("las la a desde hasta sobre")


def _count(n: int, one: str, many: str) -> str:
    return f"{card(n, 'f' if one.endswith('a') else 'm')} {one if n == 1 else many}"


def _hms(m: re.Match[str]) -> str:
    """`a las 23:14:07` 'veintitrés catorce y siete segundos'; `1:30:00` a duration."""
    h, mm, ss = int(m[1]), int(m[2]), int(m[3])
    # After a date ('28/11/2024 14:32:05') it is the time of day too.
    dated = re.search(r"\d[/.-]\d{1,4},? $", m.string[: m.start()])
    if (latin.prev_word(m) in _CLOCK_CUES or dated) and h < 24:
        text = card(h, "f") + (f" {card(mm)}" if mm else "")
        return text + (f" y {_count(ss, 'segundo', 'segundos')}" if ss else "")
    parts = ((h, "hora", "horas"), (mm, "minuto", "minutos"), (ss, "segundo", "segundos"))
    return " ".join(_count(n, one, many) for n, one, many in parts if n) or "cero segundos"


_MARK_CTX = r"(?i:\b(?:puntuación|nota|valoración|calificación|score|puntaje)\b)"
# A heart rate in ppm: 'FC 152 ppm', a fitness band's '72 ppm en reposo'.
_PULSE_CTX = (
    r"(?i:\b(?:FC|pulso|pulsaciones|frecuencia cardíaca|ritmo cardíaco|band|smartwatch|"
    r"watch|reloj|pulsera|reposo|entreno|entrenamiento|corazón|cardio)\b)"
)


def _mark(m: re.Match[str]) -> str:
    a, b = int(m[2]), int(m[3])
    return m[0] if a > b else f"{m[1]}{card(a)} sobre {card(b)}"


# Before these a/b is 'a sobre b': `nivel 3/5`, `fase 2/4`.
_OUT_OF = latin.wordset(
    "nivel riesgo índice paso fase episodio capítulo pregunta ronda etapa ventilador velocidad "
    "potencia intensidad volumen brillo marcha"
)
# Instalments are counted 'de': 'cuota 3/12' is 'cuota tres de doce'.
_INSTALMENTS = latin.wordset("cuota cuotas plazo plazos mensualidad pago recibo letra")
_OUT_OF_ALT = "|".join(sorted(_OUT_OF))
_DATE_BEFORE = latin.wordset("el del al hoy desde hasta antes después para")


def _out_of(m: re.Match[str]) -> str:
    """`nivel 3/5 hoy y 5/5 mañana`: a count out of a total, the second one too."""
    a, b = int(m[1]), int(m[2])
    sentence = re.split(r"[.!?]", m.string[: m.start()])[-1]
    labels = re.findall(rf"([^\W\d_]+) \d{{1,2}}/{b}(?!\d)", sentence)
    listed = any(label.lower() in _OUT_OF for label in labels)
    # 'Volumen del altavoz: 7/10': the label a few words before.
    listed = listed or bool(re.search(rf"(?i)\b(?:{_OUT_OF_ALT})\b[^\d/]{{0,25}}$", sentence))
    before = latin.prev_word(m)
    if 0 < a <= b and before in _INSTALMENTS:
        return f"{card(a)} de {card(b)}"
    if 0 < a <= b and (before in _OUT_OF or (listed and before not in _DATE_BEFORE)):
        return f"{card(a)} sobre {card(b)}"
    return m[0]


_REGNAL = ("Felipe|Carlos|Isabel|Juan Carlos|Alfonso|Fernando|Juan Pablo|Benedicto|Pío|León|"
           "Luis|Enrique|Jaime|Pedro|Juana|Sancho|Gregorio|Napoleón|María")  # fmt: skip
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(text: str) -> int:
    """I to XXXIX; 0 when `text` is not written the usual way (IIII, VX)."""
    values = [_ROMAN[ch] for ch in text]
    value = sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
    tens, units = divmod(value, 10)
    said = "X" * tens + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][units]
    return value if said == text else 0


def _regnal(m: re.Match[str]) -> str:
    """`Isabel II` 'Isabel segunda', `Alfonso XIII` 'Alfonso trece': ordinals up to ten."""
    value = _roman(m[2])
    if not value:
        return m[0]
    fem = "f" if m[1] in ("Isabel", "Juana", "María") else ""
    return f"{m[1]} {ordinal(value, fem) if value <= 10 else card(value)}"


def restore_start(text: str, source: str) -> str:
    """A message that starts with a capital keeps it (`AEMET:`, `Amazon.es`)."""
    first = re.search(r"[^\W\d_]", source)
    if first and first[0].isupper() and text[:1].islower():
        return text[0].upper() + text[1:]
    return text


def _about(m: re.Match[str]) -> str:
    """`~20 min` 'unos veinte minutos', `~3 h` 'unas tres horas': agrees with what follows."""
    rest = m.string[m.end() :]
    unit = re.match(rf"[\d.,]+ ?({UNIT_RE})", rest)
    noun = re.match(r"[\d.,]+ ?([^\W\d_]+)", rest)
    if re.match(r"1(?![\d.,])", rest):
        return "aproximadamente "
    said = words(unit[1], False).split()[0] if unit else (noun[1] if noun else "")
    return "unas " if gender(said) == "f" else "unos "


# With these in the sentence, `32A` / `16 A` is a current in amperes, not a letter.
_ELECTRIC = (
    r"(?i:\b(?:cargador|carga|cargando|enchufe|fusible|wallbox|diferencial|corriente|"
    r"intensidad|amperaje|potencia|magnetotérmico|limitador|breaker|pastilla|interruptor|"
    r"termomagnético|circuito|centro de carga|tablero|kw|kwh|w|v)\b)"
)


def _amperes(m: re.Match[str]) -> str:
    if not re.search(_ELECTRIC, m.string):
        return m[0]
    return f"{m[1]} {'amperio' if m[1] == '1' else 'amperios'}"


# Latin American ordinal endings: '2do piso', '1ra vez', '3ro', '7mo', '8vo', '9no'.
_ENDINGS = ("era", "ero", "ro", "do", "to", "mo", "vo", "no", "ra", "da", "ta", "ma", "va", "na")
# After `N°` these are the thing ranked (LatAm '3° piso'), not degrees.
_RANKED = latin.wordset(
    "piso lugar puesto año grado semestre trimestre aniversario nivel día vez edición planta "
    "fila categoría premio intento aviso recordatorio llamado llamada periodo período "
    "bimestre cuatrimestre mes ciclo turno"
)


def _latam_ordinal(m: re.Match[str]) -> str:
    """'2do' 'segundo', '1ra' 'primera'; '1ro de mayo' keeps 'primero' before 'de'."""
    n, end = int(m[1]), m[2] or m[3]
    word = ordinal(n)
    if not word.endswith(end[:-1] + "o"):  # '1era' 'primera', but not '2ro'
        return m[0]
    noun = latin.next_word(m)
    fem = end.endswith("a")
    masc = gender(noun) and len(noun) > 1 and not fem
    return ordinal(n, "f" if fem else ("m" if masc else ""))


def _degree_ordinal(m: re.Match[str]) -> str:
    """'1° de diciembre' 'primero de diciembre', '3° piso' 'tercer piso': LatAm ordinals."""
    n, noun = int(m[1]), m[2].lower()
    if noun in _MONTHS_SET:
        return "primero de " + m[2] if n == 1 else f"{card(n)} de {m[2]}"
    return ordinal(n, gender(noun) or "m") + " " + m[2]


_MONTHS_SET = latin.wordset(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
    "noviembre diciembre"
)
_MONTH_OR_RANKED = "|".join(sorted(_RANKED | _MONTHS_SET))


# Before `1:45 h` these make it a length of time.
_SPAN_CUES = (
    r"(?i:\b(?:duración|dura|durante|tiempo|estimado|estimada|trayecto|viaje|recorrido|"
    r"restante|total|tarda|tardará|tardó|en|funcionado|funcionando|trabajado|cargado|lleva|"
    r"llevas|llevo|jugado|conectado|grabado|dormido|caminado|corrido|durado)\W{0,3}$)"
)


# Before a bare `0:42` these make it time left, not a time of day.
_LEFT_CUES = r"(?i:\b(?:restante|restantes|queda|quedan|falta|faltan|duración|dura)\W{0,3}$)"


def _span(m: re.Match[str]) -> str:
    """`Tiempo de viaje: 1:45 h`, `Tiempo restante: 0:42`: a duration, not a clock time."""
    cues = _SPAN_CUES if m[3] else _LEFT_CUES
    if not re.search(cues, m.string[: m.start()]):
        return m[0]
    h, mm = int(m[1]), int(m[2])
    parts = [_count(h, "hora", "horas")] if h else []
    parts += [_count(mm, "minuto", "minutos")] if mm or not h else []
    return " ".join(parts)


_MONTH_NAMES = latin.wordlist(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)


def _big_slash(m: re.Match[str]) -> str:
    a, b = int(m[1]), int(m[2])
    if 1 <= a <= 12 and 1990 <= b <= 2099 and len(m[1]) <= 2:
        return f"{_MONTH_NAMES[a - 1]} de {card(b)}"
    if "0" in (m[1][0], m[2][0]) and not m[3]:  # 'Ref. 2024/0815': a reference, no count
        return " barra ".join(digits(p) if p[0] == "0" else card(int(p)) for p in (m[1], m[2]))
    unit = f" {words(m[3], True)}" if m[3] else ""
    g = "" if m[3] else gender(latin.next_word(m))
    return f"{card(a, g)} {'sobre' if a <= b else 'barra'} {card(b, g)}{unit}"


# After these a bare '7,50' is money without its sign: 'te debo siete con cincuenta'.
_PRICE_VERBS = latin.wordset(
    "debo debes debe debemos cuesta cuestan costó vale valen pagué pagaste pagó cobran cobra "
    "son sale salió"
)


# Nor the first end of a range with its sign after the last: 'cuesta 12,50-15 €'.
_NOT_PRICE = rf"[%€$£°]|[A-Z]{{3}}\b|{UNIT_RE}|[-–] ?[\d.,]+ ?[€$£]"


def _price(m: re.Match[str]) -> str:
    after_equals = re.search(r"= ?$", m.string[: m.start()])
    if latin.prev_word(m) not in _PRICE_VERBS and not after_equals:
        return m[0]
    return f"{card(int(m[1]))} con {card(int(m[2]))}"


RULES: list[Rule] = [
    _c(rf"\b({_REGNAL}) ([IVX]{{2,6}}\b|[IVX]\b(?!\.))(?!-)", _regnal),
    _c(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?!\d|:\d|[.,]\d)", _hms),
    # Spaced ('1 era', '9 no', '2 da') the ending is as often a verb: only before a rank.
    _c(
        rf"(?<![\w.,])(\d{{1,3}})(?:({'|'.join(_ENDINGS)})\b|"
        rf" ({'|'.join(_ENDINGS)})\b(?= (?:{_MONTH_OR_RANKED}|de)\b))",
        _latam_ordinal,
    ),
    _c(rf"(?<![\w.,])(\d{{1,2}}) ?° (?:de )?(?i:({_MONTH_OR_RANKED}))\b", _degree_ordinal),
    # `2h15min`, `1 h 05 min`, `2h 15m`: hours and minutes glued together.
    _c(
        r"(?<![\w.,])(\d{1,2}) ?[hH] ?([0-5]?\d) ?(?:min|mn|m)\b(?![²³])",
        lambda m: _count(int(m[1]), "hora", "horas") + " " + _count(int(m[2]), "minuto", "minutos"),
    ),
    # `3x más rápida`: a factor, 'tres veces'.
    _c(
        r"(?<![\w.,])(\d{1,3}(?:,\d)?) ?[x×] (?=(?i:más|mas|menos)\b)",
        lambda m: m[1] + (" vez " if m[1] == "1" else " veces "),
    ),
    # `3x bombillas`, `2 x AA`: a count of things; the number keeps its gender later.
    _c(r"(?<![\w.,])(\d{1,2}) ?x (?=[A-Z]{1,4}\b|[^\W\d_]+s\b)", lambda m: m[1] + " "),
    _c(r"(?<![\w.,])1 ?x (?=[^\W\d_]{3,})", lambda m: "1 "),  # '1x cargador'
    # `~20 min`, `≈ 3 h`: an approximate amount, 'unos veinte minutos'.
    _c(r"(?<![\w~≈])[~≈] ?(?=\d)", _about),
    # `2h58'12''`: a race time in hours, minutes and seconds.
    _c(
        r"(?<![\w.,])(\d{1,2}) ?h ?([0-5]\d)'([0-5]\d)(?:''|\"|″)",
        lambda m: " ".join(
            (
                _count(int(m[1]), "hora", "horas"),
                _count(int(m[2]), "minuto", "minutos"),
                _count(int(m[3]), "segundo", "segundos"),
            )
        ),
    ),
    # `5'30''`: a running pace or a lap, minutes and seconds; `45''` seconds alone.
    _c(
        r"(?<![\w'.,])(\d{1,2})'([0-5]\d)(?:''|\"|″)",
        lambda m: (
            _count(int(m[1]), "minuto", "minutos") + " " + _count(int(m[2]), "segundo", "segundos")
        ),
    ),
    _c(r"(?<![\w'.,])(\d{1,2})(?:''|″)(?!\w)", lambda m: _count(int(m[1]), "segundo", "segundos")),
    # `(23')`, `90+3'`: the minute of a match; `llego en 10'`: ten minutes.
    _c(r"(?<![\w'.,])(\d{1,3})(?:\+(\d{1,2}))?['′](?![\w'])", es_sport.minutes),
    es_sport.RACE_TIME,
    # `Tiempo de viaje: 1:45 h`: hours and minutes of a duration, not a clock time.
    _c(r"(?<![\w:.,])(\d):([0-5]\d)(?:( ?(?:h|hrs?|horas)\b)|(?![\d:]|[.,]\d))", _span),
    # `450/1000 L`: a level out of a capacity; `12/2026` a month and a year.
    _c(rf"(?<![\w/.,])(\d{{1,4}})/(\d{{3,4}})(?![\w/]|[.,]\d)(?: ?({UNIT_RE}))?", _big_slash),
    _c(r"(?<![\w.,])(\d{1,3}(?:,\d)?) ?A\b(?![\w-])", _amperes),
    # `1 sobre disuelto`: a sachet, a noun ('1 sobre 10' stays a mark out of ten).
    # Not a fraction's denominator: '1/2 sobre' is 'medio sobre', left to the fraction rules.
    _c(r"(?<![\w.,/])(\d{1,3}) (sobres?)\b(?! ?\d)", lambda m: f"{card(int(m[1]), 'm')} {m[2]}"),
    _c(rf"(?<![\w.,])(\d{{1,4}}),(\d{{2}})(?!\d|[.,]\d| ?(?:{_NOT_PRICE}))", _price),
    # `velocidad x2`: a multiplier written before its number.
    _c(r"(?<![\w.,])[x×](\d{1,2})\b(?![.,]\d)", lambda m: "por " + card(int(m[1]))),
    # `martes @ 10:00`: an at sign before a time is 'a las' (a la una).
    _c(r"(?<=\s)@ (?=(\d{1,2})\b)", lambda m: "a la " if m[1] == "1" else "a las "),
    # `@ Casa Lucio`: before a name it is the place, 'en'.
    _c(r"(?<=\s)@ (?=[A-ZÁÉÍÓÚÑ])", lambda m: "en "),
    # `puntuación 85/100`, `nota 8/10`: a mark out of a round total is read 'sobre'.
    _c(
        rf"({_MARK_CTX}[^.!?\d/]{{0,20}}?)(?<![\w/.,])(\d{{1,3}}) ?/ ?(100|20|10)(?![\w/]|[.,]\d)",
        _mark,
    ),
    _c(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)", _out_of),
    # `6,75/10`: a decimal mark out of a total.
    _c(
        r"(?<![\w/.,])(\d{1,2},\d{1,2}) ?/ ?(5|10|20|100)(?![\w/]|[.,]\d)",
        lambda m: f"{m[1]} sobre {card(int(m[2]))}",
    ),
    # `A-6 km 23`: a kilometre post on a road, not a distance.
    _c(r"\b([A-Z]{1,3} ?\d{1,3}(?:,?)) [Kk]m\.? (?=\d)", lambda m: f"{m[1]} kilómetro "),
    # `FC 152 ppm`: with a heart rate, ppm is beats (pulsaciones), not parts per million.
    _c(rf"({_PULSE_CTX}[^.!?]{{0,30}}?\d) ?ppm\b", lambda m: f"{m[1]} pulsaciones por minuto"),
]
