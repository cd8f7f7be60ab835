"""Korean amounts: currency ($12.50, USD 25), fractions (1/2), blood pressure, rates (/월)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Final

from melod.text.ko_counter_words import MEASURE_RE, NUM, RANGE, glued
from melod.text.ko_magnitudes import magnitude_words
from melod.text.ko_numbers import digit_string, number, sino
from melod.text.ko_time import date_words
from melod.text.ko_units import UNITS


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str) -> str:
    return re.sub(pattern, repl, text)


_CURRENCY: Final = {"$": "달러", "€": "유로", "£": "파운드", "¥": "엔", "₩": "원"}
# A currency code written before the amount (USD 25.00) is said like its symbol.
_CODES: Final = {"USD": "$", "US$": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩"}


def _money(sign: str, amount: str, unit: str) -> str:
    whole, _, cents = amount.partition(".")
    name = _CURRENCY[unit]
    if unit in "$€£" and len(cents) == 2:
        sub = "펜스" if unit == "£" else "센트"
        spoken_cents = f"{sino(int(cents))} {sub}"
        if int(whole.replace(",", "") or "0") == 0 and int(cents) and not sign:
            return spoken_cents  # $0.99 is said 구십구 센트
        head = f"{number(sign + whole)} {name}"
        return head + (f" {spoken_cents}" if int(cents) else "")
    return f"{number(sign + amount)} {name}"


def _money_range(m: re.Match[str]) -> str:
    if "." in m[2] + m[3]:  # $1.50~2.00: each end with its cents
        return f"{_money('', m[2], m[1])}{RANGE}{_money('', m[3], m[1])}"
    return f"{number(m[2])}{RANGE}{number(m[3])}{m[4] or ' ' + _CURRENCY[m[1]]}"


_ENGLISH_POWERS: Final = {"K": 3, "k": 3, "M": 6, "B": 9}


def _english_magnitude(amount: str, letter: str) -> str:
    """1.2 and M: 백이십만, said as the whole amount."""
    value = Decimal(amount.replace(",", "")) * 10 ** _ENGLISH_POWERS[letter]
    if value != value.to_integral_value() or value >= 10**16:
        return f"{number(amount)} {letter}"
    return sino(int(value))


# 1,500P 적립: in a message about points a P after an amount is the points themselves.
_POINTS_CONTEXT: Final = re.compile(
    r"포인트|적립|지급|페이|멤버십|리워드|캐시백|마일리지|[Rr]eward|[Pp]oints?\b"
)
# 코스닥 -23.41p: a stock index moves by points, written with a small p too.
_INDEX_CONTEXT: Final = re.compile(r"코스피|코스닥|나스닥|다우|지수|KOSPI|KOSDAQ|NASDAQ")


def _points_and_codes(text: str) -> str:
    """1,500P 포인트 in a message about points; USD 25.00 said as $25.00."""
    points = "[Pp]" if _INDEX_CONTEXT.search(text) else "P" if _POINTS_CONTEXT.search(text) else ""
    if points:
        text = _sub(
            rf"(?<![0-9.,A-Za-z])({NUM})\s?{points}(?![A-Za-z0-9])",
            lambda m: f"{m.group(1)} 포인트",
            text,
        )
    return _sub(
        r"(?<![A-Za-z])(USD|US\$|EUR|GBP|JPY|KRW)\s?(?=-?[0-9])",
        # USD 1,398원: the amount has its own currency, so the code is only a label.
        lambda m: (
            m[0]
            if re.match(rf"-?{NUM}\s?(?:원|엔|달러|유로|위안)", m.string[m.end() :])
            else _CODES[m[1]]
        ),
        text,
    )


def currency(text: str) -> str:
    """$12.50 (십이 달러 오십 센트), €9, ₩10,000, 12.50$, USD 25.00, 1,500P."""
    sym = "[$€£¥₩]"
    text = _points_and_codes(text)
    text = _sub(
        # $1.2M 백이십만 달러, €50K 오만 유로: an English thousand, million or billion.
        rf"({sym})\s?({NUM})\s?([KkMB])(?![A-Za-z])",
        lambda m: _english_magnitude(m[2], m[3]) + " " + _CURRENCY[m[1]],
        text,
    )
    text = _sub(
        # $1,200~1,500 천이백에서 천오백 달러: a range of whole amounts names its currency
        # once, after the second end, as 1,200~1,500달러 does.
        rf"({sym})\s?({NUM}){RANGE}\s?{sym}?({NUM})(\s?(?:달러|원|유로|엔|파운드))?",
        _money_range,
        text,
    )
    text = _sub(
        # $3.2조 삼조 이천억 달러 (but $5 조건부: a word that starts with 조).
        rf"(-?)({sym})\s?(-?)({NUM})"
        r"(?:\s?(천만|백만|십만|천억|백억|십억|만|억|조(?!각|건|정|절|심|회|합|치|언)|천))?",
        lambda m: (
            _money(m.group(1) or m.group(3), m.group(4), m.group(2))
            if not m.group(5)
            else f"{magnitude_words(m.group(4), m.group(5))} {_CURRENCY[m.group(2)]}"
        ),
        text,
    )
    return _sub(rf"(?<![0-9.,])(-?)({NUM})\s?({sym})", lambda m: _money(*m.groups()), text)


def _blood_pressure(m: re.Match[str]) -> str:
    lead, high, low, unit = m.groups()[:4] if m.group(2) else m.groups()[4:]
    if lead and not (70 <= int(high) <= 250 and int(high) > int(low) >= 30):
        return m[0]  # 혈압약 처방, 12/25 병원: a date, not a reading
    return f"{lead}{sino(int(high))}에 {sino(int(low))}" + (" 밀리미터 수은주" if unit else "")


# 개학 2/3, 마감 1/3: after a school, travel or deadline day word a small N/M is a date too
# (another date in the message proves nothing: 케이크 2/3 먹음, 12/25 파티).
_DAY_WORD: Final = re.compile(
    r"(?:개학|개강|종강|방학식?|졸업식?|입학식?|마감|출국|입국|출발|귀국|납부|예정일|기한|"
    # 생신 3/8, 기념일 5/4: a family day or a day off.
    r"생일|생신|기념일|결혼식|돌잔치|제사|기일|환갑|칠순|팔순|상견례|이삿날|휴무|휴진|휴업)"
    r"\s?(?:은|는|일|날)?\s?$"
)


# 1/5~2/20, 3/2-3/6: two slash pairs joined by a
# range mark are a span of days; neither end is a fraction.
_DATE_SPAN_AFTER: Final = re.compile(rf"\s?[~{RANGE}]\s?[0-9]{{1,2}}/[0-9]{{1,2}}(?![0-9/])")
_DATE_SPAN_BEFORE: Final = re.compile(rf"(?<![0-9/])[0-9]{{1,2}}/[0-9]{{1,2}}\s?[~{RANGE}]\s?$")

# 세일 ~1/2까지: a tilde with no number before it opens a span up to a day.
_UNTIL_BEFORE: Final = re.compile(r"(?:^|[^0-9./%\s])\s*~\s?$")


def _dated(m: re.Match[str]) -> bool:
    before, after = m.string[: m.start()], m.string[m.end() :]
    return bool(
        _DAY_WORD.search(before)
        or _DATE_SPAN_AFTER.match(after)
        or _DATE_SPAN_BEFORE.search(before)
        or _UNTIL_BEFORE.search(before)
    )


# 목표의 5/7, 진행률 3/7, 5/9 정도: a share of something is a fraction whatever its
# denominator, though 5/7 alone is a date (but 회의 5/7, 문의 5/7 name a day).
_SHARE_BEFORE: Final = re.compile(
    r"(?:(?<=[가-힣])(?<![회동논합문강협주결심건모토])의|진행률|진도율?|달성률?|완료율?|비율)\s?:?\s?$"
)
_SHARE_AFTER: Final = re.compile(r"\s?(?:달성|정도|수준|가량|만큼|남짓)")


def _share(m: re.Match[str]) -> bool:
    before, after = m.string[: m.start()], m.string[m.end() :]
    return bool(_SHARE_BEFORE.search(before) or _SHARE_AFTER.match(after))


def _fraction(m: re.Match[str]) -> str:
    a, b = m.group(1), m.group(2)
    if len(a) > 12 or len(b) > 12:
        return f"{digit_string(a)} {digit_string(b)}"
    na, nb = int(a), int(b)
    if m.group(3):  # 우유 1/2L, 3/4km: a fraction of a unit, 이분의 일 리터
        return f"{sino(nb)}분의 {sino(na)} {UNITS[m.group(3).strip()][0]}"
    # 목표 12/12 달성: a goal met in full is a share too, never a date
    share = _share(m)
    proper = (0 < na < nb and nb in {2, 3, 4, 5, 6, 8, 10, 100}) or (0 < na <= nb and share)
    date = None if proper and not _dated(m) else date_words(None, a, b)
    if date is not None:
        return date
    after = m.string[m.end() :]
    # 1/2컵 is 이분의 일 컵: a counter written right after it is a word of its own.
    gap = " " if re.match(r"[가-힣]", after) and not glued(after) else ""
    return f"{sino(nb)}분의 {sino(na)}{gap}"


def _progress(m: re.Match[str]) -> str:
    """`350/500kcal`, `6,000/10,000걸음`: so much of a goal, 오백 킬로칼로리 중 삼백오십."""
    a, b, unit = m.group(1), m.group(2), m.group(3) or ""
    done, goal = float(a.replace(",", "")), float(b.replace(",", ""))
    if unit in ("℃", "°C", "°", "도") and done <= goal:
        return f"{a}{RANGE}{b}{unit}"  # 3/10℃: a day's low and high, 삼에서 십 도
    if done > goal or not ("," in a + b or (unit and goal >= 10)):
        return m.group(0)
    return f"{b}{unit} 중 {a}{unit}"


_RATING: Final = re.compile(r"평점|별점|만족도|리뷰|후기|★|[Rr]ating")


def fractions(text: str) -> str:
    """`1/2` 이분의 일; `N분의 M` already in words; `11/28` a date; 120/80 blood pressure."""
    text = _out_of(text)
    # Blood pressure 120/80 is said 백이십에 팔십.
    # 혈압 아침 128/82, 저녁 135/88: every reading of the clause after the word.
    for _ in range(3):
        text = _sub(
            r"(혈압[^.!?\n0-9/]{0,30}?)(?<![0-9./])([0-9]{2,3})\s?/\s?([0-9]{2,3})(?![0-9/])"
            r"(\s?mmHg)?|(?<![0-9./])()([0-9]{2,3})/([0-9]{2,3})(\s?mmHg)",
            _blood_pressure,
            text,
        )
    text = _sub(
        rf"(?<![0-9./])({NUM})\s?/\s?({NUM})(?![0-9/.,])(?:\s?({MEASURE_RE.pattern}))?",
        _progress,
        text,
    )
    return _sub(
        r"(?<![0-9./])([0-9]+)/([0-9]+)(?![0-9/])(\s?(?:L|l|mL|ml|kg|g|km|m|cm|mm|oz|lbs?|Lbs?|LBS?|cc))?"
        r"(?![A-Za-z])",
        _fraction,
        text,
    )


def _out_of(text: str) -> str:
    """Slashes that are no plain fraction (a score, a mark, a quarter, sessions of a set)
    and `N분의 M` already in words."""
    if _RATING.search(text):
        # 평점 4.8/5: a score out of five or ten, 오 점 만점에 사 점 팔.
        text = _sub(
            r"(?<![0-9./])([0-9](?:\.[0-9]{1,2})?)\s?/\s?(5|10)(?![0-9/]|[.,][0-9])(?:\s?점)?",
            lambda m: f"{m.group(2)}점 만점에 {m.group(1)}점",
            text,
        )
    # 수행평가 점수 18/20, 시험 85/100: a mark out of a total, 이십 점 만점에 십팔 점.
    text = _sub(
        r"((?:점수|성적|수행평가|시험|중간고사|기말고사)[^0-9]{0,6})([0-9]{1,3})\s?/\s?"
        r"(10|20|25|30|50|100)(?![0-9/]|[.,][0-9])(?:\s?점)?",
        lambda m: f"{m[1]}{m[3]}점 만점에 {m[2]}점" if int(m[2]) <= int(m[3]) else m[0],
        text,
    )
    # 1/4분기 is the first quarter, 일사분기, not a quarter of a 분기.
    text = _sub(
        r"(?<![0-9./])([1-4])\s?/\s?4\s?분기", lambda m: f"{sino(int(m.group(1)))}사분기", text
    )
    # 3/5회, 2/4세트: so many of a set number of sessions; a session is never cut in parts.
    text = _sub(
        r"(?<![0-9./])([0-9]{1,3})\s?/\s?([0-9]{1,3})\s?(회|명|세트|건|곳|경기|라운드|단계)"
        r"(?![가-힣])",
        lambda m: f"{m[2]}{m[3]} 중 {m[1]}{m[3]}" if int(m[1]) <= int(m[2]) else m.group(0),
        text,
    )
    return _sub(
        r"(?<![0-9,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)분의\s?([0-9]+)",  # 대지 지분 1,200분의 35
        lambda m: f"{sino(int(m.group(1).replace(',', '')))}분의 {sino(int(m.group(2)))}",
        text,
    )


# `35kWh/월`, `9,900원/월`: the period is said first (월 삼십오 킬로와트시, 월 구천구백 원).
_PER: Final = {
    "월": "월", "달": "월", "년": "연", "연": "연", "일": "하루", "주": "주",
    "회": "회당", "개": "개당", "명": "인당", "인": "인당", "시간": "시간당", "평": "평당",
    "kWh": "킬로와트시당", "kg": "킬로그램당", "km": "킬로미터당", "L": "리터당", "g": "그램당",
    "분": "분당", "min": "분당",  # a pump's or a tap's flow: 12L/min 분당 십이 리터
}  # fmt: skip


def rates(text: str) -> str:
    """An amount per period or item: the period word goes before the amount."""
    return _sub(
        rf"(?<![0-9.,])({NUM}\s?(?:[A-Za-zμ°℃%²³]{{1,5}}|원|달러|엔|유로|회|번|개|명|건|잔|알|정|분|시간))\s?/\s?"
        r"(시간|월|달|년|연|일|주|회|개|명|인|평|kWh|kg|km|L|g|분|min)(?![가-힣A-Za-z0-9])",
        lambda m: f"{_PER[m.group(2)]} {m.group(1)}",
        text,
    )
