"""What a media file holds (duration, frame rate, size, streams), read with
PyAV because the bundled ffmpeg ships no ffprobe; plus its checksum and the
:class:`~annotate.model.Footage` a timeline records."""

from __future__ import annotations

import functools
import math
import os
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TypeVar

import av
import numpy as np

from annotate.errors import MediaError
from annotate.ffmpeg import local
from annotate.model import START_TIMECODE, Footage
from annotate.timecode import frame_of, timecode_rate

# Containers that ffmpeg "opens" but that are text, not footage (a .txt file
# probes as ANSI art).
TEXT_FORMATS = frozenset({"tty"})
# How far short of the stated duration the readable data may end before the
# file counts as truncated (a frame or two of rounding).
TRUNCATION_SLACK_SECONDS = 0.1


class TruncatedMediaError(MediaError):
    """The file stops before its own index says it should; ``readable`` is
    how many seconds of it can still be decoded."""

    def __init__(self, message: str, *, subject: object, readable: float, duration: float | None) -> None:
        super().__init__(message, subject=subject)
        self.readable = readable
        self.duration = duration


_S = TypeVar("_S", bound=av.stream.Stream)

UNINDEXED_FORMATS = frozenset({"mpegts", "mpegtsraw", "mpeg", "mpegvideo", "h264", "hevc", "m4v", "vc1", "avs2"})


@dataclass(frozen=True)
class MediaInfo:
    """The facts of one media file that alignment and rendering rely on."""

    path: str
    duration: float  # seconds, of the video stream when known
    fps: float  # average frame rate
    frame_count: int
    width: int
    height: int
    rotation: int  # degrees counter-clockwise a player applies (display matrix)
    has_video: bool
    has_audio: bool
    video_codec: str | None
    audio_codec: str | None
    audio_rate: int | None
    container: str = ""
    size_bytes: int = 0
    # The first frame's timestamp in the file (seconds): where footage time 0 is on a player's clock, which counts
    # from the file's timestamps (10 s in a copy cut with -copyts or a file made with -output_ts_offset 10).
    start: float = 0.0
    timecode: str | None = None  # of the first frame, as the file carries it (01:00:00:00; ";": drop frame)
    audio_channels: int | None = None  # of the sound stream used (1: mono); None without sound
    # The streams used (their index in the file), as a player picks them: the one marked default, else the first
    # (:func:`chosen`); None: the file's only one. ``tracks``: which were used and which not, when it has several.
    video_stream: int | None = None
    audio_stream: int | None = None
    tracks: str | None = None
    sample_aspect: Fraction = Fraction(1)  # of the stored pixels (PAL 16:9 720x576: 64/45); 1: square
    # "tff" or "bff" (which field comes first) for interlaced footage (1080i/576i broadcast, camcorders); None:
    # progressive.
    interlaced: str | None = None
    # ffmpeg's guessed rate, the one its filters run the picture at: on variable-frame-rate footage the base rate
    # (a frame grid), not the average ``fps``; None when it has none.
    guessed_rate: Fraction | None = None
    # The video stream's time base (1/90000 for a phone's file): what an encoder keeps each frame's own time in.
    time_base: Fraction | None = None
    # Frames on no constant grid (a phone's recording, dropped frames): rules that count frames count its own
    # frames by their times (:func:`variable_frame_times`, ``shots.frame_times``); ``fps`` is then the average.
    variable_rate: bool = False

    @property
    def seeks_exactly(self) -> bool:
        """Whether ffmpeg's seek lands on the keyframe before a time: a
        container with an index does; an MPEG transport or program stream (a
        broadcast capture) or a bare codec stream has none, and a seek there
        can land past the time, on a frame that does not decode."""
        return self.container.split(",")[0] not in UNINDEXED_FORMATS

    @property
    def display_size(self) -> tuple[int, int]:
        """Width and height as shown, after rotation."""
        return shown_size(self.width, self.height, self.rotation)

    @property
    def square_size(self) -> tuple[int, int]:
        """Width and height as shown, in square pixels (a still's shape): after the pixel aspect, then rotation
        (PAL 16:9, 720x576 at 64:45: 1024x576). ``display_size`` keeps the stored pixels, as a render does."""
        return square_size(self.width, self.height, self.sample_aspect, self.rotation)


