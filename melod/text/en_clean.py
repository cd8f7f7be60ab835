"""English typing habits cleaned up before the rules read a message: `€8,50`, `at 5,bring`,
`Garage | Open`, `INV-2024-0193`, `2x 4TB`, `this am`, `9:30ish`."""

from __future__ import annotations

import re

from melod.text import cmu, latin
from melod.text.en_tables import DIGIT_NAMES
from melod.text.en_words import card, hundred_hours, plural
from melod.text.en_words import say_year as _year

_SIDES = {"W": "wide", "H": "high", "D": "deep", "L": "long"}


def _reference(m: re.Match[str]) -> str:
    # `AQI 150-175`, `RPM 1500-2000`: a rising pair of like numbers after a measure's
    # initials is a range (a reference's second group falls, or starts with 0, or its first
    # is a year).
    low, high = m[2], m[3]
    rising = high[0] != "0" and int(high) > int(low) and len(high) - len(low) in (0, 1)
    if rising and not re.fullmatch(r"(?:19|20)\d\d", low):
        return m[0]
    spell = [" ".join(DIGIT_NAMES[int(d)] for d in g) for g in (m[2], m[3])]
    return f"{m[1]} {spell[0]}, {spell[1]}"


_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


def _spans(text: str) -> str:
    """Spans a later rule would take apart: two dates with their weekdays, a work shift."""
    # `Fri, Dec 5 - Sun, Dec 7`: a dash between two dates that name their weekday is 'to'.
    text = re.sub(
        rf"(\b{_WEEKDAY},? {_MONTH} \d{{1,2}}(?:st|nd|rd|th)?) [-–—] (?={_WEEKDAY},? {_MONTH} \d)",
        r"\1 to ",
        text,
    )
    # `cover my 0700-1900`, `shift 1900-0700`: a shift between two 24-hour times.
    return re.sub(
        r"\b((?i:shifts?|cover|my|nights?|days?|on call):? )"
        r"((?:[01]\d|2[0-3])[0-5]\d) ?[-–] ?((?:[01]\d|2[0-3])[0-5]\d)(?![\w:.,-])",
        lambda m: f"{m[1]}{hundred_hours(m[2])} to {hundred_hours(m[3])}",
        text,
    )


def early(text: str) -> str:
    """`10 PM-6 AM`, `P1-P3`: ranges kept from the shared rule that reads `AP-7` as a name;
    a code's plural (`CP12s`)."""
    text = re.sub(r"(\d ?[AaPp]\.?[Mm]\.?)-(?=\d)", r"\1 - ", text)
    # `Fri 6 PM – Sat 6 PM`: from one day's time to the next day.
    text = re.sub(
        r"(\d ?[AaPp]\.?[Mm]\.?) [–—-] (?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)", r"\1 to ", text
    )
    # `CP12s`, `MP3s`, `F-150s`, `U12s`: a code's plural, its last word said with the s (`C P
    # twelves`), marked before the letters and digits are split.
    # (`U12s` is an age group, read by its own rule.)
    text = re.sub(r"(?<![\w-])(?!U-?\d\d?s)([A-Z][A-Za-z]{0,3}-?\d{1,4})s\b", "\\1\x03s", text)
    text = _spans(text)
    # `455 W. 23rd St`, `1418 S. 9th St.`: the compass letter's stop goes, so no rule takes it
    # for a sentence's end or the letter for watts.
    text = re.sub(
        r"(?<=\d )([NSEW])\."
        r"(?= (?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+) (?:St|Ave?|Rd|Blvd|Dr|Pl|Ln)\b)",
        r"\1",
        text,
    )
    # `5W-30`, `0W20`: an engine oil's grade, 'five W thirty', never watts.
    text = re.sub(
        r"(?<![\w.])(0|5|10|15|20)W-?(8|16|20|30|40|50|60)\b",
        lambda m: f"{card(int(m[1]))} W {card(int(m[2]))}",
        text,
    )
    # `levels P1-P3`, `B2–B4`: a range of labels, 'P one to P three'.
    return re.sub(r"\b([A-Z]{1,2})(\d{1,3}) ?[-–] ?\1(\d{1,3})\b", r"\1 \2 to \1 \3", text)


