"""Footage by URL: downloaded once into a cache keyed by sha256, against an
HTTP server the test starts on 127.0.0.1."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotate.errors import InputError
from annotate.fetch import fetch, is_url
from tests.raw_server import raw_server


@pytest.fixture()
def server(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    hits: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args, **kwargs):
            hits.append(self.path)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield root, f"http://127.0.0.1:{httpd.server_port}", hits
    httpd.shutdown()


@pytest.fixture()
def cut_server() -> Iterator[Callable[[bytes], str]]:
    """Servers on 127.0.0.1 that answer each request with the given bytes and
    close: for replies no well-behaved server sends."""
    with contextlib.ExitStack() as stack:
        yield lambda reply: f"http://127.0.0.1:{stack.enter_context(raw_server(reply))}"


def test_downloads_once_and_records_provenance(server, tmp_path):
    root, base, hits = server
    payload = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 100
    (root / "clip.mp4").write_bytes(payload)
    cache = tmp_path / "cache"
    first = fetch(f"{base}/clip.mp4", root=cache)
    assert first.sha256 == hashlib.sha256(payload).hexdigest()
    assert first.path.read_bytes() == payload and first.path.name.startswith(first.sha256)
    assert first.retrieved.endswith("+00:00")
    again = fetch(f"{base}/clip.mp4", root=cache)
    assert again == first
    assert len([h for h in hits if "clip.mp4" in h]) == 1  # the second call never touched the network
    assert not list((cache / "incoming").iterdir())  # no partial download left behind


def test_tampered_cache_is_downloaded_again(server, tmp_path):
    root, base, hits = server
    (root / "clip.mp4").write_bytes(b"real footage")
    cache = tmp_path / "cache"
    first = fetch(f"{base}/clip.mp4", root=cache)
    first.path.write_bytes(b"edited")
    second = fetch(f"{base}/clip.mp4", root=cache)
    assert second.path.read_bytes() == b"real footage"


def test_a_repeat_fetch_reads_nothing_large(server, tmp_path, monkeypatch):
    """Each fetch of a cached URL hashed the whole download again (gigabytes of footage, for every
    ``--footage URL``). Now the index keeps the version of the file it hashed: a repeat fetch, even by
    a new process (the in-process hash cache emptied), hashes nothing and reads no byte of it."""
    from annotate import digest

    root, base, _ = server
    payload = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 400
    (root / "clip.mp4").write_bytes(payload)
    cache = tmp_path / "cache"
    first = fetch(f"{base}/clip.mp4", root=cache)
    hashed: list[str] = []
    real = digest.file_digest
    monkeypatch.setattr(digest, "file_digest", lambda path: hashed.append(str(path)) or real(path))
    for _ in range(2):
        digest._version_sha256.cache_clear()  # as a new process finds it
        assert fetch(f"{base}/clip.mp4", root=cache) == first
    assert hashed == []


def test_a_download_changed_in_place_with_its_times_set_back_is_downloaded_again(server, tmp_path):
    """The version trusted instead of a hash includes the change time, which cannot be set back."""
    import os

    root, base, hits = server
    (root / "clip.mp4").write_bytes(b"real footage")
    cache = tmp_path / "cache"
    first = fetch(f"{base}/clip.mp4", root=cache)
    st = first.path.stat()
    first.path.write_bytes(b"edit footage")  # same size
    os.utime(first.path, ns=(st.st_atime_ns, st.st_mtime_ns))
    second = fetch(f"{base}/clip.mp4", root=cache)
    assert second.path.read_bytes() == b"real footage" and len(hits) == 2


def test_missing_url_is_a_clear_error(server, tmp_path):
    _, base, _ = server
    with pytest.raises(InputError, match="HTTP 404"):
        fetch(f"{base}/nope.mp4", root=tmp_path / "cache")


def test_is_url():
    assert is_url("https://example.org/a.mp4") and not is_url("footage.mp4") and not is_url("C:/x.mp4")


def test_captions_downloaded_with_page_footage_are_kept_beside_it(tmp_path, monkeypatch):
    """yt-dlp (a stand-in here: no network) is asked for subtitles and automatic
    captions; what it writes lands beside the cached footage, found as a text track."""
    import sys
    import types

    from annotate.speech.tracks import sidecars

    asked: list[dict] = []

    class YoutubeDL:
        def __init__(self, options):
            self.options = options
            asked.append(options)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def extract_info(self, url, download=True):
            base = self.options["outtmpl"].replace("%(ext)s", "")
            open(base + "mp4", "wb").write(b"\x00\x00\x00\x18ftypmp42 footage")
            open(base + "en.vtt", "w", encoding="utf-8").write("WEBVTT\n\n00:01.000 --> 00:02.000\nHands up\n")
            return {"ext": "mp4"}

        def prepare_filename(self, info):
            return self.options["outtmpl"].replace("%(ext)s", info["ext"])

    monkeypatch.setitem(sys.modules, "yt_dlp", types.SimpleNamespace(YoutubeDL=YoutubeDL))
    got = fetch("https://video.example.com/watch?v=abc", root=tmp_path / "cache")
    assert asked[0]["writesubtitles"] and asked[0]["writeautomaticsub"]
    [caption] = sidecars(got.path)
    assert caption.name == f"{got.sha256}.en.vtt" and "Hands up" in caption.read_text(encoding="utf-8")
    assert not list((tmp_path / "cache" / "incoming").iterdir())


@pytest.mark.parametrize("url, why", [
    ("http://[::1/x.mp4", "Invalid IPv6 URL"),
    ("file://[x/a.mp4", "Invalid IPv6 URL"),
    ("http://127.0.0.1:8x/a.mp4", "Port could not be cast"),
    ("https://example.org:99999/a.mp4", "Port out of range"),
])
def test_a_malformed_url_is_named_as_the_user_gave_it(tmp_path, url, why):
    """urllib raises a bare ValueError for these: the user's input, one line naming it."""
    with pytest.raises(InputError, match=why) as caught:
        is_url(url) and fetch(url, root=tmp_path / "cache")
    assert caught.value.subject == url and str(caught.value).startswith(f"{url}: not a valid URL")


