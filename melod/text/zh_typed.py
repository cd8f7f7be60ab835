"""Chinese shorthand as people and apps type it: codes common.prepare spelled, 15k pay,
~30分钟, P23-25; each rewritten into what the number rules then read right."""

from __future__ import annotations

import re
from typing import Final

#: A code common.prepare spelled that is only letters then digits (CA1831, AQI150,
#: USD100): joined again, so it reads as it does glued to a hanzi (CA幺八三幺, AQI一百五十,
#: 一百美元), and SF1234567890 (six digits or more, read one by one with 幺).  Five digits,
#: and codes where digits meet letters again (WF45R6100AW), stay spelled.
_SPELLED_RE: Final = re.compile(
    r"(?<![\w.])(?<!, )(?<![A-Za-z0-9] )((?:[A-Z] ){1,5})(\d(?: \d){5,}|\d(?: \d){0,3}+)"
    r"(?![\w.]| \d|, [A-Z](?![a-z]))"
)


#: i9-14900K, i7 13700H: an Intel processor's number, spelled by common.prepare (1 4 9 0 0,
#: K), joined again with its suffix for zh_codes.
_CPU_RE: Final = re.compile(
    r"(?<![A-Za-z])([iI][3579])[- ]((?:\d ?){3,4}\d)(?:, ?((?:[A-Z] ?){0,2}[A-Z]))?"
)


def rejoin_codes(text: str) -> str:
    """CA1831, 沪A·D88888 and i9-14900K as they were before common.prepare spelled them."""
    text = _CPU_RE.sub(lambda m: f"{m[1]} " + (m[2] + (m[3] or "")).replace(" ", ""), text)
    text = _SPELLED_RE.sub(lambda m: (m[1] + m[2]).replace(" ", ""), text)
    # 沪A·D88888: a plate's letters and digits, spelled by common.prepare, joined again.
    return re.sub(
        r"(?<=[\u4e00-\u9fff][A-Z][·•・])[A-Z0-9](?:,? [A-Z0-9]){4,6}(?![\w.])",
        lambda m: re.sub("[, ]", "", m[0]),
        text,
    )


#: 15k as a salary or in a range of k (15k-25k): thousands, said in 万 (1万5) as people do.
_THOUSANDS_RE: Final = re.compile(
    r"(?<![\d.])(\d{1,3})[kK]?(\s?[-~到至]\s?)(\d{1,3})[kK](?![A-Za-z])"
    r"|(?<=月薪|年薪|底薪|薪资|工资|薪水|预算|税前|税后)\s?(\d{1,3})[kK](?![A-Za-z])"
)


def _thousands(n: str) -> str:
    """15 → 1万5, 20 → 2万, 8 → 8千, 300 → 30万: read then by the number rules."""
    tens, units = divmod(int(n), 10)
    if not tens:
        return f"{units}千"
    return f"{tens}万" + (str(units) if units else "")


#: ~30分钟: a tilde before a number, not between two, is 约 (about).
_ABOUT_RE: Final = re.compile(
    r"(?:(?<=^)|(?<=[\s:：,，(（])|(?<=[需要约计剩余达花用为是]))(?<![\d℃%度]\s)~\s?(?=\d)"
)
#: P23-25, p.12-15: a range of pages, read 到.
_PAGES_RE: Final = re.compile(r"(?<![A-Za-z])([Pp]\.?\s?\d{1,4})\s?[-~–]\s?(?=\d{1,4}(?![\d.]))")


#: 应聘+姓名, 蓝牙+WiFi: a plus joining two words is said 加 (a bare sign is not read);
#: i7 13700K + RTX 4080: spaced, after a Latin word too (Pro+ is part of a name).
_WORD_PLUS_RE: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])\s?\+\s?(?=[\u4e00-\u9fffA-Za-z])"
    r"|(?<=[A-Za-z]) \+ (?=[\u4e00-\u9fffA-Za-z])"
)
#: 下午5:30pm: an am/pm after a Chinese day part repeats it.
_DAY_PART_PM_RE: Final = re.compile(
    r"(?:(?<=上午|下午|晚上|早上|中午|凌晨|傍晚)|(?<=[早晚]))\s?(\d{1,2}(?::\d\d)?)\s?(?i:[ap]\.?m\.?)(?![A-Za-z])"
)
#: 首都机场T3-上海虹桥, 北京南站—上海站: a dash after a station or terminal before a
#: place is a route, 到.
_ROUTE_RE: Final = re.compile(r"(?:(?<=[站场])|(?<=T\d))\s?[-—–]{1,2}\s?(?=[\u4e00-\u9fff]{2})")


#: 5w多, 大概3w, 1w2: a chat's w of 万; 65w快充 and 功率2000w stay watts.
_WAN_RE: Final = re.compile(
    r"(?<![A-Za-z.\d])(\d+(?:\.\d+)?)(?:w(?=多|左右|块|元|人|的|了|出头|以上|以内|起|\d|[，。！？,.!?～~]|\s|$)"
    r"|W(?=多|左右|块|元|出头))(?![A-Za-z])"
)
_WATT_WORDS: Final = re.compile(r"功率|快充|充电|输出|输入|额定|电机|瓦|电源|适配器")


def _wan(m: re.Match[str]) -> str:
    if _WATT_WORDS.search(m.string[max(0, m.start() - 8) : m.start()]):
        return m[1] + "W"  # 功率2000w: watts typed small
    return m[1] + "万"


def typed(text: str) -> str:
    """15k pay in 万, ~ as 约, page ranges, a plus between words, a route's dash."""
    text = _WORD_PLUS_RE.sub("加", text)
    text = _WAN_RE.sub(_wan, text)
    text = re.sub(
        r"(?<=\d)w(?=\s?(?:快充|充电|功率|电源|充电器|适配器|闪充))", "W", text
    )  # 65w快充
    text = re.sub(r"(?<=\d[万千])\s?\+(?!\s?\d)", "加", text)  # 10w+ (now 10万+) 十万加
    text = _ROUTE_RE.sub("到", text)
    # 满200-30: a coupon's threshold and what it takes off, 满两百减三十.
    text = re.sub(r"(?<=满)(\d+)\s?-\s?(?=\d)", r"\1减", text)
    # A座-1203, 5号楼-1单元-802, 3F-301: a dash inside an address joins its parts.
    text = re.sub(r"(?:(?<=[座栋幢])|(?<=单元|号楼))\s?[-—–]\s?(?=\d)", "", text)
    text = re.sub(r"(?<=\dF)\s?[-—–]\s?(?=\d{2,4}(?!\d))", " ", text)
    # 下午5:30pm, 晚8pm: the day part said once.
    text = _DAY_PART_PM_RE.sub(lambda m: m[1] + ("" if ":" in m[1] else "点"), text)
    # LPR-30BP, LPR+20bp: basis points below or above a named rate.
    text = re.sub(
        r"(?<=[A-Z])\s?([-+])\s?(?=\d+(?:\.\d+)?\s?(?:BP|bp|个基点))",
        lambda m: "减" if m[1] == "-" else "加",
        text,
    )
    text = _THOUSANDS_RE.sub(
        lambda m: _thousands(m[4]) if m[4] else _thousands(m[1]) + m[2] + _thousands(m[3]), text
    )
    text = _ABOUT_RE.sub("约", text)
    return _PAGES_RE.sub(lambda m: m[1] + "到", text)
