"""``annotate export`` and ``annotate import``: a timeline to and from the
files editors, spreadsheets and video sites open (annotate.interchange)."""

from __future__ import annotations

from typing import Any

import click

from annotate.cli.base import FiniteFloat, force_option, main, say, video_option, warn
from annotate.cli.outputs import STDOUT, format_matches, timeline_named, to_stdout
from annotate.timecode import FALLBACK_FPS
from annotate.validate import MAX_FRAME_RATE


@main.command("export")
@click.argument("timeline", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="File to write; its extension picks the format (--format: one no format claims); - prints it.")
@click.option("-f", "--format", "fmt",
              help="Format: otio, edl, fcp-xml, fcpx, mlt, kdenlive, csv, json, youtube, vtt-chapters, srt, vtt, ass.")
@click.option("--selects", is_flag=True,
              help="A sequence of one cut per moment (the spans of 'annotate clips'), not the footage with markers.")
@click.option("--pad", metavar="BEFORE[,AFTER]",
              help="With --selects: seconds (or m:ss) around each moment; default 3,7 for points and 0 for ranges.")
@video_option
@force_option
def export_command(timeline: str, output: str, fmt: str | None, selects: bool, pad: str | None,
                   video_id: str | None, force: bool) -> None:
    """Export a TIMELINE for editors, spreadsheets and video sites.

    \b
    Examples:
      annotate export story.yaml -o story.otio          # OpenTimelineIO, markers on the footage
      annotate export story.yaml -o story.edl           # CMX 3600 EDL with locators
      annotate export story.yaml -o story.xml           # Final Cut Pro 7 XML (Premiere, Resolve)
      annotate export story.yaml -o story.fcpxml        # Final Cut Pro X
      annotate export story.yaml -o story.mlt           # Shotcut / melt; .kdenlive for Kdenlive
      annotate export story.yaml -o selects.xml --selects --pad 2,5   # one cut per moment
      annotate export story.yaml -o story.chapters.txt  # YouTube chapters for the description
      annotate export story.yaml -o out.txt --format youtube

    A timeline with several videos exports to OTIO, FCP XML, MLT and Kdenlive
    with one track per video, EDL and FCPX with one clip per video back to
    back, JSON with the list, CSV with a footage column; chapters take one:
    --video ID.
    """
    from annotate.cli.clips import pad_option
    from annotate.errors import InputError
    from annotate.interchange import FORMATS, format_for, text_of, write
    from annotate.timeline import load

    if pad is not None and not selects:
        raise InputError("--pad applies to --selects only", subject="--pad")
    printed = to_stdout(output, fmt)
    if fmt and not printed:
        format_matches(output, format_for(None, fmt), FORMATS)
    opts: dict[str, Any] = {"selects": True, "pad": pad_option(pad)} if selects else {}
    loaded = load(timeline)
    chosen = loaded.for_video(video_id) if video_id else loaded
    if printed:
        text, notes = text_of(chosen, format_for(None, fmt), **opts)
        click.echo(text, nl=False)
    else:
        written = write(chosen, output, fmt, force=force, **opts)
        notes = written.notes
    for note in notes:
        warn(note)
    if not printed:
        say(f"wrote {written.path} ({written.format})")


@main.command("import")
@click.argument("source", type=click.Path())  # (a folder too: an FCPXML bundle, .fcpxmld)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Timeline file (YAML) to write; an existing one is updated in place; - prints it.")
@click.option("-f", "--format", "fmt", help="Format of SOURCE: otio, edl, fcp-xml, fcpx, csv, json, srt, vtt, ass.")
@click.option("--fps", type=FiniteFloat(0, MAX_FRAME_RATE, low_open=True),
              help="Frame rate to read an EDL at (default: the rate it states, else 29.97 for drop-frame timecode, "
              f"else {FALLBACK_FPS:g}, with a warning).")
@click.option("--encoding", help="Text encoding of a subtitle file (default: its BOM, else UTF-8, else a guess).")
@click.option("--strict", is_flag=True,
              help="Fail (exit 2) if any cue of a subtitle file cannot be read as written, or a marker of an "
              "OTIO, EDL, FCP 7 XML or FCPX file carries an id another marker took.")
@click.option("--video", "video_id", metavar="ID",
              help="The video of a timeline of several whose moments SOURCE holds (a subtitle file names none); "
              "the other videos' moments stay.")
def import_command(source: str, output: str, fmt: str | None, fps: float | None, encoding: str | None,
                   strict: bool, video_id: str | None) -> None:
    """Read moments from an OTIO, EDL, FCP 7 XML, FCPX, CSV, JSON, SRT, WebVTT or ASS/SSA file into a timeline.

    \b
    Examples:
      annotate import markers.otio -o story.yaml
      annotate import cuts.csv -o story.yaml
      annotate import reel.edl --fps 29.97 -o story.yaml
      annotate import Project.fcpxmld -o story.yaml      # Final Cut Pro's bundle: its Info.fcpxml
      annotate import review-edits.json -o story.yaml    # the review page's download
      annotate import old.srt --encoding cp1252 --strict -o story.yaml
      annotate import story.phone.srt --video phone -o story.yaml   # one video's cues of several
    """
    from annotate.errors import InputError
    from annotate.interchange import import_into, read
    from annotate.textio import STDIN_NAME
    from annotate.timeline import dumps

    to_stdout(source, fmt, where="-", medium="standard input")
    given = {"fps": fps, "encoding": encoding, "strict": strict or None}
    opts = {key: value for key, value in given.items() if value is not None}
    if output == STDOUT:
        if video_id:
            raise InputError("picks a video of the timeline imported into: give it with -o TIMELINE",
                             subject="--video")
        click.echo(dumps(read(source, fmt, **opts)), nl=False)
        return
    timeline_named(output)
    timeline = import_into(source, output, fmt, video=video_id, **opts)
    say(f"wrote {output}: {len(timeline.moments)} moment(s) from {STDIN_NAME if source == '-' else source}")
