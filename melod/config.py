"""Configuration: a tree of small pydantic models from a YAML file plus MELOD_* env."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from melod.errors import UnknownLanguageError
from melod.langs import LANGUAGES, parse_language

DEFAULT_PATHS = (Path("melod.yaml"), Path("/etc/melod/config.yaml"))


def _default_data_dir() -> Path:
    """Where models and the queue live: $STATE_DIRECTORY under systemd, else XDG."""
    if state := os.environ.get("STATE_DIRECTORY"):
        return Path(state.split(":")[0])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "melod"


def _lang(code: str) -> str:
    """Validate a language code for pydantic (which wants ValueError)."""
    try:
        return parse_language(code).lang
    except UnknownLanguageError as exc:
        raise ValueError(str(exc)) from None


def _speaker(lang: str, name: str) -> str:
    """An accent typed any way (`en-au`) becomes the speaker's name (`EN-AU`); an accent is
    English only; any other name is the engine's to check."""
    try:
        accent = parse_language(name).speaker
    except UnknownLanguageError:
        return name
    if accent is None:
        return name
    if lang != "EN":
        raise ValueError(f"speaker {accent} is English, not {lang}")
    return accent


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)

    @field_validator("*", mode="after")
    @classmethod
    def _expand_home(cls, v: object) -> object:
        """`~/x` in a path means the home directory, as in a shell."""
        if isinstance(v, Path):
            return v.expanduser()
        if isinstance(v, dict):
            return {k: x.expanduser() if isinstance(x, Path) else x for k, x in v.items()}
        return v


class TlsSettings(_Section):
    """TLS towards the broker."""

    enabled: bool = Field(False, description="Connect with TLS (port 8883 usually).")
    ca_file: Path | None = Field(None, description="CA bundle; None uses the system store.")
    cert_file: Path | None = Field(None, description="Client certificate (PEM).")
    key_file: Path | None = Field(None, description="Client key (PEM).")
    insecure: bool = Field(False, description="Skip host name checks (testing only).")


class HermesSettings(_Section):
    """The Rhasspy Hermes adapter."""

    enabled: bool = Field(False, description="Serve hermes/tts/say.")
    site_id: str = Field("default", description="Hermes siteId this melod plays for.")


class DiscoverySettings(_Section):
    """Home Assistant MQTT discovery."""

    enabled: bool = Field(False, description="Publish discovery config for Home Assistant.")
    prefix: str = Field("homeassistant", description="Home Assistant's discovery prefix.")


class MqttSettings(_Section):
    """The broker connection and topics."""

    host: str = Field("localhost", description="Broker host name or address.")
    port: int = Field(1883, ge=1, le=65535, description="Broker port.")
    username: str | None = Field(None, description="User name, if the broker wants one.")
    password: SecretStr | None = Field(
        None,
        description="Password; better from MELOD_MQTT__PASSWORD or the systemd "
        "credential 'mqtt_password'.",
    )
    client_id: str = Field(
        default_factory=lambda: f"melod-{socket.gethostname()}",
        description="Stable client id: the broker keeps QoS 1 requests for it while melod is down.",
    )
    base_topic: str = Field("tts", min_length=1, description="Prefix of every melod topic.")
    protocol: Literal["5", "3.1.1"] = Field("5", description="MQTT protocol version.")
    keepalive_s: int = Field(30, ge=5, le=3600, description="Keep-alive interval.")
    qos: Literal[0, 1, 2] = Field(1, description="QoS of the subscriptions.")
    session_expiry_s: int = Field(
        86400, ge=0, description="How long the broker keeps our session while we are away."
    )
    reconnect_min_s: float = Field(1.0, gt=0, description="First reconnect delay.")
    reconnect_max_s: float = Field(60.0, gt=0, description="Cap of the reconnect backoff.")
    tls: TlsSettings = Field(default_factory=TlsSettings)  # type: ignore[arg-type]
    hermes: HermesSettings = Field(default_factory=HermesSettings)  # type: ignore[arg-type]
    discovery: DiscoverySettings = Field(default_factory=DiscoverySettings)  # type: ignore[arg-type]

    @field_validator("base_topic")
    @classmethod
    def _no_wildcards(cls, v: str) -> str:
        if any(c in v for c in "+#") or v.endswith("/"):
            raise ValueError("must not contain + or # or end with /")
        return v

    @model_validator(mode="after")
    def _backoff_order(self) -> MqttSettings:
        if self.reconnect_max_s < self.reconnect_min_s:
            raise ValueError("reconnect_max_s must be >= reconnect_min_s")
        return self


