"""Spanish match minutes (`67'`, `90+3'`) and the quarters of business news (`Q1 2024`)."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.es_numbers import card, gender, ordinal
from melod.text.es_units import UNIT_RE
from melod.text.latin import Rule

_MATCH_CTX = (
    r"(?i:\b(?:gol|goles|golazo|partido|tarjeta|penalti|penalty|descanso|marcador|minuto|"
    r"árbitro|expulsado|expulsión|córner|empate|marca|anota|remate|sustitución|cambio|"
    r"resultado|jornada|liga|copa|champions|derbi)\b)"
)
# Before `5'` these make it a length of time even in a match: 'quedan 5'' 'cinco minutos'.
_COUNT_CUES = latin.wordset(
    "en quedan queda faltan falta hace durante tras cada los unos unas de más menos dentro"
)
_PAIR = re.compile(r"(?<![\d:.,])\d{1,2} ?[-–] ?\d{1,2}(?![\d:]|[.,]\d)")


def _is_score(m: re.Match[str]) -> bool:
    """`2-1` with a unit or a noun after is a range ('3-5 días', '20-22 °C'), not a score."""
    after = m.string[m.end() :]
    if re.match(rf" ?(?:[°º%']|{UNIT_RE})", after):
        return False
    word = re.match(r" ([a-záéíóúñü]+)\b", after)
    return not (word and gender(word[1]))


def minutes(m: re.Match[str]) -> str:
    """`(23')` in a match report is 'minuto veintitrés'; elsewhere `10'` is ten minutes."""
    said = card(int(m[1])) + (f" más {card(int(m[2]))}" if m[2] else "")
    prev = latin.prev_word(m)
    if m[2] or prev in ("el", "del", "al"):
        return "minuto " + said
    score = any(_is_score(p) for p in _PAIR.finditer(m.string))
    in_match = re.search(_MATCH_CTX, m.string) or score or m.string[: m.start()].endswith("(")
    if in_match and prev not in _COUNT_CUES:
        return "minuto " + said
    n = int(m[1])
    return f"{card(n, 'm')} {'minuto' if n == 1 else 'minutos'}"


_PERIODS = {
    "Q": ("trimestre", 4),
    "T": ("trimestre", 4),
    "H": ("semestre", 2),
    "S": ("semestre", 2),
}


def _quarter(m: re.Match[str]) -> str:
    """`Q1 2024`, `T3 2025`, `H1 2024`: 'primer trimestre de dos mil veinticuatro'."""
    word, most = _PERIODS[m[1] or m[4]]
    n = int(m[2] or m[3])
    if not 1 <= n <= most:
        return m[0]
    year = int(m[5]) if m[5] else 2000 + int(m[6])
    return f"{ordinal(n, 'm')} {word} de {card(year)}"


RULES: list[Rule] = [
    # Only with a year: a bare `T1` is an airport terminal, `H1` a heading.
    (
        re.compile(r"\b(?:([QTHS])([1-4])|([1-4])([QTHS]))(?:[ /-]?((?:19|20)\d{2})|'?(\d{2}))\b"),
        _quarter,
    ),
]


# Before `24:37` these make it minutes and seconds: a race time, a lap, a personal best.
_RACE_CUES = r"(?i:\b(?:marca|récord|crono|cronómetro|parcial|vuelta rápida|tiempo final)\b)"


def _race_time(m: re.Match[str]) -> str:
    """`Marca personal en 5 km: 24:37` 'veinticuatro minutos treinta y siete segundos'."""
    mins, secs = int(m[2]), int(m[3])
    said = f"{card(mins, 'm')} {'minuto' if mins == 1 else 'minutos'}"
    return f"{m[1]}{said} {card(secs, 'm')} {'segundo' if secs == 1 else 'segundos'}"


RACE_TIME: Rule = (
    re.compile(
        rf"({_RACE_CUES}[^.!?\d]{{0,25}}(?:\d+ ?km[^.!?\d]{{0,5}})?)"
        r"(?<![\w:.,])(?<!las )(?<!la )([0-5]?\d):([0-5]\d)(?![\d:]|[.,]\d)"
    ),
    _race_time,
)
