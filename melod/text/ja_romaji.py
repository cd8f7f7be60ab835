"""Romanised Japanese (Hepburn) back to katakana: taro.yamada@… is タロウ ドット ヤマダ.

Names in e-mail addresses and brand names (Toyota, Daikin, Hitachi) are written in
romaji; read as English (the CMU dictionary has taro as T EH R OW) they come out wrong.
"""

from __future__ import annotations

import re
from typing import Final

from melod.text.ja_sounds import known

_ROWS: Final = {
    "": "アイウエオ",
    "k": "カキクケコ",
    "g": "ガギグゲゴ",
    "s": "サ?スセソ",
    "z": "ザ?ズゼゾ",
    "t": "タ??テト",
    "d": "ダ??デド",
    "n": "ナニヌネノ",
    "h": "ハヒ?ヘホ",
    "b": "バビブベボ",
    "p": "パピプペポ",
    "m": "マミムメモ",
    "y": "ヤ?ユ?ヨ",
    "r": "ラリルレロ",
    "w": "ワ???ヲ",
}
_SPECIAL: Final = {"shi": "シ", "chi": "チ", "tsu": "ツ", "fu": "フ", "ji": "ジ"}
_PALATAL: Final = {
    "ky": "キ", "gy": "ギ", "sh": "シ", "ch": "チ", "j": "ジ", "ny": "ニ", "hy": "ヒ",
    "by": "ビ", "py": "ピ", "my": "ミ", "ry": "リ",
}  # fmt: skip
_SMALL: Final = {"a": "ャ", "u": "ュ", "o": "ョ"}
# After a vowel nya and nyo are ン + ya, yo (menya 麺屋 メンヤ, kinyobi 金曜日, Sanyo), for
# にゃ and にょ are rare inside a word; nyu stays ニュ (kinyu 記入, gyunyu 牛乳).
_SYLLABLE_RE: Final = re.compile(
    r"(shi|chi|tsu|fu|ji)|(?!(?<=[aiueo])ny[ao])(ky|gy|sh|ch|j|ny|hy|by|py|my|ry)([auo])"
    r"|([kgsztdnhbpmyrw]?)([aiueo])|(n)(?![aiueo]|y[^ao])|([kstpgdbfm])(?=\7)|t(?=ch)"
)
#: Common English words that also spell valid romaji.
_ENGLISH: Final = frozenset(
    (
        "data", "area", "hero", "beta", "zero", "auto", "piano", "tomato", "banana", "menu",
        "memo", "demo", "solo", "tuna", "mango", "ago", "hobo", "sumo", "tempo", "open",
        "woman", "human", "token", "taken", "button", "season", "reason", "amen", "omen",
        "japan", "sedan", "bikini", "manga", "anime", "kimono", "karaoke",
    )
)  # fmt: skip
# Surnames of two syllables in -to/-do and -ndo are long (Satō, Katō, Itō, Endō), as are
# Tarō, Jirō, Ichirō; longer -to names are not (Yamamoto, Makoto, Haruto), nor Sapporo.
# -aido/-uido is 道 どう (Hokkaidō, kaidō, suidō).
_LONG_END_RE: Final = re.compile(
    r"^[^aiueo]*[aiueo][td]o$|ndo$|[au]ido$|^(?:sa|na)ito$|(?:taro|jiro|ichiro|buro|goro)$"
)
# Words of that shape whose o is short: yado 宿 (yado.jp), Sado 佐渡, mado 窓, koto 琴.
_SHORT_TO: Final = frozenset(("yado", "sado", "mado", "koto", "kado", "hato"))
_LONG_YO_RE: Final = re.compile(r"(?<=[kgrnhmbp])yo$")  # Ryō, Kyō
# Given names of a long first syllable and a name ending, which Hepburn writes short: Yōko
# 洋子, Yūta, Yūsuke, Kōji, Kōhei, Sōta (not Yuki, Yumi, Koto: short names and words).
_LONG_HEAD_RE: Final = re.compile(
    r"^(?:yo(?=(?:ko|suke|hei|ichi)$)|yu(?=(?:ko|ta|ji|suke|to|ya|ichi|dai)$)"
    r"|ko(?=(?:ta|ji|suke|hei|ichi|dai|ki)$)|so(?=(?:ta|suke)$)|shu(?=(?:hei|ji|ichi|ta|ya)$))"
)
# Jun'ichi, Shin'ichirō, Ken'ichi: a one-syllable name in n, then ichi (一), not ジュニチ.
_N_ICHI_RE: Final = re.compile(r"((?:[kgsztdhbpmrj]|sh|ch|ky|ry)?[aiueo]n)(ichi(?:ro)?)")
# oh (uh) before a consonant or at the end is a long vowel: オオ at the start (大野 Ohno,
# Ohta, Ohkubo), オウ inside and at the end (Kohno 河野, Yohko, Satoh, Itoh, eikoh), ユウ
# (Yuhki, Yuhko).
_OH_RE: Final = re.compile(r"(?<=[ou])h(?=[bdfgjkmnprstwz]|$)")


def _long_oh(key: str) -> str:
    return _OH_RE.sub(lambda m: "o" if m.start() == 1 and key[0] == "o" else "u", key)


