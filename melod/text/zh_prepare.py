"""Chinese clean-up before the number rules: dashes, signs, per-unit slashes, label colons."""

from __future__ import annotations

import re
from typing import Final

from melod.text import common, zh_spans, zh_typed
from melod.text.zh_units import CURRENCY_ALT, CURRENCY_SIGNS, NUMBER, PER_UNITS, alternation

#: "72次/分", "3.45元/吨", "2.8元/平方米/月": each slash is read 每 (per).
_PER_WORDS: Final = (
    "分钟|分|小时|千瓦时|平方米|立方米|公斤|公里|千克|平米|课时"
    "|天|日|月|年|周|次|人|台|件|个|度|斤|份|瓶|升|吨|秒|晚|间|张|米|克|两|平|盒|包|袋"
    "|支|条|双|套|位|桌|辆|户|季|期|节|场|单|箱|桶|本|只|片|粒|颗|杯|盎司|㎡|m²|㎥|m³"
)
_PER_RE: Final = re.compile(
    rf"(?<=\d)([\u4e00-\u9fff]{{1,2}})"
    rf"((?:/(?:\d+)?(?:{_PER_WORDS}|{alternation(list(PER_UNITS))}))+)"
)
#: £1,250/月, $12.5/kg, ¥0.56/kWh: an amount per unit, read 每 after the currency.
_MONEY_PER_RE: Final = re.compile(
    rf"(?<![A-Za-z])((?:{CURRENCY_ALT})\s?-?{NUMBER}(?:\s?[-~至到]\s?(?:{CURRENCY_ALT})?\s?{NUMBER})?)"
    r"\s?/\s?"
    rf"((?:\d+\s?)?(?:{_PER_WORDS}|{alternation(list(PER_UNITS))}))(?![A-Za-z\d])"
)


#: Comparison and tolerance signs before a number: ≥38℃ 大于等于三十八摄氏度, ±0.5 正负零点五.
_SIGNS: Final = {
    "≥": "大于等于",
    ">=": "大于等于",
    "≤": "小于等于",
    "<=": "小于等于",
    ">": "大于",
    "<": "小于",
    "±": "正负",
    "≈": "约等于",
    "＜": "小于",
    "＞": "大于",
    "≦": "小于等于",
    "≧": "大于等于",
}
_SIGN_RE: Final = re.compile(r"(≥|>=|≤|<=|>|<|±|≈|＜|＞|≦|≧)\s?(?=[-$€£¥￥]?\d)")


#: ½ ¾: fractions typed as one character, read as said (二分之一).
_VULGAR: Final = {
    "½": "二分之一",
    "⅓": "三分之一",
    "⅔": "三分之二",
    "¼": "四分之一",
    "¾": "四分之三",
    "⅕": "五分之一",
    "⅛": "八分之一",
}
#: A currency code after the amount: 100RMB, 20 USD.
_CODE_AFTER_RE: Final = re.compile(
    rf"(?<=\d)\s?({'|'.join(k for k in CURRENCY_SIGNS if k.isalpha())})(?![A-Za-z])"
)
_CIRCLED: Final = (
    *"一二三四五六七八九十",
    *(f"十{d}" for d in "一二三四五六七八九"),
    "二十",
)
#: An amount with a Latin scale letter after a currency sign: $1.5M, $2k, €3B.
_SCALED_RE: Final = re.compile(
    rf"((?:{CURRENCY_ALT})\s?)(\d+(?:\.\d+)?)\s?([kKMBT]|bn)(?![A-Za-z])"
)
_SCALES: Final = {"k": 10**3, "K": 10**3, "M": 10**6, "B": 10**9, "bn": 10**9, "T": 10**12}


def _scaled(m: re.Match[str]) -> str:
    """Rewritten in 万, 亿 and 万亿, as Chinese says large amounts: $1.25bn 12.5亿."""
    whole, _, frac = m[2].partition(".")
    value = (int(whole + frac) * _SCALES[m[3]]) // 10 ** len(frac)
    for size, name in ((10**12, "万亿"), (10**8, "亿"), (10**4, "万")):
        if value >= size:
            return m[1] + f"{value / size:g}" + name
    return m[1] + str(value)


_SUBSCRIPTS: Final = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_ABBREV: Final = {"w": "万", "k": "千"}
_COUNTED: Final = (
    "人|次|粉|赞|元|块|播放|阅读|浏览|观看|字|步|条|单|件|公里|/月|点赞|评论|转发|收藏|订阅"
)


