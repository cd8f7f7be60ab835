"""Japanese version numbers: Ver.5.2.3 バージョンごてんにてんさん, and a pair that names a
version (ファームウェアを3.12, 4.18 にアップデート), whose two-digit minor is a number."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ja_codes import Rule
from melod.text.ja_numbers import before_point, cardinal, parse


def version_word(mark: str | None) -> str:
    """v, Ver., version before a number: バージョン, keeping the space typed after it."""
    if not mark:
        return ""
    return "バージョン" + (" " if mark[-1].isspace() else "")


def read_version(m: re.Match[str]) -> str:
    # Only the first part clips before its point (18.1.1 じゅうはちてんいちてんいち).
    first, *rest = m.group(2).split(".")
    # A part with a leading zero keeps it (1.09.3 いってんぜろきゅうてんさん).
    parts = ["".join(map(cardinal, map(int, p))) if p[0] == "0" else cardinal(int(p)) for p in rest]
    head = version_word(m.group(1))
    return head + "てん".join([before_point(int(first)), *parts])


def version_part(part: str) -> str:
    """4.12 after Ver. or バージョン: a two-digit minor is a number (よんてんじゅうに), as in
    3.10.2; a minor with a leading zero (1.05) or one digit (2.5) is read as a decimal."""
    major, _, minor = part.partition(".")
    if len(minor) == 2 and minor[0] != "0":
        return before_point(int(major)) + "てん" + cardinal(int(minor))
    return parse(part)[1]


VERSION_RULES: Final[tuple[Rule, ...]] = (
    (
        re.compile(r"(?i)(?<![\d.])(v|ver\.?\s?|version\s?)?(\d+\.\d+\.\d+(?:\.\d+)*)(?![\d.])"),
        read_version,
    ),
    (
        # V1.5-2.3 (SwitchBot: hardware, then firmware): the parts are joined by の.
        re.compile(r"(?i)(?<![A-Za-z0-9])(v|ver\.?\s?)(\d+\.\d+)(?:-(\d+\.\d+))?(?![\d.])"),
        lambda m: version_word(m[1]) + "の".join(version_part(p) for p in m.group(2, 3) if p),
    ),
    (  # ファームウェアを3.12に: after a word naming software, a pair is a version
        re.compile(
            r"(バージョン|ファームウェア|ソフトウェア|アプリ)([をはが:：]?\s?)(\d+\.\d\d)"
            r"(?![\d.])(?!\s?[A-Za-z%％])"
        ),
        lambda m: m[1] + m[2] + version_part(m[3]),
    ),
    (  # Airレジ 4.18 にアップデート: a pair that software is updated to is a version
        re.compile(r"(?<![\d.])(\d+\.\d\d)(?=\s?[にへ]\s?(?:アップデート|アップグレード))"),
        lambda m: version_part(m[1]),
    ),
)
