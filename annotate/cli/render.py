"""``annotate render``: burn the explainer overlay into the footage, or preview one frame."""

from __future__ import annotations

import click

from annotate.cli.base import force_option, main, progress_bar, say, video_option
from annotate.cli.outputs import no_stdout


@main.command("render")
@click.argument("timeline_file", metavar="TIMELINE", type=click.Path(dir_okay=False))
@click.option("--footage", type=click.Path(dir_okay=False), help="Video to draw on (default: the timeline's).")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False),
              help="Output .mp4 (a .png with --preview).")
@click.option("--theme", "theme_file", type=click.Path(dir_okay=False), help="Theme YAML (fonts, colours, sizes).")
@click.option("--preview", "preview", metavar="TIME", help="Write only the frame at TIME (e.g. 2:27) as PNG.")
@click.option("--no-captions", is_flag=True, help="Leave out the moment captions.")
@click.option("--no-timecode", is_flag=True, help="Leave out the burnt-in timecode.")
@click.option("--no-position-bar", is_flag=True, help="Leave out the position bar and its moment markers.")
@click.option("--no-title", is_flag=True, help="Leave out the title card.")
@click.option("--no-credit", is_flag=True, help="Leave out the footage credit line.")
@click.option("--no-highlight", is_flag=True, help="Leave out highlight boxes.")
@click.option("--no-retime", is_flag=True, help="Ignore `freeze`/`slow` tags on moments.")
@video_option
@force_option
def render_command(timeline_file: str, footage: str | None, out: str, theme_file: str | None,
                   preview: str | None, video_id: str | None, force: bool, **switches: bool) -> None:
    """Draw captions, timecode, a position bar with moment markers, highlight
    boxes, the title and the footage credit onto the footage in one ffmpeg pass.

    \b
    Examples:
      annotate render story.yaml -o explainer.mp4
      annotate render story.yaml --footage clip.mp4 --theme dark.yaml -o out.mp4 --no-timecode
      annotate render story.yaml --preview 2:27 -o frame.png

    A timeline with several videos renders each (-o out.mp4 writes out.A.mp4,
    out.B.mp4); --video ID renders one; --footage and --preview need one.
    """
    no_stdout(out, "render", "a video")
    from annotate.render import Elements, load_theme, render
    from annotate.timecode import parse_time
    from annotate.timeline import load, per_video

    elements = Elements(**{name.removeprefix("no_"): not on for name, on in switches.items()})
    timeline = load(timeline_file)
    if footage is not None or preview is not None:
        timeline = timeline.one_video(video_id, "render --footage/--preview")
    for one, target in per_video(timeline, out, video_id):
        with progress_bar("render", enabled=preview is None) as on_progress:
            report = render(
                one, target, footage=footage,
                theme=load_theme(theme_file) if theme_file else None, elements=elements,
                preview_at=parse_time(preview, subject="--preview") if preview is not None else None,
                on_progress=on_progress, force=force,
            )
        if report.reused:
            say(f"kept {report.out}: an earlier run rendered it from the same timeline, theme and footage")
        elif preview is None:
            say(f"wrote {report.out} ({report.duration:.1f} s, {report.width}x{report.height}, "
                f"{report.captions} captions) in {report.seconds:.1f} s, {report.realtime_factor:.1f}x real time")
        else:
            say(f"wrote {report.out}")
