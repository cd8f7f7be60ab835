"""French shorthand typed in chats and quick messages: svp, bcp, msg, ds, ce WE, vs,
batterie tel, and a score's (a.p.) or (t.a.b.)."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.fr_dates import NO_ARTICLE
from melod.text.latin import MARK, Handler, Rule
from melod.text.latin import rule as _c

_CHAT = {"svp": "s'il vous plaît", "stp": "s'il te plaît", "bcp": "beaucoup",
         "qqn": "quelqu'un", "qqch": "quelque chose", "tjrs": "toujours", "tjs": "toujours",
         "auj": "aujourd'hui", "dsl": "désolé", "jsp": "je sais pas", "msg": "message",
         "msgs": "messages", "slt": "salut", "bjr": "bonjour", "bsr": "bonsoir",
         "tkt": "t'inquiète", "mtn": "maintenant",
         "dmn": "demain", "ajd": "aujourd'hui", "ajrd": "aujourd'hui", "vrmt": "vraiment",
         "bsx": "bisous", "tlm": "tout le monde", "jtm": "je t'aime", "dacc": "d'accord",
         "tjr": "toujours", "qqs": "quelques", "mrc": "merci", "mrci": "merci",
         "tqt": "t'inquiète", "ptet": "peut-être", "jms": "jamais", "nrv": "énervé",
         "jtd": "je t'adore", "bn8": "bonne nuit"}  # fmt: skip
# Said so only in lower case: PK is a kilometre point, PB lead, PR a press office, DAC a
# converter; `50 cc` is an engine's size and `cc :` a copy.
_CHAT_LOWER = {"pk": "pourquoi", "pb": "problème", "pbs": "problèmes", "pr": "pour",
               "qd": "quand", "dac": "d'accord", "dak": "d'accord", "biz": "bisous",
               "dc": "donc", "tps": "temps", "kan": "quand"}  # fmt: skip


def _say(word: str) -> Handler:
    return lambda m: word


# `vs venez ?`, `je vs appelle`: vous after a pronoun, a conjunction or a sentence's start;
# between two things it is versus (`PSG vs OM`, `électrique vs thermique`).
_VOUS_BEFORE = re.compile(
    rf"(?:^|[:,.!?] ?{MARK}?|\b(?:je|j'|tu|on|nous|si|que|qu'|qui|et|ne|pour|avec|chez|à|de) )$"
)


def _vs(m: re.Match[str]) -> str:
    lower_next = re.match(r" [a-zà-ÿ]{2,}", m.string[m.end() :])
    if lower_next and _VOUS_BEFORE.search(m.string[: m.start()]):
        return "vous"
    return "versus"


def _round_the_clock(m: re.Match[str]) -> str:
    if latin.prev_word(m) in NO_ARTICLE:
        return m[0]
    return "vingt-quatre heures sur vingt-quatre, sept jours sur sept"


def _after_time(m: re.Match[str]) -> str:
    # The stop of t.a.b. before its score is no sentence end: its mark goes too.
    return ("après prolongation" if m[1] else "aux tirs au but") + (m[2] or "")


RULES: list[Rule] = [
    # Chat shorthand a family member types (`rappelle-moi svp`, `bcp de vent`).
    *[_c(rf"\b(?i:{short})\b", _say(word)) for short, word in _CHAT.items()],
    *[_c(rf"\b{short}\b(?!['’-])", _say(word)) for short, word in _CHAT_LOWER.items()],
    # `qq chose`, `qq part`: quelque; `qq jours`: quelques.
    _c(r"\bqq\b(?= (chose|part|temps)\b)?", lambda m: "quelque" if m[1] else "quelques"),
    # `c mon nouveau num`, `ok c bon`: c'est, as texted, opening a clause (not vitamine c).
    _c(
        r"(?:^|(?<=[,.!?:] )|(?<=\bet )|(?<=\bmais )|(?<=\bdonc )|(?<=\boui )|(?<=\bmdr )|"
        r"(?<=\bok ))c(?= (?:mon|ma|mes|ton|ta|tes|son|sa|ses|le|la|les|un|une|pas|bon|"
        r"ok|trop|nul|super|moi|toi|lui|qui|quoi|ça|fini|vrai|sûr|cool|bien|mal|quand|où)\b)",
        _say("c'est"),
    ),
    # `@+`, `a+` typed to say goodbye: à plus.
    _c(r"(?<!\S)@\+(?!\S)", _say("à plus")),
    # `pcq il pleut`: parce qu'il, elided before a vowel as it is said.
    _c(r"\b(?i:pc[qk])\b( (?=[aeiouyéèêà]))?", lambda m: "parce qu'" if m[1] else "parce que"),
    _c(r"(?<![\d.,] )\b(?i:cc)\b(?! ?:)(?=[ ,!])", _say("coucou")),
    # `colis ds la boîte`, `ds 10 min`: dans, in lower case only (a DS is a car or a console).
    _c(r"\bds(?= [a-zà-ÿ]| \d+ ?(?:min|h|s|sec|j|jours?|semaines?|mois|ans?)\b)", _say("dans")),
    # `batterie tel 5%`, `mon tel`: the phone (`tel quel`, `un tel` stay).
    _c(
        r"\b((?i:batterie|mon|ton|son|du|au|le|sur|par) )tel\b(?! (?:que|quel\w*|ou|et)\b)",
        lambda m: m[1] + "téléphone",
    ),
    # `ce WE`, `bon we !`: a weekend, after a word that opens one.
    _c(r"(?i)\b((?:ce|le|du|au|bon|chaque|prochain|tout le) )w-?e\b", lambda m: m[1] + "week-end"),
    _c(r"\bvs\b\.?", _vs),
    # `tt le monde`, `tte la journée`: tout, toute, toutes.
    _c(r"\b(?:tt|Tt)(e?s?)\b(?!['’-])", lambda m: "tout" + m[1]),
    # `livraison 24/7`: round the clock, every day (`le 24/7` stays the 24th of July).
    _c(r"(?<![\w/.,])24 ?/ ?7(?![\w/]|[.,]\d)", _round_the_clock),
    # `2-1 (a.p.)`, `(t.a.b.)`: a match won after extra time or on penalties.
    _c(rf"(?i)(?<=\()(?:(a\.p\.?|ap)|t\.a\.b\.?|tab)(?:(?=\))|( ){MARK}?(?=\d))", _after_time),
]
