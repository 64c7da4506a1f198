"""probe / keyframes / sha256 / to_footage on real generated media and on
files broken the ways downloads and recordings break."""

from __future__ import annotations

import hashlib
from fractions import Fraction
from pathlib import Path

import pytest

from annotate import ffmpeg
from annotate.clips.media import scan
from annotate.digest import sha256
from annotate.errors import MediaError
from annotate.model import Footage
from annotate.probe import MediaInfo, TruncatedMediaError, has_picture, probe, to_footage


def _encode(out: Path, *args: str) -> Path:
    ffmpeg.run(args + (str(out),))
    return out


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """4 s, 320x240, 25 fps, H.264 with a keyframe every 25 frames, plus AAC;
    index at the end of the file (no +faststart), as ffmpeg writes by default."""
    out = tmp_path_factory.mktemp("probe") / "clip.mp4"
    return _encode(out, "-f", "lavfi", "-i", "testsrc2=s=320x240:r=25:d=4", "-f", "lavfi", "-i",
                   "sine=f=440:d=4:sample_rate=44100", "-c:v", "libx264", "-preset", "ultrafast", "-g", "25",
                   "-c:a", "aac", "-shortest")


def test_probe_sample_compilation(samples) -> None:
    info = probe(samples.video)
    v = samples.truth["video"]
    assert isinstance(info, MediaInfo)
    assert (info.width, info.height) == (v["width"], v["height"])
    assert info.fps == pytest.approx(v["fps"])
    assert info.frame_count == v["frames"]
    assert info.duration == pytest.approx(v["duration"], abs=1 / v["fps"])
    assert info.has_video and info.has_audio
    assert (info.video_codec, info.audio_codec, info.audio_rate) == ("h264", "aac", v["audio_rate"])
    assert info.rotation == 0
    assert info.size_bytes == samples.video.stat().st_size


def test_probe_broadcast_copy(samples) -> None:
    info = probe(samples.broadcast)
    b = samples.truth["broadcast"]
    assert (info.width, info.height) == (b["width"], b["height"])
    assert info.duration == pytest.approx(samples.truth["video"]["duration"] + b["offset"], abs=0.05)


def test_probe_small_clip(clip: Path) -> None:
    info = probe(clip)
    assert (info.width, info.height, info.frame_count) == (320, 240, 100)
    assert info.duration == pytest.approx(4.0, abs=0.04)
    assert info.audio_rate == 44100


def test_keyframes_every_gop(clip: Path) -> None:
    """Keyframes are listed in one place, the clips' frame table (``clips.media.scan``): the probe has no lister
    of its own (it had, beside it)."""
    import annotate.probe

    assert scan(clip).keyframes == pytest.approx((0.0, 1.0, 2.0, 3.0))
    assert not hasattr(annotate.probe, "keyframes")


