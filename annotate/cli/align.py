"""``annotate align``: snap each moment of a timeline to where its scene begins in the footage."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import click

from annotate.cli.base import main, progress_bar, say, warn
from annotate.cli.outputs import no_stdout, timeline_named
from annotate.errors import InputError
from annotate.model import Timeline

if TYPE_CHECKING:
    from annotate.alignjournal import AlignJournal
    from annotate.shots import VideoInfo


@main.command("align")
@click.argument("timeline_file", metavar="TIMELINE", type=click.Path(dir_okay=False))
@click.option("--footage", type=click.Path(dir_okay=False), help="Video to align to (default: the timeline's footage).")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Timeline file to write (default: update TIMELINE in place).")
@click.option("--json", "as_json", is_flag=True,
              help="Print each moment's id, footage (its video's id), kind (position, clock or said), clock, "
                   "said, stated_start, start (null for a clock time or quote not found in the footage), evidence "
                   "(cut, audio, clock, subtitle, speech, none, unplaced, ...), score, note and alternatives "
                   "(its instant on the other videos) as JSON.")
@click.option("--timed-on", "timed_on", type=click.Path(dir_okay=False),
              help="The copy of the footage the article's times refer to, when --footage is another copy.")
@click.option("--video", "video_id", metavar="ID",
              help="Align only the moments of this video (of a timeline with several); the others are kept.")
@click.option("--alternatives", is_flag=True,
              help="Then give each moment its instant on every other video of the timeline, through annotate "
                   "sync (its 'alternatives').")
def align_command(timeline_file: str, footage: str | None, output: str | None, as_json: bool,
                  timed_on: str | None, video_id: str | None, alternatives: bool) -> None:
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

    With several videos each moment is aligned on its own one (its
    'footage' id); --footage and --timed-on then need --video ID.
    --alternatives syncs the videos and adds each moment's instant on the
    others (annotate align story.yaml --alternatives).
    """
    from annotate import timeline as tl
    from annotate.align import align, align_videos, recording, with_alternatives

    no_stdout(output, "align", "the timeline file as it goes (an interrupted run resumes from it)")
    if output:
        timeline_named(output)
    timeline = tl.load(timeline_file)
    if alternatives and len(timeline.videos) < 2:
        raise InputError("--alternatives needs a timeline of several videos", subject=timeline_file)
    target = output or timeline_file
    if not timeline.videos:
        video = tl.footage_path(timeline, footage)  # says "names no footage" unless --footage gives one
        journal, infos = _journal(timeline, target, {"": video}, timed_on)
        with progress_bar("align") as on_progress, _saved_when_stopped(journal):
            aligned = align(timeline, video, timed_on=timed_on, on_progress=on_progress, on_moment=journal.record,
                            known=journal.resumed, info=infos[""])
        names = Path(video).name
    else:
        if video_id is not None:
            chosen = [timeline.video(video_id)]
        elif footage is not None or timed_on is not None:
            chosen = list(timeline.one_video(None, "align --footage/--timed-on").videos)
        else:
            chosen = list(timeline.videos)
        paths = {v.id: tl.footage_path(timeline, footage, video=v) for v in chosen}
        tl.refuse_unsavable(recording(timeline, paths), target)  # (a name no timeline holds: before the work)
        journal, infos = _journal(timeline, target, paths, timed_on)
        with progress_bar("align") as on_progress, _saved_when_stopped(journal):
            aligned = align_videos(timeline, paths, timed_on={v: timed_on for v in paths} if timed_on else {},
                                   on_progress=on_progress, on_moment=journal.record, known=journal.resumed,
                                   infos=infos)
        names = ", ".join(Path(p).name for p in paths.values())
    if alternatives:
        every = {v.id: tl.footage_path(aligned, video=v) for v in aligned.videos}
        with progress_bar("syncing the videos") as on_progress, _saved_when_stopped(journal):
            aligned = with_alternatives(aligned, every, on_progress=on_progress)
    tl.save(aligned, target)
    journal.finish()
    for m in aligned.moments:
        if m.alignment is not None and m.alignment.kind in ("none", "unplaced"):
            warn(f"moment {m.id}: {m.alignment.note}")
    if as_json:
        from annotate.align import report_rows

        click.echo(json.dumps(report_rows(aligned), indent=2))
    say(f"wrote {target}: {len(aligned.moments)} moment(s) aligned to {names}")


def _journal(timeline: Timeline, target: str, paths: Mapping[str, str | os.PathLike[str]],
             timed_on: str | None) -> tuple[AlignJournal, dict[str, VideoInfo]]:
    """The record that lets a re-run after Ctrl-C skip what this run places
    (:mod:`annotate.alignjournal`), on these very files; and what align
    needs of each video, probed here once, before a byte is hashed (each
    refused as align would refuse it: a FIFO would block the hash)."""
    from annotate.alignjournal import AlignJournal
    from annotate.digest import file_version, versioned_sha256
    from annotate.errors import MediaError
    from annotate.shots import video_info
    from annotate.textio import regular_file

    infos = {name: video_info(path) for name, path in paths.items()}
    if timed_on is not None:  # (only stat'ed here; align's sync probes it)
        regular_file(timed_on, kind="media file", error=lambda message: MediaError(message, subject=timed_on))
    # The footage's sha256 is one align computes anyway (cached by file version); the --timed-on reference is
    # only scanned, so its file version (size, times, inode) names it without a read of the whole file.
    inputs = {name: versioned_sha256(path) for name, path in paths.items()}
    if timed_on is not None:
        inputs["timed_on"] = "version " + " ".join(map(str, file_version(timed_on)))
    return AlignJournal(timeline, target, inputs), infos


@contextlib.contextmanager
def _saved_when_stopped(journal: AlignJournal) -> Iterator[None]:
    """Ctrl-C (or SIGTERM) while aligning: what is placed is saved first, so "re-run to resume" holds."""
    try:
        yield
    except KeyboardInterrupt:
        journal.save()
        raise
