"""The model store: MeloTTS checkpoints and BERTs in a Hugging Face hub cache under models_dir.

Layout (the hub's own, so the MeloTTS front-ends' hard-coded repo ids resolve offline):
``<models_dir>/hub/models--ORG--NAME/refs/main`` holds a revision, and
``<models_dir>/hub/models--ORG--NAME/snapshots/<revision>/`` holds the files.

Besides its own BERT, a language's front-end may load other tokenizers when it is imported:
MeloTTS's English module imports the Japanese one, and Chinese (spoken as upstream's
``ZH_MIX_EN``) imports English; those need only the tokenizer files, not the weights.

Nothing here imports torch; huggingface_hub is imported only by `pull`, which runs from
``melod models pull`` and never at request time.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from melod.errors import DownloadError, UnknownLanguageError
from melod.langs import LANGUAGES

CHECKPOINT_REPOS: Final = {
    "KR": "myshell-ai/MeloTTS-Korean",
    "EN": "myshell-ai/MeloTTS-English",
    "JP": "myshell-ai/MeloTTS-Japanese",
    "ZH": "myshell-ai/MeloTTS-Chinese",
    "FR": "myshell-ai/MeloTTS-French",
    "ES": "myshell-ai/MeloTTS-Spanish",
}

#: The BERT each language's MeloTTS front-end uses (its hard-coded repo id).  ZH is the
#: multilingual one because upstream speaks ZH as ZH_MIX_EN (see melod.tts.melo).
BERT_REPOS: Final = {
    "KR": "kykim/bert-kor-base",
    "EN": "bert-base-uncased",
    "JP": "tohoku-nlp/bert-base-japanese-v3",
    "ZH": "bert-base-multilingual-uncased",
    "FR": "dbmdz/bert-base-french-europeana-cased",
    "ES": "dccuchile/bert-base-spanish-wwm-uncased",
}

#: Other languages whose tokenizer a front-end loads at import.
EXTRA_TOKENIZERS: Final = {"EN": ("JP",), "ZH": ("EN", "JP")}

CHECKPOINT_FILES: Final = ("config.json", "checkpoint.pth")
#: Either of these is a BERT's weights; pull fetches one (safetensors when the repo has it).
WEIGHT_FILES: Final = ("model.safetensors", "pytorch_model.bin")
#: Tokenizer files fetched when the repo has them; only `tokenizer_files` are required.
OPTIONAL_TOKENIZER_FILES: Final = ("tokenizer_config.json", "special_tokens_map.json")


def tokenizer_files(lang: str) -> tuple[str, ...]:
    """Files a language's BERT tokenizer cannot load without."""
    # The Japanese tokenizer is a BertJapaneseTokenizer only by its tokenizer_config.json.
    extra = ("tokenizer_config.json",) if lang == "JP" else ()
    return ("config.json", "vocab.txt", *extra)


@dataclass(frozen=True)
class RepoNeed:
    """Files one language needs from one hub repository."""

    repo: str
    files: tuple[str, ...]
    #: At least one of these must be present too (empty: no such choice).
    one_of: tuple[str, ...] = ()

    def patterns(self) -> list[str]:
        """allow_patterns for snapshot_download (the weights choice is made by pull)."""
        optional = OPTIONAL_TOKENIZER_FILES if "vocab.txt" in self.files else ()
        return [*self.files, *optional]


def check_language(lang: str) -> str:
    """Return `lang` if melod speaks it, else raise UnknownLanguageError."""
    if lang not in LANGUAGES:
        raise UnknownLanguageError(f"unknown language {lang!r}; melod speaks {LANGUAGES}")
    return lang


def repo_folder(repo: str) -> str:
    """The hub cache's folder name for a model repository."""
    return "models--" + repo.replace("/", "--")


