"""``annotate strip``: a picture to check an alignment by."""

from __future__ import annotations

from pathlib import Path

import click

from annotate.cli.base import force_option, main, progress_bar, say, video_option
from annotate.cli.outputs import no_stdout


@main.command("strip")
@click.argument("timeline_file", metavar="TIMELINE", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="PNG to write.")
@click.option("--footage", type=click.Path(dir_okay=False), help="Video (default: the timeline's footage).")
@video_option
@force_option
def strip_command(timeline_file: str, output: str, footage: str | None, video_id: str | None, force: bool) -> None:
    """Draw a picture to check an alignment by: thumbnails along time, the
    change curve with detected cuts, stated vs aligned moments, and the
    frames either side of each aligned start. The frames of more than 120
    moments go on numbered pages beside the PNG, 120 a page (strip.png,
    strip-02.png, ...), so that every page opens in any viewer.

    \b
    Example:
      annotate strip timelines/story.yaml -o strip.png
    """
    no_stdout(output, "strip", "a PNG picture")
    from annotate import timeline as tl
    from annotate.strip import strip

    timeline = tl.load(timeline_file).one_video(video_id, "strip")
    video = tl.footage_path(timeline, footage)
    written: list[Path] = []
    with progress_bar("strip") as on_progress:
        strip(timeline, video, output, on_progress=on_progress, force=force, on_page=written.append)
    say(f"wrote {', '.join(map(str, written))}")
