"""A page on several videos heads each one with its label on a line of its own and a note in brackets that holds
its length among other details (blind round 99): '**Video A** (2:14, filmed from the beachfront promenade)',
'**Video B** (shared on X, 58 seconds, 1.2 million views)', '**Video C** (fire brigade helmet camera, 6 minutes)'.
The bracket is the labelled video's length, no position; an end form or a fraction under that heading counts from
it ('Around a third of the way through' under Video C is 120). A bracket that cites a position or a stretch, or a
labelled line that walks on in prose, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a labelled video's heading holds its length among notes in brackets": [
        ("**Clip 1** (3:05, shot from the ferry deck)\n\nThe smoke first shows at 0:52.", [(52.0, None)]),
        ("**Video 2** (posted on TikTok, 47 seconds, 300k likes)\n\nAt 0:09 the car mounts the kerb. The last 7 "
         "seconds show the crash.", [(9.0, None), (40.0, 47.0)]),
        ("Footage B (council CCTV, 4 minutes)\n\nNothing moves until 1:12. Halfway through a dog runs past.",
         [(72.0, None), (120.0, None)]),
    ],
    "an end form or fraction under the heading counts from its video": [
        ("**Video A** (1:40, filmed from the bridge)\n\nAt 0:20 the barge turns.\n\n"
         "**Video B** (dashcam, 8 minutes)\n\nRoughly halfway through, the lorry brakes.",
         [(20.0, None), (240.0, None)]),
        ("__Camera 2__ (2:30, from a balcony opposite)\n\nIn the last 10 seconds the crowd scatters.",
         [(140.0, 150.0)]),
    ],
    "a bracket citing a position or a stretch stays a position": [
        ("**Video A** (at 2:14, the flash)\n\nIt is brief.", [(134.0, None)]),
        ("Clip 3 (0:41–0:58, the collapse)\n\nWatch closely.", [(41.0, 58.0)]),
        ("In video 2 the van stops (1:12, near the gate) and the driver gets out.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_labelled_video_headings(text, expected):
    assert found_spans(text) == expected