def square_size(width: int, height: int, sample_aspect: Fraction, rotation: float) -> tuple[int, int]:
    """Width and height of a picture stored ``width`` x ``height`` as a
    player shows it in square pixels: widened by its pixel aspect
    (``sample_aspect``), then turned ``rotation`` degrees."""
    return shown_size(max(1, round(width * sample_aspect)), height, rotation)


def shown_size(width: int, height: int, rotation: float) -> tuple[int, int]:
    """Width and height of a picture stored ``width`` x ``height`` as a
    player shows it, turned ``rotation`` degrees (a display matrix)."""
    if round(rotation) % 180:
        return height, width
    return width, height


def upright(picture: np.ndarray, rotation: float) -> np.ndarray:
    """A decoded picture (rows first, as PyAV hands it over: as stored)
    turned ``rotation`` degrees counter-clockwise, as a player shows it."""
    return np.rot90(picture, k=round(rotation / 90) % 4)


def shown_picture(frame: av.VideoFrame, sample_aspect: Fraction | None = None) -> np.ndarray:
    """A decoded frame (RGB, rows first) as a player shows it: an interlaced
    frame's first field line-doubled (its two fields woven show comb teeth
    on every moving edge; a player deinterlaces), non-square pixels made
    square (``sample_aspect``, the stream's: PAL 16:9 720x576 at 64:45 is
    shown 1024 wide), then turned upright (:func:`upright`)."""
    from PIL import Image

    picture: np.ndarray = frame.to_ndarray(format="rgb24")
    if frame.interlaced_frame and picture.shape[0] > 1:
        picture = np.repeat(picture[0::2], 2, axis=0)[: picture.shape[0]]
    if sample_aspect and sample_aspect > 0 and sample_aspect != 1:
        height, width = picture.shape[:2]
        wide = max(1, round(width * sample_aspect))
        picture = np.asarray(Image.fromarray(np.ascontiguousarray(picture)).resize((wide, height),
                                                                                  Image.Resampling.BICUBIC))
    return upright(picture, frame.rotation)


def _check_file(path: str | os.PathLike[str]) -> Path:
    from annotate.textio import regular_file

    p = Path(path)
    if regular_file(p, kind="media file", error=lambda message: MediaError(message, subject=p)).st_size == 0:
        raise MediaError("is empty (0 bytes)", subject=p)
    return p


def _open(p: Path) -> av.container.InputContainer:
    try:
        container = av.open(local(p), mode="r")
    except av.error.InvalidDataError as exc:
        if _looks_like_mp4(p):
            raise TruncatedMediaError(
                "truncated: an MP4 without its index (moov), e.g. a download or recording that stopped "
                "early; nothing is readable without it", subject=p, readable=0.0, duration=None,
            ) from exc
        raise MediaError(_other_file(p) or "not a media file (ffmpeg finds no audio or video in it)",
                         subject=p) from exc
    except (av.error.FFmpegError, OSError) as exc:
        raise MediaError(f"cannot be opened: {exc}", subject=p) from exc
    if container.format.name in TEXT_FORMATS:
        container.close()
        raise MediaError(_other_file(p) or "not a media file (it is text)", subject=p)
    return container


def _other_file(p: Path) -> str | None:
    """What a file that is no media is, if this tool reads it otherwise (a timeline given as footage)."""
    from annotate.textio import SNIFF_BYTES, not_footage

    with open(p, "rb") as handle:
        return not_footage(handle.read(SNIFF_BYTES), str(p))


def _looks_like_mp4(p: Path) -> bool:
    with open(p, "rb") as handle:
        head = handle.read(12)
    return head[4:8] in (b"ftyp", b"mdat", b"moov", b"free", b"wide")


