"""Families of misses that targeted round 53 (`tests/data/moments_genres_round53.jsonl`) exposed in forum threads and
pages pasted as HTML or Markdown, each with sentences written for the family (not the round's own) and near-misses
that must stay as they are. Every case lists (start, end, approximate) of each moment found."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    # a post's byline: its label ("Posted", "Edited", "Updated"), the post's date, then its clock: when the post was
    # written, not a position, whatever separator the forum puts between them
    "a post's byline clock after its date": [
        ("**kerbside_kev** · Posted 3 Mar 2026 · 07:40\nThe cyclist clips the mirror at 1:12 in my clip.",
         [(72.0, None, False)]),
        ("Posted on March 3, 2026 at 09:05 by trailcam_tom\nBadger shows up at 2:40.", [(160.0, None, False)]),
        ("**mossy_bank** · Edited 2 Feb 2026 · 06:45\nStill think the dog at 0:31 is a fox.", [(31.0, None, False)]),
        ("Posted 11 January 2026 - 09:20 by RiverRat\nThe kayak flips at 1:55.", [(115.0, None, False)]),
        ("Edited 14/02/2026, 08:55 – fixed the link. The crash is at 0:48.", [(48.0, None, False)]),
        ("**Re: noisy fan** — posted 2026-01-19 | 06:30\nIt whines from 0:20 to 0:35.", [(20.0, 35.0, False)]),
        # near-misses: a position after the date in the post itself, and a byline with no date, stay as they were
        ("Posted 3 Mar 2026. The mirror goes at 07:40 in the dashcam clip.", [(460.0, None, False)]),
        ("Posted by kev, 4 replies. Watch from 05:10 in the video.", [(310.0, None, False)]),
    ],
    # a post's clipped "around" and "about" ("ard", "arnd", "abt") hedge the time they touch, as "like" does
    "a post's clipped hedge": [
        ("The handball is ard 3min in, clear as day.", [(180.0, None, True)]),
        ("ye the goal is arnd 4:10 in the vid", [(250.0, None, True)]),
        ("fox walks past at abt 1:05 then legs it", [(65.0, None, True)]),
        ("the big bang is ard 40 secs in lol", [(40.0, None, True)]),
        # near-misses: words that merely hold the letters ("Richard", "hard", "card") hedge nothing
        ("Richard 2:10 is where he trips.", [(130.0, None, False)]),
        ("the card at 3:10 is harsh", [(190.0, None, False)]),
        ("goes hard 2:45 onwards", [(165.0, None, False)]),
    ],
    # an offset with "in" before an aside in brackets: the aside closes the clause as a comma would
    "an offset before a bracketed aside": [
        ("Filmed it, the squeal starts like 4 mins in (sorry, was fixing the mount first).", [(240.0, None, True)]),
        ("the fight kicks off 3 minutes in (watch the ref) and it's chaos", [(180.0, None, False)]),
        ("The knocking comes back about 90 seconds in (listen for it under the fan).", [(90.0, None, True)]),
        # near-misses: a length spent in a place, told with a bracketed place, is no position
        ("Leave the dough 20 minutes in (a warm spot) before shaping.", []),
        ("Bake it for 10 minutes in (the top of) the oven.", []),
    ],
    # "the first N minutes" of what a video holds before its content (sponsor reads, ads, an intro, rambling) is a
    # range from 0 as "of the video" is; and a post's bare span after a comma or a dash ("right at the start, first
    # 30 seconds") is one as "in the first 30 seconds" is
    "the opening stretch a post names": [
        ("Great tutorial, 14 min, just skip the first 2 minutes of sponsor reads.", [(0.0, 120.0, False)]),
        ("Fast-forward through the first 90 seconds of ads, the crash is after that.", [(0.0, 90.0, False)]),
        ("Ignore the first minute of rambling and it's spot on.", [(0.0, 60.0, False)]),
        ("The anthem is right at the start of the upload, first 40 seconds, before kick-off.", [(0.0, 40.0, False)]),
        ("best part of the vid — first 20 secs — is the drone shot", [(0.0, 20.0, False)]),
        # near-misses: the first minutes of an event in the world, or a count over them, are no range
        ("The first 10 minutes of the meeting were taken up with apologies.", []),
        ("We sold out, first 30 minutes.", []),
        ("Got 200 signups, first 48 hours.", []),
        ("Doors open, first 15 minutes free parking.", []),
        ("The meeting dragged, first 40 minutes on apologies.", []),
    ],
    # a work's length told as "it's N" where the paragraph has named the work ("My video shows it, it's only 4
    # mins,", "it's 9 minutes and shows every fold"): the length an end form counts from
    "a work's length told as it's N": [
        ("Mate's video covers it, it's only 5 mins, the fix is in the last 20 seconds.", [(280.0, 300.0, False)]),
        ("Watch the clip first – it's 8 minutes and shows each knot. The finished net is in the final ten "
         "seconds.", [(470.0, 480.0, False)]),
        ("There's a video of the whole build; it's 12 minutes. Halfway through it the frame goes up.",
         [(360.0, None, True)]),
        # near-misses: "it's" with no work named, or a clock, states no length, so the end form places nothing
        ("It's only 5 mins to the shop, and the last 20 seconds are uphill.", []),
        ("My video shows it, it's 5 mins past ten on the clock, and the bang is at 0:40.", [(40.0, None, False)]),
    ],
    # a relative phrase standing alone inside quotation marks names a bit of the video or a caption's words: only
    # the time beside it is a moment
    "a quoted relative is a name": [
        ("The crash is at 1:10. His \"five minutes later\" joke at 6:40 falls flat.", [(70.0, None, False),
                                                                                        (400.0, None, False)]),
        ("The kettle boils at 2:05. Then a card reading 'Ten minutes later' comes up.", [(125.0, None, False)]),
        ("Lift-off at 0:30, and the “thirty seconds later” caption is wrong.", [(30.0, None, False)]),
        # near-misses: an unquoted relative counts from the moment before, and so does a quote around more words
        ("The crash is at 1:10. Five minutes later the tow truck arrives.", [(70.0, None, False),
                                                                            (370.0, None, False)]),
        ("The crash is at 1:10. He says \"look\" and ten seconds later the bonnet pops.",
         [(70.0, None, False), (80.0, None, False)]),
    ],
    # the day's light as the sky has it ("it gets dark by 4:30", "it's light from 6:10") is a time of day, unless
    # the clause names the footage
    "the day's light at a clock": [
        ("Start early, it gets dark by 4:45 this time of year. The climb in the video starts at 1:20.",
         [(80.0, None, False)]),
        ("It's light from 6:10 now, so the dawn run is back on.", []),
        ("Pack a head torch because it's pitch dark by 5:15 up there.", []),
        # near-misses: the light changing in the footage is a position
        ("It gets dark at 2:10 in the video and the lamps come on.", [(130.0, None, False)]),
        ("The dark section of the clip starts at 4:30.", [(270.0, None, False)]),
    ],
    # a show's own correction of what its speakers said at a time ("Correction: at 31:07 I said ...") places where
    # it was said; a correction of a clock in the world stays a time of day
    "a show's correction of what was said at a time": [
        ("**Correction:** at **21:07** I said the bridge opened in 1894; it was 1897.", [(1267.0, None, False)]),
        ("Correction: at 12:40 we wrongly named the ship. It was the Ardent.", [(760.0, None, False)]),
        ("Clarification – at 14:10 my guest said 1,200 homes; the council figure is 1,020.", [(850.0, None, False)]),
        # near-misses: a correction of the world's clocks names no position
        ("Correction: An earlier version of this post said the library opens at 10:00. It opens at 09:30.", []),
        ("Correction: the ferry leaves at 11:15, not 11:45 as we said.", []),
    ],
    # a setting's bound after the setting is named ("--timeout flag (default 30s, max 10:00)", "the timer option,
    # maximum: 59:59"): how long something may last, not a position
    "a setting's bound": [
        ("New: <code>--max-wait</code> flag (default <code>1:00</code>, max <code>15:00</code>).", []),
        ("The sleep timer option goes up to a maximum: 59:59.", []),
        ("- Changed: `--clip-length` setting, default 2:30, minimum 0:15.", []),
        # near-misses: "max" with no setting named, or a setting shown in a video at a position
        ("The volume is at max at 2:10 in the video.", [(130.0, None, False)]),
        ("The settings page freezes at 1:20 in the demo video.", [(80.0, None, False)]),
    ],
    # a metadata item's length told as "N total" ("25 fps, 14:38 total"), and a tape's time-of-day timecode track
    # (VITC, LTC) read as a clock: neither is a position
    "a tape's length and its time-of-day track": [
        ("**Reel:** 16 mm, 24 fps, 22:05 total · **Scanned:** 2021\nThe bridge falls at 03:40.",
         [(220.0, None, False)]),
        ("Format: MP4, 1080p, 9:12 total. The goal is at 4:05.", [(245.0, None, False)]),
        ("The VITC reads 14:02:33:10 when the door opens, which is 00:03:12:15 into the tape.",
         [(192.5, None, False)]),
        ("On the dub the LTC shows 09:14:02:11 at the first shot.", []),
        # near-misses: a count before "total" is no length, and a timecode on the tape is a position
        ("The VITC track starts at 00:00:10:00 of the master.", [(10.0, None, False)]),
        ("Three reels, 2 total, and the crash is at 1:02 on the first.", [(62.0, None, False)]),
    ],
    # a mix's or a share's ratio told as N:N before "mix", "blend", "solution" or "split": no position
    "a ratio before mix or split": [
        ("Soak it in a 50:50 mix of lemon juice and water for an hour.", []),
        ("A 40:20 solution of water and bleach shifts the mould.", []),
        ("The partners kept a 50:50 split of the fees.", []),
        ("Try a 50:50 blend of sand and compost. I show it at 3:20 in the video.", [(200.0, None, False)]),
        # near-misses: a mix of the footage's sound at a time, and a remix's drop, are positions
        ("The remix drops at 3:10 in the video.", [(190.0, None, False)]),
        ("At 2:45 the mix goes quiet.", [(165.0, None, False)]),
    ],
    # a part's start, then its length said with "is", maybe after what the part is ("starts at 5:15 and is the
    # longest section of the video, about three minutes"): one range, hedged where the length is
    "a start and the part's length told with is": [
        ("The glazing bit starts at 4:10 and is the trickiest part of the video, about two minutes.",
         [(250.0, 370.0, True)]),
        ("The interview begins at 2:10 and is about 90 seconds long.", [(130.0, 220.0, True)]),
        ("The drone pass starts at **6:05** and is 40 seconds.", [(365.0, 405.0, False)]),
        # near-misses: a start whose "is" tells no length, and a whole show's slot, are points or day clocks
        ("It starts at 3:35 and is the best bit of the clip.", [(215.0, None, False)]),
        ("The hair dryer trick starts at 2:50 and is well worth it.", [(170.0, None, False)]),
    ],
    # a cut that jumps over a span: "from A straight to B", "from A directly to B" is a range, as "from A to B" is
    "a cut from one time straight to another": [
        ("The viral edit cuts from 14:02 straight to 15:30, dropping the warning.", [(842.0, 930.0, False)]),
        ("His copy goes from 2:10 directly to 4:45.", [(130.0, 285.0, False)]),
        ("The reupload skips from 0:58 right to 1:40 and hides the shove.", [(58.0, 100.0, False)]),
        # near-misses: a jump "straight to" one time alone is a point
        ("Go straight to 3:10 for the goal.", [(190.0, None, False)]),
        ("Skip right to 1:05 if you're in a hurry.", [(65.0, None, False)]),
    ],
    # the reader told to move through the player, opening the clause ("Skip ahead to", "then jump straight to",
    # "Fast-forward to"): a position, whatever day words tell what the part shows
    "the reader sent through the player": [
        ("Skip ahead to 6:15–7:40 for the Sunday morning march.", [(375.0, 460.0, False)]),
        ("Then jump straight to 10:05 for Friday night's part.", [(605.0, None, False)]),
        ("Fast-forward to 12:30 for the evening scenes on Tuesday.", [(750.0, None, False)]),
        # near-misses: a subject moving, not the reader, keeps its clock of the day
        ("The bus skipped ahead to 9:15 on Sunday's timetable.", []),
        ("The ferry was moved forward to 8:40 on Saturday morning.", []),
        ("Then jump to 9:15 on Saturday for the fireworks display in town.", []),
    ],
    # a person working the player at a time, after the sentence named a part of the footage by its times ("The
    # 7:45–9:20 section was powerful but I stopped at 8:25"): a position
    "a person stopping inside a timed part": [
        ("The 3:10–4:50 section is hard to watch, so I paused at 4:05 for questions.",
         [(190.0, 290.0, False), (245.0, None, False)]),
        ("Their 12:00 to 13:30 extract is strong, but we stopped at 12:45 both times.",
         [(720.0, 810.0, False), (765.0, None, False)]),
        # near-misses: people stopping on a journey keep their clocks of the day
        ("The bus left at 9:10 and we stopped at 9:40 for tea.", []),
        ("We left the hall at 7:45 but stopped at 8:25 for chips.", []),
    ],
    # times named together before their plural part ("the 1:35 and 14:05 extracts", "the 2:40 and 10:05 shots"):
    # each names a part of the footage, however the sentence around is told
    "times listed before their plural part": [
        ("We showed the 4:10 and 11:35 excerpts on Monday morning.", [(250.0, None, False), (695.0, None, False)]),
        ("Yesterday we watched the 2:40 and 10:05 shots again with the coroner.",
         [(160.0, None, False), (605.0, None, False)]),
        ("For homework, rewatch the 0:50, 9:15 and 16:20 extracts.",
         [(50.0, None, False), (555.0, None, False), (980.0, None, False)]),
        # near-misses: slots and trains named by their clocks are the day's
        ("We booked the 10:15 and 11:30 slots on Monday morning.", []),
        ("She caught the 7:05 and 8:40 trains that day.", []),
    ],
    # minutes said "at N minutes" after a taught session's length in the same sentence ("Our lessons are 50
    # minutes, so ... at 45 minutes") count the lesson, not the footage
    "a lesson's minutes after its length": [
        ("Our periods are 55 minutes, so we did the plenary at 50 minutes.", []),
        ("In a 40-minute class I start the quiz at 30 minutes.", []),
        ("Seminars run 90 minutes here and I take questions at 75 minutes.", []),
        # near-misses: a position said into the video, or in a sentence of its own, stays
        ("Our lessons are 50 minutes; at 12 minutes in the video the dam breaks.", [(720.0, None, False)]),
        ("Lessons are 50 minutes. The clip's flood scene is at 12 minutes.", [(720.0, None, False)]),
    ],
    # an explanation offered for what is seen at a time ("would explain the glow at 12:40", "would account for the
    # flicker at 10:15") is no future of the world: the time is a position
    "an explanation offered for what is seen": [
        ("Reflections off the lake would explain the glow at 12:40.", [(760.0, None, False)]),
        ("A second drone would account for the flicker at 10:15 too.", [(615.0, None, False)]),
        ("A camera shake would also explain the jump at 3:05.", [(185.0, None, False)]),
        # near-misses: what would happen in the world at a clock stays a time of day
        ("The ferry would leave at 9:15 on weekdays.", []),
        ("The council would meet at 10:30 to decide.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_three_b_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