#: 1米75, 1米8: a height, the centimetres said digit by digit (一米七五, 一米八).
_HEIGHT_RE: Final = re.compile(r"(?<![\d.])([12])米([0-9]{1,2})(?![\d.]|\s?(?:厘米|公分|米|cm))")
_INCHES_RE: Final = re.compile(r"(?<![\d'′\"])(\d{2,3}(?:\.\d)?)[\"″](?![\d\"])")
_HANZI_DIGITS: Final = "零一二三四五六七八九"


#: A screen resolution: both sides are labels read digit by digit, as people say them.
_SIDES: Final = "640|720|768|800|900|1024|1080|1200|1280|1366|1440|1600|1920|2160|2560|3840|4096"
_RESOLUTION_RE: Final = re.compile(rf"(?<!\d)({_SIDES})\s?[x×*]\s?({_SIDES})(?!\d)")


def _resolution(m: re.Match[str]) -> str:
    return "乘".join("".join(_HANZI_DIGITS[int(c)] for c in side) for side in m.groups())


#: A tyre size: width and profile said digit by digit, then the rim (二二五 四五 R十七).
_TYRE_RE: Final = re.compile(r"(?<![\d/])(\d{3})/(\d{2})\s?(Z?R)(\d{2})(?!\d)")


def _tyre(m: re.Match[str]) -> str:
    width, profile = ("".join(_HANZI_DIGITS[int(c)] for c in g) for g in (m[1], m[2]))
    return f"{width} {profile} {m[3]}{m[4]}"


def _height(m: re.Match[str]) -> str:
    cm = m[2] if len(m[2]) == 1 else m[2].rstrip("0")
    metres = "两" if m[1] == "2" else _HANZI_DIGITS[int(m[1])]  # 2米2 两米二
    return metres + "米" + "".join(_HANZI_DIGITS[int(c)] for c in cm)


def _per(tail: str) -> str:
    """/吨/月 → 每吨每月; /分 after a count is 每分钟."""
    return "".join(
        "每" + ("分钟" if p == "分" else PER_UNITS.get(p, p)) for p in tail.split("/")[1:]
    )


#: URLs and e-mail addresses are left whole for the address rule (id=123 is no equation).
_ADDRESS_RE: Final = re.compile(
    f"(?:{common.EMAIL_RE.pattern})|(?:{common.URL_RE.pattern})", re.IGNORECASE
)


def prepare(text: str) -> str:
    """Rewrite what the number rules would misread: 20—22℃, +86, 03月, T15:30, PM2.5：75;
    addresses are passed through untouched."""
    out, end = [], 0
    for m in _ADDRESS_RE.finditer(text):
        out += [_units_and_times(_symbols(zh_typed.rejoin_codes(text[end : m.start()]))), m.group()]
        end = m.end()
    # RTX4090+i9: codes are joined again before a sign after them turns into 加.
    return "".join([*out, _units_and_times(_symbols(zh_typed.rejoin_codes(text[end:])))])


#: Points won and lost (积分+20, -200积分, 扣分-5分): a minus there is 减, as a plus is 加.
_POINTS: Final = r"积分|金币|经验值?|成长值|信用分|能量|里程"
_POINTS_MINUS_RE: Final = re.compile(
    rf"(?:(?<=积分|金币|经验|能量|里程)|(?<=经验值|成长值|信用分))\s?-\s?(?=\d)"
    rf"|(?<![A-Za-z0-9.-])-(?=\d+(?:\.\d+)?\s?(?:{_POINTS}))"
)


