"""Japanese tables: Latin letters and loanwords read in katakana."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from melod.text.ja_brands import LOWER_WORDS
from melod.text.ja_english import english
from melod.text.ja_loanwords import SHORT_WORDS, WORDS
from melod.text.ja_romaji import looks_japanese, one_syllable_name, romaji
from melod.text.ja_sounds import VOWELS, pronounce
from melod.text.ja_sounds import known as in_dictionary
from melod.text.ja_units import UNITS

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

# Two consonants no English word starts with (kd, nt, hd): the word is letters.
_NO_ONSET_RE = re.compile(
    r"(?!bl|br|ch|cl|cr|dr|dw|fl|fr|gl|gn|gr|kl|kn|kr|ph|pl|pr|ps|sc|sh|sk|sl|sm|sn|sp|st|sw"
    r"|th|tr|tw|wh|wr|ts|ky|ry|ny|hy|my|by|py|gy)[b-df-hj-np-tv-xz][b-df-hj-np-tv-z]"
)
_ROMAN_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def spell(word: str) -> str:
    """Read Latin letters one by one in katakana (LED → エルイーディー). J is ジェイ (JR
    ジェイアール, JL123, usj.co.jp), as the independent authors all wrote it; only the
    country code .jp keeps their majority ジェーピー (a word of its own in WORDS)."""
    return "".join("ジェイ" if ch in "Jj" else LETTERS.get(ch.upper(), "") for ch in word)


def _capital_word(word: str) -> bool:
    """CHECK, ALERT, NEXT are words in capitals; HDMI, CCTV, SSID are letters. Five letters
    or more: a dictionary word or romaji (ABEMA); four: a dictionary word with a vowel
    after at most two consonants, then a consonant (NEXT, AUTO; not IEEE, HDMI)."""
    if len(word) >= 5:
        return (
            in_dictionary(word) or romaji(word) is not None or _compound(word.lower()) is not None
        )
    vowelled = re.match(r"[^AEIOU]{0,2}[AEIOU]+[^AEIOU]", word) is not None
    vowelled = vowelled and not re.fullmatch(r"[AEIOU][^AEIOU]+", word)  # ADSL, ISDN
    return len(word) == 4 and in_dictionary(word) and vowelled


def _spoken_short(word: str) -> bool:
    """A three-letter word the dictionary says as one word (bob, tom, ted), not as letters
    (usb, pdf, atm: one vowel sound per letter)."""
    vowels = sum(p[:2] in VOWELS for p in pronounce(word))
    return in_dictionary(word) and 0 < vowels < len(word)


def _compound(word: str, need_common: bool = True) -> str | None:
    """Petkit ペットキット, Firestick, Homebase: a name the dictionary lacks, made of two words
    it has, is read as the two words. With need_common one part must be a common loanword
    (our tables: fire+stick, not fires+tick); a three-letter part always must be one."""
    if len(word) < 6 or in_dictionary(word):
        return None
    common = WORDS.keys() | SHORT_WORDS
    for head, tail in ((word[:cut], word[cut:]) for cut in range(len(word) - 3, 2, -1)):
        if need_common and head not in common and tail not in common:
            continue
        if all(w in common or (len(w) > 3 and in_dictionary(w)) for w in (head, tail)):
            return _word(head) + _word(tail)
    return None


def _romaji_compound(word: str) -> str | None:
    """hakataworks ハカタワークス, sapporobeer, furunavi: a Japanese name run into an English
    word (four letters or more) is read as the name, then the word."""
    for cut in range(len(word) - 4, 3, -1):  # a name of four letters or more: not uni-
        head, tail = word[:cut], word[cut:]
        # After a four-letter name only a loanword of ours (furu + navi), not uni + install.
        known = tail in WORDS if cut == 4 else in_dictionary(tail) or tail in WORDS
        if known and looks_japanese(head, english=in_dictionary(head)):
            return (romaji(head, name_end=False) or "") + _word(tail)
    return None


def _long_tail(word: str) -> str | None:
    """hakataramen ハカタラーメン, nishitokyo: a romaji name run into a word of ours whose
    long vowel romaji drops (ramen ラーメン, tokyo トウキョウ) keeps that word's reading."""
    for cut in range(len(word) - 4, 3, -1):
        head, tail = word[:cut], word[cut:]
        said = WORDS.get(tail)
        if said and looks_japanese(tail) and romaji(tail) != said and looks_japanese(head):
            return (romaji(head, name_end=False) or "") + said
    return None


