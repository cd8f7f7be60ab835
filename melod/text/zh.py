"""Chinese: numbers, dates, times, units and codes read in hanzi as a native would."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text import common, zh_labels, zh_prepare, zh_scores, zh_time
from melod.text.zh_codes import code_rules
from melod.text.zh_numbers import DIGITS, cardinal, digits, parse
from melod.text.zh_units import (
    CURRENCY_ALT,
    CURRENCY_SIGNS,
    KEPT_UNITS,
    NUMBER,
    PER_UNITS,
    UNITS,
    alternation,
)
from melod.text.zh_words import (
    ADDRESS_SYMBOLS,
    COUNTERS,
    LIANG,
    WEEKDAYS,
)

VERSION: Final = "17"
DIGIT_NAMES: Final[tuple[str, ...]] = DIGITS

_TEMPERATURE = frozenset({"摄氏度", "华氏度", "度"})
_MONEY = frozenset({*CURRENCY_SIGNS.values(), "块", "港元", "人民币"})


#: Parts of a whole said before the number: 百分之五, 千分之三.
_PARTS: Final = {"%": "百分之", "‰": "千分之", "‱": "万分之"}
_LIANG_ALT = alternation(list(LIANG))
_UNIT_ALT = alternation([*COUNTERS, *UNITS, *KEPT_UNITS, *_PARTS])
_LATIN_UNIT = alternation(
    [
        u
        for u in [*UNITS, *KEPT_UNITS]
        if (u.isascii() or u in ("m³", "㎥", "m²", "㎡")) and "/" not in u
    ]
)
#: 3L/min, 12MB/s, 0.03mg/m³: a compound unit read with 每 (三升每分钟).
_COMPOUND = rf"(?:{_LATIN_UNIT})/(?:{alternation(list(PER_UNITS))})"
_ONE = (
    rf"(?P<negI>(?<![0-9A-Za-z])-)?(?P<numI>{NUMBER})"
    rf"(?:\s?(?P<unitI>{_COMPOUND}|{_UNIT_ALT})(?!(?<=[AV])(?:\d|级|景区|类|股)))?"
)  # 5A级景区, 1V1: a grade and a match-up, no amperes or volts
_NUMBER_RE = re.compile(
    _ONE.replace("I>", "1>")
    + r"(?:\s*(?P<sep>[~〜～至到]|-(?=\d))\s*"
    + _ONE.replace("I>", "2>")
    + ")?"
)


def _unit_name(unit: str) -> str:
    """km → 公里, GB → GB (kept), L/min → 升每分钟."""
    if unit in UNITS or unit in KEPT_UNITS or "/" not in unit:
        return UNITS.get(unit, unit)
    head, per = unit.split("/", 1)
    return _unit_name(head) + "每" + PER_UNITS[per]


def _read(num: str, unit: str | None, neg: bool, kwh: bool = False) -> str:
    """Read one number with what follows it: 两个, 百分之五, 零下三摄氏度."""
    name = _unit_name(unit) if unit else ""
    if name in _MONEY and "." in num and num[-1] == "0" and not re.search("[万亿千百]", num):
        num = num.rstrip("0").rstrip(".")  # 12.00元 is 十二元, 1.50元 一点五元
    liang = name.split("每")[0] in LIANG or name in KEPT_UNITS
    value, reading = parse(num, liang=liang or not name)
    if value == 2 and liang:
        reading = "两"
    elif value == 2 and num == "2":
        reading = "二"
    sign = ""
    if neg:
        sign = "零下" if name in _TEMPERATURE and not (kwh and name == "度") else "负"
    if name in _PARTS:
        return sign + _PARTS[name] + reading
    return sign + reading + name


def _is_score(m: re.Match[str]) -> bool:
    """108-102 and 3-3 are scores, not ranges: a range never runs downwards nor stands still."""
    if m.group("sep") != "-" or m.group("unit1") or m.group("unit2") or m.group("neg2"):
        return False
    a, b = m.group("num1"), m.group("num2")
    return a.isdecimal() and b.isdecimal() and int(a) >= int(b)


def _number(m: re.Match[str]) -> str:
    unit1, unit2 = m.group("unit1"), m.group("unit2")
    if m.group("num2") is None:
        # 电表较上期-12度: a 度 of electricity (a kWh) below zero is 负, never 零下.
        kwh = re.search("电表|用电|耗电|电费|度电", m.string) is not None
        return _read(m.group("num1"), unit1, bool(m.group("neg1")), kwh)
    if _is_score(m):
        return zh_scores.score(m.group("num1"), m.group("num2"))
    shared = unit2 if unit1 is None else unit1
    first = _read(m.group("num1"), shared, bool(m.group("neg1")))
    if unit1 is None and unit2 and unit2 not in _PARTS:
        # 20-22°C is 二十到二十二摄氏度: the unit is said once, after the range.
        name = _unit_name(unit2)
        first = first.removesuffix(name)
    word = "至" if m.group("sep") == "至" else "到"  # 1月28日至2月4日 is read as written
    return first + word + _read(m.group("num2"), unit2, bool(m.group("neg2")))


def _address(m: re.Match[str]) -> str:
    return common.read_address(m.group(), ADDRESS_SYMBOLS, lambda w: w, digits)


def _dashed(m: re.Match[str]) -> str:
    """3-2-501 (building, unit, room) → 三杠二杠五零一."""
    return "杠".join(
        digits(p) if len(p) > 2 else cardinal(int(p), False) for p in m.group().split("-")
    )


def _slash_pair(m: re.Match[str]) -> str:
    """120/80 (blood pressure) → 一百二十比八十; dates and fractions are left to their rules."""
    a, b = int(m.group(1)), int(m.group(2))
    if not (a > 12 and b >= 30 and a > b):
        return m.group()
    unit = "毫米汞柱" if m.group(3) else ""
    return cardinal(a, False) + "比" + cardinal(b, False) + unit


def _rooms(m: re.Match[str]) -> str:
    """2室1厅1卫 (a flat's layout) → 两室一厅一卫: counts, so 2 is 两."""
    return re.sub(r"\d", lambda d: "两" if d.group() == "2" else DIGITS[int(d.group())], m.group())


def _estimate(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    if b != a + 1:
        return m.group()
    return ("两" if a == 2 else DIGITS[a]) + DIGITS[b]


def _ordinal(m: re.Match[str]) -> str:
    """第2 第二; 第2-3名 第二到三名 (a range, not a minus)."""
    out = "第" + parse(m.group(1).replace(",", ""), liang=False)[1]  # 第3.5代, 第1,024位
    if m.group(3):
        out += "到" + m.group(2) + cardinal(int(m.group(3)), False)
    return out


def _clock(m: re.Match[str]) -> str:
    """2点2分 → 两点二分: the hour takes 两, the minute is a label (二分, 零二分)."""
    hour, minute = m.group(1), m.group(2)
    out = ("两" if hour == "2" else cardinal(int(hour), False)) + "点"
    return out + ("零" if minute[0] == "0" else "") + cardinal(int(minute), False) + "分"


def _version(m: re.Match[str]) -> str:
    """v2.3.1 v二点三点一; a year-based version (2024.11.3) says its year digit by digit."""
    parts = m.group(2).split(".")
    said = [
        digits(p) if re.fullmatch(r"(?:19|20)\d\d", p) else cardinal(int(p), False) for p in parts
    ]
    return (m.group(1) or "") + "点".join(said)


def _amount(text: str) -> str:
    amount = text.replace(",", "")
    if "." in amount and not re.search("[万亿千百]", amount):
        amount = amount.rstrip("0").rstrip(".")
    return amount


_JAPAN: Final = re.compile(r"日本|日元|日币|东京|大阪|京都|北海道|冲绳|乐天|Amazon\.co\.jp")


def _money(m: re.Match[str]) -> str:
    """¥12.50 十二点五元; -¥3.5 负三点五元; ¥80-120 八十到一百二十元 (the unit said once)."""
    name = CURRENCY_SIGNS[m.group(2)]
    rmb = re.search(r"(?:人民币|RMB|CNY)\s?$", m.string[: m.start()])
    if name == "元" and m.group(2) in "¥￥" and _JAPAN.search(m.string) and not rmb:
        name = "日元"  # 日本代购面霜¥8,800: yen, in a message about Japan
    tail = "" if name in ("元", "日元") else (m.group(7) or "")  # ¥ 1,299 元: 元 said once
    first = _read(_amount(m.group(4)), name, bool(m.group(1) or m.group(3)))
    if m.group(6) is None:
        return first + tail
    word = "至" if m.group(5) == "至" else "到"
    return first.removesuffix(name) + word + _read(_amount(m.group(6)), name, False) + tail


_POWERS: Final = {"100": "百", "1000": "千", "10000": "万"}
_RULES: Final[tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]] = (
    (common.EMAIL_RE, _address),
    (common.URL_RE, _address),
    *code_rules(_UNIT_ALT),
    (re.compile(r"(?<=[A-Za-z0-9])@(?=\d)"), lambda m: ""),  # 4K@120Hz, after e-mails
    (
        re.compile(r"[(（](周|星期|礼拜)?([一二三四五六日天])[)）]"),
        lambda m: m.group(1) + m.group(2) if m.group(1) else WEEKDAYS[m.group(2)],
    ),
    (
        # Home Assistant 2024.11.3: a calendar version after a product name, not a date.
        re.compile(r"(?<=[A-Za-z] )()(20\d\d\.(?:1[0-2]|0?[1-9])(?:\.\d{1,2})?)(?![\d.])"),
        _version,
    ),
    (re.compile(r"(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])"), zh_time.iso_date),
    (  # 有效期至25/12/31: a two-digit year first, 二五年十二月三十一日
        re.compile(r"(?<![\d./])(\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?![\d/.])"),
        lambda m: zh_time.date(m[1], m[2], m[3]),
    ),
    *zh_time.DATE_RULES,
    (
        re.compile(r"(?i)(?<![\d.])(v|ver\.?\s?|版本\s?)?(\d+\.\d+\.\d+(?:\.\d+)*)(?![\d.])"),
        _version,
    ),
    (
        re.compile(
            rf"(?<![\d:])({zh_time.CLOCK})\s*(?P<sep>[-~〜–至到])\s*"
            rf"({zh_time.CLOCK}(?:\s?[AaPp]\.?[Mm]\.?)?)(?![\d:])"
        ),
        zh_time.time_range,
    ),
    (
        re.compile(
            rf"({zh_time.DURATION_WORDS})([:：为是]?\s?)(\d{{1,2}}:\d{{2}}(?::\d{{2}})?)(\.\d{{1,3}})?"
            r"(?![\d:])"
        ),
        zh_time.duration,
    ),
    *zh_scores.EARLY_RULES,
    (zh_time.TIME_RE, zh_time.time),
    (zh_time.PACE_RE, zh_time.pace),
    (re.compile(r"(?<![\d.-])\d+(?:-\d+){2,}(?![\d.-])"), _dashed),
    *zh_scores.RULES,
    (re.compile(r"(?<![\d.])([01]?\d|2[0-4])点([0-5]?\d)分(?!钟|钱)"), _clock),
    (re.compile(r"(?<![\d/.])(\d{2,3})/(\d{2,3})(?![\d/])(\s?mmHg)?"), _slash_pair),
    (re.compile(r"(?<![\d.])[1-9]室[0-9]厅(?:[0-9]卫)?"), _rooms),
    (
        re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])((?:周|星期)[一二三四五六日天])?"),
        zh_time.slash,
    ),
    (
        # 1/1000 (odds, a scale): 千分之一, as people say it; 3/100 百分之三.
        re.compile(r"(?<![\d/.])(\d{1,3})/(100|1000|10000)(?![\d/])"),
        lambda m: _POWERS[m.group(2)] + "分之" + cardinal(int(m.group(1)), False),
    ),
    (
        # 快门1/250秒, 1/4000s: one part of hundreds is a fraction (a shutter speed).
        re.compile(r"(?<![\d/.])([1-9])/(\d{3,5})(?![\d/])(s(?![A-Za-z]))?"),
        lambda m: cardinal(int(m[2]), False) + "分之" + DIGITS[int(m[1])] + ("秒" if m[3] else ""),
    ),
    (
        re.compile(r"(\d+)分之(\d+)"),
        lambda m: cardinal(int(m.group(1)), False) + "分之" + cardinal(int(m.group(2)), False),
    ),
    *zh_labels.label_rules(_UNIT_ALT),
    (
        re.compile(
            rf"(?<![0-9A-Za-z])(-?)({CURRENCY_ALT})\s?(-?)({NUMBER})"
            rf"(?:\s?([-~至到])\s?(?:{CURRENCY_ALT})?\s?({NUMBER}))?(\s?元(?![旦宵素]))?"
        ),
        _money,
    ),
    # 分2期, 只有2层, 升了2级: a count of labels (两期), unlike 第2期 or 在2层.
    (re.compile(r"(?<=[分共有成了])2(?=[期层组档季章排班级]|[栋幢]楼)"), lambda m: "两"),
    (re.compile(r"第(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*[-~〜至到]\s*(第?)(\d+))?"), _ordinal),
    # 2、3天 两三天: two neighbouring digits before a counter are an estimate.
    (re.compile(rf"(?<![\d.、])([1-8])、([2-9])(?=\s?(?:{_LIANG_ALT}))"), _estimate),
    (
        # V8, B12, CO2; not KTV2小时, where the count belongs to its counter (两小时).
        re.compile(rf"(?<![0-9A-Za-z/])([A-Za-z]+)-?(\d+(?:\.\d+)?)(?![\d%]|\s?(?:{_LIANG_ALT}))"),
        lambda m: m.group(1) + parse(m.group(2), liang=False)[1],
    ),
    (_NUMBER_RE, _number),
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
    """Return prepared Chinese text with every number, unit and date read in hanzi."""
    text = zh_prepare.prepare(text)
    for pattern, rule in _RULES:
        text = pattern.sub(_guarded(rule), text)
    # 金牌🏅，: the gap a dropped emoji left beside full-width punctuation is no pause.
    return re.sub(r"\s+(?=[，。！？；：、）」』”])|(?<=[，。！？；：、（「『“])\s+", "", text)
