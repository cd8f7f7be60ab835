"""Korean numbers before units and counters: native or Sino, and the context that decides."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ko_context import (
    AGE_AFTER,
    AGES,
    ELECTRIC,
    HONORED,
    HOUSEHOLDS,
    LABEL_AFTER,
    MATCH_SETS,
    NOT_PEOPLE_AFTER,
    PEOPLE,
    PEOPLE_MEETING,
    TIMES_AFTER,
    WAITING,
    WAITING_AFTER,
    bracketed,
    golf_score,
    label_again,
    labelled,
    listed_things,
    numbered_thing,
    round_clock,
)
from melod.text.ko_counter_words import (
    COUNTER_ALT,
    FOLLOW,
    NATIVE,
    NATIVE_UP_TO,
    NUM,
    PARTICLE_RE,
    RANGE,
    SPACED_WORDS,
    UNIT_ALT,
    glued,
    latin_counters,
)
from melod.text.ko_goods import (
    FLIGHTS,
    FLIGHTS_AFTER,
    PLANTED,
    PRINTED,
    PRINTED_AFTER,
    WEEKS_AFTER,
    bundled,
    farm_count,
    shares,
)
from melod.text.ko_magnitudes import magnitude_units, magnitudes
from melod.text.ko_numbers import DIGITS, month, native, number, ordinal, words
from melod.text.ko_units import UNITS


def _signed(sign: str, digits: str, temp: bool) -> str:
    if sign and temp:
        return "영하 " + number(digits)
    return number(sign + digits)


# Counts whose half is said 반: 한 시간 반, 물 세 컵 반, 치킨 한 마리 반, 반 시간.
_HALVES: Final = frozenset(
    words("시간 컵 큰술 작은술 스푼 공기 그릇 잔 병 봉지 개 캔 팩 알 마리 장 포기 근 조각")
)


def _native_count(digits: str, unit: str) -> str:
    """A native-counted quantity: 두 시간, 한 시간 반, 일 점 이 시간, 백이십오 명."""
    plain = digits.replace(",", "")
    whole, _, frac = plain.partition(".")
    if frac:
        # 열두 시간 반, but 팔십육 점 오 시간: past a day's count the half is a decimal
        if frac == "5" and unit in _HALVES and len(whole) < 3 and int(whole or 0) <= 24:
            return f"{native(int(whole))} {unit} 반" if int(whole) else f"반 {unit}"
        return f"{number(plain)} {unit}"
    if len(whole) > 20:
        return f"{number(whole)} {unit}"
    n = int(whole)
    return f"{native(n) if n else DIGITS[0]} {unit}"


def _unit(m: re.Match[str]) -> str:
    sa, a, sb, b, symbol = m.groups()
    sa, sb = sa or "", sb or ""
    reading, prefix, kind = UNITS[symbol]
    if symbol == "A" and (
        " " in m.group(0)
        or re.match(r"[-가-힣]", m.string[m.end() :])
        or not ELECTRIC.search(m.string)
    ):
        return m.group(0)  # 좌석 32A is a seat, not 32 amperes
    temp = kind == "temp"
    if kind == "native":
        spoken_b = _native_count(b, reading)
        return f"{_native_count(a, reading)}{RANGE}{spoken_b}" if a else spoken_b
    head = f"{prefix} " if prefix else ""
    if a is None:
        return f"{head}{_signed(sb, b, temp)} {reading}"
    if temp and (sa or sb):
        return f"{head}{_signed(sa, a, temp)} {reading}{RANGE}{_signed(sb, b, temp)} {reading}"
    return f"{head}{_signed(sa, a, temp)}{RANGE}{_signed(sb, b, temp)} {reading}"


def units(text: str) -> str:
    """Numbers with units: 23.5°C, -3℃, 80km/h, 35㎍/㎥, 20~22°C, 2h; kWh당 (per unit)."""
    text = magnitude_units(text)
    text = re.sub(
        rf"(?<![0-9A-Za-z])({UNIT_ALT})(?=당)",
        lambda m: UNITS[m[1]][0] if len(m[1]) > 1 or m[1] == "L" else m[0],
        text,
    )
    return re.sub(
        rf"(?:(?<![0-9A-Za-z.])(-)?({NUM}){RANGE})?(?:(?<![0-9A-Za-z.,])(-))?(?<![0-9.,])"
        rf"({NUM})\s?({UNIT_ALT})(?![A-Za-z0-9²³]|/[^0-9\s])",
        _lead_unit,
        text,
    )


def _lead_unit(m: re.Match[str]) -> str:
    """최고기온35℃: a number glued to the word before is a word of its own."""
    lead = " " if re.match(r"[가-힣]", m.string[m.start() - 1 : m.start()]) else ""
    after = m.string[m.end() :]
    # 10%할인: a word glued after the unit is a word of its own, but 30%대, 1kg짜리 stay.
    tail = " " if re.match(r"[가-힣]", after) and not re.match(r"대|짜리|당|째|급", after) else ""
    said = _unit(m)
    if said == m.group(0):
        return said  # 중3 A반 is no amperage
    return lead + said + (tail if not glued(after) else "")


def _is_people(n: int | None, before: str, after: str) -> bool:
    """Is 분 the honorific counter for people (손님 4분) rather than minutes?"""
    if re.search(r"시간?\s?$", before):
        return False
    if HONORED.search(before) and not NOT_PEOPLE_AFTER.match(after):
        return True  # 선생님 2분 상담
    if n is not None and n < 10 and PEOPLE_MEETING.search(before):
        return not NOT_PEOPLE_AFTER.match(after)  # 학부모 상담 4분; 고객 상담 5분 소요
    if re.search(r"몇\s?분", before) and re.match(r"이(?:요|세요|에요|시)", after):
        return True  # 몇 분이세요? 4분이요
    return bool(PEOPLE.search(before) or re.match(r"께서|께|이서|이 오|이 방문", after))


_DECADES: Final = frozenset(range(10, 100, 10))


def _said_in_sino(n: int | None, unit: str, before: str, after: str) -> bool:
    """A native counter used as a label or bracket: 7번 출구, 배구 3세트, 40대 남성."""
    if unit == "세트":  # 배구 3세트 25:23: the third set, but 2세트 모두 이겼다: two sets
        return bool(MATCH_SETS.search(before + after)) and not re.match(
            r"\s?(?:모두|다 |전부|연속|만에|씩)", after
        )
    if unit == "번":
        if re.search(
            r"(?:비밀\s?번호|비번|암호|패스워드|PIN|인증\s?번호)\s?$", before
        ) and re.match(r"\s?(?:연속\s?)?(?:오류|틀|실패|잘못|입력|불일치)", after):
            return False  # 비밀번호 다섯 번 오류: tries, not the error's number
        if re.search(r"내선\s?$", before):
            return True  # 내선 3번 누르세요: an extension is dialled, never pressed 3 times
        return not TIMES_AFTER.match(after) and bool(
            labelled(before)
            or bracketed(before, after)
            or LABEL_AFTER.match(after)
            or label_again(before, after)
            or numbered_thing(before, after)
            or re.search(r"번\s?(?:,|과|와|이랑|하고|또는)\s?$", before)  # 7번, 8번: labels
            or listed_things(before, after)
        )
    return unit == "대" and bool(
        # 3대 1: a score, but 아반떼 1대 4일 대여 counts a car and then days
        re.match(rf"\s?[0-9](?![0-9,.]*(?:{COUNTER_ALT}))", after)
        or (n is not None and n % 10 == 0 and AGE_AFTER.match(after))
        or (n in _DECADES and re.match(r"\s?[0-9]+\s?(?:명|분|사람)", after))  # 20대 1명
        or (n in _DECADES and AGES.search(before + after))
    )


# Words that start with 시 after a number: BMW 3시리즈 is 삼 시리즈, not three o'clock.
_SI_WORD: Final = re.compile(r"리즈|스템|청|민|의회|립|내(?![가-힣])")


def _kind_in_context(n: int | None, unit: str, before: str, after: str) -> str | None:
    """The kind a unit takes from the words around it (대파 두 단, 2정도), if they decide it."""
    if unit == "월":
        return "month"
    if unit == "번째":
        return "ordinal"
    if bundled(unit, before):
        return "native"  # 대파 두 단, 김 다섯 속 (bundles), but 선풍기 삼 단 (a setting)
    if unit == "동" and n is not None and n < 100 and farm_count(before, after):
        return "native"  # 하우스 세 동 중 두 동; 아파트 3동, [하우스 2동] stay 삼 동, 이 동
    if unit == "주" and n is not None and n < 100 and PLANTED.search(before):
        return "sino" if WEEKS_AFTER.match(after) else "native"  # 모종 여섯 주, 6주 후
    if unit == "정" and after.startswith("도"):
        return "sino"  # 2정도 is 이 정도 (about two), not two tablets
    if re.search(r"(?<![A-Za-z])[A-Z]-\s?$", before):
        return "sino"  # C-14 자리, A-3번: a lettered label
    if unit == "편" and (
        re.search(r"(?:영화|드라마|작품|기사|글|논문|소설|다큐|영상|웹툰|에피소드)\s?$", before)
        or FLIGHTS.search(before)
        or FLIGHTS_AFTER.match(after)
    ):
        return "native"  # 영화 두 편, 항공편 네 편 count; 2편 alone is a sequel, 이 편
    if unit in ("시간", "시") and round_clock(n, unit, before, after):
        return "sino"  # 사십팔 시간 내 수령, 이십사 시간 운영, 24시 응급 (but 스물네 시간 동안)
    if unit == "개" and golf_score(n, before, after):
        return "sino"  # 스크린골프 82개 쳤다: strokes, 팔십이 개
    if unit == "세대" and n is not None and n < 20 and HOUSEHOLDS.search(before):
        return "native"  # 전입 두 세대; 에어팟 2세대 stays a generation
    if unit == "팀" and (WAITING.search(before) or WAITING_AFTER.match(after)):
        return "native"  # 앞에 네 팀 대기 (parties waiting); 영업 2팀 is a label
    if unit == "부" and (PRINTED.search(before) or PRINTED_AFTER.match(after)):
        return "native"  # 자료 세 부 출력 (copies); 1부 예배, 2부 리그 are parts
    if unit == "주" and shares(n, before, after):
        return "native"  # 테슬라 두 주 매수; 2주 후, 임신 20주 stay weeks
    return None


def _kind(n: int | None, unit: str, before: str, after: str) -> str:
    """How to read a count: 'native', 'sino', 'month' or 'ordinal'."""
    if kind := _kind_in_context(n, unit, before, after):
        return kind
    if unit not in NATIVE or (n is None and unit not in _HALVES):
        return "sino"
    if unit == "시" and re.match(r"[가-힣]", after) and not _SI_WORD.match(after):
        return "native"  # 내일오전10시병원예약: an hour with the next word glued on
    if len(unit) == 1 and after[:1] >= "가" and after[:1] <= "힣" and after[0] not in FOLLOW:
        return "sino"
    if unit == "분":
        return "native" if _is_people(n, before, after) else "sino"
    if _said_in_sino(n, unit, before, after):
        return "sino"
    if limit := NATIVE_UP_TO.get(unit):  # 한 건, but 백이십 건; 두 골, but 시즌 십칠 골
        return "native" if n is not None and n <= limit else "sino"
    return "native"


def _count(sign: str, digits: str, unit: str, kind: str) -> str:
    plain = digits.replace(",", "")
    whole_ok = plain.isdigit() and len(plain) < 20
    if kind == "month" and whole_ok and 1 <= int(plain) <= 12:
        return month(int(plain))
    if kind == "ordinal" and whole_ok:
        return ordinal(int(plain))
    if kind == "native":
        return ("마이너스 " if sign else "") + _native_count(digits, unit)
    return f"{_signed(sign, digits, unit == '도')} {unit}"


def _counter(m: re.Match[str]) -> str:
    sa, a, sb, b, _space, unit = m.groups()
    before, after = m.string[: m.start()], m.string[m.end() :]
    plain = b.replace(",", "")
    n = int(plain) if plain.isdigit() and len(plain) < 20 else None
    lead = " " if re.match(r"[A-Za-z가-힣]", before[-1:]) else ""
    if (
        _space
        and re.match(r"[가-힣]", after)
        and (not PARTICLE_RE.match(after) or unit + after[0] in SPACED_WORDS)
    ):
        # `1 일본`, `6012345678901 배달`, `642102270 단가`: a word that merely starts like a
        # counter (and its particle).
        return m.group(0)
    kind = _kind(n, unit, before, after)
    spoken_b = _count(sb or "", b, unit, kind)
    if (
        (unit in ("시", "시간") and after.startswith("반"))
        or (
            unit in ("월", "년", "회")  # 9회 말: the bottom of an inning
            and re.match(r"(?:말|초|중순|초순|하순)(?![가-힣])|(?:말|초)[까에부]", after)
        )
        or (unit in ("층", "번") and re.match(r"[가-힣]", after) and not glued(after))
        or (
            kind == "native"
            and unit == "시"
            and re.match(r"[가-힣]", after)
            and after[0] not in FOLLOW
        )
        or (unit == "호" and re.match(r"골|홈런", after))
    ):
        spoken_b += " "  # 세 시 반, 시월 말, 이천이십사 년 초, 일 층 엘베, 칠 호 골
    if a is None:
        return lead + spoken_b
    if kind in ("native", "month", "ordinal") or (unit == "도" and (sa or sb)):
        return f"{lead}{_count(sa or '', a, unit, kind)}{RANGE}{spoken_b}"
    return f"{lead}{_signed(sa or '', a, unit == '도')}{RANGE}{spoken_b}"


def counters(text: str) -> str:
    """Magnitude words and Korean counters, with their native/Sino choice."""
    text = latin_counters(magnitudes(text))
    return re.sub(
        rf"(?:(?<![0-9A-Za-z.])(-)?({NUM}){RANGE})?(?:(?<![0-9A-Za-z.,가-힣])(-))?(?<![0-9.,])"
        rf"({NUM})(\s?)({COUNTER_ALT})",
        _counter,
        text,
    )
