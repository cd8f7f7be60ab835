"""Japanese: numbers that are not quantities (phone numbers, codes, postcodes, short dials)
read digit by digit, and the few Latin tokens that carry a number (PM2.5, B1, M4.8)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ja_numbers import before_point, cardinal, digits
from melod.text.ja_words import spell

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

#: A result written close between two team names (サントリー3-1パナソニック, 阪神5-3巨人,
#: ソフトバンク9-2DeNA); not after an address's 町 or 丁目, nor before 番地 (本町3-1番地).
CLOSE_SCORE: Final = (
    r"(?:(?<=[一-龯ァ-ヶー])(?<![町丁目区市村番号条])|(?<=[A-Za-z]{2}))(\d{1,3})[-–](\d{1,3})"
    r"(?=[一-龯ァ-ヶ]|[A-Za-z]{2})(?![番号丁階棟館先地区条線])"
)
#: Addresses under the domains common.URL_RE leaves out (line.me, bit.ly, zoom.us).
MORE_URL_RE: Final = re.compile(
    r"(?<![A-Za-z0-9.@-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:me|ly|tv|ai|us|gl|to|be|info|biz|shop)"
    r"(?![A-Za-z0-9])(?:/[A-Za-z0-9\-._~/?#=%&+]*[A-Za-z0-9/\-_=#])?"
)

_SPECIAL_TOKENS: Final = {
    "pm2.5": "ピーエムにてんご",
    "pm10": "ピーエムじゅう",
    "co2": "シーオーツー",
    "spo2": "エスピーオーツー",
    "f1": "エフワン",
    "ps4": "ピーエスフォー",
    "ps5": "ピーエスファイブ",
    "ps3": "ピーエススリー",
    "ps2": "ピーエスツー",
    "1on1": "ワンオンワン",
    "4k": "よんケー",
    "8k": "はちケー",
    "hba1c": "ヘモグロビンエーワンシー",
    "mp3": "エムピースリー",
    "mp4": "エムピーフォー",
    "wpa2": "ダブリューピーエーツー",  # Wi-Fi security, said in English like PS5
    "wpa3": "ダブリューピーエースリー",
    "h2o": "エイチツーオー",
    "j1": "ジェイワン",  # the football leagues
    "j2": "ジェイツー",
    "j3": "ジェイスリー",
    "110番": "ひゃくとおばん",
    "119番": "ひゃくじゅうきゅうばん",
}
_ENGLISH_DIGITS: Final = (
    "ゼロ",
    "ワン",
    "ツー",
    "スリー",
    "フォー",
    "ファイブ",
    "シックス",
    "セブン",
    "エイト",
    "ナイン",
)
_ENGLISH_TEENS: Final = ("テン", "イレブン", "トゥエルブ")
_CODE_WORDS = (
    "追跡番号|伝票番号|お問い合わせ番号|問い合わせ番号|注文番号|予約番号"
    "|認証コード|確認コード|暗証番号|パスワード|パスコード|コード|ID|PIN"
    "|認証番号|確認番号|会員番号|受付番号|整理番号|お客様番号|管理番号|ワンタイムパスワード"
    "|内線|顧客番号|契約番号|申込番号|口座番号|登録番号|引換番号"
)
_SPECIAL_RE = re.compile(
    r"(?<![0-9A-Za-z])(?:" + "|".join(re.escape(k) for k in _SPECIAL_TOKENS) + r")(?![0-9A-Za-z])",
    re.IGNORECASE,
)
#: Abbreviations written with a period: the period is not read (Dr.田中 → ドクター田中).
_TITLES: Final = {"mr": "ミスター", "mrs": "ミセス", "ms": "ミズ", "dr": "ドクター", "st": "セント"}


_DATED_RELEASE_RE = re.compile(
    r"(?<=[A-Za-z] )(20\d\d\.\d{1,2}\.\d{1,2})(?![\d.])(?=\s*(?:$|[)）]|が|に|へ|を|の|は))"
    r"|(?<![\d.])(20\d\d\.\d{1,2}(?:\.\d{1,2})?)(?![\d.])"  # Home Assistant 2024.12がリリース
    r"(?=\s?(?:が利用可能|がリリース|へ(?:の)?アップ(?:デート|グレード)))"
)


def _release(number: str) -> str:
    return "てん".join(cardinal(int(p)) for p in number.split("."))


# Hub 2, Pixel 9, Zone 1, Windows 11: a number after an English name is said in English,
# unless a counter or a unit follows it (Pizza 2枚) or it is a version, a level or a time.
_NAMED_NUMBER_RE = re.compile(
    r"(?<![A-Za-z])([A-Za-z][A-Za-z-]*[A-Za-z])(\s?)(1[0-2]|[1-9])(?![\d.,:/])"
    r"(?=$|[\s、。,!！?？)）」』:：/・]|[のをがにではともへ](?!\d))"
)
_TEEN_NAMES: Final = frozenset(("windows", "model", "series"))
_NOT_NAMES: Final = frozenset(
    (
        "ver", "version", "v", "ios", "ipados", "macos", "android", "no", "lv", "level", "vol",
        "ch", "ep", "am", "pm", "vs", "iphone", "ipad", "galaxy", "mm", "cm", "km", "kg", "mg",
        "ml", "min", "sec", "hr", "hrs", "mins", "pts", "pt", "max", "jr",
    )
)  # fmt: skip


def _named_number(m: re.Match[str]) -> str:
    """Windows 11 イレブン, Model 3 スリー, Hub 2 ツー (see _NAMED_NUMBER_RE); joined to the
    name only in the names that are always so written (Switch2), not SpO2 or PM2."""
    name, spaced, number = m[1], m[2], int(m[3])
    teen_name = name.lower() in _TEEN_NAMES
    if name.lower() in _NOT_NAMES or (number > 9 and not teen_name):
        return m[0]
    if not spaced and not (teen_name or name.lower() in ("pixel", "switch")):
        return m[0]
    return name + " " + (_ENGLISH_DIGITS + _ENGLISH_TEENS)[number]


def _phone(m: re.Match[str]) -> str:
    return "の".join(digits(part) for part in re.split(r"[-()（）\s]+", m.group()) if part)


def _code(m: re.Match[str]) -> str:
    """SF1234567890 (a tracking or model number): letters spelled, digits one by one."""
    return spell(m.group(1)) + digits(m.group(2))


_ORDINALS: Final = (
    "", "ファースト", "セカンド", "サード", "フォース", "フィフス", "シックスス", "セブンス",
    "エイス", "ナインス", "テンス",
)  # fmt: skip


def _floor(m: re.Match[str]) -> str:
    """B1 / B2F (basement floors) → ビーワン / ビーツーエフ, as they are said in Japan."""
    return "ビー" + _ENGLISH_DIGITS[int(m.group(1))] + ("エフ" if m.group(2) else "")


def _short_dial(m: re.Match[str]) -> str:
    """#7119 → シャープなないちいちきゅう; a round #8000 is said as a number (はっせん)."""
    number = m.group(1)
    round_number = int(number) % 1000 == 0 and not number.startswith("0")
    # Pull Request #128, Issue #1024: after an English word it numbers a thread (a count).
    counted = re.search(r"[A-Za-z] ?$", m.string[: m.start()]) and not number.startswith("0")
    return "シャープ" + (cardinal(int(number)) if round_number or counted else digits(number))


