"""The `melod` command line, run for real (subprocess) where it matters."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import soundfile as sf

from melod.cli import main
from tests.pulse import DEVICE, RATE, Recorder, active_seconds


def melod(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "MELOD_LOGGING__FORMAT": "logfmt", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "melod", *args],
        input=stdin,
        text=True,
        capture_output=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An empty models dir and no config file: a fresh machine."""
    return {
        "MELOD_TTS__MODELS_DIR": str(tmp_path / "models"),
        "MELOD_LIMITS__QUEUE_PATH": str(tmp_path / "q.sqlite3"),
    }


def test_normalize_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "It is 20 °C.", "--lang", "EN"]) == 0
    assert capsys.readouterr().out == "It is twenty degrees Celsius.\n"


def test_normalize_as_an_english_accent_reads(capsys: pytest.CaptureFixture[str]) -> None:
    """A message with no sign of its country is read as the voice's listeners expect."""
    text = "Due 12/02: 250 items."
    assert main(["normalize", text, "--lang", "EN-US"]) == 0
    assert main(["normalize", text, "--lang", "en-au"]) == 0
    american, australian = capsys.readouterr().out.splitlines()
    assert "December second" in american
    assert "two hundred fifty" in american
    assert "February" in australian
    assert "two hundred and fifty" in australian


def test_normalize_stdin_line_by_line() -> None:
    out = melod("normalize", "-", "--lang", "en", stdin="1 item\n\n2 items\n")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["One item", "", "Two items"]


def test_unknown_language_is_a_sentence_not_a_traceback() -> None:
    out = melod("normalize", "x", "--lang", "XX")
    assert out.returncode == 1
    assert "unknown language 'XX'" in out.stderr
    assert "Traceback" not in out.stderr


def test_say_writes_fallback_speech_without_weights(tmp_path: Path, home: dict[str, str]) -> None:
    wav = tmp_path / "a.wav"
    out = melod(
        "say", "현관문이 열렸습니다", "--lang", "KR", "-o", str(wav), env=home, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    assert "espeak-ng" in out.stderr
    data, rate = sf.read(wav)
    assert rate == 22050
    assert 0.8 < len(data) / rate < 5
    assert abs(data).max() > 0.05


@pytest.mark.integration
def test_say_play_is_heard_on_the_speaker(
    recorder: Recorder, tmp_path: Path, home: dict[str, str]
) -> None:
    out = melod(
        "say", "The front door is open", "--lang", "EN", "--play",
        env={**home, "MELOD_OUTPUT__DEVICE": DEVICE}, cwd=tmp_path,
    )  # fmt: skip
    time.sleep(0.3)  # let the recorder catch the tail
    heard = recorder.stop()
    assert out.returncode == 0, out.stderr
    assert "espeak-ng" in out.stderr
    assert active_seconds(heard, RATE) > 0.6


def test_say_with_melotts_only_and_no_weights_says_how_to_get_them(
    tmp_path: Path, home: dict[str, str]
) -> None:
    out = melod(
        "say",
        "hello",
        "--lang",
        "EN",
        "--engine",
        "melotts",
        "-o",
        str(tmp_path / "b.wav"),
        env=home,
        cwd=tmp_path,
    )
    assert out.returncode == 1
    assert "melod models pull EN" in out.stderr


def test_models_path_and_list(tmp_path: Path, home: dict[str, str]) -> None:
    out = melod("models", "path", env=home, cwd=tmp_path)
    assert out.stdout.strip() == home["MELOD_TTS__MODELS_DIR"]
    listing = melod("models", "list", env=home, cwd=tmp_path)
    assert listing.returncode == 0
    assert [line.split()[:2] for line in listing.stdout.splitlines()] == [
        [lang, "missing"] for lang in ["KR", "EN", "JP", "ZH", "FR", "ES"]
    ]


def test_models_pull_offline_fails_with_a_clear_sentence(
    tmp_path: Path, home: dict[str, str]
) -> None:
    # A closed loopback port stands in for the unreachable hub: nothing leaves this machine.
    env = {**home, "HF_ENDPOINT": "http://127.0.0.1:9", "HF_HUB_OFFLINE": "0"}
    out = melod("models", "pull", "KR", env=env, cwd=tmp_path)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert "KR" in out.stderr or "Korean" in out.stderr


def test_check_on_a_fresh_machine(tmp_path: Path, home: dict[str, str]) -> None:
    env = {**home, "MELOD_MQTT__PORT": "9"}  # nothing listens there
    out = melod("check", env=env, cwd=tmp_path)
    assert out.returncode == 1
    for line in [
        "config: none found, using defaults (valid)",
        "KR: missing",
        "fallback voice: espeak-ng for KR EN JP ZH FR ES",
        "broker: FAILED",
    ]:
        assert line in out.stdout, out.stdout
    assert "password" in out.stdout


def test_check_with_a_broker(tmp_path: Path, home: dict[str, str], broker) -> None:  # type: ignore[no-untyped-def]
    env = {**home, "MELOD_MQTT__PORT": str(broker.port), "MELOD_MQTT__HOST": "127.0.0.1"}
    out = melod("check", env=env, cwd=tmp_path)
    assert f"broker: 127.0.0.1:{broker.port} answered (MQTT 5)" in out.stdout


def test_broken_config_exits_2(tmp_path: Path) -> None:
    cfg = tmp_path / "melod.yaml"
    cfg.write_text("mqtt: {prot: 1883}\n")
    out = melod("check", cwd=tmp_path)
    assert out.returncode == 2
    assert "melod.yaml:1: mqtt.prot: unknown key (did you mean 'port'?)" in out.stderr
