"""French abbreviations: titles, street words, min./max., J-3 (day names: fr_days)."""

from __future__ import annotations

import re

from melod.text import fr_chat, fr_days, fr_signs, latin
from melod.text.fr_days import MONTH, MONTH_ABBR
from melod.text.fr_numbers import card, roman
from melod.text.fr_tables import COMPASS
from melod.text.latin import MARK, Rule
from melod.text.latin import rule as _c

# A title is an abbreviation only before a name or another title (Mme et M. Petit).
_NAME = r"(?= (?:[A-ZÀ-Ý]|et (?:M|Mr|MM|Mme|Mlle|Dr|Pr|Monsieur|Madame)\b))"
_REGNAL = ("Louis|Henri|Charles|François|Philippe|Napoléon|Jean-Paul|Benoît|Pie|Léon|"
           "Édouard|Guillaume|Élisabeth|Catherine|Marie")  # fmt: skip


_BARE_UNITS = {"kWh": "kilowattheure", "kW": "kilowatt", "kg": "kilo"}
_SIDES = {"ext": "extérieure", "int": "intérieure"}
_BEFORE_NUMBER = {"oef": "oefficient", "éf": "éférence", "rt": "rticle", "ol": "olume"}
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
# Street words cut short after a house number (`2 pl. de la Mairie`, `4 imp. des Roses`).
_STREETS = {"pl": "place", "imp": "impasse", "rte": "route", "chem": "chemin", "sq": "square",
            "fbg": "faubourg", "all": "allée", "r": "rue"}  # fmt: skip


_COMPASS = "|".join(sorted(COMPASS, key=len, reverse=True))


def _compass(m: re.Match[str]) -> str:
    if m[4]:
        return COMPASS[m[4]]
    name = COMPASS[m[3]]
    lead = m[2][:-3] + "d'" if m[2].endswith(" de ") and name[0] in "eo" else m[2]
    return f"{m[1]}{lead}{name}"


def _abbrev(word: str) -> latin.Handler:
    return lambda m: word + ("." if latin.sentence_end(m) else "")


def _cased(word: str) -> latin.Handler:
    # Tél. at the start of a line is Téléphone; 12 av. Foch stays avenue.
    return lambda m: word.capitalize() if m[0][0].isupper() else word


def _bound(m: re.Match[str]) -> str:
    word = "minimum" if m[2] == "in" else "maximum"
    return (word.capitalize() if m[1] == "M" else word) + " "


def _regnal(m: re.Match[str]) -> str:
    # Louis XIV is Louis quatorze, François I François premier (I alone may be an initial).
    value = roman(m[2])
    if value is None:
        return m[0]
    first = "première" if m[1] in ("Élisabeth", "Catherine", "Marie") else "premier"
    return f"{m[1]} {first if value == 1 else card(value)}"


