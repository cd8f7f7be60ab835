"""Japanese: numbers, dates, times, units and Latin words read in kana as a native would."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ja_abbrev import ABBREV_RULES
from melod.text.ja_address import ADDRESS_RULES
from melod.text.ja_codes import (
    CODE_RULES,
    HYPHEN_RULE,
    Rule,
    digit_run_rules,
)
from melod.text.ja_counter_guards import NOT_BEFORE
from melod.text.ja_counters import COUNTERS, DAY, DAYS_SPAN, MONTH
from melod.text.ja_dates import (
    DURATION_RE,
    SLASH_RANGE_RE,
    TIME_RANGE_RE,
    TIME_RE,
    TRACK_RE,
    YEAR_MONTH_RE,
    day_is_date,
    duration,
    iso_date,
    read_time,
    slash,
    slash_range,
    time_range,
    track,
    year_month,
)
from melod.text.ja_fractions import fraction_rules
from melod.text.ja_numbers import (
    DIGITS,
    TEN_GEM,
    Counter,
    cardinal,
    digits,
    parse,
    with_counter,
)
from melod.text.ja_scores import score_rules
from melod.text.ja_suffixes import LATE_RULES, SUFFIX, read_suffix
from melod.text.ja_typed import equals, typed_signs
from melod.text.ja_units import UNITS
from melod.text.ja_versions import VERSION_RULES
from melod.text.ja_words import (
    CURRENCY_SIGNS,
    WEEKDAYS,
    latin,
    latin_word,
)

VERSION: Final = "19"
DIGIT_NAMES: Final[tuple[str, ...]] = DIGITS

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?(?:[兆億万千百](?:\d+(?:,\d{3})*)?)*"
_SPECIAL_COUNTERS = ("日間", "時間半", "時半", "分半", "月", "日")


def _alternation(keys: list[str]) -> str:
    parts = []
    for key in sorted(keys, key=len, reverse=True):
        tail = r"(?![A-Za-z])" if key[-1].isascii() and key[-1].isalpha() else ""
        parts.append(re.escape(key) + tail + NOT_BEFORE.get(key, ""))
    return "|".join(parts)


_UNIT_ALT = _alternation([*COUNTERS, *UNITS, *_SPECIAL_COUNTERS])
# 目 after any counter makes an ordinal (3人目 さんにんめ, 5日目 いつかめ), but not 目安 etc.
_ORDINAL_ME = r"(?:目(?![安線的標指前覚盛立]))?"
_ONE = (
    rf"(?P<negI>(?<![0-9A-Za-z])[-−])?(?P<numI>{_NUM})"
    rf"(?:\s?(?P<unitI>(?:{_UNIT_ALT}){_ORDINAL_ME})(?P<sufI>{SUFFIX})?)?"
)
_NUMBER_RE = re.compile(
    _ONE.replace("I>", "1>")
    + r"(?:\s*(?P<sep>[〜~～]|(?<=\S)-(?=\d)|(?<=\s)-(?=\s))\s*"  # not 24h -3%
    + _ONE.replace("I>", "2>")
    + ")?"
)
_SOKUON_ROW = frozenset("カキクケコサシスセソタチツテトパピプペポ")

# The weekday rule runs first, so a date's weekday is already kana here: 3/8どようび.
_WEEKDAY_KANA = "|".join(WEEKDAYS.values())
# 13時〜, 10:30〜, 500円〜, 520万円〜, 12/3(火)〜: a range with no end is "from" (から).
_OPEN_RANGE_RE = re.compile(
    rf"(?<=\d)([万億]?(?:{_UNIT_ALT})?(?:\s?[(（][月火水木金土日祝][)）])?)\s?[〜~]"
    r"(?![-+]?[\d$€£¥￥₩])(?!\s+[-+]?\d)"  # 10:30〜 ¥3,500: a price after it is no end
    r"|(?<=[\d日][(（][月火水木金土日祝][)）])\s?[〜~]\s?"  # 12/3(火)〜12/5(木)
)


def _latin_number(m: re.Match[str]) -> str:
    """E05, E-01 (error codes) → イーぜろご, ABCD1234 (a password) digit by digit;
    Echo2, A1 → a word and its number."""
    number = m.group(3)
    code = len(number) >= 4 and m.group(1).isupper() and len(m.group(1)) >= 2
    if (code or (len(number) > 1 and number.startswith("0"))) and "." not in number:
        return latin_word(m.group(1)) + digits(number)
    return latin_word(m.group(1)) + parse(number)[1]


def _unit_counter(unit: str) -> Counter:
    kana = UNITS[unit]
    if kana == "ふん":
        return COUNTERS["分"]
    if kana == "じかん":
        return COUNTERS["時間"]
    clips = kana[0] in _SOKUON_ROW and not kana.startswith("ピーピー")  # ごじゅうピーピーエム
    return Counter(kana, TEN_GEM if clips else frozenset())


def _read(num: str, unit: str | None, neg: bool, dated: bool) -> str:
    if unit == "円" and "." in num:  # 149.80円 (a rate): ひゃくよんじゅうきゅうてんはちえん
        num = num.rstrip("0").rstrip(".")
    value, reading = parse(num)
    sign = "マイナス" if neg else ""
    if unit is None:
        return sign + reading
    if unit.endswith("目") and unit not in COUNTERS:
        return _read(num, unit[:-1], neg, dated) + "め"
    if unit == "km/h":
        return "時速" + sign + with_counter(value, reading, Counter("キロ", TEN_GEM))
    if unit == "mm/h":
        return "時間" + sign + reading + "ミリ"
    if unit == "月":
        return sign + with_counter(value, reading, MONTH)
    if unit in ("日", "日間"):
        date = unit == "日" and dated
        spoken = with_counter(value, reading, DAY if date else DAYS_SPAN)
        return sign + spoken + ("かん" if unit == "日間" else "")
    if unit in ("時半", "時間半", "分半"):
        return sign + with_counter(value, reading, COUNTERS[unit[:-1]]) + "はん"
    counter = COUNTERS[unit] if unit in COUNTERS else _unit_counter(unit)
    return sign + with_counter(value, reading, counter)


def _number(m: re.Match[str]) -> str:
    """A number or range with its unit, and a suffix after it (10分後 じゅっぷんご)."""
    last = "2" if m.group("num2") else "1"
    suffix = m.group("suf" + last)
    end = m.start("suf" + last) if suffix else m.end()
    dated = day_is_date(m.string, m.start(), end)
    spoken = _number_only(m, dated)
    return spoken + (read_suffix(m.group("unit" + last), suffix, dated) if suffix else "")


def _number_only(m: re.Match[str], dated: bool) -> str:
    unit1, unit2 = m.group("unit1"), m.group("unit2")
    first = _read(m.group("num1"), unit1 or unit2, bool(m.group("neg1")), dated)
    if m.group("num2") is None:
        return first
    if m.group("sep") == "-" and not unit1 and unit2 in (None, "番地", "番", "号"):
        # 3-12 (an address), 3-1番地: joined by の, the unit said once at the end.
        return (
            _read(m.group("num1"), None, False, dated)
            + "の"
            + _read(m.group("num2"), unit2, False, dated)
        )
    # 40〜60%: a unit written only once is said only once (よんじゅうからろくじゅっパーセント);
    # counters whose number changes shape (3〜5日 みっかからいつか) are said twice.
    bare_unit = unit2 is not None and unit2 in UNITS and unit2 not in COUNTERS
    if unit1 is None and (bare_unit or re.search("[兆億万千百]", m.group("num2"))):
        first = _read(m.group("num1"), None, bool(m.group("neg1")), dated)
    second = _read(m.group("num2"), unit2, bool(m.group("neg2")), dated)
    if second.startswith("時速"):  # 80〜100km/h: 時速はちじゅうからひゃっキロ
        first, second = "時速" + first.removeprefix("時速"), second.removeprefix("時速")
    return first + "から" + second


def _throughout(m: re.Match[str]) -> str:
    """1日中 いちにちじゅう, 1年中 いちねんじゅう: 中 here means "all through"."""
    return _read(m.group(1), m.group(2), False, m.string[: m.start()].endswith("月")) + "じゅう"


def _money(m: re.Match[str]) -> str:
    name = CURRENCY_SIGNS[m.group(1)]
    if name == "えん":  # ¥1,234 is せんにひゃくさんじゅうよえん, as 1,234円 is
        return _read(m.group(3), "円", bool(m.group(2)), False)
    return _read(m.group(3), None, bool(m.group(2)), False) + name


def _money_cents(m: re.Match[str]) -> str:
    name = CURRENCY_SIGNS[m.group(1)]
    whole = _read(m.group(2), None, False, False) + name
    cents = int(m.group(3))
    if name not in ("ドル", "ユーロ"):
        amount = f"{m.group(2)}.{m.group(3)}".rstrip("0").rstrip(".")
        return _read(amount, None, False, False) + name
    return whole + (
        with_counter(cents, cardinal(cents), Counter("セント", TEN_GEM)) if cents else ""
    )


_RULES: Final[tuple[Rule, ...]] = (
    *ADDRESS_RULES,
    *ABBREV_RULES,
    *CODE_RULES,
    # 当せん番号 123456: a winning ticket's number digit by digit (ロト6's 03 12 25 stay numbers).
    (
        re.compile(r"(当せん番号|当選番号)([はが:：]?\s?)(\d{4,})(?![\d,])"),
        lambda m: m[1] + m[2] + digits(m[3]),
    ),
    (
        # (木), (水・祝): a weekday, or a weekday that is also a holiday.
        re.compile(r"[(（]([月火水木金土日祝])(?:曜日?)?(?:[・･]([月火水木金土日祝]))?[)）]"),
        lambda m: "・".join(WEEKDAYS[d] for d in m.group(1, 2) if d),
    ),
    (re.compile(r"(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])"), iso_date),
    (YEAR_MONTH_RE, year_month),
    *VERSION_RULES,
    (DURATION_RE, duration),
    (TRACK_RE, track),
    (TIME_RANGE_RE, time_range),
    (TIME_RE, read_time),
    *score_rules(_UNIT_ALT),
    *fraction_rules(_UNIT_ALT),
    (SLASH_RANGE_RE, slash_range),
    # スタンド 9/12時間, 3/5回: a count out of a total, not a date.
    (
        re.compile(r"(?<![\d/.])(\d{1,3})/(?=\d{1,3}(?:時間|回|本|問|個|人|件|枚|勝|試合))"),
        lambda m: cardinal(int(m[1])) + "/",
    ),
    (
        re.compile(rf"(?<![\d/.])(\d{{1,3}})/(\d{{1,3}})(?![\d/])(?:\s?({_WEEKDAY_KANA}))?"),
        slash,
    ),
    HYPHEN_RULE,
    *digit_run_rules(_UNIT_ALT),
    (re.compile(r"([$€£¥￥₩])\s?(\d+(?:,\d{3})*)\.(\d\d)(?!\d)"), _money_cents),
    (re.compile(rf"([$€£¥￥₩])\s?(-?)({_NUM})"), _money),
    (re.compile(r"第(?=\d)"), lambda m: "だい"),
    (re.compile(r"(?<![\d.,])(\d{1,2})([日年])中(?![国華旬部央心継東西南北])"), _throughout),
    (
        re.compile(r"(?<![0-9A-Za-z])([A-Za-z]+)((?<=[A-Z])-)?(\d+(?:\.\d+)?)(?![\d-]|便)"),
        _latin_number,
    ),
    (_NUMBER_RE, _number),
    *LATE_RULES,
)


def _guarded(rule: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
    """Wrap a rule so that a match it cannot read is left for the digit guard to spell."""

    def apply(m: re.Match[str]) -> str:
        try:
            return rule(m)
        except (ValueError, KeyError, IndexError, OverflowError):
            # Odd input (a 5000-digit run, a symbol no table knows) must not stop the
            # rest of the message being read; common.finish spells what is left.
            return m.group()

    return apply


def normalize(text: str) -> str:
    """Return prepared Japanese text with every number, unit and Latin word read in kana."""
    text = typed_signs(text)
    text = _OPEN_RANGE_RE.sub(r"\1から", text)
    text = equals(text)
    for pattern, rule in _RULES:
        text = pattern.sub(_guarded(rule), text)
    text = latin(text)
    # home-5G, Buffalo-G-1234 (a network's or device's name): once its parts are read, a
    # hyphen left between them is a pause, not a sign to say.
    text = re.sub(r"(?<=[ぁ-んァ-ヶー])-(?=[ぁ-んァ-ヶ])", " ", text)
    return re.sub(r"(?<=[ぁ-んァ-ン])\s?[&＆]\s?(?=[ぁ-んァ-ン])", "アンド", text)
