"""``annotate align``: snap each moment of a timeline to where its scene begins in the footage."""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotate.cli.base import counting_bar, main, warn


@main.command("align")
@click.argument("timeline_file", metavar="TIMELINE", type=click.Path(dir_okay=False))
@click.option("--footage", type=click.Path(dir_okay=False), help="Video to align to (default: the timeline's footage).")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Timeline file to write (default: update TIMELINE in place).")
@click.option("--json", "as_json", is_flag=True,
              help="Print each moment's id, kind (position, clock or said), clock, said, stated_start, start "
                   "(null for a clock time or quote not found in the footage), evidence (cut, audio, clock, "
                   "subtitle, speech, none, unplaced, ...), score and note as JSON.")
@click.option("--timed-on", "timed_on", type=click.Path(dir_okay=False),
              help="The copy of the footage the article's times refer to, when --footage is another copy.")
def align_command(timeline_file: str, footage: str | None, output: str | None, as_json: bool,
                  timed_on: str | None) -> None:
    """Snap each moment of TIMELINE to where its scene begins in the footage:
    a shot change, else a sharp sound, else something starting or stopping
    to move, searched only within the moment's window. Clock moments go to
    the first frame whose burnt-in clock shows their time (annotate clock);
    quotes to where their words are in the footage's subtitles (streams and
    files beside it, e.g. footage.en.vtt) or its sound.

    \b
    Examples:
      annotate align timelines/story.yaml
      annotate align story.yaml --footage broadcast.mp4 --timed-on original.mp4 -o aligned.yaml --json
    """
    from annotate import timeline as tl
    from annotate.align import align

    timeline = tl.load(timeline_file)
    video = tl.footage_path(timeline, footage)
    with counting_bar(len(timeline.moments), "align") as bar:
        aligned = align(timeline, video, timed_on=timed_on, on_moment=lambda _m: bar.update(1))
    target = output or timeline_file
    tl.save(aligned, target)
    for m in aligned.moments:
        if m.alignment is not None and m.alignment.kind in ("none", "unplaced"):
            warn(f"moment {m.id}: {m.alignment.note}")
    if as_json:
        from annotate.align import report_rows

        click.echo(json.dumps(report_rows(aligned), indent=2))
    click.echo(f"wrote {target}: {len(aligned.moments)} moment(s) aligned to {Path(video).name}", err=True)