def before(text: str) -> str:
    """Typing slips and written shapes made plain; `9:30ish` -> `9:30 -ish` marker."""
    text = _codes(_typing(text))
    return re.sub(r"(\d)ish\b", "\\1\x03ish", text)


def _typing(text: str) -> str:
    """`€8,50` -> `€8.50` (a decimal comma before cents), lost spaces, separators."""
    text = re.sub(r"(€ ?\d+),(\d\d)(?![\d,])", r"\1.\2", text)
    text = re.sub(r"(?<![\d,])(\d+),(\d\d) ?€", r"\1.\2 €", text)
    text = text.replace("\u2011", "-").replace("\u2010", "-").replace("：", ": ")
    # `at 5,bring`, `done.Time`: a space typed away after a comma or a full stop.
    text = re.sub(r"(?<=[^\W_]),(?=[^\W\d_])", ", ", text)
    # `milk,1¼ cups`, `Room 12,3rd floor`: a comma before a number or an ordinal, no space.
    text = re.sub(r"(?<=[^\W\d_]{2}),(?=\d)|(?<=\d),(?=\d{1,2}(?:st|nd|rd|th)\b)", ", ", text)
    text = re.sub(r"(?<=[a-z])(?<!www)\.(?=[A-Z][a-z])", ". ", text)
    # `18 in., shovel`, `5 lbs., leave it`: a short form's stop before a comma ends nothing
    # (`def.`, `est.`, `conf.` keep theirs: without it they are words).
    text = re.sub(r"(?<=[a-z]{2})(?<![dD]ef|[eE]st|onf)\.(?=[,;] )", "", text)
    # `late!!traffic`, `ok?See you`: a space typed away after an exclamation or a question.
    text = re.sub(r"(?<=[a-z])(!+|\?+(?=[A-Z][a-z]))(?=[A-Za-z])", r"\1 ", text)
    text = re.sub(r"\+/-|±", " plus or minus ", text)
    # `TL;DR`: the semicolon inside the initials is no pause.
    text = re.sub(r"\b(?i:tl;dr)\b", "TLDR", text)
    # `H-E-B`, `U-S-A`: capitals joined by hyphens are spelled letter by letter.
    text = re.sub(r"\b[A-Z](?:-[A-Z]){2,4}\b(?![\w-])", lambda m: m[0].replace("-", " "), text)
    # `UV-rated`, `BPA-free`, `non-GMO`: initials hyphened to a word, before or after it, are
    # read as initials beside it (`NASA-approved` stays a word, as NASA does; a name before
    # them, `Hoboken-WTC`, may be a journey's start: en_models reads it).
    text = re.sub(r"(?<![\w-])([A-Z]{2,5})-(?=[a-z]{3,}\b)", r"\1 ", text)
    text = re.sub(r"(?<![\w-])([a-z]{2,})-(?=[A-Z]{2,5}\b(?![-']))", r"\1 ", text)
    # `E-ZPass`, `HBOMax`, `NYTimes`: initials glued to a capitalised word are said apart
    # (`OKed`: a suffix is no word).
    text = re.sub(
        r"(?<![\w-])((?:[A-Z]-)?[A-Z]+)(?=[A-Z][a-z]{2,}\b)(?![A-Z](?:ed|ing|ers?|es)\b)",
        lambda m: m[1].replace("-", " ") + " ",
        text,
    )
    # `400 mg/5 mL`: a liquid medicine's strength, so much per so many millilitres.
    text = re.sub(
        r"(?<=\d) ?(mg|mcg|g|units?|mEq|mmol) ?/ ?(?=\d+(?:\.\d+)? ?(?:mL|ml|L)\b)",
        r" \1 per ",
        text,
    )
    # `ref# 88213`, `Order#123`: the sign is its own word, 'number'.
    text = re.sub(r"(?<=[A-Za-z])#(?= ?\d)", " #", text)
    # `Garage | Open | 12m`, `• Temp • Hum`, `ALERT >> Water`: separators are pauses.
    return re.sub(
        r"^\s*[•·>*]+\s*|\s*[▸►▶›»]\s*|\s+(?:[|•·]|>>+)\s+|\s+[•·](?![•·])\s*", ", ", text
    )


