"""Families of misses the fitted sets still held after rounds 46-49 were fixed, and the known misses of issue 16's
leftovers list, each with sentences written for the family (none copied from a case set) and near-misses that must
stay as they are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged, found_spans

FAMILIES = {
    # A work's length said with "it" (once the paragraph names a work) or as "the whole thing": one rule. The length
    # then serves the end and fraction forms.
    "a work said to last so long": [
        ("The trailer is out. It runs about two minutes. In the last 20 seconds the title card drops.",
         [(100.0, 120.0)]),
        ("The whole thing runs 12 minutes, and the final minute is the credits.", [(660.0, 720.0)]),
        ("Whole lot's 6:40 or so; halfway through the bass drops.", [(200.0, None)]),
        ("The entire thing lasted 9 minutes. In the final 30 seconds the goalkeeper scores.", [(510.0, 540.0)]),
        ("Watched the highlights. It clocks in at 8 minutes in total, and the last 60 seconds are bloopers.",
         [(420.0, 480.0)]),
        # near-misses: "it" with no work named is an event; a mark or "in" after it is a position
        ("The storm hit the coast. It lasted 40 minutes.", []),
        ("The whole thing is 2 minutes in, where the cat jumps.", [(120.0, None)]),
        ("The whole thing's 3:10 mark is where it turns.", [(190.0, None)]),
    ],
    # A work streamed on the web is footage: its length serves the end and fraction forms, and is no moment itself.
    "a webcast or webinar's length": [
        ("The webcast runs 2 hours. The final 10 minutes are questions from the floor.", [(6600.0, 7200.0)]),
        ("The council webcast runs 90 minutes; halfway through, the chair walks out.", [(2700.0, None)]),
        ("Our webinar lasted 48 minutes, and the last 8 minutes were a demo.", [(2400.0, 2880.0)]),
        ("The launch telecast runs three hours. Twenty minutes before the end, the booster lands.",
         [(9600.0, None)]),
        ("The webcast runs 2 hours.", []),
        # near-misses: a position in the webcast stays one
        ("The vote comes 1:12:30 into the webcast.", [(4350.0, None)]),
        ("At 14:05 in the webinar the slides freeze.", [(845.0, None)]),
    ],
    # A length said as closer to (or nearer) another figure: still the work's length, never a position.
    "a length corrected with closer to": [
        ("The listing says 40 minutes, but the video is closer to 35 mins. The last 5 mins are credits.",
         [(1800.0, 2100.0)]),
        ("The upload claims an hour; the stream was nearer to 50 minutes, and halfway through it froze.",
         [(1500.0, None)]),
        ("The vod's closer to 35 mins; in the final minute the host waves.", [(2040.0, 2100.0)]),
        ("the clip is closer to 3 minutes than 2", []),
        # near-misses: a position said closer to a mark stays a position
        ("The goal isn't at 20 mins, it's closer to 35 mins in.", [(1200.0, None), (2100.0, None)]),
    ],
    # The opening stretch of a work judged for its pace ("it feels it", "is a slog", "drag a bit", "are routine"): a
    # reviewer's verdict on how the length is spent, no stretch to watch.
    "an opening stretch judged for its pace": [
        ("The director's cut is long, and for its first hour it feels it.", []),
        ("The campaign's first hour is a real slog, but the final boss fight at 9:12:40 in my playthrough is superb.",
         [(33160.0, None)]),
        ("The first 40 minutes drag a bit; the heist at 1:02:15 makes up for it.", [(3735.0, None)]),
        ("For the first half hour the film plods, then the chase starts at 31:20.", [(1880.0, None)]),
        ("The first two hours of the sitting are largely routine: minutes, apologies, a budget line.", []),
        ("Its opening twenty minutes feel overlong.", []),
        # near-misses: what the opening stretch shows, or a stretch to watch, stays a range
        ("The first ten seconds are slow motion.", [(0.0, 10.0)]),
        ("The first minute is dark, then the lights come on.", [(0.0, 60.0)]),
        ("In the first hour it is all chat.", [(0.0, 3600.0)]),
        ("Skip the first 5 minutes, they are long shots of the harbour.", [(0.0, 300.0)]),
    ],
    # A clock set ahead of an event at a time said in the day's words (a recipe's, a plan's or an invitation's
    # schedule): "serve at 7:30 for an 8 p.m. dinner" is a time of day, not a position in the recipe video.
    "a clock set ahead of an event at a time of day": [
        ("Rest the lamb, then carve at 7:15 for an 8pm dinner.", []),
        ("The rehearsal starts at 6:30 for a 7.30pm curtain, and the clip from it shows the fall at 2:15.",
         [(135.0, None)]),
        ("Doors at 7:15 for an 8pm show; the set video is 40 minutes and the encore is at 36:10.", [(2170.0, None)]),
        ("Pickup is 5:45 ahead of the 6:30am flight.", []),
        ("Please be seated by 6:40 in time for the 7 o'clock curtain.", []),
        ("Coaches leave at 9:10, before the 10am ceremony.", []),
        # near-misses: a position in the video beside the day's plan stays a position
        ("In the video he plates up at 0:45 for an 8 p.m. dinner party.", [(45.0, None)]),
        ("The video (11:20) covers it: the sauce goes in at 4:30, ready for an 8 p.m. dinner.", [(270.0, None)]),
    ],
    # A sentence opened on where in the footage it is, the time in brackets after the work's noun: "In the video
    # (0:45), he falls" cites a position even when later positions follow it in the sentence.
    "a sentence opened in the footage at a bracketed time": [
        ("In the bodycam footage (2:31), the officer draws; at 2:40 he fires.", [(151.0, None), (160.0, None)]),
        ("In this clip (0:12), a man waves, then at 0:20 he runs.", [(12.0, None), (20.0, None)]),
        ("In the video (2:05), he slips; 10 seconds later he is up.", [(125.0, None), (135.0, None)]),
        ("In the livestream (1:04:10), the chair calls the vote, and by 1:05:00 it has passed.",
         [(3850.0, None), (3900.0, None)]),
        # near-misses: a work's bracketed length stays a length when what follows says so
        ("The clip (1:12) shows smoke at 0:40.", [(40.0, None)]),
        ("The clip (1:12) was shared widely, and the shot comes at 0:50.", [(50.0, None)]),
    ],
    # A position already placed, named again with "the" only to be taken back ("so the half-hour mark can't be
    # right"), is no new mention; a time told wrong the first time is still one (a claim about the footage).
    "a placed position restated to retract it": [
        ("The reveal is at the 12-minute mark. Edit: the video is only 11 mins, so the 12-minute mark can't be "
         "right; it's at 10:40.", [(720.0, None), (640.0, None)]),
        ("Chapters say 3:10. The 3:10 is wrong, the crash is at 3:40.", [(190.0, None), (220.0, None)]),
        ("The flag drops at 5:00, though the 5:00 mark isn't right in the captions.", [(300.0, None)]),
        ("Someone said the goal was at 1:20:15. That 1:20:15 was a typo, it's 1:02:15.",
         [(4815.0, None), (3735.0, None)]),
        # near-misses: a time first told as wrong, or restated without taking it back, is a mention
        ("The 4:10 mark is wrong in the chapters; the goal is at 4:50.", [(250.0, None), (290.0, None)]),
        ("The crash is at 3:10. The 3:10 crash is the one everyone shares.", [(190.0, None), (190.0, None)]),
    ],
    # A position denied, then the corrected one said with an informal hedge as what it is, no "at" or "in":
    # "it doesn't start at 45 mins like someone said, it's more like an hour five".
    "a corrected position after a denied one": [
        ("the debate doesn't start at 45 mins like someone said, it's more like an hour five or so.",
         [(2700.0, None), (3900.0, None)]),
        ("nah the goal isn't at 10 mins, it's like 12 mins.", [(600.0, None), (720.0, None)]),
        ("The drop didn't come at the hour mark as the chapters say, it's more like 1hr 10 or so.",
         [(3600.0, None), (4200.0, None)]),
        # near-misses: a length denied and corrected stays a length
        ("The speech didn't last 20 minutes, it's more like 40 minutes.", []),
    ],
    # The future inside words quoted with straight single quotes is the speaker's, not the clause's: "At 14:32 he
    # says 'we will review taxes'" quotes the footage (as it already did with double or curly quotes).
    "a future tense inside straight single quotes": [
        ("At 14:32 he says 'we will review taxes'.", [(872.0, None)]),
        ("At 13:05 the coach shouts 'you will regret this' at the referee.", [(785.0, None)]),
        ("Around 10:58 she tells the crowd 'we will not move', and the police advance.", [(658.0, None)]),
        # near-misses: the future outside the quote is the world's
        ("The council will vote at 14:30, the clerk said.", []),
        ("He said the march would start at 11:30 'whatever happens'.", []),
    ],
    # A second position joined to a placed one by "and again at" is the same act repeated in the footage, whatever
    # clock of the day the sentence also tells.
    "a position repeated with and again at": [
        ("The jury watched it; counsel stopped it at 0:32 and again at 1:05, and court rose at 4:15 pm.",
         [(32.0, None), (65.0, None)]),
        ("She rewinds to 0:14 and then again at 1:02 before the 6 pm break.", [(14.0, None), (62.0, None)]),
        # near-misses: clocks of the day repeated stay clocks
        ("The train left at 9:15 and again at 10:15 on Sunday, at 8 pm too.", []),
        ("Staff checked the tank at 06:00 and again at 09:30 before the 5 pm shift.", []),
    ],
    # The tense of words quoted before a stamp is the speaker's, not the clause's: a transcript's "5:40 — "the
    # flight was cancelled" 5:52 — "and we slept ..."" places both lines.
    "a past tense inside the quote before a stamp": [
        ('Podcast transcript. 5:40 — "the flight was cancelled twice" 5:52 — "and we slept at the airport"',
         [(340.0, None), (352.0, None)]),
        ('Transcript (auto). 2:02 — "she had lost her keys" 2:09 — "so we called a locksmith"',
         [(122.0, None), (129.0, None)]),
        # near-misses: a past tense outside the quote still tells the world's clock
        ('He said "we waited" and left at 14:20.', []),
        ('Police said the van "was parked badly" at 22:15.', []),
    ],
    # A work's length as a timecode with one word naming which cut before its noun ("the 9:30 album version", "the
    # 4:10 extended cut"): the length the end and fraction forms count from.
    "a timecode length naming the cut": [
        ("The hidden track starts 20 seconds before the end of the 9:30 album version.", [(550.0, None)]),
        ("The final 15 seconds of the 4:10 extended cut are silent.", [(235.0, 250.0)]),
        ("Halfway through the 6:40 phone video, the dog barks.", [(200.0, None)]),
        # near-misses: a mark, or a position said into the work, stays a position
        ("Skip to the 4:45 mark in the video.", [(285.0, None)]),
        ("At 1:20 the video cuts to black.", [(80.0, None)]),
    ],
    # A reply's own future before a lower-case full stop ("ok will try. what about ... like 2:03ish") is that
    # sentence's, not the next one's: chat that does not capitalise its sentences.
    "a future in the chat sentence before": [
        ("ok will try. what about the hiss at the very end tho, like 2:03ish", [(123.0, None)]),
        ("yeah we will see. the drop hits at like 3:12 lol", [(192.0, None)]),
        # near-misses: the future in the clock's own clause is the world's
        ("We will leave at 10:30 and be back by noon.", []),
        ("ok thanks. we will meet at 10:30 then", []),
    ],
    # A time told for those moving through the footage ("1:14:05 if you're scrubbing") is a position, whatever
    # game clock the words before name.
    "a time told for those scrubbing": [
        ("The free kick that wasn't paid is right after the second-quarter siren, 1:14:05 if you're scrubbing.",
         [(4445.0, None)]),
        ("The try that was disallowed comes just after the half-time hooter, 48:20 if you're scrubbing.",
         [(2900.0, None)]),
        ("The brawl starts right after the third-period horn, 1:51:40 for anyone scrubbing through the replay.",
         [(6700.0, None)]),
        # near-misses: a schedule's or a game's clock with no scrubbing stays the world's
        ("Doors 19:00, main act 21:00 if you want to skip the support.", []),
        ("Kick-off 15:00, so the first goal comes at 15:12 if you're watching live.", []),
        ("With 4:31 to play in the half, they scored.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_leftover_families_five(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


def test_a_corrected_position_is_approximate() -> None:
    assert found_hedged("the debate doesn't start at 45 mins like someone said, it's more like an hour five or so.") \
        == [(2700.0, None, False), (3900.0, None, True)]


def test_a_hedged_length_leaves_the_end_form_exact() -> None:
    assert found_hedged("The webcast runs about 2 hours. The final 10 minutes are questions.") == [
        (6600.0, 7200.0, False)]
