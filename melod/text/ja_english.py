"""English words in katakana as Japanese loanwords say them (kitchen キッチン), from sound.

The ARPAbet pronunciation comes from the CMU dictionary (loaded on first use); a word it
lacks gets a rough one from its spelling.  Each vowel takes its onset consonant (キ, ュ
glides for k-y-u); a consonant with no vowel takes ウ (オ after t and d: ト, ド); a final
stop after a short vowel doubles (ッ: robot ロボット); r after a vowel lengthens it (ー).
Reduced vowels follow the spelling, as loanwords do (Dyson ダイソン, Spotify スポティファイ).
"""

from __future__ import annotations

import re
from typing import Final

from melod.text.ja_sounds import VOWELS as _VOWELS
from melod.text.ja_sounds import known, pronounce
from melod.text.ja_vowels import vowel as _vowel

_ROWS: Final = {
    "": "アイウエオ", "P": "パピプペポ", "B": "バビブベボ", "K": "カキクケコ",
    "G": "ガギグゲゴ", "S": "サシスセソ", "Z": "ザジズゼゾ", "TH": "サシスセソ",
    "DH": "ザジズゼゾ", "M": "マミムメモ", "N": "ナニヌネノ", "L": "ラリルレロ",
    "R": "ラリルレロ", "HH": "ハヒフヘホ", "V": "バビブベボ",
}  # fmt: skip
_TWO: Final = {
    "T": ("タ", "ティ", "ツ", "テ", "ト"),
    "D": ("ダ", "ディ", "ドゥ", "デ", "ド"),
    "F": ("ファ", "フィ", "フ", "フェ", "フォ"),
    "W": ("ワ", "ウィ", "ウ", "ウェ", "ウォ"),
    "Y": ("ヤ", "イ", "ユ", "イェ", "ヨ"),
    "SH": ("シャ", "シ", "シュ", "シェ", "ショ"),
    "ZH": ("ジャ", "ジ", "ジュ", "ジェ", "ジョ"),
    "JH": ("ジャ", "ジ", "ジュ", "ジェ", "ジョ"),
    "CH": ("チャ", "チ", "チュ", "チェ", "チョ"),
}
_BARE: Final = {
    "P": "プ", "B": "ブ", "T": "ト", "D": "ド", "K": "ク", "G": "グ", "F": "フ", "V": "ブ",
    "TH": "ス", "DH": "ズ", "S": "ス", "Z": "ズ", "SH": "シュ", "ZH": "ジュ", "CH": "チ",
    "JH": "ジ", "M": "ム", "N": "ン", "NG": "ング", "L": "ル", "R": "ル", "HH": "",
    "W": "ウ", "Y": "イ", "TS": "ツ", "DZ": "ズ",
}  # fmt: skip
_SMALL: Final = {"a": "ャ", "u": "ュ", "e": "ェ", "o": "ョ"}
_SHORT: Final = frozenset(("AA", "AE", "AH", "EH", "IH", "UH"))
_GEMINATES: Final = frozenset(("P", "T", "K", "CH", "SH", "JH", "D", "G", "TS", "DZ"))


def _letters(word: str, phones: list[str]) -> list[str]:
    """The spelled vowel group behind each vowel phone ('' when they do not align)."""
    count = sum(p.rstrip("012") in _VOWELS for p in phones)
    for pattern in (r"[aeiou]+y?|(?<=[^aeiou])y", r"[aeo]?[iu]|[aeiou]+y?|(?<=[^aeiou])y"):
        groups = re.findall(pattern, word)  # the second splits ie, ia: purifier, media
        if len(groups) == count + 1 and re.search(r"[^aeiou]e[ds]?$", word):  # locked
            groups.pop()
        if len(groups) == count:
            return groups
    return [""] * count


def _kana(onset: str, glide: str, vowel: str) -> str:
    """The kana for onset (+ y/w glide) + one vowel."""
    idx = "aiueo".index(vowel)
    if glide == "Y" and onset:
        head = {"T": "チ", "D": "デ", "F": "フ", "S": "シ", "Z": "ジ"}.get(onset)
        head = head or _TWO.get(onset, _ROWS.get(onset, "アイウエオ"))[1]
        return head + ("" if vowel == "i" else _SMALL[vowel])
    if glide == "W" and onset == "K" and vowel == "o":
        return "クオ"  # quality クオリティ, quarter (but squat スクワット: see english)
    if glide == "W" and onset in ("K", "G") and vowel == "e":
        return _BARE[onset] + "エ"  # request リクエスト, question クエスチョン
    if glide == "W" and onset:
        return _BARE[onset] + ("イ" if vowel == "i" else _TWO["W"][idx])
    if onset in _TWO:
        return _TWO[onset][idx]
    return _ROWS.get(onset, _ROWS[""])[idx]


