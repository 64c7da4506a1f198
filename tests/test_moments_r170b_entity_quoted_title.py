"""A quoted title written with HTML's quote entities, then its length in brackets (blind round 170, a podcast page's
credits): 'Music: &ldquo;Tūī at Dawn&rdquo; (1:48) by the Ōtaki Ukulele Collective.' is a song and its length, no
position, as 'Music: “Tūī at Dawn” (1:48)' already was. A title in title case inside &ldquo;/&rdquo;, &quot;,
&lsquo;/&rsquo; or the numeric &#8220;/&#8221; reads as one inside the quote marks themselves; quoted words that
are no title (lower case, or a sentence after them) keep their bracket a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a title inside quote entities, then its length": [
        ('<p class="credits">Produced by Aroha Tipene in Wellington. Music: &ldquo;Tūī at Dawn&rdquo; (1:48) by '
         "the Ōtaki Ukulele Collective. Ngā mihi to Radio NZ for the archive clip from 1994.</p>", []),
        ("<p>Theme tune: &quot;Harbour Lights&quot; (2:05), written for the show by Sione Vea.</p>", []),
        ("<li>Outro music &#8220;Red Dust Road&#8221; (3:12) by The Kimberley Five</li>", []),
        ("<p>Closing song: &lsquo;Morning at Mokopuna&rsquo; (4:01).</p>", []),
    ],
    "quoted words that are no title keep their bracket a position": [
        ("<p>At &ldquo;the bridge&rdquo; (1:48) the car turns.</p>", [(108.0, None)]),
        ("<p>The driver yells &ldquo;stop the van&rdquo; (0:52) before the doors open.</p>", [(52.0, None)]),
        ("<p>In the video, &ldquo;Get back!&rdquo; is shouted (1:48) as the car turns.</p>", [(108.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_entity_quoted_title(text, expected):
    assert found_spans(text) == expected
