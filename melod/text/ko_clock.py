"""Korean clock times and match scores: 15:30, 7:45 PM, 5~7pm, 2:1, 한국 3 - 1 일본.

A colon between two counts is a time of day unless a match is being reported, so the
clock and the score rules share one module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ko_counter_words import (
    COUNTER_WORD_RE,
    LOT_PLACE_RE,
    PARTICLE_RE,
    RANGE,
    ROAD_RE,
    glued,
)
from melod.text.ko_durations import durations, span
from melod.text.ko_numbers import DIGITS, native, sino


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str) -> str:
    return re.sub(pattern, repl, text)


_AMPM: Final = r"(?<![A-Za-z])(?:[AaPp][Mm]|[AaPp]\.[Mm]\.)(?![A-Za-z])"
_NOT_SPORT: Final = r"(?<!수면)(?<!회복)(?<!신용)(?<![면복용]\s)"  # 수면 점수: a health score
SCORE_CONTEXT: Final = re.compile(
    # 경기 성남시, 경기도 용인시: the province, not a match
    rf"스코어|{_NOT_SPORT}점수|경기(?!도?\s?[가-힣]{{1,4}}[시군](?![가-힣]))|대결|승리|이겼|졌|무승부|득점|골|세트|전반|후반|리그|결승|"
    r"[Vv][Ss]|팀|FC|승부|시합|이김|당구|전적|바둑|체스|불계|LCK|"
    r"축구|야구|농구|배구|테니스|탁구|배드민턴|핸드볼|하키|족구|게이트볼|스쿼시|피클볼|"
    r"KBO|EPL|MLB|NBA|K리그|연장전|[0-9]회[초말]|"
    r"NFL|NHL|MLS|미식축구|슈퍼볼|[0-9]:[0-9]{1,3}\s?[승패](?![가-힣])"  # 24:17 승!
)


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
    before = m.string[: m.start()]
    if "-" in m.group(0) and (
        LOT_PLACE_RE.search(before) or (int(m.group(1)) >= 100 and ROAD_RE.search(before))
    ):
        return m.group(0)  # 망원동 239-6, 테헤란로 427-3 배송: a lot or building number (다시)
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
        if re.search(r"[가-힣]길\s$", m.string[: m.start()]) or LOT_PLACE_RE.search(
            m.string[: m.start()]
        ):
            return m.group(0)  # 정자동 178-1: a lot number (다시), even in a match report
        return f"{sino(int(m.group(1)))} 대 {sino(int(m.group(2)))}"

    return _sub(
        r"(?<![0-9.,:/-])([0-9]{1,3})\s?-\s?([0-9]{1,3})(?![0-9]|[.,][0-9]|[:/A-Za-z°℃%μ-])",
        read,
        text,
    )