def _plus(text: str) -> str:
    """A plus sign: 加 between quantities and before a change; a points' minus is 减."""
    text = _POINTS_MINUS_RE.sub("减", text)
    text = re.sub(r"(?<=\d[\u4e00-\u9fff])\s?\+\s?(?=\d)", "加", text)  # 24周+3天
    # +438积分 加四百三十八积分, but +1.2% 百分之一点二 and +5℃ 五摄氏度; +1 650-253-0000 (a
    # foreign number) keeps its plus.
    text = re.sub(
        r"(?<![0-9A-Za-z+])\+(?=[¥￥$€£]?\d)(?!\d{1,3}[\s-](?:\(?\d{2,4}\)?[\s-]?)?\d{3,4}[\s-]?\d{4})"
        r"((?=[\d,.]+\s?(?:%|℃|°|度)))?",
        lambda m: "" if m[1] is not None else "加",
        text,
    )
    text = re.sub(r"(?<=[\d万千亿])\s?\+(?!\s?\+)", "加", text)  # 10万+ 十万加, 1+1 一加一
    text = re.sub(r"(?<=[A-Za-z])(\s?)\+(\s?)(?=\d)", r"\1加\2", text)  # 16GB+512GB
    # 米粉15g+温水60ml: a plus between two measured things.
    return re.sub(r"(\d[A-Za-z]{0,3})\s?\+\s?(?=[\u4e00-\u9fff]{1,6}\d)", r"\1加", text)


def _symbols(text: str) -> str:
    """Signs and typed characters: −, ₂, ①, dashes, +, ½, ≥, ×, #."""
    text = text.replace("−", "-").replace("～", "~")
    text = text.translate(_SUBSCRIPTS)  # CO₂ is CO2
    text = re.sub("[①-⑳]", lambda m: _CIRCLED[ord(m.group()) - 0x2460], text)  # ①请带 一请带
    # 14:00–16:00, 20—22℃: a typographic dash between numbers is a range dash.
    text = re.sub(r"(?<=[\d℃%日号])\s?[–—]{1,2}\s?(?=\d)", "-", text)  # 12月1日—12月31日
    text = re.sub(r"(?<=[\d℃])\s?--\s?(?=\d)", "~-", text)  # -3--1℃: to minus one
    text = re.sub(r"\(?\+86\)?[\s-]?(?=\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4})", "", text)
    text = _plus(text)
    text = re.sub("(\\d?)([½⅓⅔¼¾⅕⅛])", lambda m: m[1] + "又" * bool(m[1]) + _VULGAR[m[2]], text)
    # ￥１，２００．００: a full-width comma between thousands after a currency sign.
    text = re.sub(r"[¥￥$€£]\s?\d{1,3}(?:，\d{3})+(?!\d)", lambda m: m[0].replace("，", ","), text)
    text = _CODE_AFTER_RE.sub(lambda m: CURRENCY_SIGNS[m[1]], text)  # 100RMB 一百元
    # ¥12,800日元, $50美元: the currency is named after the amount; the sign is not read.
    text = re.sub(
        r"[¥￥$€£₩]\s?(?=\d[\d,.]*\s?(?:日元|美元|港元|港币|欧元|韩元|澳元|加元|英镑))", "", text
    )
    text = _SCALED_RE.sub(_scaled, text)  # $1.5M 一百五十万美元, $2k 两千美元
    text = re.sub(r"(?<=\d)\s+:\s*(?=\d)|(?<=\d):\s+(?=\d\d)", ":", text)  # 15 : 30
    text = re.sub(r"\s?(?:-+>|=>|→|⇒)\s?(?=[-$€£¥￥]?\d)", "到", text)  # 档位1->2 一到二
    text = _RESOLUTION_RE.sub(_resolution, text)  # 1920x1080 一九二零乘一零八零
    text = _SIGN_RE.sub(lambda m: _SIGNS[m[1]], text)
    # 7*24小时, 0.5g×24粒, 1920x1080: a times sign between numbers is read 乘.
    text = re.sub(
        r"(?<=[\d%A-Za-z\u4e00-\u9fff])\s?(?:×|(?<!\*)\*(?!\*))\s?(?=\d)|(?<=\d)[xX](?=\d)"
        r"|(?<=[\u4e00-\u9fff])\s?x(?=\d)",  # 米饭×2, 米饭x2 (a bill), not 宝马X5
        "乘",
        text,
    )
    text = re.sub(r"(?<!\d)10\^(\d{1,2})(?!\d)", r"十的\1次方", text)  # ×10^9/L
    text = re.sub(r"(?<=\d)#(?=[楼栋幢座门岗库仓机柜汽柴])", "号", text)  # 5#楼, 95#汽油
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?<![号码])#(\d+)(?![\d#-])", r"\1号", text)  # 订单#58
    text = re.sub(r"#\s?(?=号?键)", "井", text)  # 按#号键 井号键
    text = re.sub(r"(?<![A-Za-z])f/(?=\d)", "f", text)  # f/1.8光圈 f一点八
    text = re.sub(r"(?<!\*)\*\s?(?=号?键)", "星", text)  # 按*键 星键
    return re.sub(r"(?<=\d人)\s?/\s?(?=\d)", "，", text)  # 限载13人/1000kg: two limits


