"""Korean lengths of time written like a clock: 소요 1:45, 남은 시간 0:35, 통화 3:25."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ko_numbers import DIGITS, native, number, sino

# `소요 1:45`, `남은 시간 0:35`, `0:45 남음`: a length of time, not a time of day.  Calls,
# media and workout records count minutes and seconds (통화 시간 3:25).  A city ending in
# 주 bound for (제주행 14:05, 광주행, 청주행) is a departure, not 주행 (driving).
_DURATION_BEFORE: Final = re.compile(
    r"(?:(소요|걸린|경과|잔여|남은|사용|충전|(?<![제광전원청충공경상영여양파진나])주행|수면|운동|코스|세탁|건조|헹굼|탈수)|"
    r"(통화|재생|러닝타임|영상|녹화|녹음|음성\s?메시지|클립|기록|랩|페이스|타이머|스톱워치|구간|달리기|러닝|마라톤|"
    r"완주|걷기))"
    r"\s?(?:시간)?\s?:?\s?(?:약\s?)?$"
)
# 수유 기록: 03:20, 투약 기록 21:00: a log of care or comings and goings lists when each
# thing happened, times of day (세 시 이십 분 분유), unlike a run's record (기록 25:30).
_WHEN_LOG: Final = re.compile(
    r"(?:수유|분유|모유|기저귀|배변|투약|복약|복용|식사|출입|출근|퇴근|입실|퇴실|방문|외출|귀가|접속)"
    r"\s?기록\s?:?\s?(?:약\s?)?$"
)
_DURATION_AFTER: Final = re.compile(r"\s?(?:소요|남음|남았|경과|걸림|걸렸|동안)")
# 타이머 23:00에 꺼짐, 조명 타이머 18:30 켜짐: a timer that switches something at a set
# time names a time of day; 타이머 25:00 alone is how long it runs.
_SWITCHED_AT: Final = re.compile(
    r"\s?(?:에|부터|까지|경|쯤|켜|꺼|점등|소등|ON|OFF|[Oo]n|[Oo]ff|전원|난방|가동|작동)"
)
# `재생 중: 좋은 날 (3:52)`: in a message about music or video a bracketed M:SS is its length.
_MEDIA: Final = re.compile(r"재생|노래|음악|곡|앨범|플레이리스트|팟캐스트|Spotify|멜론|지니")
_MEDIA_NOT: Final = re.compile(r"예약|알람|오전|오후|시작|부터|까지|통화")
# A record after a distance is how long it took: 하프 21.1km, 1:52:40; 5km, 25:30.
_AFTER_DISTANCE: Final = re.compile(r"[0-9](?:km|킬로미터|마일|mi)\s?[,/]?\s?$")
# In a washer or microwave message a short H:MM (M:SS) with no time-of-day mark is how
# long it runs: 건조기 동작 시작 (예상 2:15), 전자레인지 3:00.
# 세탁실 (the laundry room) and 건조주의보 (a dry-weather alert) name no running machine.
_APPLIANCE: Final = re.compile(
    r"(세탁(?!실|소)|건조(?!주의보|경보|특보|하|한|해)|탈수|헹굼|식기세척|식세기|스타일러)|"
    r"(전자레인지|에어프라이어)"
)
# 누수 감지 02:14: the time an event was detected is a time of day.
_TIME_OF_DAY_BEFORE: Final = re.compile(
    r"(?:오전|오후|새벽|아침|저녁|밤|시각|예약|부터|감지|발생|~|-)\s?:?\s?$"
)
_TIME_OF_DAY_AFTER: Final = re.compile(r"\s?(?:[~-]|에|부터|까지|경|시|쯤|종료|완료|끝)")


def _runs(text: str, start: int, end: int, hours: int) -> tuple[str, ...] | None:
    """The units an appliance's running time is read in, or None when it is no such time."""
    found = _APPLIANCE.search(text)
    if (
        not found
        or hours > 4
        or _TIME_OF_DAY_BEFORE.search(text[:start])
        or _TIME_OF_DAY_AFTER.match(text[end:])
    ):
        return None
    return ("시간", "분") if found.group(1) else ("분", "초")


def span(parts: list[int], units: tuple[str, ...]) -> str:
    """Read a duration part by part, dropping zero parts: 한 시간 오 분, 삼십오 분."""
    spoken = []
    for value, unit in zip(parts, units, strict=True):
        if value:
            spoken.append(f"{native(value) if unit == '시간' else sino(value)} {unit}")
    return " ".join(spoken) or f"{DIGITS[0]} {units[-1]}"


def _fractional(m: re.Match[str]) -> str:
    """A lap or split time, 1:35.490: seconds with a fraction are never a time of day."""
    *bigger, seconds = m[0].split(":")
    parts = [int(p) for p in bigger]
    head = span(parts, ("시간", "분")[-len(parts) :]) if any(parts) else ""
    return f"{head} {number(seconds)} 초".strip()


def _clock_span(m: re.Match[str]) -> bool:
    """타이머 06:00~18:00: a span between two zero-padded clock times is times of day."""
    return bool(
        m[0][2:3] == ":"
        and re.match(r"\s?(?:[~-]|\x00)\s?[0-9]{2}:[0-5][0-9]", m.string[m.end() :])
        and not re.search(r"(?:소요|걸린|경과|잔여|남은)[^0-9]{0,6}$", m.string[: m.start()])
    )


def durations(text: str) -> str:
    """H:MM and H:MM:SS after a duration word (소요, 잔여, 남은 시간) or before 소요/남음."""
    text = re.sub(
        r"(?<![0-9:.])(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-5][0-9]\.[0-9]{1,3}(?![0-9.:])",
        _fractional,
        text,
    )

    # `02:14:` a colon with no digit after it is punctuation (누수 감지 02:14: 세탁실).
    return re.sub(
        r"(?<![0-9.])(?<![0-9]:)[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?(?![0-9]|:[0-9])",
        _duration,
        text,
    )


def _duration(m: re.Match[str]) -> str:
    """One H:MM or H:MM:SS: a span of hours, minutes and seconds, or left a time of day."""
    if _clock_span(m):
        return m[0]
    before = _DURATION_BEFORE.search(m.string[: m.start()][-14:])
    if before and _WHEN_LOG.search(m.string[: m.start()][-14:]):
        return m.group(0)
    if before and re.search(r"예약\s?$", m.string[: m.start()][-14:][: before.start()]):
        return m.group(0)  # 예약 녹화 20:00, 예약 충전 01:00: when it starts, a time of day
    if before and before.group(2) == "타이머" and _SWITCHED_AT.match(m.string[m.end() :]):
        return m.group(0)
    parts = [int(p) for p in m.group(0).split(":")]
    runs = _runs(m.string, m.start(), m.end(), parts[0]) if len(parts) == 2 else None
    distance = _AFTER_DISTANCE.search(m.string[: m.start()][-14:]) and not re.match(
        r"\s?(?:[~-]|에|부터|까지|경|쯤|도착|출발)", m.string[m.end() :]
    )
    if (
        m.string[m.start() - 1 : m.start()] == "("
        and _MEDIA.search(m.string)
        and not _MEDIA_NOT.search(m.string)
    ):
        return span(parts, ("시간", "분", "초")[-len(parts) :])
    if not (before or distance) and not _DURATION_AFTER.match(m.string[m.end() :]):
        return span(parts, runs) if runs else m.group(0)
    if len(parts) == 3:
        return span(parts, ("시간", "분", "초"))
    if (before and before.group(2)) or parts[0] > 24 or distance:
        return span(parts, ("분", "초"))
    return span(parts, ("시간", "분"))