def _word_then_name(word: str) -> str | None:
    """pensionhakuba ペンションハクバ, hotelnikko: a loanword of ours run into a romaji name
    (four letters or more, not a dictionary word) is read as the word, then the name."""
    for cut in range(len(word) - 4, 3, -1):
        head, tail = word[:cut], word[cut:]
        if head in WORDS and looks_japanese(tail) and not in_dictionary(tail):
            return WORDS[head] + (romaji(tail) or "")
    return None


def _my_word(word: str) -> str | None:
    """mypage マイページ, mynumbercard: マイ run into a word we can read (not mystery)."""
    rest = word[2:].lower()
    if word[:2].lower() != "my" or len(rest) < 3 or in_dictionary(word):
        return None
    if rest in WORDS or in_dictionary(rest) or looks_japanese(rest) or _compound(rest, False):
        return "マイ" + latin_word(rest)
    return None


def _word(part: str) -> str:
    """A capitalised part of a brand name (Tok in TikTok, Kit in HomeKit) is a word; a
    Japanese name in it is read as romaji (sapporo in sapporobeer サッポロ, not サポロ)."""
    if part.lower() not in WORDS and looks_japanese(part, english=in_dictionary(part)):
        return romaji(part, name_end=False) or spell(part)
    return WORDS.get(part.lower()) or english(part) or spell(part)


def _known_or_letters(word: str) -> str | None:
    """A word we know, or one too short or too capitalised to be read as a word: spelled."""
    known = WORDS.get(word.lower())
    if known is not None:
        return known
    if not word.isupper() and word.lower() in LOWER_WORDS:
        return LOWER_WORDS[word.lower()]
    if word.lower() in SHORT_WORDS:  # see you; FAN, HOT (air-conditioner modes)
        return english(word) or spell(word)
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return spell(word[:-1]) + "ズ"  # SDGs エスディージーズ, PCs
    if word.isupper() and _capital_word(word):
        return latin_word(word.lower())  # CHECK チェック, NEXT: words in capitals
    if (word.istitle() or word.islower()) and (name := one_syllable_name(word, english=True)):
        return name  # Sho ショウ, Shun シュン, jun ジュン: a name (not English shun シャン)
    if len(word) == 3 and word.istitle() and (name := romaji(word)):
        return name  # Yui ユイ, Ken ケン, Ryo リョウ: a name, not letters
    if len(word) == 3 and (word.istitle() or word.islower()) and _spoken_short(word.lower()):
        return english(word) or spell(word)  # Bob ボブ, Sam, Dad: a word, not letters
    if word.isupper() or len(word) <= 3:
        return spell(word)
    if len(word) <= 5 and not in_dictionary(word) and _NO_ONSET_RE.match(word.lower()):
        return spell(word)  # kddi ケーディーディーアイ: letters typed in lower case
    return None


def _written_parts(word: str) -> str | None:
    """A word whose parts show in its spelling (Mc, a particle after, capitals): each read."""
    if word[:2] == "Mc" and word[2:3].isupper():  # McDonald マクドナルド
        return "マク" + latin_word(word[2:])
    head, tail = re.match(r"(.*?)(out|up|off)?$", word.lower()).groups()  # type: ignore[union-attr]
    if tail and len(head) >= 3 and in_dictionary(head):
        return _word(head) + latin_word(tail)  # workout ワークアウト, setup, layout
    parts = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", word)
    if len(parts) > 1:  # PlayStation, AirPods: each part is a word
        return "".join(latin_word(p) if p.isupper() else _word(p) for p in parts)
    return None


