"""``annotate subtitles``: subtitles from a timeline, or a lint of a subtitle file."""

from __future__ import annotations

import click

from annotate.cli.base import FiniteFloat, force_option, main, one_line, say, video_option
from annotate.cli.outputs import format_matches, to_stdout
from annotate.timecode import FALLBACK_FPS


@main.command("subtitles")
@click.argument("source", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Subtitle file to write: .srt, .vtt or .ass; - prints it (with --format).")
@click.option("--format", "format_", type=click.Choice(["srt", "vtt", "ass"]), help="Format (default: from -o).")
@click.option("--check", is_flag=True, help="Lint SOURCE, an existing subtitle file, against the timed-text rules; "
              "lines that are not readable cues are violations too.")
@click.option("--encoding", help="With --check: the file's text encoding (default: its BOM, else UTF-8, else a guess).")
@click.option("--reflow", is_flag=True, help="Reshape cues imported from a subtitle file by the rules too "
              "(by default they are written as they were read).")
@click.option("--timecode", is_flag=True, help="Start each caption with its time (2:27 — ...).")
@click.option("--mark-approximate", is_flag=True,
              help="Start the captions of hedged times align did not snap to evidence with ≈ and the time "
                   "(≈ 2:27 — ...).")
@click.option("--max-line-chars", type=click.IntRange(10, 200), default=42, show_default=True,
              help="Characters a cue's line holds, at most.")
@click.option("--max-lines", type=click.IntRange(1, 5), default=2, show_default=True,
              help="Lines a cue shows, at most.")
@click.option("--max-cps", type=FiniteFloat(1, 100), default=17.0, show_default=True,
              help="Reading speed limit, characters per second.")
@click.option("--min-duration", type=FiniteFloat(0.1, 60), default=5 / 6, show_default="0.833, 20 frames at 24 fps",
              help="Seconds on screen, at least.")
@click.option("--max-duration", type=FiniteFloat(0.5, 600), default=7.0, show_default=True,
              help="Seconds on screen, at most: a longer caption is split into cues.")
@click.option("--min-gap-frames", type=click.IntRange(0, 100), default=2, show_default=True,
              help="Frames between one cue and the next, at least.")
@click.option("--fps", type=FiniteFloat(1, 240),
              help=f"Frame rate for gaps (default: the footage's, else {FALLBACK_FPS:g}).")
@video_option
@force_option
def subtitles_command(
    source: str, output: str | None, format_: str | None, check: bool, encoding: str | None, reflow: bool,
    timecode: bool, mark_approximate: bool,
    max_line_chars: int, max_lines: int, max_cps: float, min_duration: float, max_duration: float,
    min_gap_frames: int, fps: float | None, video_id: str | None, force: bool,
) -> None:
    """Write subtitles for a timeline, or lint a subtitle file with --check.

    \b
    Examples:
      annotate subtitles timelines/story.yaml -o story.srt
      annotate subtitles timelines/story.yaml -o story.ass --mark-approximate
      annotate subtitles --check someone-elses.srt
      annotate subtitles --check old.srt --encoding cp1252

    Moments imported from a subtitle file (tagged `cue`) are written as they
    were read; the rules shape only captions annotate composes, unless
    --reflow.

    A timeline with several videos gets one file per video, named by its id
    (-o story.srt writes story.A.srt, story.B.srt); --video ID writes one.
    """
    from annotate import subtitles
    from annotate.errors import InputError
    from annotate.timeline import check_footage, footage_path, load, per_video, with_footage_length

    rules_fps = fps
    if min_duration > max_duration:  # every cue would break one limit or the other, the writer's and --check's
        raise InputError(f"--min-duration {min_duration:g} is above --max-duration {max_duration:g}",
                         subject="--min-duration")
    if check:
        rules = subtitles.Rules(max_line_chars, max_lines, max_cps, min_duration, max_duration, min_gap_frames,
                                fps=rules_fps or FALLBACK_FPS)
        violations = subtitles.check(source, rules, format=format_, encoding=encoding)
        for v in violations:
            click.echo(one_line(f"{source}: {v}"))
        say(f"{len(violations)} violation(s) in {source}")
        raise SystemExit(1 if violations else 0)
    if not output:
        raise click.UsageError("give -o OUT.srt|.vtt|.ass (or --check to lint a subtitle file)")
    if encoding:
        raise click.UsageError("--encoding applies to --check FILE (a timeline is UTF-8 YAML)")
    printed = to_stdout(output, format_)
    if format_ and not printed:
        format_matches(output, subtitles.format_of("", format_), subtitles.FORMATS)
    style = subtitles.Style(timecode=timecode, mark_approximate=mark_approximate, reflow=reflow)
    each = per_video(load(source), output, video_id)
    if printed and len(each) > 1:
        raise InputError(f"{source} has {len(each)} videos, a file each; pick one for standard output with "
                         "--video ID", subject="-o -")
    for timeline, target in each:
        try:  # the cues stop at the recorded footage's end: say when that file is not the one recorded
            check_footage(timeline, footage_path(timeline))
        except InputError:
            pass  # subtitles need no footage: a timeline naming none, or a file not here, is written all the same
        timeline = with_footage_length(timeline)
        footage_fps = timeline.footage.fps if timeline.footage else None
        rules = subtitles.Rules(max_line_chars, max_lines, max_cps, min_duration, max_duration, min_gap_frames,
                                fps=rules_fps or footage_fps or FALLBACK_FPS)
        if printed:
            click.echo(subtitles.dumps(timeline, subtitles.format_of("", format_), rules=rules, style=style),
                       nl=False)
            continue
        path = subtitles.write(timeline, target, format=format_, rules=rules, style=style, force=force)
        say(f"wrote {path}")
