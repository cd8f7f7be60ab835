"""The daemon and `melod say` on the real MeloTTS code (tiny generated model)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import soundfile as sf

from tests.broker import Broker, Client, unique_base
from tests.daemon_proc import MelodProcess, write_config

pytestmark = [pytest.mark.torch, pytest.mark.integration, pytest.mark.slow]

TEXTS = {
    "KR": "현관문이 열렸습니다. 기온은 23.5℃입니다.",
    "EN": "The washing machine has finished at 7:45 PM.",
    "JP": "洗濯が終わりました。15時30分です。",
    "ZH": "洗衣机已经洗好了，现在是下午3点。",
    "FR": "La porte d'entrée est ouverte depuis 15h30.",
    "ES": "La lavadora ha terminado a las 15:30.",
}


def test_every_language_spoken_by_melotts(
    tmp_path: Path, broker: Broker, tiny_models: Path
) -> None:
    base = unique_base()
    client = Client(broker, base)
    config = write_config(
        tmp_path,
        broker,
        base,
        tts={"models_dir": str(tiny_models), "warm_languages": ["KR"], "cache_mb": 0},
    )
    proc = MelodProcess(config)
    try:
        proc.start(client, timeout=120)
        assert "KR" in client.json("state", timeout=10)["loaded"]
        for lang, text in TEXTS.items():
            client.publish(
                "say",
                json.dumps({"text": text, "lang": lang, "id": f"m-{lang}", "output": "reply"}),
            )
            done = client.json("done", id=f"m-{lang}", timeout=120)
            assert done["engine"] == "melotts", done
            wav = client.wait(f"audio/m-{lang}").payload
            data, rate = sf.read(io.BytesIO(wav))
            assert rate == 44100
            assert abs(len(data) / rate - done["audio_s"]) < 0.01
            assert done["chars"] > 0
        client.publish("say/EN-US", "Plain text, American speaker.")
        assert client.json("done", timeout=60)["engine"] == "melotts"
    finally:
        proc.stop_quietly()
        client.close()


def test_say_writes_melotts_speech(tmp_path: Path, tiny_models: Path) -> None:
    out = tmp_path / "kr.wav"
    env = {
        **os.environ,
        "MELOD_TTS__MODELS_DIR": str(tiny_models),
        "MELOD_TTS__CACHE_MB": "0",
        "MELOD_LOGGING__FORMAT": "logfmt",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "melod",
            "say",
            "현관문이 열렸습니다",
            "--lang",
            "KR",
            "-o",
            str(out),
        ],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("melotts:")
    data, rate = sf.read(out)
    assert rate == 44100
    assert len(data) > rate * 0.2


@pytest.mark.parametrize(("fallback", "expect"), [("none", "error"), ("espeak", "done")])
def test_melotts_failure_falls_back_or_fails_precisely(
    tmp_path: Path, broker: Broker, tiny_models: Path, fallback: str, expect: str
) -> None:
    base = unique_base()
    client = Client(broker, base)
    config = write_config(
        tmp_path,
        broker,
        base,
        tts={"models_dir": str(tiny_models), "fallback": fallback, "cache_mb": 0},
    )
    proc = MelodProcess(config)
    try:
        proc.start(client, timeout=120)
        client.publish(
            "say", json.dumps({"text": "Hello", "lang": "EN", "id": "spk", "speaker": "Nobody"})
        )
        if expect == "error":
            err = client.json("error", id="spk", timeout=120)
            assert err["code"] == "synthesis_failed"
            assert "EN-US" in err["message"]  # the speakers it does have
        else:
            assert client.json("done", id="spk", timeout=120)["engine"] == "espeak-ng"
    finally:
        proc.stop_quietly()
        client.close()
