"""French times people type: countdowns (Minuteur 5:00), primes (15', 2'30), 8.30, 23:14:07."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.fr_numbers import card, ordinal
from melod.text.latin import Rule
from melod.text.latin import rule as _c

# After these a time with seconds is a clock time; otherwise `1:30:00` is a duration.
_CLOCK_CUES = latin.wordset("à vers dès depuis jusqu'à avant après")


def count(n: int, one: str, many: str) -> str:
    """`n` feminine-agreed with its noun: "une minute", "vingt et une secondes"."""
    return f"{card(n, True)} {one if n < 2 else many}"


def _hms(m: re.Match[str]) -> str:
    """`à 23:14:07` 'vingt-trois heures quatorze et sept secondes'; `1:30:00` a duration."""
    h, mm, ss = int(m[1]), int(m[2]), int(m[3])
    if latin.prev_word(m) in _CLOCK_CUES and h < 24:
        text = count(h, "heure", "heures") + (f" {card(mm, True)}" if mm else "")
        return text + (f" et {count(ss, 'seconde', 'secondes')}" if ss else "")
    parts = ((h, "heure", "heures"), (mm, "minute", "minutes"), (ss, "seconde", "secondes"))
    return " ".join(count(n, one, many) for n, one, many in parts if n) or "zéro seconde"


_TIMER = (
    r"(?i:\b(?:minuteur|timer|chrono(?:mètre)?|compte à rebours)(?: [^\W\d_]+){0,2}"
    r"\s*:?\s*)"
)


def _mm_ss(mm: int, ss: int) -> str:
    parts = [count(mm, "minute", "minutes")] if mm else []
    if ss:
        parts.append(count(ss, "seconde", "secondes"))
    return " ".join(parts) or "zéro seconde"


def _countdown(m: re.Match[str]) -> str:
    return m[1] + _mm_ss(int(m[2]), int(m[3]))


def _primes(m: re.Match[str]) -> str:
    if not m[2] and m.string[: m.start()].endswith("la "):
        return f"{ordinal(int(m[1]))} minute"  # but à la 67' is a match minute
    mm = count(int(m[1]), "minute", "minutes")
    if m[3]:  # 4'02"95: a swimmer's or a runner's hundredths after the seconds
        return f"{mm} {count(int(m[2]), 'seconde', 'secondes')} {card(int(m[3]))}"
    return f"{mm} {card(int(m[2]), True)}" if m[2] else mm


def _race_time(m: re.Match[str]) -> str:
    parts = ((m[1], "heure"), (m[2], "minute"), (m[3], "seconde"))
    return " ".join(count(int(n), one, one + "s") for n, one in parts if int(n))


def _pace(m: re.Match[str]) -> str:
    # `5:09/km`: a runner's pace, minutes and seconds for each kilometre.
    return _min_sec(m) + " au kilomètre"


def _long_minutes(m: re.Match[str]) -> str:
    """`en 52:30`: no clock has 52 hours, so minutes and seconds (a score keeps its colon)."""
    if re.search(r"(?i)\b(?:score|match|sets?|bat|gagne|mène|contre)\b", m.string[: m.start()]):
        return m[0]
    return _min_sec(m)


def _min_sec(m: re.Match[str]) -> str:
    ss = int(m[2])
    return count(int(m[1]), "minute", "minutes") + (f" {card(ss, True)}" if ss else "")


_MEDIA = re.compile(
    r"(?i)\b(?:vidéo|video|vocal|audio|message|clip|extrait|appel|podcast|chanson|morceau|son)\b"
)


def _seconds(m: re.Match[str]) -> str:
    """`0:35`: seconds after a clip or a voice message (`vocal (0:32)`), otherwise an
    appliance's hours and minutes (`fin dans 0:35`); a clock after à or vers."""
    if latin.prev_word(m) in _CLOCK_CUES:
        return m[0]
    sentence = re.split(r"[.!?]\s", m.string[: m.start()])[-1]
    one, many = ("seconde", "secondes") if _MEDIA.search(sentence) else ("minute", "minutes")
    return count(int(m[1]), one, many)


_LASTING = re.compile(
    r"(?i)\b(?:temps|durée|restante?s?|reste|trajet|écoulée?s?|autonomie|chrono|minuteur)\b"
)


