"""A small on-disk cache of synthesised speech: the doorbell says the same thing daily."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import structlog

from melod.tts.base import AudioChunk

log = structlog.get_logger(__name__)


def cache_key(*parts: object) -> str:
    """A stable key for everything that changes the audio (engine, voice, text, rules)."""
    blob = json.dumps([str(p) for p in parts], ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()[:32]


class AudioCache:
    """Chunks stored as .npz files, evicted oldest-used first beyond `max_bytes`."""

    def __init__(self, folder: Path, max_bytes: int) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self._lock = threading.Lock()

    def get(self, key: str) -> list[AudioChunk] | None:
        """The cached chunks, or None; a hit refreshes the entry's age."""
        path = self.folder / f"{key}.npz"
        try:
            with np.load(path) as data:
                rate = int(data["rate"])
                chunks = [
                    AudioChunk(data[f"c{i}"].astype(np.float32), rate)
                    for i in range(int(data["n"]))
                ]
            os.utime(path)
        except (OSError, KeyError, ValueError):
            return None
        return chunks

    def put(self, key: str, chunks: list[AudioChunk]) -> None:
        """Store chunks (all of one rate); failures are logged, never raised."""
        if self.max_bytes <= 0 or not chunks:
            return
        arrays: dict[str, Any] = {f"c{i}": c.samples for i, c in enumerate(chunks)}
        arrays |= {"n": len(chunks), "rate": chunks[0].rate}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self.folder / f"{key}.tmp.npz"
            np.savez(tmp, **arrays)
            tmp.replace(self.folder / f"{key}.npz")
            self._evict()
        except OSError as exc:
            log.warning("cache_write_failed", reason=str(exc))

    def recording(self, key: str, chunks: Iterator[AudioChunk]) -> Iterator[AudioChunk]:
        """Pass chunks through; store them once the engine finished without error."""
        seen = []
        for chunk in chunks:
            seen.append(chunk)
            yield chunk
        self.put(key, seen)

    def _evict(self) -> None:
        with self._lock:
            files = sorted(self.folder.glob("*.npz"), key=lambda p: p.stat().st_mtime)
            total = sum(p.stat().st_size for p in files)
            while files and total > self.max_bytes:
                oldest = files.pop(0)
                total -= oldest.stat().st_size
                oldest.unlink(missing_ok=True)