class TtsSettings(_Section):
    """The speech engines."""

    models_dir: Path = Field(
        default_factory=lambda: _default_data_dir() / "models",
        description="Where `melod models pull` puts MeloTTS weights.",
    )
    default_language: str = Field("KR", description="Language of {base}/say without 'lang'.")
    warm_languages: list[str] = Field(
        default_factory=list, description="Loaded at start, before announcing online."
    )
    fallback: Literal["espeak", "none"] = Field(
        "espeak", description="Voice used when a MeloTTS model is missing or fails."
    )
    device: Literal["cpu", "cuda", "auto"] = Field("cpu", description="Torch device.")
    threads: int | None = Field(None, ge=1, description="Torch threads; None = all cores.")
    stream: Literal["auto", "always", "never"] = Field(
        "auto",
        description="Decode long sentences in windows so speech starts sooner; auto does it "
        "only where decoding is faster than real time (no stalls mid-word).",
    )
    speed: float = Field(1.0, ge=0.5, le=2.0, description="Default speaking speed.")
    speakers: dict[str, str] = Field(
        default_factory=dict, description="Default speaker per language, e.g. EN: EN-US."
    )
    cache_mb: int = Field(
        100, ge=0, description="Disk cache of spoken messages (0 = off); repeats are instant."
    )
    cache_dir: Path = Field(
        default_factory=lambda: _default_data_dir() / "cache",
        description="Where the speech cache lives.",
    )

    @field_validator("default_language")
    @classmethod
    def _known_language(cls, v: str) -> str:
        return _lang(v)

    @field_validator("warm_languages")
    @classmethod
    def _known_languages(cls, v: list[str]) -> list[str]:
        return list(dict.fromkeys(_lang(x) for x in v))

    @field_validator("speakers")
    @classmethod
    def _speaker_keys(cls, v: dict[str, str]) -> dict[str, str]:
        return {_lang(k): _speaker(_lang(k), s) for k, s in v.items()}


class OutputSettings(_Section):
    """Where speech goes."""

    mode: Literal["speaker", "reply", "both"] = Field(
        "speaker", description="Default output of a request."
    )
    device: str | int | None = Field(
        None, description="Sound device: name (substring) or index; None = system default."
    )
    volume: float = Field(1.0, ge=0.0, le=1.0, description="Master volume.")
    preroll_ms: int = Field(150, ge=0, le=2000, description="Silence before speech.")
    chimes: dict[str, Path] = Field(
        default_factory=dict, description="Named chime WAVs; 'default' is used by chime: true."
    )
    reply_on_playback_failure: bool = Field(
        True, description="Publish the WAV to the reply topic when the speaker fails."
    )


class LimitsSettings(_Section):
    """Limits that protect the daemon."""

    max_text_chars: int = Field(2000, ge=1, description="Longest text accepted.")
    max_payload_bytes: int = Field(16384, ge=64, description="Largest MQTT payload accepted.")
    queue_max: int = Field(100, ge=1, description="Requests waiting at most.")
    default_ttl_s: float = Field(600, gt=0, description="Requests older than this expire.")
    queue_path: Path = Field(
        default_factory=lambda: _default_data_dir() / "queue.sqlite3",
        description="The durable queue (SQLite).",
    )


class LoggingSettings(_Section):
    """Logging."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="Level.")
    format: Literal["auto", "console", "json", "logfmt"] = Field(
        "auto", description="auto: console on a TTY, logfmt otherwise (journald)."
    )
    libraries: dict[str, str] = Field(
        default_factory=dict, description="Levels of noisy libraries, e.g. paho: WARNING."
    )


class Settings(BaseSettings):
    """Everything melod reads from its config file and MELOD_* environment."""

    model_config = SettingsConfigDict(
        env_prefix="MELOD_", env_nested_delimiter="__", extra="forbid", validate_default=True
    )

    mqtt: MqttSettings = Field(default_factory=MqttSettings)  # type: ignore[arg-type]
    tts: TtsSettings = Field(default_factory=TtsSettings)  # type: ignore[arg-type]
    output: OutputSettings = Field(default_factory=OutputSettings)  # type: ignore[arg-type]
    limits: LimitsSettings = Field(default_factory=LimitsSettings)  # type: ignore[arg-type]
    logging: LoggingSettings = Field(default_factory=LoggingSettings)  # type: ignore[arg-type]

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The YAML file arrives as init kwargs; the environment beats it, as
        # systemd users expect of Environment=.
        return env_settings, init_settings

    @model_validator(mode="after")
    def _credentials(self) -> Settings:
        """Fill the MQTT password from a systemd credential when none was given."""
        creds = os.environ.get("CREDENTIALS_DIRECTORY")
        if self.mqtt.password is None and creds:
            path = Path(creds) / "mqtt_password"
            if path.is_file():
                secret = path.read_text(encoding="utf-8").strip()
                self.mqtt.password = SecretStr(secret)
        return self


__all__ = [
    "DEFAULT_PATHS",
    "LANGUAGES",
    "DiscoverySettings",
    "HermesSettings",
    "LimitsSettings",
    "LoggingSettings",
    "MqttSettings",
    "OutputSettings",
    "Settings",
    "TlsSettings",
    "TtsSettings",
]
