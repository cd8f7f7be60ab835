"""Which kana vowel an English vowel takes in a loanword: by its sound (ARPAbet, with
stress), and, for the reduced and the ambiguous ones, by its spelling, as loanwords
follow the letters (Dyson ダイソン, security セキュリティ, Monday マンデー)."""

from __future__ import annotations

import re

from melod.text.ja_sounds import VOWELS


def _reduced(p: str, stress: str, letters: str, rest: list[str]) -> str:
    """AH and ER, whose kana follow the spelling."""
    first = letters[:1]
    nxt = rest[0] if rest else ""
    if p == "AH":
        if letters.startswith("ou") or (first == "o" and rest == ["M"]):
            return "a"  # country カントリー, welcome ウェルカム, custom
        if first == "o" and stress == "1":
            return "a"  # Monday マンデー, money マネー, color カラー
        if letters == "io" or first == "o":
            return "o"
        if letters == "ai":
            return "e"  # curtain カーテン, mountain, captain
        return {"e": "e", "i": "i", "y": "i"}.get(first, "a")
    if nxt[:2] in VOWELS:
        return {"e": "e", "o": "o", "i": "i"}.get(first, "a")
    return "a" if stress == "0" and rest == ["N"] else "aー"  # modern モダン


def _long_vowel(phones: list[str], i: int, letters: str, word: str) -> str:
    """EY, IY and OW: long, short or a diphthong."""
    p, stress = phones[i][:2], phones[i][2:]
    nxt = phones[i + 1] if i + 1 < len(phones) else ""
    final = i == len(phones) - 1
    if p == "EY" and stress == "0" and letters[:1] == "a":
        return "a"  # vacation バケーション
    if p == "EY" and final and word.endswith("day") and len(word) > 3:
        return "eー"  # Friday フライデー, holiday
    if p == "EY":
        mail = nxt == "L" and phones[i + 2 : i + 3] in ([], ["B"], ["Z"], ["D"])
        spelled = letters.startswith(("ei", "ai", "ay")) and not mail  # daily, but mail メール
        return "ei" if final or nxt in ("N", "ER0") or spelled else "eー"  # wait, but game
    if p == "IY" and final and stress == "0" and word.endswith(("i", "pe", "me")):
        return "i"  # safari サファリ, taxi, recipe レシピ, sesame
    if p == "IY" and final and stress == "0" and word.endswith("ity"):
        return "i"  # city シティ, security, quality; but party パーティー
    if p == "IY":
        return "iー" if final or stress == "1" else "i"
    if final and i and phones[i - 1][:2] == "IY":
        return "o"  # video ビデオ, radio
    if stress == "0" and phones[i + 1 :] == ["L"]:
        return "oー"  # console コンソール, control
    if final and stress in ("0", "2") and word.endswith("o"):
        return "o"  # auto オート, photo, tempo
    later = any(q[:2] in VOWELS for q in phones[i + 1 :])
    return "o" if stress == "0" or (stress == "2" and later) else "oー"  # Microsoft


def vowel(phones: list[str], i: int, letters: str, word: str) -> str:
    """Kana vowels ('aiueo', ー for length) for the vowel phone at i."""
    p, stress = phones[i][:2], phones[i][2:]
    rest = phones[i + 1 :]
    first = letters[:1]
    if p in ("AH", "IH") and stress == "0" and phones[i - 1 : i] == ["V"] and rest == ["N"]:
        return "u"  # seven セブン, eleven イレブン, heaven ヘブン (but oven: see words)
    if p in ("AH", "ER"):
        return _reduced(p, stress, letters, rest)
    if p in ("EY", "IY", "OW"):
        return _long_vowel(phones, i, letters, word)
    after_w = i > 0 and phones[i - 1] == "W"
    if p == "AO" and after_w and "ward" in word:
        return "a"  # reward リワード, forward フォワード
    if p == "AO":
        return "o" if first == "o" or rest[:1] == ["R"] else "oー"
    if p == "IH" and stress == "0" and first == "e" and not (i == 1 and word[:2] == "re"):
        return "e"  # security セキュリティ, device デバイス, but return リターン
    if p == "AA" and after_w:
        return "o"  # wash ウォッシュ
    first_vowel = not any(q[:2] in VOWELS for q in phones[:i])
    if p in ("AA", "AO") and first_vowel and re.match(r"[^aeiou]*a[wu]", word):
        return "oー"  # awesome オーサム, law ロー
    simple = {"AA": "o" if first == "o" else "a", "AE": "a", "AW": "au", "AY": "ai"}
    if p == "UW" and stress == "0" and rest[:1] and rest[0][:2] in VOWELS:
        return "u"  # manual マニュアル, casual, visual
    simple |= {"EH": "e", "IH": "i", "OY": "oi", "UH": "u", "UW": "uー"}
    return simple[p]
