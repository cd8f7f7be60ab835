"""Chinese dates, clock times and stopwatch durations (05:32 通话时长)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.zh_numbers import cardinal, digits

TIME_RE: Final = re.compile(
    r"(?i)(?<!\d)(?<!\d:)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d|:\d)(?:\s?([ap]\.?m\.?)(?![a-z]))?"
)
CLOCK: Final = r"\d{1,2}:\d{2}(?::\d{2})?"
#: 5'58" (a running pace, or a length of time): minutes and seconds; 5'12"/公里 per kilometre.
PACE_RE: Final = re.compile(
    r"(?<![\d'′])(\d{1,2})['′]([0-5]\d)(?:\"|''|″)(?:\s?/\s?(公里|千米|km|KM|英里|mi)(?![A-Za-z]))?"
)
_PACE_PER: Final = {
    "公里": "公里",
    "千米": "公里",
    "km": "公里",
    "KM": "公里",
    "英里": "英里",
    "mi": "英里",
}
#: Words after which 05:32 is a length of time (minutes and seconds), not a clock time.
#: Words after which 1:25 is hours and minutes left (a washer's or an oven's display).
REMAINING_WORDS: Final = r"剩余时间|剩余|还剩|还需|尚需"
DURATION_WORDS: Final = (
    rf"时长|用时|耗时|计时器|计时|历时|配速|通话|倒计时|成绩|完赛|秒表|{REMAINING_WORDS}"
    r"|(?:运动|训练|锻炼|骑行|跑步|游泳|步行|播放|录制|录像)时间"
    # a video's position: 已看到45:10, 播放到12:30, 快进到03:15
    r"|已看到|播放到|(?:播放|观看)?进度|快进到|跳转到|跳到"
)


def date(year: str | None, month: str, day: str) -> str:
    head = digits(year) + "年" if year else ""
    return head + cardinal(int(month), False) + "月" + cardinal(int(day), False) + "日"


def iso_date(m: re.Match[str]) -> str:
    if not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
        if "." in m.group():  # 2024.44.25: a calendar version (Tesla), not a date
            return (
                digits(m.group(1))
                + "点"
                + "点".join(cardinal(int(g), False) for g in m.groups()[1:])
            )
        return "杠".join(cardinal(int(g), False) for g in m.groups())
    return date(m.group(1), m.group(2), m.group(3))


_OUT_OF: Final = frozenset("次节课题项个份张条件集关局场杯瓶粒片包盒页章首位")


def slash(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    weekday = m.group(3) or ""
    # 3/12次课程, 5/20题: a count out of a total before its counter, never a date.
    counted = not weekday and a < b and m.string[m.end() : m.end() + 1] in _OUT_OF
    # 3/8当天, 5/1起, 6/1儿童节: a day something happens on, never three eighths.
    dated = re.match(rf"\s?(?:{_DAY_EVENTS}|起|前|之前|以前|当日)", m.string[m.end() :])
    if (a < b <= 10 and not (weekday or dated)) or counted or not (1 <= a <= 12 and 1 <= b <= 31):
        return cardinal(b, False) + "分之" + cardinal(a, False) + weekday
    return date(None, m.group(1), m.group(2)) + weekday


def _clock(hour: int, minute: int, second: int | None) -> str:
    out = ("两" if hour == 2 else cardinal(hour, False)) + "点"
    if minute:
        out += ("零" if minute < 10 else "") + cardinal(minute, False) + "分"
    if second:
        out += ("零" if second < 10 else "") + cardinal(second, False) + "秒"
    return out


def _day_part(marker: str, hour: int) -> tuple[str, int]:
    """7:45 PM → 晚上七点, 12:00 PM → 中午十二点, 3:00 AM → 凌晨三点, 12:00 AM → 凌晨零点."""
    hour %= 12
    if marker.lower().startswith("a"):
        return ("凌晨" if hour < 5 else "上午"), hour
    if hour == 0:
        return "中午", 12
    return ("晚上" if hour >= 6 else "下午"), hour


def time(m: re.Match[str]) -> str:
    hour, minute = int(m.group(1)), int(m.group(2))
    second = int(m.group(3)) if m.group(3) else None
    if hour > 24 or minute > 59 or (second is not None and second > 59):
        return cardinal(hour, False) + "比" + cardinal(minute, False)
    prefix = ""
    if m.group(4) and hour <= 12:
        prefix, hour = _day_part(m.group(4), hour)
    return prefix + _clock(hour, minute, second)


def bare_hour(m: re.Match[str]) -> str:
    """9am 上午九点, 12pm 中午十二点, 5 p.m. 下午五点."""
    prefix, hour = _day_part(m.group(2), int(m.group(1)))
    return prefix + ("两" if hour == 2 else cardinal(hour, False)) + "点"


def time_range(m: re.Match[str]) -> str:
    """14:00-16:00 → 十四点到十六点; 8:30至12:00 keeps the 至 it was written with."""
    word = "至" if m.group("sep") == "至" else "到"
    return TIME_RE.sub(time, m.group(1)) + word + TIME_RE.sub(time, m.group(3))


#: Appliances whose programs last minutes, not hours.
_SHORT_PROGRAMS: Final = "破壁机|豆浆机|微波炉|空气炸锅|料理机|榨汁机|电水壶|咖啡机"


def duration(m: re.Match[str]) -> str:
    """通话时长05:32 → 五分三十二秒; 用时1:02:03 → 一小时两分三秒; 倒计时00:05:00 → 五分钟;
    剩余时间1:25 (an appliance's display, hours first) → 一小时二十五分钟."""
    parts = [int(p) for p in m.group(3).split(":")]
    if any(p > 59 for p in parts[1:]):
        return m.group()
    hours_first = len(parts) == 2 and re.fullmatch(REMAINING_WORDS, m.group(1)) is not None
    if hours_first and re.search(_SHORT_PROGRAMS, m.string[: m.start()]):
        hours_first = False  # 破壁机剩余12:30: a blender counts minutes and seconds
    names = ["小时", "分", "秒"][-len(parts) :] if not hours_first else ["小时", "分"]
    if parts[-1] == 0 or hours_first:
        names[-2 if names[-1] == "秒" else -1] = "分钟"  # no seconds said: 五分钟, not 五分
    said = [("两" if p == 2 else cardinal(p, False)) + n for p, n in zip(parts, names, strict=True)]
    if m.group(4):  # 秒表00:01:23.45: 二十三点四五秒
        said[-1] = cardinal(parts[-1], False) + "点" + digits(m.group(4)[1:]) + "秒"
        parts[-1] = 1
    if parts[0] and not parts[1] and len(parts) == 3 and parts[2]:
        said[1] = "零"  # 一小时零三十秒
    out = "".join(w for p, w in zip(parts, said, strict=True) if p or w == "零")
    return m.group(1) + m.group(2) + (out or "零秒")


def pace(m: re.Match[str]) -> str:
    """配速5'58" → 五分五十八秒."""
    minute, second = int(m.group(1)), int(m.group(2))
    out = cardinal(minute, False) + "分" if minute else ""
    out += ("零" if second < 10 and out else "") + cardinal(second, False) + "秒"
    return out + ("每" + _PACE_PER[m.group(3)] if m.group(3) else "")


#: Words before a date that move or fix it (改到12.1), and after a date range, what
#: happens then (12.24-12.26在三亚): a dotted pair there is no decimal.
_DATE_VERBS: Final = (
    "改到|改在|改期至|定于|定在|将于|延期至|延期到|推迟到|推迟至|顺延至|提前到|提前至"
    "|已于|拟于|均于|并于|预计于|计划于"
)
#: What happens on a single dotted date: 11.28发货, 12.31前有效, 11.11当天.
_DAY_EVENTS: Final = (
    "发货|到货|揽收|签收|送达|发出|到期|生效|截止|开售|开抢|开播|开业|上线|当天|前有效"
    # 12.25圣诞节, 10.1国庆: a holiday named after its date.
    "|圣诞|元旦|平安夜|跨年|情人节|七夕|国庆|中秋|春节|除夕|儿童节|劳动节|妇女节|万圣节"
)
_DATE_EVENTS: Final = (
    "期间|举办|举行|放假|休假|开展|开放|停业|闭馆|出差|旅游|旅行|在[\u4e00-\u9fff]"
)

_MD: Final = r"(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])"
#: No unit, percent or further digit after the date: 改为12.5元 is a price.
_NOT_AMOUNT: Final = r"(?![\d.%A-Za-z]|\s?[\u4e00-\u9fff]?(?:元|块|米|克|升|度|倍|分|秒|万|斤|个))"


def _md_range(month: str, day: str, month2: str | None, day2: str | None) -> str:
    first = date(None, month, day)
    return first + "到" + date(None, month2, day2) if month2 and day2 else first


def _season(m: re.Match[str]) -> str:
    if len(m[1]) == 2 and int(m[2]) != (int(m[1]) + 1) % 100:
        return m[0]
    return digits(m[1]) + "到" + digits(m[2])


#: Dates the number rules would misread, run after ISO dates.
DATE_RULES: Final[tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]] = (
    (
        # 11.28 周四: a month and day with a dot, as a weather card or a calendar writes it.
        re.compile(
            r"(?<![\d.])(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])(?![\d.])"
            r"(?=\s?[(（]?(?:周|星期|礼拜)[一二三四五六日天])"
        ),
        lambda m: date(None, m.group(1), m.group(2)),
    ),
    (
        # 周四（11.28）, 明天(11.29): a dotted month and day in brackets after a day word.
        re.compile(
            r"(?:(?<=周[一二三四五六日天])|(?<=星期[一二三四五六日天])|(?<=[今明后昨]天))"
            r"([(（])(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])(?=[)）])"
        ),
        lambda m: m.group(1) + date(None, m.group(2), m.group(3)),
    ),
    (
        # 9秒97: hundredths after 秒 (a sprint time), said digit by digit (九秒九七).
        re.compile(r"(?<![\d.])(\d{1,2})秒(\d{2})(?![\d.]|[个次秒分人米])"),
        lambda m: cardinal(int(m.group(1)), False) + "秒" + digits(m.group(2)),
    ),
    (
        # 活动时间：11.28-11.30: a dotted date range after a word of time.
        re.compile(
            r"((?:时间|日期|期间|有效期|活动|截止)[:：]?\s?)(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])"
            r"\s?[-~至到]\s?(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])(?![\d.%])"
        ),
        lambda m: m.group(1) + date(None, m[2], m[3]) + "到" + date(None, m[4], m[5]),
    ),
    (
        # 会议改到12.1-12.3, 定于12.20: a dotted date, or range, after a word that moves or
        # fixes a date is no decimal.
        re.compile(rf"({_DATE_VERBS})\s?{_MD}(?:\s?[-~至到]\s?{_MD})?{_NOT_AMOUNT}"),
        lambda m: m[1] + _md_range(m[2], m[3], m[4], m[5]),
    ),
    (
        # 12.24-12.26在三亚, 12.1-12.3期间, 10.1-10.7国庆: a dotted range before what happens
        # then (before a single day's rule reads only its end).
        re.compile(
            rf"(?<![\d.]){_MD}\s?[-~至到]\s?{_MD}"
            rf"(?=[)）]?\s?[,，]?\s?(?:{_DATE_EVENTS}|{_DAY_EVENTS}))"
        ),
        lambda m: _md_range(m[1], m[2], m[3], m[4]),
    ),
    (
        # 截止11.30 18:00: a dotted month and day before a clock time, where a date opens
        # (价格1.5 10:00更新 keeps its price).
        re.compile(rf"(?:^|(?<=[\s:：，,（(]|止|于|至|到|间|期)){_MD}(?=\s?\d{{1,2}}:\d\d(?!\d))"),
        lambda m: date(None, m[1], m[2]),
    ),
    (
        # 预计11.28发货, 12.31前有效: a dotted date before what happens that day.
        re.compile(rf"(?<![\d.A-Za-z]){_MD}(?=\s?(?:{_DAY_EVENTS}))"),
        lambda m: date(None, m[1], m[2]),
    ),
    (
        # PM 3:30, AM 9:00: the day part written first, as some apps show it.
        re.compile(r"(?<![A-Za-z])(AM|PM|am|pm)\s?(\d{1,2}):(\d{2})(?![\d:])"),
        lambda m: TIME_RE.sub(time, f"{m.group(2)}:{m.group(3)} {m.group(1)}"),
    ),
    (
        # 下午3.30开会, 15.30出发: a dot between hour and minutes after a day part or
        # before a word of meeting or leaving.
        re.compile(
            r"(?:(?<=上午|下午|晚上|早上|中午|凌晨|傍晚)([0-2]?\d)\.([0-5]\d)(?![\d.])"
            r"|(?<![\d.])([0-2]?\d)\.([0-5]\d)(?=开会|开始|出发|集合|见面|见|到达|起飞|开车|截止))"
        ),
        lambda m: TIME_RE.sub(time, f"{m.group(1) or m.group(3)}:{m.group(2) or m.group(4)}"),
    ),
    (
        re.compile(r"(?i)(?<![\d:.])(1[0-2]|0?[1-9])\s?([ap]\.?m\.?)(?![a-z])"),
        bare_hour,
    ),
    (
        # 2023-2024赛季, 2024~2025学年: both years digit by digit.
        re.compile(
            r"(?<![\d.])((?:19|20)\d{2})\s?([-~至到])\s?((?:19|20)\d{2})"
            r"(?=\s?(?:赛季|学年|年度|财年|年|季))"
        ),
        lambda m: digits(m[1]) + ("到" if m[2] in "-~" else m[2]) + digits(m[3]),
    ),
    (
        # 2025-26赛季, 24/25赛季: a season whose second year keeps two digits (二零二五到二六);
        # two digits first only when the second is the year after (not 第10-12季).
        re.compile(
            r"(?<![\d./-])((?:19|20)\d{2}|\d{2})\s?[-~/]\s?(\d{2})(?=\s?(?:赛季|学年|财年))"
        ),
        _season,
    ),
)
