"""The click group and the one place that turns errors into a line and an exit code."""

from __future__ import annotations

import sys
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
            return super().invoke(ctx)
        except AnnotateError as exc:
            click.echo(f"annotate: error: {one_line(str(exc))}", err=True)
            sys.exit(EXIT_USER_ERROR)
        except KeyboardInterrupt:
            click.echo("annotate: interrupted; finished outputs are kept, re-run to resume", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            sys.exit(0)


def one_line(message: str) -> str:
    return " ".join(message.split())


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
