"""Deterministic sample footage with known ground truth: a synthetic
"surveillance compilation", a broadcaster's re-release of it, an article that
points into it, and a JSON file saying where every cut and event really is.

    >>> from media_samples import generate
    >>> s = generate()            # cached after the first call
    >>> s.video, s.truth["cuts"][0]["time"]
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from annotate import owned
from annotate.atomic import folder_lock, remove_partials, work_dir
from annotate.cache import CACHE_ENV as CACHE_ENV  # re-exported: tests set it
from annotate.cache import cache_dir
from annotate.errors import OutputError
from media_samples import angles

# Bump whenever the pictures, sound or ground truth change: caches are keyed on it.
GENERATOR_VERSION = "7"

STAMP_NAME = ".complete"
FILES = {"video": "compilation.mp4", "broadcast": "broadcast.mp4", "article": "article.txt",
         "ground_truth": "ground_truth.json", "subtitled": "subtitled.mp4", "sidecar": "subtitled.srt",
         **angles.FILES}

# The modules whose code decides pixels, sound or truth: a cache made by other
# code is stale even if someone forgot to bump GENERATOR_VERSION.
SOURCE_MODULES = ("script.py", "truth.py", "render.py", "scenes.py", "audio.py", "speech.py", "angles.py",
                  "article.txt")

# progress(fraction done, 0..1)
Progress = Callable[[float], None]
# The share of a generation's time each step takes (measured here): the compilation and its broadcast copy,
# then the phones' angles; the ground truth and the subtitled copy take the rest.
COMPILATION_SHARE = 0.63
ANGLES_SHARE = 0.35


@dataclass(frozen=True)
class SampleSet:
    """Paths of one generated sample set and its parsed ground truth."""

    directory: Path
    video: Path
    broadcast: Path
    article: Path
    ground_truth: Path
    subtitled: Path  # the compilation with a mov_text subtitle stream of the spoken lines
    sidecar: Path  # the same cues as a SubRip file next to it
    truth: dict[str, Any] = field(compare=False, repr=False)
    generated: bool = field(default=False, compare=False)  # False when served from the cache
    # Second angles of two scenes (media_samples.angles), by name; truth["angles"] has their offsets.
    angles: dict[str, Path] = field(default_factory=dict, compare=False)

    @property
    def fps(self) -> float:
        return float(self.truth["video"]["fps"])

    @property
    def cut_frames(self) -> list[int]:
        return [c["frame"] for c in self.truth["cuts"]]

    @property
    def offset(self) -> float:
        """Seconds to add to a compilation time to find it in the broadcast copy."""
        return float(self.truth["broadcast"]["offset"])

    def events(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.truth["events"] if e["kind"] == kind]


def default_dir() -> Path:
    """$ANNOTATE_CACHE/samples/<version>, else under $XDG_CACHE_HOME/annotate or ~/.cache/annotate."""
    return cache_dir("samples", GENERATOR_VERSION)


def article_text() -> str:
    """The sample article shipped with the package."""
    return resources.files(__name__).joinpath("article.txt").read_text(encoding="utf-8")


def generate(out_dir: Path | str | None = None, *, force: bool = False,
             progress: Progress | None = None) -> SampleSet:
    """Write the sample set into ``out_dir`` (default: the cache) and return it.

    Returns at once when a complete set of this GENERATOR_VERSION is already
    there (unless ``force``). Files appear only when finished (temporary names,
    renamed at the end); a lock keeps concurrent test runs from doing the work
    twice. A file under one of its names that it did not write there (the
    user's own ``article.txt``) is refused before any work, unless ``force``.
    """
    directory = (Path(out_dir).expanduser() if out_dir is not None else default_dir()).absolute()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder: {exc.strerror or exc}", subject=directory) from exc
    if not force and _complete(directory):
        return _load(directory)
    if not os.access(directory, os.W_OK):
        raise OutputError("folder is not writable", subject=directory)
    with folder_lock(directory):
        if not force and _complete(directory):  # another process finished it meanwhile
            return _load(directory)
        owned.refuse_foreign(directory, FILES.values(), force=force or _made_before_records(directory),
                             hint="name another folder for the samples, move {them} away, or pass --force")
        _build(directory, progress)
    return _load(directory, generated=True)


def source_digest() -> str:
    """SHA-256 (first 16 hex digits) of the generator's own source files."""
    import hashlib

    digest = hashlib.sha256()
    for name in SOURCE_MODULES:
        digest.update(name.encode() + b"\0" + resources.files(__name__).joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def _stamp() -> dict[str, str]:
    return {"generator_version": GENERATOR_VERSION, "source_digest": source_digest()}


def _complete(directory: Path) -> bool:
    try:
        if json.loads((directory / STAMP_NAME).read_text(encoding="utf-8")) != _stamp():
            return False
    except (OSError, ValueError):
        return False
    return all((directory / name).is_file() for name in FILES.values())


def _made_before_records(directory: Path) -> bool:
    """Whether ``directory`` holds a set made before sets recorded their files (annotate.owned): its stamp,
    of any version, and no record. Its files are ours to regenerate (the cache's own, after an upgrade)."""
    try:
        stamp = json.loads((directory / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(stamp, dict) and "generator_version" in stamp and not (directory / owned.RECORD).exists()


def _load(directory: Path, generated: bool = False) -> SampleSet:
    paths = {key: directory / name for key, name in FILES.items()}
    truth = json.loads(paths["ground_truth"].read_text(encoding="utf-8"))
    angle_paths = {key: paths.pop(key) for key in angles.FILES}
    return SampleSet(directory=directory, truth=truth, generated=generated, angles=angle_paths, **paths)


def _build(directory: Path, progress: Progress | None) -> None:
    from media_samples import render, truth

    (directory / STAMP_NAME).unlink(missing_ok=True)
    remove_partials(directory)  # a killed generation's working folder (we hold the lock)
    work = work_dir(directory)
    try:
        staged = {key: work / name for key, name in FILES.items()}
        render.render(staged["video"], staged["broadcast"], work, _part(progress, 0.0, COMPILATION_SHARE))
        angles.render(work, work, _part(progress, COMPILATION_SHARE, ANGLES_SHARE))  # into angles.FILES' names
        staged["article"].write_text(article_text(), encoding="utf-8")
        gt = truth.ground_truth(GENERATOR_VERSION)
        staged["ground_truth"].write_text(json.dumps(gt, indent=2) + "\n", encoding="utf-8")
        render.subtitled(staged["video"], gt["subtitles"]["cues"], staged["sidecar"], staged["subtitled"])
        for key, name in FILES.items():  # each noted as ours before it has its name: a killed run's too
            owned.note(directory, name, staged[key])
        for key, name in FILES.items():
            os.replace(staged[key], directory / name)
        stamp = work / STAMP_NAME
        stamp.write_text(json.dumps(_stamp()) + "\n", encoding="utf-8")
        os.replace(stamp, directory / STAMP_NAME)  # last: marks the set complete
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if progress:
        progress(1.0)


def _part(progress: Progress | None, start: float, share: float) -> Progress | None:
    """``progress`` for one step of the generation: its ``share`` of the bar, from ``start``."""
    if progress is None:
        return None
    report = progress
    return lambda fraction: report(start + share * fraction)
