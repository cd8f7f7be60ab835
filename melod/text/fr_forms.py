"""French forms people type: `3x ampoules`, `x2`, `120x60 cm`, `niveau 2/4`, `@ 10h`."""

from __future__ import annotations

import re

from melod.text import fr_context, fr_counts, fr_times, latin
from melod.text.fr_numbers import card, roman
from melod.text.latin import Rule
from melod.text.latin import rule as _c


def _mark(m: re.Match[str]) -> str:
    a, b = int(m[1]), int(m[2])
    # Out of 100 it is a mark or a score wherever it stands (12/10 may be a date).
    if a > b or not (b == 100 or fr_context.is_mark(m)):
        return m[0]
    return f"{card(a)} sur {card(b)}"


# Before these a/b is "a sur b": `niveau 2/4`, `étape 3/5`.
_OUT_OF = latin.wordset(
    "niveau étape épisode palier tome partie série manche question risque indice "
    "téléchargement installation synchronisation sauvegarde chargement envoi progression "
    "séance leçon exercice cours chapitre volume semaine mission défi essai "
    "dose prise injection colis paquet versement mensualité page photo fichier vidéo jour"
)
# Plural words that are not nouns counted: `le 8/10 dès 9h`, `les 4/5 des habitants`.
_NOT_COUNTED = latin.wordset(
    "dès vers puis sous plus moins depuis alors mais très pas jamais toujours tous toutes "
    "aux les des mes tes ses nos vos leurs ces"
)
_DATE_BEFORE = latin.wordset("le du au jusqu'au ce dès l' date échéance depuis avant après")


def _same_total(m: re.Match[str], total: int) -> bool:
    """`risque 3/5 aujourd'hui, 5/5 demain`: a second count out of the same total."""
    sentence = re.split(r"[.!?]", m.string[: m.start()])[-1]
    labels = re.findall(rf"([^\W\d_]+) \d{{1,2}}/{total}(?!\d)", sentence)
    return any(label.lower() in _OUT_OF for label in labels)


# `2/3 livrés`, `5/8 allumées`: a past participle after a/b counts things done; `6/8 dispo`,
# `3/7 présents`: people who answered, out of those asked.
_DONE = re.compile(
    r" (?:[a-zà-ÿ]+(?:és|ées|is|ies|us|ues|erts|ertes|eints|eintes)|dispos?|disponibles?|"
    r"présents?|présentes|absents?|absentes|partants?|partantes|ok|OK|d'accord|"
    r"(?:pour|contre)(?= ?[,.;!?]|$))\b"
)


def _progress(m: re.Match[str], after: str) -> bool:
    """`Mise à jour 2/4`, `2/3 livrés`: steps of a task done, not a fraction or a date."""
    before = m.string[: m.start()].lower()
    return bool(_DONE.match(after)) or before.endswith(("mise à jour ", "maj "))


def _out_of(m: re.Match[str]) -> str:
    """`niveau 2/4`, `8/10 foyers`: a count out of a total, not a date nor a fraction."""
    a, b = int(m[1]), int(m[2])
    after = m.string[m.end() :]
    plural = re.match(r" ([a-zà-ÿ][a-zà-ÿ'-]+[sx])\b", after)
    counted = plural and plural[1] not in _NOT_COUNTED and b >= 5  # 3/4 tasses: a fraction
    before = latin.prev_word(m)
    counted = counted or _same_total(m, b) or _progress(m, after)
    # `indice ATMO 3/6`: the label may have a name between it and the count.
    labels = re.findall(r"[^\W\d_]+", m.string[max(0, m.start() - 30) : m.start()].lower())[-2:]
    # `dose de 1/2 comprimé` is a quantity: after de the label counts nothing.
    labelled = any(word in _OUT_OF for word in labels) and before not in ("de", "d'")
    if 0 < a <= b and (labelled or (counted and before not in _DATE_BEFORE)):
        return f"{card(a)} sur {card(b)}"
    return m[0]


_UNIT_ALT = latin.alternation(["°C", "°", "%", "km/h", "km", "cm", "mm", "m", "kg", "kWh", "kW"])
# `19°C-21°C`, `5 km - 10 km`: the same unit on both ends of a range.
_UNIT_RANGE = re.compile(
    rf"(?<![\w.,])(\d+(?:[.,]\d+)?) ?({_UNIT_ALT}) ?([-–~]) ?(\d+(?:[.,]\d+)?) ?\2(?!\w)"
)


