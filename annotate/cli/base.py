"""The click group and the one place that turns errors into a line and an exit code."""

from __future__ import annotations

import contextlib
import io
import os
import shlex
import signal
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

import click

from annotate import __version__
from annotate.errors import EXIT_INTERRUPTED, AnnotateError, AnnotateWarning, OutputError, os_reason
from annotate.escape import terminal_line
from annotate.inputs import command_inputs

EXIT_USER_ERROR = 2
# The commands whose interrupted run leaves finished outputs that a re-run keeps (clips proven by their manifest,
# a review's stills, a batch's stories, each video's render, the demo's clips and stills, align's placed moments);
# every other one writes its output at its end (samples their folder), so an interrupted run kept nothing and a
# re-run starts over.
RESUMING_COMMANDS = frozenset({"align", "batch", "clips", "demo", "render", "review"})


class AnnotateGroup(click.Group):
    """Turns AnnotateError into ``annotate: error: <one line>`` and exit 2,
    Ctrl-C into exit 130; anything else is a bug: one line naming the command
    line to report, exit 70 (its traceback under ``ANNOTATE_TRACEBACK=1``)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["annotate.argv"] = list(args)  # what a bug report names
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            _usage_error(exc)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with _ctrl_c_as_interrupt(), _terminate_as_interrupt(), _warnings_as_lines(), command_inputs(), \
                    _closed_stdout_refused():
                return super().invoke(ctx)
        except AnnotateError as exc:
            fail(str(exc))
        except click.UsageError as exc:  # a sub-command's arguments, or no such command
            _usage_error(exc)
        except KeyboardInterrupt:
            _stopping()
            resumes = ctx.invoked_subcommand in RESUMING_COMMANDS
            click.echo("annotate: interrupted; " + ("finished outputs are kept, re-run to resume" if resumes else
                                                     "a re-run starts over"), err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:  # (before OSError, its base class) output piped into `head`
            sys.exit(0)
        except OSError as exc:
            # Last resort: readers and writers turn OSError into AnnotateError
            # naming the file; one that slips through still gets one line.
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{os_reason(exc)}")
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise  # click's own ways to stop, which its main loop handles
        except Exception as exc:
            if os.environ.get(TRACEBACK_ENV) == "1":
                raise
            _bug(exc, ctx.meta.get("annotate.argv", []))


EXIT_BUG = 70  # EX_SOFTWARE (sysexits.h): the program failed, not the user
# Set to 1, a bug in a command raises with its traceback instead of one line (tests/conftest.py sets it, so
# that no test mistakes a bug for a handled failure).
TRACEBACK_ENV = "ANNOTATE_TRACEBACK"


def _bug(exc: Exception, argv: list[str]) -> NoReturn:
    """An exception no reader or writer turned into an AnnotateError is a bug in annotate, not bad input: a
    traceback tells a user nothing, one line says what broke and what to report (the command line, so the
    input can be found again)."""
    command = shlex.join(["annotate", *argv])
    error(f"internal error ({type(exc).__name__}: {exc}); this is a bug in annotate: please report it with the "
          f"command `{command}` and its input ({TRACEBACK_ENV}=1 shows the traceback)")
    sys.exit(EXIT_BUG)


def _stopping() -> None:
    """An interrupted command has stopped and only exits now: Ctrl-C pressed
    again (or another SIGTERM) while its pool's threads are joined and the
    interpreter shuts down would kill it by the signal after its line, with
    no exit status 130 (``batch``, whose shutdown takes longest, did)."""
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_IGN)


@contextlib.contextmanager
def _ctrl_c_as_interrupt() -> Iterator[None]:
    """While a command runs, Ctrl-C is Python's KeyboardInterrupt, which each
    step cleans up after (its ffmpeg killed, its temporary files removed) and
    ``invoke`` turns into one line and exit 130. Until then the entry
    (``annotate.__main__``) exits at once on Ctrl-C, with nothing to clean up;
    an ignored Ctrl-C (nohup, a shell's background job) stays ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if not callable(previous) or previous is signal.default_int_handler:
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


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


class _ClosedOutput(io.TextIOBase):
    """Standard output when it was closed (a cron job, a service started
    without it): Python leaves ``sys.stdout`` None and click then drops every
    result without a word, exit 0. A result written here is an error instead."""

    encoding = "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not text:
            return 0
        raise OutputError("standard output is closed: the result has nowhere to go (redirect it to a file: > FILE)")


@contextlib.contextmanager
def _closed_stdout_refused() -> Iterator[None]:
    """While a command runs, a closed standard output fails the first result
    written to it (commands that only write files still run)."""
    if sys.stdout is not None:
        yield
        return
    sys.stdout = _ClosedOutput()
    try:
        yield
    finally:
        sys.stdout = None  # type: ignore[assignment]


@contextlib.contextmanager
def _warnings_as_lines() -> Iterator[None]:
    """The one place library warnings reach the user: every AnnotateWarning
    raised during a command becomes an ``annotate: warning: ...`` line (each
    one, not once per place); other warnings keep Python's format."""
    shown = warnings.showwarning

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: Any = None, line: str | None = None) -> None:
        if issubclass(category, AnnotateWarning):
            warn(str(message))
        else:
            shown(message, category, filename, lineno, file, line)

    with warnings.catch_warnings():
        warnings.simplefilter("always", AnnotateWarning)
        warnings.showwarning = show
        yield


