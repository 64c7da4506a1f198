"""A song's other version named as a sentence's subject with its length in brackets (blind round 169, a Zambian
kalindula music-video page): "A remix (3:48) featuring Ghanaian artist Kofi Ansah was released in March 2024." is the
remix's length, no position in the music video, as "The Super Bowl spot (0:30) cut it entirely" already was for a
played thing, a wiki's footnote mark closing the sentence before or not. Remixes, mixes, covers and renditions are
works of their own; a part of the footage cited in brackets ("The drone footage (0:45) shows smoke", "The chorus
(1:10) features the troupe") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "another version of the song, its length in brackets": [
        ("The music video runs 4:56.[2] At 3:32 Mutale's late grandmother appears in a photograph, which Mutale "
         "described as \"the heart of the song\".[4] A remix (3:48) featuring Ghanaian artist Kofi Ansah was released "
         "in March 2024.", [(212.0, None)]),
        ("The music video runs 4:56. At 3:32 his grandmother appears. A remix (3:48) featuring Ghanaian artist Kofi "
         "Ansah was released in March 2024.", [(212.0, None)]),
        ("The official video runs 3:10. An acoustic cover (2:55) by the band's drummer went up a week later.", []),
        ("The video is 4 minutes long. Its club mix (6:20) was played at every wedding in Lusaka that year.", []),
        ("At 1:05 the choir enters. A live rendition (5:12) from the Harare show is on the label's channel.",
         [(65.0, None)]),
    ],
    "a part of the footage cited in brackets stays a position": [
        ("The video is 5 minutes long. The drone footage (0:45) shows smoke over the bridge.", [(45.0, None)]),
        ("The video runs 4:56. The chorus (1:10) features the whole troupe.", [(70.0, None)]),
        ("The video is 4 minutes long. The dance break (2:10) was widely imitated.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_remix_subject_paren(text, expected):
    assert found_spans(text) == expected
