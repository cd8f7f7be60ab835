"""Japanese: a pair of numbers read as a game's score (阪神5-3巨人 ごたいさん), not as an
address (3-1 さんのいち) or a range."""

from __future__ import annotations

import re

from melod.text.ja_codes import CLOSE_SCORE, Rule
from melod.text.ja_numbers import cardinal

_TEAM = "一-龯ァ-ヶーA-Za-z"  # a team name's last or first letter, not kana: not 20-25 です
# スコアは4-3, 試合結果：2-1, 最終スコア 3-2: a pair after a word naming a result;
# 第5セット15-13, 第3クォーター 24-20: after a part of a game, its score.
_SCORE_WORDS = ("スコア", "得点", "結果", "経過", "最終", "時点で")
_GAME_PARTS = ("セット", "クォーター", "ピリオド", "イニング", "タイブレーク", "延長")
_SCORE_BEFORE = "|".join(
    f"(?<={word}{joint})"
    for word in _SCORE_WORDS + _GAME_PARTS
    for joint in ("", "は", "が", ":", "：", " ", "　", "は ", ": ", "： ")
)
_SCORE_END = r"$|[\s、。,!！?？)）」]|[でのと](?!\d)"  # not 結果は2-3営業日
# What follows a score: 3-1で勝利, 6-3, 7-5でストレート勝ち (sets listed before the verdict),
# 6-4で第1セットを先取.
_SCORE_AFTER = (
    r"(?:(?:\s?[,、]\s?|\s)\d{1,2}-\d{1,2})*\s?"
    r"(?:で[^、。]{0,10}?(?:勝|負|敗|引|リード|逆転|先取|先制|優勝|突破|日本一|制|下し|破)"
    r"|の(?:勝利|引き分け|同点|逆転|完勝|大勝|まま)|\s?(?:勝利|勝ち|敗戦|敗れ))"
)

# 楽天に2-1、伊藤が…: beat a team by a score, the clause closed at once (not 港区に3-1).
_BEAT_BY = rf"(?<=[{_TEAM}]に)(?<![区町市村目]に)(\d{{1,2}}) ?[-–] ?(\d{{1,2}})(?=[、。!！]|$)"


def _score(m: re.Match[str]) -> str:
    a, b = (g for g in m.groups() if g is not None)
    return cardinal(int(a)) + "たい" + cardinal(int(b))


# 大坂 7-6 6-3, 錦織 6-4、3-6、7-5: two or more
# small pairs in a row after a name are set scores, not addresses; a tie-break's points
# may follow a set in brackets (7-6(4)).
_SET = r"\d{1,2}-\d{1,2}(?:[(（]\d{1,2}[)）])?"
_SET_RUN = re.compile(rf"(?<=[{_TEAM}] ){_SET}(?:(?: |[,、] ?){_SET})+(?![\d-])")
_PAIR = re.compile(r"(\d+)-(\d+)")


def _set_run(m: re.Match[str]) -> str:
    return _PAIR.sub(_score, m.group())


# サッカー：浦和 2-1, Jリーグ 川崎F 0-0, 試合：ライオンズ 3-4: in a message that names a
# sport or a match, a pair after a team name that closes the clause is its score; elsewhere
# such a pair may be an address (名古屋市中区栄 3-1, 会場：豊田市 5-2).
_SPORT_RE = re.compile(
    r"サッカー|ラグビー|野球|バスケ|バレー|ハンドボール|ホッケー|フットサル|卓球|テニス"
    r"|バドミントン|リーグ|選手権|甲子園|試合|決勝|W杯|ワールドカップ|代表戦|NBA|MLB|NFL|NHL"
)
_TEAM_LAST = (
    rf"(?<=[{_TEAM}] )(?<![町丁目区市村郡県] )(\d{{1,3}}) ?[-–] ?(\d{{1,3}})(?![\d-])"
    r"(?=$|[\s、。,!！?？)）])"
)


def _team_last(m: re.Match[str]) -> str:
    return _score(m) if _SPORT_RE.search(m.string) else m[0]


def score_rules(unit_alt: str) -> tuple[Rule, ...]:
    """The score rules; unit_alt names the units after which a pair is a measure."""
    return (
        (_SET_RUN, _set_run),
        (re.compile(r"(?<!\d)(?<!\d:)(\d{1,3})\s?[:対]\s?(\d{1,3})(?!\d|:\d)"), _score),
        (re.compile(rf"(?<![\d-])(\d{{1,2}})-(\d{{1,2}})(?![\d-])(?={_SCORE_AFTER})"), _score),
        # 阪神 5-3 巨人, 日本 2–1 ブラジル: a result between two team names (written close
        # only between katakana names: 本町3-1ビル is an address); 5x-4, the x of a
        # walk-off win, is not said. 韓国 1-2 日本: a name that starts like a counter (日, 台)
        # is still a team.
        (
            re.compile(
                rf"(?<=[{_TEAM}] )(\d{{1,3}})[xX]? ?[-–] ?(\d{{1,3}})(?= [{_TEAM}])"
                rf"(?! (?!日本|台湾)(?:{unit_alt}))"  # a unit after, but not 日本, 台湾
                r"|(?<=[表裏半了塁] )(\d{1,2}) ?[-–] ?(\d{1,2})(?=$|[ 。、！!)）])"  # 5回表 3-2
                rf"|{CLOSE_SCORE}(?!{unit_alt})"  # サントリー3-1パナソニック, 阪神5-3巨人
                rf"|(?:{_SCORE_BEFORE})(\d{{1,3}}) ?[-–] ?(\d{{1,3}})(?={_SCORE_END})"
                rf"|{_BEAT_BY}"
            ),
            _score,
        ),
        (re.compile(rf"{_TEAM_LAST}(?!\s?(?:{unit_alt}))"), _team_last),
    )
