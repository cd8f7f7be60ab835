"""Japanese dates and clock times in kana (じゅういちがつはつか, じゅうごじさんじゅっぷん)."""

from __future__ import annotations

import math
import re
from typing import Final

from melod.text.ja_counters import COUNTERS, DAY, MONTH
from melod.text.ja_numbers import cardinal, with_counter
from melod.text.ja_words import WEEKDAYS

_WEEKDAY_KANA = "|".join(WEEKDAYS.values())
_MONTH_DAY = rf"(\d{{1,2}})/(\d{{1,2}})(?:\s?({_WEEKDAY_KANA}))?"
#: 12/28〜1/5 (a holiday): both ends are dates, though 1/5 alone could be a fifth.
SLASH_RANGE_RE: Final = re.compile(rf"(?<![\d/.]){_MONTH_DAY}\s?[〜~]\s?{_MONTH_DAY}(?![\d/])")

TIME_RE: Final = re.compile(
    r"(?i)(?<!\d)(?<!\d:)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d|:\d)(?:\s?([ap]\.?m\.?)(?![a-z]))?"
)
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
#: Two clock times joined by a range mark: 14:00〜16:00 is じゅうよじからじゅうろくじ.
TIME_RANGE_RE: Final = re.compile(
    rf"(?<![\d:])({_CLOCK})\s*(?:[〜~]|-|–|から)\s*({_CLOCK}(?:\s?[AaPp]\.?[Mm]\.?)?)(?![\d:])"
)


def _date_parts(year: str | None, month: str, day: str) -> str:
    out = with_counter(int(year), cardinal(int(year)), COUNTERS["年"]) if year else ""
    return (
        out
        + with_counter(int(month), cardinal(int(month)), MONTH)
        + with_counter(int(day), cardinal(int(day)), DAY)
    )


# 2025.04発売, 2024/12, 2025/4: a year and a month (after a point two digits; not
# 2025.04% or 2024.12円, amounts; nor Home Assistant 2024.11 or 2024.11にアップデート,
# a release).
YEAR_MONTH_RE = re.compile(
    r"(?<![\d./])(?<!Assistant )(?<!Core )(20\d\d)(?:\.(0[1-9]|1[0-2])|/(0?[1-9]|1[0-2]))"
    r"(?![\d./])(?!\s?(?:[%％円]|[A-Za-zァ-ヶ]|[にへ]\s?(?:アップデート|アップグレード)))"
)


def year_month(m: re.Match[str]) -> str:
    year, month = int(m.group(1)), int(m.group(2) or m.group(3))
    return with_counter(year, cardinal(year), COUNTERS["年"]) + with_counter(
        month, cardinal(month), MONTH
    )


def iso_date(m: re.Match[str]) -> str:
    """2024-12-01, 2025.1.10, 2024/11/28 as a date (numbers joined by の if impossible)."""
    year, month, day = m.group(1), m.group(2), m.group(3)
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return "の".join(cardinal(int(x)) for x in (year, month, day))
    return _date_parts(year, month, day)


# 1/4から営業, 2/4 10時〜: a small pair before a word of the calendar is a date, not a
# fraction; before まで, に or は only an unreduced pair (2/4, 3/6), as fractions are written
# in lowest terms (残量1/3まで is a third).
_SLASH_DATE_AFTER_RE: Final = re.compile(
    r"\s?(?:から|[〜~]|締め?切|開催|発売|以降|開始|スタート|営業|休業|休診|オープン|公開|"
    r"午前|午後|\d{1,2}時)"
)
_UNREDUCED_AFTER_RE: Final = re.compile(r"\s?(?:まで|に|は|頃|ごろ|より)")


def _date_after(m: re.Match[str], a: int, b: int) -> bool:
    if _SLASH_DATE_AFTER_RE.match(m.string, m.end()):
        return True
    return math.gcd(a, b) > 1 and _UNREDUCED_AFTER_RE.match(m.string, m.end()) is not None


def slash(m: re.Match[str]) -> str:
    """11/28 is a date, 1/2 a fraction (にぶんのいち), 120/80 a pair (blood pressure)."""
    a, b = int(m.group(1)), int(m.group(2))
    weekday = m.group(3) or ""
    if a > 12 and b >= 30 and a > b and not weekday:
        return cardinal(a) + "の" + cardinal(b)
    fraction = a < b <= 10 and not weekday and not _date_after(m, a, b)
    if fraction or not (1 <= a <= 12 and 1 <= b <= 31):
        return cardinal(b) + "ぶんの" + cardinal(a) + weekday
    return _date_parts(None, m.group(1), m.group(2)) + weekday


