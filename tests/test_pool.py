"""The one wait-and-cancel loop for worker pools, and the local pool that knows its workers."""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import threading
import time

import pytest

from annotate.pool import LocalPool, wait_all


def test_every_future_is_settled_and_ticks_are_called() -> None:
    settled: list[int] = []
    ticks = []
    with cf.ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(lambda n=n: n * n) for n in range(6)]
        wait_all(futures, lambda f: settled.append(f.result()), stop=pytest.fail, grace_seconds=1,
                 stopped=pytest.fail, tick=lambda: ticks.append(1))
    assert sorted(settled) == [0, 1, 4, 9, 16, 25] and ticks


def test_futures_a_settle_hands_back_are_waited_for_and_settled_too() -> None:
    settled: list[int] = []
    with cf.ThreadPoolExecutor(2) as pool:
        def settle(future: cf.Future[int]) -> list[cf.Future[int]]:
            n = future.result()
            settled.append(n)
            # each result up to 3 makes one more piece of work possible (as a story's last clip makes its sheet)
            return [pool.submit(lambda: n + 10)] if n < 4 else []

        wait_all([pool.submit(lambda n=n: n) for n in range(4)], settle, stop=pytest.fail, grace_seconds=1,
                 stopped=pytest.fail)
    assert sorted(settled) == [0, 1, 2, 3, 10, 11, 12, 13]


def test_an_interrupt_cancels_the_queue_stops_and_hands_over_the_rest() -> None:
    release, running = threading.Event(), threading.Event()
    calls: list[str] = []
    handed: list[set[cf.Future[int]]] = []

    def slow(n: int) -> int:
        running.set()
        release.wait(5)
        return n

    def settle(future: cf.Future[int]) -> None:
        raise KeyboardInterrupt  # Ctrl-C while the first result is recorded

    with cf.ThreadPoolExecutor(1) as pool:
        futures = [pool.submit(lambda: 0)] + [pool.submit(slow, n) for n in range(1, 5)]
        futures[0].result()
        assert running.wait(5)  # the first slow one runs, the other three wait in the queue
        with pytest.raises(KeyboardInterrupt):
            wait_all(futures, settle, grace_seconds=5, stopped=handed.append,
                     stop=lambda: (calls.append("stop"), release.set()))
    assert calls == ["stop"] and len(handed) == 1
    rest = handed[0]
    assert futures[0] not in rest and len(rest) == 4
    # The one running when the signal came finished within the grace time; the queued ones were cancelled.
    assert sum(f.done() and not f.cancelled() for f in rest) == 1
    assert sum(f.cancelled() for f in rest) == 3


def _running(pid: int | None) -> bool:
    import psutil

    try:
        return pid is not None and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_local_pool_knows_only_its_own_workers_and_stops_a_busy_one() -> None:
    other = multiprocessing.get_context("spawn").Process(target=time.sleep, args=(30,))
    other.start()
    try:
        pool = LocalPool(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        pool.submit(_nap, 30)
        deadline = time.monotonic() + 30
        while not pool.workers() and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = pool.workers()
        assert len(workers) == 1 and other.pid not in {w.pid for w in workers}
        worker = workers[0].pid
        started = time.monotonic()
        pool.stop(0.5)
        # Asked of the system, not of Process.is_alive(): another thread (the
        # executor's own manager) may reap the worker first, and is_alive()
        # then answers True for a process that is gone.
        while _running(worker) and time.monotonic() - started < 10:
            time.sleep(0.05)
        assert not _running(worker)
        assert _running(other.pid)  # a process of someone else is left alone
    finally:
        other.terminate()
        other.join()
