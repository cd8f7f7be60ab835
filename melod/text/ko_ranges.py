"""Korean ranges: 3~5일, 20-22 °C, 10:00 AM - 2:00 PM, 월~금, read as 에서 once both ends are."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ko_counter_words import COUNTER_WORD_RE, LOT_PLACE_RE, NUM, RANGE, ROAD_RE
from melod.text.ko_numbers import sino
from melod.text.ko_particles import agree


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str) -> str:
    return re.sub(pattern, repl, text)


# A time of day can start the second end of a range: 오전 11시 ~ 오후 1시.
_DAYTIME: Final = "오전|오후|새벽|아침|낮|저녁|밤"


def ranges(text: str) -> str:
    """Mark `A~B` (and `A-B` before a unit or counter) so both ends are read first."""
    text = _sub_numbers(text)
    text = _tilde_spans(text)
    text = _hyphen_spans(text)
    return _word_spans(text)


def _sub_numbers(text: str) -> str:
    """A hyphen that is no range: a bus or a lot and its sub-number, said with 다시."""
    # 6-1번 버스, 3-2번 칸: a number that does not go up is a sub-number, said with 다시.
    text = _sub(
        r"(?<![0-9.,-])([0-9]{1,4})-([0-9]{1,2})(?=\s?번(?!째))",
        lambda m: (
            f"{sino(int(m.group(1)))} 다시 {sino(int(m.group(2)))} "
            if int(m.group(1)) >= int(m.group(2))
            else m.group(0)
        ),
        text,
    )
    # 역삼동 823-4, 12-3번지: a lot number and its sub-number, said with 다시.
    return _sub(r"(?<![0-9.-])([0-9]{1,4})-([0-9]{1,3})(?![0-9-])", _lot, text)


def _lot(m: re.Match[str]) -> str:
    before, after = m.string[: m.start()], m.string[m.end() :]
    place = LOT_PLACE_RE.search(before) or (int(m[1]) >= 100 and ROAD_RE.search(before))
    if not re.match(r"\s?번지", after) and (not place or COUNTER_WORD_RE.match(after.lstrip())):
        return m.group(0)  # 강남구 3-5명 모임: a range of people, not a lot
    return f"{sino(int(m[1]))} 다시 {sino(int(m[2]))}"


def _tilde_spans(text: str) -> str:
    """`A~B` with a number after the tilde, or a date already read (삼월 칠 일)."""
    return _sub(
        # 09:00 ~ 3/7(금) 17:00: the date after ~ has already been read (삼월 칠 일).
        rf"([0-9][^\s~0-9]{{0,4}})\s?~\s?(?=(?:(?:{_DAYTIME}|오늘|내일|모레|다음\s?날|익일)\s?)?[-+$€£¥₩]?[0-9]"
        r"|(?:일|이|삼|사|오|유|칠|팔|구|시|십일|십이)월 [가-힣]{1,3} 일)",
        lambda m: m.group(1) + RANGE,
        text,
    )


def _hyphen_spans(text: str) -> str:
    """`A-B` between two times, two amounts with a unit, two days or two counters."""
    text = _sub(
        r"(?<=[0-9]:[0-9]{2})(\s?(?:[AaPp][Mm]))?\s?-\s?(?=[0-9]{1,2}:[0-9]{2})",
        lambda m: (m.group(1) or "") + RANGE,
        text,
    )
    text = _sub(
        # 20241203-000158: long groups or a leading zero are an order number, no range
        rf"(?<![0-9]{{5}})(?<=[0-9])\s?-\s?(?![0-9]{{5}}|0[0-9])(?={NUM}\s?(?:[°℃%]|[A-Za-zμ]|[가-힣]))",
        lambda m: RANGE,
        text,
    )
    # 1/5-1/9, 12/30 – 1/2 are a span of days.
    text = _sub(
        r"(?<![0-9/])([0-9]{1,2}/[0-9]{1,2})\s?[-–—]\s?(?=[0-9]{1,2}/[0-9]{1,2}(?![0-9/]))",
        lambda m: m.group(1) + RANGE,
        text,
    )
    # 10시 - 12시, 1층-3층: the same counter on both ends.
    return _sub(
        r"(?<![0-9])([0-9]+\s?([가-힣]{1,2}))\s?-\s?(?=[0-9]+\s?\2)",
        lambda m: m.group(1) + RANGE,
        text,
    )


def _word_spans(text: str) -> str:
    """A range between two words: weekdays, places, road codes."""
    # 월~금, and with spaces 6월 1일 (일) ~ 6월 3일 (화) once the weekday is a word.
    text = _sub(r"(?<=[가-힣])\s+~\s+(?=[가-힣0-9])|(?<=요일)\s*~\s*", lambda m: RANGE, text)
    # 전주IC~익산JC, 서울TG~신갈JC: a place with its road code is still a place; between
    # two road codes a hyphen is a range too (판교JC-대왕판교IC).
    return _sub(
        r"(?:(?<=[가-힣])|(?<=[가-힣][A-Z]{2}))~(?=[가-힣])|(?<=[가-힣][IJT][CG])\s?-\s?(?=[가-힣]+[IJT][CG])",
        lambda m: RANGE,
        text,
    )


# A change written with an arrow between two amounts (45℃ → 50℃, 329,000원→279,000원) is
# said "A에서 B로"; the 로 waits in a mark until B is read, for its 받침 decides 로 or 으로.
_ARROW_MARK: Final = "\ue000"
_ARROW_RE: Final = re.compile(
    r"(?<=[0-9])([^\s→0-9]{0,4})\s*→\s*"
    r"((?:[가-힣]{1,3}(?<![고서면아어해요다줘])\s|[A-Z]{2,5}\s)?[-+$€£¥₩v]?[0-9](?:[0-9.:]|,(?=[0-9]{3}))*[^\s→,.()\[\]0-9]{0,5})(?![^\s,.()\[\]])"
)
# B already carries its particle (50℃로, 3층까지): no 로 is added.
_HAS_PARTICLE: Final = re.compile(r"(?:으로|로|까지|에|에서|이|가|을|를|은|는|만)$")


_CHANGED: Final = re.compile(r"\s*(?:변경|전환|바뀌|바뀜|변환|조정|상향|하향|인상|인하|증가|감소)")


def _other_amount(unit: str, after: str) -> bool:
    """38.2℃ → 해열제 5ml: a word and another unit after the arrow say what came next."""
    if not re.match(r"[가-힣]{1,3}\s|[A-Z]{2,5}\s", after):
        return False
    ends = re.search(r"[^\s0-9.,:]*$", after)
    other = _HAS_PARTICLE.sub("", ends.group(0)) if ends else ""
    return bool(other and unit and other != unit)


def arrows(text: str) -> str:
    """Mark `A → B` between two amounts as `A에서 B` and a 로 to follow B's reading."""

    def mark(m: re.Match[str]) -> str:
        if re.search(r"→\s*[0-9.,:]*$", m.string[: m.start()]):
            return m.group(0)  # 1→2→3: a chain of steps, not one change
        if _other_amount(m.group(1), m.group(2)):
            return m.group(0)
        end = "" if _HAS_PARTICLE.search(m.group(2)) else _ARROW_MARK
        if re.fullmatch(r"[가-힣]{1,3}\s[0-9]{1,2}:[0-9]{2}", m.group(2)) and not _CHANGED.match(
            m.string, m.end()
        ):
            end = ""  # 서울 08:00 → 부산 10:40: a timetable's stops, not a change to B
        return f"{m.group(1)}에서 {m.group(2)}{end}"

    return _WORD_ARROW_RE.sub(_word_arrow, _ARROW_RE.sub(mark, text))


