"""A system log's clock of an event (blind round 98): "journalctl shows the ACPI error at 02:13:44 every time" in a
forum post about a bug, a phone video of it posted below. A machine's log (journalctl, dmesg, syslog, logcat, the
Event Viewer) stamps its events with the time of day, never a place in footage; a clock said in the video stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a log tool's clock of an event is a time of day": [
        ("dmesg lists a USB reset at 04:02:51 right before the freeze. Video of it: the screen goes black at 0:09.",
         [(9.0, None)]),
        ("Event Viewer has the Kernel-Power error at 03:41:17 before the reboot. I filmed it; the fans spin up at "
         "0:22.",
         [(22.0, None)]),
        ("logcat shows a crash at 01:05:42 whenever I open the camera app.", []),
    ],
    "a clock in the footage stays a position": [
        ("In my screen recording the journalctl output scrolls past at 1:14.", [(74.0, None)]),
        ("journalctl shows nothing, but the video shows the panel flicker at 0:31.", [(31.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_system_log_clock(text, expected):
    assert found_spans(text) == expected
