"""melod's exception tree: every failure a user can see is one of these."""

from __future__ import annotations


class MelodError(Exception):
    """Base of every error melod raises on purpose."""

    code = "internal"


class ConfigError(MelodError):
    """The configuration file or environment is invalid."""

    code = "bad_config"


class UnknownLanguageError(MelodError):
    """A language code that melod does not speak."""

    code = "unknown_language"


class ModelUnavailableError(MelodError):
    """A language's MeloTTS weights are missing or cannot be loaded."""

    code = "model_unavailable"


class SynthesisError(MelodError):
    """The engine failed while turning text into audio."""

    code = "synthesis_failed"


class PlaybackError(MelodError):
    """The audio device is missing, busy or failed while playing."""

    code = "playback_failed"


class DownloadError(MelodError):
    """Fetching model weights failed (typically: no network)."""

    code = "download_failed"


class QueueError(MelodError):
    """The queue's database cannot be opened or used."""

    code = "queue_error"


class QueueFullError(QueueError):
    """The queue holds `maxsize` pending requests already."""

    code = "queue_full"


class QueueClosedError(QueueError):
    """put() after close(): melod is shutting down."""

    code = "queue_closed"
