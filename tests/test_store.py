"""The model store: hub-cache layout, what is present or missing, and pull without network."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from melod.errors import DownloadError, UnknownLanguageError
from melod.langs import LANGUAGES
from melod.tts import store
from melod.tts.store import ModelStore, RepoNeed


def fill(root: Path, need: RepoNeed, revision: str = "a" * 40) -> Path:
    """Lay one repository's needed files (placeholders) out in the hub layout."""
    base = root / "hub" / store.repo_folder(need.repo)
    folder = base / "snapshots" / revision
    folder.mkdir(parents=True, exist_ok=True)
    (base / "refs").mkdir(exist_ok=True)
    (base / "refs" / "main").write_text(revision)
    for name in [*need.files, *need.one_of[:1]]:
        (folder / name).write_text("{}" if name.endswith(".json") else "x")
    return folder


def fill_language(root: Path, lang: str) -> None:
    for need in ModelStore(root).needs(lang):
        fill(root, need)


def test_empty_store_misses_everything(tmp_path):
    models = ModelStore(tmp_path)
    for lang in LANGUAGES:
        assert not models.present(lang)
        gaps = models.missing(lang)
        assert any(store.CHECKPOINT_REPOS[lang] in gap for gap in gaps)
        assert any(store.BERT_REPOS[lang] in gap for gap in gaps)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_complete_language_is_present(tmp_path, lang):
    fill_language(tmp_path, lang)
    assert ModelStore(tmp_path).present(lang)
    assert store.present(tmp_path, lang)
    assert store.missing(tmp_path, lang) == []


def test_missing_checkpoint_is_named_with_the_pull_command(tmp_path):
    fill_language(tmp_path, "KR")
    folder = ModelStore(tmp_path).checkpoint_dir("KR")
    assert folder is not None
    (folder / "checkpoint.pth").unlink()
    models = ModelStore(tmp_path)
    assert models.missing("KR") == ["myshell-ai/MeloTTS-Korean: checkpoint.pth"]
    message = models.describe_missing("KR")
    assert "checkpoint.pth" in message
    assert "melod models pull KR" in message


def test_either_weights_file_will_do(tmp_path):
    fill_language(tmp_path, "FR")
    folder = ModelStore(tmp_path).bert_dir("FR")
    assert folder is not None
    (folder / "model.safetensors").rename(folder / "pytorch_model.bin")
    assert ModelStore(tmp_path).present("FR")
    (folder / "pytorch_model.bin").unlink()
    assert ModelStore(tmp_path).missing("FR") == [
        "dbmdz/bert-base-french-europeana-cased: model.safetensors or pytorch_model.bin"
    ]


def test_english_needs_the_japanese_tokenizer_but_not_its_weights(tmp_path):
    # MeloTTS's English front-end imports the Japanese one, which loads its tokenizer.
    fill_language(tmp_path, "EN")
    jp = ModelStore(tmp_path).bert_dir("JP")
    assert jp is not None
    assert not (jp / "model.safetensors").exists()
    (jp / "tokenizer_config.json").unlink()
    assert ModelStore(tmp_path).missing("EN") == [
        "tohoku-nlp/bert-base-japanese-v3: tokenizer_config.json"
    ]


def test_disable_bert_config_needs_no_bert_weights(tmp_path):
    fill_language(tmp_path, "ES")
    models = ModelStore(tmp_path)
    ckpt, bert = models.checkpoint_dir("ES"), models.bert_dir("ES")
    assert ckpt is not None
    assert bert is not None
    (bert / "model.safetensors").unlink()
    assert not models.present("ES")
    (ckpt / "config.json").write_text(json.dumps({"data": {"disable_bert": True}}))
    assert models.present("ES")


def test_refs_pointing_nowhere_is_absent(tmp_path):
    fill_language(tmp_path, "JP")
    ref = tmp_path / "hub" / store.repo_folder(store.CHECKPOINT_REPOS["JP"]) / "refs" / "main"
    ref.write_text("b" * 40)
    assert not ModelStore(tmp_path).present("JP")


def test_unknown_language(tmp_path):
    with pytest.raises(UnknownLanguageError):
        ModelStore(tmp_path).present("XX")


def test_describe_names_the_repositories():
    assert store.describe("ZH") == (
        "myshell-ai/MeloTTS-Chinese + bert-base-multilingual-uncased + "
        "bert-base-uncased (tokenizer) + tohoku-nlp/bert-base-japanese-v3 (tokenizer)"
    )


CLOSED = "http://127.0.0.1:9"  # the discard port: refused at once, never the real hub


def test_pull_without_network_fails_fast_and_says_what_to_do(tmp_path, monkeypatch):
    pytest.importorskip("huggingface_hub")
    monkeypatch.setenv("HF_ENDPOINT", CLOSED)
    started = time.monotonic()
    with pytest.raises(DownloadError) as caught:
        store.pull(["KR"], tmp_path, endpoint=CLOSED)
    assert time.monotonic() - started < 30
    message = str(caught.value)
    assert "myshell-ai/MeloTTS-Korean" in message
    assert "melod models pull KR" in message
    assert "copy" in message
    assert message.count(". ") == 0  # one sentence


def test_pull_of_a_complete_language_needs_no_network(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", CLOSED)
    fill_language(tmp_path, "EN")
    folders = store.pull(["EN"], tmp_path, endpoint=CLOSED)
    assert len(folders) == 3
