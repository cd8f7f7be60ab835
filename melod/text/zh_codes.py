"""Chinese numbers that are no quantity: phone numbers, hotlines, codes, plates, IP addresses,
read digit by digit (with 幺 for 1 where customary)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.zh_numbers import DIGITS, digits
from melod.text.zh_words import BARE_HOTLINES, HOTLINES, PHONE_CONTEXT

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

_PLATE: Final = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_CODE_WORDS: Final = (
    "验证码|取件码|取餐码|提货码|兑换码|邀请码|券码|密码|单号|订单号|编号|工号|房间号|快递单号"
    "|尾号|后四位|末四位|卡号|账号|会员号"
)
_PHONE_RE: Final = re.compile(
    r"(?<![\d-])(?:1[3-9]\d{9}|1[3-9]\d([- ])\d{4}\1\d{4}|0\d{2,3}-\d{7,8}"
    r"|0\d{2,3}[- ]\d{3,4}[- ]\d{4}|[48]00[- ]?\d{3}[- ]?\d{4})(?![\d-])"
)
#: 192.168.1.1: four dotted parts up to 255, the first of two digits or more (a version
#: number such as 3.1.0.15 starts small).
_IP_RE: Final = re.compile(r"(?<![\d.])([1-9]\d{1,2})((?:\.\d{1,3}){3})(?![\d.])")


def _phone(m: re.Match[str]) -> str:
    return digits(m.group(), one="幺")


def _ip(m: re.Match[str]) -> str:
    parts = [m.group(1), *m.group(2)[1:].split(".")]
    before = m.string[max(0, m.start() - 4) : m.start()]
    if any(int(p) > 255 for p in parts) or re.search(r"(?i)版本|固件|ver|v\s?$", before):
        return m.group()
    return "点".join(digits(p) for p in parts)


def code_rules(units: str) -> tuple[Rule, ...]:
    """The rules, run before dates and quantities; `units` is the counter alternation after
    which a hotline-looking number is a quantity (10086人)."""

    def hotline(m: re.Match[str]) -> str:
        after = m.string[m.end() : m.end() + 4]
        if m.group() in BARE_HOTLINES and not re.match(rf"\s?(?:{units})(?!工)", after):
            return digits(m.group(), one="幺")  # 10086, 95588: a quantity only before a counter
        before = m.string[max(0, m.start() - 4) : m.start()]
        if any(word in before or word in after for word in PHONE_CONTEXT):
            return digits(m.group(), one="幺")
        return m.group()

    return (
        (
            re.compile(rf"[{_PLATE}][A-Z]·?[A-Z0-9]{{5,6}}(?![A-Za-z0-9])"),
            lambda m: re.sub(r"\d", lambda d: DIGITS[int(d.group())], m.group()),
        ),
        (_PHONE_RE, _phone),
        (
            re.compile(rf"({_CODE_WORDS})([:：是为]?\s?)([0-9-]{{3,}})"),
            lambda m: m.group(1) + m.group(2) + digits(m.group(3), one="幺"),
        ),
        (
            re.compile(r"(?<![A-Za-z0-9])([GDCZTKYL])(\d{1,4})(?=次)"),
            lambda m: m.group(1) + digits(m.group(2)),
        ),
        (
            re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,4})(\d{6,})(?![\d.])"),
            lambda m: m.group(1) + digits(m.group(2), one="幺"),
        ),
        (
            re.compile(r"(?<![\d.\-:/])(?:" + "|".join(sorted(HOTLINES)) + r")(?![\d.,:/])"),
            hotline,
        ),
        (_IP_RE, _ip),
    )
