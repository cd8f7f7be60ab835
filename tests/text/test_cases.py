"""The normalisation test set: realistic messages per language, read as a native would.

Each `data/{lang}.tsv` row is `category<TAB>input<TAB>expected[<TAB>accepted failure reason]`.
`expected` may list alternatives separated by ` | `.  Lines starting with `#` are comments.
A row with a reason is an accepted failure: it is reported, not asserted, and
counts against the language's pass rate, which must stay at or above 97 %.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from melod.text import normalize

DATA = Path(__file__).parent / "data"
FILES = {"KR": "ko", "EN": "en", "JP": "ja", "ZH": "zh", "FR": "fr", "ES": "es"}
MIN_CASES = {"KR": 120, "EN": 40, "JP": 40, "ZH": 40, "FR": 40, "ES": 40}
TARGET = 0.97


@dataclass(frozen=True)
class Case:
    lang: str
    line: int
    category: str
    text: str
    expected: tuple[str, ...]
    accepted_failure: str | None


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def load(lang: str) -> list[Case]:
    path = DATA / f"{FILES[lang]}.tsv"
    if not path.exists():
        return []
    cases = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        assert len(cols) in (3, 4), f"{path.name}:{n}: want 3 or 4 tab-separated columns"
        expected = tuple(_squash(e) for e in cols[2].split(" | "))
        reason = cols[3].strip() if len(cols) == 4 and cols[3].strip() else None
        cases.append(Case(lang, n, cols[0], cols[1], expected, reason))
    return cases


ALL = [c for lang in FILES for c in load(lang)]

# Each row is read once: test_case stores its reading here and the pass-rate test reuses it
# (the suite runs in CI on 2 cores, and reading 25k rows twice cost about 40 s).
_READ: dict[Case, str] = {}


def read(case: Case) -> str:
    if case not in _READ:
        _READ[case] = _squash(normalize(case.text, case.lang, strict=True))
    return _READ[case]


@pytest.mark.parametrize(
    "case",
    [c for c in ALL if c.accepted_failure is None],
    ids=lambda c: f"{c.lang}:{c.line}",
)
def test_case(case: Case) -> None:
    got = read(case)
    assert got in case.expected, f"{case.text!r} -> {got!r}, want {case.expected[0]!r}"


@pytest.mark.parametrize("lang", list(FILES))
def test_pass_rate_and_coverage(lang: str) -> None:
    cases = load(lang)
    assert len(cases) >= MIN_CASES[lang], f"{lang}: only {len(cases)} cases"
    passed = sum(read(c) in c.expected for c in cases)
    assert passed / len(cases) >= TARGET, f"{lang}: {passed}/{len(cases)} read right"


@pytest.mark.parametrize("lang", list(FILES))
def test_accepted_failures_still_fail(lang: str) -> None:
    # A row that reads right again should lose its reason, so the list stays the truth.
    mended = [c.line for c in load(lang) if c.accepted_failure and read(c) in c.expected]
    assert not mended, f"{FILES[lang]}.tsv lines {mended} read right now: drop their reason"