def _zero_hours(m: re.Match[str]) -> str:
    """`temps restant 00:45`, `trajet : 00:38`: a length in minutes, not a quarter to one
    in the night (a clip's `vocal (00:42)` seconds); after à, or with no word of time spent
    before it, a clock."""
    sentence = re.split(r"[.!?]\s", m.string[: m.start()])[-1]
    media = _MEDIA.search(sentence)
    lasting = latin.prev_word(m) in ("dans", "en", "pendant") or _LASTING.search(sentence)
    if latin.prev_word(m) in _CLOCK_CUES or not (lasting or media):
        return m[0]
    one, many = ("seconde", "secondes") if media else ("minute", "minutes")
    return count(int(m[1]), one, many)


_CLIP = re.compile(
    r"(?i)\b(?:vidéo|video|vocal|audio|clip|extrait|podcast|chanson|morceau|son)\s*:?\s*\(?$"
)


def _clip_length(m: re.Match[str]) -> str:
    """`Vidéo de 3:27`, `vocal (2:05)`: a clip's minutes and seconds, not a clock."""
    before = m.string[: m.start()]
    sentence = re.split(r"[.!?]\s", before)[-1]
    if _CLIP.search(before) or (latin.prev_word(m) in ("de", "durée") and _MEDIA.search(sentence)):
        return _min_sec(m)
    return m[0]


RULES: list[Rule] = [
    # `2024-12-08 10:35:00`, `08/12/2024T10:35`: a date and its clock time, "à".
    _c(
        r"(\b\d{4}-\d{1,2}-\d{1,2}|\b\d{1,2}/\d{1,2}/\d{2,4})(?:T|,? )(?=\d{1,2}:\d{2}(?!\d))",
        lambda m: m[1] + " à ",
    ),
    # `Minuteur 5:00`, `0:30 restantes`: a countdown in minutes and seconds, not a clock.
    _c(rf"({_TIMER})(\d{{1,2}}):([0-5]\d)(?!\d|:\d)", _countdown),
    _c(
        r"(?<![\d:.,])0?0:([0-5]\d)(?!\d|:\d)(?= (?:restantes?|restants?|de charge|d'autonomie))",
        lambda m: count(int(m[1]), "minute", "minutes"),
    ),
    _c(r"(?<![\d:.,])(\d{1,2}):([0-5]\d) ?(?:min)? ?/ ?km\b", _pace),
    _c(r"(?<![\d:.,])([3-9]\d|2[5-9]):([0-5]\d)(?!\d|:\d|[.,]\d)", _long_minutes),
    _c(r"(?<![\d:.,])0:([0-5]\d)(?!\d|:\d|[.,]\d)", _seconds),
    _c(r"(?<![\d:.,])00:([0-5]\d)(?!\d|:\d|[.,]\d)", _zero_hours),
    _c(r"(?<![\d:.,])([1-9]|1\d):([0-5]\d)(?!\d|:\d|[.,]\d)", _clip_length),
    # `4h12'33''`, `3h05min12s`: a race time in hours, minutes and seconds.
    _c(
        r"(?<![\w.,])(\d{1,2}) ?[hH] ?([0-5]\d) ?(?:'|′|min|mn) ?([0-5]\d)"
        r" ?(?:''|\"|″|s\b)?(?![\w'])",
        _race_time,
    ),
    # `12 h 00`: a round hour, the zeros unsaid.
    _c(r"(?<![\w.,])(\d{1,2}) ?[hH] ?00\b", lambda m: m[1] + "h"),
    # `2'30`, `pause de 15'`: minutes (and seconds) written with a prime.
    _c(r"(?<![\w.,'])(\d{1,3})'(?:([0-5]\d)(?:(?:''|\")(\d{2})?)?)?(?![\w'])", _primes),
    # `à 8.30`: a time written with a dot after a word that announces one.
    _c(
        r"\b(à|vers|dès|avant|après) (\d{1,2})\.([0-5]\d)(?: ?h\b)?(?![\d.,]\d| ?[%€°])",
        lambda m: f"{m[1]} {m[2]}h{m[3]}",
    ),
    _c(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?!\d|:\d|[.,]\d)", _hms),
    # `2h15min`, `1 h 05 min`: hours and minutes glued together.
    _c(
        r"(?<![\w.,])(\d{1,2}) ?[hH] ?([0-5]\d) ?(?:min|mn)\b",
        lambda m: count(int(m[1]), "heure", "heures") + " " + count(int(m[2]), "minute", "minutes"),
    ),
    # `1 h 01`, `21 h 21`: spaced hours and minutes, glued so the minutes agree (une).
    _c(
        r"(?<![\w.,])(\d{1,2}) [hH] ([0-5]\d)\b(?! ?(?:min|mn|s)\b)(?![.,]\d)",
        lambda m: f"{m[1]}h{m[2]}",
    ),
]
