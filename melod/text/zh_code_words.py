"""Chinese numbers said digit by digit by name: hotlines (the table and their reading),
phone words, brand numbers."""

from __future__ import annotations

import re
from typing import Final

from melod.text.zh_numbers import digits

#: Service and emergency numbers read digit by digit (with 幺) even when bare.
HOTLINES: Final = frozenset(
    {
        "110",
        "119",
        "120",
        "122",
        "114",
        "12333",
        "12348",
        "12366",
        "95598",
        "96110",
        "999",
        "12345",
        "12315",
        "12306",
        "12369",
        "12395",
        "12121",
        "10086",
        "10010",
        "95588",
        "95555",
        "95533",
        "95566",
        "95599",
        "95511",
    }
)

#: Those of them read digit by digit with no phone word near (中国移动10086提醒您), unless a
#: counter follows (10086人).
_NEEDS_CONTEXT: Final = frozenset({"12345", "12333", "12348", "12366", "96110"})
BARE_HOTLINES: Final = frozenset(h for h in HOTLINES if len(h) == 5 and h not in _NEEDS_CONTEXT)

#: Words around a number that make it a phone number rather than a quantity.
PHONE_CONTEXT: Final = (
    "拨打",
    "打",
    "电话",
    "热线",
    "报警",
    "呼叫",
    "致电",
    "联系",
    "急救",
    "火警",
    "客服",
    "请拨",
    "拨",
    "号码",
    "手机",
    "短信",
    "回复",
    "发送",
    "移动",
    "联通",
    "电信",
    "来电",
    "查号",
    "挂号",  # 北京114预约挂号
    "救护",
    "出警",
    "消防",
    "求助",
)

#: Brands named by a number, said digit by digit before their own words (三六零安全卫士,
#: 五八同城, 九九九感冒灵); 360度 and 58元 stay numbers.
BRAND_NUMBERS: Final = {
    "360": "安全|杀毒|浏览器|卫士|手机助手|搜索|金融|借条|智能|儿童手表|摄像|行车记录"
    "|扫地|路由|云盘|导航",
    "58": "同城|到家",
    "999": "感冒灵|皮炎平|胃泰|小儿",
    "4399": "小游戏|游戏",
    # A working week named by its hours: 996工作制, 又是996的一周 (九九六).
    "996": "工作制|福报|的一周|的日子|的生活|的公司|模式|作息",
    "955": "工作制|的公司|作息",
}

# `12306：12月21日`: a colon after the number is a label's when a date follows it; a
# five-digit one is never a score (12306：5号车厢), a three-digit one may be (110:98).
HOTLINE_RE = re.compile(
    rf"(?<![\d.\-:/])(?:{'|'.join(sorted(HOTLINES))})(?![\d.,/])"
    r"(?:(?<=\d{5})|(?!:\s?\d(?!\d{0,3}[年月])))"
)
# 拨打110或120, 拨打13812345678或110: a number after another one read digit by digit is a
# number to dial too.
_LISTED = re.compile(r"[\d零幺一二三四五六七八九]{3,}\s?(?:或者?|和|、|/)\s?$")


def hotline(m: re.Match[str], units: str) -> str:
    """A service number matched by HOTLINE_RE, digit by digit where it is one to dial;
    `units` is the counter alternation after which it is a quantity (10086人)."""
    after = m.string[m.end() : m.end() + 4]
    if re.match(rf"\s?(?:{units})(?!工)", after):
        return m.group()  # 10086人, 打了110次, 100或110元: a quantity before a counter
    if m.group() in BARE_HOTLINES:
        return digits(m.group(), one="幺")  # 10086, 95588 with no phone word near
    before = m.string[: m.start()]
    if _LISTED.search(before) or any(w in before[-4:] or w in after for w in PHONE_CONTEXT):
        return digits(m.group(), one="幺")
    return m.group()
