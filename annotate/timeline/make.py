"""``annotate timeline``: gather the inputs (article text, footage by path or
URL, existing subtitles) and build a timeline. I/O lives here so that
``build`` stays pure."""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence
from dataclasses import replace

from annotate.errors import InputError, MediaWarning
from annotate.model import Footage, Timeline, default_video_id, video_id_problem


def probe_footage(footage: str) -> Footage:
    """Probe a local file, or download a URL once into the cache first, and
    describe it for the timeline (with the URL and retrieval time if fetched). A file is hashed once
    per version in a process, as align, render and clips hash it (``versioned_sha256``)."""
    from annotate import probe
    from annotate.digest import versioned_sha256
    from annotate.fetch import fetch, given_path, is_url

    if is_url(footage):
        download = fetch(footage, check=probe.probe)
        info = probe.probe(download.path)
        return replace(probe.to_footage(info, download.sha256), path=str(download.path), url=footage,
                       retrieved=download.retrieved)
    path = given_path(footage)
    info = probe.probe(path)
    if info.tracks:
        warnings.warn(info.tracks, MediaWarning, stacklevel=2)
    # Absolute: saving the timeline then writes it relative to the timeline's own folder.
    return replace(probe.to_footage(info, versioned_sha256(path)), path=os.path.abspath(path))


def footage_arg(text: str) -> tuple[str, str]:
    """``(id, path or URL)`` of a ``--footage`` value: ``rooftop=A.mp4``
    names the video; a bare ``A.mp4`` leaves the id to the timeline (its
    stem). A value whose part before ``=`` is no id (a URL's ``?v=``), or
    that is itself an existing file, is a path."""
    name, sep, rest = text.partition("=")
    if not sep or os.path.exists(text):
        return "", text
    problem = video_id_problem(name)
    if problem is None and not rest:
        raise InputError(f"--footage {text!r} names video {name!r} but no file after '='")
    if problem is not None and os.path.exists(rest):
        # NAME=FILE was meant (the file is there), but the name cannot name files.
        raise InputError(f"--footage {text[:80]!r}: {problem}")
    if problem is not None:
        return "", text
    return name, rest


def probe_videos(values: Sequence[str]) -> tuple[Footage, ...]:
    """Each ``--footage`` value probed, with the id it names."""
    out = []
    for value in values:
        name, where = footage_arg(value)
        out.append(replace(probe_footage(where), id=name))
    return tuple(out)


def with_kept(given: tuple[Footage, ...], kept: Sequence[Footage], values: Sequence[str]) -> tuple[Footage, ...]:
    """The videos of an article's timeline rebuilt over a file of several (``kept``) with ``given`` (probed from
    the ``--footage`` ``values``): each given one in place of the kept video of its id, the others kept (a
    user re-probing one video of two meant no other to go, nor its moments onto the one given). One whose id
    names none of them is added, said when no ``ID=`` named it (it may have been meant in place of one)."""
    if not given or len(kept) <= 1:
        return given or tuple(kept)
    ids = [v.id for v in kept]
    by_id = {}
    for video, value in zip(given, values):
        named = video.id or _kept_id(video, kept)
        if named is None:
            named = default_video_id(video.path, video.url, taken=ids)
            warnings.warn(f"--footage {value}: its id {named!r} names none of the timeline's videos "
                          f"({', '.join(ids)}): added as a video of its own; give ID=FILE to replace one",
                          MediaWarning, stacklevel=3)
        by_id[named] = replace(video, id=named)
    return tuple(by_id.pop(v.id, v) for v in kept) + tuple(by_id.values())


def _kept_id(video: Footage, kept: Sequence[Footage]) -> str | None:
    """The id of the kept video an unnamed ``--footage`` is: the one of the same file (or URL), else the one
    of the id its file name gives (case aside: ids name files)."""
    for known in kept:
        if (video.url and known.url == video.url) or (video.path and known.path and
                                                      os.path.abspath(known.path) == os.path.abspath(video.path)):
            return known.id
    stem = default_video_id(video.path, video.url).casefold()
    return next((known.id for known in kept if known.id.casefold() == stem), None)


def make_timeline(
    article: str | None,
    *,
    footage: str | Sequence[str] | None = None,
    from_subtitles: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    encoding: str | None = None,
    strict: bool = False,
    kept: Sequence[Footage] = (),
) -> Timeline:
    """A timeline from an article (path or ``-``) or from a subtitle file
    (read as :func:`annotate.subtitles.read_timeline` does, with ``encoding``
    and ``strict``, its problems are SubtitleWarnings). ``footage`` is one video or several (each a
    path, URL or ``NAME=PATH``); with several, each moment goes to the video the article places it
    in; with none, the videos ``kept`` (those of the timeline file rebuilt, read as if given again), and
    with some, the kept videos they do not name by id (:func:`with_kept`).
    What decoding the article had to guess is an ArticleWarning."""
    from annotate.subtitles import read_timeline
    from annotate.textio import ArticleWarning, read_article
    from annotate.timeline.build import from_article

    if (article is None) == (from_subtitles is None):
        raise InputError("give either an ARTICLE or --from-srt FILE")
    if from_subtitles is None and (encoding or strict):
        raise InputError("--encoding and --strict apply to --from-srt FILE only")
    videos = probe_videos([footage] if isinstance(footage, str) else footage or ())
    if from_subtitles is not None:
        if len(videos) > 1:
            raise InputError(f"--from-srt takes one --footage, not {len(videos)}: subtitles name no video")
        if not videos and len(kept) > 1:
            raise InputError(f"the timeline rebuilt names {len(kept)} videos and subtitles name none: pass "
                             "--footage with the one the subtitles are on")
        timeline = read_timeline(from_subtitles, encoding=encoding, strict=strict)
        return replace(timeline, videos=videos or tuple(kept), title=title if title is not None else timeline.title)
    assert article is not None
    videos = with_kept(videos, kept, [footage] if isinstance(footage, str) else footage or ())
    doc = read_article(article)
    for message in doc.warnings:
        warnings.warn(message, ArticleWarning, stacklevel=2)
    # (a name that is not UTF-8 is kept: the timeline's file records it relative to its folder, or refuses it,
    # timeline.document.text_paths)
    source = os.path.abspath(article) if article != "-" else article
    return from_article(doc.text, article=source, videos=videos or tuple(kept),
                        title=title if title is not None else doc.title, publisher=publisher,
                        url=url)
