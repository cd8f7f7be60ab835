"""Japanese tables: counters, units, Latin letters and loanwords read in katakana."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ja_numbers import ALL_GEM, SMALL_GEM, Counter

_HON = Counter("ほん", ALL_GEM, "ぽん", "ぼん", after_yon="ほん")
_FUN = Counter("ふん", ALL_GEM, "ぷん", "ぷん")

#: Kanji and kana counters after a number, longest first when matched.
COUNTERS: Final[dict[str, Counter]] = {
    "分間": Counter("ふんかん", ALL_GEM, "ぷんかん", "ぷんかん"),
    "分": _FUN,
    "秒間": Counter("びょうかん"),
    "秒": Counter("びょう"),
    "時間": Counter("じかん", four="よ", nine="く"),
    "時": Counter("じ", four="よ", seven="しち", nine="く", special={0: "れいじ"}),
    "年間": Counter("ねんかん", four="よ"),
    "年": Counter("ねん", four="よ"),
    "ヶ月": Counter("かげつ", ALL_GEM),
    "ヵ月": Counter("かげつ", ALL_GEM),
    "カ月": Counter("かげつ", ALL_GEM),
    "か月": Counter("かげつ", ALL_GEM),
    "ケ月": Counter("かげつ", ALL_GEM),
    "週間": Counter("しゅうかん", SMALL_GEM),
    "人": Counter("にん", four="よ", special={1: "ひとり", 2: "ふたり"}),
    "名": Counter("めい"),
    "個": Counter("こ", ALL_GEM),
    "回目": Counter("かいめ", ALL_GEM),
    "回": Counter("かい", ALL_GEM),
    "階": Counter("かい", ALL_GEM, after_san="がい"),
    "台": Counter("だい"),
    "枚": Counter("まい"),
    "本": _HON,
    "匹": Counter("ひき", ALL_GEM, "ぴき", "びき", after_yon="ひき"),
    "杯": Counter("はい", ALL_GEM, "ぱい", "ばい", after_yon="はい"),
    "泊": Counter("はく", ALL_GEM, "ぱく", "ぱく"),
    "歩": Counter("ほ", ALL_GEM, "ぽ", "ぽ", after_yon="ほ"),
    "歳": Counter("さい", SMALL_GEM, special={20: "はたち"}),
    "才": Counter("さい", SMALL_GEM, special={20: "はたち"}),
    "番目": Counter("ばんめ"),
    "番線": Counter("ばんせん"),
    "番地": Counter("ばんち"),
    "番": Counter("ばん"),
    "号室": Counter("ごうしつ"),
    "号機": Counter("ごうき"),
    "号車": Counter("ごうしゃ"),
    "号": Counter("ごう"),
    "件": Counter("けん", ALL_GEM),
    "冊": Counter("さつ", SMALL_GEM),
    "通": Counter("つう", SMALL_GEM),
    "着": Counter("ちゃく", SMALL_GEM),
    "足": Counter("そく", SMALL_GEM, after_san="ぞく"),
    "軒": Counter("けん", ALL_GEM, after_san="げん"),
    "か所": Counter("かしょ", ALL_GEM),
    "ヶ所": Counter("かしょ", ALL_GEM),
    "カ所": Counter("かしょ", ALL_GEM),
    "箇所": Counter("かしょ", ALL_GEM),
    "丁目": Counter("ちょうめ", SMALL_GEM),
    "試合": Counter("しあい", SMALL_GEM),
    "曲": Counter("きょく", ALL_GEM),
    "点": Counter("てん", SMALL_GEM),
    "度目": Counter("どめ"),
    "度": Counter("ど"),
    "倍": Counter("ばい"),
    "割": Counter("わり"),
    "位": Counter("い"),
    "円": Counter("えん", four="よ"),
    "ドル": Counter("ドル"),
    "セント": Counter("セント"),
    "ユーロ": Counter("ユーロ"),
    "ポンド": Counter("ポンド"),
    "ウォン": Counter("ウォン"),
    "元": Counter("げん"),
    "銭": Counter("せん", SMALL_GEM),
    "錠": Counter("じょう"),
    "包": Counter("ほう", ALL_GEM, "ぽう", "ぽう", after_yon="ほう"),
    "組": Counter("くみ"),
    "年生": Counter("ねんせい", four="よ"),
    "年度": Counter("ねんど", four="よ"),
    "時限": Counter("じげん", four="よ", seven="しち", nine="く"),
    "限目": Counter("げんめ"),
    "棟": Counter("とう", SMALL_GEM),
    "戸": Counter("こ", ALL_GEM),
    "缶": Counter("かん", ALL_GEM),
    "席": Counter("せき", SMALL_GEM),
    "社": Counter("しゃ", SMALL_GEM),
    "校": Counter("こう", ALL_GEM),
    "食": Counter("しょく", SMALL_GEM),
    "票": Counter("ひょう", ALL_GEM, "ぴょう", "びょう", after_yon="ひょう"),
    "頭": Counter("とう", SMALL_GEM),
    "問": Counter("もん"),
    "両": Counter("りょう"),
    "周年": Counter("しゅうねん", SMALL_GEM),
    "件目": Counter("けんめ", ALL_GEM),
    "人前": Counter("にんまえ", four="よ", special={1: "いちにんまえ"}),
    "連休": Counter("れんきゅう"),
    "週": Counter("しゅう", SMALL_GEM),
    "ヶ国": Counter("かこく", ALL_GEM),
    "か国": Counter("かこく", ALL_GEM),
    "カ国": Counter("かこく", ALL_GEM),
    "連勝": Counter("れんしょう"),
    "連敗": Counter("れんぱい"),
    "勝": Counter("しょう", SMALL_GEM),
    "敗": Counter("はい", ALL_GEM, "ぱい", "ぱい", after_yon="はい"),
    "つ": Counter(
        "つ",
        special={
            1: "ひとつ",
            2: "ふたつ",
            3: "みっつ",
            4: "よっつ",
            5: "いつつ",
            6: "むっつ",
            7: "ななつ",
            8: "やっつ",
            9: "ここのつ",
            10: "とお",
        },
    ),
}

MONTH = Counter("がつ", four="し", seven="しち", nine="く")

_DAYS = {
    1: "ついたち",
    2: "ふつか",
    3: "みっか",
    4: "よっか",
    5: "いつか",
    6: "むいか",
    7: "なのか",
    8: "ようか",
    9: "ここのか",
    10: "とおか",
    14: "じゅうよっか",
    20: "はつか",
    24: "にじゅうよっか",
}
DAY = Counter("にち", seven="しち", nine="く", special=_DAYS)
#: Days as a length of time: the same words, but one day is いちにち.
DAYS_SPAN = Counter("にち", seven="しち", nine="く", special=_DAYS | {1: "いちにち"})

#: Symbols and Latin units, read as Japanese speakers read them.
UNITS: Final[dict[str, str]] = {
    "km/h": "キロ",
    "km/L": "キロメートルパーリットル",
    "km/l": "キロメートルパーリットル",
    "km/ℓ": "キロメートルパーリットル",
    "m/s": "メートル",
    "kPa": "キロパスカル",
    "MPa": "メガパスカル",
    "Pa": "パスカル",
    "mmHg": "ミリメートルエイチジー",
    "kcal": "キロカロリー",
    "cal": "カロリー",
    "GHz": "ギガヘルツ",
    "MHz": "メガヘルツ",
    "ms": "ミリびょう",
    "lm": "ルーメン",
    "km": "キロメートル",
    "kg": "キログラム",
    "kWh": "キロワットじ",
    "kW": "キロワット",
    "Wh": "ワットじ",
    "mAh": "ミリアンペアアワー",
    "mm": "ミリメートル",
    "cm": "センチメートル",
    "m²": "へいほうメートル",
    "m2": "へいほうメートル",
    "㎡": "へいほうメートル",
    "m³": "りっぽうメートル",
    "㎥": "りっぽうメートル",
    "μg/m³": "マイクログラムパーりっぽうメートル",
    "µg/m³": "マイクログラムパーりっぽうメートル",
    "㎍/㎥": "マイクログラムパーりっぽうメートル",
    "μg/m3": "マイクログラムパーりっぽうメートル",
    "µg/m3": "マイクログラムパーりっぽうメートル",
    "ug/m3": "マイクログラムパーりっぽうメートル",
    "mg": "ミリグラム",
    "mL": "ミリリットル",
    "ml": "ミリリットル",
    "hPa": "ヘクトパスカル",
    "GB": "ギガバイト",
    "MB": "メガバイト",
    "TB": "テラバイト",
    "Mbps": "メガビーピーエス",
    "Gbps": "ギガビーピーエス",
    "dB": "デシベル",
    "ppm": "ピーピーエム",
    "Hz": "ヘルツ",
    "lx": "ルクス",
    "min": "ふん",
    "m": "メートル",
    "g": "グラム",
    "L": "リットル",
    "l": "リットル",
    "W": "ワット",
    "V": "ボルト",
    "A": "アンペア",
    "h": "じかん",
    "%": "パーセント",
    "％": "パーセント",
    "℃": "ど",
    "°C": "ど",
    "° C": "ど",
    "°F": "ど",
    "°": "ど",
    "円": "えん",
    "㎏": "キログラム",
    "㎞": "キロメートル",
    "㎜": "ミリメートル",
    "㎝": "センチメートル",
    "㎖": "ミリリットル",
    "ℓ": "リットル",
}

#: Currency signs written before the number, and their Japanese name.
CURRENCY_SIGNS: Final = {
    "$": "ドル",
    "€": "ユーロ",
    "£": "ポンド",
    "¥": "えん",
    "￥": "えん",
    "₩": "ウォン",
}

WEEKDAYS: Final = {
    "月": "げつようび",
    "火": "かようび",
    "水": "すいようび",
    "木": "もくようび",
    "金": "きんようび",
    "土": "どようび",
    "日": "にちようび",
    "祝": "しゅくじつ",
}

LETTERS: Final = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (
            "エー",
            "ビー",
            "シー",
            "ディー",
            "イー",
            "エフ",
            "ジー",
            "エイチ",
            "アイ",
            "ジェー",
            "ケー",
            "エル",
            "エム",
            "エヌ",
            "オー",
            "ピー",
            "キュー",
            "アール",
            "エス",
            "ティー",
            "ユー",
            "ブイ",
            "ダブリュー",
            "エックス",
            "ワイ",
            "ゼット",
        ),
        strict=True,
    )
)

#: Loanwords and brand names as they are said in Japanese (keys lower-case).
WORDS: Final = {
    "tv": "テレビ",
    "wi-fi": "ワイファイ",
    "wifi": "ワイファイ",
    "bluetooth": "ブルートゥース",
    "on": "オン",
    "off": "オフ",
    "ok": "オーケー",
    "google": "グーグル",
    "alexa": "アレクサ",
    "amazon": "アマゾン",
    "apple": "アップル",
    "iphone": "アイフォーン",
    "ipad": "アイパッド",
    "android": "アンドロイド",
    "line": "ライン",
    "youtube": "ユーチューブ",
    "netflix": "ネットフリックス",
    "home": "ホーム",
    "assistant": "アシスタント",
    "echo": "エコー",
    "nest": "ネスト",
    "hue": "ヒュー",
    "ring": "リング",
    "tesla": "テスラ",
    "roomba": "ルンバ",
    "switchbot": "スイッチボット",
    "nature": "ネイチャー",
    "remo": "リモ",
    "email": "メール",
    "mail": "メール",
    "app": "アプリ",
    "wi": "ワイ",
    "fi": "ファイ",
    "router": "ルーター",
    "door": "ドア",
    "camera": "カメラ",
    "sensor": "センサー",
    "smart": "スマート",
    "lock": "ロック",
    "error": "エラー",
    "eco": "エコ",
    "mode": "モード",
    "timer": "タイマー",
    "alarm": "アラーム",
    "update": "アップデート",
    "zoom": "ズーム",
    "slack": "スラック",
    "discord": "ディスコード",
    "uber": "ウーバー",
    "eats": "イーツ",
    "prime": "プライム",
    "com": "コム",
    "net": "ネット",
    "org": "オーグ",
    "www": "ダブリューダブリューダブリュー",
    "example": "イグザンプル",
    "info": "インフォ",
    "support": "サポート",
    "help": "ヘルプ",
    "status": "ステータス",
    "login": "ログイン",
    "admin": "アドミン",
    "nas": "ナス",
    "mr": "ミスター",
    "mrs": "ミセス",
    "ms": "ミズ",
    "dr": "ドクター",
    "st": "セント",
    "am": "エーエム",
    "pm": "ピーエム",
    "usb": "ユーエスビー",
    "type": "タイプ",
    "matter": "マター",
    "zigbee": "ジグビー",
    "thread": "スレッド",
    "hdmi": "エイチディーエムアイ",
    "ver": "バージョン",
    "version": "バージョン",
    "firmware": "ファームウェア",
    "pro": "プロ",
    "max": "マックス",
    "mini": "ミニ",
    "plus": "プラス",
    "air": "エアー",
    "watch": "ウォッチ",
    "pay": "ペイ",
    "paypay": "ペイペイ",
    "suica": "スイカ",
    "co": "シーオー",
    "jp": "ジェーピー",
    "ne": "エヌイー",
    "ac": "エーシー",
    "or": "オーアール",
    "go": "ゴー",
}

_ROMAN_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def spell(word: str) -> str:
    """Read Latin letters one by one in katakana (LED → エルイーディー)."""
    return "".join(LETTERS.get(ch.upper(), "") for ch in word)


def latin_word(word: str) -> str:
    """Read a Latin word: a known loanword, an acronym spelled, else left as written."""
    known = WORDS.get(word.lower())
    if known is not None:
        return known
    if word.isupper() or len(word) <= 3:
        return spell(word)
    return word


def latin(text: str) -> str:
    """Read every Latin word in `text` the Japanese way."""
    text = re.sub(r"(?i)(?<![a-z])wi-?fi(?![a-z])", "ワイファイ", text)
    text = re.sub(r"(?i)(?<![a-z])e-mail(?![a-z])", "メール", text)
    # USB-C, Type-C: the parts are read one after the other, the hyphen is silent.
    return _ROMAN_RE.sub(lambda m: "".join(map(latin_word, m.group().split("-"))), text)


# common.URL_RE and EMAIL_RE use \w and [^\s], which in CJK text (no spaces) swallow the
# words after an address; these keep to ASCII so the sentence around it survives.
EMAIL_RE: Final = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@"
    r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
URL_RE: Final = re.compile(
    r"(?i)(?:https?://|www\.)[A-Za-z0-9\-._~/?#=&%+:@]*[A-Za-z0-9/]"
    r"|(?<![A-Za-z0-9.@-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.(?:com|net|org|io|kr|jp|cn|fr|es|de|uk|co|dev|app|local)(?![A-Za-z0-9-])"
    r"(?:/[A-Za-z0-9\-._~/?#=&%+]*[A-Za-z0-9/])?"
)
