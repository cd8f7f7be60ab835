"""Korean: read numbers, units, times, dates and English the way a Korean says them.

Each rule is a regex pass over the text; the passes run in order, the more
specific shapes (addresses, dates, phone numbers, times) before the general
ones (counters, bare numbers), so a later pass never sees digits an earlier
one owns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Final

from melod.text.ko_amounts import currency, fractions, rates
from melod.text.ko_clock import scores, times
from melod.text.ko_codes import phones, specials, versions
from melod.text.ko_context import CODE_CONTEXT, SECRET
from melod.text.ko_counter_words import NUM, RANGE, glued
from melod.text.ko_counters import counters, units
from melod.text.ko_english import english_counts, model_numbers, phrasal
from melod.text.ko_latin_digits import split_latin_digits
from melod.text.ko_marks import HANJA, day_spans, marks
from melod.text.ko_numbers import (
    DIGITS,
    PHONE_DIGITS,
    digit_string,
    number,
    sino,
)
from melod.text.ko_particles import mark as mark_particles
from melod.text.ko_particles import settle as settle_particles
from melod.text.ko_places import romanised_places
from melod.text.ko_ranges import arrows, equals, ranges, settle_arrows
from melod.text.ko_time import dates
from melod.text.ko_typed import spoons, typed
from melod.text.ko_unspell import unspell
from melod.text.ko_web import addresses
from melod.text.ko_words import ACCENTS, GREEK, latin, plural

VERSION: Final = "23"
DIGIT_NAMES: Final = DIGITS


# Kept through the rules as private marks, restored at the end: …, a label's colon, ~.
_ELLIPSIS: Final = "\ue004"
_COLON: Final = "\ue002"
_TILDE: Final = "\ue003"

_COMPAT_CHARS: Final[dict[str, str]] = {
    "㎍": "μg", "㎎": "mg", "㎏": "kg", "㎞": "km", "㎝": "cm", "㎜": "mm",
    "㎡": "m²", "㎥": "m³", "㎖": "mL", "ℓ": "L", "㎾": "kW", "㎐": "Hz",
    "㎒": "MHz", "㎓": "GHz", "㏈": "dB", "㎃": "mA", "℉": "°F", "µ": "μ",
    "–": "-", "—": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
    "∼": "~", "〜": "~", "～": "~", "˜": "~", "…": _ELLIPSIS, "₂": "2",
    "￦": "₩", "￥": "¥", "￡": "£",
    "½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3", "±": " 플러스 마이너스 ",
    "㏄": "cc", "㎗": "dL",
    # the other unit squares a phone keyboard offers, not dropped as pictographs (25㎧)
    "㎧": "m/s", "㎘": "kL", "㎿": "MW", "㎽": "mW", "㎑": "kHz", "㎪": "kPa", "㎫": "MPa",
    "㎩": "Pa", "㎸": "kV", "㎉": "kcal", "㎈": "cal", "㎚": "nm", "㎛": "μm", "㏃": "Bq",
    "㎳": "ms", "㏊": "ha",
}  # fmt: skip
# Roman numerals (에피소드 Ⅳ, 제Ⅱ장) as the numbers they stand for.
_ROMAN: Final = {chr(0x2160 + i): str(i + 1) for i in range(12)} | {
    chr(0x2170 + i): str(i + 1) for i in range(12)
}
# Full-width punctuation and Latin (온도：２２℃，ＬＥＤ) as their ASCII forms; the wide
# comma and colon carry their own spacing.
_FULL_WIDTH: Final = {chr(0xFF01 + i): chr(0x21 + i) for i in range(0x5E)} | {
    "，": ", ",
    "：": ": ",
    "～": "~",
}
_COMPAT: Final = str.maketrans(_FULL_WIDTH | _COMPAT_CHARS | _ROMAN | HANJA | ACCENTS)


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str) -> str:
    return re.sub(pattern, repl, text)


# ID 852 3341 9907: a short group is part of the code when another group follows.
_MORE: Final = re.compile(r"[\s-][0-9]{3,}(?![0-9.,])")


def _bare(m: re.Match[str]) -> str:
    sign, digits = m.group(1) or "", m.group(2)
    before, after = m.string[: m.start()], m.string[m.end() :]
    plain = digits.replace(",", "")
    if plain.isdigit() and (
        (len(plain) > 1 and plain[0] == "0")
        or len(plain) >= 9
        or (CODE_CONTEXT.search(before[-80:]) and (len(plain) >= 4 or _MORE.match(after)))
        or (len(plain) >= 3 and SECRET.search(before[-40:]))
    ):
        spoken = digit_string(plain, PHONE_DIGITS)
    else:
        spoken = number(sign + digits)
    if after[:1].isalpha() and not glued(after):
        spoken += " "
    if before[-1:].isalpha():
        spoken = " " + spoken
    return spoken


def _numbers(text: str) -> str:
    """Whatever numbers are left: Sino-Korean, codes and leading zeros digit by digit."""
    return _sub(rf"(?:(?<![0-9A-Za-z가-힣.])(-))?(?<![0-9])({NUM})", _bare, text)


def _prefixed(text: str) -> str:
    """제1 제일, 제3회 제삼 회: 제 takes Sino numerals whatever counter follows; #3 삼 번."""
    text = _sub(
        r"(?<![0-9A-Za-z&])#\s?([0-9]{1,12})(?![0-9.,])(?:\s?번(?!째))?",
        lambda m: (
            digit_string(m.group(1), PHONE_DIGITS)  # 비번 #1234: a code, not a number label
            if SECRET.search(m.string[max(0, m.start() - 40) : m.start()])
            else f" {sino(int(m.group(1)))} 번"  # 카메라#2: a word of its own
        ),
        text,
    )
    # 고3 아들, 중2 때: a school year is one word (고삼, 중이), not 고 삼; 중 2개 stays a size.
    text = _sub(
        r"(?<![가-힣])(초[1-6]|[중고][1-3])(?=\s|$|[,.!?)]|때|이|인|부터|까지|학생|생|아들|딸)",
        lambda m: m[1][0] + sino(int(m[1][1])),
        text,
    )
    return _sub(
        r"(?<![가-힣])제\s?([0-9]{1,20})(?![0-9.,])", lambda m: f"제{sino(int(m.group(1)))} ", text
    )


