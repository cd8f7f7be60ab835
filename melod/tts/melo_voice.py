"""One loaded MeloTTS language: checkpoint, BERT and text front-end, and its inference.

This module imports torch and MeloTTS at the top, so only melod.tts.melo imports it, and
only when a language is loaded.  It drives MeloTTS the way upstream's ``TTS.tts_to_file``
and ``get_text_for_tts_infer`` do, but owns its models instead of melo's module globals.

ZH: upstream's API speaks the Chinese checkpoint as ``ZH_MIX_EN``, whose front-end
(``melo.text.chinese_mix``) feeds ``bert-base-multilingual-uncased`` (768 wide) into the text
encoder's ``ja_bert`` input and zeros into the 1024-wide ``bert`` input;
``hfl/chinese-roberta-wwm-ext-large`` would serve only a pure ``ZH`` mode the API never uses.
melod does what the API does.
"""

from __future__ import annotations

import importlib
import json
import logging
import math
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import numpy as np
import torch
from melo import commons
from melo.models import SynthesizerTrn
from melo.text import cleaned_text_to_sequence
from transformers import AutoModel, AutoTokenizer

from melod.errors import ModelUnavailableError, SynthesisError
from melod.tts.base import Samples
from melod.tts.melo import Sampling
from melod.tts.store import BERT_REPOS, ModelStore

#: melod language → (MeloTTS front-end module, MeloTTS language code).
FRONT_ENDS: Final = {
    "KR": ("melo.text.korean", "KR"),
    "EN": ("melo.text.english", "EN"),
    "JP": ("melo.text.japanese", "JP"),
    "ZH": ("melo.text.chinese_mix", "ZH_MIX_EN"),
    "FR": ("melo.text.french", "FR"),
    "ES": ("melo.text.spanish", "ES"),
}
_CAMEL: Final = re.compile(r"([a-z])([A-Z])")


@contextmanager
def _tokenizers_from(store: ModelStore) -> Iterator[None]:
    """While importing a front-end, resolve its hard-coded BERT ids to this store's folders.

    The front-ends call ``AutoTokenizer.from_pretrained(<repo id>)`` at import.  The hub
    environment variables do the same only if they were set before transformers was first
    imported in the process, so the ids are mapped to local folders here as well.
    """
    local = {repo: store.snapshot(repo) for repo in BERT_REPOS.values()}
    original = AutoTokenizer.__dict__["from_pretrained"]

    def from_store(cls: type, name: Any, *args: Any, **kwargs: Any) -> Any:
        folder = local.get(name) if isinstance(name, str) else None
        if folder is not None:
            name, kwargs = str(folder), {**kwargs, "local_files_only": True}
        return original.__func__(cls, name, *args, **kwargs)

    setattr(AutoTokenizer, "from_pretrained", classmethod(from_store))  # noqa: B010
    try:
        yield
    finally:
        setattr(AutoTokenizer, "from_pretrained", original)  # noqa: B010


def _import_front_end(name: str, store: ModelStore) -> ModuleType:
    try:
        with _tokenizers_from(store), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # jieba, gruut and friends warn at import
            module = importlib.import_module(name)
    except Exception as exc:
        raise ModelUnavailableError(f"MeloTTS front-end {name} failed to import: {exc}") from exc
    # jieba sets its own logger to DEBUG at import and prints its dictionary building.
    logging.getLogger("jieba").setLevel(logging.WARNING)
    return module


def _load_checkpoint(path: Path, model: torch.nn.Module) -> None:
    try:
        checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:
        raise ModelUnavailableError(
            f"{path} cannot be loaded with torch.load(weights_only=True) ({exc}); if you trust "
            'the file, keep only its weights once with: python -c "import torch; '
            f"c = torch.load('{path}', weights_only=False); torch.save({{'model': c['model']}}, "
            f"'{path}')\""
        ) from exc
    if not isinstance(checkpoint, dict) or "model" not in checkpoint:
        raise ModelUnavailableError(f"{path} has no 'model' state dict; is it a MeloTTS file?")
    try:
        model.load_state_dict(checkpoint["model"], strict=True)
    except RuntimeError as exc:
        reason = " ".join(str(exc).split())  # torch's message spans lines
        raise ModelUnavailableError(f"{path} does not match its config.json: {reason}") from exc


@dataclass(frozen=True)
class Latent:
    """A sentence's decoder input: z [1, channels, frames] and the speaker embedding g."""

    z: torch.Tensor
    g: torch.Tensor

    @property
    def frames(self) -> int:
        """Length of z in frames."""
        return int(self.z.shape[-1])


