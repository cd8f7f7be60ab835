"""Korean web and e-mail addresses, read part by part with Korean symbol names."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text import common
from melod.text.ko_address_words import address_word, letter_word, spelled_labels
from melod.text.ko_echo import acronym_lead, camel_echo, echoed
from melod.text.ko_numbers import PHONE_DIGITS, digit_string, sino
from melod.text.ko_romaja import mailbox_surnames
from melod.text.ko_translit import transliterate
from melod.text.ko_words import WORDS, compound, latin, plural, spell

# An address with its port (homeassistant.local:8123): the port is part of it.
_URL_PORT_RE: Final = re.compile(rf"(?:{common.URL_RE.pattern})(?::[0-9]{{2,5}}(?![0-9]))?", re.I)


# A short link (naver.me/xYz12, bit.ly/3ab, photos.app.goo.gl/Ab1) or a site on a top-level
# domain the shared pattern lacks (notion.so, op.gg, home.army.mil), with or without a path.
_SHORT_LINK_RE: Final = re.compile(
    r"(?<![A-Za-z0-9.@/-])(?:[a-z0-9-]+\.)+"
    r"(?:me|ly|gl|gg|to|tv|ai|so|im|fm|cc|be|xyz|link|page|shop|site|info|biz|store|mil|gov|edu)"
    r"(?![A-Za-z0-9.])(?:/[A-Za-z0-9\-._~/?#=%&+]*[A-Za-z0-9/\-_=#])?"
)


# youtube.com/@chimchakman, instagram.com/@cafe_onion: a channel or account's page, whose
# path starts with the @ the shared URL pattern stops before.
_HANDLE_LINK_RE: Final = re.compile(
    r"(?<![A-Za-z0-9.@/-])(?:[a-z0-9-]+\.)+[a-z]{2,}/@[A-Za-z0-9._-]*[A-Za-z0-9_]"
)


# 인스타 @cafe.onion, @minji_0412: an account name with a dot or an underscore, read as an
# address is (카페 점 어니언, 민지 언더바 공사일이); the @ before it is not said.
_HANDLE_RE: Final = re.compile(
    r"(?<![A-Za-z0-9.@/])@([A-Za-z0-9]+(?:[._][A-Za-z0-9]+)+_?)(?![@.]?[A-Za-z0-9])"
)


def _handle(m: re.Match[str]) -> str:
    word = _word_reader({}, frozenset(), m.string)
    return " " + common.read_address(m[1], _SYMBOLS, word, _one_by_one)


# An address split into what comes before the host (scheme, mailbox), the host, and the path.
_HOST_RE: Final = re.compile(r"((?:https?://)?(?:[^/@]*@)?)([^/]*)(.*)", re.I | re.S)

_SYMBOLS: Final = {
    ".": "점", "/": "슬래시", "@": "골뱅이", ":": "콜론", "-": "하이픈", "_": "언더바",
    "?": "물음표", "=": "이퀄", "&": "앤드",  # a query: watch?v=abc
}  # fmt: skip


def addresses(text: str) -> str:
    """E-mail addresses and URLs, part by part with Korean symbol names."""
    # binary_sensor.garage_door 바이너리 센서 점 개러지 도어: an entity id, its words read later
    text = common.ENTITY_RE.sub(lambda m: common.entity_words(m, "점"), text)
    # [Booking.com], Hotels.com: a brand named after its site is said 부킹닷컴.
    text = re.sub(r"(?<![\w.@/])([A-Z][a-z]{2,})\.com(?![A-Za-z0-9./@])", r"\1닷컴", text)
    text = _HANDLE_LINK_RE.sub(_read, text)
    text = _HANDLE_RE.sub(_handle, text)
    text = common.EMAIL_RE.sub(_read, text)
    text = _SHORT_LINK_RE.sub(_read, text)  # first: photos.app.goo.gl is no photos.app
    return _URL_PORT_RE.sub(_read, text)


def _read(m: re.Match[str]) -> str:
    # \w in the shared patterns also takes the Hangul particle after an address.
    found = m.group(0)
    address = re.split(r"[^\x21-\x7e]", found, maxsplit=1)[0]
    tail = found[len(address) :]
    head, host, rest = _HOST_RE.match(address).groups("")  # type: ignore[union-attr]
    known = mailbox_surnames(head if "@" in head else "")
    # as@, cs@, hr@: a two-letter mailbox is a department's letters, spelled (에이에스)
    mailbox = head[:-1].lower() if head.endswith("@") else ""
    two = {mailbox} if re.fullmatch(r"[a-z]{2}", mailbox) and mailbox not in ("me", "my") else set()
    word = _word_reader(known, spelled_labels(host) | two, m.string)
    readings = (
        common.read_address(part, _SYMBOLS, word, reader)
        for part, reader in ((head, _one_by_one), (host, _host_digits(host)), (rest, _one_by_one))
    )
    spoken = " ".join(r for r in readings if r)
    return f" {spoken}{tail}"


def _word_reader(
    surnames: dict[str, str], spelled: frozenset[str], text: str
) -> Callable[[str], str]:
    """A reader for the runs of letters of one address, knowing its surnames, its spelled
    labels and the message it stands in (whose Hangul may spell a word of it)."""

    def word(part: str) -> str:
        if re.fullmatch(r"[A-Z]?[a-z]+(?:[A-Z][a-z]+)+", part):
            # PostView 포스트뷰, blogId 블로그아이디: a CamelCase name word by word
            return "".join(word(p) for p in re.findall("[A-Z]?[a-z]+", part))
        key = part.lower()
        if len(key) == 1:
            return spell(key)  # naver.me/a1B2: a letter alone is spelled, not the word a
        if key in surnames:
            return surnames[key]
        if key in spelled:
            return spell(key)  # go.kr 지오 점 케이알, ac.kr 에이씨 점 케이알
        if camel := camel_echo(key, text):
            return latin(camel)  # [LearnUs] learnus.org 런어스, as the name itself is read
        if acronymed := _acronym_word(key, text):
            return acronymed  # [CU] cupost.co.kr 씨유포스트, LG유플러스 lguplus
        said = address_word(key)
        loose = key not in WORDS and not transliterate(key, False)  # a brand's own spelling
        return echoed(key, said, text, loose) or said

    return word


def _acronym_word(key: str, text: str) -> str | None:
    """The message's capitals, then a known word: [CU] cupost 씨유포스트, IT뉴스 itnews."""
    lead = acronym_lead(key, text)
    if not lead or key in WORDS or transliterate(key, False):
        return None  # [IT] items.com: the whole is a word
    rest = key[len(lead) :]
    said = WORDS.get(rest) or plural(rest) or compound(rest) or letter_word(rest)
    said = said or transliterate(rest, False)
    return spell(lead) + said if said else None


def _one_by_one(d: str) -> str:
    return digit_string(d, PHONE_DIGITS)


def _host_digits(host: str) -> Callable[[str], str]:
    """A reader for the digits of a host.

    A two-digit number glued to a name in the host is part of the brand name and said as
    a number (cafe24 카페이십사, yes24); elsewhere digits go one by one.
    """
    named = re.search("[A-Za-z]", host) is not None

    def digits(d: str) -> str:
        if named and len(d) == 2 and d[0] != "0":
            return sino(int(d))
        return digit_string(d, PHONE_DIGITS)

    return digits