# 서울→부산, 대기 → 진행중, OFF→ON: between two words an arrow is a route or a change,
# said "A에서 B" (and 로 when B is where it ends: 대기에서 진행중으로 변경).
_WORD_ARROW_RE: Final = re.compile(
    r"(?<![→\s])(?<=[가-힣A-Za-z])(\s*)→\s*([가-힣A-Za-z][가-힣A-Za-z0-9]*)(?![가-힣A-Za-z0-9])(?!\s*→)"
)
_CHANGE_AFTER: Final = re.compile(
    r"\s*(?:변경|전환|바뀌|바뀜|변환|업그레이드|교체|조정|이동|$|[.!])"
)


_RESULT_AFTER: Final = re.compile(
    r"\s+(?:완료|켜짐|꺼짐|켜기|끄기|시작|종료|알림|전송|실행|작동|발송|차단|충전|가동|중지)(?![가-힣])"
)


def _word_arrow(m: re.Match[str]) -> str:
    before = m.string[: m.start()]
    if re.search(r"→\s*[^\s→]*$", before):
        return m.group(0)  # 서울→대전→부산: a chain of stops, read as a list
    word = m.group(2)
    if (
        re.search(r"[아어해요다줘고기]$", word)
        or re.search(r"[0-9]\S*$", before)
        or _RESULT_AFTER.match(m.string, m.end())
    ):
        # 문 열림 → 닫아 주세요, 5분 유지 → 세탁 완료, 18.5도 → 난방 켜짐: an arrow to
        # what follows or what to do, not a route or a change of state
        return m.group(0)
    end = _ARROW_MARK if _CHANGE_AFTER.match(m.string, m.end()) else ""
    if _HAS_PARTICLE.search(word) and len(word) > 2:
        end = ""
    return f"에서 {word}{end}"


