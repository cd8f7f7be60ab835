"""Korean codes: phone numbers, versions and Latin+digit names."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ko_context import labelled
from melod.text.ko_flights import flights
from melod.text.ko_labels import label_nouns, seats
from melod.text.ko_numbers import PHONE_DIGITS, digit_string, ordinal, sino
from melod.text.ko_words import spell

_EMERGENCY: Final = (
    "110|111|112|113|114|117|118|119|120|121|122|123|125|128|129|131|132|182|1301|1330|1332|1339|1345|"
    "1350|1355|1357|1366|1372|1377|1382|1388|1393|1399"
)

# KTX 123번 열차, 120번 버스: a label noun after 번 makes the number a train's or a bus's.
_NAMED_AFTER: Final = rf"마을버스|열차|기차|편|방|지방도|{label_nouns('A')}"


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str) -> str:
    return re.sub(pattern, repl, text)


# Phone numbers whose every group is read digit by digit, in this order.
_GROUPED_PHONES: Final = (
    r"(?<![0-9-])(0[0-9]{1,2})-([0-9]{3,4})-([0-9]{4})(?![0-9-])",
    # 010 1234 5678, 02)345-6789, (02) 345-6789: spaces or a bracket as separators.
    r"(?<![0-9-])\(?(0[0-9]{1,2})(?:\)\s?|\s)([0-9]{3,4})[\s-]([0-9]{4})(?![0-9-])",
    # (213) 555-0187: a North American number, its area code in brackets.
    r"\(([2-9][0-9]{2})\)\s?([0-9]{3})[\s-]([0-9]{4})(?![0-9-])",
    r"(?<![0-9-])(1[5-9][0-9]{2})-([0-9]{4})(?![0-9-])",
    r"(?<![0-9.])(0[0-9]{1,2})\.([0-9]{3,4})\.([0-9]{4})(?![0-9.])",
    r"(?<![0-9])(01[016789])([0-9]{3,4})([0-9]{4})(?![0-9])",
)


def phones(text: str) -> str:
    """Phone numbers digit by digit with 0 as 공; emergency numbers like 119."""

    def groups(m: re.Match[str]) -> str:
        return " ".join(digit_string(g, PHONE_DIGITS) for g in m.groups() if g)

    for pattern in _GROUPED_PHONES:
        text = _sub(pattern, groups, text)
    # 고객센터 1588 1234, 접수는 1588 3366: a call-centre number written with a space.
    text = _sub(
        r"((?:센터|대표번호|상담|문의|전화|연락처|ARS|접수|예약|번호|[Tt]el|TEL)(?:은|는|처)?\s?:?\s?)"
        r"(1[5-8][0-9]{2}) ([0-9]{4})(?![0-9,.])",
        lambda m: m.group(1) + " ".join(digit_string(g, PHONE_DIGITS) for g in m.groups()[1:]),
        text,
    )
    text = _sub(r"\+82[ -]?", lambda m: "플러스 팔이 ", text)
    # Tracking and account numbers: three or more groups, each digit by digit.
    text = _sub(
        r"(?<![0-9.-])[0-9]+(?:-[0-9]+){2,}(?![0-9-])",
        lambda m: " ".join(digit_string(g, PHONE_DIGITS) for g in m.group(0).split("-")),
        text,
    )
    return _sub(
        rf"(?<![0-9.,])({_EMERGENCY})"
        # 119 구급차, 112 순찰차: the service's own vehicles and desks name it too.
        rf"(?=\s?(?:에|로|으로|번(?!째|\s?(?:{_NAMED_AFTER}))|신고|전화|"
        r"이나|나|또는|구급|소방|구조대|순찰|경찰|상황실|출동|긴급|자동|문자))"
        r"|(?<![0-9.,])(?P<alone>" + _EMERGENCY + r")(?=[,.](?![0-9])|[!?)]|$|\s\()",
        _service,
        text,
    )


# 문의 120, 민원 120: a service number standing alone is dialled when a word of calling
# names it; only 112 and 119 are known by themselves, and not as a reading (공복 132, 혈당 119).
_CALLED: Final = re.compile(
    r"(?:문의|민원|신고|전화|상담|센터|안내|연락처?|번호|다이얼|화재|범죄|구급|응급|경찰|소방|"
    r"국번\s?없이|[Tt]el|TEL|☎|📞)(?:은|는|로|으로)?\s?:?\s?$"
)
_MEASURED: Final = re.compile(
    r"(?:혈당|혈압|공복|식전|식후|맥박|심박수?|수축기|이완기|체중|몸무게|수치|점수|측정|결과)"
    r"[^,.!?\n]{0,12}$"
)


# 세종대로 110, 올림픽로 120: a road's number (but 바로 112!, 제대로 119 are no roads).
_ROAD: Final = re.compile(r"(?<![가-힣])([가-힣]*[로길])\s$")
_NOT_ROADS: Final = frozenset(
    ("바로", "새로", "따로", "서로", "그대로", "제대로", "마음대로", "정말로", "진짜로", "실제로")
)


def _road(before: str) -> bool:
    m = _ROAD.search(before)
    return bool(m and m[1] not in _NOT_ROADS and not m[1].endswith("으로"))


def _service(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 30) : m.start()]
    alone = m["alone"]
    if not _CALLED.search(before) and (
        _road(before)
        or labelled(before)  # 게이트 112, 사물함 119: a label's number
        or (alone and (alone not in ("112", "119") or _MEASURED.search(before)))
        or (m[0] not in ("112", "119") and _MEASURED.search(before))  # 혈압 118에 76
    ):
        return m[0]
    return digit_string(m[0], PHONE_DIGITS)


_VERSION_WORD: Final = re.compile(r"(?:펌웨어|버전|업데이트|소프트웨어|OS|앱)\s?:?\s?$")


def versions(text: str) -> str:
    """v2.1.3 and bare 1.2.3 (or IP addresses): each part a number, joined by 점."""

    def parts(s: str) -> str:
        # 24.06: a part with a leading zero is said digit by digit (이십사 점 영육).
        return " 점 ".join(
            sino(int(p)) if len(p) < 20 and (p[0] != "0" or len(p) == 1) else digit_string(p)
            for p in s.split(".")
        )

    text = _sub(
        r"(?<![A-Za-z])(?:[Vv](?:er(?:sion)?)?\.?\s?)([0-9]+(?:\.[0-9]+)*)(?![0-9])",
        lambda m: (
            m.group(0)  # Dyson V15, 갤럭시 V50: a capital V and a whole number name a model
            if re.fullmatch("V[0-9]+", m.group(0))
            and not _VERSION_WORD.search(m.string[: m.start()])
            else f"버전 {parts(m.group(1))}"
        ),
        text,
    )
    # Software update 2024.38, 버전 1.10: two parts after a release word, each a number.
    text = _sub(
        r"((?:펌웨어|버전|업데이트|소프트웨어|[Uu]pdate|[Vv]ersion|[Ff]irmware|[Ss]oftware)\s?:?\s?)"
        r"([0-9]+\.[0-9]{2,})(?![0-9.])(?!\s?(?:%|°|℃|[A-Za-z]{1,4}(?![A-Za-z])))",
        lambda m: m.group(1) + parts(m.group(2)),
        text,
    )
    # 앱 5.12 버전으로: a number named a version by the word after it (Zalo 24.11 업데이트
    # 이십사 점 십일).
    text = _sub(
        r"(?<![0-9.])([0-9]+\.[0-9]{2,})(?![0-9.])(?=\s?(?:버전|업데이트|[Uu]pdate))",
        lambda m: parts(m[1]),
        text,
    )
    return _sub(r"(?<![0-9.])([0-9]+(?:\.[0-9]+){2,})(?![0-9])", lambda m: parts(m.group(1)), text)


# Latin+digit names said as one word in Korean.
_SPECIAL: Final = {
    "3D": "쓰리디", "4K": "포케이", "8K": "에잇케이", "5G": "파이브지", "4G": "포지",
    "3G": "쓰리지", "CO2": "씨오투", "MP3": "엠피쓰리", "MP4": "엠피포", "A4": "에이포",
    "2FA": "투에프에이", "1+1": "원 플러스 원", "2+1": "투 플러스 원", "4WD": "포 휠 드라이브",
    "USB-C": "유에스비 씨", "D-day": "디데이", "D-Day": "디데이", "Type-C": "타입 씨",
    "24/7": "이십사 시간 내내", "Model 3": "모델 쓰리",
    "오메가3": "오메가쓰리", "3M": "쓰리엠", "COVID-19": "코비드 일구", "코로나19": "코로나 일구",
    "SpO2": "에스피오투", "Wi-Fi 6E": "와이파이 식스이", "Wi-Fi 6": "와이파이 식스",
    "Wi-Fi 7": "와이파이 세븐", "WiFi 6": "와이파이 식스", "WiFi 7": "와이파이 세븐",
    "K리그1": "케이리그원", "K리그2": "케이리그투", "11번가": "십일번가",
    "HbA1c": "에이치비에이원씨", "1on1": "원온원",
    # a lift's one-, three-, five-rep maximum, said in English in the gym
    "1RM": "원알엠", "3RM": "쓰리알엠", "5RM": "파이브알엠", "10RM": "텐알엠",
}  # fmt: skip
_SPECIAL_RE: Final = re.compile(
    r"(?<![A-Za-z0-9])("
    + "|".join(re.escape(k) for k in sorted(_SPECIAL, key=len, reverse=True))
    + r")(?![A-Za-z0-9])"
)
_SPECIAL_LOWER: Final = {k.lower(): v for k, v in _SPECIAL.items() if not k[0].isdigit()}


# An appliance error code written digits first (3E 에러, 오류 코드 4C) is said as one
# word, the number in Sino-Korean and the letters spelled: 삼이, 사씨.
_ERROR_WORD: Final = r"(?:에러|오류|고장|[Ee]rror|ERROR)"
_ERROR_CODE_RE: Final = re.compile(
    rf"({_ERROR_WORD}\s?(?:코드)?\s?:?\s?)([0-9]{{1,2}})([A-Z]{{1,2}})(?![A-Za-z0-9])|"
    rf"(?<![0-9A-Za-z.,])()([0-9]{{1,2}})([A-Z]{{1,2}})(?=\s?(?:{_ERROR_WORD}|코드))"
)


def _error_code(m: re.Match[str]) -> str:
    lead, n, letters = m.group(1, 2, 3) if m.group(2) else m.group(4, 5, 6)
    return f"{lead}{sino(int(n))}{spell(letters)}"


_ENGLISH_NUMBERS: Final = (
    "",
    "원",
    "투",
    "쓰리",
    "포",
    "파이브",
    "식스",
    "세븐",
    "에잇",
    "나인",
    "텐",
)


_SHORT_WORDS: Final = {"ep": "Episode", "lv": "Level", "lvl": "Level", "ch": "채널"}


def labels(text: str) -> str:
    """No.7 넘버 칠; Er 05 에러; a flight number (KE 017편) digit by digit."""
    # No.1 브랜드 is the loanword 넘버원; other numbers keep 넘버 before them.
    text = _sub(r"(?<![A-Za-z])(?:No|NO)\.\s?1(?![0-9.,])", lambda m: "넘버원", text)
    text = _sub(r"(?<![A-Za-z])(?:No|NO)\.\s?(?=[0-9])", lambda m: "넘버 ", text)
    # Ep.12, Lv.35, CH.7: a short episode, level or TV channel word before its number.
    text = _sub(
        r"(?<![A-Za-z])(Ep|EP|Lv|LV|Lvl|Ch|CH)\.\s?(?=[0-9])",
        lambda m: _SHORT_WORDS[m[1].lower()] + " ",
        text,
    )
    # TOP 10, TOP3: a chart position said in English (탑 텐, 탑 쓰리).
    text = _sub(
        r"(?<![A-Za-z])(?:TOP|Top)\s?(10|[1-9])(?![0-9])",
        lambda m: "탑 " + _ENGLISH_NUMBERS[int(m.group(1))],
        text,
    )
    # S4 E9, S01E05: a series' season and episode, said as the words they stand for.
    text = _sub(
        r"(?<![A-Za-z0-9])S([0-9]{1,2})\s?E([0-9]{1,3})(?![0-9A-Za-z])",
        lambda m: f"시즌 {sino(int(m[1]))} 에피소드 {sino(int(m[2]))}",
        text,
    )
    # Game 7, Season 2, Part 1: a number after an English episode word is said in
    # English too (게임 세븐, 시즌 투).
    text = _sub(
        r"(?<![A-Za-z-])((?:Game|GAME|Season|SEASON|Episode|Part|PART|Chapter|Round|ROUND|Step|"
        r"STEP|Stage|Phase|Vol\.|Track|Day|DAY|Level|Gen)\s?)(10|[1-9])(?![0-9.,:])",
        lambda m: ("볼륨" if m[1].startswith("Vol") else m[1]) + " " + _ENGLISH_NUMBERS[int(m[2])],
        text,
    )
    # Er 05, Er FF: an appliance display's short for 에러.
    return _sub(
        r"(?<![A-Za-z])Er(?=\s?[-:]?\s?(?:[0-9]|[A-Z]{1,3}(?![a-z])))", lambda m: "에러", text
    )


# The shapes said as names, in order: each one runs on what the ones before left.
_SPECIAL_RULES: Final[tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]] = (
    (_SPECIAL_RE, lambda m: _SPECIAL[m.group(1)]),
    # 23H2, 24H2: a Windows release (year and half) is said 이십삼 에이치 투.
    (
        re.compile(r"(?<![0-9A-Za-z])([0-9]{2})H([12])(?![0-9A-Za-z])"),
        lambda m: f"{sino(int(m.group(1)))} 에이치 {'원' if m.group(2) == '1' else '투'}",
    ),
    (_ERROR_CODE_RE, _error_code),
    # 5W-30, 0W20: an engine oil's grade is 오더블유 삼십, never five watts.
    (
        re.compile(r"(?<![0-9A-Za-z.])(0|5|10|15|20)W-?(8|16|20|30|40|50|60)(?![0-9A-Za-z])"),
        lambda m: f"{sino(int(m[1]))}더블유 {sino(int(m[2]))}",
    ),
    # 2F, B1F: a floor in a building (before B2B's 2 is read as 투).
    (
        re.compile(r"(?<![0-9A-Za-z.,])(B)?([0-9]{1,2})F(?![A-Za-z0-9])"),
        lambda m: ("지하 " if m.group(1) else "") + f"{m.group(2)}층",
    ),
    # 2700K, 6500K: a colour temperature in the thousands is in kelvin.
    (
        re.compile(r"(?<![0-9.,A-Za-z])([1-9][0-9]00)\s?K(?![A-Za-z0-9])"),
        lambda m: f"{m.group(1)} 켈빈",
    ),
    (
        re.compile(r"(?<=[A-Za-z])([24])(?=[A-Za-z])"),
        lambda m: " 투 " if m.group(1) == "2" else " 포 ",
    ),
    (
        re.compile(r"(?<![A-Za-z0-9])(co2|mp3|mp4|usb-c|type-c)(?![A-Za-z0-9])", re.IGNORECASE),
        lambda m: _SPECIAL_LOWER[m.group(1).lower()],
    ),
    # D-30 디 마이너스 삼십, and the days since: D+100 디 플러스 백.
    (
        re.compile(r"(?<![A-Za-z])D\s?([-+])\s?([0-9]{1,4})(?![0-9])"),
        lambda m: f"디 {'마이너스' if m[1] == '-' else '플러스'} {m[2]}",
    ),
    (
        re.compile(
            r"(?<![0-9])([0-9]+)(?:st|nd|rd|th)(?![A-Za-z])"
            r"(\s?(?:[Ff]loor|FL|[Ff]l\.?)(?![A-Za-z]))?"
        ),
        lambda m: f"{m.group(1)}층" if m.group(2) else ordinal(int(m.group(1))),
    ),
)


def specials(text: str) -> str:
    """Names said in English (3D 쓰리디, 5G 파이브지), 2 and 4 between letters (B2B, P4P)."""
    text = seats(flights(labels(text)))
    for pattern, said in _SPECIAL_RULES:
        text = pattern.sub(said, text)
    return text
