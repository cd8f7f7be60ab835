"""Korean ranges: 3~5일, 20-22 °C, 10:00 AM - 2:00 PM, 월~금, read as 에서 once both ends are."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ko_counters import NUM, RANGE
from melod.text.ko_numbers import sino


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str) -> str:
    return re.sub(pattern, repl, text)


# A time of day can start the second end of a range: 오전 11시 ~ 오후 1시.
_DAYTIME: Final = "오전|오후|새벽|아침|낮|저녁|밤"


def ranges(text: str) -> str:
    """Mark `A~B` (and `A-B` before a unit or counter) so both ends are read first."""
    # 6-1번 버스, 3-2번 칸: a number that does not go up is a sub-number, said with 다시.
    text = _sub(
        r"(?<![0-9.,-])([0-9]{1,4})-([0-9]{1,2})(?=\s?번(?!째))",
        lambda m: (
            f"{sino(int(m.group(1)))} 다시 {sino(int(m.group(2)))} "
            if int(m.group(1)) >= int(m.group(2))
            else m.group(0)
        ),
        text,
    )
    # 역삼동 823-4, 12-3번지: a lot number and its sub-number, said with 다시.
    text = _sub(
        r"(?:(?<=[가-힣][동리가읍면]\s)|(?<=산\s))([0-9]{1,4})-([0-9]{1,3})(?![0-9-])"
        r"|(?<![0-9.-])([0-9]{1,4})-([0-9]{1,3})(?=\s?번지)",
        lambda m: f"{sino(int(m[1] or m[3]))} 다시 {sino(int(m[2] or m[4]))}",
        text,
    )
    text = _sub(
        rf"([0-9][^\s~0-9]{{0,4}})\s?~\s?(?=(?:(?:{_DAYTIME}|오늘|내일|모레|다음\s?날|익일)\s?)?[-+]?[0-9])",
        lambda m: m.group(1) + RANGE,
        text,
    )
    text = _sub(
        r"(?<=[0-9]:[0-9]{2})(\s?(?:[AaPp][Mm]))?\s?-\s?(?=[0-9]{1,2}:[0-9]{2})",
        lambda m: (m.group(1) or "") + RANGE,
        text,
    )
    text = _sub(
        rf"(?<=[0-9])\s?-\s?(?={NUM}\s?(?:[°℃%]|[A-Za-zμ]|[가-힣]))",
        lambda m: RANGE,
        text,
    )
    # 10시 - 12시, 1층-3층: the same counter on both ends.
    text = _sub(
        r"(?<![0-9])([0-9]+\s?([가-힣]{1,2}))\s?-\s?(?=[0-9]+\s?\2)",
        lambda m: m.group(1) + RANGE,
        text,
    )
    # 월~금, and with spaces 6월 1일 (일) ~ 6월 3일 (화) once the weekday is a word.
    text = _sub(r"(?<=[가-힣])\s+~\s+(?=[가-힣0-9])|(?<=요일)\s*~\s*", lambda m: RANGE, text)
    return _sub(r"(?<=[가-힣])~(?=[가-힣])", lambda m: RANGE, text)


# A change written with an arrow between two amounts (45℃ → 50℃, 329,000원→279,000원) is
# said "A에서 B로"; the 로 waits in a mark until B is read, for its 받침 decides 로 or 으로.
_ARROW_MARK: Final = "\ue000"
_ARROW_RE: Final = re.compile(
    r"(?<=[0-9])([^\s→0-9]{0,4})\s*→\s*"
    r"([-+$€£¥₩v]?[0-9](?:[0-9.:]|,(?=[0-9]{3}))*[^\s→,.()\[\]0-9]{0,5})(?![^\s,.()\[\]])"
)
# B already carries its particle (50℃로, 3층까지): no 로 is added.
_HAS_PARTICLE: Final = re.compile(r"(?:으로|로|까지|에|에서|이|가|을|를|은|는|만)$")


def arrows(text: str) -> str:
    """Mark `A → B` between two amounts as `A에서 B` and a 로 to follow B's reading."""

    def mark(m: re.Match[str]) -> str:
        if re.search(r"→\s*[0-9.,:]*$", m.string[: m.start()]):
            return m.group(0)  # 1→2→3: a chain of steps, not one change
        end = "" if _HAS_PARTICLE.search(m.group(2)) else _ARROW_MARK
        return f"{m.group(1)}에서 {m.group(2)}{end}"

    return _ARROW_RE.sub(mark, text)


def settle_arrows(text: str) -> str:
    """The mark after B's reading becomes 로 or 으로 (50도로, 27만 9천 원으로)."""

    def particle(m: re.Match[str]) -> str:
        final = (ord(m.group(1)) - 0xAC00) % 28  # the batchim; none and ㄹ take 로
        return m.group(1) + ("로" if final in (0, 8) else "으로")

    text = re.sub(rf"([가-힣])\s*{_ARROW_MARK}", particle, text)
    return text.replace(_ARROW_MARK, "")
