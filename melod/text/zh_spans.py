"""Chinese spans: a dash or tilde between two times, dates, quarters or weekdays is 到."""

from __future__ import annotations

import re
from typing import Final

_SLASH_DAY: Final = r"(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])"
_YEAR_DAYS_RE: Final = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)([./-])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])\s?[-~–—]\s?"
    r"(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d./-])"
)
#: 12/24-12/26: written out as 12月24日到12月26日, so 1/2 after the dash is no half.
_SLASH_DAYS_RE: Final = re.compile(rf"(?<![\d/.]){_SLASH_DAY}\s?[-~–—]\s?{_SLASH_DAY}(?![\d/])")


def ranges(text: str) -> str:
    """Dashes that join two times or dates, read 到; 2024Q4 and 星期7."""
    # 2024Q4, spelled by common.prepare as a code (2 0 2 4, Q 4): a year and its quarter.
    text = re.sub(
        r"(?<![\w])([12]) (\d) (\d) (\d), ([QH]) ([1-4])(?![\w])", r"\1\2\3\4年\5\6", text
    )
    # 8点半-9点, 14时-16时, Q1-Q3, 2024/11/28-2024/12/01: the dash of a range is 到.
    text = re.sub(
        r"(?<=\d[点分时]|点半)\s?[-~]\s?(?=\d)|(?<=[A-Z]\d)-(?=[A-Z]\d)"
        r"|(?<=\d[/.-]\d\d|[/.-]\d[/.-]\d)\s?[-~]\s?(?=\d{4}[/.-]\d{1,2}[/.-]\d{1,2})",
        "到",
        text,
    )
    # 2025.1.28-2.4, 2025/1/28-2/4: the year said once, the end a month and a day.
    text = _YEAR_DAYS_RE.sub(r"\1\2\3\2\4到\5月\6日", text)
    # 12.5-13日: a dotted month and day, then the last day of the span.
    text = re.sub(
        r"(?<![\d.])(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])\s?[-~–—]\s?(?=(?:3[01]|[12]\d|0?[1-9])([日号]))",
        r"\1月\2\3到",
        text,
    )
    # 12/24-12/26, 10/1~10/7: a dash between two month/day dates is 到.
    text = _SLASH_DAYS_RE.sub(r"\1月\2日到\3月\4日", text)
    # 2024年12月31日-2025年1月2日, 12月1日-3日: a dash after a day is 到.
    text = re.sub(r"(?<=\d[日号月])\s?[-~]\s?(?=\d)", "到", text)  # 2024年12月-2025年2月
    # 周一~周五, 星期一-星期五: the dash between two weekdays is 到.
    text = re.sub(
        r"(?:(?<=周[一二三四五六日天])|(?<=星期[一二三四五六日天])|(?<=礼拜[一二三四五六日天]))"
        r"\s?[-~–—]\s?(?=(?:周|星期|礼拜)?[一二三四五六日天](?![月号日点个年]))",
        "到",
        text,
    )
    return re.sub(r"(?<=星期|礼拜)7", "日", text)  # 星期7 星期日
