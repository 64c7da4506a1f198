"""Which video each moment of an article is in (annotate.moments.attribution),
through the timeline builder that calls it: texts written for every way an
article says it (ordinals, names, links, continuity, nothing)."""

from __future__ import annotations

import warnings

import pytest

from annotate.errors import AttributionWarning
from annotate.model import Footage
from annotate.moments.attribution import NOT_SAID, attribute, link_key, mentions
from annotate.timeline.build import from_article

TWO = (Footage(path="/f/rooftop.mp4"), Footage(path="/f/passerby.mp4"))
THREE = (Footage(path="/f/one.mp4"), Footage(path="/f/two.mp4"), Footage(path="/f/three.mp4"))
CAMS = (Footage(path="/f/bodycam.mp4"), Footage(path="/f/dashcam.mp4"))
NAMED = (Footage(path="/f/A.mp4", id="drone"), Footage(path="/f/B.mp4", id="ground"))
LETTERS = (Footage(path="/f/A.mp4"), Footage(path="/f/B.mp4"))
NUMBERS = (Footage(path="/f/1.mp4"), Footage(path="/f/2.mp4"))
CAMEL = (Footage(path="/f/street.mp4"), Footage(path="/f/DroneShot.mp4"))
SHARED = (Footage(path="/f/cam_north.mp4"), Footage(path="/f/cam_south.mp4"))
SITES = (Footage(path="/c/x.mp4", url="https://vimeo.com/555"),
         Footage(path="/c/y.mp4", url="https://www.youtube.com/watch?v=abc123"))
TUBES = (Footage(path="/c/x.mp4", url="https://www.youtube.com/watch?v=aaa111"),
         Footage(path="/c/y.mp4", url="https://youtu.be/bbb222"))

# (text, videos, the video index of each moment in text order, how many go to the first unsaid)
CASES = {
    # ordinals
    "first-then-second": ("In the first video, the man runs at 0:10. In the second video, a car stops at 0:20.",
                          TWO, [0, 1], 0),
    "a-second-clip": ("A second clip shows the crash at 1:05.", TWO, [1], 0),
    "2nd-clip": ("The 2nd clip, at 0:30, shows the gate.", TWO, [1], 0),
    "third-of-three": ("The third video shows smoke at 0:12.", THREE, [2], 0),
    "two-in-one-sentence": ("In the first clip the truck stops at 0:41; in the second clip it turns at 0:12.",
                            TWO, [0, 1], 0),
    "last-of-three": ("The first video is long. The last video shows the arrest at 2:00.", THREE, [2], 0),
    "the-other-video": ("The first video shows the plaza at 0:05. The other video, taken by a passer-by, shows "
                        "the car stop about 20 seconds in.", TWO, [0, 1], 0),
    "another-clip": ("The first video opens at 0:05 on the road. Another clip shows the same scene at 0:33.",
                     TWO, [0, 1], 0),
    "other-after-second": ("The second video shows the gate at 0:03. The other video shows the road at 0:07.",
                           TWO, [1, 0], 0),
    "ordinal-word-between": ("In the first, shaky video, at 0:07 the gate opens.", TWO, [0], 0),
    "latter-video": ("Both were posted. The latter video shows the arrest at 0:50.", TWO, [1], 0),
    "second-one": ("The first video is long. The second one, at 0:09, shows the gate.", TWO, [1], 0),
    # words that only look like ordinals
    "first-time-camera": ("In the second video, the road is empty. For the first time the camera shows him "
                          "at 0:15.", TWO, [1], 0),
    # ("A second later" is itself a moment: a second after 0:05)
    "a-second-later": ("The first video shows a car at 0:05. A second later the camera turns, at 0:06.",
                       TWO, [0, 0, 0], 0),
    "first-appears": ("In the second clip the street is quiet. The man first appears in the video at 0:15.",
                      TWO, [1], 0),
    "ordinal-beyond-count": ("The second video shows the road at 0:05. The third video shows a car at 0:08.",
                             TWO, [1, 1], 0),
    # names and descriptions
    "bodycam-footage": ("The bodycam footage shows the officer at 0:45.", CAMS, [0], 0),
    "dashcam-then-bodycam": ("The dashcam video, at 1:10, shows the car. In the bodycam footage, he runs at 0:20.",
                             CAMS, [1, 0], 0),
    "named-drone": ("The drone video shows the crowd at 0:30.", NAMED, [0], 0),
    "named-the-ground": ("From the ground, at 0:12, the crowd looks larger.", NAMED, [1], 0),
    "video-letter": ("In video B, at 0:09, the door opens. Video A shows it at 0:11.", LETTERS, [1, 0], 0),
    "camera-number": ("Camera 2 shows the gate at 0:05.", NUMBERS, [1], 0),
    "camel-case-file": ("The drone footage, at 0:22, shows the roof.", CAMEL, [1], 0),
    "shared-word-ignored": ("The south camera shows the road at 0:12. The north cam has it at 0:10.", SHARED,
                            [1, 0], 0),
    "site-of-url": ("The YouTube upload shows the crash at 0:40. The Vimeo video has it at 0:10.", SITES,
                    [1, 0], 0),
    # links
    "link-with-time": ("Watch https://youtu.be/abc123?t=75 for the crash.", SITES, [1], 0),
    "two-links": ("See https://www.youtube.com/watch?v=aaa111&t=12s and https://youtu.be/bbb222?t=40 for both.",
                  TUBES, [0, 1], 0),
    "unknown-link-keeps-talk": ("The second video is shorter. Watch https://youtu.be/zzz?t=5 too.", TUBES, [1], 0),
    # continuity
    "continues": ("The second video begins on the road. A car passes at 0:05. At 0:09 it stops.", TWO, [1, 1], 0),
    "paragraphs": ("The first video is from a rooftop. At 0:10 a car stops. At 0:20 it turns.\n\n"
                   "The second video was filmed by a passer-by. At 0:05 a man runs. Later, at 0:30, he falls.",
                   TWO, [0, 0, 1, 1], 0),
    "mention-after-in-sentence": ("At 0:42 the car stops, as seen in the second video.", TWO, [1], 0),
    "back-to-first": ("The second video shows a man at 0:05. Back in the first video, at 1:00, the car leaves.",
                      TWO, [1, 0], 0),
    "clock-time-follows": ("In the second video, the clock reads 3:14 p.m. when the car stops.", TWO, [1], 0),
    # nothing said
    "nothing-said": ("At 0:10 the man runs.", TWO, [0], 1),
    "said-only-later": ("At 0:10 the man runs. The second video shows the car at 0:20.", TWO, [0, 1], 1),
    "both-videos-not-one": ("Both videos show the car. At 0:12 it stops.", TWO, [0], 1),
}