_LONG_O: Final = ("リョ", "キョ", "ショ", "チョ", "ジョ", "ギョ")
_VOWEL_KANA: Final = (["ア"], ["イ"], ["ウ"], ["エ"], ["オ"])


def _syllables(word: str) -> list[str] | None:
    out: list[str] = []
    pos = 0
    while pos < len(word):
        m = _SYLLABLE_RE.match(word, pos)
        if m is None:
            return None
        if m.group(1):
            out.append(_SPECIAL[m.group(1)])
        elif m.group(2):
            out.append(_PALATAL[m.group(2)] + _SMALL[m.group(3)])
        elif m.group(5):
            kana = _ROWS[m.group(4)]["aiueo".index(m.group(5))]
            if kana == "?":
                return None
            out.append(kana)
        elif m.group(6):
            if not out:  # no word starts with ン: nta, nhk are letters
                return None
            out.append("ン")
        else:
            out.append("ッ")
        pos = m.end()
    return out


_LONG_U: Final = ("キュ", "リュ", "チュ", "ギュ", "ヒュ")


def _long_u(syllables: list[str]) -> list[str]:
    """Hankyū, Kyūshū, Chūgoku: kyu/ryu/chu are long but before ン or ッ (キュン);
    shu/ju only at the end (Kyūshū), for Shinjuku and juku are short."""
    out: list[str] = []
    for n, k in enumerate(syllables):
        nxt = syllables[n + 1 : n + 2]
        if (k in _LONG_U and nxt not in (["ウ"], ["ン"], ["ッ"])) or (
            k in ("シュ", "ジュ") and not nxt and n
        ):
            out.append(k + "ウ")
        else:
            out.append(k)
    return out


def romaji(word: str, name_end: bool = True) -> str | None:
    """Katakana for a word that is valid Hepburn romaji (yamada ヤマダ), else None; without
    name_end a word that starts a compound keeps a short end (koto in kotobank コト)."""
    key = word.lower()
    if not key.isascii() or not key.isalpha():
        return None
    key = _long_oh(re.sub(r"nn(?![aiueoy])", "n", key))
    if split := _N_ICHI_RE.fullmatch(key):
        return (romaji(split[1], False) or "") + (romaji(split[2], name_end) or "")
    syllables = _syllables(key)
    if not syllables:
        return None
    # Ryōta, Shōhei, Kyōko: ryo/kyo/sho/cho/jo before another syllable are long in names.
    syllables = [
        k + "ウ" if k in _LONG_O and syllables[n + 1 : n + 2] not in ([], *_VOWEL_KANA) else k
        for n, k in enumerate(syllables)
    ]
    kana = "".join(_long_u(syllables))
    if name_end and (_LONG_YO_RE.search(key) or _LONG_END_RE.search(key)) and key not in _SHORT_TO:
        kana += "ウ"
    if name_end and _LONG_HEAD_RE.match(key):
        cut = len(syllables[0])
        kana = kana[:cut] + "ウ" + kana[cut:]
    return kana


def one_syllable_name(word: str, english: bool) -> str | None:
    """ryo.k@, sho, jun, shun, rin: in a mailbox a word of one romaji syllable (and an n)
    is a given name. On a palatal (ryo, sho, kyu) it is one even when the dictionary has
    it (jun, shun: not ジャン); o and u there are long (Ryō, Shō, Ryū). Other onsets only
    with an n the dictionary lacks (rin リン; sun, run stay English)."""
    key = word.lower()
    syllables = _syllables(key) if key.isascii() and key.isalpha() else None
    if not syllables or len(syllables) > 2 or syllables[1:] not in ([], ["ン"]):
        return None
    palatal = re.match(r"(?:[kgrhnmbp]y|sh|ch|j)[aiueo]", key) is not None
    if len(syllables) == 1:
        return syllables[0] + "ウ" if palatal and key[-1] in "ou" else None
    return "".join(syllables) if palatal or not english else None


def looks_japanese(word: str, english: bool = False) -> bool:
    """Is `word` a romanised Japanese name rather than an English word?

    It must be valid romaji with two or more syllables, end in a vowel (or a third
    syllable's n, when `english` says the word is no English word: Shinkansen), not end
    in consonant + e (game, note: English silent e) and not hold the English ee/oo.
    """
    key = _long_oh(word.lower())
    syllables = _syllables(key) if key.isascii() and key.isalpha() else None
    if not syllables or len(syllables) < 2 or key in _ENGLISH:
        return False
    if key.endswith("n") and (len(syllables) < 3 or english):
        return False  # Daikin, Shinkansen; but open, woman are English words
    # Watanabe, Okabe, Hirose, and a longer word no dictionary knows (odekake, Daisuke).
    name_e = key.endswith("be") or (len(syllables) >= 3 and (key.endswith("se") or not english))
    # kome 米, ume, kame, fune: two syllables no English dictionary knows.
    name_e = name_e or (len(syllables) == 2 and not english and not known(key))
    # ee and oo are English (game, note, too) but for a name's leading 大 (Ooya, Oono).
    if re.search(r"ee|(?<!^)oo", key) or (re.search(r"[^aiueo]e$", key) and not name_e):
        return False  # game, note (silent e)
    return key[-1] in "aiueon"