def _latin(text: str) -> str:
    """English words and acronyms in Hangul (Wi-Fi 와이파이, LED 엘이디, A/S 에이에스)."""
    # Disney+, A+: the plus is part of the name (디즈니플러스, 에이플러스).
    text = re.sub(r"(?<=[A-Za-z])\+(?![A-Za-z0-9+])", "플러스", text)
    # Node.js 노드 제이에스, VS Code 브이에스 코드: the dot is no full stop, VS no 대.
    text = re.sub(r"(?<=[A-Za-z])\.(?=js(?![A-Za-z]))", " ", text)
    text = re.sub(r"(?<![A-Za-z])VS(?=\s?Code(?![A-Za-z]))", "V S ", text)

    def read(m: re.Match[str]) -> str:
        token = m.group(0)
        if token.lower() == "st." and re.search(r"[A-Za-z]\s$", m.string[: m.start()]):
            return "스트리트"  # Baker St., Main St.: after a name it is a street, not Saint
        if token.endswith("."):
            return latin(token) if token.lower() in _ABBREV_KEYS else latin(token[:-1]) + "."
        # Between English words the -s is said (lights turned off 라이츠 턴드 오프); alone
        # in Korean a plural is said like the singular (센서 3개).
        before, after = m.string[: m.start()], m.string[m.end() :]
        if re.fullmatch("[A-Z]", token) and re.match(rf"[열행]\s?[0-9가-힣]|석|{_GROUP}", after):
            return latin(token) + " "  # G열 12번, R석, A조, B동: a row's, seat's or group's letter
        # (a count between them is still inside the English: opened 3 times today 타임즈)
        if re.search(r"[A-Za-z]\s(?:[가-힣]+\s)?$", before) and re.match(r"\s[A-Za-z]", after):
            return plural(token) or latin(token)
        return latin(token)

    return _sub(r"(?<![A-Za-z])[A-Za-z]+(?:[-'’&/][A-Za-z]+)*\.?", read, text)


# A group, building or zone a letter names (A조 에이 조, B동에 비 동에, C구역).
_GROUP: Final = r"(?:조|반|동|구역)(?:[은는이가을를의에도만]|에서|으로|로)?(?![가-힣])"

_ABBREV_KEYS: Final = ("mr.", "mrs.", "ms.", "dr.", "st.", "ave.", "rd.", "vs.", "etc.")

_SYMBOLS: Final = {
    "%": " 퍼센트 ", "℃": " 도 ", "°": " 도 ", "&": " 앤 ", "+": " 플러스 ",
    "$": " 달러 ", "€": " 유로 ", "£": " 파운드 ", "¥": " 엔 ", "₩": " 원 ", ";": ",",
}  # fmt: skip
_DROP_RE: Final = re.compile(
    r"[()\[\]{}<>「」『』【】〈〉《》\"'`´“”‘’«»:·•∙ㆍ/\\|=*#^_@~※→←↑↓×÷-]"
)


