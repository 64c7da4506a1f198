"""``python -m annotate`` and the ``annotate`` console script: the command line.

Importing the commands takes about half a second (a second or more on a busy
machine); Ctrl-C in that time ends the run with exit status 130 and no
traceback, as it does once a command runs (``annotate.cli.base``)."""

from __future__ import annotations

import signal
from collections.abc import Callable
from typing import Any

from annotate.errors import EXIT_INTERRUPTED


def _interrupted_while_starting(signum: int, frame: Any) -> None:
    raise SystemExit(EXIT_INTERRUPTED)


def _load_commands() -> Callable[[], Any]:
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.default_int_handler:  # not where Ctrl-C is ignored (nohup, a shell's background job)
        signal.signal(signal.SIGINT, _interrupted_while_starting)
    try:
        from annotate.cli import main as commands
    finally:
        signal.signal(signal.SIGINT, previous)
    return commands


main = _load_commands()

if __name__ == "__main__":
    main()
