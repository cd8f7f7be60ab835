"""Tiny randomly initialised MeloTTS models with the real architecture, for tests and CI.

Each language gets a SynthesizerTrn checkpoint with MeloTTS's real symbol set, tones,
languages and speaker names but a few thousand parameters per block, and a BERT with the
real hidden size (768: the text encoder's ja_bert_proj input, which every language the
engine speaks feeds; bert_proj's 1024 input only ever gets zeros) but two layers (the
front-ends read hidden_states[-3]) and a character-level WordPiece vocabulary covering the
scripts that language's front-end tokenizes.  Files land in the hub layout where
melod.tts.store looks.  The audio they make is noise; every line from text to WAV runs.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import math
import string
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

from melod.langs import LANGUAGES
from melod.tts.store import (
    BERT_REPOS,
    CHECKPOINT_REPOS,
    EXTRA_TOKENIZERS,
    ModelStore,
    check_language,
    repo_folder,
)

#: Speaker names as the real checkpoints' spk2id has them (EN's five accents); the ids
#: of the one-speaker languages are not significant.
SPEAKERS: Final = {
    "KR": {"KR": 0},
    "EN": {"EN-US": 0, "EN-BR": 1, "EN_INDIA": 2, "EN-AU": 3, "EN-Default": 4},
    "JP": {"JP": 0},
    "ZH": {"ZH": 1},
    "FR": {"FR": 0},
    "ES": {"ES": 0},
}

#: What each BERT repo's tokenizer_config.json says (casing as the real repos).
TOKENIZER_CONFIGS: Final[dict[str, dict[str, Any]]] = {
    "KR": {"do_lower_case": False},
    "EN": {"do_lower_case": True},
    "JP": {
        "tokenizer_class": "BertJapaneseTokenizer",
        "do_lower_case": False,
        "word_tokenizer_type": "mecab",
        "subword_tokenizer_type": "wordpiece",
        "mecab_kwargs": {"mecab_dic": "unidic_lite"},
    },
    "ZH": {"do_lower_case": True},
    "FR": {"do_lower_case": False},
    "ES": {"do_lower_case": True, "strip_accents": False},
}

SAMPLING_RATE: Final = 44100
UPSAMPLE_RATES: Final = (8, 8, 2, 2, 2)  # product = hop_length, as in the real configs
HOP_LENGTH: Final = math.prod(UPSAMPLE_RATES)
BERT_HIDDEN: Final = 768
_SPECIALS: Final = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
_PUNCT: Final = string.punctuation + "…¿¡«»“”‘’、。，．！？：；「」『』（）・ー〜"


def _decode_range(codec: str, rows: range, cols: range) -> list[str]:
    """Characters of a double-byte national charset (the common subset of a script)."""
    chars = []
    for row in rows:
        for col in cols:
            try:
                chars.append(bytes([row, col]).decode(codec))
            except UnicodeDecodeError:
                continue
    return chars


def _script(lang: str) -> tuple[list[str], list[str]]:
    """(characters that start words, characters that continue them) for a language's BERT."""
    lower = list(string.ascii_lowercase)
    upper = list(string.ascii_uppercase)
    digits = list(string.digits)
    if lang == "KR":
        # KS X 1001's 2,350 Hangul syllables: the common ones, as the real vocab has.
        hangul = _decode_range("euc-kr", range(0xB0, 0xC9), range(0xA1, 0xFF))
        letters = hangul + lower + upper
        return letters + digits, letters + digits
    if lang == "JP":
        # The Japanese front-end turns everything into katakana before tokenizing.
        kana = [chr(c) for c in range(0x3041, 0x3097)] + [chr(c) for c in range(0x30A1, 0x30FB)]
        return [*kana, "ー", *digits], [*kana, "ー", *digits]
    if lang == "ZH":
        # GB 2312 level 1 (3,755 hanzi); BERT splits hanzi into one token each.
        hanzi = _decode_range("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
        return hanzi + lower + digits, lower + digits
    if lang == "FR":
        accented = list("àâæçéèêëîïôœùûüÿ")
        letters = lower + upper + accented + [c.upper() for c in accented]
        return letters + digits, letters + digits
    if lang == "ES":
        letters = [*lower, *"áéíóúñü"]
        return letters + digits, letters + digits
    return lower + digits, lower + digits


def vocabulary(lang: str) -> list[str]:
    """A character-level WordPiece vocabulary for a language's BERT."""
    starts, continuations = _script(lang)
    tokens = [*_SPECIALS, *dict.fromkeys([*_PUNCT, *starts])]
    tokens += [f"##{c}" for c in dict.fromkeys(continuations)]
    return tokens


def _snapshot(store: ModelStore, repo: str) -> Path:
    """Create (or reuse) the repo's snapshot folder and point refs/main at it."""
    revision = hashlib.sha1(f"melod-tiny:{repo}".encode(), usedforsecurity=False).hexdigest()
    root = store.hub_dir / repo_folder(repo)
    folder = root / "snapshots" / revision
    folder.mkdir(parents=True, exist_ok=True)
    (root / "refs").mkdir(exist_ok=True)
    (root / "refs" / "main").write_text(revision, encoding="utf-8")
    return folder


def _tiny_model() -> dict[str, Any]:
    """The model section: the real architecture with the fewest and narrowest layers."""
    return {
        "use_spk_conditioned_encoder": True,
        "use_noise_scaled_mas": True,
        "use_duration_discriminator": True,
        "inter_channels": 16,
        "hidden_channels": 16,
        "filter_channels": 32,
        "n_heads": 2,
        "n_layers": 3,  # the speaker is added at layer 2, so 3 is the least
        "n_layers_trans_flow": 3,  # TransformerCouplingLayer asserts 3
        "n_flow_layer": 2,
        "kernel_size": 3,
        "p_dropout": 0.1,
        "resblock": "1",
        "resblock_kernel_sizes": [3],
        "resblock_dilation_sizes": [[1, 3, 5]],
        "upsample_rates": list(UPSAMPLE_RATES),
        "upsample_initial_channel": 32,
        "upsample_kernel_sizes": [16, 16, 4, 4, 4],
        "gin_channels": 16,
    }


def _melo_config(lang: str) -> dict[str, Any]:
    """A MeloTTS config.json with the real symbols, tones and languages and tiny layers."""
    symbols = importlib.import_module("melo.text.symbols")
    return {
        "train": {"segment_size": 16 * HOP_LENGTH, "seed": 52},
        "data": {
            "sampling_rate": SAMPLING_RATE,
            "filter_length": 2048,
            "hop_length": HOP_LENGTH,
            "win_length": 2048,
            "n_mel_channels": 128,
            "add_blank": True,
            "n_speakers": 256,
            "cleaned_text": True,
            "spk2id": SPEAKERS[lang],
        },
        "model": _tiny_model(),
        "num_languages": symbols.num_languages,
        "num_tones": symbols.num_tones,
        "symbols": list(symbols.symbols),
    }


def build_synthesizer(config: dict[str, Any]) -> Any:
    """A randomly initialised SynthesizerTrn for a MeloTTS config, with speech-like durations."""
    import torch  # noqa: PLC0415 - torch stays lazy

    data = config["data"]
    with warnings.catch_warnings():
        # melo uses torch.jit.script at import and the deprecated weight_norm to build.
        warnings.simplefilter("ignore")
        from melo.models import SynthesizerTrn  # noqa: PLC0415

        model = SynthesizerTrn(
            len(config["symbols"]),
            data["filter_length"] // 2 + 1,
            config["train"]["segment_size"] // data["hop_length"],
            n_speakers=data["n_speakers"],
            num_tones=config["num_tones"],
            num_languages=config["num_languages"],
            **config["model"],
        )
    with torch.no_grad():
        # About four frames (46 ms) per phone, so durations behave like speech.
        model.dp.proj.bias.fill_(math.log(4.0))
    return model


def save_checkpoint(folder: Path, config: dict[str, Any], model: Any) -> None:
    """Write config.json and checkpoint.pth the way MeloTTS's loader reads them."""
    import torch  # noqa: PLC0415 - torch stays lazy

    (folder / "config.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
    torch.save({"model": model.state_dict(), "iteration": 0}, folder / "checkpoint.pth")


def _write_checkpoint(folder: Path, lang: str) -> None:
    """config.json plus a random checkpoint.pth that SynthesizerTrn loads strictly."""
    config = _melo_config(lang)
    save_checkpoint(folder, config, build_synthesizer(config))


def _write_bert(folder: Path, lang: str, weights: bool) -> None:
    """Tokenizer files, and (when `weights`) a two-layer BERT of the real hidden size."""
    from transformers import BertConfig, BertForMaskedLM  # noqa: PLC0415

    vocab = vocabulary(lang)
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tok_config = {"model_max_length": 512, **TOKENIZER_CONFIGS[lang]}
    (folder / "tokenizer_config.json").write_text(json.dumps(tok_config), encoding="utf-8")
    config = BertConfig(  # type: ignore[no-untyped-call]
        vocab_size=len(vocab),
        hidden_size=BERT_HIDDEN,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=32,
    )
    if not weights:
        config.to_json_file(folder / "config.json")
        return
    # Stored in float16 to halve the disk; the engine loads BERTs as float32.
    bert = BertForMaskedLM(config).half()  # type: ignore[no-untyped-call]
    bert.save_pretrained(folder, safe_serialization=True)


def write_tiny_models(models_dir: Path, langs: Iterable[str] = LANGUAGES, seed: int = 0) -> None:
    """Write tiny random MeloTTS checkpoints and BERTs for `langs` into models_dir's store."""
    import torch  # noqa: PLC0415

    store = ModelStore(models_dir)
    wanted = [check_language(lang) for lang in langs]
    torch.manual_seed(seed)
    tokenizer_only = {x for lang in wanted for x in EXTRA_TOKENIZERS.get(lang, ())}
    for lang in wanted:
        _write_checkpoint(_snapshot(store, CHECKPOINT_REPOS[lang]), lang)
    for lang in dict.fromkeys([*wanted, *tokenizer_only]):
        _write_bert(_snapshot(store, BERT_REPOS[lang]), lang, weights=lang in wanted)