def _geminates(phones: list[str], i: int, word: str) -> bool:
    """Does the consonant at i double (ッ): robot ロボット, kitchen キッチン, happy ハッピー?"""
    p = phones[i]
    prev = phones[i - 1][:2] if i else ""
    if p == "S" and phones[i - 1] == "EH1" and "ss" in word:  # message メッセージ, lesson
        return i + 1 < len(phones) and phones[i + 1][:2] in _VOWELS
    if p not in _GEMINATES or (prev not in _SHORT and phones[i - 1] not in ("AO1", "AO2")):
        return False
    rest = phones[i + 1 :]
    ended = p == "D" and word.endswith(("ted", "ded"))  # limited リミテッド
    after = ("AE", "EH", "IH", "UH", "AH") if p == "D" else ("AE", "EH", "IH", "UH")
    if p in ("D", "G") and prev not in after and not rest[:1] and not ended:
        return False  # bag バッグ, good グッド, flood フラッド; but plug プラグ, blog ブログ
    if not rest or (len(rest) == 1 and rest[0] in ("S", "Z")):
        return True
    if p == "SH" and "tion" in word:
        return False  # condition コンディション, but mission ミッション
    if p in ("CH", "SH") or (p == "JH" and not rest):
        # kitchen キッチン, dishwasher, finish フィニッシュ; but machine マシン
        return phones[i - 1][-1] in "12" or prev == "IH"
    stressed = phones[i - 1][-1] in "12"
    if rest[:2] == ["IH0", "NG"] and p in ("P", "T", "K") and prev in _SHORT and stressed:
        return True  # booking ブッキング, setting セッティング
    if p == "K" and stressed and (re.search(r"ck(?:e?y|er|ie)$", word) or prev == "UH"):
        return True  # lucky ラッキー, locker ロッカー, cooker クッカー; but ticket チケット
    if p == "T" and prev == "IH" and stressed and re.search(r"itt(?:er|ing)", word):
        return True  # litter リッター, sitter, glitter; but butter バター, letter
    return _before_consonant(p, prev, rest[0]) or _double(p, word, rest[0], stressed)


def _before_consonant(p: str, prev: str, nxt: str) -> bool:
    """update アップデート, Fitbit フィットビット, podcast ポッドキャスト, headline; not
    adapter アダプター, option, signal シグナル, advantage アドバンテージ."""
    if nxt[:2] in _VOWELS or nxt in ("R", "Y"):
        return False
    if p == "P":
        return nxt in ("B", "D", "G", "W")
    if p == "T":
        return nxt != "L"
    if p == "D":
        return prev in ("EH", "UH", "AA", "AO") and nxt not in ("N", "M")
    return p == "K" and nxt in ("P", "B", "G", "D")  # backdoor, lockdown, locked


def _double(p: str, word: str, nxt: str, stressed: bool) -> bool:
    """happy ハッピー, battery バッテリー (a doubled letter after a stressed vowel); not
    support サポート, kettle ケトル, account, trigger."""
    double = {"P": "pp", "K": "kk"}  # tt mostly not: butter バター, letter, bottom
    if p not in double or not stressed or nxt == "R" or (p == "T" and nxt == "L"):
        return False
    return re.search(double[p], word) is not None


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
    onset, glide = onset.partition("+")[::2]
    before_vowel = bool(rest) and rest[0][:2] in _VOWELS
    if onset == "" and p[:2] == "ER" and last in ("ai", "ei") and not before_vowel:
        onset, v = "Y", "aー"  # dryer ドライヤー, player プレイヤー, but diary ダイアリー
    if onset == "" and p[:2] == "ER" and last == "au":
        onset, v = "W", "aー"  # power パワー, shower シャワー (the ウ is dropped below)
    if onset == "T" and glide == "W" and i == 2:
        onset = "TS"  # twitter ツイッター, but gateway ゲートウェイ
    if onset == "T" and i == 1 and p[:2] == "IH":
        onset = "CH"  # ticket チケット, tip チップ
    if onset == "T" and i == 1 and p == "AH0" and spelled == "o":
        return "トゥ", "u"  # tomorrow トゥモロー, together
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
            kana, vowels = _vowel_kana(phones, i, letters[n], onset, (word, last))
            if last == "au" and kana.startswith("ワ") and out and out[-1].endswith("ウ"):
                out[-1] = out[-1][:-1]
            last = vowels
            out.append(kana)
            n += 1
            onset = "R" if p[:2] == "ER" and nxt in _VOWELS else ""
        elif p in ("Y", "W") and nxt in _VOWELS:
            onset = f"{onset}+{p}" if onset else p  # cute キュート: k with a y glide
        elif p == "R" and nxt not in _VOWELS and last:
            _r_colour(out, last, i == len(phones) - 1, word)
        else:
            if onset:
                out.append(_BARE[onset])
            if _geminates(phones, i, word):
                out.append("ッ")
                if nxt == "W":  # network ネットワーク: the w starts the next syllable
                    nxt = ""
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
    prefixed = key.startswith("un") and len(key) > 5 and known(key[2:])
    if prefixed and (rest := english(key[2:])):
        return "アン" + rest  # uninstall アンインストール: the prefix stays apart
    phones = pronounce(key)
    if key.startswith("uni") and phones[:2] == ["Y", "UW1"]:
        phones[1] = "UH1"  # unit ユニット, universe, union: a short u
    if key.endswith("age") and phones[-2:-1] in (["IH0"], ["AH0"]) and phones[-1] == "JH":
        phones[-2] = "EY1"  # storage ストレージ, image イメージ, voltage
    if key.endswith("day") and phones and phones[-1][:2] == "IY":
        phones[-1] = "EY2"  # Friday is フライデー, not the dictionary's old -dee
    # cats キャッツ, parents ペアレンツ: t + s with no vowel after is one sound.
    joined = re.sub(r"\bT S\b(?! [A-Z]+[012])", "TS", " ".join(phones))
    phones = re.sub(r"\bD Z$", "DZ", joined).split()  # pods ポッズ, goods グッズ
    if key.endswith("ed") and phones[-1:] == ["T"] and phones[-2][:2] not in _VOWELS:
        phones[-1] = "D"  # wrapped ラップド, locked ロックド: loanwords voice a final -ed
    if key.endswith("le") and phones[-2:] == ["AH0", "L"]:
        phones = [*phones[:-2], "L"]  # table テーブル, apple アップル
    if not any(p[:2] in _VOWELS for p in phones):
        return None
    try:
        said = _render(key, phones)
        return said.replace("スクオ", "スクワ") or None  # squat スクワット, squad
    except (ValueError, KeyError, IndexError):
        return None
