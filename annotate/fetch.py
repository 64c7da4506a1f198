"""Footage by URL: download once into a cache keyed by the content's
sha256, and record where and when it came from (provenance matters to
fact-checkers). Direct media links use the standard library; pages such as
YouTube need the optional ``annotate[fetch]`` extra (yt-dlp)."""

from __future__ import annotations

import copy
import datetime as _dt
import http.client
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from annotate import cache
from annotate.atomic import atomic_path, output_folder, working_folder, write_text
from annotate.digest import file_version, sha256, versioned_sha256
from annotate.errors import AnnotateError, BusyWarning, InputError, ToolError

CHUNK_BYTES = 1 << 20
TIMEOUT_SECONDS = 60
CAPTION_LANGUAGES = ("en.*",)  # yt-dlp reads each as a pattern: en, en-US, en-orig, ...
_MEDIA_SUFFIX = re.compile(r"\.(mp4|m4v|mov|mkv|webm|avi|ts|mpg|mpeg|ogv)$", re.IGNORECASE)


@dataclass(frozen=True)
class Download:
    path: Path
    url: str
    sha256: str
    retrieved: str  # ISO 8601, UTC


def is_url(text: str) -> bool:
    """A URL to download: ``file://`` names a local path, not a download."""
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE)) and local_path(text) is None


def split_url(text: str) -> urllib.parse.SplitResult:
    """``text`` split into a URL's parts. A malformed URL (an unclosed ``[``
    of an IPv6 host, a port that is no number) is the user's input, named in
    one line, not a ValueError from deep inside urllib."""
    try:
        parsed = urllib.parse.urlsplit(text)
        parsed.port  # noqa: B018 - read only to check it: urllib raises for a port that is no number
    except ValueError as exc:
        raise InputError(f"not a valid URL: {exc}", subject=text) from None
    return parsed


_DRIVE_URL_PATH = re.compile(r"/[A-Za-z][:|]/")


def local_path(text: str) -> Path | None:
    """The path a ``file://`` URL names (on this machine), else None."""
    parsed = split_url(text)
    if parsed.scheme.lower() != "file":
        return None
    if parsed.netloc not in ("", "localhost"):
        raise InputError("a file:// URL must name a file on this machine", subject=text)
    # A Windows drive in a URL (file:///C:/Users/me/f.mp4, or the older c|/, RFC 8089 E.2) is the path
    # C:/Users/me/f.mp4, not /C:/...
    path = parsed.path
    if _DRIVE_URL_PATH.match(path):
        path = f"{path[1]}:{path[3:]}"
    return Path(urllib.request.url2pathname(path))


def given_path(text: str, base: Path | None = None) -> Path:
    """A footage file as a user, a timeline or a job file names it: a ``file://`` URL (what OTIO, FCP XML and
    Kdenlive write for media, and a browser's address bar shows; ``file:/path`` too, as ``Path`` leaves one) is
    the path it names, anything else, or a file of that very name (in ``base``, a job file's folder, else the
    working folder), the path as written."""
    if text[:6].lower() == "file:/" and not os.path.exists(base / text if base is not None else text):
        return local_path(text) or Path(text)
    return Path(text)


def cache_dir() -> Path:
    return cache.cache_dir("footage")


def _index_path(root: Path) -> Path:
    return root / "index.json"