_CAP = "A-ZÀ-ÖØ-Ý"
_CAPS_RUN = re.compile(rf"\b[{_CAP}]+(?:'[{_CAP}]+)?(?:[ ,:!-]+[{_CAP}]+(?:'[{_CAP}]+)?){{2,}}\b")
_LONG_WORD = re.compile(rf"[{_CAP}]*[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ü][{_CAP}]*[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ü][{_CAP}]*")


def _quiet(m: re.Match[str]) -> str:
    """`FUITE D'EAU DÉTECTÉE SOUS L'ÉVIER`: a shouted run of French words (two long ones
    with vowels at least) is plain words, its short ones too (EAU, SOUS, not E A U)."""
    words = re.findall(rf"[{_CAP}]+", m[0])
    if sum(len(w) >= 5 and bool(_LONG_WORD.fullmatch(w)) for w in words) < 2:
        return m[0]
    return re.sub(rf"[{_CAP}]+", lambda w: w[0] if w[0] in _ACRONYMS else w[0].lower(), m[0])


# Acronyms that stay spelled inside a shouted run (ALERTE CO DANS LE GARAGE).
_ACRONYMS = latin.wordset("CO TV WC VMC SMS GPS USB LED PC SNCF EDF SAMU OK")


def _rate(m: re.Match[str]) -> str:
    share = float(m[1].replace(" ", "").replace(",", ".")) / int(m[2].replace(" ", ""))
    return f"{m[1]} {'pour' if share < 0.1 else 'sur'} "


def before_clean(text: str) -> str:
    """Say a range's unit once, after it ("dix-neuf à vingt et un degrés"); this must run
    before `latin.pre_clean`, which reads `C-21` as a road name."""
    quiet = _CAPS_RUN.sub(_quiet, text)
    if quiet != text:  # a shouted message types its units in capitals too: `DEPUIS 2 H`
        quiet = re.sub(r"(\d ?)(H|MIN|KM|KG|L|M|S)\b", lambda m: m[1] + m[2].lower(), quiet)
    text = quiet
    text = _UNIT_RANGE.sub(lambda m: f"{m[1]}{m[3]}{m[4]} {m[2]}", text)
    # `Salon:21,3°C Chambre:18,9°C`: a reading, then the next room's label, take a pause.
    text = re.sub(r"(\d ?(?:°C?|%))(?= [A-ZÀ-Ý][a-zà-ÿ]+(?: [a-zà-ÿ]+)? ?:)", r"\1,", text)
    # `10→80%`, `19,5° -> 17°`: from one value to the next.
    text = re.sub(r"(\d ?(?:%|°C?|€)?) ?(?:→|->|=>|⇒) ?(?=[-−]?\d)", r"\1 à ", text)
    # `batterie 12% → rechargez`: an arrow before words is a pause.
    text = re.sub(r"(?<=[\d%°€]) ?(?:→|=>|⇒|➜|➡️?) ?(?=[^\W\d_])", ", ", text)
    # `(Coton 60°,1200trs)`: a comma after a sign or a word, glued to a number, is a pause.
    text = re.sub(r"(?<=[^\W\d_]|[°%)]),(?=\d)", ", ", text)
    # `18°/11°`: a day's high and low, two readings.
    text = re.sub(r"(\d ?°C?) ?/ ?(?=[-−]?\d+(?:[.,]\d+)? ?°)", r"\1, ", text)
    # `9h-12h/14h-18h`: a slash between two times of day separates them.
    text = re.sub(r"(\d[hH](?:\d\d)?) ?/ ?(?=\d{1,2}[hH])", r"\1, ", text)
    # `Séjour:21°C|Cuisine:22°C`: a bar separates two readings.
    return re.sub(r"\s*\|\s*", ", ", text)


_SCREEN = re.compile(r"(?i)\b(?:écran|télé|tv|téléviseur|moniteur|tablette|jantes?|roues?)\b")


def _inches(m: re.Match[str]) -> str:
    return f"{m[1]} pouces" if _SCREEN.search(m.string) else m[0]


_STAGES = {"beta": "bêta", "bêta": "bêta", "alpha": "alpha", "rc": "R C"}


_TENNIS = re.compile(r"(?i)\b(?:tennis|sets?|jeux|tie-break|roland-garros|wimbledon|atp|wta)\b")
# `6/4 6/3`: sets come in a row; a single 4/6 after `score` is a mark (Wordle 4/6).
_SETS = re.compile(r"(?<![\w/.,])[0-7]/[0-7],? [0-7]/[0-7](?![\w/])")