RULES: list[Rule] = [
    # `5 déc.`, `12 janv 2025`: a month cut short after a day (`sept` alone is a number).
    _c(
        r"(?<=\d )(?i:(janv|f[ée]vr?|avr|juil|oct|nov|d[ée]c)\b\.?|(sept)(?:\.|(?= \d{4}\b)))",
        lambda m: latin.keep_dot(m, MONTH_ABBR[(m[1] or m[2]).lower()]),
    ),
    _c(rf"\b({_REGNAL}) ([IVXL]{{2,7}}\b|[IVX]\b(?!\.))(?!-)", _regnal),
    # WiFi, WIFI: one word said "wifi"; Wi-Fi is kept as typed, a word either way.
    _c(r"\b[Ww](?:i[Ff]i|IFI)\b", lambda m: "wifi"),
    _c(rf"\b(?:M\.|Mr\b\.?){_NAME}", lambda m: "Monsieur"),  # Mr Dupont, typed the English way
    # Me Durand is Maître (a notary, a lawyer) after a preposition or at the start.
    _c(
        rf"(?:^|(?<=\bchez )|(?<=\bavec )|(?<=\bpour )|(?<=\b(?:de|et) )|(?<=\bà ))Me\b\.?{_NAME}",
        lambda m: "Maître",
    ),
    _c(rf"\bMM\.{_NAME}", lambda m: "Messieurs"),
    _c(rf"\bMme\b\.?{_NAME}", lambda m: "Madame"),
    _c(rf"\bMlle\b\.?{_NAME}", lambda m: "Mademoiselle"),
    _c(rf"\bDr\b\.?{_NAME}", lambda m: "docteur"),
    # `le Dr a dit`, `chez le Dr.`: after an article or chez it is the doctor, name or not.
    _c(
        r"\b((?i:le|du|au|un|ce|mon|ton|son|votre|notre|chez|leur) )Dr\b\.?(?![\w'-])",
        lambda m: m[1] + latin.keep_dot(m, "docteur"),
    ),
    _c(rf"\bPr\b\.?{_NAME}", lambda m: "professeur"),
    _c(r"\bSte\b\.?(?=[ -][A-ZÀ-Ý])", lambda m: "Sainte"),
    _c(r"\bSt\b\.?(?=[ -][A-ZÀ-Ý])", lambda m: "Saint"),
    _c(r"\betc\.", _abbrev("et cetera")),
    _c(r"\b[Qq]té\b\.?", lambda m: latin.at_start(m, "quantité")),
    # `vent de NO`, `Vent : SSE 20 km/h`, `20 km/h NO`: a wind's compass point.
    _c(
        rf"(?i:\b(vents?|direction|rafales?)\b)( ?:? (?:de |du |d')?)({_COMPASS})\b(?![-'])"
        rf"|(?<=km/h )({_COMPASS})\b(?![-'])",
        _compass,
    ),
    # `112/100 000 hab.`: the inhabitants of a rate, after its number.
    _c(r"(?<=\d )hab\b\.?", _abbrev("habitants")),
    _c(r"\bc\. ?à ?(?:s\.|soupe\b)", lambda m: "cuillères à soupe"),
    _c(r"\bc\. ?à ?(?:c\.|café\b)", lambda m: "cuillères à café"),
    _c(r"\bc\.-à-d\.", lambda m: "c'est-à-dire"),
    _c(r"\b[Aa]v\.", _cased("avenue")),
    _c(
        rf"(?<=\d )((?:bis |ter )?)({'|'.join(_STREETS)})\."
        r"(?= (?:de la |de l'|de |des |du |d')?[A-ZÀ-Ý])",
        lambda m: m[1] + _STREETS[m[2]],
    ),
    _c(r"\b[Bb]d\b\.?", _cased("boulevard")),
    _c(r"\b[Bb]ât\b\.?(?= ?[A-Z0-9]\b)", _cased("bâtiment")),
    _c(r"\b[Aa]pp?t\b\.?(?= ?(?:n°)?\d| [A-Z]\b)", _cased("appartement")),
    _c(r"\b[Ee]sc\.(?= ?[A-Z0-9]\b)", _cased("escalier")),
    _c(r"\benv\.", lambda m: "environ"),
    _c(r"(?<=\bsans )asc\b\.?|(?<=\bavec )asc\b\.?", lambda m: latin.keep_dot(m, "ascenseur")),
    # `3 sem. de congés`: the stop of a shortened unit does not end the sentence.
    _c(r"(?<=\d)( ?(?:sem|min|sec|mn))\.(?= [a-zà-ÿ])", lambda m: m[1]),
    *fr_chat.RULES,
    _c(rf"\b([Mm])oy\.( ?{MARK}(?=\d))?", lambda m: f"{m[1]}oyenne" + (" " if m[2] else "")),
    # `prix du kWh`, `3,50 € le kg`: a unit with no number before it is still a word.
    _c(
        r"(?:(?<=\b(?i:du|le|au|en) )|(?<=\bpar ))(kWh|kW|kg)\b(?!/)",
        lambda m: _BARE_UNITS[m[1]],
    ),
    # `au km 23`: a kilometre post, not a distance (`5 km 23 min` has its number before).
    _c(r"(?<![\d,.] )(?<!\d)\b[Kk]m\.? (?=\d)", lambda m: "kilomètre "),
    # `Tél.`, `Tél :`, `Tel 06...`: the phone label, with or without its stop.
    _c(r"\b[Tt]él\b\.?|\b[Tt]el\b\.?(?= ?:? ?(?:\+|0\d))", _cased("téléphone")),
    _c(r"\b(?:SdB|sdb|SDB)\b", lambda m: "salle de bains"),
    _c(r"\b(?:SàM|sàm|SAM)\b(?! \d)", lambda m: "salle à manger"),
    _c(r"\b[Rr]dv\b", lambda m: "rendez-vous"),
    # `RDC`, `3e ét.`: the floors of a building as a notice or a delivery note writes them.
    _c(r"\b(?:RDC|[Rr]dc|RdC)\b", lambda m: latin.at_start(m, "rez-de-chaussée")),
    _c(r"\b(\d{1,2}(?:e|er|ème)) ét\b\.?", lambda m: f"{m[1]} étage"),
    # `chapitre 12, p. 245`, `pp. 12-15`: a page before its number.
    _c(rf"\b([Pp])(p?)\. ?{MARK}?(?=\d)", lambda m: f"{m[1]}age{'s' if m[2] else ''} "),
    _c(rf"\b[Nn](?:°|º|o\.?) ?{MARK}?(?=\d)", lambda m: "numéro "),
    # `n° chance`, `N° vert`: the sign before a word is still numéro.
    _c(r"\b([Nn])(?:°|º) ?(?=[^\W\d_])", lambda m: "numéro " if m[1] == "n" else "Numéro "),
    # `commande #48213`, `ticket #12`: the hash before a number is read as numéro.
    _c(rf"(?<![\w/&#])# ?{MARK}?(?=\d)", lambda m: "numéro "),
    _c(rf"(?<![\d.,])(?<!\d )\b([Mm])(in|ax)\b\.? ?:? ?{MARK}?(?=[-−]?\d)", _bound),
    *fr_days.RULES,
]


