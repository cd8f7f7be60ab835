"""Japanese: what people type around numbers (full-width commas, the IME's ー for a minus,
AM7:30, ▲ for a loss, = between a label and its value) made plain before reading."""

from __future__ import annotations

import re
import unicodedata
from typing import Final


def _meridiem(m: re.Match[str]) -> str:
    return "午前" if m.group(1).lower() == "a" else "午後"


_UNTIL_RE = re.compile(
    r"(?:^|(?<=[\s(（「【:：、はも]))(?<![\d)）時分円日%℃]\s)[〜~]\s?"
    r"(\d[\d,]*(?:\.\d+)?(?:[:/]\d{1,2})?(?:[時日円分%℃]|[(（][月火水木金土日祝][)）])?)"
    r"(?![\d:/.,])([前後以内間]?)(\s?まで)?"  # 〜3日前 (まで): the まで is there already
)


_ERAS = {
    "令和": "れいわ",
    "平成": "へいせい",
    "昭和": "しょうわ",
    "大正": "たいしょう",
    "明治": "めいじ",
}
_ERA_RE = re.compile(r"(令和|平成|昭和|大正|明治)(\s?)(元年|(?=\d))")
_GREEK = str.maketrans(
    {"α": "アルファ", "β": "ベータ", "γ": "ガンマ", "δ": "デルタ", "Ω": "オーム"}
)


def _until(m: re.Match[str]) -> str:
    """〜10:00 → 10:00まで; 〜3日前まで: the 〜 is silent where まで is written."""
    return m[1] + m[2] + ("" if m[2] or m[3] else "まで") + (m[3] or "")


def _ranges(text: str) -> str:
    """〜 said から or まで where the words around it show which."""
    # 12/13 9:00〜12/15 9:00: a range from a time to a date.
    text = re.sub(r"(?<=\d:\d\d)\s?〜\s?(?=\d{1,2}/\d{1,2}(?![\d/]))", "から", text)
    # チェックアウト 〜10:00, (〜12/15): a range with no start is "until" (まで), said after.
    text = _UNTIL_RE.sub(_until, text)
    # 品川〜渋谷: a range between two words; 9時〜 排水管清掃 keeps the space typed after it.
    text = re.sub(r"(?<=[一-龯ァ-ヶー])(\s?)[〜~](\s?)(?=[一-龯ァ-ヶ])", r"\1から\2", text)
    # 正午〜13時, 本日〜12/5: a range from a word to a number.
    # (After hiragana, 帰る〜7時半, the 〜 is a chat's drawn-out word, not a range.)
    return re.sub(r"(?<=[一-龯ァ-ヶー])(\s?)[〜~](\s?)(?=\d)", r"\1から\2", text)


def _exponents(text: str) -> str:
    # 12m3, 42μg/m3, 200W/m2: a plain 2 or 3 after metres that follow a number or a per-unit
    # slash is the exponent, not a code (エムさん) for the Latin-and-number rule; A4m2 is a code.
    return re.sub(
        r"(?:(?<=\d)(?<![A-Za-z]\d)(?<![A-Za-z]\d\d)|(?<=\d )(?<![A-Za-z]\d )|(?<=[A-Za-zμµ]/))"
        r"(c?m)([23])(?![0-9A-Za-z])",
        lambda m: m[1] + ("²" if m[2] == "2" else "³"),
        text,
    )


_CODE_SIGNS: Final = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩"}
_PAIR_NAMES: Final = {"USD": "ドル", "EUR": "ユーロ", "GBP": "ポンド", "AUD": "豪ドル", "JPY": "円"}


def _currency_codes(text: str) -> str:
    """USD 100, 3000 JPY, 3000yen: a currency's code or English name is its sign (ひゃくドル,
    さんぜんえん), not letters to spell."""
    text = re.sub(r"(?i)(?<=\d)\s?yen(?![A-Za-z])", "円", text)
    text = re.sub(  # USD/JPY, EUR/USD: a currency pair is said ドル円, ユーロドル
        r"(?<![A-Za-z])(USD|EUR|GBP|AUD|JPY)/(USD|EUR|GBP|AUD|JPY)(?![A-Za-z])",
        lambda m: _PAIR_NAMES[m[1]] + _PAIR_NAMES[m[2]],
        text,
    )
    text = re.sub(
        r"(?<![A-Za-z/])(USD|EUR|GBP|JPY|KRW)\s?(?=\d)", lambda m: _CODE_SIGNS[m[1]], text
    )
    text = re.sub(  # 12.50 USD: the sign in front, so that cents are read as with $12.50
        r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(USD|EUR|GBP|JPY|KRW)(?![A-Za-z])",
        lambda m: _CODE_SIGNS[m[2]] + m[1],
        text,
    )
    # 980円+税, 85,000円＋管理費5,000円, 500円+α, ¥500+¥300: a + after an amount is プラス.
    return re.sub(r"(?:(?<=円)|(?<=\d)(?=\+[$€£¥￥₩]\d))(\s?)\+(?=\s?\S)", r"\1プラス", text)