def _hyphenated(m: re.Match[str]) -> str:
    """3-5-12 (an address) → さんのごのじゅうに; 1234-5678-9012 (a code) digit by digit."""
    parts = m.group().split("-")
    read = digits if all(len(p) >= 3 for p in parts) else (lambda p: cardinal(int(p)))
    return "の".join(read(p) for p in parts)


def _password(m: re.Match[str]) -> str:
    """パスワード：abc12345: letters spelled and digits one by one, whatever their case."""
    parts = re.findall(r"[A-Za-z]+|\d+", m.group(4))
    said = "".join(spell(p) if p.isalpha() else digits(p) for p in parts)
    return m.group(1) + m.group(2) + m.group(3) + said


def _code_number(m: re.Match[str]) -> str:
    """ID：812 3456 7890, 追跡番号 1234-5678: digit by digit, groups kept apart."""
    number = re.sub(r"\d+", lambda g: digits(g.group()), m.group(4)).replace("-", "の")
    return m.group(1) + (m.group(2) or "") + m.group(3) + number


#: Rules run before dates, times and quantities.
CODE_RULES: Final[tuple[Rule, ...]] = (
    # Home Assistant 2024.11.3, ESPHome 2024.10.1 にアップデート: a release named by its date.
    (_DATED_RELEASE_RE, lambda m: _release(m[1] or m[2])),
    (_SPECIAL_RE, lambda m: _SPECIAL_TOKENS[m.group().lower()]),
    (re.compile(r"(?i)(?<![A-Za-z])(mrs|mr|ms|dr|st)\.\s?"), lambda m: _TITLES[m[1].lower()]),
    # 5G, 4G, home-2G (a network or a Wi-Fi band) in English; a small g is grams (塩5g).
    (
        re.compile(r"(?<![0-9A-Za-z.])([2-6])G(?![A-Za-z0-9])"),
        lambda m: _ENGLISH_DIGITS[int(m[1])] + "ジー",
    ),
    # No.1 ナンバーワン (a rank is said in English); No.12 ナンバーじゅうに.
    (
        re.compile(r"(?i)(?<![A-Za-z])no\.\s?([1-9])(?![\d.])"),
        lambda m: "ナンバー" + _ENGLISH_DIGITS[int(m[1])],
    ),
    (re.compile(r"(?i)(?<![A-Za-z])no\.\s?(?=\d)"), lambda m: "ナンバー"),
    # #1 ナンバーワン, #12 like No.12 (a short number after # is a rank, not a dial).
    (
        re.compile(r"(?<![A-Za-z0-9&])[#＃]([1-9])(?![\d.,])"),
        lambda m: "ナンバー" + _ENGLISH_DIGITS[int(m[1])],
    ),
    (re.compile(r"(?<![A-Za-z0-9&])[#＃](?=[1-9]\d(?![\d.,]))"), lambda m: "ナンバー"),
    # Q3 キュースリー: a quarter of the year is said in English, as Q1 キューワン.
    (
        re.compile(r"(?<![A-Za-z0-9])Q([1-4])(?![A-Za-z0-9])"),
        lambda m: "キュー" + _ENGLISH_DIGITS[int(m[1])],
    ),
    (_NAMED_NUMBER_RE, _named_number),
    # T1, K-1, M-1 (a team, a contest): a capital and 1 is said ワン, as in B1, F1.
    (
        re.compile(r"(?<![A-Za-z\d])([A-Z])-?1(?![\d.,:/]|\s?(?:[年月日時分回個人件枚本]|st))"),
        lambda m: m[1] + "ワン",
    ),
    # Python 3.12, Node.js 20.11: after a software name a two-digit minor is a version.
    (
        re.compile(
            r"(?<![A-Za-z])(iOS|iPadOS|macOS|Android|Python|NodeJS|Node|Ubuntu|Chrome|Java|Matter) "
            r"(\d{1,2})\.(\d{2})(?![\d.])"
        ),
        lambda m: m[1] + " " + before_point(int(m[2])) + "てん" + cardinal(int(m[3])),
    ),
    (re.compile(r"単([1-5])(?=形|電池|乾電池)"), lambda m: "たん" + cardinal(int(m[1]))),
    # 1st Anniversary ファースト: English ordinals before English words.
    (
        re.compile(r"(?i)(?<![\d.])(10|[1-9])(st|nd|rd|th)(?![A-Za-z\d])"),
        lambda m: _ORDINALS[int(m[1])],
    ),
    # 2アウト満塁, 3ボール2ストライク, 2ランホームラン: a baseball count is said in English.
    (
        re.compile(
            r"(?<![\d.,第])(?:([0-3])(アウト|ストライク|ボール)|([23])(ラン))"
            r"(?=ホームラン|本塁打|[^ァ-ヶー]|$)"
        ),
        lambda m: ("ノー", *_ENGLISH_DIGITS[1:])[int(m[1] or m[3])] + (m[2] or m[4]),
    ),
    (re.compile(r"(?<![A-Za-z])[WＷ]杯"), lambda m: "ワールドカップ"),  # W杯 is the World Cup
    # AC100V, DC12V: the current's letters, then the voltage as a quantity.
    (re.compile(r"(?<![A-Za-z])([AD])C(?=\d{1,3}V(?![A-Za-z]))"), lambda m: spell(m[1] + "C")),
    # 128/82mmHg (blood pressure): the pair is joined by の and the unit read after it.
    (
        re.compile(r"(?<![\d/])(\d{2,3})/(\d{2,3})\s?mmHg"),
        lambda m: cardinal(int(m[1])) + "の" + cardinal(int(m[2])) + "ミリメートルエイチジー",
    ),
    (re.compile(r"(?<![A-Za-z0-9])M(\d\.\d)(?![\d.])"), lambda m: "マグニチュード" + m[1]),
    (re.compile(r"[#＃](\d{3,})(?![\d.,])"), _short_dial),
    # 震度5強 (seismic intensity): the 強 and 弱 are part of the grade.
    (
        re.compile(r"震度\s?([0-7])([強弱])"),
        lambda m: "震度" + cardinal(int(m[1])) + ("きょう" if m[2] == "強" else "じゃく"),
    ),
    (
        re.compile(
            r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])|(?<!\d)0[5789]0\d{8}(?!\d)"
            r"|(?<![\d(（])0\d{1,4}[(（]\d{1,4}[)）]\d{3,4}(?!\d)"
            r"|[(（]0\d{1,4}[)）]\s?\d{1,4}-\d{3,4}(?![\d-])"  # (03) 1234-5678
        ),
        _phone,
    ),
    # +81 90-1234-5678 (the country code digit by digit), 080 1234 5678 (spaced groups);
    # +81(0)3-…: the 0 dropped abroad is not said; +1 (415) 555-0132: an area code in brackets.
    (
        re.compile(
            r"\+(\d{1,3})[\s-]?(?:[(（]0[)）]\s?)?[(（]?(\d{1,4})[)）]?[-\s]?(\d{2,4})[-\s](\d{3,4})"
            r"(?![\d-])"
        ),
        lambda m: "プラス" + digits(m[1]) + " " + "の".join(map(digits, m.group(2, 3, 4))),
    ),
    (
        re.compile(r"(?<![\d-])0\d{1,4} \d{2,4} \d{3,4}(?![\d-])"),
        lambda m: " ".join(map(digits, m.group().split())),
    ),
    # 暗証番号を3815に変更: a code after を or が too, unless a counter makes it a count.
    (
        re.compile(
            rf"({_CODE_WORDS})(は|が|を|:|：)?(\s?)(\d[\d -]{{2,}}\d)(?![\d-])"
            r"(?!\s?[円回個件人枚本分秒時日年月%％])"
        ),
        _code_number,
    ),
    (
        re.compile(
            r"(パスワード|パスコード|暗証番号|PW)(は|を|:|：|)(\s?)"
            r"(?=[A-Za-z]*\d)([A-Za-z0-9]{4,})(?![A-Za-z0-9])"
        ),
        _password,
    ),
    (re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,4})(\d{6,})(?![\d.])"), _code),
    (re.compile(r"(?<![A-Za-z0-9])B([1-9])(F)?(?![0-9A-Za-z])"), _floor),
    (
        # 3F, 3F-301 (a floor, then a room: no range)
        re.compile(r"(?<![A-Za-z0-9.])(\d{1,2})F(?:-(?=\d)|(?![A-Za-z0-9]))"),
        lambda m: m.group(1) + "階",
    ),
)


def digit_run_rules(units: str) -> tuple[Rule, ...]:
    """Numbers that are no quantity (no counter or unit from `units` after them), read digit
    by digit: postcodes (〒123-4567), runs of seven or more digits with no grouping commas
    and runs that start with 0 (0120, 482133451190): codes and phone numbers."""
    not_quantity = rf"(?![\d.,-])(?!\s?(?:{units}))"
    return (
        (re.compile(rf"(?:〒\s?)?(?<![\d-])\d{{3}}-\d{{4}}{not_quantity}"), _phone),
        (
            re.compile(rf"(?<![\d.,$€£¥￥₩-])(?:0\d{{2,}}|[1-9]\d{{6,}}){not_quantity}"),
            lambda m: digits(m.group()),
        ),
    )


#: Rules run after dates and times: hyphenated groups (addresses, codes).
HYPHEN_RULE: Final[Rule] = (re.compile(r"(?<![\d-])(\d+)(?:-(\d+)){2,}(?![\d-])"), _hyphenated)
