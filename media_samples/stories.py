"""The sample story about two videos (``angles_article.txt``): the
compilation and the phone at the line (``angles.ANGLES[0]``), with where each
of its moments truly is, taken from the compilation's own event truth."""

from __future__ import annotations

from importlib import resources
from typing import Any

ANGLES_STORY = "angles_article.txt"
# The ids the story's videos get in `annotate timeline --footage cctv=... --footage phone=...`.
VIDEO_IDS = ("compilation", "phone")
ANGLE = "angle_line"


def angles_article_text() -> str:
    return resources.files(__package__).joinpath(ANGLES_STORY).read_text(encoding="utf-8")


def angles_story_truth(truth: dict[str, Any]) -> list[dict[str, Any]]:
    """Each moment of the story, in order: its video id, the time stated and
    the true time on that video: the guard stopping short (on the compilation,
    inside the phone's span), and the first shot's sound on the phone (whose microphone hears it only
    about 9 dB over its own hiss: no onset to snap to, so it keeps its time)."""
    angle = truth["angles"][ANGLE]
    stops = next(e["time"] for e in truth["events"] if e["kind"] == "soldier_stops")
    shot = next(e["time"] for e in truth["events"] if e["kind"] == "gunshot")
    return [
        {"video": VIDEO_IDS[0], "stated_start": 155.0, "true_start": stops},
        {"video": VIDEO_IDS[1], "stated_start": 1.0, "true_start": round(shot - angle["start"], 3)},
    ]