def _plain_signs(text: str) -> str:
    """Half-width kana, typographic dashes, currency codes and full-width commas made plain."""
    # ｴｱｺﾝ, ｶﾗ: half-width katakana made full-width (NFKC joins ｶﾞ into ガ).
    text = re.sub(r"[\uff61-\uff9f]+", lambda m: unicodedata.normalize("NFKC", m[0]), text)
    # 3ヶ月, 6ヵ所, 5カ国, 2ケ月: the small ka of a count is written five ways, said か.
    text = re.sub(r"(?<=\d)[ヵヶケカ](?=[月所国年])", "か", text)
    text = text.replace("−", "-").replace("～", "〜")
    text = re.sub(r"(?<=\d) ?[–—] ?(?=\d)", "-", text)  # 18–23℃, 3—5分: a typographic dash
    text = re.sub(r"(?<![A-Za-z])US\$(?=\s?\d)", "$", text)  # US$25.99: said as plain ドル
    text = _currency_codes(text)
    text = text.translate(_GREEK)  # β版 ベータ版, α波
    return re.sub(r"(?<=\d)，(?=\d{3}(?!\d))", ",", text)  # ５，０００ (full-width comma)


def _plus_signs(text: str) -> str:
    """+5, +¥300 and a + between amounts are said プラス; a phone number's + is left."""
    text = re.sub(
        r"(?<![0-9A-Za-z+])\+(?=[$€£¥￥₩]?\d)"
        r"(?!\d{1,3}[\s-]?(?:[(（]0[)）]\s?)?[(（]?\d{1,4}[)）]?[-\s]\d)",  # not a phone number
        "プラス",
        text,
    )
    return re.sub(r"(?<=\S) \+ (?=\S)", " プラス ", text)  # $39.99 + 送料$12


def _eras(text: str) -> str:
    """R7.4.1 and 令和7年: an era date, the era said in kana with its year."""
    # R7.4.1, H31.4.30: an era date written short (令和/平成).
    text = re.sub(
        r"(?<![A-Za-z])([RH])\s?(\d{1,2})[./](\d{1,2})[./](\d{1,2})(?![\d.])",
        lambda m: ("令和" if m[1] == "R" else "平成") + f"{m[2]}年{m[3]}月{m[4]}日",
        text,
    )
    # 令和7年 れいわななねん, 令和元年 れいわがんねん: the era is said with its year, in kana.
    return _ERA_RE.sub(lambda m: _ERAS[m[1]] + m[2] + ("がんねん" if m[3] else ""), text)


def _glued_to_latin(text: str) -> str:
    """Signs glued to Latin letters or a number: .js, the 2 of P2P, the K of 2700K."""
    text = re.sub(r"(?<=[A-Za-z])\.js(?![A-Za-z])", "JS", text)  # Node.js ノードジェーエス
    text = re.sub(r"(?<=[A-Za-z])2(?=[A-Za-z])", "ツー", text)  # Zigbee2MQTT, P2P, H2O
    return re.sub(r"(?<![\d.,])([1-9]\d{3})\s?K(?![A-Za-z])", r"\1ケルビン", text)  # 2700K (light)


def _minus_signs(text: str) -> str:
    """-¥35, ▲1,205円, ±, and the IME's ー typed for a minus, said マイナス."""
    text = re.sub(r"(?<![0-9A-Za-z])-(?=[$€£¥￥₩]\d)", "マイナス", text)  # -¥35
    text = re.sub(r"[▲△]\s?(?=[$€£¥￥₩]?\d)", "マイナス", text)  # ▲1,205円: a loss
    text = re.sub(r"±\s?(?=\d)", "プラスマイナス", text)
    # 外気温ー5℃: the IME's long-vowel mark typed for a minus (not after katakana: センター5階).
    text = re.sub(r"(?<=\d)[ー―](?=\d)", "-", text)  # 090ー1234ー5678
    return re.sub(r"(?<![ァ-ヶー])[ー―](?=\d)", "マイナス", text)


