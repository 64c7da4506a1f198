"""All ffmpeg use goes through here: find the binary, know its features,
run argument lists (never shell strings) with progress and clear errors."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import shutil
import signal
import subprocess
import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotate import children
from annotate.errors import AnnotateError, MediaError, OutputError, ToolError, os_reason
from annotate.escape import undecodable_name

# Environment override for users who keep a particular build.
FFMPEG_ENV = "ANNOTATE_FFMPEG"
STDERR_TAIL_LINES = 12
SOUND_FRAME_SAMPLES = 16384  # decode_sound's frame size after the decoder
CAPTURE_CHUNK_BYTES = 64 * 1024  # capture(on_bytes=...) reads and reports this much at a time
MAX_INLINE_GRAPH_BYTES = 64 * 1024  # a longer filter graph goes through a file (filter_complex)
_TIME = re.compile(r"(?:^|\s)out_time_us=(\d+)")
# ffmpeg processes started by run(), so that a batch interrupted in its main
# thread can stop the ones its worker threads are waiting on (stop_all).
_LIVE: set[subprocess.Popen[str]] = set()
_LIVE_LOCK = threading.Lock()
# Those of them stop_all() killed: their end is a stop asked for, not a signal from outside.
_STOPPED: weakref.WeakSet[subprocess.Popen[Any]] = weakref.WeakSet()
# Work done in this process instead of by an ffmpeg child (PyAV encoding):
# stop_all() sets its event, and the work stops at its next frame.
_STOPS: set[threading.Event] = set()


@dataclass(frozen=True)
class Binary:
    path: str
    origin: str  # "env", "system" or "imageio-ffmpeg"
    version: str


@functools.lru_cache(maxsize=1)
def binary() -> Binary:
    """The ffmpeg to use: $ANNOTATE_FFMPEG, else one on PATH, else the one
    bundled by imageio-ffmpeg so that ``pip install`` alone is enough."""
    candidates: list[tuple[str | None, str]] = [
        (os.environ.get(FFMPEG_ENV), "env"),
        (shutil.which("ffmpeg"), "system"),
    ]
    try:
        import imageio_ffmpeg

        candidates.append((imageio_ffmpeg.get_ffmpeg_exe(), "imageio-ffmpeg"))
    except (ImportError, RuntimeError):
        pass
    for path, origin in candidates:
        if path and os.access(path, os.X_OK):
            first = subprocess.run(
                [path, "-hide_banner", "-version"], capture_output=True, text=True, check=False
            ).stdout.split("\n", 1)[0]
            version = first.split(" ")[2] if first.startswith("ffmpeg version") else "unknown"
            return Binary(path, origin, version)
    raise ToolError("no ffmpeg found: install one (apt-get install ffmpeg) or `pip install imageio-ffmpeg`")


@functools.lru_cache(maxsize=1)
def features() -> frozenset[str]:
    """Filters and encoders this ffmpeg has among those the toolkit needs."""
    exe = binary().path
    filters = subprocess.run([exe, "-hide_banner", "-filters"], capture_output=True, text=True).stdout
    encoders = subprocess.run([exe, "-hide_banner", "-encoders"], capture_output=True, text=True).stdout
    have = {line.split()[1] for line in filters.splitlines() if len(line.split()) > 2}
    have |= {line.split()[1] for line in encoders.splitlines() if len(line.split()) > 2}
    wanted = {"libx264", "aac", "subtitles", "ass", "drawtext", "scale", "overlay", "drawbox"}
    return frozenset(wanted & have)


def require(*needed: str, purpose: str = "") -> None:
    """Fail clearly, naming the binary, when a needed feature is missing."""
    missing = [name for name in needed if name not in features()]
    if missing:
        b = binary()
        why = f" (needed to {purpose})" if purpose else ""
        raise ToolError(
            f"ffmpeg {b.version} from {b.origin} ({b.path}) lacks {', '.join(missing)}{why}; "
            f"set {FFMPEG_ENV} to a build that has it, or `pip install -U imageio-ffmpeg`"
        )


def run(
    args: Sequence[str | os.PathLike[str]],
    *,
    duration: float | None = None,
    on_progress: Callable[[float], None] | None = None,
    what: str = "ffmpeg",
    output: str | os.PathLike[str] | None = None,
) -> str:
    """Run ffmpeg with ``args`` (without the binary). Returns stderr.

    With ``on_progress`` and ``duration`` it is called with the fraction done
    (0..1) as ffmpeg reports ``out_time_us``. On failure raises ToolError with
    the command and the tail of stderr; a full disk is an OutputError naming
    ``output`` (the file the user asked for, not the temporary one ffmpeg
    writes; by default ffmpeg's last argument, its output), not a
    2,600-character line of ffmpeg's words.
    """
    cmd = command(args)
    if on_progress is not None:
        cmd[1:1] = ["-progress", "pipe:1", "-nostats"]
    proc = _start(
        cmd, what, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        errors="replace",
    )
    with _live(proc):
        if on_progress is not None and proc.stdout is not None:
            for line in proc.stdout:
                m = _TIME.search(line)
                if m and duration:
                    on_progress(min(1.0, int(m.group(1)) / 1e6 / duration))
        _, stderr = proc.communicate()
    if proc.returncode != 0:
        if (killed := _killed(proc, what, output if output is not None else cmd[-1])) is not None:
            raise killed
        if (full := next((m for m in _DISK_FULL if m in stderr), None)) is not None:
            raise OutputError(f"cannot write: {full}", subject=output if output is not None else cmd[-1])
        raise ToolError(f"{what} failed: {stderr_tail(stderr)}; command: {quote_command(cmd)}")
    return stderr


# How ffmpeg says (through strerror) that its output's disk or quota is full.
_DISK_FULL = tuple(os.strerror(code) for code in (errno.ENOSPC, errno.EDQUOT))
# What a signal that killed ffmpeg most likely means, beside its name.
_SIGNAL_HINTS: dict[int, str] = {signal.SIGKILL: "out of memory?", **{s: "ffmpeg crashed" for s in (
    signal.SIGSEGV, signal.SIGBUS, signal.SIGILL, signal.SIGFPE, signal.SIGABRT)}}


def _killed(proc: subprocess.Popen[Any], what: str, output: object) -> AnnotateError | None:
    """The error of an ffmpeg killed by a signal (a negative status), None otherwise. Its stderr says nothing
    then ("no message"), and its command line tells a user nothing: the signal is what tells a full quota
    (SIGXFSZ: an OutputError naming ``output``, as a full disk is) from the OOM killer or a crash."""
    number = -(proc.returncode or 0)
    if number <= 0:
        return None
    if proc in _STOPPED:
        return ToolError(f"{what} stopped")
    if number == signal.SIGXFSZ:
        return OutputError(f"cannot write: file size limit exceeded (ffmpeg was killed by signal {number}, "
                           "SIGXFSZ: a `ulimit -f` or a quota)", subject=output)
    return ToolError(_signal_said(number, what), subject=output)


def _signal_said(number: int, what: str) -> str:
    """``ffmpeg was killed by signal 9 (SIGKILL: Killed; out of memory?)``: the one way a killing signal is said."""
    try:
        name = signal.Signals(number).name
    except ValueError:
        name = "an unknown signal"
    said = "; ".join(x for x in (signal.strsignal(number), _SIGNAL_HINTS.get(number)) if x)
    return f"{what} was killed by signal {number} ({name}" + (f": {said})" if said else ")")


def failure(done: subprocess.CompletedProcess[bytes], what: str = "ffmpeg") -> str:
    """Why a :func:`capture` run failed, for a caller that judges it: the signal that killed it, said as
    :func:`run` says it (its stderr is then empty: "no message" told a crash from the OOM killer from nothing),
    else the tail of its stderr."""
    if done.returncode < 0:
        return _signal_said(-done.returncode, what)
    return stderr_tail(done.stderr.decode("utf-8", "replace"))


def _start(cmd: list[str], what: str, **options: Any) -> subprocess.Popen[Any]:
    """Start ffmpeg; an OS refusal (an argument list over the kernel's limit, no memory) is a ToolError
    saying what could not run, not an OSError naming the binary as if it were a bad input."""
    try:
        return children.start(cmd, **options)
    except OSError as exc:
        size = sum(len(os.fsencode(arg)) + 1 for arg in cmd)
        length = f" ({len(cmd)} arguments, {size} bytes)" if exc.errno == errno.E2BIG else ""  # (what it is about)
        raise ToolError(f"{what} could not start: {os_reason(exc)}{length}") from None


@contextlib.contextmanager
def _live(proc: subprocess.Popen[Any]) -> Iterator[None]:
    """Register ``proc`` for :func:`stop_all` while the block runs; an
    exception in the block (Ctrl-C) kills it. Every ffmpeg this module starts
    goes through here."""
    with _LIVE_LOCK:
        _LIVE.add(proc)
    try:
        yield
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    finally:
        with _LIVE_LOCK:
            _LIVE.discard(proc)


def stop_all() -> int:
    """Kill every ffmpeg this module is running (from any thread); run()
    then raises ToolError, capture() returns what was read. Work registered
    with in_process() is told to stop too. Returns how many were stopped. For Ctrl-C in
    a batch whose workers are threads: signals reach only the main thread."""
    with _LIVE_LOCK:
        live = list(_LIVE)
        stops = list(_STOPS)
    for proc in live:
        if proc.poll() is None:
            _STOPPED.add(proc)
            proc.kill()
    for event in stops:
        event.set()
    return len(live) + len(stops)


@contextlib.contextmanager
def in_process(what: str) -> Iterator[Callable[[], None]]:
    """For ffmpeg's work done in this process instead (PyAV decoding and
    encoding): yields a check to call between frames, which raises ToolError
    once stop_all() has been called, as a killed ffmpeg's run() does."""
    event = threading.Event()

    def check() -> None:
        if event.is_set():
            raise ToolError(f"{what} stopped")

    with _LIVE_LOCK:
        _STOPS.add(event)
    try:
        yield check
    finally:
        with _LIVE_LOCK:
            _STOPS.discard(event)


def capture(args: Sequence[str | os.PathLike[str]], *,
            on_bytes: Callable[[int], None] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ffmpeg with ``args`` and return its stdout (bytes), stderr and
    status without raising: for callers that judge the output themselves
    (a short audio span, one still). Registered like run(): Ctrl-C or
    stop_all() kills it, and it dies with its parent. ``on_bytes(n)`` is
    told how many bytes of output have come so far, as they come (a long
    decode's progress); stderr then goes to a temporary file, so that a
    full pipe of messages cannot stall both sides."""
    cmd = command(args)
    if on_bytes is None:
        proc = _start(cmd, "ffmpeg", stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        with _live(proc):
            out, err = proc.communicate()
        return subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    import tempfile

    with tempfile.TemporaryFile() as log:
        proc = _start(cmd, "ffmpeg", stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log)
        chunks: list[bytes] = []
        got = 0
        with _live(proc):
            assert proc.stdout is not None
            while chunk := proc.stdout.read(CAPTURE_CHUNK_BYTES):
                chunks.append(chunk)
                got += len(chunk)
                on_bytes(got)
            proc.stdout.close()
            proc.wait()
        log.seek(0)
        return subprocess.CompletedProcess(cmd, proc.returncode, b"".join(chunks), log.read())


def decode_sound(path: str | os.PathLike[str], rate: int, *, start: float = 0.0,
                 duration: float | None = None, on_seconds: Callable[[float], None] | None = None) -> Any:
    """The sound of ``path`` (its default track of several, as render and clips
    take it: :func:`annotate.probe.sound_map`; from ``start`` for ``duration``
    seconds, else to the end) as mono float32 samples at ``rate`` Hz, channels
    mixed down, no picture decoded: a numpy array. MediaError when the file
    has no sound or none of it decodes (a truncated file gives what decoded).
    ``on_seconds(s)`` is told how many seconds of sound have been decoded, as
    they are."""
    import numpy as np

    from annotate.probe import sound_map  # (the probe reads files through this module)

    span = ["-t", f"{max(0.0, duration):.6f}"] if duration is not None else []
    seek = ["-ss", f"{start:.6f}"] if start > 0 else []
    # Frames regrouped into large ones: ffmpeg hands every frame between its
    # threads, and for 1024-sample AAC frames those hand-offs cost about as
    # much system time as the decoding (measured: 10-25 % less CPU in all).
    done = capture([*seek, "-vn", "-sn", "-dn", "-i", local(path), *span, "-map", sound_map(path),
                    "-af", f"asetnsamples=n={SOUND_FRAME_SAMPLES}:p=0", "-ac", "1", "-ar", str(rate),
                    "-f", "f32le", "pipe:1"],
                   on_bytes=None if on_seconds is None else lambda n: on_seconds(n / 4 / rate))
    if done.returncode != 0 and len(done.stdout) < 4:
        if done.returncode > 0 and b"matches no streams" in done.stderr:
            raise MediaError("has no sound", subject=path)
        raise MediaError(f"its sound cannot be decoded: {failure(done)}", subject=path)
    return np.frombuffer(done.stdout, dtype="<f4")


def local(path: str | os.PathLike[str]) -> str:
    """A local file's name as ffmpeg and PyAV must be given it: absolute. libavformat reads a
    relative name's ``scheme:`` head as a protocol (a camera's ``2017-11-13T15:14:40.mp4``: "Protocol
    not found"; ``file:x.mp4`` opens another file, ``x.mp4``), and ffmpeg reads a leading ``-`` as an
    option. Every input or output path handed to either goes through here."""
    return str(Path(path).absolute())


def open_video(path: str | os.PathLike[str]) -> Any:
    """``path`` opened by PyAV (a regular file, through :func:`local`) for its video: one MediaError naming the
    file when it cannot be opened or holds no video stream, where each reader had its own try and message."""
    import av

    try:
        container = av.open(local(ensure_path(path)))
    except (av.error.FFmpegError, OSError) as exc:  # type: ignore[attr-defined]
        raise MediaError(f"cannot be read as video: {exc}", subject=path) from None
    if not container.streams.video:
        kind = "audio only" if container.streams.audio else "no streams"
        container.close()
        raise MediaError(f"has no video stream ({kind})", subject=path)
    return container


def filter_complex(graph: str, folder: str | os.PathLike[str]) -> list[str]:
    """``-filter_complex GRAPH``; a graph too long for one argument (Linux caps one at 128 KiB: a
    few thousand markers) is written to ``graph.txt`` in ``folder`` and read from there."""
    if len(graph.encode("utf-8", "surrogateescape")) <= MAX_INLINE_GRAPH_BYTES:
        return ["-filter_complex", graph]
    path = Path(folder) / "graph.txt"
    path.write_text(graph, encoding="utf-8", errors="surrogateescape")
    return [_graph_file_option(), local(path)]


@functools.lru_cache(maxsize=1)
def _graph_file_option() -> str:
    """How this ffmpeg reads a filter graph from a file: ``-filter_complex_script`` up to 8 (5.1 knows
    nothing else), ``-/filter_complex`` from 7 on (9 knows nothing else)."""
    usage = subprocess.run([binary().path, "-hide_banner", "-h", "full"], capture_output=True, text=True,
                           errors="replace", check=False).stdout
    return "-filter_complex_script" if "-filter_complex_script" in usage else "-/filter_complex"


def command(args: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The full argument list, with the flags every call wants: no banner,
    no stdin (ffmpeg in a loop otherwise eats its caller's input), errors only."""
    return [binary().path, "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *map(str, args)]


def quote_command(cmd: Sequence[str]) -> str:
    """A copy-pasteable rendering of an argument list, for manifests and errors. An argument holding a
    file name's byte that is not UTF-8 (os.fsdecode's lone surrogate) is quoted as ``$'c\\xe9'`` (bash, zsh,
    POSIX.1-2024 sh): still the same file when pasted, and text a UTF-8 manifest can hold."""
    import shlex

    return " ".join(_bytes_quoted(c) if undecodable_name(c) else shlex.quote(c) for c in map(str, cmd))


def _bytes_quoted(arg: str) -> str:
    """``arg``'s bytes in ANSI-C quotes, every byte but printable ASCII (and ``\\``, ``'``) as ``\\xNN``."""
    return "$'" + "".join(chr(b) if 0x20 <= b < 0x7F and b not in b"\\'" else f"\\x{b:02x}"
                          for b in os.fsencode(arg)) + "'"


def stderr_tail(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.strip().splitlines() if ln.strip()]
    return " | ".join(lines[-STDERR_TAIL_LINES:]) or "no message"


def pipe_frames(
    args: Sequence[str | os.PathLike[str]], frame_bytes: int, *, subject: object = None
) -> FramePipe:
    """Start ffmpeg writing raw frames to stdout; iterate to read them."""
    return FramePipe(command(args), frame_bytes, subject=subject)


class FramePipe:
    """Iterates fixed-size raw frames from an ffmpeg process (registered for
    stop_all); kills it on exit."""

    def __init__(self, cmd: list[str], frame_bytes: int, *, subject: object = None) -> None:
        self.cmd = cmd
        self.frame_bytes = frame_bytes
        self.subject = subject
        self.frames = 0
        self.ended = False  # the output ran out (else the reader stopped early)
        self.proc = _start(
            cmd, "ffmpeg", stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            bufsize=frame_bytes * 4,
        )
        with _LIVE_LOCK:
            _LIVE.add(self.proc)

    def __iter__(self):  # type: ignore[no-untyped-def]
        assert self.proc.stdout is not None
        while True:
            data = self.proc.stdout.read(self.frame_bytes)
            if len(data) < self.frame_bytes:
                self.ended = True
                return
            self.frames += 1
            yield data

    def close(self) -> str:
        """Stop ffmpeg (if the reader stopped early) and return its stderr.
        If its output ended before a single frame and it reported errors,
        raise MediaError naming ``subject``: nothing could be decoded. Errors
        after some frames (a truncated file) are only returned, for the
        caller to report: what decoded is used."""
        if not self.ended and self.proc.poll() is None:
            self.proc.kill()
        try:
            _, err = self.proc.communicate()
        finally:
            with _LIVE_LOCK:
                _LIVE.discard(self.proc)
        text = err.decode("utf-8", "replace")
        if self.ended and (killed := _killed(self.proc, "ffmpeg decoding it", self.subject)) is not None:
            raise killed  # (not the end of the file: what decoded is not all there is)
        if self.ended and self.frames == 0 and text.strip():
            raise MediaError(f"cannot be decoded: {stderr_tail(text)}", subject=self.subject)
        return text

    def __enter__(self) -> FramePipe:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def ensure_path(path: str | os.PathLike[str]) -> Path:
    """An input path that is a regular file (not a pipe or device), or a clear InputError."""
    from annotate.textio import regular_file

    p = Path(path)
    regular_file(p, kind="video file")
    return p


def feed_frames(args: Sequence[str | os.PathLike[str]], *, what: str = "ffmpeg") -> FrameSink:
    """Start ffmpeg reading raw frames from stdin (``-i pipe:0`` in ``args``);
    write frames to it, then ``close()``."""
    return FrameSink(command(args), what)


class FrameSink:
    """Feeds raw frames to an ffmpeg process. stderr goes to a temporary file
    (a pipe could fill and deadlock both sides); a failure raises ToolError
    with its tail and the command. Leaving the ``with`` block on an exception
    kills ffmpeg."""

    def __init__(self, cmd: list[str], what: str = "ffmpeg") -> None:
        import tempfile

        self.cmd = cmd
        self.what = what
        self._err = tempfile.TemporaryFile()
        self.proc = _start(cmd, what, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self._err)
        with _LIVE_LOCK:
            _LIVE.add(self.proc)

    def write(self, frame: bytes | memoryview) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(frame)
        except BrokenPipeError:
            self.proc.wait()
            raise self._failure() from None

    def _failure(self) -> AnnotateError:
        if (killed := _killed(self.proc, self.what, self.cmd[-1])) is not None:
            return killed
        self._err.seek(0)
        tail = stderr_tail(self._err.read().decode("utf-8", "replace"))
        return ToolError(f"{self.what} failed: {tail}; command: {quote_command(self.cmd)}")

    def close(self) -> None:
        """Finish the stream and wait for ffmpeg; raise ToolError if it failed."""
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.close()
        except BrokenPipeError:
            pass
        try:
            if self.proc.wait() != 0:
                raise self._failure()
        finally:
            with _LIVE_LOCK:
                _LIVE.discard(self.proc)
        self._err.close()

    def abort(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        with _LIVE_LOCK:
            _LIVE.discard(self.proc)
        self._err.close()

    def __enter__(self) -> FrameSink:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
