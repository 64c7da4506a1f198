"""The ground truth of the sample compilation, derived from the screenplay
(never typed in twice), and the article moments that point into it."""

from __future__ import annotations

import calendar
import time
from typing import Any

import numpy as np

from annotate.clock.parse import iso
from media_samples import angles, speech
from media_samples import script as sc
from media_samples.scenes import PLATE_MARGIN_PX, SPRITE_SIZES_PX, VEHICLE_WIDTH_PX

# Moments the sample article states, and which footage event each really is.
# ``true`` names a cut (by its compilation second) or an event (kind, index).
ARTICLE_MOMENTS: tuple[dict[str, Any], ...] = (
    {"quote": "At the 0:41 mark", "stated_start": 41.0, "approximate": False,
     "truth": ("event", "vehicle_stops", 0)},
    {"quote": "Halfway through the four-and-a-half-minute compilation", "stated_start": 135.0,
     "approximate": True, "truth": ("event", "vehicle_stops", 1)},
    {"quote": "at roughly two minutes and twenty-seven seconds", "stated_start": 147.0, "approximate": True,
     "truth": ("cut", 148.0)},
    {"quote": "About ten seconds later", "stated_start": 157.0, "approximate": True,
     "truth": ("event", "gunshot", 8)},
    {"quote": "Between 3:05 and 3:20", "stated_start": 185.0, "stated_end": 200.0, "approximate": False,
     "truth": ("cut", 186.0)},
    {"quote": "https://video.example.org/bc/checkpoint-7?t=231", "stated_start": 231.0, "approximate": False,
     "truth": ("cut", 232.0)},
)

# Clock times the sample article states (item "clock_moments" of the truth):
# the clock reading, its precision in seconds, and whether the footage's
# clocks show it. The true footage time is the first frame showing it.
ARTICLE_CLOCK_MOMENTS: tuple[dict[str, Any], ...] = (
    {"quote": "3:14 p.m. local time", "clock": "15:14 local time", "precision": 60.0},
    {"quote": "15:14:40", "clock": "15:14:40", "precision": 1.0},
    {"quote": "3:16:05 p.m.", "clock": "15:16:05", "precision": 1.0},
    {"quote": "4:02:10 p.m.", "clock": "16:02:10", "precision": 1.0},
)

# Numbers in the article that are NOT moments in the footage: an extractor
# that turns any of these into a timestamp is wrong.
ARTICLE_DISTRACTORS: tuple[tuple[str, str], ...] = (
    ("Nov. 13, 2017", "date"),
    ("2.5-mile", "distance"),
    ("24-year-old", "age"),
    ("about 50 metres", "distance"),
    ("3:14 p.m. local time", "clock time of day, not a position in the video"),
    ("about 40 rounds", "count"),
    ("four times", "count"),
    ("six years", "duration of service"),
    ("since 2007", "year"),
    ("130-mile", "distance"),
    ("1953 agreement", "year"),
    ("40 minutes of the incident", "duration of the incident, not of the video"),
)


# Quotes in the sample article and which spoken line each is (index into
# script.SPOKEN_LINES, None: not said in the footage), with any time the
# article states beside it. "words" is how many of the line's words the quote
# covers when it quotes only the start of a line.
ARTICLE_SPEECH: tuple[dict[str, Any], ...] = (
    {"quote": "Hands where I can see them!", "stated_start": None, "line": 0},
    {"quote": "Stop the truck right there.", "stated_start": 66.0, "line": 2},
    {"quote": "They went out the back door", "stated_start": None, "line": 1},
    {"quote": "Nobody crosses that line", "stated_start": None, "line": 4, "words": 4},
    {"quote": "The helicopter is two minutes out.", "stated_start": 250.0, "line": 6},
    {"quote": "Hold your fire!", "stated_start": None, "line": None},
)
# Quotes in the article that are not speech in the footage at all.
ARTICLE_NOT_SPEECH: tuple[str, ...] = ("a grave violation of the armistice",)

# The subtitle track of the subtitled copy (stream and sidecar): one cue per
# spoken line, except line SPLIT_LINE, split over two cues after SPLIT_AFTER
# words, and line REWORDED_LINE, whose cue says REWORDED_TEXT (a small
# difference from what is spoken, as subtitles often have).
SPLIT_LINE, SPLIT_AFTER = 1, 3
REWORDED_LINE, REWORDED_TEXT = 2, "Stop that truck right there."
CUE_TAIL_SECONDS = 0.4


