"""Korean notations with a fixed reading: flat numbers (101-1203), car plates, batting
averages (.312), race times (9초83), running paces (5'48") and stock arrows (▲1.2%)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ko_clock import SCORE_CONTEXT
from melod.text.ko_counter_words import NUM
from melod.text.ko_numbers import PHONE_DIGITS, digit_string, number, sino
from melod.text.ko_time import date_words


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str) -> str:
    return re.sub(pattern, repl, text)


# One-character hanja of Korean headlines (美 연준, 韓日 정상회담, 與野): said as the
# syllable it stands for.
HANJA: Final = {
    "美": "미", "中": "중", "日": "일", "韓": "한", "北": "북", "英": "영", "佛": "불",
    "獨": "독", "露": "러", "與": "여", "野": "야", "靑": "청", "故": "고", "前": "전",
    "現": "현", "新": "신", "對": "대", "株": "주", "金": "금", "檢": "검", "警": "경",
    "軍": "군", "尹": "윤", "李": "이", "文": "문", "朴": "박", "反": "반", "親": "친",
    "外": "외", "高": "고", "低": "저", "億": "억", "兆": "조", "萬": "만", "濠": "호",
    "男": "남", "女": "여", "印": "인", "伊": "이", "加": "가",
    # The weekdays a date may name in Hanja (12/3(水), 2025.01.06(月)) and the year and
    # month of a date written the Chinese way (2025年 3月).
    "月": "월", "火": "화", "水": "수", "木": "목", "土": "토", "年": "년",
    # Headline shorthand: 현대車 현대차, 韓銀 한은, 전년比 전년비, 서울大 서울대.
    "車": "차", "銀": "은", "比": "비", "大": "대",
}  # fmt: skip


# `101-1203` is building 101, flat 1203 when a household word follows or leads.
_FLAT_AFTER: Final = r"(?=\s?(?:세대|댁|입주|호(?![가-힣])|호(?:[는은의에가를도]|에서|로)))"
_FLAT_BEFORE: Final = re.compile(r"(?:동\s?호수?|호수|세대|주소|입주민|아파트)\s?:?\s?$")


def _flat_shaped(m: re.Match[str]) -> bool:
    """202-805, 101-1203: a building not ending in 00, then a floor and a unit 01-12."""
    building, flat = m.group(1), m.group(2)
    after = m.string[m.end() :]
    # 1588-2504, 1644-1234 are nationwide
    # call-centre numbers (15xx, 16xx, 18xx with four digits), never a building and a flat.
    return (
        not re.fullmatch(r"1[568]\d\d", building)
        and not building.endswith("00")
        and not 1900 <= int(building) < 2100
        and 1 <= int(flat[-2:]) <= 12
        and not re.match(r"\s?[가-힣A-Za-z%°℃~]", after)
        and not SCORE_CONTEXT.search(m.string)
    )


def _flat(m: re.Match[str]) -> str:
    before, after = m.string[: m.start()], m.string[m.end() :]
    if not (
        m.group(3) or _FLAT_BEFORE.search(before) or re.match(_FLAT_AFTER, after) or _flat_shaped(m)
    ):
        return m.group(0)
    return f"{sino(int(m.group(1)))} 동 {sino(int(m.group(2)))} 호"


# A car plate: 12가 3456, 123허 4567; the last four are read digit by digit.
_PLATE_SYLLABLES: Final = (
    "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주바사아자배하허호"
)
_CAR_CONTEXT: Final = re.compile(
    r"차량|차번|번호판|주차|입차|출차|차주|방문차|견인|택시|배차|기사|카카오\s?T|블루|탑승|픽업|대리"
)


def _plate(m: re.Match[str]) -> str:
    # 삼십사 나, a pause before the syllable: 80사 is 팔십 사, never 팔십사 (84).
    return f"{sino(int(m.group(1)))} {m.group(2)} {digit_string(m.group(3), PHONE_DIGITS)}"


def _average(m: re.Match[str]) -> str:
    """Batting averages in 할, 푼, 리: .312 is 삼할 일푼 이리; .300 is 삼할."""
    names = ("할", "푼", "리")
    parts = [f"{sino(int(d))}{name}" for d, name in zip(m.group(2), names, strict=True) if d != "0"]
    return f"{m.group(1)} {' '.join(parts) or '영'}"


def _pace(m: re.Match[str]) -> str:
    per = "킬로미터당 " if m.group(3) else ""
    return f"{per}{sino(int(m.group(1)))} 분 {sino(int(m.group(2)))} 초"


# A price or rate rises (상승); a count of people or cases grows (증가).
_RISE: Final = {
    ("↑", False): "상승", ("↓", False): "하락", ("↑", True): "증가", ("↓", True): "감소"
}  # fmt: skip


# Words of a change over time; without them 40%↓ is a threshold (습도 40%↓ 건조주의 이하).
_CHANGE: Final = re.compile(
    r"대비|전일|전주|전월|전년|연속|지수|코스피|코스닥|나스닥|환율|금리|집값|아파트값|주가|가격|시세|"
    r"물가|수익률|응시자|확진|인구|상승|하락|증가|감소|급등|급락|보다|지난"  # 어제보다 2℃↓
)


def _up_down(m: re.Match[str]) -> str:
    up = m.group(2) == "↑"
    if re.search("할인|세일|OFF|off", m.string):
        return m.group(1)  # 반값 할인 50%↓: a mark on a sale, not read
    if not _CHANGE.search(m.string):
        return f"{m.group(1)} {'이상' if up else '이하'}"
    return f"{m.group(1)} {_RISE[m.group(2), bool(re.search('[명건]$', m.group(1)))]}"


def _arrow(m: re.Match[str]) -> str:
    return f"{m.group(2)} {'상승' if m.group(1) in '▲△' else '하락'}"


# 9.16~9.18, 12.24 ~ 12.26: two month.day dates with two-digit days, a month apart at
# most, are a span of days, not decimals (a decimal range carries a unit: 6.5~7.5%).
_DAY_SPAN_RE: Final = re.compile(
    r"(?<![0-9.])(1[0-2]|0?[1-9])\.([0-3][0-9])\s?~\s?(1[0-2]|0?[1-9])\.([0-3][0-9])"
    r"(?![0-9.])(?!\s?[%°℃A-Za-zμ㎍])"
)


_MEASURED: Final = re.compile(
    r"무게|체중|지수|금리|이율|수치|농도|비율|환율|배율|점수|평점|수익률|등락|pH|ph|[0-9][^0-9]{0,2}$"
)


def _day_span(m: re.Match[str]) -> str:
    first, last = date_words(None, m[1], m[2]), date_words(None, m[3], m[4])
    if _MEASURED.search(m.string[max(0, m.start() - 12) : m.start()]):
        return m.group(0)  # 무게 2.15~2.30, 금리 3.45~3.60: a measure, not days
    if first is None or last is None or (int(m[3]) - int(m[1])) % 12 > 1:
        return m.group(0)
    return f"{first}~{last}"


# 11.23~24, 11/23~24일: the second day of a span in one month is written alone.
_DAY_SPAN_SHORT_RE: Final = re.compile(
    r"(?<![0-9./])(1[0-2]|0?[1-9])(?:\.([0-3][0-9])|/([0-3]?[0-9]))\s?~\s?([0-3]?[0-9])(일)?"
    r"(?![0-9.,/])(?!\s?[%°℃A-Za-zμ㎍])(?:(?<=일)|(?![가-힣]))"
)


def _short_day_span(m: re.Match[str]) -> str:
    day = m[2] or m[3]
    first = date_words(None, m[1], day)
    if first is None or not int(day) < int(m[4]) <= 31:
        return m.group(0)
    if _MEASURED.search(m.string[max(0, m.start() - 12) : m.start()]):
        return m.group(0)
    return f"{first}~{sino(int(m[4]))} 일"


def day_spans(text: str) -> str:
    """Month.day spans, before a date word (기간 12.24) takes only the first day."""
    text = _DAY_SPAN_RE.sub(_day_span, text)
    return _DAY_SPAN_SHORT_RE.sub(_short_day_span, text)


# 3.1절, 6.25 전쟁, 8.15 광복절: a day that names an event is said digit by digit.
_EVENT_DAY_RE: Final = re.compile(
    r"(?<![0-9.])([1-9])\.([1-3]?[0-9])(?![0-9])"
    r"(?=\s?(?:절|전쟁|혁명|민주|광복|운동|의거|사태|선언|대첩|항쟁))"
)


_NTH: Final = ("첫", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열")


def marks(text: str) -> str:
    """The notations above, before ranges, phones and scores can take them apart."""
    text = _EVENT_DAY_RE.sub(lambda m: digit_string(m[1] + m[2]), text)
    text = _ratios(text)
    text = _sub(
        r"(?<![0-9-])([1-9][0-9]{2,3})-([1-9][0-9]{2,3})(?![0-9-])(\s?호(?![가-힣]))?",
        _flat,
        text,
    )
    if _CAR_CONTEXT.search(text):
        text = _sub(
            rf"(?<![0-9])([0-9]{{2,3}})([{_PLATE_SYLLABLES}])\s?([0-9]{{4}})(?![0-9])", _plate, text
        )
    text = _sub(r"(타율|승률|출루율|장타율)\s?:?\s?0?\.([0-9]{3})(?![0-9])", _average, text)
    # 도어락 4719#, 1234# 누르세요: the key pressed after a code is 샵.
    text = _sub(r"(?<=[0-9])#(?![0-9A-Za-z#])", lambda m: " 샵", text)
    # 3째 주, 2째 아이: a native ordinal (셋째, 둘째), never 삼 째.
    text = _sub(
        r"(?<![0-9])(10|[1-9])\s?째(?!\s?[0-9])", lambda m: _NTH[int(m[1]) - 1] + "째", text
    )
    # A sprint time 9초83 says its hundredths digit by digit (구 초 팔삼).
    text = _sub(
        r"(?<![0-9.])([0-9]{1,2})초([0-9]{2})(?![0-9])",
        lambda m: f"{sino(int(m.group(1)))} 초 {digit_string(m.group(2))}",
        text,
    )
    text = _sub(r"(?<![0-9])([0-9]{1,2})'([0-5][0-9])(?:\"|''|″)(\s?/\s?km)?", _pace, text)
    text = _sub(rf"([▲▼△▽])\s?({NUM}\s?(?:%|원|달러|엔|포인트|[Pp](?![A-Za-z]))?)", _arrow, text)
    # 0.12%↑, 1만 8천명↓: an arrow after an amount says it rose or fell.
    return _sub(
        rf"({NUM}\s?(?:%p?|℃|°C?|도|원|달러|엔|포인트|명|건|배|[가-힣]?만\s?[0-9천백]*[가-힣]?)?)\s?([↑↓])",
        _up_down,
        text,
    )


def _ratios(text: str) -> str:
    """A colon between two numbers that is no clock: a score or a ratio, said with 대."""
    # 112:108, 명암비 1000:1, 경쟁률 1,024:1: three digits before or after a colon is no
    # clock but a score or a ratio, said with 대.
    text = _sub(
        r"(?<![0-9:.,])([0-9]{3,5}:[0-9]{1,5}|[0-9]{1,2}:[0-9]{3,5}|[0-9]{1,3}(?:,[0-9]{3})+:[0-9]{1,5})"
        r"(?![0-9:.]|,[0-9])",
        lambda m: " 대 ".join(sino(int(n.replace(",", ""))) for n in m.group(1).split(":")),
        text,
    )
    # 경쟁률 523.4:1: a decimal before a colon is no clock either.
    return _sub(
        r"(?<![0-9:.])([0-9]{1,5}\.[0-9]{1,2}):([0-9]{1,5}(?:\.[0-9]{1,2})?)(?![0-9:.])",
        lambda m: f"{number(m.group(1))} 대 {number(m.group(2))}",
        text,
    )
