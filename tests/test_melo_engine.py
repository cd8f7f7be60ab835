"""The MeloTTS engine, driven for real on tiny generated models in all six languages."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from melod.errors import ModelUnavailableError, SynthesisError, UnknownLanguageError
from melod.langs import LANGUAGES
from melod.tts.base import join
from melod.tts.melo import MeloEngine, Sampling, Window, plan_windows, split_sentences
from melod.tts.store import ModelStore

SHORT = {
    "KR": "현관문이 열렸습니다.",
    "EN": "The front door is open.",
    "JP": "玄関のドアが開きました。",
    "ZH": "前门开了。",
    "FR": "La porte est ouverte.",
    "ES": "La puerta está abierta.",
}
LONG = {
    "KR": "현관문이 열렸습니다. 세탁기가 끝났습니다, 빨래를 꺼내 주세요!",
    "EN": "The front door is open. The washing machine has finished, please empty it!",
    "JP": "玄関のドアが開きました。洗濯が終わりました、取り出してください！",
    "ZH": "前门开了。洗衣机已经洗完了，请把衣服拿出来！",
    "FR": "La porte est ouverte. La machine à laver a terminé, videz-la s'il vous plaît !",
    "ES": "La puerta está abierta. La lavadora ha terminado, ¡vacíela por favor!",
}
QUIET = Sampling(noise_scale=0.0, noise_scale_w=0.0, seed=0)


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> Path:
    """Tiny MeloTTS models for every language, generated once per session."""
    pytest.importorskip("torch")
    pytest.importorskip("melo")
    from melod.tts.tiny import write_tiny_models  # noqa: PLC0415 - needs torch

    root = tmp_path_factory.mktemp("melo-models")
    write_tiny_models(root)
    return root


@pytest.fixture(scope="session")
def engine(tiny_models) -> MeloEngine:
    return MeloEngine(tiny_models, threads=2, sampling=QUIET, stream="always")


def speak(engine: MeloEngine, text: str, lang: str, **kwargs) -> np.ndarray:
    audio = join(engine.synthesize(text, lang, **kwargs))
    assert audio.rate == 44100
    return audio.samples


def test_importing_the_engine_does_not_import_torch():
    code = "import sys, melod.tts.melo; print('torch' in sys.modules, 'melo' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


def test_missing_models_are_unavailable_and_say_how_to_pull(tmp_path):
    engine = MeloEngine(tmp_path)
    assert not engine.available("KR")
    with pytest.raises(ModelUnavailableError, match="melod models pull KR"):
        engine.load("KR")
    with pytest.raises(ModelUnavailableError, match="checkpoint"):
        list(engine.synthesize("안녕", "KR"))


def test_unknown_language(tmp_path):
    assert not MeloEngine(tmp_path).available("XX")
    with pytest.raises(UnknownLanguageError):
        MeloEngine(tmp_path).load("XX")


def test_sentences_split_on_each_languages_punctuation():
    assert split_sentences("Door open. Window shut! OK?") == ["Door open.", "Window shut!", "OK?"]
    assert split_sentences("前门开了。请检查！") == ["前门开了。", "请检查！"]
    assert split_sentences("玄関が開きました。確認してください") == [
        "玄関が開きました。",
        "確認してください",
    ]
    assert split_sentences("3.5 degrees") == ["3.5 degrees"]
    assert split_sentences(" ... ") == []
    long = ", ".join(["the hallway light is on"] * 40)
    assert all(len(piece) <= 300 for piece in split_sentences(long))


@pytest.mark.torch
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_speaks(engine, lang):
    assert engine.available(lang)
    short = speak(engine, SHORT[lang], lang)
    long = speak(engine, LONG[lang], lang)
    for samples in (short, long):
        assert samples.dtype == np.float32
        assert samples.size > 0
        assert np.isfinite(samples).all()
        assert np.abs(samples).max() <= 1.0
    assert long.size > short.size * 1.5


@pytest.mark.torch
def test_one_chunk_per_sentence_without_windows(tiny_models):
    engine = MeloEngine(tiny_models, threads=2, sampling=replace(QUIET, window=None))
    chunks = list(engine.synthesize(LONG["EN"], "EN"))
    assert len(chunks) == 2
    assert all(chunk.rate == 44100 for chunk in chunks)


@pytest.mark.torch
def test_quiet_sampling_is_repeatable(engine):
    first = speak(engine, SHORT["FR"], "FR")
    second = speak(engine, SHORT["FR"], "FR")
    np.testing.assert_array_equal(first, second)


@pytest.mark.torch
def test_speaker_selection(engine):
    assert engine.speakers("EN") == ["EN-US", "EN-BR", "EN_INDIA", "EN-AU", "EN-Default"]
    us = speak(engine, SHORT["EN"], "EN", speaker="EN-US")
    br = speak(engine, SHORT["EN"], "EN", speaker="EN-BR")
    assert not np.array_equal(us, br)
    # melod's accent code EN-INDIA names the checkpoint's EN_INDIA speaker.
    india = speak(engine, SHORT["EN"], "EN", speaker="EN-INDIA")
    np.testing.assert_array_equal(india, speak(engine, SHORT["EN"], "EN", speaker="EN_INDIA"))
    default = speak(engine, SHORT["EN"], "EN")
    np.testing.assert_array_equal(default, speak(engine, SHORT["EN"], "EN", speaker="EN-Default"))


@pytest.mark.torch
def test_unknown_speaker_is_refused_before_any_audio(engine):
    with pytest.raises(SynthesisError, match="EN-US, EN-BR"):
        engine.synthesize(SHORT["EN"], "EN", speaker="EN-MARS")


@pytest.mark.torch
def test_speed_changes_duration(engine):
    slow = speak(engine, SHORT["ES"], "ES", speed=0.5)
    normal = speak(engine, SHORT["ES"], "ES")
    fast = speak(engine, SHORT["ES"], "ES", speed=2.0)
    assert slow.size > normal.size > fast.size


@pytest.mark.torch
def test_empty_text_gives_no_audio(engine):
    assert list(engine.synthesize("  ", "KR")) == []


def linked_copy(src: Path, dst: Path) -> ModelStore:
    """A cheap copy of a store (hard links); replace a file by unlinking it first."""
    shutil.copytree(src, dst, copy_function=os.link)
    return ModelStore(dst)


@pytest.mark.torch
def test_checkpoint_that_does_not_match_its_config_is_refused(tiny_models, tmp_path):
    import torch  # noqa: PLC0415 - torch is optional for the rest

    models = linked_copy(tiny_models, tmp_path / "m")
    folder = models.checkpoint_dir("JP")
    assert folder is not None
    state = torch.load(folder / "checkpoint.pth", weights_only=True)
    del state["model"]["emb_g.weight"]
    (folder / "checkpoint.pth").unlink()
    torch.save(state, folder / "checkpoint.pth")
    with pytest.raises(ModelUnavailableError, match=r"does not match.*Missing key.*emb_g\.weight"):
        MeloEngine(models.models_dir).load("JP")


class Opaque:
    """Anything that is not a tensor: weights_only loading refuses to unpickle it."""


@pytest.mark.torch
def test_checkpoint_needing_full_unpickling_says_what_to_do(tiny_models, tmp_path):
    import torch  # noqa: PLC0415 - torch is optional for the rest

    models = linked_copy(tiny_models, tmp_path / "m")
    folder = models.checkpoint_dir("JP")
    assert folder is not None
    state = torch.load(folder / "checkpoint.pth", weights_only=True)
    (folder / "checkpoint.pth").unlink()
    torch.save({**state, "extra": Opaque()}, folder / "checkpoint.pth")
    with pytest.raises(ModelUnavailableError, match="weights_only=False"):
        MeloEngine(models.models_dir).load("JP")


def test_windows_grow_cover_every_frame_and_leave_no_sliver():
    spans = plan_windows(500, Window(first=16, size=128))
    assert spans[:4] == [(0, 16), (16, 48), (48, 112), (112, 240)]
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert spans[-1][1] == 500
    assert all(stop - start >= 16 for start, stop in spans)
    # The tail after (240, 368) is 132 frames: one more window of 128 would leave a sliver.
    assert spans[-1] == (368, 500)
    assert plan_windows(10, Window(first=16)) == [(0, 10)]
    assert plan_windows(20, Window(first=16)) == [(0, 16), (16, 20)]
    with pytest.raises(ValueError, match="first <= size"):
        Window(first=64, size=32)
    with pytest.raises(ValueError, match="negative"):
        Window(margin=-1)


LONG_SENTENCE = (
    "The washing machine in the basement has finished its long cycle, "
    "so please take the wet clothes out soon."
)


@pytest.mark.torch
def test_decoder_receptive_field_is_a_tight_bound(engine):
    import torch  # noqa: PLC0415 - torch is optional for the rest

    engine.load("EN")
    voice = engine._voices["EN"]
    dec, hop, frames, hit = voice.model.dec, 512, 64, 32
    with torch.inference_mode():
        z = torch.randn(
            1, dec.conv_pre.in_channels, frames, generator=torch.Generator().manual_seed(0)
        )
        g = voice.model.emb_g(torch.LongTensor([0])).unsqueeze(-1)
        bumped = z.clone()
        bumped[:, :, hit] += 1.0
        changed = torch.nonzero(dec(z, g=g) != dec(bumped, g=g))[:, -1]
    # How far past the bumped frame's own samples the change reaches, in frames.
    left = (hit * hop - int(changed.min())) / hop
    right = (int(changed.max()) + 1 - (hit + 1) * hop) / hop
    assert voice.receptive_field - 1 < max(left, right) <= voice.receptive_field


@pytest.mark.torch
@pytest.mark.parametrize("window", [Window(), Window(first=4, size=8)])
def test_windowed_chunks_join_into_the_one_shot_decode(tiny_models, engine, window):
    one_shot = MeloEngine(tiny_models, threads=2, sampling=replace(QUIET, window=None))
    whole = speak(one_shot, LONG_SENTENCE, "EN")
    windowed = MeloEngine(
        tiny_models, threads=2, sampling=replace(QUIET, window=window), stream="always"
    )
    chunks = [chunk.samples for chunk in windowed.synthesize(LONG_SENTENCE, "EN")]
    assert len(chunks) > 3
    assert chunks[0].size == window.first * 512 < whole.size / 10
    joined = np.concatenate(chunks)
    assert joined.shape == whole.shape
    # With context of the decoder's receptive field on both sides each window computes the
    # same sums as the whole decode, only in other orders: float32 rounding, ~1e-9 measured.
    assert np.abs(joined - whole).max() < 1e-5
    # Upstream's 50 ms pause closes the sentence's last chunk.
    assert not chunks[-1][-int(0.05 * 44100) :].any()


@pytest.mark.torch
def test_too_little_margin_shows_at_the_seams(tiny_models):
    whole = speak(
        MeloEngine(tiny_models, threads=2, sampling=replace(QUIET, window=None)),
        LONG_SENTENCE,
        "EN",
    )
    no_context = replace(QUIET, window=Window(first=4, size=8, margin=0))
    joined = speak(
        MeloEngine(tiny_models, threads=2, sampling=no_context, stream="always"),
        LONG_SENTENCE,
        "EN",
    )
    assert np.abs(joined - whole).max() > 1e-4


@pytest.mark.torch
def test_auto_streams_only_where_decoding_outruns_playback(tiny_models) -> None:
    engine = MeloEngine(tiny_models, threads=2, sampling=QUIET, stream="auto")
    text = "The washing machine has finished and the dryer is about to start now"
    first = list(engine.synthesize(text, "EN"))
    assert len(first) == 1  # nothing measured yet: the whole sentence at once
    assert engine.rtf["EN"] > 0
    engine.rtf["EN"] = 0.1  # a fast box
    assert len(list(engine.synthesize(text, "EN"))) > 1
    engine.rtf["EN"] = 2.0  # a slow one: a wait beats stalls mid-word
    one = list(engine.synthesize(text, "EN"))
    assert len(one) == 1
