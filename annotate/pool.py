"""Worker pools: the one loop that waits for a pool's tasks and, on Ctrl-C,
cancels what has not started and gives the running ones time to stop; and a
local process pool that can stop its own workers outright."""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import math
import multiprocessing
import os
import signal
import time
import weakref
from collections.abc import Callable, Iterable
from typing import Any

POLL_SECONDS = 0.5  # how often the loop wakes to update a bar (and notice Ctrl-C)
KILL_AFTER_SECONDS = 3.0  # a worker terminated but still running after this is killed
SETTLE_POLL_SECONDS = 0.01
# How long stop() waits for workers with no task to leave by themselves (the pool's shutdown tells them to).
IDLE_EXIT_SECONDS = 0.5


def wait_all(futures: Iterable[cf.Future[Any]], settle: Callable[[cf.Future[Any]], Iterable[cf.Future[Any]] | None],
             *, stop: Callable[[], None], grace_seconds: float,
             stopped: Callable[[set[cf.Future[Any]]], None], tick: Callable[[], None] | None = None) -> None:
    """Call ``settle`` on each future as it finishes (and ``tick`` every
    poll); futures ``settle`` returns (work that the result made possible)
    are waited for too. On any exception (Ctrl-C, SIGTERM as KeyboardInterrupt): cancel the
    futures not yet started, call ``stop`` (kill children), wait up to
    ``grace_seconds`` for the running ones, hand the unsettled futures to
    ``stopped`` (record what finished meanwhile), and re-raise."""
    pending = set(futures)
    try:
        while pending:
            finished, pending = cf.wait(pending, timeout=POLL_SECONDS, return_when=cf.FIRST_COMPLETED)
            for future in finished:
                pending.update(settle(future) or ())
            if tick is not None:
                tick()
    except BaseException:
        interrupt(pending, stop=stop, grace_seconds=grace_seconds, stopped=stopped)
        raise


def interrupt(pending: set[cf.Future[Any]], *, stop: Callable[[], None], grace_seconds: float,
              stopped: Callable[[set[cf.Future[Any]]], None]) -> None:
    """What an interruption does to the futures not yet settled (see
    :func:`wait_all`; also for one that lands while tasks are still being
    submitted): cancel those not started, ``stop``, give the running ones
    ``grace_seconds``, hand them all to ``stopped``."""
    for future in pending:
        future.cancel()
    stop()
    # (cancelled futures never notify cf.wait: wait on the running ones only)
    cf.wait([f for f in pending if not f.cancelled()], timeout=grace_seconds)
    stopped(pending)


class LocalPool(cf.ProcessPoolExecutor):
    """A process pool that knows its worker processes (through the public
    ``multiprocessing.active_children``, not the executor's internals), so
    :meth:`stop` can end one still busy after a grace period."""

    def __init__(self, **options: Any) -> None:
        self.others = {p.pid for p in multiprocessing.active_children()}
        self.stop_by = math.inf  # when an interruption's grace period ends
        self.submitted: weakref.WeakSet[cf.Future[Any]] = weakref.WeakSet()
        super().__init__(**options)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> cf.Future[Any]:
        future = super().submit(fn, *args, **kwargs)
        self.submitted.add(future)
        return future

    def interrupt(self, grace_seconds: float) -> None:
        """Pass an interruption that reached this process alone (``kill -INT PID``, a service manager's
        SIGTERM) on to the workers, as a terminal's Ctrl-C reaches the whole group: the queued calls are
        cancelled, each worker stops its task and starts none it was already handed (the pool's call
        queue, which cancelling cannot reach). :meth:`stop` then waits no longer than ``grace_seconds``
        from now, in all."""
        self.stop_by = min(self.stop_by, time.monotonic() + grace_seconds)
        self.shutdown(wait=False, cancel_futures=True)
        for proc in self.workers():
            if proc.pid is not None:
                with contextlib.suppress(OSError):
                    os.kill(proc.pid, signal.SIGINT)

    def _end_workers(self, deadline: float) -> None:
        """Each worker still there at ``deadline`` is terminated, and killed KILL_AFTER_SECONDS later."""
        for proc in self.workers():
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():
                proc.terminate()
                proc.join(KILL_AFTER_SECONDS)
                if proc.is_alive():
                    proc.kill()

    def workers(self) -> list[multiprocessing.process.BaseProcess]:
        return [p for p in multiprocessing.active_children() if p.pid not in self.others]

    def stop(self, grace_seconds: float) -> None:
        """Shut down: queued tasks are cancelled, idle workers exit at once,
        one still busy after ``grace_seconds`` is terminated (SIGTERM: a
        worker that handles it stops its task as on Ctrl-C), and killed if
        it has not stopped within KILL_AFTER_SECONDS of that. With no task
        running the grace is IDLE_EXIT_SECONDS: a broken pool (a worker
        killed) cannot tell its idle workers to leave, and they ignore
        SIGTERM between tasks (batch.tasks), so waiting the whole grace for
        them made such a batch end 10 s late."""
        if getattr(self, "_broken", False):
            # A worker died: from Python 3.12 the pool's own thread terminates and joins every worker while
            # holding the lock shutdown() takes, and a worker that outlives SIGTERM (one stopping its task
            # stays in its loop) is joined forever. Ended first, so that lock is let go.
            self._end_workers(time.monotonic() + IDLE_EXIT_SECONDS)
        self.shutdown(wait=False, cancel_futures=True)
        busy = any(future.running() for future in list(self.submitted))
        self._end_workers(min(self.stop_by, time.monotonic() + (grace_seconds if busy else IDLE_EXIT_SECONDS)))
        self.shutdown(wait=True)
        # A broken pool's own thread reaps the workers it terminated while we join them (the first shutdown
        # let go of that thread, so the second does not wait for it): our join can return before that thread
        # has recorded the exit, and the worker is listed as alive a moment longer.
        settled_by = time.monotonic() + KILL_AFTER_SECONDS
        while self.workers() and time.monotonic() < settled_by:
            time.sleep(SETTLE_POLL_SECONDS)
