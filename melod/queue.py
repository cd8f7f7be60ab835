"""The durable priority queue: requests survive a crash, a kill -9 or a restart in SQLite.

WAL with synchronous=NORMAL: a commit is in the WAL file before put() returns, so it survives
the death of the process (kill -9, OOM, segfault); only a power cut or kernel crash can lose the
last few commits, never corrupt the file. FULL (an fsync per commit) closes that gap at a cost
an SD card feels, and is offered for those who want it.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

import structlog

from melod.errors import QueueClosedError, QueueError, QueueFullError
from melod.protocol import Priority, Request

log = structlog.get_logger(__name__)

_PENDING, _ACTIVE = 0, 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL,
    priority INTEGER NOT NULL,
    state INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS requests_order ON requests (state, priority DESC, seq);
CREATE INDEX IF NOT EXISTS requests_id ON requests (id);
"""


class RequestQueue:
    """A thread-safe, durable priority queue of requests (highest priority first, then FIFO).

    A request taken by get() stays in the database, marked in progress, until done(); after a
    crash, recover() puts it back, so an interrupted utterance is spoken again.  Alerts may use
    `maxsize` slots beyond the limit so a flood of chatter cannot keep an alarm out; a
    `maxsize` of 0 or less means unbounded.
    """

    def __init__(
        self,
        path: str | Path,
        maxsize: int = 100,
        *,
        synchronous: Literal["NORMAL", "FULL"] = "NORMAL",
    ) -> None:
        if synchronous not in ("NORMAL", "FULL"):
            raise ValueError(f"synchronous must be NORMAL or FULL, got {synchronous!r}")
        self.maxsize = maxsize
        self._closed = False
        self._cond = threading.Condition(threading.Lock())
        try:
            if str(path) != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            # One connection shared by the MQTT thread and the workers, guarded by _cond's lock.
            self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(f"PRAGMA synchronous={synchronous}")
            self._db.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise QueueError(f"cannot open the queue at {path}: {exc}") from exc

    def put(self, req: Request) -> None:
        """Store a request; it is committed when this returns.  Raises QueueFullError."""
        with self._cond, self._transaction():
            waiting = self._count_pending()
            limit = self.maxsize * 2 if req.priority >= Priority.ALERT else self.maxsize
            if 0 < limit <= waiting:
                raise QueueFullError(f"the queue is full ({waiting} requests waiting)")
            self._db.execute(
                "INSERT INTO requests (id, priority, state, body) VALUES (?, ?, ?, ?)",
                (req.id, int(req.priority), _PENDING, req.to_json()),
            )
            self._cond.notify()

    def get(self, timeout: float | None = None) -> Request | None:
        """Take the most urgent pending request, waiting up to `timeout`; None on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while not self._closed:
                # One statement, so taking an item is atomic; fetchall() finishes the statement
                # (and its implicit transaction), which fetchone() on RETURNING would not.
                rows = self._db.execute(
                    "UPDATE requests SET state = ? WHERE seq = (SELECT seq FROM requests"
                    " WHERE state = ? ORDER BY priority DESC, seq LIMIT 1) RETURNING body",
                    (_ACTIVE, _PENDING),
                ).fetchall()
                if rows:
                    return Request.from_json(rows[0][0])
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return None
                self._cond.wait(remaining)
            return None

    def done(self, request_id: str) -> bool:
        """Forget an in-progress request once it ended in `done` or `error`."""
        return self._set_active(request_id, "DELETE FROM requests WHERE seq = ?")

    def requeue(self, request_id: str) -> bool:
        """Return an in-progress request to pending at its old place (e.g. an alert cut in)."""
        found = self._set_active(
            request_id, "UPDATE requests SET state = ? WHERE seq = ?", _PENDING
        )
        if found:
            with self._cond:
                self._cond.notify()
        return found

    def flush(self) -> list[Request]:
        """Drop every pending request and return them, so each can get its error event."""
        with self._cond, self._transaction():
            rows = self._db.execute(
                "DELETE FROM requests WHERE state = ? RETURNING seq, body", (_PENDING,)
            ).fetchall()
        return [Request.from_json(body) for _, body in sorted(rows)]

    def peek_priority(self) -> Priority | None:
        """The highest priority waiting, so the player can tell an alert is queued."""
        with self._cond, self._transaction():
            row = self._db.execute(
                "SELECT MAX(priority) FROM requests WHERE state = ?", (_PENDING,)
            ).fetchone()
        return None if row[0] is None else Priority(row[0])

    def pending(self) -> int:
        """How many requests wait (in-progress ones not counted)."""
        with self._cond, self._transaction():
            return self._count_pending()

    def recover(self, now: float) -> tuple[list[Request], list[Request]]:
        """At start-up: requeue what was in progress; return (kept, expired), dropping expired."""
        kept: list[Request] = []
        expired: list[Request] = []
        with self._cond, self._transaction():
            self._db.execute("UPDATE requests SET state = ?", (_PENDING,))
            rows = self._db.execute("SELECT seq, body FROM requests ORDER BY seq").fetchall()
            for seq, body in rows:
                try:
                    req = Request.from_json(body)
                except ValueError as exc:  # one bad record must not keep melod from starting
                    log.warning("queue_record_dropped", seq=seq, error=str(exc))
                    self._db.execute("DELETE FROM requests WHERE seq = ?", (seq,))
                    continue
                if req.expired(now):
                    self._db.execute("DELETE FROM requests WHERE seq = ?", (seq,))
                    expired.append(req)
                else:
                    kept.append(req)
            self._cond.notify_all()
        return kept, expired

    def close(self) -> None:
        """Wake every waiting get() (they return None) and close the database."""
        with self._cond:
            if self._closed:
                return
            self._closed = True
            self._cond.notify_all()
            self._db.close()

    def __enter__(self) -> RequestQueue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _count_pending(self) -> int:
        row = self._db.execute(
            "SELECT COUNT(*) FROM requests WHERE state = ?", (_PENDING,)
        ).fetchone()
        return int(row[0])

    def _set_active(self, request_id: str, sql: str, *params: int) -> bool:
        # Ids come from senders and may repeat; the oldest in-progress one is the one meant.
        with self._cond, self._transaction():
            row = self._db.execute(
                "SELECT seq FROM requests WHERE id = ? AND state = ? ORDER BY seq LIMIT 1",
                (request_id, _ACTIVE),
            ).fetchone()
            if row is not None:
                self._db.execute(sql, (*params, row[0]))
        return row is not None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._closed:
            raise QueueClosedError("the queue is closed")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")
