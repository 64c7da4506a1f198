"""Every child process is tied to its parent: when a run dies, even by
SIGKILL, its ffmpeg processes and batch workers die with it instead of
finishing work nobody will collect (and renaming files into place)."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import shutil
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

    The tie is made by util-linux's ``setpriv`` where it can (see
    _setpriv): no Python runs in the child between fork and exec. Only
    without it does the child run die_with_parent as ``preexec_fn``; CPython
    then runs its after-fork hooks in the child, which a library's threads
    can wedge for ever (PyAV 19's swscale did: hence its pin), and a Ctrl-C
    landing in that instant would raise inside them and print a traceback.
    So SIGINT is held back in this thread while the child forks, and the
    child lets it in just before exec, with the disposition exec would give
    it (default, or ignored if this process ignores it)."""
    if _prctl() is None:
        return subprocess.Popen(cmd, **options)
    wrapper = _setpriv()
    if wrapper is not None and not {"preexec_fn", "executable", "shell"} & options.keys():
        return subprocess.Popen([wrapper, "--pdeathsig", "KILL", "--", _program(cmd[0], options), *cmd[1:]],
                                **options)
    ignored = signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return subprocess.Popen(cmd, preexec_fn=functools.partial(_in_child, os.getpid(), ignored, held), **options)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


@functools.lru_cache(maxsize=1)
def _setpriv() -> str | None:
    """util-linux's ``setpriv`` if it can set the parent-death signal
    (``--pdeathsig``, util-linux 2.33+; tried once): it asks the kernel
    from C and execs the command, so the child keeps the same pid. One gap
    remains: a parent killed in the millisecond before setpriv's request
    leaves that child running (die_with_parent closes it; setpriv cannot
    know its first parent), and the child's pipes to the dead parent then end
    it at its next write."""
    path = shutil.which("setpriv")
    if path is None:
        return None
    try:
        # setpriv itself is the command: it starts in a millisecond (the interpreter took about 20 ms, paid by
        # every command that starts a child), and an old setpriv refuses --pdeathsig before running anything.
        tried = subprocess.run([path, "--pdeathsig", "KILL", "--", path, "--version"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return path if tried.returncode == 0 else None


def _program(name: str, options: dict[str, Any]) -> str:
    """The file ``name`` runs, found as Popen would find it, with the error
    Popen would raise: setpriv would only print its own and exit 127."""
    env = options.get("env")
    found = name if os.sep in name else shutil.which(name, path=(env or os.environ).get("PATH", os.defpath))
    if found is None:
        raise FileNotFoundError(2, os.strerror(2), name)
    where = os.path.join(options.get("cwd") or ".", found)
    if not os.path.isfile(where) or not os.access(where, os.X_OK):
        raise PermissionError(13, os.strerror(13), name) if os.path.exists(where) \
            else FileNotFoundError(2, os.strerror(2), name)
    return found


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