def one_line(message: str) -> str:
    # Messages quote the user's files (cue text, a quote, a path): no control character may reach the terminal.
    return terminal_line(message)


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


@contextlib.contextmanager
def progress_bar(desc: str, *, enabled: bool = True) -> Iterator[Callable[[float], None] | None]:
    """The terminal bar for a library call's ``on_progress(fraction)``:
    tqdm on stderr, in percent, drawn from the first report (so an error
    before any work stays one line) and gone when the call returns (None:
    no bar). The library never draws one itself. Drawn on a terminal only:
    into a log (cron, CI, ``2>log``, ``| tee``) every redraw was written and
    the next error glued to the last; ``TERM=dumb`` cannot redraw a line."""
    if not enabled or not _redraws(sys.stderr):
        yield None
        return
    from tqdm import tqdm

    bars: list[tqdm[Any]] = []
    lock = threading.Lock()  # clips report from worker threads

    def update(fraction: float) -> None:
        shown = round(min(max(fraction, 0.0), 1.0) * 100, 1)
        with lock:
            if not bars:
                bars.append(tqdm(total=100, desc=one_line(desc), unit="%", leave=False, file=sys.stderr,
                                 bar_format="{desc}: {percentage:3.0f}%|{bar}| [{elapsed}<{remaining}]"))
            if shown > bars[0].n:
                bars[0].n = shown
                bars[0].refresh()

    try:
        yield update
    finally:
        for bar in bars:
            bar.close()


def _redraws(stream: Any) -> bool:
    """Whether ``stream`` is a terminal that can redraw a line in place."""
    try:
        terminal = bool(stream.isatty())
    except (AttributeError, ValueError):  # (closed, or no stream at all)
        return False
    return terminal and os.environ.get("TERM", "") != "dumb"


def _line(text: str) -> None:
    """One line on stderr, under any progress bar drawn there: a line written
    while a bar is up was glued to the bar's end (``align: 100%|...|annotate:
    warning: ...``), where a reader of the bar did not see it."""
    tqdm_module = sys.modules.get("tqdm")  # not imported: no bar is up
    if tqdm_module is not None and getattr(tqdm_module.tqdm, "_instances", None):
        tqdm_module.tqdm.write(text, file=sys.stderr)
    else:
        click.echo(text, err=True)


def say(message: str) -> None:
    """A status line on stderr (what was written, how many). It names the
    user's files, so it is made one line without control characters, as an
    error line is: a file name holding ESC ] 0; retitled the terminal."""
    _line(one_line(message))


def warn(message: str) -> None:
    _line(f"annotate: warning: {one_line(message)}")


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


# The one "--force" of every command that writes one file (annotate.overwrite): an existing file of
# another kind under the output's name is the user's, refused without it.
force_option = click.option(
    "--force", is_flag=True,
    help="Replace an existing output file even if it is not a file of the kind written (default: refuse).")

# The one "--video ID" of every command that reads footage: which video of a
# timeline with several (annotate.model.Timeline.one_video).
video_option = click.option(
    "--video", "video_id", metavar="ID",
    help="The video to work on, by its id, when the timeline has several (default: the only one).")
