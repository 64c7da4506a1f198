"""``annotate shots``: every shot change in a video (cuts, dissolves, fades)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotate.cli.base import Seconds, main, progress_bar, say


@main.command("shots")
@click.argument("video", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV (time,frame,kind,score,start,end).")
@click.option("--start", type=Seconds(), default=None, help="Seconds to start at (seeks; default: the beginning).")
@click.option("--end", type=Seconds(), default=None, help="Seconds to stop at (default: the end).")
def shots_command(video: str, as_json: bool, as_csv: bool, start: float | None, end: float | None) -> None:
    """Every shot change in VIDEO: hard cuts, dissolves and fades, with
    time, frame and score (flashes are not cuts).

    \b
    Examples:
      annotate shots footage.mp4
      annotate shots footage.mp4 --csv > cuts.csv
    """
    from annotate.fetch import given_path
    from annotate.shots import detect, to_rows, video_info

    video = str(given_path(video))  # (a file:// URL, as every command's footage)
    info = video_info(video)
    with progress_bar(Path(video).name[:30]) as on_progress:
        changes = detect(video, start=start, end=end, on_progress=on_progress)
    rows = to_rows(changes)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    elif as_csv:
        from annotate.escape import csv_text

        columns = ("time", "frame", "kind", "score", "start", "end")
        # no byte order mark: this is text for a pipe, where it would land in the first column's name (as export -o -)
        click.echo(csv_text(columns, ([row.get(c) for c in columns] for row in rows), line_end="\n", bom=False),
                   nl=False)
    else:
        from annotate.timecode import format_clock

        for c in changes:
            span = f"  ({format_clock(c.start, places=2)}-{format_clock(c.end or c.start, places=2)})" \
                if c.start is not None else ""
            click.echo(f"{format_clock(c.time, places=2):>12}  frame {c.frame:>7}  {c.kind:<8} "
                       f"score {c.score:7.2f}{span}")
        say(f"{len(changes)} shot change(s) in {format_clock(info.duration)} of {Path(video).name}")