def probe(path: str | os.PathLike[str]) -> MediaInfo:
    """Read a media file's streams; raise MediaError naming the file when it
    is missing, empty, not media, has no video, or is truncated (with how
    much of it is readable). Read once per version of the file (its path,
    size, mtime, ctime and inode) in a process: align, sync and render each
    ask, and each probe decodes a frame."""
    p = _check_file(path)
    st = p.stat()
    return _probed(str(p), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


@functools.lru_cache(maxsize=16)
def _probed(path: str, size: int, mtime_ns: int, ctime_ns: int, inode: int) -> MediaInfo:
    """:func:`probe` of one version of a file (a failure is not kept: it is said again)."""
    p = Path(path)
    container = _open(p)
    with container:
        audios = container.streams.audio
        # Cover art in music files is a one-picture "video" stream: not footage.
        videos = [v for v in container.streams.video if not _is_cover_art(v)]
        if not videos:
            what = f"audio only ({audios[0].codec_context.name})" if audios else "no audio or video streams"
            if container.streams.video:
                what += ", with cover art"
            raise MediaError((None if audios else _other_file(p)) or f"has no video stream: {what}", subject=p)
        video = chosen(videos)
        audio = chosen(list(audios)) if audios else None
        if not video.codec_context.width:
            raise MediaError("not a media file (no decodable picture)", subject=p)
        if _is_still_image(container):
            raise MediaError(f"is a still image ({video.codec_context.name}), not video footage", subject=p)
        duration = _duration(container, video)
        if not duration and av.format.Flags.no_timestamps in av.format.Flags(container.format.flags):
            # Random bytes can pass for a raw H.263 stream; real footage has timing.
            raise MediaError(f"not a media file (a {container.format.name} stream with no duration)", subject=p)
        rotation, start, woven = _first_frame(container, video, p)
        duration = _check_complete(container, video, p, duration)
        if not duration:
            raise MediaError(f"not a media file (a {container.format.name} stream with no timed picture)", subject=p)
        fps = _fps(video, duration)
        frames = video.frames or (frame_of(duration, fps, end=True) if fps else 0)
        return MediaInfo(
            path=str(p),
            duration=duration or 0.0,
            fps=fps,
            frame_count=frames,
            width=video.codec_context.width,
            height=video.codec_context.height,
            rotation=rotation,
            has_video=True,
            has_audio=audio is not None,
            video_codec=video.codec_context.name,
            audio_codec=audio.codec_context.name if audio else None,
            audio_rate=audio.codec_context.sample_rate if audio else None,
            container=container.format.name,
            size_bytes=p.stat().st_size,
            start=start,
            timecode=_start_timecode(container, video),
            audio_channels=(audio.codec_context.channels or None) if audio else None,
            guessed_rate=Fraction(video.guessed_rate) if video.guessed_rate else None,
            time_base=Fraction(video.time_base) if video.time_base else None,
            video_stream=video.index if len(videos) > 1 else None,
            audio_stream=audio.index if audio is not None and len(audios) > 1 else None,
            tracks=_tracks(p, videos, list(audios), video, audio),
            sample_aspect=_sample_aspect(video),
            interlaced=_field_order(video, woven),
            variable_rate=_variable(video, duration),
        )


def sample_aspect(path: str | os.PathLike[str]) -> Fraction:
    """The pixel aspect of the video a file holds (:attr:`MediaInfo.sample_aspect`) without a full probe, for
    a still made from frames decoded elsewhere; 1 when it cannot be read."""
    try:
        with _open(_check_file(path)) as container:
            videos = [v for v in container.streams.video if not _is_cover_art(v)]
            return _sample_aspect(chosen(videos)) if videos else Fraction(1)
    except MediaError:
        return Fraction(1)


# libavcodec's AVFieldOrder: top (2, 4) or bottom (3, 5) field first; 0 unknown, 1 progressive.
_TOP_FIRST, _BOTTOM_FIRST = (2, 4), (3, 5)


def _field_order(video: av.video.stream.VideoStream, woven: bool) -> str | None:
    """"tff" or "bff" for interlaced footage (the stream's field order, else a first frame flagged interlaced:
    top first, the common order of HD and of H.264), None for progressive."""
    order = int(getattr(video.codec_context, "field_order", 0) or 0)
    if order in _BOTTOM_FIRST:
        return "bff"
    return "tff" if order in _TOP_FIRST or woven else None


def _sample_aspect(video: av.video.stream.VideoStream) -> Fraction:
    aspect = video.sample_aspect_ratio or video.codec_context.sample_aspect_ratio
    return Fraction(aspect) if aspect and aspect > 0 else Fraction(1)


def chosen(streams: list[_S]) -> _S:
    """The stream a player plays of several of one kind: the one the file marks default (a remux carrying
    an audio-description track or another angle first marks the main one), else the first."""
    return next((s for s in streams if av.stream.Disposition.default in s.disposition), streams[0])


def picture_stream(container: av.container.InputContainer) -> av.video.stream.VideoStream:
    """The video stream of an open file that the probe describes (:func:`chosen` of those not cover art): every
    reader of frames takes this one, so what it reads is what the timeline records (``MediaInfo.video_stream``)."""
    videos = [v for v in container.streams.video if not _is_cover_art(v)] or list(container.streams.video)
    if not videos:
        raise MediaError("has no video stream", subject=container.name)
    return chosen(videos)


def sound_stream(container: av.container.InputContainer) -> av.audio.stream.AudioStream | None:
    """The audio stream of an open file that the probe describes (``MediaInfo.audio_stream``), None without."""
    audios = list(container.streams.audio)
    return chosen(audios) if audios else None


def several_index(container: av.container.InputContainer, stream: av.stream.Stream | None) -> int | None:
    """``stream``'s index when ``container`` has several streams of its kind (what :func:`stream_map` must name),
    else None."""
    if stream is None:
        return None
    return stream.index if sum(s.type == stream.type for s in container.streams) > 1 else None


def stream_map(index: int | None, kind: str, file: int = 0) -> str:
    """ffmpeg's ``-map`` of the stream ``index`` of input ``file`` (from :func:`picture_stream` or
    :func:`sound_stream`), else of its first stream of ``kind`` ("v" or "a")."""
    return f"{file}:{kind}:0" if index is None else f"{file}:{index}"


def sound_map(path: str | os.PathLike[str]) -> str:
    """ffmpeg's ``-map`` of the sound of ``path`` the probe describes (:func:`sound_stream`: the default track of
    several, as render and clips map it), for a decode of its sound alone (sound sync, the speech finder); its
    first sound stream when the file cannot be opened here (the decode then says what is wrong with it)."""
    try:
        with _open(_check_file(path)) as container:
            return stream_map(several_index(container, sound_stream(container)), "a")
    except MediaError:
        return stream_map(None, "a")


def _tracks(p: Path, videos: list[av.video.stream.VideoStream], audios: list[av.audio.stream.AudioStream],
            video: av.video.stream.VideoStream, audio: av.audio.stream.AudioStream | None) -> str | None:
    """Which tracks of a file of several are used and which are left out, as one sentence; None for one each."""
    if len(videos) < 2 and len(audios) < 2:
        return None

    def name(s: av.stream.Stream) -> str:
        size = f"{s.codec_context.width}x{s.codec_context.height}" if isinstance(s, av.video.stream.VideoStream) \
            else ""
        what = ", ".join(x for x in (size, s.metadata.get("language", ""), s.metadata.get("title", "")) if x)
        return f"{s.type} stream {s.index}" + (f" ({what})" if what else "")

    used = [name(video)] + ([name(audio)] if audio is not None else [])
    others = [name(s) for s in [*videos, *audios] if s is not video and s is not audio]
    return (f"{p.name} has {len(videos)} video and {len(audios)} audio tracks; using the default ones, "
            f"{' and '.join(used)}; not used: {', '.join(others)}")


def _start_timecode(container: av.container.InputContainer, video: av.video.stream.VideoStream) -> str | None:
    """The start timecode the file carries, as ffprobe reports it: the video
    stream's ``timecode`` tag, else a timecode (data) stream's, else the
    container's (a camera or broadcast file's 01:00:00:00; MOV/MP4 ``tmcd``,
    Matroska ``TIMECODE``). None when it carries none or not a timecode."""
    def tag(metadata: dict[str, str]) -> str | None:
        return next((v.strip() for k, v in metadata.items() if k.lower() == "timecode"), None)

    found = [tag(dict(video.metadata)), *(tag(dict(s.metadata)) for s in container.streams.data),
             tag(dict(container.metadata))]
    return next((t for t in found if t and START_TIMECODE.match(t)), None)


def timecode_seconds(timecode: str, fps: float) -> float | None:
    """Seconds a start timecode (:attr:`MediaInfo.timecode`, ``01:00:00:00``;
    ``;``: drop frame) names, its frames counted at the timecode rate of
    ``fps`` as every export counts it (:func:`annotate.timecode.timecode_rate`:
    29.97 counts 30 a second, as timecode does; 12.5 and 15 fps count at 25
    and 30): where the file's own clock stands at its first frame, written
    back by an export as the file gives it. None when it cannot count at that
    rate (a frame number past it, drop frame at 25) or there is no rate."""
    import opentimelineio as otio

    if not (fps > 0 and math.isfinite(fps)):
        return None
    try:
        return float(otio.opentime.from_timecode(timecode, timecode_rate(fps)).to_seconds())
    except ValueError:
        return None


def has_picture(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` holds footage's picture (cover art in a music file is
    none). A file that cannot be read counts as having one: :func:`probe`
    then says what is wrong with it."""
    try:
        with _open(_check_file(path)) as container:
            return any(not _is_cover_art(v) for v in container.streams.video)
    except MediaError:
        return True


def sound_seconds(path: str | os.PathLike[str]) -> float | None:
    """How long the sound stream of ``path`` a decode takes (:func:`sound_map`) runs (else the file), for
    a decode's progress; None when the file does not say or cannot be read
    (the decode then says what is wrong with it)."""
    try:
        with _open(_check_file(path)) as container:
            sound = sound_stream(container)
            if sound is not None and sound.duration and sound.time_base:
                return float(sound.duration * sound.time_base)
            return container.duration / av.time_base if container.duration else None
    except MediaError:
        return None


def _is_still_image(container: av.container.InputContainer) -> bool:
    """ffmpeg reads a photo as a one-frame video (``image2`` for a .jpg,
    ``png_pipe`` and the like by its content): 0.04 s of "footage" that
    every moment would fall after. Animated GIF and APNG have demuxers of
    their own and stay footage."""
    name = container.format.name
    return name == "image2" or name.endswith("_pipe")


def _is_cover_art(stream: av.video.stream.VideoStream) -> bool:
    return av.stream.Disposition.attached_pic in stream.disposition


# How many frames over the whole file the average rate may be off the file's frame grid and still be that grid.
GRID_FRAMES = 1.0


def _fps(video: av.video.stream.VideoStream, duration: float | None = None) -> float:
    """The frame rate: the average (frames over the stream's length), unless the base and guessed rates agree on
    a grid it is within ``GRID_FRAMES`` of over ``duration`` (a fragmented MP4's length takes in its last
    fragment's tail: 24.952 for 25, as ``ffmpeg -i`` and players say); variable-rate footage keeps its average."""
    average, grid = video.average_rate, video.guessed_rate
    if average and grid and grid == video.base_rate and duration \
            and abs(float(grid) - float(average)) * duration <= GRID_FRAMES:
        return float(grid)
    rate = average or video.guessed_rate or video.base_rate
    return float(rate) if rate else 0.0


# Frames by which a file's average rate may fall short of (or exceed) its base rate and still be constant-rate.
VARIABLE_FRAMES = 1.5


def _variable(video: av.video.stream.VideoStream, duration: float) -> bool:
    """Whether the frames are on no constant grid: the average and base rates part by 1 %, or by more than
    ``VARIABLE_FRAMES`` over the file (a phone dropping 2 frames of 300 is 0.7 %: at index / average rate, a frame
    after the drop came early)."""
    rate = video.average_rate or video.base_rate or video.guessed_rate
    base = video.base_rate or video.guessed_rate
    if not rate:
        return False
    gap = abs(float(base) - float(rate)) if base else 0.0
    return gap > 0.01 * float(rate) or gap * duration > VARIABLE_FRAMES


def _duration(container: av.container.InputContainer, video: av.video.stream.VideoStream) -> float | None:
    """The picture's length as the file states it: the video stream's own, else the container's (the longest
    stream's: :func:`_check_complete` measures the picture's where it can)."""
    return _own_duration(video) or _stated(container)


def _own_duration(video: av.video.stream.VideoStream) -> float | None:
    """The video stream's own length: its duration (MP4, MPEG-TS), else the per-track ``DURATION`` tag that
    ffmpeg and mkvmerge write into Matroska (``00:00:12.000000000``; ``DURATION-eng`` from some); None when
    the file states none (Matroska without the tag, a recording written to a pipe)."""
    if video.duration and video.time_base:
        return float(video.duration * video.time_base)
    for key, value in video.metadata.items():
        if key.upper().split("-")[0] == "DURATION":
            hours, _, rest = value.strip().partition(":")
            minutes, _, secs = rest.partition(":")
            try:
                seconds = int(hours) * 3600 + int(minutes) * 60 + float(secs)
            except ValueError:
                return None
            return seconds if seconds > 0 else None
    return None


def _stated(container: av.container.InputContainer) -> float | None:
    """The container's duration (that of its longest stream), None when it states none."""
    return container.duration / av.time_base if container.duration else None


def _first_frame(container: av.container.InputContainer, video: av.video.stream.VideoStream,
                 p: Path) -> tuple[int, float, bool]:
    """Decode one frame: proves the stream decodes, and carries the display
    rotation (phones record portrait video as rotated landscape), the
    first frame's timestamp (see ``MediaInfo.start``) and whether it is
    interlaced."""
    try:
        for frame in container.decode(video):
            return int(round(frame.rotation)) % 360, float(frame.time or 0.0), bool(frame.interlaced_frame)
    except av.error.FFmpegError as exc:
        raise MediaError(f"video stream does not decode: {exc}", subject=p) from exc
    raise MediaError("video stream has no decodable frame", subject=p)


def _check_complete(container: av.container.InputContainer, video: av.video.stream.VideoStream, p: Path,
                    duration: float | None) -> float | None:
    """A file whose index points past its end was cut short: say how much of
    it is readable rather than fail later in the middle of a render. Returns
    the picture's length: ``duration``, or its last packet's end where the
    packets were read and the video stream states no length of its own (the
    container's is its longest stream's: sound or a subtitle running on)."""
    size = p.stat().st_size
    entries = video.index_entries
    if entries is not None and len(entries):
        ends = [(e.pos + e.size, e.timestamp) for e in entries]
        if max(end for end, _ in ends) <= size:
            if duration is not None and _index_reaches_end(video, [ts for _, ts in ends], duration):
                return duration
            # A partial index (Matroska's Cues come last, so a cut file has none and PyAV lists only the
            # packets read so far): only the packets tell where the file ends.
            return _check_packets(container, video, p)
        inside = [ts for end, ts in ends if end <= size]
        tb = video.time_base
        readable = max(0.0, float((max(inside) - (video.start_time or 0)) * tb)) if inside and tb else 0.0
        expected = max(end for end, _ in ends)
        raise TruncatedMediaError(
            f"truncated: {size} of {expected} bytes present; readable up to {readable:.2f} s"
            + (f" of {duration:.2f} s" if duration else ""),
            subject=p, readable=readable, duration=duration,
        )
    # No index to compare with (MPEG-TS, some Matroska): read the packets.
    return _check_packets(container, video, p)


def _index_reaches_end(video: av.video.stream.VideoStream, stamps: list[int], duration: float) -> bool:
    """Whether the index lists packets up to the stated end (an MP4's lists
    every frame), so that all of it being inside the file proves it whole."""
    if not video.time_base:
        return True
    last = float((max(stamps) - (video.start_time or 0)) * video.time_base)
    return last + TRUNCATION_SLACK_SECONDS >= duration - 2.0 / max(_fps(video), 1.0)


def _check_packets(container: av.container.InputContainer, video: av.video.stream.VideoStream,
                   p: Path) -> float | None:
    """Truncated when no stream's packets reach the stated end (the container's, its longest stream's: the
    picture may end seconds before its sound or last subtitle); the picture's length otherwise (see
    :func:`_check_complete`). A file that states no length (a recording written to a pipe) is measured whole."""
    own, stated = _own_duration(video), _stated(container)
    end = stated or own
    picture, whole = _last_packet_times(p, near=end)
    if end is not None and whole + TRUNCATION_SLACK_SECONDS < end - 1.0 / max(_fps(video), 1.0):
        raise TruncatedMediaError(
            f"truncated: readable up to {picture:.2f} s of {end:.2f} s", subject=p, readable=picture,
            duration=end,
        )
    return own or picture or stated


# How far before the stated end the packet scan starts (a seek lands on the keyframe before it).
END_SCAN_SECONDS = 30.0


def _last_packet_times(p: Path, near: float | None = None) -> tuple[float, float]:
    """End times of the last video packet (from the video's first) and of
    the last packet of any stream (from the file's start, as its duration
    counts), demuxed without decoding, from a seek to ``END_SCAN_SECONDS``
    before ``near`` when that works (the demuxer still reads to the file's
    real end), else from the start (also when no picture came after the
    seek: the sound or a subtitle ran on for longer than that)."""
    picture = whole = 0.0
    seeked = False
    with av.open(local(p)) as container:
        stream = chosen([v for v in container.streams.video if not _is_cover_art(v)])
        tb = stream.time_base or Fraction(1, 1)
        start = stream.start_time or 0
        origin = Fraction(container.start_time or 0, av.time_base)
        if near is not None and near > END_SCAN_SECONDS:
            try:
                container.seek(start + int((near - END_SCAN_SECONDS) / tb), stream=stream, backward=True)
                seeked = True
            except av.error.FFmpegError:
                container.seek(0)
        try:
            for packet in container.demux():
                if packet.pts is None or packet.time_base is None:
                    continue
                end = packet.pts + (packet.duration or 0)
                whole = max(whole, float(end * packet.time_base - origin))
                if packet.stream is stream:
                    picture = max(picture, float((end - start) * tb))
        except av.error.FFmpegError:
            pass
    if seeked and not picture:
        return _last_packet_times(p)
    return picture, whole


def variable_frame_times(path: str | os.PathLike[str]) -> tuple[float, ...]:
    """The frame times (footage time: the first frame at 0) of a variable-frame-rate file, where frame rules
    (subtitles' gaps, the review page's nudges) count its own frames; nothing for a constant-rate one (its rate
    counts them) or a file that cannot be read (those need no footage)."""
    from annotate import shots
    from annotate.errors import AnnotateError

    try:
        if not probe(path).variable_rate:
            return ()
        times = shots.frame_times(path).times
    except AnnotateError:
        return ()
    return tuple(t - times[0] for t in times)


def to_footage(info: MediaInfo, sha: str | None = None, *, url: str | None = None) -> Footage:
    """The timeline's record of this footage."""
    return Footage(
        path=info.path, url=url, sha256=sha, duration=info.duration, fps=info.fps or None, width=info.width,
        height=info.height, rotation=info.rotation,
        # "": probed, and it carries none (Footage.timecode), so exports do not probe it again
        has_audio=info.has_audio, timecode=info.timecode or "", audio_channels=info.audio_channels,
    )
