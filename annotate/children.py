"""Every child process is tied to its parent: when a run dies, even by
SIGKILL, its ffmpeg processes and batch workers die with it instead of
finishing work nobody will collect (and renaming files into place)."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

# Linux prctl(2) option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1


@functools.lru_cache(maxsize=1)
def _prctl() -> Callable[..., int] | None:
    """libc's prctl, looked up once in the parent (never between fork and
    exec, where loading a library could deadlock); None off Linux."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    prctl.restype = ctypes.c_int
    return prctl  # type: ignore[no-any-return]


def die_with_parent(parent: int) -> None:
    """Ask the kernel to SIGKILL this process when its parent (pid
    ``parent``) dies, even by SIGKILL, so no child outlives its run writing
    files nobody will collect. If the parent is already gone, exit now."""
    prctl = _prctl()
    if prctl is not None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # died before the request was in place
        os._exit(1)


def start(cmd: Sequence[str], **options: Any) -> subprocess.Popen[Any]:
    """``subprocess.Popen(cmd, **options)`` for every child process: tied to
    this one (see die_with_parent). The thread that starts a child must
    outlive it (Linux signals on the exit of the creating thread): every
    caller here waits for its child in the same thread.

    Tying needs code in the child between fork and exec, and CPython then
    runs its own after-fork hooks there first: a Ctrl-C landing in that
    instant would raise inside them and print a traceback. So SIGINT is held
    back in this thread while the child forks, and the child lets it in
    just before exec, with the disposition exec would give it (default, or
    ignored if this process ignores it)."""
    if _prctl() is None:
        return subprocess.Popen(cmd, **options)
    ignored = signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return subprocess.Popen(cmd, preexec_fn=functools.partial(_in_child, os.getpid(), ignored, held), **options)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _in_child(parent: int, ignored: bool, mask: Iterable[int]) -> None:
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN if ignored else signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def cores() -> int:
    """CPU cores this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(requested: int | None, tasks: int, *, option: str = "--workers") -> tuple[int, str | None]:
    """How many workers to start: the request (default: the cores), but never
    more than the cores (each task is a CPU-bound ffmpeg or decode) or the
    tasks. With the reason when a request was lowered, to say so."""
    limit = max(1, min(cores(), tasks))
    if requested is None:
        return limit, None
    if requested <= limit:
        return max(1, requested), None
    why = f"{cores()} core(s)" if cores() <= tasks else f"{tasks} task(s)"
    return limit, f"{option} {requested}: using {limit} ({why}; more would only compete for them)"
