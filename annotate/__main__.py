"""``python -m annotate`` and the ``annotate`` console script: the command line.

Importing the commands takes about half a second (a second or more on a busy
machine). Ctrl-C in that time, or while click reads the arguments, ends the
run with exit status 130 and no traceback; once a command runs, its group
(``annotate.cli.base``) turns Ctrl-C into its own cleanup, one line and 130.

So this module is the program's entry and nothing else: importing it starts
the program (the console script imports it, then calls ``main``). The guard
goes in before anything of the library is imported (the package's own import
loads nothing, ``annotate/__init__.py``), with ``_signal``, which the
interpreter has loaded already: ``import signal`` would be a few milliseconds
of Python before the guard. The library itself never touches signals."""

from __future__ import annotations

import _signal


def _exit_interrupted(signum: int, frame: object) -> None:
    """Ctrl-C before a command runs: nothing to clean up, so exit at once,
    quietly, as a shell reports an interrupted program (128 + SIGINT)."""
    raise SystemExit(128 + _signal.SIGINT)


if _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler:  # not where it is ignored (nohup, `cmd &`)
    _signal.signal(_signal.SIGINT, _exit_interrupted)

from annotate.cli import main  # noqa: E402  (after the guard, on purpose)

if __name__ == "__main__":
    main()
