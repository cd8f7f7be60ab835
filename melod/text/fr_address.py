"""French e-mail and web addresses: the shared address reading, French brands spelled in it."""

from __future__ import annotations

import re

from melod.text import fr_codes, latin, latin_address
from melod.text.fr_numbers import DIGIT_NAMES, card
from melod.text.fr_tables import ADDRESS
from melod.text.latin import Rule


def _spelled_names(handler: latin.Handler) -> latin.Handler:
    # edf.fr, sncf-connect.com: French brands said letter by letter, vowel or not, in the
    # case they were typed in, like the other spelled letters of an address.
    return lambda m: re.sub(
        rf"(?i)\b({'|'.join(_SPELLED_BRANDS)})\b",
        lambda b: " ".join(b[0]) if b[0].islower() else latin.spell(b[0]),
        handler(m),
    )


def _name_number(run: str) -> str | None:
    # claire.moreau75@: "moreau soixante-quinze", lucas2012 "deux mille douze"; 06 or 123
    # after a name stays digit by digit.
    if (len(run) == 2 and run[0] != "0") or (len(run) == 4 and run[:2] in ("19", "20")):
        return card(int(run))
    return None


_SPELLED_BRANDS = latin.wordlist("edf gdf sncf ratp bnp lcl ovh cpam ugc tf ter rtm tcl cic mgen")
RULES: list[Rule] = [
    (pattern, _spelled_names(handler))
    for pattern, handler in latin_address.address_rule(
        ADDRESS,
        DIGIT_NAMES,
        keep_case=True,
        number=_name_number,
        initials=lambda low: low in fr_codes.SPELLED_TLDS,
    )
]
RULES.append((fr_codes.LOCAL_URL, RULES[-1][1]))