def test_a_download_shorter_than_its_content_length_is_refused(cut_server, tmp_path):
    """http.client just stops reading at a closed connection; like urllib3 and
    curl, a body shorter than the server's Content-Length is a failed download."""
    base = cut_server(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + b"x" * 400)
    url = f"{base}/clip.mp4"
    cache = tmp_path / "cache"
    with pytest.raises(InputError) as caught:
        fetch(url, root=cache)
    assert str(caught.value) == (f"{url}: download stopped early: 400 of 1000 bytes arrived "
                                 "(the server's Content-Length)")
    assert not list((cache / "incoming").iterdir()) and not (cache / "index.json").exists()


def test_a_chunked_download_cut_short_is_an_input_error_naming_the_url(cut_server, tmp_path):
    base = cut_server(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1000\r\nabc")
    url = f"{base}/x.mp4"
    with pytest.raises(InputError, match="download stopped early: the connection closed") as caught:
        fetch(url, root=tmp_path / "cache")
    assert caught.value.subject == url


def test_a_check_failing_on_a_download_names_the_url_not_the_working_file(cut_server, tmp_path, samples):
    """Without a Content-Length a cut download is found by probing it: the
    error names the URL the user gave, not a temporary file already removed."""
    from annotate import probe
    from annotate.errors import MediaError

    whole = samples.video.read_bytes()
    url = f"{cut_server(b'HTTP/1.0 200 OK' + bytes([13, 10, 13, 10]) + whole[: len(whole) // 2])}/cut.mp4"
    with pytest.raises(MediaError) as caught:
        fetch(url, root=tmp_path / "cache", check=probe.probe)
    assert caught.value.subject == url and str(caught.value).startswith(f"{url}: truncated")
    assert "download" not in caught.value.message and "incoming" not in str(caught.value)


def test_a_download_killed_midway_leaves_nothing_after_the_next_download(server, tmp_path):
    """kill -9 cannot clean up: the next download removes the working folder
    the killed one left (by this tool's own naming), and nothing else."""
    root, base, _ = server
    half = b"HTTP/1.1 200 OK\r\nContent-Length: 4000000\r\n\r\n" + b"x" * 1_500_000  # then silence
    with raw_server(half, hold=True) as port:
        _killed_mid_download(f"http://127.0.0.1:{port}/w.mp4", tmp_path / "cache")
    cache = tmp_path / "cache"
    assert list(cache.glob("incoming/.annotate-work.*/*.part.mp4"))  # what kill -9 leaves
    (cache / "incoming" / "notes.txt").write_text("a user's file", encoding="utf-8")
    (root / "clip.mp4").write_bytes(b"real footage")
    fetch(f"{base}/clip.mp4", root=cache)
    assert [p.name for p in (cache / "incoming").iterdir()] == ["notes.txt"]


def _killed_mid_download(url: str, cache: Path) -> None:
    """Start a download of ``url`` into ``cache`` in a child process and kill -9 it once 1 MB has arrived."""
    import signal
    import subprocess
    import sys
    import time

    code = f"from pathlib import Path; from annotate.fetch import fetch; fetch({url!r}, root=Path({str(cache)!r}))"
    child = subprocess.Popen([sys.executable, "-c", code])
    try:
        deadline = time.monotonic() + 60
        while not any(p.stat().st_size >= 1 << 20 for p in cache.glob("incoming/*/*.part.mp4")):
            assert child.poll() is None and time.monotonic() < deadline, "the download never started"
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()


@pytest.mark.parametrize("media_named", [False, True])
def test_a_video_page_fetched_without_yt_dlp_is_refused_saying_what_reads_it(server, tmp_path, monkeypatch,
                                                                              media_named):
    """A YouTube-style page URL with yt-dlp missing is downloaded as a file and refused as not media: the
    error says it is a web page and names the install line. A URL named like a media file is not a page
    to hand to yt-dlp, so its error stays as it was."""
    from annotate import fetch as fetch_module
    from annotate import probe
    from annotate.errors import MediaError

    monkeypatch.setattr(fetch_module, "_has_ytdlp", lambda: False)
    root, base, _ = server
    page = b"<!DOCTYPE html>\n<html><head><title>video</title></head><body><video></video></body></html>\n"
    name = "clip.mp4" if media_named else "watch"
    (root / name).write_bytes(page)
    with pytest.raises(MediaError) as caught:
        fetch(f"{base}/{name}", root=tmp_path / "cache", check=probe.probe)
    said = str(caught.value)
    assert said.startswith(f"{base}/{name}: not a media file")
    assert ("pip install 'annotate[fetch]'" in said) is (not media_named)
