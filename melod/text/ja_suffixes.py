"""Japanese: a suffix right after a number and its counter, read in kana.

The number and counter come out in kana (さんこ); left in kanji, the suffix after them
(入り, 分, 後) would make MeloTTS guess its reading with no word around it, and it often
guesses wrong (3個入り さんこはいり, 10分後 じゅっぷんあと)."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ja_codes import Rule

# 3回分割 is 分割 (a split), 3日後半 is no "after": such words keep their kanji.
SUFFIX: Final = (
    r"(?:分(?![割析類解離布担別散岐身野子母際泌娩配])"
    r"|後(?![半者輩方継援悔退述期日])"
    r"|前(?![後半日回年月期者夜方進提])"
    r"|入り(?!口)"
    r"|頃"
    r"|期(?![間限待日末首])"
    r"|台(?![所風湾数座車本詞帳紙地無北南東西])"
    r"|表(?![示記彰現明情紙])|裏(?![側面切地口技目返])|末日?(?!っ)|毎(?![一-龯]))"
)

# Lengths of time: 10分後 じゅっぷんご, 30分前 さんじゅっぷんまえ.
_DURATIONS: Final = frozenset(
    {
        "分",
        "秒",
        "時間",
        "日",
        "日間",
        "週間",
        "週",
        "か月",
        "か月間",
        "年",
        "年間",
        "時間半",
        "分半",
        "秒間",
        "分間",
    }
)


def read_suffix(unit: str | None, suffix: str, dated: bool) -> str:
    """The suffix's kana after a number read with unit, or the suffix as written."""
    if unit is None or unit.endswith("目"):  # 3回目 is read whole, with its め
        return suffix
    duration = unit in _DURATIONS and not (unit == "日" and dated)
    if suffix == "分" and unit not in ("分", "秒", "時"):
        return "ぶん"  # 12月分, 1回分, 2人分: a share; 10分 itself is the minute
    if suffix == "後" and duration:
        return "ご"
    if suffix == "前" and (duration or unit == "時"):
        return "まえ"
    if suffix == "入り":
        return "いり"
    if suffix == "頃":
        return "ごろ"  # 19時頃 じゅうくじごろ: after a number 頃 is said ごろ
    if suffix == "期" and unit == "月":
        return "き"  # 7〜9月期 しちがつからくがつき: a quarter named by its months
    if suffix in ("表", "裏") and unit == "回":
        return "おもて" if suffix == "表" else "うら"  # 9回裏 きゅうかいうら, not ひょう
    if suffix.startswith("末") and unit in ("月", "年", "年度"):
        # 12月末 じゅうにがつまつ, 2026年度末, 3月末日 まつじつ: the end of it (not すえ)
        return "まつじつ" if suffix == "末日" else "まつ"
    if suffix == "毎":
        return "ごと"  # 2時間毎に にじかんごとに, as 30分ごと (but 3回毎食後: まいしょくご)
    if suffix == "台":
        return "だい"  # 158円台, 20度台, 7時台: a range of values
    return suffix


_BEFORE_GORO = ("じ", "ふん", "ぷん", "にち", "か", "がつ", "ねん", "はん", "ようび")
# 15:00頃, 12/25頃: after a time or date already read in kana 頃 is ごろ too (not ころ).
LATE_RULES: Final[tuple[Rule, ...]] = (
    (
        re.compile("".join(["(?:", "|".join(f"(?<={k})" for k in _BEFORE_GORO), ")頃"])),
        lambda m: "ごろ",
    ),
)
