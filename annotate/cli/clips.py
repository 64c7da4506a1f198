"""``annotate clips``: one clip per moment, with posters, contact sheet and manifest."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from annotate.cli.base import EXIT_USER_ERROR, error, main, one_line, progress_bar, say, warn
from annotate.cli.outputs import no_stdout
from annotate.errors import InputError
from annotate.timecode import parse_time


def pad_option(value: str | None) -> tuple[float, float] | None:
    """``--pad BEFORE[,AFTER]`` (seconds or m:ss; one value pads both sides), for clips and export --selects."""
    if value is None:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) > 2 or not all(parts):
        raise InputError(f"expected BEFORE or BEFORE,AFTER, got {value!r}", subject="--pad")
    before = parse_time(parts[0], subject="--pad")
    after = parse_time(parts[1], subject="--pad") if len(parts) == 2 else before
    return before, after


@main.command()
@click.argument("timelines", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder (created; a sub-folder per timeline when several are given).")
@click.option("--mode", type=click.Choice(["exact", "copy", "smart"]), default="exact", show_default=True,
              help="exact: frame-accurate re-encode; copy: lossless, starts on the keyframe before; "
                   "smart: frame-accurate start, lossless after the first keyframe.")
@click.option("--pad", metavar="BEFORE[,AFTER]",
              help="Seconds (or m:ss) around each moment; default 3,7 for points and 0 for ranges.")
@click.option("--only", metavar="IDS|TAGS", multiple=True,
              help="Moment ids or tags to cut, comma-separated or repeated; a value that is itself an id or "
                   "tag is taken whole (--only 'a,b' cuts moment a,b). A name no moment has is an error.")
@click.option("--workers", type=click.IntRange(min=1), help="Clips cut at once (default: number of cores).")
@click.option("--footage", type=click.Path(dir_okay=False, path_type=Path),
              help="Video to cut, instead of the footage each timeline names.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def clips(timelines: tuple[Path, ...], out_dir: Path, mode: str, pad: str | None, only: tuple[str, ...],
          workers: int | None, footage: Path | None, quiet: bool) -> None:
    """Cut one clip per moment of each TIMELINE into a folder, with a poster
    per clip, contact-sheet.png (in pages of 48 clips: contact-sheet-02.png
    ...) and manifest.json/.csv (times, hashes and
    the ffmpeg commands that made each clip). Re-running resumes: finished
    clips are reused, and a clip of a moment since deleted, moved or
    re-captioned is renamed or removed (a warning names each file), so the
    manifest lists this run's clips only. A moment starting after the
    footage ends is skipped and a range running past it is clamped (both
    reported); the exit status is 2 when anything was not written.

    \b
    Example:
      annotate clips story.timeline.yaml -o clips/
      annotate clips a.yaml b.yaml -o clips/ --mode smart --pad 2,5 --only m1,explosion
    """
    no_stdout(out_dir, "clips", "a folder of clips")
    from annotate.clips import export

    with progress_bar(f"clips ({mode})", enabled=not quiet) as on_progress:
        report = export(list(timelines), out_dir, mode=mode, pad=pad_option(pad),
                        only=only or None, workers=workers,
                        footage=footage, on_progress=on_progress)
    for message in report.warnings:
        warn(message)
    for entry in report.written:
        say(f"wrote {out_dir / entry['file']} ({entry['duration']:.2f} s from {entry['start']:.3f} s)")
    if report.reused:
        say(f"reused {len(report.reused)} clip(s) finished by an earlier run (hash checked)")
    for failure in report.failed:
        error(f"{failure.what}: {failure.reason}")
    if report.manifest is not None:  # (None: no timeline could be read, nothing was made; said above)
        click.echo(one_line(f"{len(report.written)} written, {len(report.reused)} reused, "
                            f"{len(report.failed)} failed; manifest: {report.manifest}"
                            + (f", contact sheet: {report.contact_sheet}{_more_pages(report.contact_sheet)}"
                               if report.contact_sheet else "")))
    if not report.ok:
        sys.exit(EXIT_USER_ERROR)


def _more_pages(first: Path) -> str:
    """`` and 20 more pages beside it (contact-sheet-02.png ...)`` for a sheet in pages."""
    from annotate.clips.sheet import later_pages

    more = later_pages(first)
    return f" and {len(more)} more page(s) beside it ({more[0].name} ...)" if more else ""