def test_keyframes_of_sample_fall_on_the_default_gop(samples) -> None:
    times = scan(samples.video).keyframes
    gop = samples.truth["video"]["keyframe_interval_frames"] / samples.fps
    assert times[0] == 0.0
    assert len(times) >= int(samples.truth["video"]["duration"] // gop)
    # Every keyframe sits on a frame boundary.
    assert all(abs(t * samples.fps - round(t * samples.fps)) < 1e-6 for t in times)


def test_rotation_from_display_matrix(clip: Path, tmp_path: Path) -> None:
    rotated = _encode(tmp_path / "rot.mp4", "-display_rotation", "90", "-i", str(clip), "-c", "copy")
    info = probe(rotated)
    assert info.rotation == 90
    assert info.display_size == (240, 320)


def test_sha256_streams_the_file(clip: Path) -> None:
    assert sha256(clip) == hashlib.sha256(clip.read_bytes()).hexdigest()


def test_to_footage(clip: Path) -> None:
    info = probe(clip)
    footage = to_footage(info, sha256(clip), url="https://example.org/v.mp4")
    assert isinstance(footage, Footage)
    assert (footage.path, footage.duration, footage.fps, footage.width, footage.height, footage.has_audio) == (
        str(clip), info.duration, 25.0, 320, 240, True)
    assert footage.sha256 == sha256(clip) and footage.url == "https://example.org/v.mp4"


def test_probe_footage_hashes_a_file_once_per_version_with_every_other_caller(
        clip: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``probe_footage`` (``--footage``, a batch story's videos) hashed the file with a plain sha256 each
    time, beside the cached ``versioned_sha256`` that align, render and clips use: the same footage was
    read whole again in one run. Now it takes the cached one: one read per version of the file."""
    import os
    import shutil

    from annotate import digest
    from annotate.timeline.make import probe_footage

    video = shutil.copy(clip, tmp_path / "v.mp4")
    hashed: list[str] = []
    real = digest.file_digest
    monkeypatch.setattr(digest, "file_digest", lambda path: hashed.append(str(path)) or real(path))
    first = probe_footage(str(video))
    assert first.sha256 == hashlib.sha256(clip.read_bytes()).hexdigest()
    assert probe_footage(str(video)) == first and digest.versioned_sha256(video) == first.sha256
    assert len(hashed) == 1
    with open(video, "ab") as handle:  # a new version of the file is read again
        handle.write(b"\0")
    os.utime(video)
    assert probe_footage(str(video)).sha256 == hashlib.sha256(Path(video).read_bytes()).hexdigest()
    assert len(hashed) == 2


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="no such file") as err:
        probe(tmp_path / "nope.mp4")
    assert "nope.mp4" in str(err.value)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="directory"):
        probe(tmp_path)


def test_zero_bytes(tmp_path: Path) -> None:
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    with pytest.raises(MediaError, match="empty"):
        probe(empty)


@pytest.mark.parametrize("content", [b"just some words, not a video\n" * 20, bytes(range(256)) * 40])
def test_not_media(tmp_path: Path, content: bytes) -> None:
    bogus = tmp_path / "bogus.mp4"
    bogus.write_bytes(content)
    with pytest.raises(MediaError, match="not a media file"):
        probe(bogus)


def test_text_that_ffmpeg_would_open_as_ansi_art() -> None:
    import media_samples

    path = Path(media_samples.__file__).with_name("article.txt")
    with pytest.raises(MediaError, match="not a media file"):
        probe(path)


def test_random_bytes_are_not_media(tmp_path: Path) -> None:
    import numpy as np

    noise = tmp_path / "noise.bin"
    noise.write_bytes(np.random.default_rng(1).integers(0, 256, 5000, dtype=np.uint8).tobytes())
    with pytest.raises(MediaError, match="not a media file"):
        probe(noise)


def test_audio_only(tmp_path: Path) -> None:
    m4a = _encode(tmp_path / "a.m4a", "-f", "lavfi", "-i", "sine=d=1", "-c:a", "aac")
    with pytest.raises(MediaError, match="no video stream: audio only"):
        probe(m4a)
    with pytest.raises(MediaError, match="no video stream"):
        scan(m4a)
    assert not has_picture(m4a)  # sync goes straight to its sound


def test_audio_with_cover_art_is_not_footage(tmp_path: Path) -> None:
    m4a = _encode(tmp_path / "cover.m4a", "-f", "lavfi", "-i", "sine=d=1", "-f", "lavfi", "-i",
                  "color=c=red:s=64x64:d=0.04", "-map", "0", "-map", "1", "-c:a", "aac", "-c:v", "png",
                  "-frames:v", "1", "-disposition:v:0", "attached_pic")
    with pytest.raises(MediaError, match="audio only .*cover art"):
        probe(m4a)
    assert not has_picture(m4a)


@pytest.mark.parametrize("name, codec", [("photo.jpg", "mjpeg"), ("photo.png", "png"), ("photo.mp4", "png"),
                                         ("photo.bmp", "bmp")])
def test_a_still_image_is_not_footage(clip: Path, tmp_path: Path, name: str, codec: str) -> None:
    """ffmpeg opens a photo as one frame of 0.04 s: a JPEG passed for footage
    (a timeline with every moment past its end, an empty render)."""
    photo = _encode(tmp_path / name, "-ss", "1", "-i", str(clip), "-frames:v", "1", "-c:v", codec,
                    "-f", "image2", "-update", "1")
    with pytest.raises(MediaError, match=f"is a still image \\({codec}\\), not video footage"):
        probe(photo)


def test_an_animated_gif_is_footage(clip: Path, tmp_path: Path) -> None:
    gif = _encode(tmp_path / "anim.gif", "-i", str(clip), "-t", "2", "-an")
    info = probe(gif)
    assert info.video_codec == "gif" and info.duration == pytest.approx(2.0, abs=0.05)


def test_has_picture_of_footage_and_of_what_probe_refuses(clip: Path, tmp_path: Path) -> None:
    assert has_picture(clip)
    (tmp_path / "x.mp4").write_bytes(b"not media")
    assert has_picture(tmp_path / "x.mp4")  # unreadable: the shot path then says what is wrong


def test_truncated_without_index(clip: Path, tmp_path: Path) -> None:
    """Index at the end, file cut in the middle: nothing is readable."""
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(clip.read_bytes()[: clip.stat().st_size // 2])
    with pytest.raises(TruncatedMediaError, match="truncated") as err:
        probe(cut)
    assert err.value.readable == 0.0


def test_truncated_with_index_reports_readable_part(samples, tmp_path: Path) -> None:
    """The sample is +faststart (index first): a cut file still knows how long
    it should be and how much of it is present."""
    data = samples.video.read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 8])
    with pytest.raises(TruncatedMediaError, match=r"readable up to [\d.]+ s of 270\.00 s") as err:
        probe(cut)
    full = samples.truth["video"]["duration"]
    assert 0 < err.value.readable < full * 0.4
    assert err.value.duration == pytest.approx(full)
    # The claim is true: decoding really stops near the reported time.
    assert _decodable_seconds(cut) == pytest.approx(err.value.readable, abs=1.0)


@pytest.mark.parametrize("suffix, codec", [(".mkv", "libx264"), (".webm", "libvpx-vp9")])
def test_truncated_matroska_reports_readable_part(clip: Path, tmp_path: Path, suffix: str, codec: str) -> None:
    """Matroska writes its Cues (index) at the end: a recording or download cut
    off mid-way has none, and PyAV's index then holds only packets read so
    far, all inside the file. The packets say where it really ends."""
    whole = _encode(tmp_path / f"whole{suffix}", "-i", str(clip), "-c:v", codec, "-b:v", "300k",
                    *(("-deadline", "realtime", "-cpu-used", "8") if codec == "libvpx-vp9" else ()),
                    "-c:a", "libopus" if suffix == ".webm" else "aac")
    assert probe(whole).duration == pytest.approx(4.0, abs=0.1)
    data = whole.read_bytes()
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(TruncatedMediaError, match=r"readable up to [\d.]+ s of 4\.\d\d s") as err:
        probe(cut)
    assert 0 < err.value.readable < 3.5
    assert _decodable_seconds(cut) == pytest.approx(err.value.readable, abs=0.5)


def _decodable_seconds(path: Path) -> float:
    import av

    last = 0.0
    with av.open(str(path)) as container:
        try:
            for frame in container.decode(video=0):
                last = float(frame.time)
        except av.error.FFmpegError:
            pass
    return last


def test_start_is_the_first_frames_timestamp(clip: Path, tmp_path: Path) -> None:
    """A player counts from the file's timestamps: a file made with -output_ts_offset 10 starts at 10 s."""
    assert probe(clip).start == 0.0
    shifted = _encode(tmp_path / "shifted.mp4", "-i", str(clip), "-c", "copy", "-output_ts_offset", "10")
    assert probe(shifted).start == pytest.approx(10.0)


@pytest.mark.parametrize(("container", "given", "found"), [
    (".mp4", "01:00:00:00", "01:00:00:00"), (".mov", "10:59:58:12", "10:59:58:12"),
    (".mkv", "01:00:00:00", "01:00:00:00")])
def test_the_start_timecode_a_file_carries_is_probed_and_recorded(clip: Path, tmp_path: Path, container: str,
                                                                  given: str, found: str) -> None:
    """A camera or broadcast file starts at a timecode (01:00:00:00, the time
    of day); it was not read, and every editor export put the media at
    00:00:00:00."""
    coded = _encode(tmp_path / f"tc{container}", "-i", str(clip), "-c", "copy", "-timecode", given)
    info = probe(coded)
    assert info.timecode == found
    assert to_footage(info).timecode == found


def test_drop_frame_start_timecode_keeps_its_semicolon(tmp_path: Path) -> None:
    coded = _encode(tmp_path / "df.mp4", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=30000/1001:d=1", "-c:v", "libx264",
                    "-preset", "ultrafast", "-timecode", "01:00:00;00")
    assert probe(coded).timecode == "01:00:00;00"


def test_a_file_without_a_timecode_records_none(clip: Path) -> None:
    # the timeline records "": known to carry none (None would be "not probed", and probed again by exports)
    assert probe(clip).timecode is None and to_footage(probe(clip)).timecode == ""


@pytest.mark.parametrize(("layout", "channels"), [("mono", 1), ("stereo", 2), ("5.1", 6)])
def test_the_sounds_channel_count_is_probed_and_recorded(clip: Path, tmp_path: Path, layout: str,
                                                         channels: int) -> None:
    """An EDL names the audio channels of an event (``AA`` is two): a mono
    file's was named ``AA/V``, since only whether the file had sound was read."""
    coded = _encode(tmp_path / f"{layout}.mp4", "-i", str(clip), "-c:v", "copy", "-c:a", "aac", "-ac", str(channels))
    info = probe(coded)
    assert info.audio_channels == channels
    assert to_footage(info).audio_channels == channels


def test_a_file_without_sound_records_no_channels(tmp_path: Path) -> None:
    mute = _encode(tmp_path / "mute.mp4", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=1", "-c:v", "libx264",
                   "-preset", "ultrafast")
    assert probe(mute).audio_channels is None and to_footage(probe(mute)).audio_channels is None


def _square_width(picture) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Width and height of the white box in a picture."""
    import numpy as np

    white = (np.asarray(picture)[..., :3].min(axis=2) > 200)
    rows, cols = np.where(white)
    return int(cols.max() - cols.min() + 1), int(rows.max() - rows.min() + 1)


def test_stills_are_shown_as_a_player_shows_them_anamorphic_and_interlaced(tmp_path: Path) -> None:
    """Posters, the contact sheet, the strip and the review's stills scaled the stored frame: PAL 16:9
    (720x576, pixels 64:45 wide) came out 5:4, everything 30 % too narrow; an interlaced frame showed its
    two fields woven, comb teeth on every moving edge (a player deinterlaces)."""
    import av
    import numpy as np

    from annotate.clips.media import frame_image
    from annotate.probe import shown_picture
    from annotate.strip import grab_each

    ana = _encode(tmp_path / "ana.mp4", "-f", "lavfi", "-i", "color=black:s=720x576:r=25:d=1", "-vf",
                  "setsar=64/45,drawbox=x=260:y=188:w=200:h=200:color=white:t=fill", "-c:v", "libx264",
                  "-pix_fmt", "yuv420p")
    assert probe(ana).sample_aspect == Fraction(64, 45)
    assert probe(ana).square_size == (1024, 576) and probe(ana).display_size == (720, 576)
    poster = frame_image(ana, 0.5)
    assert poster.size == (1024, 576)
    w, h = _square_width(poster)
    assert w == pytest.approx(h * 64 / 45, abs=4)  # drawn 200 x 200 stored: 284 x 200 on screen
    [(_, still)] = list(grab_each(ana, [0.5], 512, 288))
    assert still is not None
    w, h = _square_width(still)
    assert w == pytest.approx(h * 64 / 45, abs=3)
    interlaced = _encode(tmp_path / "int.mp4", "-f", "lavfi", "-i", "testsrc2=s=720x576:r=50:d=1", "-vf",
                         "interlace=scan=tff", "-c:v", "libx264", "-flags", "+ilme+ildct", "-x264opts", "tff=1",
                         "-pix_fmt", "yuv420p")

    def comb(rows: np.ndarray) -> int:
        """Comb teeth: pixels unlike the line below (the other field) but like the line two below (its own)."""
        rows = rows.astype(int).max(axis=2)
        across, along = np.abs(rows[0:-2] - rows[1:-1]), np.abs(rows[0:-2] - rows[2:])
        return int(((across > 60) & (along < 10)).sum())

    with av.open(str(interlaced)) as container:
        frame = [f for _, f in zip(range(10), container.decode(video=0))][-1]
        assert frame.interlaced_frame
        woven = frame.to_ndarray(format="rgb24")
        shown = shown_picture(frame)
    assert comb(woven) > 300  # the fields of a moving picture, woven
    assert comb(shown) < comb(woven) / 20 and shown.shape == woven.shape


@pytest.mark.parametrize(("rate", "timecode", "seconds"), [
    ("15", "01:00:00:00", 3600.0),
    ("25/2", "01:00:00:00", 3600.0),
    ("30000/1001", "01:00:00;00", 107892 * 1001 / 30000),
    ("25", "10:00:00:12", 36000.48),
])
def test_a_start_timecode_counts_at_the_rate_the_exports_count_it(tmp_path, rate, timecode, seconds) -> None:
    """A 15 or 12.5 fps camera file starting at 01:00:00:00 was counted at
    23.976 fps (OTIO's nearest timecode rate), 3603.6 s, while the exports
    count its frames at 30 and 25 (``timecode_rate``): its EDL event began at
    source 01:00:03:18. One conversion now: the file's start is where the
    exports count it, and so is written back as the file gives it."""
    from annotate.probe import timecode_seconds
    from annotate.timecode import timecode_rate

    out = _encode(tmp_path / "tc.mp4", "-f", "lavfi", "-i", f"testsrc2=s=160x120:r={rate}:d=1", "-c:v", "libx264",
                  "-preset", "ultrafast", "-timecode", timecode)
    info = probe(out)
    assert info.timecode == timecode
    assert timecode_seconds(info.timecode, info.fps) == pytest.approx(seconds, abs=1e-9)
    counted = timecode_rate(info.fps)
    assert timecode_seconds(info.timecode, info.fps) * counted == pytest.approx(round(seconds * counted), abs=1e-6)


def _decoded_frames(path: Path) -> tuple[int, float]:
    """How many pictures a file's chosen video stream decodes to, and the time after its last (the picture's
    real length, for footage time 0 at the first)."""
    import av

    times = []
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        for frame in container.decode(stream):
            times.append(float(frame.time))
    step = times[-1] - times[-2]
    return len(times), times[-1] - times[0] + step


def _piped(out: Path, *args: str) -> Path:
    """``args`` written by ffmpeg to a pipe, as MediaRecorder, OBS's stream output or a live capture write: a
    Matroska/WebM that states no duration and has no index (Cues)."""
    done = ffmpeg.capture([*args, "pipe:1"])
    assert done.returncode == 0, done.stderr
    out.write_bytes(done.stdout)
    return out


@pytest.mark.parametrize("fmt, codecs, sound", [
    ("webm", ("-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-c:a", "libopus"), 4),
    ("matroska", ("-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"), 4),
    ("matroska", ("-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"), 6),
])
def test_a_recording_that_states_no_duration_is_measured(tmp_path: Path, fmt: str, codecs: tuple[str, ...],
                                                         sound: int) -> None:
    """A browser's MediaRecorder recording (or any Matroska written to a pipe) states no Duration; it was refused
    as "not a media file" by every command though every player plays it whole. Its length is measured from its
    packets: the picture's, when the sound runs on."""
    rec = _piped(tmp_path / f"rec.{fmt}", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=4", "-f", "lavfi", "-i",
                 f"sine=f=440:d={sound}", *codecs, "-f", fmt)
    import av

    with av.open(str(rec)) as container:
        assert container.duration is None  # the case: nothing stated
    frames, length = _decoded_frames(rec)
    info = probe(rec)
    assert (frames, info.fps) == (100, 25.0)
    assert info.duration == pytest.approx(length, abs=0.001) and info.frame_count == frames


def test_a_cut_recording_that_states_no_duration_is_read_to_its_cut(tmp_path: Path) -> None:
    """With nothing stated, nothing can be missing: a recording stopped mid-way (a crashed browser tab) is footage
    up to where it stops."""
    rec = _piped(tmp_path / "rec.mkv", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=4", "-c:v", "libx264",
                 "-preset", "ultrafast", "-f", "matroska")
    cut = tmp_path / "cut.mkv"
    cut.write_bytes(rec.read_bytes()[: rec.stat().st_size // 2])
    info = probe(cut)
    assert info.duration == pytest.approx(_decodable_seconds(cut) + 0.04, abs=0.2) and 1 < info.duration < 3.5


@pytest.mark.parametrize("suffix, codecs", [
    (".mkv", ("-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac")),
    (".webm", ("-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-c:a", "libopus")),
])
def test_sound_running_past_the_picture_is_no_truncation(tmp_path: Path, suffix: str,
                                                         codecs: tuple[str, ...]) -> None:
    """A camera or screen recording whose sound runs on after its picture, or a file whose last subtitle comes
    after it, was refused as "truncated: readable up to 12.00 s of 16.02 s": the container's duration is its
    longest stream's, and only the picture's packets were compared with it. The footage is the picture's length,
    as the same streams in MP4 get; a cut copy of it is still truncated."""
    longer = _encode(tmp_path / f"longer{suffix}", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=3", "-f",
                     "lavfi", "-i", "sine=f=440:d=4", *codecs)
    frames, length = _decoded_frames(longer)
    info = probe(longer)
    assert frames == 75 and info.duration == pytest.approx(length, abs=0.001) and info.frame_count == 75
    srt = tmp_path / "late.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nhello\n\n2\n00:00:05,000 --> 00:00:07,000\nend credits\n")
    subs = _encode(tmp_path / "subs.mkv", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=3", "-i", str(srt),
                   "-map", "0", "-map", "1", "-c:v", "libx264", "-preset", "ultrafast", "-c:s", "srt")
    assert probe(subs).duration == pytest.approx(3.0, abs=0.001)
    data = longer.read_bytes()
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(TruncatedMediaError, match=r"readable up to [\d.]+ s of 4\.\d\d s"):
        probe(cut)


def test_a_fragmented_mp4_at_a_constant_rate_is_that_rate(tmp_path: Path) -> None:
    """OBS's and Safari's recordings and DASH/CMAF downloads are fragmented MP4s: a constant 25 fps file was
    recorded as 24.952 fps (its average rate takes in the last fragment's tail), and every export warned it was
    not a whole SMPTE rate. A real variable-rate file keeps its average."""
    frag = _encode(tmp_path / "frag.mp4", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=12", "-f", "lavfi", "-i",
                   "sine=f=440:d=12", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-movflags",
                   "frag_keyframe+empty_moov+default_base_moof")
    import av

    with av.open(str(frag)) as container:
        stream = container.streams.video[0]
        assert stream.average_rate != 25 and stream.guessed_rate == stream.base_rate == 25  # the case
        times = [float(f.time) for f in container.decode(stream)]
    assert sum(b - a != pytest.approx(0.04) for a, b in zip(times, times[1:])) <= 1  # frames 1/25 s apart
    assert probe(frag).fps == 25.0 and to_footage(probe(frag)).fps == 25.0
    dropped = _encode(tmp_path / "dropped.mp4", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=30:d=10", "-vf",
                      "select='not(between(n,90,91))'", "-fps_mode", "vfr", "-c:v", "libx264", "-preset", "ultrafast")
    assert probe(dropped).fps == pytest.approx(298 / 10, abs=0.01)


def test_a_timeline_or_subtitle_file_given_as_footage_says_what_it_is(tmp_path: Path) -> None:
    """``timeline a.txt --footage t.yaml`` said "not a media file (ffmpeg finds no audio or video in it)" of an
    annotate timeline (the arguments of align swapped): it is named, with where it goes."""
    story = tmp_path / "t.yaml"
    story.write_text("# annotate timeline\nschema_version: 1\nmoments:\n  - {start: 1, caption: a}\n", encoding="utf-8")
    with pytest.raises(MediaError) as raised:
        probe(story)
    assert str(raised.value) == (f"{story}: is an annotate timeline, not footage; give it as TIMELINE: "
                                 f"`annotate align {story} --footage VIDEO`")
    cues = tmp_path / "s.srt"
    cues.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n", encoding="utf-8")
    with pytest.raises(MediaError, match=r"s\.srt: is a SubRip subtitle file, not footage; read it into a timeline "
                                         r"with `annotate import"):
        probe(cues)
