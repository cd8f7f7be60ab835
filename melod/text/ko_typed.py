"""Korean messages as people type them: glued words, shorthand for hours and minutes, x2."""

from __future__ import annotations

import re
from typing import Final

# 20분뒤, 1시간후: typed without a space, the word after a length of time is still a word
# of its own (이십 분 뒤).
_AFTER_SPAN_RE: Final = re.compile(
    r"(?<=[0-9])(\s?(?:시간|분|초|일|주|개월|년|달))(뒤|후|전|동안|중)"
    r"|(?<=[0-9])(\s?(?:개|명|대|건|마리|곳|잔|병))(중)"
    r"(?=$|[^가-힣]|에|엔|부터|까지|쯤|으로|이|도|만|의)"
)
# 1h 20m, 1h20m: after hours, m is minutes (한 시간 이십 분), not metres.
_HOURS_MINUTES_RE: Final = re.compile(
    r"(?<![0-9A-Za-z.,])([0-9]{1,3})\s?h\s?([0-9]{1,2})\s?m(?:in)?(?![A-Za-z0-9²³/])"
)
# 우유 1L ×2, 신라면 x2: after an item, ×N is how many of it (두 개), not a product.  A
# capital X is a model name (BMW X5, Model X), so only × and a lower-case x count.
_TIMES_RE: Final = re.compile(
    r"(?:(?<=[^\s0-9])\s?×\s?|(?<=[^\s0-9]\s)x\s?)([0-9]{1,2})(?![0-9A-Za-z가-힣.:×/]|,[0-9])"
)


def typed(text: str) -> str:
    """Spell out typing shortcuts before units and counters read the numbers."""
    text = _AFTER_SPAN_RE.sub(lambda m: f"{m[1] or m[3]} {m[2] or m[4]}", text)
    text = _HOURS_MINUTES_RE.sub(r"\1시간 \2분", text)
    return _TIMES_RE.sub(r" \1개", text)
