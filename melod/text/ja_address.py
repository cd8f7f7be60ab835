"""Japanese: URLs and e-mail addresses read part by part (example.jp イグザンプル ドット
ジェーピー), the separators named as Japanese speakers name them."""

from __future__ import annotations

import re
from typing import Final

from melod.text import common
from melod.text.ja_codes import MORE_URL_RE, Rule
from melod.text.ja_numbers import digits
from melod.text.ja_romaji import looks_japanese, one_syllable_name, romaji
from melod.text.ja_sounds import known as in_dictionary
from melod.text.ja_words import address_word, latin_word, spell

_ADDRESS_SYMBOLS: Final = {
    ".": "ドット",
    "/": "スラッシュ",
    "@": "アットマーク",
    ":": "コロン",
    "-": "ハイフン",
    "_": "アンダーバー",
}


def _mailbox_word(word: str) -> str:
    """naha.umi@…: in a mailbox a short lower-case word of two romaji syllables is a name
    (umi ウミ, aki, yui), not letters to spell."""
    if len(word) == 3 and word.islower() and looks_japanese(word):
        return romaji(word) or latin_word(word)
    if word.islower() and (name := one_syllable_name(word, english=in_dictionary(word))):
        return name
    return latin_word(word)


# kanko.city.kyoto.lg.jp, kenko: a site's romaji word in CVN + ko/go is a Sino-Japanese
# word whose ō the spelling dropped (観光 kankō, 健康 kenkō, 銀行 ginkō).
_LONG_NKO_RE: Final = re.compile(r"[^aiueo]*[aiueo]n[kg]o")


_SAID_LABELS: Final = frozenset({"ly", "me", "my", "be"})


def _host_word(word: str) -> str:
    """pref.mie.lg.jp, eki-net.com: in a host a short lower-case romaji word no dictionary
    knows is a place or a word (mie ミエ, eki エキ), not letters to spell."""
    if word.lower() == "go":  # the government's go.jp is spelled like co.jp, not ゴー
        return "ジーオー"
    # A two-letter label is a country or a registry, spelled (abema.tv ティービー, not the
    # loanword テレビ; .it, .to, .in); bit.ly, line.me, youtu.be, my.docomo are said as words.
    if len(word) == 2 and word.isalpha() and word.lower() not in _SAID_LABELS:
        return "ジェーピー" if word.lower() == "jp" else spell(word)
    if word.lower().startswith("jr") and len(word) > 4:  # jrhokkaido, jreast: JR + a name
        return "ジェイアール" + _host_word(word[2:])
    if _LONG_NKO_RE.fullmatch(word) and not in_dictionary(word) and (kana := romaji(word)):
        return kana + "ウ"
    if len(word) == 3 and word.islower() and word[-1] in "aiueo" and not in_dictionary(word):
        return romaji(word) or latin_word(word)
    return latin_word(word)


def _address(m: re.Match[str]) -> str:
    """example.jp/r/1234: the host's names are read as words; in the path after it a run
    of letters no table or dictionary knows (meet.google.com/abc-defg) is spelled."""
    host, _, path = re.sub(r"(?i)^https?://", "", m.group()).partition("/")
    mailbox, at, host = host.rpartition("@")
    # kome-ya.jp, soba-ya: 屋 (a shop) is said with its word, コメヤ, not ハイフン ワイエー.
    host = re.sub(r"(?<=[a-z]{2})-ya(?=[.-])", "ya", host)
    said = common.read_address(host, _ADDRESS_SYMBOLS, _host_word, digits)
    if at:
        box = common.read_address(mailbox, _ADDRESS_SYMBOLS, _mailbox_word, digits)
        said = box + " アットマーク " + said
    path = path.rstrip("/")
    if path:
        said += " スラッシュ " + common.read_address(path, _ADDRESS_SYMBOLS, address_word, digits)
    return said


ADDRESS_RULES: Final[tuple[Rule, ...]] = (
    (common.EMAIL_RE, _address),
    (common.URL_RE, _address),
    (MORE_URL_RE, _address),  # campaign.line.me, bit.ly/3xYz
)
