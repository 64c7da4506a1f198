"""The click group and the one place that turns errors into a line and an exit code."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any

import click

from annotate import __version__
from annotate.errors import AnnotateError

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130


class AnnotateGroup(click.Group):
    """Turns AnnotateError into ``annotate: error: <one line>`` and exit 2,
    Ctrl-C into exit 130; anything else is a bug and keeps its traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with _terminate_as_interrupt():
                return super().invoke(ctx)
        except AnnotateError as exc:
            error(str(exc))
            sys.exit(EXIT_USER_ERROR)
        except KeyboardInterrupt:
            click.echo("annotate: interrupted; finished outputs are kept, re-run to resume", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            sys.exit(0)


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (``kill``, a service manager) stops a command the way Ctrl-C
    does: its ffmpeg is killed and its temporary files removed, instead of
    the default of dying on the spot and leaving them behind."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return
    signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def one_line(message: str) -> str:
    return " ".join(message.split())


def error(message: str) -> None:
    """One error line; a command that reports several failures prints one each."""
    click.echo(f"annotate: error: {one_line(message)}", err=True)


def warn(message: str) -> None:
    click.echo(f"annotate: warning: {one_line(message)}", err=True)


@click.group(cls=AnnotateGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotate")
def main() -> None:
    """Turn moments described in articles into timestamped annotations,
    subtitles, overlays and clips aligned to the footage.

    \b
    Start here:
      annotate demo                      # the whole pipeline on sample footage
      annotate extract article.txt       # the moments an article points at
    """
