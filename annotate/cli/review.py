"""``annotate review``: a static page to click through, check and adjust a timeline."""

from __future__ import annotations

import click

from annotate.cli.base import main, progress_bar, say, video_option
from annotate.cli.outputs import no_stdout


@main.command("review")
@click.argument("timeline", type=click.Path(dir_okay=False))
@click.option("--footage", type=click.Path(dir_okay=False), help="Video to review against (default: the timeline's).")
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              help="Folder to write index.html (and thumbnails) into.")
@click.option("--copy-footage", is_flag=True, help="Copy the video into the folder so it travels alone.")
@click.option("--no-pictures", is_flag=True, help="Skip the still per moment and the alignment strip.")
@video_option
def review_command(timeline: str, footage: str | None, output: str, copy_footage: bool, no_pictures: bool,
                   video_id: str | None) -> None:
    """Write a review page for TIMELINE that opens from disk in any browser.

    Click a moment to seek the video; j/k move between moments, space plays;
    adjust a time and download the edited timeline (annotate import reads it).

    \b
    Examples:
      annotate review story.yaml -o review/
      annotate review story.yaml --footage footage.mp4 --copy-footage -o review/

    A timeline of several videos gets a page per video (DIR/ID/index.html)
    with a switcher between them; --video ID writes one.
    """
    no_stdout(output, "review", "a folder (the page and its pictures)")
    from annotate.review import build
    from annotate.timeline import load

    loaded = load(timeline)
    with progress_bar("stills and strip", enabled=not no_pictures) as on_progress:
        page = build(loaded.for_video(video_id) if video_id else loaded, output, footage=footage,
                     copy_footage=copy_footage,
                     pictures=not no_pictures, on_progress=on_progress)
    say(f"wrote {page} (open it in a browser: {page.resolve().as_uri()})")

