"""Fixtures shared by the suite: a real broker, a PulseAudio null sink, tiny models."""

from __future__ import annotations

import os

from tests.broker import broker  # noqa: F401 - fixture
from tests.pulse import pulse_server, recorder  # noqa: F401 - fixtures

# The daemon under test must never reach out: no hub, no telemetry.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
