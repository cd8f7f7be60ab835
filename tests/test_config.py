"""Config: the example loads, env overrides, and every error is located and hinted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from melod.cli import main
from melod.configfile import ConfigProblems, dump_settings, load_settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("MELOD_") or key == "CREDENTIALS_DIRECTORY":
            monkeypatch.delenv(key)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "melod.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_config_loads_and_matches_defaults() -> None:
    settings, path = load_settings(ROOT / "config.example.yaml")
    assert path == ROOT / "config.example.yaml"
    assert settings.mqtt.port == 1883
    assert settings.tts.default_language == "KR"
    assert settings.output.mode == "speaker"
    assert "~" not in str(settings.tts.models_dir)


def test_minimal_config(tmp_path: Path) -> None:
    settings, _ = load_settings(write(tmp_path, "mqtt:\n  host: broker.lan\n"))
    assert settings.mqtt.host == "broker.lan"
    assert settings.mqtt.base_topic == "tts"


def test_empty_file_is_all_defaults(tmp_path: Path) -> None:
    settings, _ = load_settings(write(tmp_path, ""))
    assert settings.limits.queue_max == 100


def test_env_overrides_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MELOD_MQTT__PORT", "8883")
    monkeypatch.setenv("MELOD_OUTPUT__VOLUME", "0.25")
    settings, _ = load_settings(write(tmp_path, "mqtt:\n  port: 1884\n  host: b\n"))
    assert settings.mqtt.port == 8883
    assert settings.mqtt.host == "b"
    assert settings.output.volume == 0.25


def test_config_path_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MELOD_CONFIG", str(write(tmp_path, "mqtt:\n  port: 1999\n")))
    assert load_settings()[0].mqtt.port == 1999


def test_typo_is_located_with_did_you_mean(tmp_path: Path) -> None:
    with pytest.raises(ConfigProblems) as exc:
        load_settings(write(tmp_path, "mqtt: {prot: 1883}\n"))
    (problem,) = exc.value.problems
    assert problem.where.endswith("melod.yaml:1")
    assert problem.key == "mqtt.prot"
    assert "did you mean 'port'?" in problem.message


def test_every_error_reported_at_once(tmp_path: Path) -> None:
    text = (
        "mqtt:\n  host: x\n  prot: 1\ntts:\n  default_language: XX\noutput:\n  volume: 3\nfoo: 1\n"
    )
    with pytest.raises(ConfigProblems) as exc:
        load_settings(write(tmp_path, text))
    found = {(p.key, p.where.rsplit(":", 1)[1]) for p in exc.value.problems}
    assert found == {
        ("mqtt.prot", "3"),
        ("tts.default_language", "5"),
        ("output.volume", "7"),
        ("foo", "8"),
    }


def test_bad_env_value_names_the_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MELOD_MQTT__PORT", "abc")
    with pytest.raises(ConfigProblems) as exc:
        load_settings(write(tmp_path, ""))
    assert exc.value.problems[0].where == "environment MELOD_MQTT__PORT"


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigProblems) as exc:
        load_settings(write(tmp_path, "mqtt:\n  host: [unclosed\n"))
    assert "not valid YAML" in str(exc.value)


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigProblems, match="no such config file"):
        load_settings(tmp_path / "nope.yaml")


def test_password_from_systemd_credentials(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "mqtt_password").write_text("hunter2\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    settings, _ = load_settings(write(tmp_path, ""))
    assert settings.mqtt.password is not None
    assert settings.mqtt.password.get_secret_value() == "hunter2"
    dumped = dump_settings(settings)
    assert "hunter2" not in dumped
    assert "********" in dumped


def test_cli_exits_2_with_location_and_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "mqtt: {prot: 1883}\n")
    assert main(["-c", str(path), "normalize", "x", "--lang", "EN"]) == 2
    err = capsys.readouterr().err
    assert f"{path}:1: mqtt.prot: unknown key (did you mean 'port'?)" in err


def test_languages_and_accents_in_config(tmp_path: Path) -> None:
    settings, _ = load_settings(
        write(
            tmp_path,
            "tts:\n  default_language: ja\n"
            "  warm_languages: [kr, EN-US, en]\n"
            "  speakers: {en: en_au, kr: KR}\n",
        )
    )
    assert settings.tts.default_language == "JP"
    assert settings.tts.warm_languages == ["KR", "EN"]
    assert settings.tts.speakers == {"EN": "EN-AU", "KR": "KR"}


def test_english_accent_for_another_language_is_located(tmp_path: Path) -> None:
    with pytest.raises(ConfigProblems) as exc:
        load_settings(write(tmp_path, "tts:\n  speakers:\n    KR: EN-BR\n"))
    (problem,) = exc.value.problems
    assert problem.key == "tts.speakers"
    assert "speaker EN-BR is English, not KR" in problem.message
    assert problem.where.endswith("melod.yaml:2")
