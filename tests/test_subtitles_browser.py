"""The WebVTT we write, parsed by a real browser's TextTrack API (Debian's
headless Chromium driven by playwright), hostile captions included."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from annotate import subtitles
from annotate.escape import clean_text
from annotate.model import Moment, Timeline
from annotate.subtitles import layout
from tests.browser import chromium

PAGE = """<!doctype html><meta charset="utf-8"><video id="v" muted></video>
<script>
async function cues(url) {
  const text = await (await fetch(url)).text();
  const video = document.getElementById('v');
  const track = document.createElement('track');
  track.kind = 'subtitles'; track.default = true;
  track.src = URL.createObjectURL(new Blob([text], {type: 'text/vtt'}));
  video.appendChild(track);
  track.track.mode = 'hidden';
  await new Promise((ok, fail) => { track.onload = ok; track.onerror = () => fail('track failed to load'); });
  return Array.from(track.track.cues).map(c => ({start: c.startTime, end: c.endTime, text: c.text,
    html: c.getCueAsHTML().textContent, id: c.id}));
}
</script>"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("www")
    (root / "index.html").write_text(PAGE, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def page(served):
    with chromium() as browser:
        page = browser.new_page()
        page.goto(served[1] + "/index.html")
        yield page


@pytest.mark.browser
def test_chromium_reads_our_vtt_with_the_same_cues_and_text(served, page):
    root, base = served
    captions = ["plain caption", "a --> b", "<script>alert(1)</script>", "<i>not italic</i>", "{\\an8} & &amp;",
                "back\\slash", "مرحبا שלום", "日本語のテキスト 😀", "line one\r\n\r\nline two", "nul\x00byte",
                "lone \ud800 surrogate", "WEBVTT", "NOTE this is not a note", "x" * 400]
    t = Timeline(moments=tuple(Moment(id=f"m{i}", start=i * 20.0, caption=c) for i, c in enumerate(captions)))
    subtitles.write(t, root / "subs.vtt")
    got = page.evaluate("cues('/subs.vtt')")
    expected = layout(t)
    assert len(got) == len(expected)
    for cue, want in zip(got, expected):
        assert cue["start"] == pytest.approx(want.start, abs=0.001)
        assert cue["end"] == pytest.approx(want.end, abs=0.001)
        assert cue["html"] == clean_text(want.text)  # what the browser shows is exactly the caption
    assert page.evaluate("document.querySelectorAll('script').length") == 1  # no injected script ran or parsed
