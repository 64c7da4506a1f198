"""``annotate extract``: the moments an article points at, as a table or JSON."""

from __future__ import annotations

import click

from annotate.cli.base import main, warn
from annotate.moments import extract_file
from annotate.moments.report import to_json, to_table
from annotate.timecode import parse_time


@main.command()
@click.argument("article", metavar="ARTICLE")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list (start, end, approximate, quote, "
              "span, sentence, caption, window).")
@click.option("--duration", metavar="S", default=None,
              help="Footage length (seconds or h:mm:ss); needed by 'in the final 30 seconds' and "
                   "'halfway through' when the text gives no length, and wins over it.")
def extract(article: str, as_json: bool, duration: str | None) -> None:
    """Find the moments (positions in the footage) that ARTICLE describes.

    ARTICLE is a text, Markdown or HTML file, or - for stdin.

    \b
    Example:
      annotate extract story.txt
      annotate extract story.html --json --duration 5:40 > moments.json
    """
    seconds = parse_time(duration, subject="--duration") if duration is not None else None
    source, moments = extract_file(article, seconds)
    for message in source.warnings:
        warn(message)
    click.echo(to_json(moments) if as_json else to_table(moments))
