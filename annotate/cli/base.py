"""The click group and the one place that turns errors into a line and an exit code."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any, NoReturn

import click

from annotate import __version__
from annotate.errors import AnnotateError

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130


class AnnotateGroup(click.Group):
    """Turns AnnotateError into ``annotate: error: <one line>`` and exit 2,
    Ctrl-C into exit 130; anything else is a bug and keeps its traceback."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            _usage_error(exc)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with _terminate_as_interrupt():
                return super().invoke(ctx)
        except AnnotateError as exc:
            fail(str(exc))
        except click.UsageError as exc:  # a sub-command's arguments, or no such command
            _usage_error(exc)
        except KeyboardInterrupt:
            click.echo("annotate: interrupted; finished outputs are kept, re-run to resume", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:  # (before OSError, its base class) output piped into `head`
            sys.exit(0)
        except OSError as exc:
            # Last resort: readers and writers turn OSError into AnnotateError
            # naming the file; one that slips through still gets one line.
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{exc.strerror or exc}")


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


def fail(message: str) -> NoReturn:
    """The one way a run fails on purpose: one line on stderr, exit 2."""
    error(message)
    sys.exit(EXIT_USER_ERROR)


def _usage_error(exc: click.UsageError) -> NoReturn:
    """click prints usage, a hint and the error on three lines: one line
    here, pointing at the command's --help."""
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):
        raise exc  # bare `annotate`: the help is what was asked for
    command = exc.ctx.command_path if exc.ctx is not None else "annotate"
    fail(f"{exc.format_message().rstrip('.')}; see '{command} --help'")


class FiniteFloat(click.ParamType):
    """A number option checked by annotate.validate: finite, in range, so
    ``nan``, ``inf`` and ``1e308`` are refused where they are typed. Every
    numeric option uses this or :class:`Seconds` (tests/hostile checks)."""

    name = "number"

    def __init__(self, low: float | None = None, high: float | None = None, *, low_open: bool = False) -> None:
        self.rule: dict[str, Any] = {"low": low, "high": high, "low_open": low_open}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        from annotate.validate import number_problem

        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                self.fail(f"{value!r} is not a number", param, ctx)
        problem = number_problem(value, **self.rule)
        if problem:
            self.fail(problem, param, ctx)
        return float(value)


class Seconds(click.ParamType):
    """A time option: seconds or clock text (``2:27``), read by the one time
    parser (finite, 0 up to a week)."""

    name = "time"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        from annotate.errors import TimeFormatError
        from annotate.timecode import parse_time

        try:
            return parse_time(value)
        except TimeFormatError as exc:
            self.fail(exc.message, param, ctx)


def progress_bar(total: int, desc: str):  # type: ignore[no-untyped-def]
    """A terminal bar on stderr: percent when ``total`` is 100, else moments."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="%" if total == 100 else " moment", leave=False,
                bar_format="{desc}: {percentage:3.0f}%|{bar}| {elapsed}<{remaining}")


def percent_of(bar):  # type: ignore[no-untyped-def]
    """A library ``on_progress(fraction)`` callback that moves a percent bar."""
    def update(fraction: float) -> None:
        bar.n = round(fraction * 100)
        bar.refresh()
    return update


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
