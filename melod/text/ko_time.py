"""Korean dates: 2024-11-28, 2024.11.28, 11월 28일(목); clock times and scores are in ko_clock."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ko_counter_words import PARTICLE_RE
from melod.text.ko_numbers import month, sino

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


# 업데이트 가능: ESPHome 2024.11.2: a product's name before it in a release message.
_NAMED_RELEASE: Final = re.compile(r"[A-Za-z][A-Za-z0-9-]+\s?$")
_RELEASE: Final = re.compile(r"업데이트|버전|릴리스|펌웨어|설치|[Uu]pdate|[Rr]elease")


# 예약일 2024.12.4 설치 기사 방문: after a date's label it is a date, whatever follows.
_DATE_LABEL: Final = re.compile(
    r"(?:예약|방문|일자|날짜|일정|기한|마감|배송|설치|예정)일?\s?:?\s?$"
)


def _release(m: re.Match[str]) -> bool:
    """Home Assistant 2024.11.3, ESPHome 2024.12 업데이트: a release, read as a version."""
    before = m.string[: m.start()]
    return not _DATE_LABEL.search(before) and bool(
        _VERSION_BEFORE.search(before)
        or _VERSION_AFTER.match(m.string[m.end() :])
        or (_NAMED_RELEASE.search(before) and _RELEASE.search(m.string))
    )


def _full_date(m: re.Match[str]) -> str:
    if m.group(2) == "." and _release(m):
        return m.group(0)
    spoken = date_words(m.group(1), m.group(3), m.group(4))
    return m.group(0) if spoken is None else spoken


def _us_date(m: re.Match[str]) -> str:
    """12/15/2026 in a Korean family's message from the US: month, day, year (a first number
    over 12 is a day, as Europe writes it)."""
    first, second = (m[1], m[2]) if int(m[1]) <= 12 else (m[2], m[1])
    spoken = date_words(m[3], first, second)
    return m.group(0) if spoken is None else spoken


def _iso(m: re.Match[str]) -> str:
    return f"{m.group(1)} {m.group(2)}"


def _year_month(m: re.Match[str]) -> str:
    if m.group(2) == "." and _release(m):
        return m.group(0)
    return f"{sino(int(m.group(1)))} 년 {month(int(m.group(3)))}"


def _short(m: re.Match[str]) -> str:
    spoken = date_words(None, m.group(1), m.group(2))
    return m.group(0) if spoken is None else spoken


def _named(m: re.Match[str]) -> str:
    spoken = date_words(None, m.group(2), m.group(3))
    return m.group(1) + (m.group(0)[len(m.group(1)) :] if spoken is None else spoken)


# 2026.12.24~12.26: the end of a range after a whole date is a month and day too.
_RANGE_END: Final = (
    re.compile(
        r"(?<=[0-9가-힣] 일)(\s?[~∼～-]\s?)([0-9]{1,2})[./]([0-9]{1,2})\.?"
        r"(?![0-9./])(?!\s?[%°℃A-Za-z])"
    ),
    lambda m: "~" + _named(m)[len(m.group(1)) :],  # a dash here is a range too
)


# Applied in this order: full dates before the shorter shapes that are parts of them.
_DATE_RULES: Final[tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]] = (
    # ISO timestamps (Home Assistant): the T and the zone offset are not read.
    (
        re.compile(
            r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}:[0-9]{2}(?::[0-9]{2})?)(?:\.[0-9]+)?"
            r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?(?![0-9])"
        ),
        _iso,
    ),
    (
        re.compile(
            r"(?<![0-9.])((?:19|20)[0-9]{2})\s?([-./])\s?([0-9]{1,2})\s?\2\s?([0-9]{1,2})"
            r"(?![0-9])(?:\.(?!\s*$))?"
        ),
        _full_date,
    ),
    (
        re.compile(r"(?<![0-9./])([0-9]{1,2})/([0-9]{1,2})/((?:19|20)[0-9]{2})(?![0-9/])"),
        _us_date,
    ),
    _RANGE_END,
    # 2024-12 관리비, 다음 교체 2027.03: a year and a two-digit month.
    (
        re.compile(
            r"(?<![0-9.-])((?:19|20)[0-9]{2})([-.])(0[1-9]|1[0-2])(?![0-9.-])"
            r"(?!\s?(?:[%°℃A-Za-z]|원|달러|도|점))"
        ),
        _year_month,
    ),
    # 24.11.28: a two-digit year, written with dots and two digits in every part.
    (
        re.compile(r"(?<![0-9.A-Za-z])([0-9]{2})(\.)([01][0-9])\.([0-3][0-9])(?![0-9.])"),
        _full_date,
    ),
    (
        re.compile(
            r"(?<![0-9./])([0-9]{1,2})[./]([0-9]{1,2})\.?(?![0-9])(?=\s?\([월화수목금토일])"
        ),
        _short,
    ),
    # 예정일 12.15, 마감 1.05: after a word that names a date, month and day.
    (
        re.compile(
            r"((?:예정일|마감일?|기한|일자|날짜|만료일?|납부일|결제일|배송일|도착일|시작일|종료일|"
            r"기간|주간|일정|휴관|휴무|연휴|방학|생일|방문일|출고일)(?:은|는|이|가)?\s?:?\s?)([0-9]{1,2})\.([0-9]{1,2})(?![0-9.])(?!\s?[%°℃A-Za-z])"
        ),
        _named,
    ),
    # A disaster alert dates its time: [기상청] 11.18 09:02, 01-05 09:02.
    (
        re.compile(
            r"(?<![0-9./-])([0-9]{1,2})[./-]([0-9]{1,2})(?![0-9./-])"
            r"(?=\s[0-2]?[0-9]:[0-5][0-9](?![0-9]))"
        ),
        _short,
    ),
)


def dates(text: str) -> str:
    """2024-11-28, 2024.12.25, 24.11.28, 2024/1/5, ISO 2024-11-28T15:30, 12/25(수)."""
    for pattern, read in _DATE_RULES:
        text = pattern.sub(read, text)
    # 기간 3.2~3.6: a range whose start a later rule read as a date ends in one too.
    text = _RANGE_END[0].sub(_RANGE_END[1], text)
    return _WEEKDAY_RE.sub(_weekday, text)


def _weekday(m: re.Match[str]) -> str:
    """(목) 목요일; a particle or copula written right after it stays attached (토요일입니다)."""
    glued = PARTICLE_RE.match(m.string[m.end() :])
    return f" {m.group(1)}요일" + ("" if glued else " ")