def _roman_part(m: re.Match[str]) -> str:
    value = roman(m[2])
    return f"{m[1]} {card(value)}" if value else m[0]


def _set_score(m: re.Match[str]) -> str:
    a, b = int(m[1]), int(m[2])
    # `4/6 6/3 2/1`: the set under way, after the sets played, has no six yet.
    under_way = re.search(r"[0-7]/[0-7],? $", m.string[: m.start()])
    if not (_TENNIS.search(m.string) or _SETS.search(m.string)) or (
        max(a, b) < 6 and not under_way
    ):
        return m[0]
    return f"{card(a)} à {card(b)}"


_PART_UNITS = "kg|g|L|l|h|km|m|cm"
_PART_NAMES = {"kg": "kilo", "g": "gramme", "L": "litre", "l": "litre", "h": "heure",
               "km": "kilomètre", "m": "mètre", "cm": "centimètre"}  # fmt: skip


def _unit_fraction(m: re.Match[str]) -> str:
    a, b, name = int(m[1]), int(m[2]), _PART_NAMES[m[3]]
    if a >= b:
        return m[0]
    fem = name == "heure"
    if (a, b) == (1, 2):
        return f"{'une' if fem else 'un'} demi-{name}"
    word = {3: "tiers", 4: "quart" if a == 1 else "quarts"}[b]
    link = "d'" if name[0] in "aeiouh" else "de "
    return f"{card(a)} {word} {link}{name}"


def _rank(m: re.Match[str]) -> str:
    # `le 1er/12` is a date (the first of December), `3e/25` a rank.
    if m[1].startswith("1e") and int(m[2]) <= 12 and latin.prev_word(m) in _DATE_BEFORE:
        return f"1/{m[2]}"
    return f"{m[1]} sur {m[2]}"


def _axle(m: re.Match[str]) -> str:
    if not re.search(r"(?i)\b(?:pneu|roue|pression|frein|essieu)", m.string):
        return m[0]
    return "avant" if m[1] == "AV" else "arrière"


def restore_start(text: str, source: str) -> str:
    """A message that starts with a capital keeps it (`AEMET :`, `Amazon.fr`)."""
    first = re.search(r"[^\W\d_]", source)
    if first and first[0].isupper() and text[:1].islower():
        return text[0].upper() + text[1:]
    return text


_ELIDE = re.compile(r"\b([DdQq])(?:e|ue) (une?)\b")


def elide(text: str, source: str) -> str:
    """A numeral `un`/`une` after `de`/`que` elides them: `retard de 1 h` is read
    "retard d'une heure", `plus que 1 jour` "plus qu'un jour"; words already in
    the message (`photo de une`) stay as written."""
    kept = {m[0].lower() for m in _ELIDE.finditer(source)}

    def swap(m: re.Match[str]) -> str:
        if m[0].lower() in kept:
            return m[0]
        return f"{m[1]}{'' if m[1] in 'Dd' else 'u'}'{m[2]}"

    return _ELIDE.sub(swap, text)


def _dashed_list(m: re.Match[str]) -> str:
    """`4 - 17 - 23 - 38 - 45` a draw's numbers; three that can be a day, a month and a
    year (`3-12-25`) are left to the dates."""
    parts = [int(p) for p in re.findall(r"\d+", m[0])]
    if len(parts) == 3 and 1 <= parts[0] <= 31 and 1 <= parts[1] <= 12:
        return m[0]
    return re.sub(r" ?[-–] ?", ", ", m[0])


_MONTH_NAMES = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "janv|févr|fév|avr|juil|sept|oct|nov|déc"
)


def _day_span(m: re.Match[str]) -> str:
    """`21-22 novembre`: days of a month, "du vingt et un au vingt-deux novembre"."""
    a, b = int(m[1]), int(m[2])
    if not 1 <= a < b <= 31:
        return m[0]
    first = "premier" if a == 1 else card(a)
    before = latin.prev_word(m)
    if before in ("les", "ces"):  # les 21-22 novembre: both days; les 5-7: the span
        return f"{first} {'et' if b == a + 1 else 'au'} {card(b)}"
    return f"{'' if before == 'du' else 'du '}{first} au {card(b)}"