def spoken_lines() -> dict[str, Any]:
    """Every spoken line with the time of every word (compilation seconds),
    or why there is none."""
    try:
        engine = speech.engine_name()
    except speech.Unavailable as exc:
        return {"available": False, "reason": str(exc), "snr_db": sc.SPEECH_SNR_DB, "lines": []}
    lines = []
    for t, text in sc.SPOKEN_LINES:
        words = [{"word": w, "start": round(t + a, 3), "end": round(t + b, 3)}
                 for w, a, b in speech.synthesise(text).words]
        lines.append({"text": text, "start": words[0]["start"], "end": words[-1]["end"], "words": words})
    return {"available": True, "engine": engine, "snr_db": sc.SPEECH_SNR_DB,
            "note": "start/end: the word's audible sound (see media_samples/speech.py)", "lines": lines}


def article_speech(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for q in ARTICLE_SPEECH:
        entry = {"quote": q["quote"], "stated_start": q["stated_start"], "line": q["line"], "true_start": None}
        if q["line"] is not None and lines:
            line = lines[q["line"]]
            entry["true_start"] = line["start"]
            entry["true_end"] = line["words"][q.get("words", len(line["words"])) - 1]["end"]
        out.append(entry)
    return out


def subtitle_cues(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The subtitled copy's cues: start at the first word, end a little after the last."""
    cues = []
    for i, line in enumerate(lines):
        words = line["words"]
        parts = [words[:SPLIT_AFTER], words[SPLIT_AFTER:]] if i == SPLIT_LINE else [words]
        for k, part in enumerate(parts):
            text = REWORDED_TEXT if i == REWORDED_LINE else line["text"]
            if len(parts) > 1:
                split = text.split()
                text = " ".join(split[:SPLIT_AFTER] if k == 0 else split[SPLIT_AFTER:])
            note = "split over two cues" if len(parts) > 1 else "reworded" if i == REWORDED_LINE else "as spoken"
            end = part[-1]["end"] + CUE_TAIL_SECONDS if k == len(parts) - 1 else parts[k + 1][0]["start"]
            cues.append({"start": part[0]["start"], "end": round(end, 3),
                         "text": text, "line": i, "note": note})
    return cues


def _t(frame: int) -> float:
    return round(frame / sc.FPS, 4)


def cuts() -> list[dict[str, Any]]:
    out = []
    for a, b in zip(sc.SHOTS, sc.SHOTS[1:]):
        if b.first != a.last:
            continue  # a dissolve
        if b.first == sc.FADE[1] + sc.FADE[2] // 2:
            continue  # the black middle of the fade is not a cut
        note = f"{a.camera} {a.scene} -> {b.camera} {b.scene}"
        if b.note.startswith("same camera"):
            note += "; " + b.note
        if b.frames < 0.6 * sc.FPS:
            note += f"; a {b.frames}-frame insert follows"
        if a.frames < 0.6 * sc.FPS:
            note += f"; ends a {a.frames}-frame insert"
        out.append({"time": _t(b.first), "frame": b.first, "kind": "cut", "note": note})
    return out


def transitions() -> list[dict[str, Any]]:
    out = []
    for kind, first, n in (sc.DISSOLVE, sc.FADE):
        entry = {"kind": kind, "start": _t(first), "end": _t(first + n), "start_frame": first,
                 "end_frame": first + n, "middle": _t(first + n // 2), "middle_frame": first + n // 2}
        entry["note"] = ("frames [start_frame, end_frame) mix both shots; end_frame is the first pure frame"
                         if kind == "dissolve" else
                         "to black and back; middle_frame (and the one before) is black")
        out.append(entry)
    return out


def flashes() -> list[dict[str, Any]]:
    return [{"time": _t(f), "frame": f, "frames": n, "note": note} for f, n, _g, _o, note in sc.FLASHES]


def _box(index: int, track: sc.Track, i: int) -> list[float]:
    """Where the sprite is on screen in frame ``i`` of shot ``index``: x, y,
    w, h as fractions of the frame (the ``highlight`` of a Moment)."""
    shot = sc.SHOTS[index]
    shake = sc.shake(index, shot.frames, shot.shake_px)[i]
    x = int(track.xy[i][0] - (PLATE_MARGIN_PX + shot.pan[0] + shake[0]))
    y = int(track.xy[i][1] - (PLATE_MARGIN_PX + shot.pan[1] + shake[1]))
    w, h = SPRITE_SIZES_PX[track.sprite]
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(sc.WIDTH, x + w), min(sc.HEIGHT, y + h)
    return [round(x0 / sc.WIDTH, 4), round(y0 / sc.HEIGHT, 4), round((x1 - x0) / sc.WIDTH, 4),
            round((y1 - y0) / sc.HEIGHT, 4)]


def events() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for index, shot in enumerate(sc.SHOTS):
        for track in shot.tracks:
            moving = track.moving()
            if track.sprite == "vehicle":
                # In sight once its right end passes the left edge of the cropped view.
                left_edge = PLATE_MARGIN_PX + shot.pan[0]
                visible = np.nonzero(track.xy[:, 0] + VEHICLE_WIDTH_PX > left_edge)[0]
                enter = int(visible[0]) if len(visible) else 0
                last_move = int(np.nonzero(moving)[0][-1])
                out.append({"kind": "vehicle_enters", "frame": shot.first + enter,
                            "description": f"{shot.camera}: the truck appears at the left edge"})
                out.append({"kind": "vehicle_stops", "frame": shot.first + last_move,
                            "box": _box(index, track, last_move),
                            "description": f"{shot.camera}: first frame showing the truck where it stays"})
            elif track is shot.tracks[0] and shot.camera == "CAM 08":
                onset = int(np.nonzero(moving)[0][0])
                out.append({"kind": "figure_runs", "frame": shot.first + onset, "box": _box(index, track, onset),
                            "description": f"{shot.camera}: first frame the figure has moved (runs right)"})
                stop = int(np.nonzero(moving)[0][-1])
                out.append({"kind": "figure_stops", "frame": shot.first + stop, "box": _box(index, track, stop),
                            "description": f"{shot.camera}: the figure falls; first frame where it stays"})
            elif track.sprite == "soldier" and shot.camera == "CAM 08" and moving.any():
                idx = np.nonzero(moving)[0]
                gaps = np.nonzero(np.diff(idx) > 1)[0]
                first_stop = int(idx[gaps[0]]) if len(gaps) else int(idx[-1])
                out.append({"kind": "soldier_stops", "frame": shot.first + first_stop,
                            "box": _box(index, track, first_stop),
                            "description": f"{shot.camera}: the chasing soldier stops short and turns back"})
    for t in sc.GUNSHOTS:
        out.append({"kind": "gunshot", "frame": round(t * sc.FPS), "time_exact": t,
                    "description": "audio onset of a shot fired (with a muzzle flash frame)"})
    for e in out:
        e["time"] = e.pop("time_exact", None) or _t(e["frame"])
    out.sort(key=lambda e: (e["frame"], e["kind"]))
    keys = ("kind", "time", "frame", "box", "description")
    return [{k: e[k] for k in keys if k in e} for e in out]


def article_moments(evts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for m in ARTICLE_MOMENTS:
        truth = m["truth"]
        if truth[0] == "cut":
            true_start, kind = truth[1], "cut"
        else:
            found = [e for e in evts if e["kind"] == truth[1]]
            true_start = found[truth[2]]["time"]
            kind = "audio" if truth[1] == "gunshot" else "motion"
        entry = {"quote": m["quote"], "stated_start": m["stated_start"], "approximate": m["approximate"],
                 "true_start": true_start, "truth_kind": kind}
        if "stated_end" in m:
            entry["stated_end"] = m["stated_end"]
        out.append(entry)
    return out


def article_clock_moments() -> list[dict[str, Any]]:
    """Each clock time of the article with the first frame (and time) whose
    burnt-in clock shows it, from the screenplay's own clock texts; None
    where no camera shows it."""
    out = []
    for m in ARTICLE_CLOCK_MOMENTS:
        h, mi, *rest = (int(x) for x in m["clock"].split()[0].split(":"))
        wanted = h * 3600 + mi * 60 + (rest[0] if rest else 0)
        frame = min((shot.first + i for shot in sc.SHOTS if shot.clock_style is not None
                     for i in range(shot.frames)
                     if wanted <= int(shot.clock_seconds(i)) < wanted + m["precision"]), default=None)
        out.append({**m, "true_frame": frame, "true_start": None if frame is None else _t(frame)})
    return out


def _clock_iso(seconds_after_midnight: float) -> str:
    midnight = calendar.timegm(time.strptime(sc.CLOCK_DATE, "%Y-%m-%d"))
    return iso(midnight + seconds_after_midnight % 86400)


def clock_segments() -> list[dict[str, Any]]:
    """Each continuous run of a burnt-in clock: consecutive shots of one
    camera whose clock runs on form one run. ``clock`` is the reading at
    ``start``; ``tick_frames`` are the frames that first show a new second
    (read from the same text the pictures are painted from)."""
    out: list[dict[str, Any]] = []
    for shot in sc.SHOTS:
        if shot.clock_style is None:
            continue
        texts = [shot.clock_text(i) for i in range(shot.frames)]
        ticks = [shot.first + i for i in range(1, shot.frames) if texts[i] != texts[i - 1]]
        prev = out[-1] if out else None
        if (prev is not None and prev["camera"] == shot.camera and prev["style"] == shot.clock_style
                and prev["end_frame"] == shot.first
                and abs(prev["_next_clock"] - shot.clock_start) < 1e-6):
            first_text = texts[0]
            if first_text != prev["_last_text"]:
                ticks.insert(0, shot.first)
            prev.update(end=_t(shot.last), end_frame=shot.last, tick_frames=prev["tick_frames"] + ticks,
                        _next_clock=shot.clock_seconds(shot.frames), _last_text=texts[-1])
            continue
        out.append({"camera": shot.camera, "style": shot.clock_style, "start": _t(shot.first),
                    "end": _t(shot.last), "start_frame": shot.first, "end_frame": shot.last,
                    "clock": _clock_iso(shot.clock_start), "rate": 1.0, "tick_frames": ticks,
                    "_next_clock": shot.clock_seconds(shot.frames), "_last_text": texts[-1]})
    for seg in out:
        del seg["_next_clock"], seg["_last_text"]
    return out


def keyframe_traps() -> list[dict[str, Any]]:
    """Keyframes inside heavily grained shots: the encoder refreshes all the
    grain at once there, which content detectors mistake for a cut."""
    out = []
    gop = sc.KEYFRAME_INTERVAL_FRAMES
    for shot in sc.SHOTS:
        if not shot.extra_grain:
            continue
        for frame in range(0, sc.FRAMES, gop):
            if shot.first < frame < shot.last and sc.mixing(frame)[1] < 0:
                out.append({"time": _t(frame), "frame": frame, "kind": "keyframe_refresh",
                            "note": f"{shot.camera} {shot.scene}: grain refresh at a keyframe, not a cut"})
    return out


def ground_truth(version: str) -> dict[str, Any]:
    sc.check()
    evts = events()
    spoken = spoken_lines()
    return {
        "generator_version": version,
        "video": {"file": "compilation.mp4", "fps": sc.FPS, "width": sc.WIDTH, "height": sc.HEIGHT,
                  "duration": sc.DURATION_SECONDS, "frames": sc.FRAMES, "audio_rate": sc.AUDIO_RATE_HZ,
                  "keyframe_interval_frames": sc.KEYFRAME_INTERVAL_FRAMES},
        "shots": [{"camera": s.camera, "scene": s.scene, "start": _t(s.first), "end": _t(s.last),
                   "start_frame": s.first, "end_frame": s.last, "shake": s.shake_px > 0, "note": s.note}
                  for s in sc.SHOTS],
        "cuts": cuts(),
        "transitions": transitions(),
        "flashes": flashes(),
        "false_cut_traps": keyframe_traps(),
        "events": evts,
        # end_frame is exclusive; a dissolve or fade blends a clock in or out
        # over its frames (see "transitions").
        "clock_segments": clock_segments(),
        "broadcast": {"file": "broadcast.mp4", "offset": sc.BROADCAST_OFFSET_SECONDS,
                      "offset_frames": sc.SLATE_FRAMES, "width": sc.BROADCAST_WIDTH,
                      "height": sc.BROADCAST_HEIGHT, "fps": sc.FPS,
                      "duration": (sc.FRAMES + sc.SLATE_FRAMES) / sc.FPS},
        "angles": angles.truth(),  # second angles of two scenes, with their offsets
        "speech": spoken,
        "subtitles": {"file": "subtitled.mp4", "sidecar": "subtitled.srt", "stream": "mov_text",
                      "cues": subtitle_cues(spoken["lines"])},
        "article": {"file": "article.txt", "moments": article_moments(evts),
                    "speech": article_speech(spoken["lines"]), "not_speech": list(ARTICLE_NOT_SPEECH),
                    "clock_moments": article_clock_moments(),
                    "not_moments": [{"text": t, "why": why} for t, why in ARTICLE_DISTRACTORS]},
    }
