"""The MeloTTS engine, driven for real on tiny generated models in all six languages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from melod.errors import ModelUnavailableError, SynthesisError, UnknownLanguageError
from melod.langs import LANGUAGES
from melod.tts.base import join
from melod.tts.melo import MeloEngine, Sampling, split_sentences
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
    return MeloEngine(tiny_models, threads=2, sampling=QUIET)


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
def test_one_chunk_per_sentence(engine):
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