RULES: list[Rule] = [
    *fr_times.RULES,
    *fr_counts.RULES,
    # `Prix au m² :`: the unit alone, after a word that names it.
    _c(r"(?:(?<=\b(?:au|le|du) )|(?<=\bpar ))m[²2](?!\w)", lambda m: "mètre carré"),
    _c(r"(?:(?<=\b(?:au|le|du) )|(?<=\bpar ))m[³3](?!\w)", lambda m: "mètre cube"),
    # `écran 55"`, `jantes 17 pouces`: inches, where a screen or a wheel is named.
    _c(r"(?<![\w.,])(\d+(?:,\d)?) ?(?:\"|″|'')(?=[\s,.)]|$)", _inches),
    # `24h/24`, `7j/7`, `ouvert 7/7`: round the clock, every day.
    _c(r"(?<![\w/.,])24 ?h? ?/ ?24(?![\w/])", lambda m: "vingt-quatre heures sur vingt-quatre"),
    _c(r"(?<![\w/.,])(?<!le )(?<!du )7 ?j? ?/ ?7(?![\w/])", lambda m: "sept jours sur sept"),
    # `pneus AV 2,4 / AR 2,2`: front and back.
    _c(r"\b(AV|AR)\b(?= ?:? ?\d)", _axle),
    # `1 500 €/7 jours`: a ceiling over a span of days, "sur sept jours".
    _c(
        r"(?<=[€$£%]|[^\W\d_]) ?/ ?(?=\d+ ?(?:jours?|j|mois|ans?|semaines?)\b)",
        lambda m: " sur ",
    ),
    # `v1.2.3-beta`: the stage of a release after its number.
    _c(
        r"(?<=\d)-(?i:(beta|bêta|alpha|rc))(?:\b|(?=\d))",
        lambda m: " " + _STAGES[m[1].lower()] + " ",
    ),
    # `15mm/24h`: an amount over so many hours, "en vingt-quatre heures".
    _c(r"(\d) ?(mm|cm|l|L|kWh|Wh|km)/(\d+) ?h\b", lambda m: f"{m[1]} {m[2]} en {m[3]} h"),
    # `4 - 17 - 23 - 38`: numbers by dashes are a list (a draw), not ranges.
    _c(r"(?<![\w.,:/-])\d{1,2}(?: ?[-–] ?\d{1,2}){2,}(?![\w:/-]|[.,]\d)", _dashed_list),
    _c(rf"(?<![\w.,/-])(\d{{1,2}}) ?[-–] ?(\d{{1,2}})(?= (?:{_MONTH_NAMES})\b)", _day_span),
    # `112/100 000`: a rate per thousand or per hundred thousand, "pour cent mille";
    # `8 432 / 10 000` steps, near the whole, is a count out of a goal, "sur".
    _c(
        r"(?<![\w/.,])(?<!\d )(\d{1,3}(?: \d{3})+|\d+(?:,\d+)?) ?/ ?"
        r"(?=((?:1|10|100) ?000(?: ?000)?)(?![\d.,]\d|\d))",
        _rate,
    ),
    # `3e/25`: a rank out of a field, "troisième sur vingt-cinq".
    _c(r"(?<![\w/.,])(\d+(?:e|ème|er|re|ère))/(\d+)\b(?![/.,]\d)", _rank),
    # `1/2 kg`, `3/4 L`, `1/2 h`: a fraction of a unit, "un demi-kilo", "trois quarts de litre".
    _c(rf"(?<![\w/.,])(?<!\d )([1-3])/([234]) ?({_PART_UNITS})\b(?![/.,]\d)", _unit_fraction),
    # `Chapitre IV`, `tome III`: a Roman numeral after a part of a work is a cardinal.
    _c(
        r"(?i:\b(chapitre|tome|acte|partie|saison|volume|épisode|titre|article|phase|niveau) )"
        r"([IVXL]{1,6})\b(?![-'])",
        _roman_part,
    ),
    # `Score : 6/4 6/3`: tennis sets written with a slash.
    _c(r"(?<![\w/.,])([0-7])/([0-7])(?![\w/]|[.,]\d)", _set_score),
    # `Tension : 12/7`: blood pressure, said "douze sept".
    _c(
        r"(?i:(\btension\b[^.!?\d]{0,20}?))(\d{1,2}) ?[/-] ?(\d{1,2})\b(?![/.,]\d)",
        lambda m: f"{m[1]}{card(int(m[2]))} {card(int(m[3]))}",
    ),
    # `mardi @ 10h`: an at sign before a time is the preposition.
    _c(r"(?<=\s)@ (?=\d|[A-ZÀ-Ý])", lambda m: "à "),
    # `score 85/100`, `note 16/20`: a mark out of a round total is read "sur".
    _c(r"(?<![\w/.,])(\d{1,3}) ?/ ?(100|20|10)(?![\w/]|[.,]\d)", _mark),
    _c(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)", _out_of),
]