def attributed(text: str, videos: tuple[Footage, ...]) -> tuple[list[str], list[str], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        timeline = from_article(text, videos=videos)
    said = [str(w.message) for w in caught if issubclass(w.category, AttributionWarning)]
    return [timeline.video_id(m) for m in timeline.moments], said, [m.notes for m in timeline.moments]


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_moment_goes_to_the_video_the_text_places_it_in(name):
    text, videos, expected, unsaid = CASES[name]
    got, said, notes = attributed(text, videos)
    ids = [v.id for v in from_article("", videos=videos).videos]
    assert got == [ids[i] for i in expected]
    assert len(said) == unsaid
    assert sum(note == NOT_SAID for note in notes) == unsaid


def test_the_cases_cover_every_kind_of_mention():
    assert len(CASES) >= 30
    kinds = set()
    for text, videos, _, _ in CASES.values():
        kinds |= {m.how for m in mentions(text, from_article("", videos=videos).videos)}
    assert kinds == {"ordinal", "other", "name", "id", "link"}


def test_an_unsaid_moment_goes_to_the_first_video_never_the_last():
    text = "At 0:10 the man runs. At 0:20 he falls."
    got, said, _ = attributed(text, THREE)
    assert got == ["one", "one"]
    assert said and all("placed on the first (one)" in s for s in said)


def test_one_video_needs_no_attribution_and_warns_nothing():
    got, said, notes = attributed("The second video shows the car at 0:20.", (Footage(path="/f/a.mp4"),))
    assert got == ["a"] and said == [] and notes == [""]


def test_a_moment_that_already_names_its_video_keeps_it():
    from annotate.moments import extract_references

    moments = [m.__class__(**{**m.__dict__, "footage": "passerby"})
               for m in extract_references("In the first video, at 0:10, he runs.").moments]
    videos = from_article("", videos=TWO).videos
    assert [m.footage for m in attribute("In the first video, at 0:10, he runs.", moments, videos).moments] == [
        "passerby"]


@pytest.mark.parametrize(("a", "b"), [
    ("https://youtu.be/abc", "https://www.youtube.com/watch?v=abc&t=20"),
    ("https://m.youtube.com/watch?v=abc", "https://youtube.com/shorts/abc"),
    ("https://vimeo.com/555/", "http://www.vimeo.com/555?t=3"),
])
def test_links_to_one_upload_share_a_key(a, b):
    assert link_key(a) == link_key(b)


def test_links_to_two_uploads_do_not():
    assert link_key("https://youtu.be/abc") != link_key("https://youtu.be/abd")
    assert link_key("https://vimeo.com/555") != link_key("https://example.com/555")


ENDS_TEXT = """Two videos of the crossing were released

The first video, filmed from a rooftop, is long. Ten seconds before the end, the gate closes.

The bodycam footage is shorter. Ten seconds before the end, the door opens. Halfway through, a dog barks.
At 0:12 an officer shouts.
"""


def test_forms_from_the_end_are_read_against_the_moments_own_video():
    videos = (Footage(path="rooftop.mp4", duration=270.0), Footage(path="bodycam.mp4", duration=40.0))
    t = from_article(ENDS_TEXT, videos=videos)
    assert [(m.footage, m.start) for m in t.moments] == [
        ("rooftop", 260.0), ("bodycam", 30.0), ("bodycam", 20.0), ("bodycam", 12.0)]
    # An explicit duration is the caller's choice for every form, as before.
    assert [m.start for m in from_article(ENDS_TEXT, videos=videos, duration=100.0).moments] == [
        90.0, 90.0, 50.0, 12.0]
    # A second video never probed: its positions stay read against the first's length.
    unknown = (videos[0], Footage(path="bodycam.mp4"))
    assert [m.start for m in from_article(ENDS_TEXT, videos=unknown).moments] == [260.0, 260.0, 135.0, 12.0]