def latin_word(word: str) -> str:
    """Read a Latin word: a known loanword, an acronym spelled, a romanised Japanese name
    (yamada ヤマダ), else an English word by its sound (kitchen キッチン)."""
    said = _known_or_letters(word)
    if said is None:
        said = _written_parts(word)
    if said is not None:
        return said
    lower = word.lower()
    if said := _compound(lower) or _my_word(word) or _long_tail(lower) or _word_then_name(lower):
        return said
    if looks_japanese(word, english=in_dictionary(word)):
        return romaji(word) or spell(word)
    said = _romaji_compound(lower) or _compound(lower, need_common=False)
    return said or english(word) or spell(word)


#: Brands whose Japanese name drops the English possessive: McDonald's マクドナルド.
_NO_POSSESSIVE: Final = frozenset({"mcdonald", "domino", "kellogg"})


def address_word(word: str) -> str:
    """A run of letters in the path of a URL: a word we know, a dictionary word, a
    romanised name or two known words are read; anything else (abc, defg, hij: a meeting
    code) is spelled, as people read such addresses."""
    key = word.lower()
    said = key in WORDS or in_dictionary(key) or romaji(key) or _compound(key)
    return latin_word(word) if said else spell(word)


def _possessive(m: re.Match[str]) -> str:
    """Denny's デニーズ, St. Luke's ルークス: the s is said, unvoiced after k, p, t, f."""
    word = m[1]
    if word.lower() in _NO_POSSESSIVE:
        return word
    return latin_word(word) + ("ス" if re.search(r"[kptf]e?$", word.lower()) else "ズ")


def latin(text: str) -> str:
    """Read every Latin word in `text` the Japanese way."""
    # Pokémon, café: accented Latin letters are read as the plain ones.
    text = re.sub(r"[À-ÿ]", lambda m: unicodedata.normalize("NFD", m[0])[0], text)
    text = re.sub(r"(?i)(?<![a-z])wi-?fi(?![a-z])", "ワイファイ", text)
    text = re.sub(r"(?i)(?<![a-z])e-mail(?![a-z])", "メール", text)
    text = re.sub(r"(?<=[A-Za-z]t)['’]s(?![A-Za-z])", "s", text)  # let's レッツ, it's
    # My TOYOTA マイトヨタ, My docomo: a service named "My …" is one word, as in マイページ.
    text = re.sub(r"(?<![A-Za-z] )(?<![A-Za-z])(?:My|MY) (?=[A-Za-z])", "マイ", text)
    text = re.sub(r"(?<![A-Za-z])([A-Za-z]{3,})['’][sS](?![A-Za-z])", _possessive, text)
    text = re.sub(r"(?<=[A-Za-z] )a(?= [A-Za-z])", "ア", text)  # have a nice day: the article
    # check out, log in, sign up: a verb and its particle are one loanword (チェックアウト).
    text = re.sub(
        r"(?<![A-Za-z] )(?<![A-Za-z])([a-z]{3,}|[A-Z][a-z]{2,}) (in|out|up)(?![A-Za-z])",
        lambda m: latin_word(m[1]) + latin_word(m[2]),
        text,
    )
    # 6'12"/km (a running pace): minutes and seconds, then the unit.
    text = re.sub(r"(?<=/)(km|kg|kWh|L|㎠|cm²|㎡|m²)(?![A-Za-z])", lambda m: UNITS[m[1]], text)
    text = re.sub(r"(?<=[A-Za-z])\+(?![\dA-Za-z])", "プラス", text)  # Disney+, Apple TV+
    # USB-C, Type-C: the parts are read one after the other, the hyphen is silent.
    return _ROMAN_RE.sub(lambda m: "".join(map(latin_word, m.group().split("-"))), text)
