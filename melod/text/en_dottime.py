"""English times written with a dot, as in Britain: `at 7.45`, `6.30 tonight`, `the 9.15
into town`; a dotted number elsewhere (`pH 7.20`, `2.45 hours`) is left to the number rules."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.en_tables import UNITS
from melod.text.en_words import clock, say24
from melod.text.latin import Rule, rule

# A UK time written with a dot (`at 7.45`, `6.30 tonight`), optionally a range of two.
_DOT_TIME = (
    r"(?<![\d.,$€£¥])([01]?\d|2[0-3])\.([0-5]\d)"
    r"(?: ?[-–] ?([01]?\d|2[0-3])\.([0-5]\d))?"
    rf"(?![\d%°]|[.,]\d| ?[AaPp]\.?[Mm]\b| ?(?:{latin.alternation(UNITS)})(?![\w/]))"
    # `3.30-6pm`: a span to a time of day is read whole by the 12-hour rules.
    r"(?! ?[-–] ?\d{1,2}(?:[:.]\d\d)? ?[AaPp]\.?[Mm]\b)"
)
_CLOCK_BEFORE = latin.wordset("at by until till til from before after around since")
_CLOCK_NEXT = latin.wordset(
    "tonight tomorrow today this tmrw train bus tram flight ferry departure arrival show "
    "showing screening meeting appointment slot kickoff kick-off start"
)
# Another dotted time in the message has its cue (`swim 4.30, bed by 8.30`).
_CUED_DOT = re.compile(
    r"(?i)(?:\b(?:at|by|until|till|from|before|after)|@) ?(?:[01]?\d|2[0-3])\.[0-5]\d\b"
)
# Right after a date (`14/01/2025 9.20`, already read as words).
_AFTER_DATE = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"teenth|tieth|(?:twenty|nineteen)[- ]\w+|\d{4}|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?),? $"
)
_MEASURE_WORDS = latin.wordset(
    "hours hour minutes miles mile percent points degrees kilometers meters pounds dollars "
    "euros gallons liters times kg km lbs"
)
# A message about getting somewhere or a daily routine: its dotted numbers are times.
_CLOCK_CTX = re.compile(
    r"(?i)\b(?:trains?|bus|tram|flight|ferry|depart\w*|arriv\w*|leave|leaving|pick ?up|"
    r"drop ?off|school run|alarm|wake|meeting|appointment|kick-?off|bedtime|lunch|dinner|"
    r"training|practice|rehearsal|meet|meeting up)\b"
)
_ALARM = re.compile(
    r"(?i)\b(?:alarm|wake|wake-up|set|reminder)\b[^.!?\d]{0,20}\bfor $"
    r"|\b(?:moved|changed|pushed back|brought forward|rescheduled|shifted) to $"
)
# `pH rose from 7.20`, `shares fell at 14.05`: a measured value, not a clock.
_NOT_CLOCK = re.compile(
    r"(?i)\b(?:p ?h|levels?|rates?|prices?|index|ratio|score|reading|value|fell|rose|dropped|"
    r"climbed|gained|stocks?|shares?|gpa|version|firmware|odds|weight)\b"
)


def _on_marks(m: re.Match[str]) -> bool:
    """Both ends of a dotted range on the five-minute marks a timetable uses."""
    return int(m[2]) % 5 == 0 and int(m[4]) % 5 == 0


def _dot_time(m: re.Match[str]) -> str:
    """`at 7.45` 'seven forty-five': a dotted number is a time only after a clock cue."""
    before = m.string[: m.start()]
    cue = (
        latin.prev_word(m) in _CLOCK_BEFORE
        or latin.next_word(m) in _CLOCK_NEXT
        or _CLOCK_CTX.search(m.string)
        or _CUED_DOT.search(m.string)
        or _AFTER_DATE.search(before)
        or re.search(r"@ ?$", before)
        or _ALARM.search(before)
        # `swim 4.30-5.15 Weds`: a span from one quarter-hour mark to a later one.
        or (m[3] and _on_marks(m) and (int(m[3]), int(m[4])) > (int(m[1]), int(m[2])))
    )
    if latin.next_word(m) in _MEASURE_WORDS:
        return m[0]  # `2.45 hours`, `12.30 miles`: a measure, whatever the message
    # `getting the 9.15 into town`, `the 17.32 to Cardiff`: a train or bus named by its time,
    # read as the departure board shows it.
    if not m[3] and (
        (latin.prev_word(m) == "the" and latin.next_word(m) in ("to", "into", "from"))
        or re.search(
            r"(?i)\b(?:catch\w*|caught|get|getting|got|take|taking|took|miss\w*|late for|"
            r"in time for|make|making|made) the $",
            before,
        )
    ):
        return clock(int(m[1]), int(m[2]))
    if not cue or m[1] == "0" or _NOT_CLOCK.search(re.split(r"[.!?] ", before)[-1]):
        return m[0]
    first = say24(int(m[1]), int(m[2]), bool(m[3]) and int(m[3]) >= 13)
    return first if not m[3] else f"{first} to {say24(int(m[3]), int(m[4]))}"


DOT_TIME: Rule = rule(_DOT_TIME, _dot_time)