def _reach(conv: Any) -> int:
    """Samples each side of an output that a stride-1 convolution reads."""
    (kernel,), (dilation,), (padding,) = conv.kernel_size, conv.dilation, conv.padding
    return int(max(padding, dilation * (kernel - 1) - padding))


def receptive_field(dec: Any) -> int:
    """Latent frames either side of a frame that its HiFi-GAN output samples depend on.

    Walks upstream's Generator: conv_pre at the frame rate, then per stage a transposed
    convolution that raises the rate and the sum of its resblocks' convolution reaches (the
    resblocks run in parallel, so the widest counts), then conv_post at the sample rate.
    """
    frames = Fraction(_reach(dec.conv_pre))
    rate = 1  # samples per frame where the walk is
    for i, up in enumerate(dec.ups):
        (kernel,), (stride,), (padding,) = up.kernel_size, up.stride, up.padding
        # Input i writes outputs i*stride - padding ... i*stride - padding + kernel - 1: past
        # its own `stride` outputs by `padding` on the left, the rest on the right.
        frames += Fraction(max(padding, kernel - stride - padding), stride * rate)
        rate *= stride
        blocks = dec.resblocks[i * dec.num_kernels : (i + 1) * dec.num_kernels]
        widest = max(
            sum(_reach(c) for c in b.modules() if isinstance(c, torch.nn.Conv1d)) for b in blocks
        )
        frames += Fraction(widest, rate)
    frames += Fraction(_reach(dec.conv_post), rate)
    return math.ceil(frames)


