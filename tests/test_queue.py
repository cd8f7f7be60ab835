"""The durable priority queue: order, bounds, blocking, crash recovery and a real kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from melod.errors import MelodError, QueueClosedError, QueueError, QueueFullError
from melod.protocol import Priority, Request
from melod.queue import RequestQueue

NOW = 1_700_000_000.0


def req(
    rid: str, priority: Priority = Priority.NORMAL, *, at: float = NOW, ttl: float = 600
) -> Request:
    return Request(
        id=rid,
        text=f"text of {rid}",
        lang="KR",
        priority=priority,
        ttl_s=ttl,
        received_at=at,
        topic="tts/say/KR",
        correlation_data=b"\x00c",
    )


@pytest.fixture
def queue():
    with RequestQueue(":memory:", maxsize=5) as q:
        yield q


def drain(q: RequestQueue) -> list[str]:
    out = []
    while (item := q.get(timeout=0)) is not None:
        out.append(item.id)
    return out


def test_priority_first_then_fifo(queue) -> None:
    queue.put(req("n1"))
    queue.put(req("l1", Priority.LOW))
    queue.put(req("a1", Priority.ALERT))
    queue.put(req("n2"))
    queue.put(req("h1", Priority.HIGH))
    assert drain(queue) == ["a1", "h1", "n1", "n2", "l1"]


def test_get_returns_the_request_intact(queue) -> None:
    original = req("x", Priority.HIGH)
    queue.put(original)
    assert queue.get(timeout=0) == original


def test_maxsize_and_the_alert_reserve(queue) -> None:
    for i in range(5):
        queue.put(req(f"n{i}"))
    with pytest.raises(QueueFullError) as info:
        queue.put(req("n5"))
    assert isinstance(info.value, MelodError)
    assert info.value.code == "queue_full"
    for i in range(5):  # alerts get maxsize more slots
        queue.put(req(f"a{i}", Priority.ALERT))
    with pytest.raises(QueueFullError):
        queue.put(req("a5", Priority.ALERT))
    assert queue.pending() == 10


def test_in_progress_items_do_not_count_against_maxsize(queue) -> None:
    for i in range(5):
        queue.put(req(f"n{i}"))
    assert queue.get(timeout=0) is not None
    queue.put(req("n5"))
    assert queue.pending() == 5


def test_unbounded_when_maxsize_is_zero() -> None:
    with RequestQueue(":memory:", maxsize=0) as q:
        for i in range(50):
            q.put(req(f"n{i}"))
        assert q.pending() == 50


def test_get_times_out(queue) -> None:
    start = time.monotonic()
    assert queue.get(timeout=0.2) is None
    assert 0.18 <= time.monotonic() - start < 2


def test_blocking_get_wakes_on_put(queue) -> None:
    got: list[Request | None] = []
    worker = threading.Thread(target=lambda: got.append(queue.get(timeout=10)))
    worker.start()
    time.sleep(0.1)
    start = time.monotonic()
    queue.put(req("late"))
    worker.join(5)
    assert [r.id for r in got if r] == ["late"]
    assert time.monotonic() - start < 1


def test_close_wakes_a_waiting_get() -> None:
    q = RequestQueue(":memory:")
    got: list[Request | None] = []
    worker = threading.Thread(target=lambda: got.append(q.get(timeout=None)))
    worker.start()
    time.sleep(0.1)
    q.close()
    worker.join(5)
    assert not worker.is_alive()
    assert got == [None]
    with pytest.raises(QueueClosedError):
        q.put(req("x"))
    q.close()  # idempotent


def test_done_and_requeue(queue) -> None:
    for rid in ("a", "b", "c"):
        queue.put(req(rid))
    assert queue.get(timeout=0).id == "a"
    assert queue.get(timeout=0).id == "b"
    assert queue.pending() == 1
    assert queue.requeue("a")  # back in front of c, where it was
    assert queue.done("b")
    assert not queue.done("b")
    assert not queue.requeue("zzz")
    assert drain(queue) == ["a", "c"]


def test_requeue_wakes_a_waiting_get(queue) -> None:
    queue.put(req("a"))
    assert queue.get(timeout=0).id == "a"
    got: list[Request | None] = []
    worker = threading.Thread(target=lambda: got.append(queue.get(timeout=10)))
    worker.start()
    time.sleep(0.1)
    queue.requeue("a")
    worker.join(5)
    assert [r.id for r in got if r] == ["a"]


def test_repeated_ids_are_independent(queue) -> None:
    queue.put(req("same"))
    queue.put(req("same"))
    assert queue.get(timeout=0).id == "same"
    assert queue.done("same")
    assert queue.pending() == 1
    assert queue.get(timeout=0).id == "same"
    assert queue.done("same")
    assert queue.get(timeout=0) is None


def test_flush_returns_pending_in_order(queue) -> None:
    queue.put(req("n1"))
    queue.put(req("a1", Priority.ALERT))
    queue.put(req("n2"))
    active = queue.get(timeout=0)
    assert active.id == "a1"
    assert [r.id for r in queue.flush()] == ["n1", "n2"]
    assert queue.pending() == 0
    assert queue.done("a1")  # the one being spoken is not flushed
    assert queue.flush() == []


def test_peek_priority(queue) -> None:
    assert queue.peek_priority() is None
    queue.put(req("l", Priority.LOW))
    assert queue.peek_priority() is Priority.LOW
    queue.put(req("a", Priority.ALERT))
    assert queue.peek_priority() is Priority.ALERT
    queue.get(timeout=0)
    assert queue.peek_priority() is Priority.LOW


def test_recover_after_a_crash(tmp_path) -> None:
    path = tmp_path / "q.sqlite3"
    first = RequestQueue(path)
    first.put(req("speaking"))
    first.put(req("waiting", Priority.LOW))
    assert first.get(timeout=0).id == "speaking"
    first.close()  # as if the process died here: no done()

    with RequestQueue(path) as second:
        assert second.pending() == 1
        kept, expired = second.recover(NOW + 1)
        assert ([r.id for r in kept], expired) == (["speaking", "waiting"], [])
        assert drain(second) == ["speaking", "waiting"]


def test_recover_drops_expired(tmp_path) -> None:
    path = tmp_path / "q.sqlite3"
    with RequestQueue(path) as q:
        q.put(req("old", at=NOW - 700, ttl=600))
        q.put(req("fresh", at=NOW - 10, ttl=600))
        q.put(req("short", at=NOW - 10, ttl=5))
        q.get(timeout=0)
    with RequestQueue(path) as q:
        kept, expired = q.recover(NOW)
        assert [r.id for r in kept] == ["fresh"]
        assert [r.id for r in expired] == ["old", "short"]
        assert q.pending() == 1


def test_recover_drops_unreadable_records(tmp_path) -> None:
    path = tmp_path / "q.sqlite3"
    with RequestQueue(path) as q:
        q.put(req("good"))
    db = sqlite3.connect(path)
    db.execute("INSERT INTO requests (id, priority, state, body) VALUES ('bad', 1, 0, '{}')")
    db.commit()
    db.close()
    with RequestQueue(path) as q:
        kept, expired = q.recover(NOW)
        assert ([r.id for r in kept], expired) == (["good"], [])
        assert q.pending() == 1


def test_file_is_wal(tmp_path) -> None:
    path = tmp_path / "sub" / "q.sqlite3"
    with RequestQueue(path) as q:
        q.put(req("x"))
        assert q._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert q._db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    with RequestQueue(path, synchronous="FULL") as q:
        assert q._db.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_unopenable_path_is_a_queue_error(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(QueueError, match="cannot open the queue"):
        RequestQueue(blocker / "q.sqlite3")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(QueueError):
        RequestQueue(garbage)


def test_concurrent_producers_and_consumer(tmp_path) -> None:
    per_thread, threads = 50, 4
    seen: list[str] = []
    with RequestQueue(tmp_path / "q.sqlite3", maxsize=0) as q:

        def produce(t: int) -> None:
            for i in range(per_thread):
                q.put(req(f"{t}-{i}", Priority(i % 4)))

        def consume() -> None:
            while len(seen) < per_thread * threads and (item := q.get(timeout=5)) is not None:
                seen.append(item.id)
                q.done(item.id)

        consumer = threading.Thread(target=consume)
        consumer.start()
        producers = [threading.Thread(target=produce, args=(t,)) for t in range(threads)]
        for p in producers:
            p.start()
        for p in producers:
            p.join()
        consumer.join(30)
        assert sorted(seen) == sorted(f"{t}-{i}" for t in range(threads) for i in range(per_thread))
        assert q.pending() == 0


_CHILD = """
import sys, time
from melod.protocol import Request
from melod.queue import RequestQueue
q = RequestQueue(sys.argv[1], maxsize=0)
for i in range(int(sys.argv[2])):
    q.put(Request(id=f"k{i}", text="t", lang="EN", ttl_s=600, received_at=time.time(),
                  topic="tts/say/EN"))
q.get(timeout=0)  # one in progress when the process dies
print("ready", flush=True)
time.sleep(60)
"""


def test_survives_kill_9(tmp_path) -> None:
    path = tmp_path / "q.sqlite3"
    n = 200
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    with subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path), str(n)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            child.send_signal(signal.SIGKILL)
            assert child.wait(10) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()
    assert Path(f"{path}-wal").exists()  # the commits live in the WAL, never checkpointed
    with RequestQueue(path) as q:
        kept, expired = q.recover(time.time())
        assert (len(kept), expired) == (n, [])
        assert [r.id for r in kept] == [f"k{i}" for i in range(n)]
        assert drain(q) == [f"k{i}" for i in range(n)]