def _read_index(root: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(_index_path(root).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


# The cache may be shared by several users' tools: what one downloads (maybe
# private footage) stays readable by its owner only.
CACHE_DIR_MODE = 0o700
CACHE_FILE_MODE = 0o600


def fetch(url: str, *, root: Path | None = None, check: Callable[[Path], object] | None = None) -> Download:
    """The footage at ``url``, downloaded once: a second call with the same
    URL returns the cached file without the network (proven unchanged:
    :func:`_cached`).
    ``check`` (e.g. ``probe.probe``) is run on a new download before it is
    kept; if it raises, nothing is left in the cache. Downloads into one
    cache take turns (a second run of the same URL then finds it cached),
    and each first removes what a killed one left in ``incoming``."""
    split_url(url)
    root = root or cache_dir()
    root.mkdir(parents=True, exist_ok=True, mode=CACHE_DIR_MODE)
    if (cached := _cached(root, url)) is not None:
        return cached
    staging = root / "incoming"
    staging.mkdir(exist_ok=True, mode=CACHE_DIR_MODE)

    def waiting() -> None:
        warnings.warn(f"another run is downloading into {staging}; waiting for it to finish", BusyWarning,
                      stacklevel=3)

    with output_folder(staging, on_wait=waiting):
        if (cached := _cached(root, url)) is not None:  # the run we waited for fetched it
            return cached
        return _download(url, root, staging, check)


def _cached(root: Path, url: str) -> Download | None:
    """The cached download of ``url``, if it is there with its recorded hash:
    the same version of the file as the index recorded when it hashed it
    (:func:`annotate.digest.file_version`; nothing read: footage can be
    gigabytes), else hashed again (once per version in a process)."""
    known = _read_index(root).get(url)
    if known:
        cached = root / known["file"]
        if cached.is_file() and (known.get("version") == file_version(cached)
                                 or versioned_sha256(cached) == known["sha256"]):
            return Download(cached, url, known["sha256"], known["retrieved"])
    return None


def _download(url: str, root: Path, staging: Path, check: Callable[[Path], object] | None) -> Download:
    """Download ``url`` into a working folder in ``staging``, check it, and
    keep it under its sha256 in ``root`` (recorded in the index)."""
    retrieved = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()
    with working_folder(staging) as work:
        media_named = bool(_MEDIA_SUFFIX.search(url.split("?")[0]))
        if media_named or not _has_ytdlp():
            tmp_file = _download_direct(url, work)
        else:
            tmp_file = _download_ytdlp(url, work)
        os.chmod(tmp_file, CACHE_FILE_MODE)
        if check is not None:
            # (a video page fetched as a file, for want of yt-dlp, is refused as not media: say what reads it)
            page_hint = "" if media_named or not _is_web_page(tmp_file) else \
                "; it is a web page: a video page (YouTube, Vimeo, ...) needs yt-dlp: pip install 'annotate[fetch]'"
            _check_as_url(check, tmp_file, url, page_hint)
        digest = sha256(tmp_file)
        final = root / f"{digest}{tmp_file.suffix.lower() or '.mp4'}"
        _keep_captions(tmp_file, final)
        os.replace(tmp_file, final)
    index = _read_index(root)
    index[url] = {"file": final.name, "sha256": digest, "retrieved": retrieved, "version": file_version(final)}
    write_text(_index_path(root), json.dumps(index, indent=2))
    os.chmod(_index_path(root), CACHE_FILE_MODE)
    return Download(final, url, digest, retrieved)


def _check_as_url(check: Callable[[Path], object], download: Path, url: str, hint: str = "") -> None:
    """Run ``check`` on a new download; an error it gives about the file
    names the URL the user gave instead (the working file is removed as the
    error passes, so its name would point at nothing), with ``hint`` after it."""
    try:
        check(download)
    except AnnotateError as exc:
        if exc.subject is None or str(exc.subject) != str(download):
            raise
        named = copy.copy(exc)
        named.subject, named.message = url, exc.message.replace(str(download), url) + hint
        raise named from None


def _is_web_page(path: Path) -> bool:
    """Whether a download is an HTML page (its first bytes), not the media a URL was taken for."""
    with open(path, "rb") as head:
        start = head.read(1024).lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<head" in start or b"<body" in start


def _keep_captions(download: Path, final: Path) -> None:
    """Move the subtitle files yt-dlp wrote beside ``download`` (``ytdlp.en.vtt``)
    beside ``final`` under its name (``<sha256>.en.vtt``), where
    :func:`annotate.speech.tracks.sidecars` finds them. A caption file that
    fails is left behind: the footage matters more."""
    from annotate.speech.tracks import SIDECAR_SUFFIXES

    for caption in download.parent.glob(f"{download.stem}.*"):
        if caption != download and caption.suffix.lower() in SIDECAR_SUFFIXES:
            try:
                os.chmod(caption, CACHE_FILE_MODE)
                os.replace(caption, final.with_name(final.stem + caption.name[len(download.stem):]))
            except OSError:
                continue


def _download_direct(url: str, staging: Path) -> Path:
    found = _MEDIA_SUFFIX.search(url.split("?")[0])
    suffix = found.group(0) if found else ".mp4"
    target = staging / f"download{suffix}"
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response, atomic_path(target) as tmp:
            with open(tmp, "wb") as out:
                _copy_whole(response, out, url)
    except urllib.error.HTTPError as exc:
        raise InputError(f"download failed: HTTP {exc.code} {exc.reason}", subject=url) from None
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"download failed: {reason}", subject=url) from None
    if target.stat().st_size == 0:
        raise InputError("download is empty", subject=url)
    return target


def _copy_whole(response: http.client.HTTPResponse, out: BinaryIO, url: str) -> None:
    """Copy the body, and refuse one shorter than the server's
    Content-Length: http.client's ``read(n)`` just stops at a closed
    connection, so a cut download would pass as whole (urllib3 and curl
    refuse it the same way)."""
    received = 0
    try:
        while chunk := response.read(CHUNK_BYTES):
            out.write(chunk)
            received += len(chunk)
    except http.client.IncompleteRead as exc:  # a chunked body cut short: its end marker never came
        raise InputError(f"download stopped early: the connection closed after {received + len(exc.partial)} "
                         "bytes, before the end of the file", subject=url) from None
    expected = _content_length(response)
    if expected is not None and received < expected:
        raise InputError(f"download stopped early: {received} of {expected} bytes arrived (the server's "
                         "Content-Length)", subject=url)


def _content_length(response: http.client.HTTPResponse) -> int | None:
    """The body's length the server announced, if it gave one it can mean
    (none with chunked transfer, which has its own end marker)."""
    text = response.headers.get("Content-Length")
    if text is None or response.headers.get("Transfer-Encoding") or not text.strip().isdigit():
        return None
    return int(text)


def _has_ytdlp() -> bool:
    try:
        import yt_dlp  # noqa: F401
    except ImportError:
        return False
    return True


def _download_ytdlp(url: str, staging: Path) -> Path:  # pragma: no cover - needs the network
    import yt_dlp

    # Subtitles and automatic captions too (annotate align finds quoted words in them): English ones only,
    # since sites list an automatic translation into every language.
    options = {"outtmpl": str(staging / "ytdlp.%(ext)s"), "quiet": True, "noprogress": True,
               "format": "bv*[ext=mp4]+ba[ext=m4a]/b[ext=mp4]/b",
               "writesubtitles": True, "writeautomaticsub": True, "subtitleslangs": list(CAPTION_LANGUAGES),
               "subtitlesformat": "vtt/srt/ass/best"}
    try:
        with yt_dlp.YoutubeDL(options) as ydl:
            info = ydl.extract_info(url, download=True)
            return Path(ydl.prepare_filename(info))
    except Exception as exc:
        raise ToolError(f"yt-dlp could not download it: {exc}", subject=url) from None
