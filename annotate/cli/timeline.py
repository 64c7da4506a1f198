"""``annotate timeline``: an article (or subtitle file) to a timeline file."""

from __future__ import annotations

import click

from annotate.cli.base import main, say
from annotate.cli.outputs import STDOUT, timeline_named


@main.command("timeline")
@click.argument("article", required=False)
@click.option("--footage", multiple=True,
              help="Video file (or URL) the article describes; probed for length, fps and size. Repeat it for "
                   "several videos (each moment goes to the one the article places it in); NAME=FILE names one "
                   "(default name: the file's stem).")
@click.option("--from-srt", "from_srt", type=click.Path(dir_okay=False),
              help="Import existing subtitles (SRT/VTT/ASS) as moments instead of reading an article.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Timeline file to write (default, or -: stdout).")
@click.option("--title", help="Title of the story (default: the article's headline).")
@click.option("--publisher", help="Who published the article, for the credits and provenance.")
@click.option("--url", help="Where the article was published.")
@click.option("--encoding", help="Text encoding of the --from-srt file (default: its BOM, else UTF-8, else a guess).")
@click.option("--strict", is_flag=True,
              help="Fail (exit 2) if any cue of the --from-srt file cannot be read as written.")
def timeline_command(
    article: str | None, footage: tuple[str, ...], from_srt: str | None, output: str | None,
    title: str | None, publisher: str | None, url: str | None, encoding: str | None, strict: bool,
) -> None:
    """Build a timeline file from an ARTICLE (path, or - for stdin).

    \b
    Examples:
      annotate timeline story.txt --footage footage.mp4 -o timelines/story.yaml
      annotate timeline --from-srt transcript.srt -o timelines/transcript.yaml
      annotate timeline story.txt --footage rooftop=A.mp4 --footage B.mp4 -o story.yaml

    An existing OUTPUT is updated in place: your comments and field order
    are kept, and its title and footage when the article or --footage
    gives none. A moment the
    article still holds (found by its sentence and time, not by its id:
    a corrected time or an edited sentence is the same moment) keeps its
    id and the caption, notes, tags, highlight and colour you gave it
    (with --from-srt a cue is found by its text and time, and its text
    wins over the caption). A warning names each moment
    found changed, each hand-set field replaced, and each moment of
    OUTPUT that the article no longer holds (it is removed). An article
    holding no moment at all is refused rather than emptying OUTPUT.
    """
    from annotate.fetch import is_url
    from annotate.timeline import dumps, refuse_unrecordable_files, update, videos_of
    from annotate.timeline.make import footage_arg, make_timeline

    if output == STDOUT:
        output = None  # printed, as without -o
    if output:
        timeline_named(output)

    if output and footage:  # (a path no timeline file holds: refused before the footage is probed and hashed)
        local = [where for _, where in map(footage_arg, footage) if not is_url(where)]
        refuse_unrecordable_files(local, output)
    timeline = make_timeline(
        article, footage=footage, from_subtitles=from_srt, title=title, publisher=publisher, url=url,
        encoding=encoding, strict=strict, kept=videos_of(output) if output else (),
    )
    if output:
        update(timeline, output, source=from_srt or (article if article not in (None, "-") else "stdin"),
               cues=from_srt is not None)
        say(f"wrote {output}: {len(timeline.moments)} moment(s)")
    else:
        click.echo(dumps(timeline), nl=False)