class Voice:
    """A language's MeloTTS model, BERT and front-end, ready to speak sentences."""

    def __init__(self, lang: str, store: ModelStore, device: str) -> None:
        ckpt_dir, bert_dir = store.checkpoint_dir(lang), store.bert_dir(lang)
        if ckpt_dir is None or bert_dir is None:
            raise ModelUnavailableError(store.describe_missing(lang))
        self.lang, self.device = lang, device
        module_name, self.melo_lang = FRONT_ENDS[lang]
        config: dict[str, Any] = json.loads((ckpt_dir / "config.json").read_text("utf-8"))
        self.data: dict[str, Any] = config["data"]
        self.rate = int(self.data["sampling_rate"])
        self.speakers: dict[str, int] = dict(self.data["spk2id"])
        self.symbol_to_id = {s: i for i, s in enumerate(config["symbols"])}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # melo builds with the deprecated weight_norm
            self.model = SynthesizerTrn(
                len(config["symbols"]),
                self.data["filter_length"] // 2 + 1,
                config["train"]["segment_size"] // self.data["hop_length"],
                n_speakers=self.data["n_speakers"],
                num_tones=config["num_tones"],
                num_languages=config["num_languages"],
                **config["model"],
            )
        _load_checkpoint(ckpt_dir / "checkpoint.pth", self.model)
        self.model.eval().to(device)
        #: Context frames that make a decoded window's seams exact (melod.tts.melo.Window).
        self.receptive_field = receptive_field(self.model.dec)
        self.tokenizer = AutoTokenizer.from_pretrained(  # type: ignore[no-untyped-call]
            str(bert_dir), local_files_only=True
        )
        self.bert = None if self.data.get("disable_bert") else self._load_bert(bert_dir)
        self.front_end = _import_front_end(module_name, store)

    def _load_bert(self, folder: Path) -> torch.nn.Module:
        bert = AutoModel.from_pretrained(
            str(folder), local_files_only=True, dtype=torch.float32, add_pooling_layer=False
        )
        # The front-ends use hidden_states[-3], the output of the third-last layer: the last
        # two layers would be computed for nothing, so they are dropped.
        del bert.encoder.layer[-2:]
        return bert.eval().to(self.device)  # type: ignore[no-any-return]

    def _features(self, text: str, word2ph: list[int], phones: int) -> torch.Tensor:
        """Phone-level BERT features, 768 x phones (upstream's get_bert_feature)."""
        inputs = self.tokenizer(text, return_tensors="pt").to(self.device)
        hidden = self.bert(**inputs).last_hidden_state[0].cpu()  # type: ignore[misc]
        if self.melo_lang == "ZH_MIX_EN":
            # Upstream's Chinese feature code, unlike the others, tolerates extra tokens.
            hidden = hidden[: len(word2ph)]
        if hidden.shape[0] != len(word2ph) or sum(word2ph) != phones:
            raise SynthesisError(
                f"{self.lang} front-end and tokenizer disagree on {text!r} "
                f"({hidden.shape[0]} tokens, {len(word2ph)} words, {phones} phones)"
            )
        return torch.repeat_interleave(hidden, torch.tensor(word2ph), dim=0).T

    def _inputs(self, text: str) -> tuple[torch.Tensor, ...]:
        """Text → phone ids, tones, language ids, bert (1024) and ja_bert (768) features."""
        if self.melo_lang in ("EN", "ZH_MIX_EN"):
            text = _CAMEL.sub(r"\1 \2", text)
        # The front-end module tokenizes with its own global; make it this voice's.
        if hasattr(self.front_end, "tokenizer"):
            setattr(self.front_end, "tokenizer", self.tokenizer)  # noqa: B010
        norm = self.front_end.text_normalize(text)
        phones, tones, word2ph = self.front_end.g2p(norm)
        ids, tones, langs = cleaned_text_to_sequence(
            phones, tones, self.melo_lang, self.symbol_to_id
        )
        if self.data.get("add_blank", True):
            ids, tones, langs = (commons.intersperse(x, 0) for x in (ids, tones, langs))
            word2ph = [2 * n for n in word2ph]
            word2ph[0] += 1
        n = len(ids)
        if self.bert is None:
            bert, ja_bert = torch.zeros(1024, n), torch.zeros(768, n)
        else:
            bert, ja_bert = torch.zeros(1024, n), self._features(norm, word2ph, n)
        return tuple(
            torch.as_tensor(x).to(self.device).unsqueeze(0)
            for x in (ids, tones, langs, bert, ja_bert)
        )

    def _infer(
        self, text: str, speaker_id: int, speed: float, sampling: Sampling, max_len: int | None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Upstream's infer: (audio of the first `max_len` frames, the whole latent z)."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # jieba/gruut warn on first use
            ids, tones, langs, bert, ja_bert = self._inputs(text)
        if sampling.seed is not None:
            torch.manual_seed(sampling.seed)
        audio, _, _, (z, *_) = self.model.infer(
            ids,
            torch.LongTensor([ids.shape[1]]).to(self.device),
            torch.LongTensor([speaker_id]).to(self.device),
            tones,
            langs,
            bert,
            ja_bert,
            sdp_ratio=sampling.sdp_ratio,
            noise_scale=sampling.noise_scale,
            noise_scale_w=sampling.noise_scale_w,
            length_scale=1.0 / speed,
            max_len=max_len,
        )
        return audio, z

    def speak(self, text: str, speaker_id: int, speed: float, sampling: Sampling) -> Samples:
        """Synthesize one sentence in one go; float32 samples at `rate`, pause included."""
        with torch.inference_mode():
            audio, _ = self._infer(text, speaker_id, speed, sampling, max_len=None)
        samples = audio[0, 0].float().cpu().numpy()
        return np.concatenate([samples, self.pause(speed)]).astype(np.float32)

    def pause(self, speed: float) -> Samples:
        """Upstream's 50 ms of silence after a sentence."""
        return np.zeros(int(self.rate * 0.05 / speed), dtype=np.float32)

    def latent(self, text: str, speaker_id: int, speed: float, sampling: Sampling) -> Latent:
        """A sentence's latent (text encoder, durations and flow), ready for `decode`."""
        with torch.inference_mode():
            # max_len=1 keeps text-to-latent upstream's own code for the price of decoding
            # one frame, which it does after the flow; the real decode is done by windows.
            # Its y_mask is all ones for one sentence, so z is what it would have decoded.
            _, z = self._infer(text, speaker_id, speed, sampling, max_len=1)
            g = self.model.emb_g(torch.LongTensor([speaker_id]).to(self.device)).unsqueeze(-1)
        return Latent(z, g)

    def decode(self, latent: Latent, start: int, stop: int, margin: int) -> Samples:
        """Audio of frames [start, stop), decoded with up to `margin` frames of context."""
        lo, hi = max(0, start - margin), min(latent.frames, stop + margin)
        with torch.inference_mode():
            audio = self.model.dec(latent.z[:, :, lo:hi], g=latent.g)[0, 0]
        # Each frame decodes to exactly hop samples (the upsample rates multiply to it).
        hop = audio.shape[0] // (hi - lo)
        keep = audio[(start - lo) * hop : (stop - lo) * hop].float().cpu().numpy()
        return np.asarray(keep, dtype=np.float32)