def _codes(text: str) -> str:
    """Years between separators, forms, references, versions, sides, counts, this am."""
    # `"Hey Jude" • 7:11 • 1968`: a year standing alone between separators.
    text = re.sub(r"(?<=, )(1[89]\d\d|20[0-4]\d)(?=$|, )", lambda m: _year(int(m[1])), text)
    # `INV-2024-0193` (already `INV 2024-0193`): a reference read digit by digit.
    text = re.sub(r"\b([A-Z]{2,5}) (\d{3,})-(\d{2,})\b", _reference, text)
    # `2.0.3b`: a letter after a version.
    text = re.sub(r"(\d+\.\d+\.\d+)([a-z])\b", lambda m: f"{m[1]} {m[2].upper()}", text)
    # `3.2.0-beta.4`: a pre-release tag, 'three point two point zero beta four'.
    text = re.sub(r"(\d\.\d+)-(alpha|beta|rc|dev|preview)\.?(?=\d)?", r"\1 \2 ", text)
    # `36" W x 72" H`, `60 cm D`: a measured side, 'wide', 'high', 'deep', 'long'.
    text = re.sub(
        r"(?<=\d)([\"”″]|\s?(?:in|cm|mm|ft))\s?([WHDL])\b(?:\s?[x×]\s?(?=\d)|(?=[,.;)]|$))",
        lambda m: (
            ('"' if m[1].strip() == "in" else m[1])
            + f" {_SIDES[m[2]]}"
            + (" by " if m[0].rstrip()[-1] in "x×" else "")
        ),
        text,
    )
    # `2x 4TB drives`: a count before a glued spec is just the count.
    text = re.sub(r"(?<![\w.])(\d{1,2})x (?=\d+(?:\.\d+)?-?[A-Za-z])", r"\1 ", text)
    # `this aft`, `Sat aft`: the afternoon, shortened.
    text = re.sub(r"(?i)\b(this|tomorrow|tmrw|tmw|sat|sun|\w+day) aft\b", r"\1 afternoon", text)
    # `this am`, `tmrw pm`, `Fri PM`, `Monday AM`: the half of the day, not the verb.
    return re.sub(
        r"(?i)\b(this|tomorrow|tmrw|tmw|yesterday|\w+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
        r" ([ap])m\b",
        lambda m: f"{m[1]} {m[2].lower()} m",
        text,
    )


_CLOCK_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|oh|teen|ty) $"
)


def after(text: str) -> str:
    """Put back `-ish` once the number before it is words: one word takes it whole, as
    people write it (`sevenish`), a longer number with a hyphen (`nine thirty-ish`); and a
    code's plural `s` (`C P twelves`, `F one fifties`)."""

    def ish(m: re.Match[str]) -> str:
        single = m[1].isalpha() and not _CLOCK_WORD.search(m.string[: m.start()])
        return f"{m[1]}ish" if single else f"{m[1]}-ish"

    text = re.sub(r"(\S+) ?\x03ish", ish, text)
    return re.sub(r"(\w+) ?\x03s", lambda m: plural(m[1]), text)


#: Initials the dictionary also lists as words (`CO` alarm, `LED`, `ER`, `PE` kit).
_INITIALS = latin.wordset("CO AC PM AM ID US UK ER PE EV LED GP AI HA OS")


def shouted_words(source: str) -> dict[str, str]:
    """`BEARS WIN`, `GO CUBS`, `WE WON`: in a shouted phrase, a short word the dictionary says
    as a word (fewer vowel sounds than letters) is that word, not initials (`TV`, `NBA`)."""
    said = cmu.pronunciations()

    def word_like(token: str) -> bool:
        pron = said.get(token.lower(), "")
        return token not in _INITIALS and 0 < sum(ch.isdigit() for ch in pron) < len(token)

    words: dict[str, str] = {}
    for run in re.findall(r"(?<![\w-])[A-Z]{2,}(?: [A-Z]{2,})+(?![\w-])", source):
        tokens = run.split()
        loud = any(len(t) > 3 and re.search("[AEIOUY]", t) for t in tokens)
        # `WE WON` is words; `HA OS` (two letters each) is initials.
        if loud or (all(map(word_like, tokens)) and max(map(len, tokens)) > 2):
            words.update((t, t.lower()) for t in tokens if len(t) <= 4 and word_like(t))
    return words
