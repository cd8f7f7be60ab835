"""Korean particles that must agree with the reading before them (분으로, 퍼센트로).

A writer picks the particle for what they see: after a digit or a symbol that is often
not what we say (21:15로 is 스물한 시 십오 분으로, 5kg을 오 킬로그램을).  The particle
is re-fitted to the last syllable of the reading: with a final consonant (받침) it takes
the first form, without one the second; 로 also follows ㄹ (칠로, 일 밀리리터로).
"""

from __future__ import annotations

import re
from typing import Final

from melod.text.ko_counter_words import unit_readings

# Each particle with its two forms: (after a 받침, after a vowel).
_PAIRS: Final = (
    ("으로", "로"),
    ("으로는", "로는"),
    ("으로도", "로도"),
    ("으로만", "로만"),
    ("으로부터", "로부터"),
    ("으로서", "로서"),
    ("으로써", "로써"),
    ("을", "를"),
    ("은", "는"),
    ("이", "가"),
    ("과", "와"),
    ("이라고", "라고"),
    ("이랑", "랑"),
    ("이나", "나"),
    ("이라도", "라도"),
    ("이라면", "라면"),
    ("이라서", "라서"),
    ("이야", "야"),
    ("이에요", "예요"),
    ("이면", "면"),
    ("이면서", "면서"),
    ("이래", "래"),
    ("이래요", "래요"),
    ("이잖아", "잖아"),
    ("이죠", "죠"),
    ("이던데", "던데"),
    ("이거든", "거든"),
)
# After a bare number these may be a word of their own (잔여 3면 is three spaces), so they
# are re-fitted there only after a clock time (7:45면 일곱 시 사십오 분이면).
_SHORT: Final = "면서|면|래요|래|잖아|죠|던데|거든"
_FORMS: Final = {form: pair for pair in _PAIRS for form in pair}
_ALT: Final = "|".join(sorted(_FORMS, key=len, reverse=True))

# Kept right after a particle that was glued to a digit, until the reading is known.
_MARK: Final = "\ue005"
# 21:15로, 3이라고, 25를, 4pm으로 (오후 네 시로): a particle right after a digit or an
# hour's am/pm, ending its word.  Not the letter of a car plate (12가 3456) nor the lesson
# of 제1과.
_GLUED_RE: Final = re.compile(
    rf"(?:(?<=[0-9])|(?<=[0-9][AaPp][Mm])|(?<=[0-9]\s[AaPp][Mm]))"
    rf"(?!과(?<=제[0-9]과)|과(?<=제[0-9][0-9]과))"
    rf"(?:(?<=[0-9]:[0-9]{{2}})|(?<=[Mm])|(?!(?:{_SHORT})(?![가-힣])))"
    rf"({_ALT})(?![가-힣])(?!\s?[0-9]{{4}})"
)
# ... and after the bracket around a number alone: 인증번호 [482913]를 is 사팔이구일삼을
# (but in 상품(운송장 6543)이 the particle is the word's before the bracket).
_BRACKETED_RE: Final = re.compile(rf"(?<=[\[(])([0-9][0-9,.:-]*[)\]])({_ALT})(?![가-힣])")
_MARKED_RE: Final = re.compile(rf"([가-힣])(\s?[)\]]?)({_ALT}){_MARK}")
_UNIT_RE: Final = re.compile(
    "("
    + "|".join(sorted(unit_readings() | {"켈빈", "포인트"}, key=len, reverse=True))
    + rf")({_ALT})(?![가-힣])"
)


def agree(syllable: str, particle: str) -> str:
    """The form of `particle` that follows `syllable` (분 + 로 -> 으로, 오 + 을 -> 를)."""
    final = (ord(syllable) - 0xAC00) % 28  # the batchim, 0 = none, 8 = ㄹ
    with_batchim, without = _FORMS[particle]
    if with_batchim.startswith("으로"):
        return with_batchim if final not in (0, 8) else without
    return with_batchim if final else without


def mark(text: str) -> str:
    """Mark the particles glued to a digit, to fit them once the number is read."""
    text = _BRACKETED_RE.sub(rf"\1\2{_MARK}", text)
    return _GLUED_RE.sub(rf"\1{_MARK}", text)


def settle(text: str) -> str:
    """Fit the marked particles and those after a unit's reading to the syllable before."""
    text = _MARKED_RE.sub(lambda m: m[1] + m[2] + agree(m[1], m[3]), text)
    text = _UNIT_RE.sub(lambda m: m[1] + agree(m[1][-1], m[2]), text)
    return text.replace(_MARK, "")