#: 残り時間 0:45, 録画時間 1:30:00: after a word for a length of time, h:mm is a duration.
DURATION_RE: Final = re.compile(
    r"((?:残り|所要|録画|再生|経過|運転|稼働|通話|待ち|駐車|走行|利用)時間|残り|あと)"
    r"([:：]?\s?)(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])"
)


#: 再生中（3:42）: a track's length is minutes and seconds.
TRACK_RE: Final = re.compile(r"(再生中|再生時間)([:：]?\s?[（(]?)(\d{1,2}):(\d{2})(?![\d:])")


def track(m: re.Match[str]) -> str:
    """再生中（3:42） → 再生中（さんぷんよんじゅうにびょう）."""
    minutes, seconds = int(m.group(3)), int(m.group(4))
    said = with_counter(minutes, cardinal(minutes), COUNTERS["分"]) if minutes else ""
    return m.group(1) + m.group(2) + said + (cardinal(seconds) + "びょう" if seconds else "")


def duration(m: re.Match[str]) -> str:
    """残り時間 1:25 → 残り時間 いちじかんにじゅうごふん (0:45 → よんじゅうごふん)."""
    hours, minutes = int(m.group(3)), int(m.group(4))
    seconds = int(m.group(5)) if m.group(5) else 0
    out = with_counter(hours, cardinal(hours), COUNTERS["時間"]) if hours else ""
    if minutes:
        out += with_counter(minutes, cardinal(minutes), COUNTERS["分"])
    if seconds or not out:
        out += cardinal(seconds) + "びょう"
    return m.group(1) + m.group(2) + out


def _clock(hour: int, minute: int, second: int | None) -> str:
    out = with_counter(hour, cardinal(hour), COUNTERS["時"])
    if minute:
        out += with_counter(minute, cardinal(minute), COUNTERS["分"])
    if second:
        out += cardinal(second) + "びょう"
    return out


def read_time(m: re.Match[str]) -> str:
    """15:30 → じゅうごじさんじゅっぷん; 7:45 PM → 午後しちじよんじゅうごふん."""
    hour, minute = int(m.group(1)), int(m.group(2))
    second = int(m.group(3)) if m.group(3) else None
    if hour > 24 or minute > 59 or (second is not None and second > 59):
        return cardinal(hour) + "たい" + cardinal(minute)
    prefix = ""
    if m.group(4):
        prefix = "午前" if m.group(4).lower().startswith("a") else "午後"
        hour = hour % 12 if hour != 12 else 12
    return prefix + _clock(hour, minute, second)


def time_range(m: re.Match[str]) -> str:
    """14:00〜16:00 → じゅうよじからじゅうろくじ."""
    return TIME_RE.sub(read_time, m.group(1)) + "から" + TIME_RE.sub(read_time, m.group(2))


def slash_range(m: re.Match[str]) -> str:
    """12/28〜1/5 → じゅうにがつにじゅうはちにちからいちがついつか."""
    ends = (m.group(1, 2, 3), m.group(4, 5, 6))
    if not all(1 <= int(a) <= 12 and 1 <= int(b) <= 31 for a, b, _ in ends):
        return m.group()
    return "から".join(_date_parts(None, a, b) + (w or "") for a, b, w in ends)


# 1日(月), 1日から, 1日締切: said after a day of the month, not after a length of time.
_DATE_AFTER_RE = re.compile(rf"\s?(?:{_WEEKDAY_KANA}|から|まで|より|以降|締|〆|付|発売|開始)")
_OTHER_DAY_RE = re.compile(r"(?<![\d月])\d{1,2}日(?![間中分])")


def day_is_date(text: str, start: int, end: int) -> bool:
    """Is the 日 of text[start:end] a day of the month (ついたち), not a span (いちにち)?
    After a month it is; so it is before a weekday or から, and in a list of days
    (予定：1日 会議 / 20日 給料日) when a word, not a number, follows it."""
    if text[:start].endswith(("月", "がつ")):
        return True
    after = text[end:]
    if _DATE_AFTER_RE.match(after):
        return True
    others = _OTHER_DAY_RE.findall(text[:start] + text[end:])
    return bool(others) and re.match(r"\s?[^\d\s0-9０-９回度時分以当あ]", after) is not None
