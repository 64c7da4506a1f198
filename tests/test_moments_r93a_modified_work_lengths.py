"""A bracketed time after a footage noun with what the footage shows or who posted it between them (blind round
93): "a separate clip of Hasnain's spell (2:14) has already crossed 1.2 million views", Pidgin "the highlight
video wey the club post (7:22), na at 5:10 the Chukwu goal dey", "I've put my full review video up (14:20) and
it's chaptered". The bracket is the work's length (the contract: a title or a clip followed by its length), not a
position, though an "of ..." phrase, a relative clause or a particle stands between the noun and the bracket. A
bracketed time in prose after no footage noun stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a footage noun's 'of ...' phrase before its bracketed length": [
        ("The board also posted a short clip of Otieno's late save (1:05), which has gone round every WhatsApp "
         "group in Kisumu.", []),
        ("Their video of the second-half comeback (3:50) is worth it: the equaliser lands at 2:41.",
         [(161.0, None)]),
    ],
    "a relative clause or a particle between the noun and the bracket": [
        ("The recap the league put out (4:45) is decent; the disputed try comes at 3:12.", [(192.0, None)]),
        ("I've finally got the unboxing video up (11:08), and the speaker test starts at 7:30.", [(450.0, None)]),
        ("Di video wey dem share (2:35) don reach everywhere, but na at 1:40 you go see am.", [(100.0, None)]),
    ],
    "a bracketed time after no footage noun stays a position": [
        ("In the clip, the fullback slips on the wet grass (0:52) and the winger is through.", [(52.0, None)]),
        ("In the highlights, watch the keeper's feet (1:24) before the penalty.", [(84.0, None)]),
        ("In my video the blade guard rattles badly (2:48), which is a shame.", [(168.0, None)]),
        ("In the clip the bowler slips (0:33) and the umpire calls dead ball.", [(33.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_modified_work_lengths(text, expected):
    assert found_spans(text) == expected
