"""End forms and fractions whose work is told apart by a bare label ("(a)", "(2)", "(ii)"): on a page of several
works each with its own stated length, a label written just before a length and said again at the form makes the
form count from that length (issue 16, fixer "labels"); a label that names no stated length changes nothing."""

from __future__ import annotations

import pytest

from annotate import extract_moments


def _ranges(text: str) -> list[tuple[float, float | None]]:
    return [(m.start, m.end) for m in extract_moments(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # lettered works, the form's clause says the first one's letter
    ("The inquiry saw two files: (a) a 3-minute dashcam clip from the van, and (b) an 8-minute phone video "
     "from a balcony. In (a), the last 20 seconds show the van braking.", [(160.0, 180.0)]),
    ("Exhibits: (A) a 4-minute doorbell recording; (B) a 12-minute body camera video.\n\nIn (A), the final "
     "15 seconds show the porch light going off.", [(225.0, 240.0)]),
    # the second one's letter: the nearest length would have answered too, the label must agree
    ("The inquiry saw two files: (a) a 3-minute dashcam clip from the van, and (b) an 8-minute phone video "
     "from a balcony. In (b), the last 20 seconds show the van braking.", [(460.0, 480.0)]),
    # numbered works
    ("We were sent (1) a 6-minute drone video and (2) a 2-minute phone clip. On (1), the last 30 seconds "
     "show the roof collapsing.", [(330.0, 360.0)]),
    ("Two cuts went out: (i) a 5-minute trailer and (ii) a 2-hour film. In (i), the final 10 seconds tease "
     "the villain.", [(290.0, 300.0)]),
])
def test_a_label_said_with_its_length_and_again_at_the_form_picks_that_length(text, expected):
    assert _ranges(text) == expected


def test_a_labelled_fraction_counts_from_its_own_length():
    text = ("Sources: (1) a 90-second doorbell clip; (2) a 14-minute livestream recording.\n\nIn (1), halfway "
            "through, the door swings open.")
    [m] = extract_moments(text)
    assert (m.start, m.end) == (45.0, None)


@pytest.mark.parametrize(("text", "expected"), [
    # the label names no stated length: the form counts from the length it counted from before
    ("The inquiry saw two files: (a) a 3-minute dashcam clip from the van, and (b) an 8-minute phone video "
     "from a balcony. In (c), the last 20 seconds show the van braking.", [(460.0, 480.0)]),
    # no label at the form at all
    ("The inquiry saw two files: (a) a 3-minute dashcam clip from the van, and (b) an 8-minute phone video "
     "from a balcony. In the last 20 seconds the van brakes.", [(460.0, 480.0)]),
    # two labels said at the form: neither is chosen
    ("We were sent (1) a 6-minute drone video and (2) a 2-minute phone clip. Both (1) and (2) lose signal in "
     "the last 30 seconds.", [(90.0, 120.0)]),
    # a label far from any length (a list marker of prose, not of a work) is no work's label
    ("(a) Our reporter filmed the march from the bridge and the square for most of the afternoon, then left: "
     "the clip runs 4 minutes. A second clip runs 9 minutes. In (a), the final 20 seconds are dark.",
     [(520.0, 540.0)]),
])
def test_a_label_that_names_no_stated_length_changes_nothing(text, expected):
    assert _ranges(text) == expected


def test_a_later_list_lettering_its_works_again_wins():
    text = ("Last week we had (a) a 2-minute clip and (b) a 7-minute clip. This week the files are new: (a) a "
            "5-minute drone video and (b) a 1-minute phone video. In (a), the last 10 seconds show the crane.")
    assert _ranges(text) == [(290.0, 300.0)]


@pytest.mark.parametrize(("text", "expected"), [
    # "runs" said once for two works, the second's verb left out: each end form counts from its own work
    ("The festival broadcast is on the Player. Night one runs 2:41:10, night two 2:58:30.\n\nThe crowning "
     "(Night two, last 10 minutes)\nTears all round.", [(10110.0, 10710.0)]),
    ("The festival broadcast is on the Player. Night one runs 2:41:10, night two 2:58:30.\n\nThe crowning "
     "(Night one, last 10 minutes)\nTears all round.", [(9070.0, 9670.0)]),
    ("Cam A runs 14:02 and Cam B 9:40. On Cam B, the last 20 seconds are dark.", [(560.0, 580.0)]),
    ("Cam A runs 14:02 and Cam B 9:40. On Cam A, the last 20 seconds are dark.", [(822.0, 842.0)]),
    ("Part 1 runs 48:30; Part 2 52:10. Halfway through Part 1 the host leaves.", [(1455.0, None)]),
])
def test_a_work_named_after_another_length_with_its_verb_left_out_keeps_its_own_length(text, expected):
    assert _ranges(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the label at the form names neither work: the nearest length, as before
    ("Cam A runs 14:02 and Cam B 9:40. On Cam C, the last 20 seconds are dark.", [(560.0, 580.0)]),
    # a position after "runs ...," is no second length: "and at 1:10" opens a position
    ("The clip runs 2:41, and at 1:10 the door opens. In the last 20 seconds it rains.",
     [(70.0, None), (141.0, 161.0)]),
    ("The clip runs 2:41, until 1:10 nothing happens. In the last 20 seconds it rains.",
     [(70.0, None), (141.0, 161.0)]),
])
def test_a_position_after_a_runtime_is_no_elided_length(text, expected):
    assert _ranges(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered part's length in words, no media word in its paragraph: each part's end counts from its own
    ("Both evenings stay on the Player until May. Night one runs 3 hrs 10 mins; night two is shorter at 2 hours "
     "40.\n\nThe winner (Night one, last 5 minutes)\nConfetti.", [(11100.0, 11400.0)]),
    ("Both evenings stay on the Player until May. Night one runs 3 hrs 10 mins; night two is shorter at 2 hours "
     "40.\n\nThe winner (Night two, last 5 minutes)\nConfetti.", [(9300.0, 9600.0)]),
    ("Part one lasts 50 minutes and part two runs 1 hour 5 minutes. The twist comes in part one, in the final "
     "2 minutes.", [(2880.0, 3000.0)]),
])
def test_a_numbered_part_with_its_length_in_words_is_a_work_of_its_own(text, expected):
    assert _ranges(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part the page gives no length: the nearest length, as before
    ("Both evenings stay on the Player until May. Night one runs 3 hrs 10 mins; night two is shorter at 2 hours "
     "40.\n\nThe winner (Night three, last 5 minutes)\nConfetti.", [(9300.0, 9600.0)]),
    # a position said of a part is no length of it
    ("Night one runs 45 minutes into the broadcast before the first song. The broadcast runs 3 hours; in its last "
     "5 minutes the host sings.", [(2700.0, None), (10500.0, 10800.0)]),
])
def test_a_numbered_part_without_its_length_changes_nothing(text, expected):
    assert _ranges(text) == expected
