"""A request in flight between the synthesis and playback workers."""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass, field
from enum import Enum

from melod.protocol import Request
from melod.tts.base import AudioChunk


class Ending(Enum):
    """How a job ends; decides which event (done or error) it gets."""

    DONE = "done"
    CANCELLED = "cancelled"  # {base}/cmd stop or flush
    REQUEUED = "requeued"  # cut by an alert: spoken again afterwards
    SHUTDOWN = "shutdown"  # left in the durable queue for the next start


@dataclass(eq=False)
class Job:
    """One request: its spoken text, its chunks as they come, and its fate."""

    req: Request
    spoken: str = ""
    engine: str = ""
    cached: bool = False
    chunks: list[AudioChunk] = field(default_factory=list)
    #: chunks for the player; None marks the end of synthesis
    feed: queue.Queue[AudioChunk | None] = field(default_factory=lambda: queue.Queue(maxsize=4))
    cancelled: threading.Event = field(default_factory=threading.Event)
    ending: Ending = Ending.DONE
    #: why it was cancelled, for the error message
    reason: str = ""
    #: set once its done/error was published (or it went back to the queue)
    finished: bool = False
    #: (code, message) when synthesis failed
    error: tuple[str, str] | None = None
    first_audio_at: float | None = None
    started_at: float = field(default_factory=time.time)

    @property
    def to_speaker(self) -> bool:
        """Whether this request is played on the local speaker."""
        return self.req.output in ("speaker", "both")

    @property
    def to_reply(self) -> bool:
        """Whether this request's WAV goes to a reply topic."""
        return self.req.output in ("reply", "both")

    @property
    def audio_s(self) -> float:
        """Seconds of speech synthesised so far."""
        return sum(c.seconds for c in self.chunks)

    def cancel(self, ending: Ending, reason: str = "") -> None:
        """Stop this job at the next chunk boundary; the first reason given wins."""
        if not self.cancelled.is_set():
            self.ending = ending
            self.reason = reason
            self.cancelled.set()

    def push(self, chunk: AudioChunk | None) -> bool:
        """Hand a chunk to the player; False if the job was cancelled meanwhile."""
        while not self.cancelled.is_set():
            try:
                self.feed.put(chunk, timeout=0.1)
            except queue.Full:
                continue
            return True
        return False

    def drain(self) -> None:
        """Empty the feed so a blocked producer can notice cancellation."""
        while True:
            try:
                self.feed.get_nowait()
            except queue.Empty:
                return

    def consume(self) -> None:
        """Take chunks off the feed until synthesis ends (they stay in `chunks`)."""
        while not self.cancelled.is_set():
            try:
                if self.feed.get(timeout=0.1) is None:
                    return
            except queue.Empty:
                continue