# 3개 × 2,000원 = 6,000원, 1달러 = 1,395원: between two amounts = is said as the topic
# particle (이천 원은 육천 원); after a plain word (합계 = 12,000원) it is only a pause.
_EQUALS_MARK: Final = "\ue001"
_EQUALS_RE: Final = re.compile(r"(?<=[0-9])([^\s=0-9]{0,4})\s*=\s*(?=[-+$€£¥₩]?[0-9])")


def equals(text: str) -> str:
    """Mark `A = B` between two amounts for the topic particle after A's reading."""
    # 정가 × 0.8: times a decimal is a product, never a count of items.
    text = re.sub(r"(?<=[가-힣A-Za-z0-9])\s*×\s*(?=[0-9]+\.[0-9])", " 곱하기 ", text)
    # 3x4=12, 10÷2=5: in a sum, x and ÷ are operators (곱하기, 나누기).
    text = re.sub(
        r"(?<=[0-9])\s?([x×*÷])\s?(?=[0-9][0-9,.]*\s?=)",
        lambda m: " 나누기 " if m.group(1) == "÷" else " 곱하기 ",
        text,
    )
    return _EQUALS_RE.sub(_equals, text)


def _equals(m: re.Match[str]) -> str:
    clause = re.split(r"[,.:;!?(\[]", m.string[: m.start()])[-1]
    sum_or_rate = re.search(
        r"[0-9][^\s0-9]{0,4}\s?(?:[x×*÷+/]|곱하기|나누기)\s?[0-9]", clause
    ) or re.match(r"(?:달러|엔|유로|위안|파운드|원|[$€¥£])$", m.group(1))
    if not sum_or_rate and not re.search(r"[$€¥£₩][0-9.,]+$", clause):
        return f"{m.group(1)} "  # 총 4명 = 20만원: only a pause before the total
    return f"{m.group(1)}{_EQUALS_MARK} "


def settle_arrows(text: str) -> str:
    """The mark after B's reading becomes 로 or 으로 (50도로, 27만 9천 원으로); the
    mark of = becomes 은 or 는."""

    text = re.sub(rf"([가-힣])\s*{_ARROW_MARK}", lambda m: m[1] + agree(m[1], "로"), text)
    text = re.sub(rf"([가-힣])\s*{_EQUALS_MARK}", lambda m: m[1] + agree(m[1], "는"), text)
    return text.replace(_ARROW_MARK, "").replace(_EQUALS_MARK, " ")
