"""Korean dates and clock times: 2024-11-28, 11월 28일(목), 15:30, 7:45 PM, and scores."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ko_counter_words import COUNTER_WORD_RE, PARTICLE_RE, RANGE, glued
from melod.text.ko_durations import durations, span
from melod.text.ko_numbers import DIGITS, month, native, sino


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str) -> str:
    return re.sub(pattern, repl, text)


_AMPM: Final = r"(?<![A-Za-z])(?:[AaPp][Mm]|[AaPp]\.[Mm]\.)(?![A-Za-z])"
_NOT_SPORT: Final = r"(?<!수면)(?<!회복)(?<!신용)(?<![면복용]\s)"  # 수면 점수: a health score
SCORE_CONTEXT: Final = re.compile(
    rf"스코어|{_NOT_SPORT}점수|경기|대결|승리|이겼|졌|무승부|득점|골|세트|전반|후반|리그|결승|"
    r"[Vv][Ss]|팀|FC|승부|시합|"
    r"축구|야구|농구|배구|테니스|탁구|배드민턴|핸드볼|하키|KBO|EPL|MLB|NBA|K리그|연장전|[0-9]회[초말]|"
    r"NFL|NHL|MLS|미식축구|슈퍼볼|[0-9]:[0-9]{1,3}\s?[승패](?![가-힣])"  # 24:17 승!
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
    # 2026.12.24~12.26: the end of a range after a whole date is a month and day too.
    (
        re.compile(
            r"(?<=[0-9가-힣] 일)(\s?[~∼～-]\s?)([0-9]{1,2})[./]([0-9]{1,2})\.?"
            r"(?![0-9./])(?!\s?[%°℃A-Za-z])"
        ),
        lambda m: "~" + _named(m)[len(m.group(1)) :],  # a dash here is a range too
    ),
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
            r"기간|생일|방문일|출고일)\s?:?\s?)([0-9]{1,2})\.([0-9]{1,2})(?![0-9.])(?!\s?[%°℃A-Za-z])"
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


# In a match report a clock still reads as a time next to a time word or a range.
_TIME_AFTER: Final = re.compile(r"\s?(?:[~-]\s?[0-9]|에|부터|까지|시작|킥오프|개막|예정|경|쯤)")
_TIME_BEFORE: Final = re.compile(
    r"(?:오전|오후|새벽|아침|저녁|밤|낮|오늘|내일|매일|취침|기상|시각|알람|[~-])\s?$"
)
# Only these sports have two-digit scores that look like a clock (25:23, 88:75).
_HIGH_SCORES: Final = re.compile(
    rf"농구|배구|핸드볼|배드민턴|탁구|스쿼시|족구|게이트볼|당구|세트|쿼터|{_NOT_SPORT}점수|스코어|득점|NBA|KBL|V리그"
)


# `LG 트윈스 11:10 두산, 경기 종료`: between two names in a finished match, a score.
_RESULT: Final = re.compile(r"종료|최종|승리|이겼|졌|패배|역전|무승부|끝났")


def _between_teams(before: str, after: str) -> bool:
    return bool(
        (
            re.search(r"[A-Za-z가-힣]\s$", before)
            and re.match(r"\s[A-Za-z가-힣]", after)
            and _RESULT.search(after)
        )
        or _WON_BY.match(after)
    )


# 게이트볼 시합 15:12로 우리 팀이 이겼다: a result said of the count right after it.
_WON_BY: Final = re.compile(
    r"\s?(?:으?로|의 (?:스코어|점수)로)\ue005?\s(?:[^.,!?\n]{0,12}\s)?"
    r"(?:이겼|이김|승리|졌|짐|패배|패했|역전|꺾|제압|완승|완패|신승|석패|우승)"
)


def _clock_or_score(m: re.Match[str], scores: bool) -> str:
    """H:MM as a time of day, a score (2:1, 3 대 1) or minutes and seconds (32:15)."""
    ampm = m.group(1) or m.group(5)
    h, mi = int(m.group(2)), int(m.group(3))
    sec = int(m.group(4)) if m.group(4) else None
    before, after = m.string[: m.start()], m.string[m.end() :]
    two = len(m.group(3)) == 2
    is_time = two and (h < 24 or (h == 24 and mi == 0)) and mi < 60 and (sec or 0) < 60
    said = (
        mi == 0
        or _TIME_AFTER.match(after)
        or _TIME_BEFORE.search(before)
        or not (_HIGH_SCORES.search(m.string) or _between_teams(before, after))
    )
    if is_time and (ampm or sec is not None or not scores or said):
        # 19:00시작: the word glued to the time is a word of its own.
        gap = " " if re.match(r"[가-힣]", after) and not glued(after) else ""
        return _clock(h, mi, sec, ampm) + gap
    if sec is not None:
        return m.group(0)
    if two and mi < 60 and (not scores or re.search(r"(?:전반|후반|연장|추가\s?시간)\s?$", before)):
        return span([h, mi], ("분", "초"))  # past 24 hours, or 전반 45:00: minutes
    return f"{sino(h)} 대 {sino(mi)}"


def times(text: str) -> str:
    """15:30, 7:45 PM, AM 9:00, 3 PM; `2:1` with one-digit minutes or a match nearby is a score."""
    scores = bool(SCORE_CONTEXT.search(text))
    text = durations(text)

    text = _sub(
        # A colon not between digits is punctuation: 시각:15:30, 누수 감지 02:14: 세탁실.
        rf"(?:({_AMPM})\s?)?(?<![0-9.])(?<![0-9]:)([0-9]{{1,2}}):([0-9]{{1,2}})(?::([0-9]{{2}}))?"
        rf"(?![0-9]|:[0-9])(?:\s?({_AMPM}))?(?:시(?=$|[^가-힣]|[에부까로은는의]))?",
        # 아침7:10: a time glued to the word before is a word of its own.
        lambda m: (
            (" " if re.match("[가-힣]", m.string[m.start() - 1 : m.start()]) else "")
            + _clock_or_score(m, scores)
        ),
        text,
    )
    text = _sub(
        # 5~7pm: the half of the day written once after a range holds for both ends
        rf"(?<![0-9:.])(?:([0-9]{{1,2}})\s?([~{RANGE}-])\s?)?([0-9]{{1,2}})\s?({_AMPM})",
        _hour_ampm,
        text,
    )
    return _sub(
        rf"({_AMPM})\s?(?=[0-9]{{1,2}}\s?시)",
        lambda m: "오전 " if m.group(1)[0] in "Aa" else "오후 ",
        text,
    )


def _hour_ampm(m: re.Match[str]) -> str:
    """7pm 오후 7시, 5~7pm 오후 5시~7시, 11~1pm 오전 11시~오후 1시."""
    half = "오전" if m.group(4)[0] in "Aa" else "오후"
    if not m.group(1):
        return f"{half} {m.group(3)}시"
    first, last = int(m.group(1)), int(m.group(3))
    lead = half if first < last or last == 12 else ("오후" if half == "오전" else "오전")
    return f"{lead} {first}시{m.group(2)}{half if lead != half else ''} {last}시"


def _between_names(m: re.Match[str]) -> str:
    """`LG 5-3 두산`, `한화 2 : 4 롯데`: two counts between two team names are a score."""
    after = m.string[m.end() :].lstrip()
    if COUNTER_WORD_RE.match(after):
        return m.group(0)  # 배송 3-5 영업일, 1-2 개: a range before a counter
    return f"{sino(int(m.group(1)))} 대 {sino(int(m.group(2)))}"


def scores(text: str) -> str:
    """`3-2로 승리`, `한국 3 - 1 일본`: a dash between two counts in a match report is 대."""
    text = _sub(
        r"(?<=[A-Za-z가-힣]\s)([0-9]{1,3})(?:\s?-\s?|\s:\s?|:\s)([0-9]{1,3})(?=\s[A-Za-z가-힣])",
        _between_names,
        text,
    )
    if not SCORE_CONTEXT.search(text):
        return text

    def read(m: re.Match[str]) -> str:
        after = m.string[m.end() :]
        if re.match(r"[가-힣]", after) and not PARTICLE_RE.match(after):
            return m.group(0)  # 3-5일: a range of days, not a score
        return f"{sino(int(m.group(1)))} 대 {sino(int(m.group(2)))}"

    return _sub(
        r"(?<![0-9.,:/-])([0-9]{1,3})\s?-\s?([0-9]{1,3})(?![0-9]|[.,][0-9]|[:/A-Za-z°℃%μ-])",
        read,
        text,
    )
