"""Korean: read numbers, units, times, dates and English the way a Korean says them.

Each rule is a regex pass over the text; the passes run in order, the more
specific shapes (addresses, dates, phone numbers, times) before the general
ones (counters, bare numbers), so a later pass never sees digits an earlier
one owns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text import common
from melod.text.ko_counters import (
    NUM,
    PARTICLE_RE,
    RANGE,
    counters,
    magnitude_words,
    unit_readings,
    units,
)
from melod.text.ko_numbers import (
    DIGITS,
    PHONE_DIGITS,
    digit_string,
    number,
    ordinal,
    sino,
)
from melod.text.ko_time import date_words, dates, times
from melod.text.ko_words import WORDS, latin, spell

VERSION: Final = "1"
DIGIT_NAMES: Final = DIGITS


_COMPAT: Final = str.maketrans(
    {
        "㎍": "μg", "㎎": "mg", "㎏": "kg", "㎞": "km", "㎝": "cm", "㎜": "mm",
        "㎡": "m²", "㎥": "m³", "㎖": "mL", "ℓ": "L", "㎾": "kW", "㎐": "Hz",
        "㎒": "MHz", "㎓": "GHz", "㏈": "dB", "㎃": "mA", "℉": "°F", "µ": "μ",
        "–": "-", "—": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
        "∼": "~", "〜": "~", "～": "~", "˜": "~", "…": "...", "₂": "2",
    }
)  # fmt: skip

_EMERGENCY: Final = "110|111|112|113|114|117|118|119|120|122|125|128|129|131|132|182|1330|1366|1388"


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str) -> str:
    return re.sub(pattern, repl, text)


def _addresses(text: str) -> str:
    """E-mail addresses and URLs, part by part with Korean symbol names."""
    symbols = {".": "점", "/": "슬래시", "@": "골뱅이", ":": "콜론", "-": "하이픈", "_": "언더바"}

    def word(part: str) -> str:
        key = part.lower()
        return {"com": "컴", "net": "넷"}.get(key) or WORDS.get(key) or spell(key)

    def read(m: re.Match[str]) -> str:
        # \w in the shared patterns also takes the Hangul particle after an address.
        found = m.group(0)
        address = re.split(r"[^\x21-\x7e]", found, maxsplit=1)[0]
        tail = found[len(address) :]
        spoken = common.read_address(
            address, symbols, word, lambda d: digit_string(d, PHONE_DIGITS)
        )
        return f" {spoken}{tail}"

    text = common.EMAIL_RE.sub(read, text)
    return common.URL_RE.sub(read, text)


def _phones(text: str) -> str:
    """Phone numbers digit by digit with 0 as 공; emergency numbers like 119."""

    def groups(m: re.Match[str]) -> str:
        return " ".join(digit_string(g, PHONE_DIGITS) for g in m.groups() if g)

    text = _sub(r"(?<![0-9-])(0[0-9]{1,2})-([0-9]{3,4})-([0-9]{4})(?![0-9-])", groups, text)
    text = _sub(r"(?<![0-9-])(1[5-9][0-9]{2})-([0-9]{4})(?![0-9-])", groups, text)
    text = _sub(r"(?<![0-9])(01[016789])([0-9]{3,4})([0-9]{4})(?![0-9])", groups, text)
    text = _sub(r"\+82[ -]?", lambda m: "플러스 팔이 ", text)
    # Tracking and account numbers: three or more groups, each digit by digit.
    text = _sub(
        r"(?<![0-9.-])[0-9]+(?:-[0-9]+){2,}(?![0-9-])",
        lambda m: " ".join(digit_string(g, PHONE_DIGITS) for g in m.group(0).split("-")),
        text,
    )
    return _sub(
        rf"(?<![0-9.,])({_EMERGENCY})(?=\s?(?:에|로|으로|번|신고|전화|이나|나|또는|[,.!?)]|$))",
        groups,
        text,
    )


def _ranges(text: str) -> str:
    """Mark `A~B` (and `A-B` before a unit or counter) so both ends are read first."""
    text = _sub(r"([0-9][^\s~0-9]{0,4})\s?~\s?(?=[-+]?[0-9])", lambda m: m.group(1) + RANGE, text)
    text = _sub(r"(?<=[0-9]:[0-9]{2})\s?-\s?(?=[0-9]{1,2}:[0-9]{2})", lambda m: RANGE, text)
    text = _sub(
        rf"(?<=[0-9])\s?-\s?(?={NUM}\s?(?:[°℃%]|[A-Za-zμ]|[가-힣]))",
        lambda m: RANGE,
        text,
    )
    return _sub(r"(?<=[가-힣])~(?=[가-힣])", lambda m: RANGE, text)


def _versions(text: str) -> str:
    """v2.1.3 and bare 1.2.3 (or IP addresses): each part a number, joined by 점."""

    def parts(s: str) -> str:
        return " 점 ".join(sino(int(p)) if len(p) < 20 else digit_string(p) for p in s.split("."))

    text = _sub(
        r"(?<![A-Za-z])(?:[Vv](?:er(?:sion)?)?\.?\s?)([0-9]+(?:\.[0-9]+)*)(?![0-9])",
        lambda m: f"버전 {parts(m.group(1))}",
        text,
    )
    return _sub(r"(?<![0-9.])([0-9]+(?:\.[0-9]+){2,})(?![0-9])", lambda m: parts(m.group(1)), text)


# Latin+digit names said as one word in Korean.
_SPECIAL: Final = {
    "3D": "쓰리디", "4K": "포케이", "8K": "에잇케이", "5G": "파이브지", "4G": "포지",
    "3G": "쓰리지", "CO2": "씨오투", "MP3": "엠피쓰리", "MP4": "엠피포", "A4": "에이포",
    "2FA": "투에프에이", "1+1": "원 플러스 원", "2+1": "투 플러스 원", "4WD": "포 휠 드라이브",
    "USB-C": "유에스비 씨", "D-day": "디데이", "D-Day": "디데이", "Type-C": "타입 씨",
    "24/7": "이십사 시간 내내",
}  # fmt: skip
_SPECIAL_RE: Final = re.compile(
    r"(?<![A-Za-z0-9])("
    + "|".join(re.escape(k) for k in sorted(_SPECIAL, key=len, reverse=True))
    + r")(?![A-Za-z0-9])"
)
_SPECIAL_LOWER: Final = {k.lower(): v for k, v in _SPECIAL.items() if not k[0].isdigit()}


def _specials(text: str) -> str:
    text = _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group(1)], text)
    text = re.sub(
        r"(?<![A-Za-z0-9])(co2|mp3|mp4|usb-c|type-c)(?![A-Za-z0-9])",
        lambda m: _SPECIAL_LOWER[m.group(1).lower()],
        text,
        flags=re.IGNORECASE,
    )
    text = _sub(
        r"(?<![A-Za-z])D-([0-9]{1,4})(?![0-9])", lambda m: f"디 마이너스 {m.group(1)}", text
    )
    return _sub(
        r"(?<![0-9])([0-9]+)(?:st|nd|rd|th)(?![A-Za-z])", lambda m: ordinal(int(m.group(1))), text
    )


_CURRENCY: Final = {"$": "달러", "€": "유로", "£": "파운드", "¥": "엔", "₩": "원"}


def _money(sign: str, amount: str, unit: str) -> str:
    whole, _, cents = amount.partition(".")
    name = _CURRENCY[unit]
    head = number(sign + whole)
    if unit in "$€£" and len(cents) == 2:
        sub = "펜스" if unit == "£" else "센트"
        return f"{head} {name}" + (f" {sino(int(cents))} {sub}" if int(cents) else "")
    return f"{number(sign + amount)} {name}"


def _currency(text: str) -> str:
    """$12.50 (십이 달러 오십 센트), €9, ₩10,000, 12.50$."""
    sym = "[$€£¥₩]"
    text = re.sub(r"US\$", "$", text)
    text = _sub(
        rf"(-?)({sym})\s?(-?)({NUM})(?:\s?(천만|백만|만|억|천))?",
        lambda m: (
            _money(m.group(1) or m.group(3), m.group(4), m.group(2))
            if not m.group(5)
            else f"{magnitude_words(m.group(4), m.group(5))} {_CURRENCY[m.group(2)]}"
        ),
        text,
    )
    return _sub(rf"(?<![0-9.,])(-?)({NUM})\s?({sym})", lambda m: _money(*m.groups()), text)


def _fractions(text: str) -> str:
    """`1/2` 이분의 일; `N분의 M` already in words; `11/28` a date."""
    text = _sub(
        r"(?<![0-9])([0-9]+)분의\s?([0-9]+)",
        lambda m: f"{sino(int(m.group(1)))}분의 {sino(int(m.group(2)))}",
        text,
    )

    def read(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        if len(a) > 12 or len(b) > 12:
            return f"{digit_string(a)} {digit_string(b)}"
        na, nb = int(a), int(b)
        proper = 0 < na < nb and nb in {2, 3, 4, 5, 6, 8, 10, 100}
        date = None if proper else date_words(None, a, b)
        if date is not None:
            return date
        return f"{sino(nb)}분의 {sino(na)}"

    return _sub(r"(?<![0-9./])([0-9]+)/([0-9]+)(?![0-9/])", read, text)


def _split_latin_digits(text: str) -> str:
    """PM2.5 -> PM 2.5 and 3M -> 3 M, so each side is read on its own."""
    # Four or more digits glued to letters are an ID or password: digit by digit.
    text = _sub(
        r"(?<=[A-Za-z])([0-9]{4,})(?![0-9.,])",
        lambda m: " " + digit_string(m.group(1), PHONE_DIGITS),
        text,
    )
    text = re.sub(r"(?<=[A-Za-z])(?=[0-9])", " ", text)
    return re.sub(r"(?<=[0-9])(?=[A-Za-z])", " ", text)


_CODE_CONTEXT: Final = re.compile(
    r"(?:번호|코드|송장|인증|PIN|핀|No\.?|ID|아이디)(?:는|은|가|이|를|을)?\s?:?\s?$"
)


def _bare(m: re.Match[str]) -> str:
    sign, digits = m.group(1) or "", m.group(2)
    before, after = m.string[: m.start()], m.string[m.end() :]
    plain = digits.replace(",", "")
    if plain.isdigit() and (
        (len(plain) > 1 and plain[0] == "0")
        or len(plain) >= 9
        or (_CODE_CONTEXT.search(before) and len(plain) >= 4)
    ):
        spoken = digit_string(plain, PHONE_DIGITS)
    else:
        spoken = number(sign + digits)
    if after[:1].isalpha() and not PARTICLE_RE.match(after):
        spoken += " "
    if before[-1:].isalpha():
        spoken = " " + spoken
    return spoken


def _numbers(text: str) -> str:
    """Whatever numbers are left: Sino-Korean, codes and leading zeros digit by digit."""
    return _sub(rf"(?:(?<![0-9A-Za-z가-힣.])(-))?(?<![0-9])({NUM})", _bare, text)


def _prefixed(text: str) -> str:
    """제1 제일, 제3회 제삼 회: 제 takes Sino numerals whatever counter follows."""
    return _sub(
        r"(?<![가-힣])제\s?([0-9]{1,20})(?![0-9.,])", lambda m: f"제{sino(int(m.group(1)))} ", text
    )


def _latin(text: str) -> str:
    """English words and acronyms in Hangul (Wi-Fi 와이파이, LED 엘이디, A/S 에이에스)."""

    def read(m: re.Match[str]) -> str:
        token = m.group(0)
        if token.endswith("."):
            return latin(token) if token.lower() in _ABBREV_KEYS else latin(token[:-1]) + "."
        return latin(token)

    return _sub(r"(?<![A-Za-z])[A-Za-z]+(?:[-'’&/][A-Za-z]+)*\.?", read, text)


_ABBREV_KEYS: Final = ("mr.", "mrs.", "ms.", "dr.", "st.", "vs.", "etc.")

_SYMBOLS: Final = {
    "%": " 퍼센트 ", "℃": " 도 ", "°": " 도 ", "&": " 앤 ", "+": " 플러스 ",
    "$": " 달러 ", "€": " 유로 ", "£": " 파운드 ", "¥": " 엔 ", "₩": " 원 ", ";": ",",
}  # fmt: skip
_DROP_RE: Final = re.compile(
    r"[()\[\]{}<>「」『』【】〈〉《》\"'`´“”‘’«»:·•∙ㆍ/\\|=*#^_@~※→←↑↓×÷-]"
)


def _symbols(text: str) -> str:
    """Ranges become 에서; brackets, quotes and stray symbols are dropped or named."""
    text = re.sub(rf"\s*{RANGE}\s*", "에서 ", text)
    text = "".join(_SYMBOLS.get(c, c) for c in text)
    text = _DROP_RE.sub(" ", text)
    text = re.sub(r"\s+([.,?!])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


_PASSES: Final = (
    _addresses,
    dates,
    _phones,
    _ranges,
    times,
    _versions,
    _specials,
    _currency,
    _fractions,
    units,
    _split_latin_digits,
    _prefixed,
)


_PARTICLES: Final = {
    "으로": ("으로", "로"),
    "로": ("으로", "로"),
    "을": ("을", "를"),
    "를": ("을", "를"),
    "은": ("은", "는"),
    "는": ("은", "는"),
    "이": ("이", "가"),
    "가": ("이", "가"),
    "과": ("과", "와"),
    "와": ("과", "와"),
}
_UNIT_PARTICLE_RE: Final = re.compile(
    "(" + "|".join(sorted(unit_readings(), key=len, reverse=True)) + ")"
    r"(으로|로|을|를|은|는|이|가|과|와)(?![가-힣])"
)


def _agree(match: re.Match[str]) -> str:
    """A unit symbol's particle was chosen for the symbol; make it fit the word we say."""
    word, particle = match.group(1), match.group(2)
    final = (ord(word[-1]) - 0xAC00) % 28  # the last syllable's batchim, 0 = none
    with_batchim, without = _PARTICLES[particle]
    if particle in ("으로", "로"):
        return word + (with_batchim if final not in (0, 8) else without)  # 8 = ㄹ
    return word + (with_batchim if final else without)


def normalize(text: str) -> str:
    """Return prepared Korean text as it is read aloud: Hangul for numbers and Latin."""
    text = text.translate(_COMPAT)
    for step in _PASSES:
        text = step(text)
    text = counters(text)
    text = _numbers(text)
    text = _latin(text)
    # "영하 -5°C", "시속 80km/h": the writer already said it; the unit must not repeat it.
    text = re.sub(r"(영하|시속|초속|화씨)\s+\1(?=\s)", r"\1", text)
    return _symbols(_UNIT_PARTICLE_RE.sub(_agree, text))