def _close(m: re.Match[str]) -> str:
    """A closing bracket or quote between a word and its particle: [482913]입니다."""
    return "" if glued(m.string[m.end() :]) else " "


def _symbols(text: str) -> str:
    """Ranges become 에서; brackets, quotes and stray symbols are dropped or named."""
    text = re.sub(rf"\s*{RANGE}\s*", "에서 ", text)
    # Pauses a writer types and a reader keeps, as in the other languages (a colon is a
    # comma in English, ： stays in Japanese): 세탁기: 헹굼 추가, 보냈어~ 내일 와.
    text = re.sub(r"(?<=[가-힣A-Za-z])\s*:(?=\s|$|[가-힣])", _COLON, text)
    text = re.sub(r"(?<=[가-힣ㄱ-ㅎㅏ-ㅣ])~+(?=\s|$|[!?.,])", lambda m: _TILDE * len(m[0]), text)
    text = re.sub(r";{2,}", " ", text)  # ;; is a sweat-drop emoticon, not a pause
    text = "".join(_SYMBOLS.get(c, c) for c in text)
    text = re.sub(r"(?<=[^\s(\[])[)\]」』】〉》\"'”’]+(?=[가-힣])", _close, text)
    text = _DROP_RE.sub(" ", text)
    # Shapes, arrows and other pictographs are not read: ▶ 알림, ■ 공지.
    text = "".join(" " if unicodedata.category(c) in ("So", "Sm", "Sk") else c for c in text)
    text = re.sub(r"\.\.\.(?=[가-힣A-Za-z])", "... ", text)
    text = re.sub(r"\s+([.,?!])", r"\1", text)
    text = text.replace(_COLON, ": ").replace(_TILDE, "~").replace(_ELLIPSIS, "… ")
    return re.sub(r"\s+", " ", text).strip()


_PASSES: Final = (
    addresses,
    romanised_places,
    english_counts,
    model_numbers,
    phrasal,
    arrows,
    equals,
    mark_particles,
    day_spans,
    dates,
    marks,
    phones,
    scores,
    ranges,
    times,
    versions,
    specials,
    spoons,
    currency,
    fractions,
    rates,
    typed,
    units,
    split_latin_digits,
    _prefixed,
)


# The shared preparation spells long digit-and-capital runs as codes (1Z999AA); an
# amount with a capital unit (1000IU) is put back together.
_UNIT_SPELLED_RE: Final = re.compile(
    r"(?<!, [0-9A-Za-z] )(?<!\b[0-9A-Za-z] [0-9A-Za-z] )\b((?:[0-9] ){3,}[0-9]), (I U|K W|M W)\b"
    r"(?! [0-9A-Z]\b)"  # but inside a model code (WF21T6300KW) the digits are no amount
)


# FY2024, spelled F Y 2 0 2 4 by the same preparation: letters and a year.
_YEAR_SPELLED_RE: Final = re.compile(
    r"(?<![0-9A-Za-z] )\b((?:[A-Z] ){1,2}[A-Z]) ((?:1 9|2 0) [0-9] [0-9])\b(?! [0-9A-Z]\b)"
)


def normalize(text: str) -> str:
    """Return prepared Korean text as it is read aloud: Hangul for numbers and Latin."""
    text = _UNIT_SPELLED_RE.sub(lambda m: m[1].replace(" ", "") + m[2].replace(" ", ""), text)
    text = _YEAR_SPELLED_RE.sub(lambda m: m[1].replace(" ", "") + " " + m[2].replace(" ", ""), text)
    text = unspell(text)
    # ４５，０００원: a wide comma between digits groups thousands, as the plain one does.
    text = re.sub(r"(?<=[0-9])，(?=[0-9]{3}(?![0-9]))", ",", text).translate(_COMPAT)
    # 체감-15도, 기온-3℃: a minus glued to the word before is still a sign, but not after
    # a count (50홈런-50도루 pairs two counts).
    text = re.sub(
        r"(?<=[가-힣])(?<![0-9][가-힣])(?<![0-9][가-힣]{2})(?<![0-9][가-힣]{3})"
        r"-(?=[0-9]+(?:\.[0-9]+)?\s?(?:도|℃|°))",
        " -",
        text,
    )
    for step in _PASSES:
        text = step(text)
    text = counters(text)
    text = _numbers(text)
    text = _latin(text).translate(GREEK)  # after the units have taken theirs (5μA, 10kΩ)
    # "영하 -5°C", "시속 80km/h": the writer already said it; the unit must not repeat it.
    text = re.sub(r"(영하|시속|초속|화씨)\s+\1(?=\s)", r"\1", text)
    return _symbols(settle_arrows(settle_particles(text)))
