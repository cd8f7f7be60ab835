"""Fixtures shared by the suite: a real broker, a PulseAudio null sink, tiny models."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.broker import base, broker, client  # noqa: F401 - fixtures
from tests.pulse import pulse_server, recorder  # noqa: F401 - fixtures

# The daemon under test must never reach out: no hub, no telemetry.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tiny real-architecture MeloTTS models for every language, generated once per session."""
    pytest.importorskip("torch")
    pytest.importorskip("melo")
    from melod.tts.tiny import write_tiny_models  # noqa: PLC0415 - needs torch

    root = tmp_path_factory.mktemp("melo-models")
    write_tiny_models(root)
    return root
