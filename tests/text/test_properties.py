"""Property tests: normalize never raises and never leaves a digit, whatever the input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from melod.text import normalize

LANGS = ["KR", "EN", "JP", "ZH", "FR", "ES"]

# Unicode at large, plus text built from the pieces number rules look at.
_pieces = st.sampled_from(
    [
        "0",
        "1",
        "12",
        "3.5",
        "1,000",
        "-",
        "~",
        ":",
        "/",
        "%",
        "°C",
        "℃",
        "$",
        "€",
        "¥",
        "₩",
        "원",
        "시",
        "분",
        "개",
        "명",
        "時",
        "個",
        "点",
        "h",
        "km",
        "kg",
        " ",
        ".",
        ",",
        "(목)",
        "010-1234-5678",
        "2024-11-28",
        "7:45 PM",
        "1er",
        "2.º",
        "x",
        "@",
        "www.",
        "é",
        "²",
        "①",
    ]
)
_texts = st.one_of(st.text(max_size=60), st.lists(_pieces, max_size=12).map("".join))


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts)
def test_never_raises_never_leaves_a_digit(lang: str, text: str) -> None:
    out = normalize(text, lang, strict=True)
    assert isinstance(out, str)
    assert not any(ch.isdigit() for ch in out), out
