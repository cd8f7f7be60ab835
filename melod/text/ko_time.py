"""Korean dates and clock times: 2024-11-28, 11월 28일(목), 15:30, 7:45 PM, and scores."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ko_counters import PARTICLE_RE
from melod.text.ko_numbers import DIGITS, month, native, sino


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str) -> str:
    return re.sub(pattern, repl, text)


_AMPM: Final = r"(?<![A-Za-z])(?:[AaPp][Mm]|[AaPp]\.[Mm]\.)(?![A-Za-z])"
_SCORE_CONTEXT: Final = re.compile(
    r"스코어|점수|경기|대결|승리|이겼|졌|무승부|득점|골|세트|전반|후반|리그|결승|[Vv][Ss]|팀|FC|승부"
)
# `2024.11.3` next to a release word (Home Assistant 2024.11.3 업데이트) is a version.
_VERSION_BEFORE: Final = re.compile(r"(?:Assistant|HA|버전|펌웨어|업데이트)\s?:?\s?$", re.I)
_VERSION_AFTER: Final = re.compile(r"\s?(?:업데이트|버전|릴리스|출시|배포|설치)")
_WEEKDAY_RE: Final = re.compile(r"\(\s*([월화수목금토일])(?:요일)?\s*\)")


def date_words(y: str | None, m: str, d: str) -> str | None:
    """Read year, month and day (유월 십 일), or None when it is no date."""
    mi, di = int(m), int(d)
    if not (1 <= mi <= 12 and 1 <= di <= 31):
        return None
    year = f"{sino(int(y))} 년 " if y else ""
    return f"{year}{month(mi)} {sino(di)} 일"


def dates(text: str) -> str:
    """2024-11-28, 2024.12.25, 2024/1/5, and 12/25 or 12.25 before a weekday."""

    def full(m: re.Match[str]) -> str:
        if m.group(2) == "." and (
            _VERSION_BEFORE.search(m.string[: m.start()])
            or _VERSION_AFTER.match(m.string[m.end() :])
        ):
            return m.group(0)  # Home Assistant 2024.11.3: a release, read as a version
        spoken = date_words(m.group(1), m.group(3), m.group(4))
        return m.group(0) if spoken is None else spoken

    text = _sub(
        r"(?<![0-9.])((?:19|20)[0-9]{2})\s?([-./])\s?([0-9]{1,2})\s?\2\s?([0-9]{1,2})"
        r"(?![0-9])(?:\.(?!\s*$))?",
        full,
        text,
    )

    def short(m: re.Match[str]) -> str:
        spoken = date_words(None, m.group(1), m.group(2))
        return m.group(0) if spoken is None else spoken

    text = _sub(
        r"(?<![0-9./])([0-9]{1,2})[./]([0-9]{1,2})(?![0-9])(?=\s?\([월화수목금토일])",
        short,
        text,
    )
    return _WEEKDAY_RE.sub(_weekday, text)


def _weekday(m: re.Match[str]) -> str:
    """(목) 목요일; a particle or copula written right after it stays attached (토요일입니다)."""
    glued = PARTICLE_RE.match(m.string[m.end() :])
    return f" {m.group(1)}요일" + ("" if glued else " ")


def _clock(h: int, mi: int, s: int | None, ampm: str | None) -> str:
    prefix = ""
    if ampm:
        prefix = "오전 " if ampm[0] in "Aa" else "오후 "
        h = h - 12 if h > 12 else h
    out = f"{prefix}{native(h) if h else DIGITS[0]} 시"
    if mi:
        out += f" {sino(mi)} 분"
    if s:
        out += f" {sino(s)} 초"
    return out


def times(text: str) -> str:
    """15:30, 7:45 PM, AM 9:00, 3 PM; `2:1` with one-digit minutes or a match nearby is a score."""
    scores = bool(_SCORE_CONTEXT.search(text))

    def read(m: re.Match[str]) -> str:
        ampm = m.group(1) or m.group(5)
        h, mi = int(m.group(2)), int(m.group(3))
        sec = int(m.group(4)) if m.group(4) else None
        is_time = len(m.group(3)) == 2 and h <= 24 and mi < 60 and (sec or 0) < 60
        if is_time and (ampm or sec is not None or not scores):
            return _clock(h, mi, sec, ampm)
        if sec is not None:
            return m.group(0)
        return f"{sino(h)} 대 {sino(mi)}"

    text = _sub(
        rf"(?:({_AMPM})\s?)?(?<![0-9:.])([0-9]{{1,2}}):([0-9]{{1,2}})(?::([0-9]{{2}}))?"
        rf"(?![0-9:])(?:\s?({_AMPM}))?",
        read,
        text,
    )
    text = _sub(
        rf"(?<![0-9:.])([0-9]{{1,2}})\s?({_AMPM})",
        lambda m: f"{'오전' if m.group(2)[0] in 'Aa' else '오후'} {m.group(1)}시",
        text,
    )
    return _sub(
        rf"({_AMPM})\s?(?=[0-9]{{1,2}}\s?시)",
        lambda m: "오전 " if m.group(1)[0] in "Aa" else "오후 ",
        text,
    )


def scores(text: str) -> str:
    """`3-2로 승리`, `한국 3 - 1 일본`: a dash between two counts in a match report is 대."""
    if not _SCORE_CONTEXT.search(text):
        return text

    def read(m: re.Match[str]) -> str:
        after = m.string[m.end() :]
        if re.match(r"[가-힣]", after) and not PARTICLE_RE.match(after):
            return m.group(0)  # 3-5일: a range of days, not a score
        return f"{sino(int(m.group(1)))} 대 {sino(int(m.group(2)))}"

    return _sub(
        r"(?<![0-9.,:/-])([0-9]{1,3})\s?-\s?([0-9]{1,3})(?![0-9.,:/A-Za-z°℃%μ-])", read, text
    )
