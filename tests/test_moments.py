"""The extractor against the published dev corpus, our own case set and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate import extract_moments
from annotate.errors import InputError
from tests.moments_scoring import load_cases, score, score_by, weak_groups

DATA = Path(__file__).parent / "data"
DEV = DATA / "moments-dev.jsonl"  # copy of /work/shared/corpus/moments-dev.jsonl
OWN = DATA / "moments_cases.jsonl"
# Batches written blind (before running the extractor on them), one round each: ids r1-, r2-, ...
BLIND = DATA / "moments_cases_blind.jsonl"
# Genre rounds written blind (chapter lists, reviews, court, sports, subtitle talk, visual
# investigation, wiki, pasted HTML/Markdown, British/Australian/Indian usage, forums, local news):
# ids g1-<genre>-NN, g2-..., each with a "genre" field.
GENRES = DATA / "moments_genres_blind.jsonl"
SEED = DATA / "jsa-defection-article.txt"  # copy of /work/shared/seed/jsa-defection-article.txt

MIN_F1 = 0.97
MIN_APPROX_ACCURACY = 0.95


@pytest.mark.parametrize("path", [DEV, OWN, BLIND, GENRES], ids=["dev-corpus", "own-cases", "blind-rounds", "genres"])
def test_corpus_scores(path: Path) -> None:
    result = score(load_cases(path), extract_moments)
    detail = "\n".join(result.failures[:40])
    assert result.f1 >= MIN_F1, f"{result.summary()}\n{detail}"
    assert result.approx_accuracy >= MIN_APPROX_ACCURACY, f"{result.summary()}\n{detail}"


def test_every_genre_scores_on_its_own() -> None:
    cases = load_cases(GENRES)
    by_genre = score_by(cases, "genre", extract_moments)
    # every genre holds seven texts, or (whole articles) twenty gold moments
    assert len(by_genre) >= 11 and all(
        len([c for c in cases if c["genre"] == g]) >= 7 or s.true_positives + s.false_negatives >= 20
        for g, s in by_genre.items())
    assert not (weak := weak_groups(by_genre, MIN_F1, MIN_APPROX_ACCURACY)), weak


def test_own_case_set_is_large_and_mixed() -> None:
    cases = load_cases(OWN)
    assert len(cases) >= 200
    assert sum(1 for c in cases if not c["moments"]) >= 60  # non-moments
    assert sum(1 for c in cases if len(c["moments"]) > 1) >= 20  # mixed texts
    assert len({c["id"] for c in cases}) == len(cases)


@pytest.mark.parametrize("path", [DEV, OWN, BLIND, GENRES], ids=["dev-corpus", "own-cases", "blind-rounds", "genres"])
def test_every_moment_points_at_its_quote_and_sentence(path: Path) -> None:
    for case in load_cases(path):
        text = case["text"]
        moments = extract_moments(text, case.get("duration"))
        assert [m.span for m in moments] == sorted(m.span for m in moments), case["id"]
        for m in moments:
            b, e = m.span
            assert text[b:e] == m.quote and m.quote.strip() == m.quote and m.quote, case["id"]
            assert m.sentence in text and m.quote in m.sentence, case["id"]
            assert m.caption.strip(), case["id"]
            assert m.id == ""
            low, high = m.window
            assert low <= m.start <= high, (case["id"], m.window)


def test_seed_article_yields_the_one_moment() -> None:
    text = SEED.read_text(encoding="utf-8")
    moments = extract_moments(text)
    assert len(moments) == 1
    m = moments[0]
    assert m.start == 147.0 and m.end is None and m.approximate
    assert m.caption == (
        "the defector abandons the North Korean military truck he was driving and races for "
        "sanctuary in South Korea"
    )
    assert text[m.span[0]:m.span[1]] == m.quote == "roughly two minutes and twenty-seven seconds"
    assert m.sentence.startswith("The L.A. Times notes that")
    assert m.window[0] < 147 < m.window[1] and m.window[1] - m.window[0] >= 10


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("At 1:12 in the bodycam video, the officer draws his weapon.", "the officer draws his weapon"),
        ("The exchange, from 2:10 to 2:48, was later cited by prosecutors.",
         "The exchange was later cited by prosecutors"),
        ("The drone footage (0:45) shows smoke rising from the warehouse roof.",
         "The drone footage shows smoke rising from the warehouse roof"),
        ("According to Reuters, at 3:05 a second vehicle enters the frame.", "a second vehicle enters the frame"),
        ("The most violent part begins at about 1:50, when officers push the crowd back, as rain falls.",
         "officers push the crowd back"),
        ("Ninety seconds into the video, a man in a red jacket climbs the fence.",
         "a man in a red jacket climbs the fence"),
        ("A second vehicle enters the frame at the 3:05 mark, police say.", "A second vehicle enters the frame"),
        ("Halfway through the eight-minute clip, the speaker is interrupted.", "the speaker is interrupted"),
        ("At 2:27 precisely, he raises his hand.", "he raises his hand"),
        ("The officer's bodycam, which runs 14:22, shows him drawing at 6:01.",
         "The officer's bodycam shows him drawing"),
        ("The final 10 seconds of the one-minute clip show the soldier falling.", "the soldier falling"),
        ("In the deposition video, the CEO pauses at 1:14:05.", "the CEO pauses"),
        ("Bellingcat's analysis notes that at 00:01:34 the plate becomes legible.", "the plate becomes legible"),
        ("With 30 seconds left in the two-minute video, the door slams shut.", "the door slams shut"),
        ("The 45-second mark is where the flag comes down.", "the flag comes down"),
        ("The chant grows louder from 0:30 on.", "The chant grows louder"),
        ("“At 2:27,” she said, “he runs.”", "he runs"),
        ('"You can see him at 0:52," the analyst said.', "You can see him"),
    ],
)
def test_caption(text: str, caption: str) -> None:
    (m,) = extract_moments(text)
    assert m.caption == caption


def test_caption_drops_list_separators_between_times() -> None:
    moments = extract_moments("Geolocated frames at 00:12, 00:37 and 01:04 match the bridge.")
    assert {m.caption for m in moments} == {"Geolocated frames match the bridge"}


def test_captions_in_a_mixed_sentence_follow_their_own_clause() -> None:
    moments = extract_moments("At 0:41 a jeep appears, and about 15 seconds later it stops near the monument.")
    assert [m.caption for m in moments] == ["a jeep appears", "it stops near the monument"]


@pytest.mark.parametrize(
    ("text", "captions"),
    [
        # A chapter line's one-word title is its caption, in every layout, never the line with its time.
        ("Chapters:\n00:00 Intro\n01:15 What the dashcam shows\n02:30 Verdict",
         ["Intro", "What the dashcam shows", "Verdict"]),
        ("Intro (0:00)\nUnboxing – 0:52\n[12:47] Verdict", ["Intro", "Unboxing", "Verdict"]),
        ("Chorus: 0:52–1:22\nBridge: 2:34–2:58", ["Chorus", "Bridge"]),
        # Prose whose time phrase is most of it keeps the sentence: one word of it is no caption.
        ("Listen from 1:20 until the end.", ["Listen from 1:20 until the end"]),
        ("Look at 1:05.", ["Look at 1:05"]),
        # A label about the post goes, whole; a label that says what is seen stays.
        ("Show notes: at 2:10 in the dashcam video the first tanker ignites.", ["the first tanker ignites"]),
        ("Update: at 0:45 the uploader's trim begins.", ["the uploader's trim begins"]),
        ("Loading bay camera: the shutter is forced at 3:12.", ["Loading bay camera: the shutter is forced"]),
        # A quoted exclamation does not end the sentence that goes on past it.
        ('The crew can be heard shouting "get back, get back!" around the 2:40 mark.',
         ['The crew can be heard shouting "get back, get back!"']),
        ('A deputy yells "Hands up!" at 0:45. Then he runs.', ['A deputy yells "Hands up!"']),
    ],
)
def test_caption_of_lists_labels_and_quoted_exclamations(text: str, captions: list[str]) -> None:
    assert [m.caption for m in extract_moments(text)] == captions


def test_caption_falls_back_to_the_sentence_when_nothing_else_is_left() -> None:
    (m,) = extract_moments("2:27.")
    assert m.caption == "2:27"


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("At 2:27 he runs.", (147.0, 148.0)),
        ("At 2:27.5 he runs.", (147.5, 147.6)),
        ("At 00:02:27,500 he runs.", (147.5, 147.6)),
    ],
)
def test_window_of_exact_times_is_their_granularity(text: str, window: tuple[float, float]) -> None:
    (m,) = extract_moments(text)
    assert m.window == pytest.approx(window)


def test_windows_widen_with_coarser_and_hedged_times() -> None:
    def width(text: str) -> float:
        (m,) = extract_moments(text)
        return m.window[1] - m.window[0]

    exact = width("At 4:00 he runs.")
    minute_mark = width("At the four-minute mark he runs.")
    hedged = width("At roughly 4:00 he runs.")
    hedged_minutes = width("Around the four-minute mark he runs.")
    assert exact < hedged < minute_mark < hedged_minutes
    (m,) = extract_moments("Around the four-minute mark he runs.")
    assert m.window[0] < 240 < m.window[1]


def test_range_window_is_about_its_start() -> None:
    (m,) = extract_moments("From 2:10 to 2:48 they argue.")
    assert m.window == (130.0, 131.0)


def test_window_is_clamped_to_the_footage() -> None:
    (m,) = extract_moments("At roughly 0:02 the camera moves.")
    assert m.window[0] == 0.0
    (m,) = extract_moments("At roughly 1:58 the camera moves.", duration=120)
    assert m.window[1] == 120.0


def test_duration_argument_wins_over_the_stated_length() -> None:
    text = "In the final 30 seconds of the three-minute video, the car drives away."
    (stated,) = extract_moments(text)
    (given,) = extract_moments(text, duration=240)
    assert (stated.start, stated.end) == (150.0, 180.0)
    assert (given.start, given.end) == (210.0, 240.0)


# (10**400: no float holds it, and the check itself raised OverflowError)
@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf"), "90", True, 10**400])
def test_bad_duration_is_an_input_error(bad: object) -> None:
    with pytest.raises(InputError, match="duration"):
        extract_moments("At 2:27 he runs.", bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   \n\t", "No times here at all."])
def test_text_without_times_yields_nothing(text: str) -> None:
    assert extract_moments(text) == []


def test_relative_moment_counts_from_a_range_start_and_inherits_hedges() -> None:
    moments = extract_moments("From roughly 1:00 to 1:30 they argue. Twenty seconds later, one walks off.")
    assert [(m.start, m.end, m.approximate) for m in moments] == [(60, 90, True), (80, None, True)]


def test_moments_come_back_in_document_order_across_paragraphs() -> None:
    text = "At 3:00 the door opens.\n\nEarlier, at 1:00, a man waits.\n\nFive seconds earlier, a car passes."
    assert [m.start for m in extract_moments(text)] == [180, 60, 55]


def test_window_of_a_time_past_the_stated_duration_still_holds_it() -> None:
    (m,) = extract_moments("At 2:27 he runs.", duration=100)
    assert m.window == (147.0, 148.0)


# Families round 6 exposed, each with a sentence of its own (not the round's): (text, [(start, end)]).
@pytest.mark.parametrize(("text", "expected"), [
    # a range whose ends carry HTML emphasis
    ("<p>Between <strong>0:40</strong> and <strong>0:55</strong> the crowd scatters.</p>", [(40.0, 55.0)]),
    # titles with their lengths as HTML list items
    ("<ul><li>Teaser (0:30)</li><li>Full interview (12:45)</li></ul><p>She laughs at 3:05.</p>", [(185.0, None)]),
    # a schedule label in the cell before the time
    ("<table><tr><th>Doors</th><td>18:30</td></tr></table>", []),
    # a British dotted clock with "hrs" is a time of day, not hours
    ("The ferry left at 07.15 hrs; the deckhand falls at 2:12 in the video.", [(132.0, None)]),
    # an offset into a lap or set measures the race, not the footage
    ("He attacks ten seconds into the third lap, 4:40 into the broadcast.", [(280.0, None)]),
    # "N minutes in" opening an unpunctuated clause
    ("two minutes in you can hear the siren", [(120.0, None)]),
    # a start verb with its object, and a continuation verb
    ("The choir starts singing at 0:50 and keeps going until 2:10.", [(50.0, 130.0)]),
    # a song's stated length is not the footage's
    ("The single runs 3:40 and fades out in its final 20 seconds.", []),
    # a task done in a time, compared with another
    ("The laptop boots in 0:38 here, versus 0:52 on the old model.", []),
    # a speaker label with its time
    ("Witness (14:02): I saw nothing.\nCounsel (14:09): Nothing at all?", [(842.0, None), (849.0, None)]),
    # a genre word for footage states a length a fraction can count in
    ("Halfway through the 30-minute tutorial, the code finally compiles.", [(900.0, None)]),
    # a schedule heading's sentence is over: a later sentence's time is a position
    ("Set times: doors 19:00, support 20:00. In the aftermovie the confetti drops at 2:35.", [(155.0, None)]),
    # a position said into the recording makes the rest of the sentence walk through it
    ("About 2:10:00 into the stream the chair warned him; he was removed at 2:12:30.",
     [(7800.0, None), (7950.0, None)]),
])
def test_round_six_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert [(m.start, m.end) for m in extract_moments(text)] == expected


# Families round 7 exposed, each with a sentence of its own (not the round's): (text, [(start, end)]).
@pytest.mark.parametrize(("text", "expected"), [
    # a lone zero hour is no clock, whatever follows it ("... at 0:22 show", not "the 7:30 show")
    ("The picture was altered, as the reflections at 0:31 show.", [(31.0, None)]),
    # a one-digit hour read to the second is a position: a clock with seconds is written 01:04:10
    ("The chair intervened at 2:41:30 and closed the session at 2:43:10.", [(9690.0, None), (9790.0, None)]),
    ("The save came at 1:31:05 and the equaliser that followed at 1:33:40.", [(5465.0, None), (5620.0, None)]),
    # an HTML anchor whose text is the time its link points at: one moment
    ('<p>Best bit: <a href="https://www.youtube.com/watch?v=k2J&t=340">5:40</a>.</p>', [(340.0, None)]),
    # list lines under a heading line naming results (race times) or a plan (times of day)
    ("Club championship results\n1. A. Mensah 31:02\n2. R. Patel 31:40\nThe finish is at 44:10 in our stream.",
     [(2650.0, None)]),
    ("Conference programme\n| Session | Starts |\n|---|---|\n| Keynote | 09:30 |\n| Panel | 11:15 |", []),
    # a time zone in brackets
    ("Checklist from the radio log:\n- Unit two on scene 18:40 (UTC)\n- In the clip, the door gives way at 2:05",
     [(125.0, None)]),
    # a field naming a time in the world
    ("Arrival time: 21:47. In the recording the dispatcher answers at 0:04.", [(4.0, None)]),
    ("Order time – 19:12, delivered 19:58; my unboxing video has the crushed lid at 1:20.", [(80.0, None)]),
    # a range of the clock right after the footage's making
    ("Shadows say it was recorded between 16:10 and 16:30; the tower falls at 2:45 in the clip.", [(165.0, None)]),
    # a shape no clock has stays a position when its sentence tells a time of day
    ("The flag at 0:42 and the bell at 14:00 on Sunday match.", [(42.0, None)]),
    # a compact length after a runtime label
    ("Running time 1h 52m. The chase starts 48 minutes in.", [(2880.0, None)]),
    # a footage noun (maybe placed in another) names where the time is
    ("The last shot in the montage, at 10:40, sums it up: a crisp sunset, then darkness.", [(640.0, None)]),
    ("The best clip of the reel, at 19:15, is all sunset.", [(1155.0, None)]),
    # a finisher's time is a race time
    ("Results are in: first finisher in 17:02, last finisher in 48:10.", []),
    # an audience counted "in its first N hours" is a window of the world
    ("The trailer drew 4 million views in its first 24 hours; the reveal is at 1:48.", [(108.0, None)]),
    # a crew's day: call time, lunch, wrap
    ("Crew notes: call time for sound: 07:45, lunch 13:00–13:45, wrap by 19:30. The boom dips into shot at 2:14.",
     [(134.0, None)]),
    # a titled person's report of a past event, even while the text walks through footage
    ("The doors burst open at 1:10 in the video. Sgt Ellis says the van left at 10:15, but the clip never shows it.",
     [(70.0, None)]),
    # zero-padded clocks a clause apart are one kind of clock
    ("The captions were turned off at 08:15 and on again by 08:40.", []),
    # a recess or working hours as a clock range; but a range that works in the footage stays
    ("(Adjourned, 12:58 to 14:10.) The witness returns at 1:02:45 in the recording.", [(3765.0, None)]),
    ("The trick worked from 2:10 to 2:40 in the clip.", [(130.0, 160.0)]),
])
def test_round_seven_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert [(m.start, m.end) for m in extract_moments(text)] == expected
