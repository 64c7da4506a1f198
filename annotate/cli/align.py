"""``annotate align``, ``shots``, ``sync`` and ``strip``: line a timeline up
with its footage, and the tools to check that alignment."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click

from annotate.cli.base import Seconds, main, warn


def _bar(total: int, desc: str):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="%" if total == 100 else " moment", leave=False,
                bar_format="{desc}: {percentage:3.0f}%|{bar}| {elapsed}<{remaining}")


def _percent(bar):  # type: ignore[no-untyped-def]
    def update(fraction: float) -> None:
        bar.n = round(fraction * 100)
        bar.refresh()
    return update


@main.command("align")
@click.argument("timeline_file", metavar="TIMELINE", type=click.Path(dir_okay=False))
@click.option("--footage", type=click.Path(dir_okay=False), help="Video to align to (default: the timeline's footage).")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Timeline file to write (default: update TIMELINE in place).")
@click.option("--json", "as_json", is_flag=True,
              help="Print each moment's id, kind (position or clock), clock, stated_start, start (null for a "
                   "clock time the footage's clock does not show), evidence and score as JSON.")
@click.option("--timed-on", "timed_on", type=click.Path(dir_okay=False),
              help="The copy of the footage the article's times refer to, when --footage is another copy.")
def align_command(timeline_file: str, footage: str | None, output: str | None, as_json: bool,
                  timed_on: str | None) -> None:
    """Snap each moment of TIMELINE to where its scene begins in the footage:
    a shot change, else a sharp sound, else something starting or stopping
    to move, searched only within the moment's window. Clock moments go to
    the first frame whose burnt-in clock shows their time (annotate clock).

    \b
    Examples:
      annotate align timelines/story.yaml
      annotate align story.yaml --footage broadcast.mp4 --timed-on original.mp4 -o aligned.yaml --json
    """
    from annotate import timeline as tl
    from annotate.align import align

    timeline = tl.load(timeline_file)
    video = tl.footage_path(timeline, footage)
    with _bar(len(timeline.moments), "align") as bar:
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
    from annotate.shots import detect, to_rows, video_info

    info = video_info(video)
    with _bar(100, Path(video).name[:30]) as bar:
        changes = detect(video, start=start, end=end, on_progress=_percent(bar))
    rows = to_rows(changes)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    elif as_csv:
        out = io.StringIO()
        writer = csv.DictWriter(out, ["time", "frame", "kind", "score", "start", "end"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(out.getvalue(), nl=False)
    else:
        from annotate.timecode import format_clock

        for c in changes:
            span = f"  ({format_clock(c.start, places=2)}-{format_clock(c.end or c.start, places=2)})" \
                if c.start is not None else ""
            click.echo(f"{format_clock(c.time, places=2):>12}  frame {c.frame:>7}  {c.kind:<8} "
                       f"score {c.score:7.2f}{span}")
        click.echo(f"{len(changes)} shot change(s) in {format_clock(info.duration)} of {Path(video).name}", err=True)


@main.command("sync")
@click.argument("reference", type=click.Path(dir_okay=False))
@click.argument("other", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help='Print {"offset":..., "rate":..., "confidence":...}.')
def sync_command(reference: str, other: str, as_json: bool) -> None:
    """How times in REFERENCE map into OTHER, another copy of the same
    footage (re-upload, broadcast with a slate, rescaled, with a logo):
    OTHER time = REFERENCE time x rate + offset.

    \b
    Examples:
      annotate sync original.mp4 broadcast.mp4
      annotate sync original.mp4 reupload.mp4 --json
    """
    from annotate.sync import sync

    with _bar(100, "sync") as bar:
        result = sync(reference, other, on_progress=_percent(bar))
    if as_json:
        click.echo(json.dumps(result.as_dict()))
    else:
        click.echo(f"offset {result.offset:+.3f} s, rate {result.rate:.6f}, confidence {result.confidence:.2f} "
                   f"({result.matches} matched shot changes)")
    if result.confidence < 0.5:
        warn(f"only {result.matches} shot changes matched: check the offset by eye")


@main.command("strip")
@click.argument("timeline_file", metavar="TIMELINE", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="PNG to write.")
@click.option("--footage", type=click.Path(dir_okay=False), help="Video (default: the timeline's footage).")
def strip_command(timeline_file: str, output: str, footage: str | None) -> None:
    """Draw a picture to check an alignment by: thumbnails along time, the
    change curve with detected cuts, stated vs aligned moments, and the
    frames either side of each aligned start.

    \b
    Example:
      annotate strip timelines/story.yaml -o strip.png
    """
    from annotate import timeline as tl
    from annotate.strip import strip

    timeline = tl.load(timeline_file)
    video = tl.footage_path(timeline, footage)
    with _bar(100, "strip") as bar:
        path = strip(timeline, video, output, on_progress=_percent(bar))
    click.echo(f"wrote {path}", err=True)
