"""Chinese numbers that are labels, not quantities: rooms, flats, years, bus routes, 90后."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.zh_numbers import cardinal, digits

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


#: Labels that need no counter list, in the order they are tried.
_LABELS: Final[tuple[Rule, ...]] = (
    (
        re.compile(
            r"(?<!\d)(\d{3,})(?=室|房|号房|会议室|教室|办公室|病房|宿舍|包间|包厢|路公交|路车|路|次列车)"
        ),
        lambda m: digits(m.group()),
    ),
    # Room 302, 房间302, 3F 301: a room number after its word or its floor, digit by digit.
    (
        re.compile(
            r"(?:(?<=Room )|(?<=Room)|(?<=Rm )|(?<=Rm\. )|(?<=房间)|(?<=房号)|(?<=\dF ))"
            r"(\d{3,4})(?![\d.])"
        ),
        lambda m: digits(m.group()),
    ),
    # 3F会议室, 在5F, -1F: a floor, 三楼, 负一楼; not a seat (5车12F座, 座位32F).
    (
        re.compile(
            r"(?<![0-9A-Za-z.])(?<!车)(?<!座)(?<!座位)(?<!排)(-?)(\d{1,2})F(?![A-Za-z0-9座])"
        ),
        lambda m: "负" * bool(m[1]) + cardinal(int(m[2]), False) + "楼",
    ),
    # Build 22631.4460: a build number, digit by digit.
    (
        re.compile(r"(?<=Build )(\d+)(?:\.(\d+))?(?![\d.])"),
        lambda m: digits(m[1]) + ("点" + digits(m[2]) if m[2] else ""),
    ),
    # 第2024138期: a lottery or journal issue, digit by digit, not two million.
    (re.compile(r"(?<=第)(\d{6,})(?=期)"), lambda m: digits(m.group())),
    # 84消毒液: a product named by its number, said digit by digit (八四).
    (re.compile(r"(?<![\d.])84(?=消毒)"), lambda m: "八四"),
    # 2024款, 2025版: a model year, digit by digit.
    (
        re.compile(r"(?<![\d.])((?:19|20)\d{2})(?=款|版|年款|年版)"),
        lambda m: digits(m.group()),
    ),
    # 2024Q4, 2025H1: a year and its quarter or half (二零二四年Q四).
    (
        re.compile(r"(?<![\d.])((?:19|20)\d{2})(?=[QH][1-4](?![\d]))"),
        lambda m: digits(m.group()) + "年",
    ),
    # 2008年 二零零八年, but 有5000年历史, 已经1000年了: a length of time (五千年).
    (
        re.compile(
            r"(?<![\d.])(?<!有|近|约|达|逾|超|过)(\d{4})(?=年(?!历史|之久|了|左右|以上|多))"
        ),
        lambda m: digits(m.group()),
    ),
    # 24年12月, 24年底: a short year, digit by digit (二四年); 24年 alone may be a duration.
    (
        re.compile(r"(?<![\d.])(\d{2})(?=年(?:\d{1,2}月|底|初|春节|上半年|下半年))"),
        lambda m: digits(m.group()),
    ),
    # 24年的账单, 25年度: a recent year before 的 or 度; not 工作了24年的经验 nor 24年的历史.
    (
        re.compile(
            r"(?<![\d.])(?<![了有近约满共达过])(1[5-9]|2\d|3[0-5])"
            r"(?=年(?:度|款|版|的(?!历史|时间|光阴|经验|工龄|感情|时光)))"
        ),
        lambda m: digits(m.group()),
    ),
    # 2路公交车: a bus route is a label (二路), unlike 两路开关.
    (
        re.compile(r"(?<![\d.])(\d{1,2})(?=路(?:公交|车|汽车|公共汽车|巴士|专线|夜班))"),
        lambda m: cardinal(int(m.group(1)), False),
    ),
    (
        re.compile(r"(?<![\d.:~-])([05-9][05])(?=后)"),
        lambda m: digits(m.group()),
    ),  # 90后 九零后
)


def label_rules(units: str) -> tuple[Rule, ...]:
    """The rules, run after dates and times; `units` is the counter alternation after which
    a number after 栋 or 单元 is a quantity, not a flat (3栋120平)."""
    return (
        # 3栋2单元1502, 5楼501: the flat or room number after a building, an entrance or a
        # floor is a label (一五零二).
        (
            # (802门口 is a door, 1203 张女士 a name: no counter there).
            re.compile(
                rf"(单元|栋|幢|座|(?<=\d)楼|(?<=\d)层)(\d{{3,4}})(?![\d.]|\s?(?!门口|张(?:女士|先生|小姐|老师|阿姨|师傅))"
                rf"(?:{units}|元|块|万|千|平))"
            ),
            lambda m: m.group(1) + digits(m.group(2)),
        ),
        *_LABELS,
    )