class ModelStore:
    """Where a language's files live under models_dir, and whether they are all there."""

    def __init__(self, models_dir: Path) -> None:
        self.models_dir = Path(models_dir)
        self.hub_dir = self.models_dir / "hub"

    def snapshot(self, repo: str) -> Path | None:
        """The snapshot folder that refs/main points at, or None."""
        root = self.hub_dir / repo_folder(repo)
        try:
            revision = (root / "refs" / "main").read_text(encoding="utf-8").strip()
        except OSError:
            return None
        folder = root / "snapshots" / revision
        return folder if revision and folder.is_dir() else None

    def checkpoint_dir(self, lang: str) -> Path | None:
        """Snapshot folder of the language's MeloTTS checkpoint."""
        return self.snapshot(CHECKPOINT_REPOS[check_language(lang)])

    def bert_dir(self, lang: str) -> Path | None:
        """Snapshot folder of the language's BERT."""
        return self.snapshot(BERT_REPOS[check_language(lang)])

    def bert_disabled(self, lang: str) -> bool:
        """Whether the checkpoint's config turns BERT off (then no BERT weights are needed)."""
        folder = self.checkpoint_dir(lang)
        if folder is None:
            return False
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return bool(config.get("data", {}).get("disable_bert", False))

    def needs(self, lang: str) -> list[RepoNeed]:
        """Every repository and file `lang` needs."""
        check_language(lang)
        weights = () if self.bert_disabled(lang) else WEIGHT_FILES
        needs = [
            RepoNeed(CHECKPOINT_REPOS[lang], CHECKPOINT_FILES),
            RepoNeed(BERT_REPOS[lang], tokenizer_files(lang), weights),
        ]
        extra = EXTRA_TOKENIZERS.get(lang, ())
        needs += [RepoNeed(BERT_REPOS[x], tokenizer_files(x)) for x in extra]
        return needs

    def missing(self, lang: str) -> list[str]:
        """What is missing for `lang`, as ``repo: file`` strings (empty when complete)."""
        return [gap for need in self.needs(lang) for gap in self.gaps(need)]

    def gaps(self, need: RepoNeed) -> list[str]:
        """What is missing of one repository's files, as one ``repo: file, file`` string."""
        folder = self.snapshot(need.repo)
        here = (
            set()
            if folder is None
            else {f for f in need.files + need.one_of if (folder / f).is_file()}
        )
        absent = [f for f in need.files if f not in here]
        if need.one_of and not here.intersection(need.one_of):
            absent.append(" or ".join(need.one_of))
        return [f"{need.repo}: {', '.join(absent)}"] if absent else []

    def present(self, lang: str) -> bool:
        """Whether every file `lang` needs is in the store."""
        return not self.missing(lang)

    def describe_missing(self, lang: str) -> str:
        """One sentence naming what is missing and how to get it."""
        gaps = self.missing(lang)
        if not gaps:
            return f"the {lang} model is complete in {self.hub_dir}"
        return (
            f"the {lang} MeloTTS model is incomplete in {self.hub_dir}, missing "
            f"{'; '.join(gaps)}; run `melod models pull {lang}`"
        )


def pull(langs: Iterable[str], models_dir: Path, endpoint: str | None = None) -> list[Path]:
    """Download what `langs` need into the store; raise DownloadError when it cannot."""
    store = ModelStore(models_dir)
    store.hub_dir.mkdir(parents=True, exist_ok=True)
    endpoint = endpoint or os.environ.get("HF_ENDPOINT") or "https://huggingface.co"
    fetched: list[Path] = []
    for lang in langs:
        checkpoint, *_ = store.needs(lang)
        fetched.append(_fetch(store, checkpoint, endpoint, lang))
        # needs() again: the checkpoint's config, now here, says whether BERT weights are needed.
        fetched += [_fetch(store, need, endpoint, lang) for need in store.needs(lang)[1:]]
    return fetched


def _fetch(store: ModelStore, need: RepoNeed, endpoint: str, lang: str) -> Path:
    """snapshot_download one repository's needed files, choosing one weights file."""
    folder = store.snapshot(need.repo)
    if folder is not None and not store.gaps(need):
        return folder  # complete already: pulling again works offline
    from huggingface_hub import HfApi, snapshot_download  # noqa: PLC0415 - pull only

    patterns = need.patterns()
    try:
        if need.one_of:
            listed = set(HfApi(endpoint=endpoint).list_repo_files(need.repo))
            patterns.append(next((f for f in need.one_of if f in listed), need.one_of[-1]))
        path = snapshot_download(
            need.repo,
            cache_dir=store.hub_dir,
            allow_patterns=patterns,
            endpoint=endpoint,
            etag_timeout=10,
        )
    except Exception as exc:  # huggingface_hub raises many types; all mean "not fetched"
        offline = "Offline" in type(exc).__name__ or os.environ.get("HF_HUB_OFFLINE") == "1"
        why = "HF_HUB_OFFLINE is set" if offline else type(exc).__name__
        if why == "LocalEntryNotFoundError":  # what the hub client says when it cannot connect
            why = "the server could not be reached"
        raise DownloadError(
            f"could not fetch {need.repo} from {endpoint} ({why}); on a machine with network "
            f"run `melod models pull {lang}` and copy its models folder's hub/ to "
            f"{store.hub_dir} (the Hugging Face cache layout, models--ORG--NAME/...)"
        ) from exc
    return Path(path)


def missing(models_dir: Path, lang: str) -> list[str]:
    """What is missing for `lang` under models_dir (empty when complete)."""
    return ModelStore(models_dir).missing(lang)


def present(models_dir: Path, lang: str) -> bool:
    """Whether every file `lang` needs is under models_dir."""
    return ModelStore(models_dir).present(lang)


def describe(lang: str) -> str:
    """The repositories a language's model comes from, for listings."""
    repos = [CHECKPOINT_REPOS[check_language(lang)], BERT_REPOS[lang]]
    repos += [f"{BERT_REPOS[x]} (tokenizer)" for x in EXTRA_TOKENIZERS.get(lang, ())]
    return " + ".join(repos)
