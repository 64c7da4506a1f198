"""``annotate extract``: the moments an article points at, as a table or JSON."""

from __future__ import annotations

import click

from annotate.cli.base import main, warn
from annotate.timecode import parse_time


@main.command()
@click.argument("article", metavar="ARTICLE")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list (start, end, approximate, quote, "
              "span, sentence, caption, window).")
@click.option("--duration", metavar="S", default=None,
              help="Footage length (seconds or h:mm:ss); needed by 'in the final 30 seconds' and "
                   "'halfway through' when the text gives no length, and wins over it.")
@click.option("--all", "everything", is_flag=True,
              help="Also list clock times (times of day the footage's clock can place) and quoted speech "
                   "with no time (words align finds in the footage); with --json the output becomes "
                   "{\"moments\": [...], \"clock_times\": [...], \"said\": [...]} (said: every quote, start null "
                   "when it has no time).")
def extract(article: str, as_json: bool, duration: str | None, everything: bool) -> None:
    """Find the moments (positions in the footage) that ARTICLE describes.

    ARTICLE is a text, Markdown or HTML file, or - for stdin. With --all, also
    the clock times it ties to the footage ("the timestamp reads 06:58:03")
    and the words it quotes as said in it with no time ('a deputy yells
    "Hands up!"').

    \b
    Example:
      annotate extract story.txt
      annotate extract story.html --json --duration 5:40 > moments.json
      annotate extract cctv-story.txt --all --json
    """
    # (imported here: the moment reader's patterns cost every other command's start-up)
    from annotate.moments import extract_references_file
    from annotate.moments.report import clocks_table, references_to_json, said_table, to_json, to_table

    seconds = parse_time(duration, subject="--duration") if duration is not None else None
    source, found = extract_references_file(article, seconds)
    for message in source.warnings:
        warn(message)
    if as_json:
        click.echo(references_to_json(found) if everything else to_json(found.moments))
    else:
        table = to_table(found.moments)
        click.echo(f"{table}\n\n{clocks_table(found.clock_times)}\n\n{said_table(found)}"
                   if everything else table)
