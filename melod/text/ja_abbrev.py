"""Japanese: English short forms typed around numbers, made Japanese before reading:
weekdays (Mon, (Tue)), Lv.5, Vol.3, 30sec, 2hrs."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ja_codes import Rule
from melod.text.ja_numbers import cardinal
from melod.text.ja_words import LETTERS

_WEEKDAYS: Final = {
    "mon": "月", "tue": "火", "tues": "火", "wed": "水", "thu": "木", "thur": "木",
    "thurs": "木", "fri": "金", "sat": "土", "sun": "日",
}  # fmt: skip
_KANA: Final = {
    "月": "げつようび", "火": "かようび", "水": "すいようび", "木": "もくようび",
    "金": "きんようび", "土": "どようび", "日": "にちようび",
}  # fmt: skip
# Mon, MON (not mon: a lower-case word is more likely something else).
_DAY = "|".join(f"{k.title()}|{k.upper()}" for k in sorted(_WEEKDAYS, key=len, reverse=True))
_BRACKETED_RE = re.compile(rf"([(（])({_DAY})\.?([)）])")
# Mon 10:00, 12/2 Tue, Fri. 19時: a weekday beside a date or a time.
_BESIDE_NUMBER_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?<=\d )|(?<=\d))({_DAY})\.?(?![A-Za-z])"
    rf"|(?<![A-Za-z])({_DAY})\.?,?(?= ?\d)"
)
#: Names whose digits or signs are part of the name (Qoo10 キューテン, not キューじゅう).
_NAMES: Final = {
    "7-eleven": "セブンイレブン",
    "7eleven": "セブンイレブン",
    "qoo10": "キューテン",
    "j:com": "ジェイコム",
    "ロト6": "ロトシックス",  # the lotteries' names
    "ロト7": "ロトセブン",
    "y!mobile": "ワイモバイル",
    "p.s.": "ピーエス",
    "l.o.": "ラストオーダー",  # a restaurant's last order
    "co., ltd.": "カンパニーリミテッド",
    "co.,ltd.": "カンパニーリミテッド",
    "inc.": "インク",
    "ltd.": "リミテッド",
}
_NAMES_RE = re.compile(
    "(?i)(?<![0-9A-Za-z])(?:"
    + "|".join(map(re.escape, sorted(_NAMES, key=len, reverse=True)))
    + ")(?![A-Za-z])"
)
#: English phrases with a set loanword of their own (サンキュー, not サンク ユー).
_PHRASES_RE = re.compile(r"(?i)(?<![A-Za-z])(thank\s?you|b'z|n/a)(?![A-Za-z])")
_PHRASES: Final = {
    "thankyou": "サンキュー",
    "thank you": "サンキュー",
    "b'z": "ビーズ",
    "n/a": "エヌエー",
}
_UNITS: Final = {"sec": "秒", "secs": "秒", "hr": "時間", "hrs": "時間", "mins": "分"}


def _batting(m: re.Match[str]) -> str:
    units = ("わり", "ぶ", "りん")
    said = [cardinal(int(d)) + u for d, u in zip(m.group(2, 3, 4), units, strict=True) if d != "0"]
    return m[1] + "".join(said)


def _seat(m: re.Match[str]) -> str:
    row, letter = (m[1], m[2]) if m[1] else (m[4], m[5])
    return (m[3] or "") + row + LETTERS[letter]


def _day(name: str) -> str:
    return _WEEKDAYS[name.lower()]


ABBREV_RULES: Final[tuple[Rule, ...]] = (
    # 12/3(Tue): the weekday in kanji, so that the date rules read it as they read (火).
    (_BRACKETED_RE, lambda m: m[1] + _day(m[2]) + m[3]),
    # Mon–Fri, SAT〜SUN: from one weekday to another.
    (
        re.compile(rf"(?<![A-Za-z])({_DAY})\.?\s?[-–~〜]\s?({_DAY})\.?(?![A-Za-z])"),
        lambda m: _KANA[_day(m[1])] + "から" + _KANA[_day(m[2])],
    ),
    (_BESIDE_NUMBER_RE, lambda m: _KANA[_day(m[1] or m[2])] + ("" if m[1] else " ")),
    (_NAMES_RE, lambda m: _NAMES[m[0].lower()]),
    # JR, Jリーグ, J-POP: in these names J is ジェイ (spelled out alone it is ジェー).
    (re.compile(r"(?<![A-Za-z])J(?:-(?=POP))?(?=R(?![A-Za-z])|[ァ-ヶ]|POP)"), lambda m: "ジェイ"),
    # Apple TV, Fire TV Stick: in a brand's name TV is said ティービー (alone it is テレビ).
    (
        re.compile(
            r"(?<![A-Za-z])(Apple|Fire|Google|Android|Amazon|DMM|ABEMA|Prime) TV(\+?)"
            r"(?![A-Za-z])"
        ),
        lambda m: m[1] + " ティービー" + ("プラス" if m[2] else ""),
    ),
    (re.compile(r"(?<=[A-Za-z])!(?=[一-龯ァ-ヶA-Za-z])"), lambda m: ""),  # Yahoo!天気
    (re.compile(r"(?<![A-Za-z])MAC(?=アドレス)"), lambda m: "マック"),
    # Airレジ, Airペイ, Airシフト (Recruit's services): Air run into katakana is エア.
    (re.compile(r"(?<![A-Za-z])Air(?=[ァ-ヶ])"), lambda m: "エア"),
    # 打率 .310 さんわりいちぶ: a batting average in 割, 分 and 厘.
    (re.compile(r"(?<=打率)(\s?)\.(\d)(\d)(\d)(?!\d)"), _batting),
    # 12A 席, 座席 12A (a seat): a row and a letter, not 12 amperes.
    (
        re.compile(r"(?<![\d.])(\d{1,2})([A-K])(?=\s?席)|(?<=席)(\s?)(\d{1,2})([A-K])(?![A-Za-z])"),
        _seat,
    ),
    (re.compile(r"(?<![A-Za-z0-9._%+-])@(?=[A-Za-z])"), lambda m: "アット"),  # @channel, @Yuki
    # yuki_0815 (a user name): the underscore is said, as in an address.
    (re.compile(r"(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])"), lambda m: " アンダーバー "),
    (_PHRASES_RE, lambda m: _PHRASES[re.sub(r"\s+", " ", m[0].lower())]),
    (re.compile(r"(?<=[A-Za-z])\s?[&＆]\s?(?=[A-Za-z])"), lambda m: "アンド"),  # Q&A, P&G
    # Ref. 2024-1187, approx. 5分: an abbreviation's period before a number is not read.
    (re.compile(r"(?<=[A-Za-z]{2})\.\s(?=\d)"), lambda m: " "),
    (re.compile(r"(?<=お)[kK](?![A-Za-z])"), lambda m: "け"),  # おk (chat): おけ
    # #general, #夏休み (a channel, a hashtag): the mark is not read.
    (re.compile(r"[#＃](?=[A-Za-zぁ-んァ-ヶ一-龯])"), lambda m: ""),
    # etc. エトセトラ, but etcカード and etcゲート (typed in lower case) are the toll system.
    (
        re.compile(
            r"(?<![A-Za-z])[Ee]tc\.?(?![A-Za-z])(?!\s?(?:カード|ゲート|車載器|レーン|割引|2\.0))"
        ),
        lambda m: "エトセトラ",
    ),
    (re.compile(r"(?i)(?<![A-Za-z])lv\.?\s?(?=\d)"), lambda m: "レベル"),
    (re.compile(r"(?i)(?<![A-Za-z])vol\.\s?(?=\d)"), lambda m: "ボリューム"),
    # farm land in are and hectare (10aあたり,
    # 2.5haの水田); a bare a only before あたり or a field's word (5a is a seat, a grade).
    (re.compile(r"(?<=\d)\s?ha(?![A-Za-z])"), lambda m: "ヘクタール"),
    (
        re.compile(r"(?<=\d)\s?a(?=\s?(?:あたり|当たり|当り|の(?:畑|田|水田|圃場|農地|土地)))"),
        lambda m: "アール",
    ),
    # 30sec, 2hrs, 5mins (timers typed in English): the Japanese counter.
    (
        re.compile(r"(?<=\d)\s?(secs|sec|hrs|hr|mins)(?![A-Za-z])"),
        lambda m: _UNITS[m[1]],
    ),
)