def _paces(text: str) -> str:
    """6'12" and 5:30/km: a running pace in minutes and seconds (分, 秒)."""
    text = re.sub(r"(?<!\d)(\d{1,2})['′](\d{2})[\"″]", r"\1分\2秒", text)  # 6'12" (a pace)
    return re.sub(r"(?<![\d:])(\d{1,2}):(\d{2})(?=\s?/\s?(?:km|mi)(?![A-Za-z]))", r"\1分\2秒", text)


_COMPARED: Final = {"<": "未満", "＜": "未満", ">": "超", "＞": "超", "≤": "以下", "≦": "以下",
                    "<=": "以下", "≥": "以上", "≧": "以上", ">=": "以上"}  # fmt: skip
# 湿度 < 40%, 気温≧30℃: a comparison before an amount is said after it (40%未満, 30℃以上).
_COMPARED_RE: Final = re.compile(
    r"(?<![<>=A-Za-z\d-])(<=|>=|[<>＜＞≤≦≥≧])\s?([-−]?\d[\d,.]*"
    r"(?:[A-Za-z%℃°μµ/²³㎥㎡]+|[一-龯](?![一-龯]))?)"
)


def _compared(text: str) -> str:
    return _COMPARED_RE.sub(lambda m: m[2] + _COMPARED[m[1]], text)


# Chat marks a voice does not say: a face in brackets (T_T), (^^), (>_<), and w, ww, ｗｗｗ
# for laughter after Japanese (了解ｗｗ), which is no letter W.
_FACE_RE: Final = re.compile(
    r"[(（][^()（）ぁ-んァ-ヶ一-龯\d\s]{0,5}[\^_;・ω´`><＾＿][^()（）ぁ-んァ-ヶ一-龯\d]{0,6}[)）]"
)
_LAUGH_RE: Final = re.compile(
    r"(?<=[ぁ-んァ-ヶ一-龯！!？?〜～ー。、])[wｗ]+(?![A-Za-zＡ-Ｚａ-ｚ.\d])"
)


def _chat_marks(text: str) -> str:
    return _LAUGH_RE.sub("", _FACE_RE.sub("", text))


def typed_signs(text: str) -> str:
    """Half-width kana, and signs and marks before numbers: −, ～, ５，０００, +¥, ▲, ー, AM/PM."""
    text = _compared(_plus_signs(_plain_signs(_chat_marks(text))))
    # 1h30m, 2h 15min (timer displays): hours and minutes, not metres.
    text = re.sub(
        r"(?<![A-Za-z\d.])(\d{1,2})h\s?(\d{1,2})m(?:in)?(?![A-Za-z])", r"\1時間\2分", text
    )
    text = _glued_to_latin(_eras(text))
    text = _paces(_minus_signs(_ranges(_exponents(text))))
    # 30cm×40cm, 1920x1080: a size is read with かける.
    text = re.sub(r"\s?×\s?(?=\d)|(?<=\d)[xX](?=\d)", "かける", text)
    # AM7:30, PM3時: the English prefix is 午前/午後, as on Japanese clocks.
    return re.sub(r"(?i)(?<![A-Za-z])([ap])\.?m\.?\s?(?=\d{1,2}(?::\d\d|時))", _meridiem, text)


def equals(text: str) -> str:
    """1ドル=150円 (a rate: silent), 1+1=2 (イコール), 温度=25℃ (a label: silent)."""
    text = re.sub(
        r"(?<![\d,.])(1|100)(\s?(?:ドル|ユーロ|ポンド|ウォン|円|元))\s?=\s?(?=[\d$€£¥￥])",
        r"\1\2",
        text,
    )
    # 100株 × 45円 = 4,500円: after a counted amount (not 1ドル, a rate) = is said.
    text = re.sub(r"(?<=\d[一-龯])\s?=\s?(?=[\d$€£¥￥])", " イコール ", text)
    text = re.sub(r"(?<=[\dA-Za-z)])\s?=\s?(?=[\d$€£¥￥(A-Za-z-])", "イコール", text)
    # 温度=25℃: after a Japanese word the = is a label's colon, not read.
    return re.sub(r"(?<=[ぁ-んァ-ヶー一-龯々])\s?=\s?(?=[-\d$€£¥￥])", "", text)
