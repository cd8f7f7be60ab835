"""Chinese scores and ratios: 3:2, 2比1, 108-102 击败, 中国2-1日本 are read with 比."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.zh_numbers import cardinal, parse
from melod.text.zh_words import TEAMS

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

_SCORE_CONTEXT: Final = (
    r"(?:获胜|取胜|战胜|击败|胜|落败|告负|负于|惜败|憾负|不敌|力克|赢|输|领先|打平|战平|逆转"
    r"|绝杀|的比分|险胜|大胜|完胜|惨败|拿下|胜出|晋级|夺冠)"
)
#: After a colon pair only words no clock time is followed by (not 输, as in 9:30输液).
_COLON_CONTEXT: Final = (
    r"(?:获胜|取胜|战胜|击败|胜(?!利)|落败|负于|惜败|不敌|力克|赢|险胜|大胜|完胜|拿下|逆转|绝杀)"
)
_PAIR: Final = r"\d{1,3}\s?[-:比]\s?\d{1,3}"
_TEAM: Final = "|".join(sorted(TEAMS, key=len, reverse=True))


def score(a: str, b: str) -> str:
    """3, 2 → 三比二: scores never take 两."""
    return cardinal(int(a), False) + "比" + cardinal(int(b), False)


def _labelled(m: re.Match[str]) -> str:
    return m.group(1) + score(m.group(2), m.group(3))


def _pairs(m: re.Match[str]) -> str:
    """比分21-15、18-21: every pair after 比分 is a score, whichever way it runs."""
    pairs = re.sub(r"(\d+)\s?[-:比]\s?(\d+)", lambda p: score(p.group(1), p.group(2)), m.group(2))
    return m.group(1) + pairs


def _game_list(m: re.Match[str]) -> str:
    """21-17、19-21、21-15 (or 23:25、25:22): games of one match; ranges never run both ways."""
    if re.search(r"(?<!\d)0\d", m[0]):  # 11-28、12-05: zero-padded, dates
        return m[0]
    pairs = [(int(a), int(b)) for a, b in re.findall(r"(\d+)[-:](\d+)", m[0])]
    if not any(a > b for a, b in pairs) or not any(a < b for a, b in pairs):
        return m[0]
    # 23:25、25:22, 21:19、18:21: colon pairs are games when one is no clock time or when
    # they do not run forward as a list of times would (9:30、20:15).
    minutes = [a * 60 + b for a, b in pairs]
    if ":" in m[0] and all(a < 24 and b < 60 for a, b in pairs) and minutes == sorted(minutes):
        return m[0]
    return re.sub(r"(\d+)[-:](\d+)", lambda p: score(p[1], p[2]), m[0])


#: Run before clock times: 比分21:19 and 21:19赢下 are scores, not a quarter past nine.
EARLY_RULES: Final[tuple[Rule, ...]] = (
    (
        re.compile(r"(?<![\d.:-])\d{1,2}([-:])\d{1,2}(?:[、,，/]\s?\d{1,2}\1\d{1,2})+(?![\d.:-])"),
        _game_list,
    ),
    (
        # 第五局15:13, 决胜局 15:13: a game's score.
        re.compile(r"((?:第[一二三四五六七\d]|首|决胜)[局盘]\s?)(\d{1,2}):(\d{1,2})(?![\d:])"),
        _labelled,
    ),
    (
        re.compile(
            rf"(比分(?:分别)?[为是]?[:：]?\s?)({_PAIR}(?:\s?[、，,/和]\s?{_PAIR})*)(?![\d:-])"
        ),
        _pairs,
    ),
    (
        # 按1:10稀释, 比例为1:20, 配比2:30: a mixing ratio, not ten past one.
        re.compile(
            r"(?:(?<=比例)|(?<=配比)|(?<=比例为)|(?<=比例是)|(?<=配比为))\s?(\d{1,3}):(\d{1,5}(?:\.\d+)?)(?![\d:.])"
            r"|(?<![\d:.])(\d{1,3}):(\d{1,5}(?:\.\d+)?)(?![\d:.])(?=\s?(?:稀释|兑水|混合|调配|配比|的比例|勾兑|冲泡|冲调))"
        ),
        lambda m: cardinal(int(m[1] or m[3]), False) + "比" + parse(m[2] or m[4], liang=False)[1],
    ),
    (
        re.compile(rf"(?<![\d:])(\d{{1,3}}):(\d{{1,3}})(?![\d:])(?=\s?{_COLON_CONTEXT})"),
        lambda m: score(m.group(1), m.group(2)),
    ),
)


def _count(m: re.Match[str]) -> str:
    """2出局 两出局, 3坏2好 三坏两好: a baseball count counts outs and pitches, so 2 is 两."""
    return re.sub(r"\d", lambda d: "两" if d[0] == "2" else cardinal(int(d[0]), False), m[0])


RULES: Final[tuple[Rule, ...]] = (
    (
        re.compile(
            r"(?<![\d.:])[0-3]\s?(?:人\s?)?(?:出局|好球|坏球)"
            r"|(?<![\d.:])[0-3]([好坏])[0-4](?!\1)[好坏](?![\d评])"
        ),
        _count,
    ),
    # 比例尺1:10000, 1:100: a scale, one to a large number.
    (
        re.compile(r"(?<![\d:.])1\s?:\s?(\d{2,7})(?![\d:])"),
        lambda m: "一比" + cardinal(int(m.group(1)), False),
    ),
    # 对比度2000:1, 5000:1: four digits or more before a colon make no clock time, a ratio.
    (
        re.compile(r"(?<![\d:.,])(\d{4,7})\s?:\s?(\d{1,3})(?![\d:.])"),
        lambda m: cardinal(int(m[1]), True) + "比" + cardinal(int(m[2]), False),
    ),
    (
        re.compile(rf"(?<![\d-])(\d{{1,3}})-(\d{{1,3}})(?![\d-])(?=\s?{_SCORE_CONTEXT})"),
        lambda m: score(m.group(1), m.group(2)),
    ),
    (
        # 中国2-1日本, 中国队3-1日本队: a dash pair between two teams, either way round.
        re.compile(
            rf"((?:{_TEAM}|队)\s?)(\d{{1,3}})\s?[-–—]\s?(\d{{1,3}})(?![\d-])"
            rf"(?=\s?(?:{_TEAM}|[\u4e00-\u9fff]{{1,4}}队))"
        ),
        _labelled,
    ),
    (
        # 3:2, 2比1, 1:7.8; not PM10: 45 nor 2.5:1 (a label colon after a code or a decimal).
        re.compile(
            r"(?<![\d.])(?<![A-Z]{2})(?<!\d:)(\d{1,3})\s?[:比]\s?(\d{1,3}(?:\.\d+)?)(?!\d|:\d)"
        ),
        lambda m: cardinal(int(m.group(1)), False) + "比" + parse(m.group(2), liang=False)[1],
    ),
)