_WIDE_PUNCT = str.maketrans("：，；！？（）、", ":,;!?(),")


def _as(template: str) -> latin.Handler:
    """A handler that writes `template` with the match's groups, as re.sub's string form."""
    return lambda m: m.expand(template)


# Rules that must see the text before `latin.pre_clean` splits `J-3` into `J 3` and
# `CO2 950` into `CO 2 950`, which would then read as two thousand nine hundred.
_BEFORE_CLEAN: list[Rule] = [
    # `J-3`, `H-2`: days and hours before an event.
    _c(r"\b([JH]) ?([-+]) ?(?=\d)", lambda m: f"{m[1]} {'moins' if m[2] == '-' else 'plus'} "),
    # `T° ext. :`: the temperature sign of a sensor label.
    _c(
        r"\b[Tt]° ?(?:(ext|int)\b\.?)?",
        lambda m: latin.at_start(m, "température") + (f" {_SIDES[m[1]]}" if m[1] else ""),
    ),
    # `vol AF1234`: common.prepare spelled the glued code (A F 1 2 3 4); a flight is an
    # airline's two characters and a number said whole, so glue it back for fr_codes.
    _c(
        r"(?i:\b(vols?|flight) )([A-Z]) ([A-Z\d])((?: [A-Z])?)((?: \d){1,4})(?![\w,])",
        lambda m: f"{m[1]} {m[2]}{m[3]}{m[4].strip()} {m[5].replace(' ', '')}",
    ),
    # `2 300 L / 5 000 L`: an amount out of a capacity in the same unit is "sur".
    _c(
        r"(\d ?(L|l|Go|To|Mo|kg|km|kWh|pages?)) ?/ ?(?=\d[\d ]*(?:,\d+)? ?\2\b)",
        _as(r"\1 sur "),
    ),
    # `le XV de France`, `le XV du Trèfle`: the rugby fifteen.
    _c(r"(?<=\b[lL]e )XV(?= d[eu] )", lambda m: "quinze"),
    *fr_signs.BEFORE_CLEAN,
    # `facture de mar. 2025`: before a year `mar.` is March, not Tuesday (`mar. 12/03`).
    _c(r"\b([Mm])ar\.(?= (?:19|20)\d\d\b)", _as(r"\1ars")),
    # `14 déc. 2024`: the stop of a month cut short does not end the sentence.
    _c(rf"(?<=\d )({MONTH})\.(?= \d)", _as(r"\1")),
    # `USB-C`, `CD-ROM`: capitals joined by a hyphen are two things to spell or say.
    _c(r"\b([A-Z]{2,5})-([A-Z])\b", _as(r"\1 \2")),
    # `AB-123-CD`: a French number plate, letters spelled and the number said.
    _c(r"\b([A-Z])([A-Z])-(\d{3})-([A-Z])([A-Z])\b", lambda m: " ".join(m.groups())),
    # `OM-PSG`, `PSG-Monaco`, `Lens-OM`: two teams, one of them an acronym, by a hyphen.
    _c(r"\b([A-Z]{2,3})-([A-Z]{2,4})\b", _as(r"\1 \2")),
    _c(r"\b([A-Z]{2,4})-(?=[A-Z][a-zà-ÿ]{2,}\b)", _as(r"\1 ")),
    _c(r"\b([A-Z][a-zà-ÿ]{2,})-(?=[A-Z]{2,4}\b)", _as(r"\1 ")),
    # `6-2 6-1`: tennis sets typed without a comma still take a pause between them.
    _c(
        r"(?<![\w.,/:-])(\d{1,2}[-–]\d{1,2}) (?=\d{1,2}[-–]\d{1,2}(?![\w:/-]|[.,]\d))",
        _as(r"\1, "),
    ),
    # `Batt.15%`, `batt faible`: the battery, cut short.
    _c(
        r"\b([Bb])att\b\.?(?: ?(\d))?",
        lambda m: f"{m[1]}atterie{' ' + m[2] if m[2] else ''}",
    ),
    # `Temp. ext. : 12 °C`: the sensor labels, before their stops end a sentence.
    _c(
        r"\b([Tt])emp(?:\.(?: (ext|int)\b\.?)?| (ext|int)\b\.?|(?= ?:? ?[-−]?\d)|(?= [a-zé]))",
        lambda m: m[1] + "empérature" + (f" {_SIDES[m[2] or m[3]]}" if m[2] or m[3] else ""),
    ),
    # `Temp ext 2°, int 19°`: the other side of the label, before its own reading.
    _c(r"(?<=, )(ext|int)\b\.?(?= ?:? ?[-−]?\d[\d,]* ?°)", lambda m: _SIDES[m[1]]),
    # `th. 7` on an oven: the thermostat setting, its stop no sentence end.
    _c(r"\b([Tt])h\.(?= ?\d)", lambda m: m[1] + "hermostat"),
    # `coef. 95`, `réf. 4521`: expanded before the stop can be taken for a sentence end.
    _c(
        r"\b([CcRrAaVv])(oef|éf|rt|ol)\.(?= ?\d)",
        lambda m: m[1] + _BEFORE_NUMBER[m[2]],
    ),
    # `coef 85` on a tide table: the same word without its stop, only before its number.
    _c(r"\b([Cc])oef(?= ?\d)", lambda m: m[1] + _BEFORE_NUMBER["oef"]),
]
# `CO2 950`: a gas and its reading; runs after the subscripts are plain digits.
_GAS_READING = _c(r"\b([A-Z]{2,})(\d{1,2})(?= \d)", lambda m: f"{m[1]} {card(int(m[2]))},")


def before_clean(text: str) -> str:
    """Apply the rules that must run before `latin.pre_clean` (see _BEFORE_CLEAN)."""
    # `Solde：12，50€`: CJK punctuation pasted from a phone keyboard is plain punctuation
    # (translated before the rules, as the first two never see that punctuation).
    text = latin.apply(text.translate(_WIDE_PUNCT), _BEFORE_CLEAN)
    # CO₂, NO₂: subscript digits are plain digits to a reader.
    return latin.apply(text.translate(_SUBSCRIPTS), [_GAS_READING])