def _units_and_times(text: str) -> str:
    """Times of day, per-unit slashes, typed shorthand (1h42m, 1.2w, 1米75), label colons."""
    text = zh_spans.ranges(text)
    text = _spans_and_units(text)
    text = _shorthand(text)
    # 03月05日 is read 三月五日: a zero-padded month or day loses its zero.
    text = re.sub(r"(?<![\d.])0(\d)(?=月)|(?<=月)0(\d)(?=[日号])", lambda m: m[1] or m[2], text)
    text = re.sub(r"(?<=\d)T(?=\d{1,2}:\d{2})", " ", text)  # ISO 2024-11-28T15:30
    # PM10：45, PM2.5：75: a colon after a code or a decimal labels a value, no clock time.
    text = re.sub(
        r"((?:(?<=[A-Z]{2})|(?<=O))\d+(?:\.\d+)?|(?<![\d.])\d+\.\d+):(?=\d)", r"\1：", text
    )  # O3：160 too
    text = _MONEY_PER_RE.sub(lambda m: m[1] + "每" + PER_UNITS.get(m[2], m[2]), text)
    return _PER_RE.sub(lambda m: m.group(1) + _per(m.group(2)), text)


def _spans_and_units(text: str) -> str:
    """Dashes between times (到), 1h42m, per-unit slashes, tyres, heights and inches."""
    # 上午9:00 - 下午5:00, 9am-5pm, 23:00-次日2:00: a dash between two times of day is 到.
    text = re.sub(
        r"(?i)(?<=\d|m)\s?[-~–—]\s?(?=(?:次日|翌日|第二天|隔天|次晨|明天|明日)?"
        r"(?:上午|下午|早上|晚上|中午|凌晨|傍晚|早|晚)?\d{1,2}:\d\d"
        r"|(?:次日|翌日|第二天|隔天|次晨|明天|明日)?(?:上午|下午|早上|晚上|中午|凌晨|傍晚|早|晚)\d"
        r"|\d{1,2}(?::\d\d)?\s?[ap]m)"
        r"|(?<=\d:\d\d)\s?[-~]\s?(?=\d{1,2}/\d{1,2}\s|\d{1,2}月)",  # 22:05-11/28 06:30
        "到",
        text,
    )
    text = re.sub(r"(?<=\d)h\s?(\d{1,2})m(?![A-Za-z²³/])", r"h\1min", text)  # 1h42m
    # 20mg/100ml: per a counted unit, 每一百毫升.
    text = re.sub(
        r"(?<=[A-Za-zμµ])/(?!100\s?km)(?=\d+(?:\.\d+)?\s?(?:mL|ml|L|g|kg|km|m|cm|min|h|s)(?![A-Za-z]))",
        "每",
        text,
    )
    text = _TYRE_RE.sub(_tyre, text)  # 225/45R17 二二五 四五 R十七
    text = _HEIGHT_RE.sub(_height, text)
    return _INCHES_RE.sub(lambda m: m[1] + "英寸", text)  # 75" 七十五英寸


def _shorthand(text: str) -> str:
    """Typed chat shorthand: 1.2k, 1.2w, 8k元, 15k-25k, and = as 等于."""
    # 1.2k个赞 is 一千二百 (千 takes no decimals, 1.2w 一点二万 does).
    text = re.sub(
        rf"(?<![\d.])(\d{{1,3}}\.\d{{1,3}})[kK](?:(\+)|(?=个?(?!/)(?:{_COUNTED})))",
        lambda m: str(round(float(m[1]) * 1000)) + ("加" if m[2] else ""),
        text,
    )
    # 1.2w人观看, 月薪8k元: the w of 万 and the k of 千 as typed in chats, before a count.
    text = re.sub(
        rf"(?<=\d)([wWkK])(?=\+|个?(?:{_COUNTED}))", lambda m: _ABBREV[m[1].lower()], text
    )
    text = zh_typed.typed(text)  # 月薪15k-25k, ~30分钟, P23-25
    return re.sub(r"(?<=[\dA-Za-z)\u4e00-\u9fff])\s?=\s?(?=[\d$€£¥￥(])", "等于", text)
