"""Every blind round written after round 7 (`tests/data/moments_genres_roundN.jsonl`, written by people who
never read the extractor; each round's `.md` records its first pass), held at a floor a little below what it
scores now, as a whole and genre by genre: a rule change that costs text nobody here wrote shows up here.
Each round's families were fixed once its first pass was recorded; the family tests are in the test_moments_*
files the README names. The rounds of ``bench.moments_model.UNFITTED_ROUNDS`` are not here: they were scored on the
final extractor and not fixed (the README's measure of text nobody here has seen);
rounds 50, 52 and 54 were among them until the fourteenth session fixed them, rounds 30 and 55 until the sixteenth,
round 65 until the seventeenth, round 97 until the twenty-fourth, rounds 98 and 99 until the twenty-fifth, rounds
112 and 137 until the thirty-fourth, rounds 71 and 121 until the thirty-fifth and round 198 until the fortieth (a
fixer named one of its cases)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from annotate import extract_moments
from tests.moments_scoring import Score, load_cases, score_by, weak_groups

DATA = Path(__file__).parent / "data"
MIN_APPROX_ACCURACY = 0.95
GENRES = {"chapters", "reviews", "court", "sports", "subtitles", "visual", "wiki", "html_md", "regional", "forum",
          "localnews", "factcheck", "transcripts", "lists", "longform"}


@dataclass(frozen=True)
class Floor:
    f1: float
    genre_f1: float


FLOORS = {
    8: Floor(0.99, 0.97),
    9: Floor(0.99, 0.98),
    10: Floor(0.99, 0.85),  # subtitles: a cue that "starts at X and ends at Y" is a range there, two points in round 4
    11: Floor(0.99, 0.97),
    12: Floor(0.99, 0.95),
    13: Floor(0.99, 0.95),
    14: Floor(0.99, 0.95),
    15: Floor(0.99, 0.95),
    16: Floor(0.99, 0.95),
    17: Floor(0.99, 0.94),
    18: Floor(0.99, 0.94),
    19: Floor(0.98, 0.93),
    22: Floor(0.99, 0.97),
    23: Floor(0.99, 0.95),
    24: Floor(0.98, 0.90),
    25: Floor(0.98, 0.90),
    26: Floor(0.99, 0.97),
    27: Floor(0.99, 0.97),
    28: Floor(0.99, 0.97),
    30: Floor(0.99, 0.95),  # unfitted until the sixteenth session (first pass 0.943): longform's travel clocks
    31: Floor(0.98, 0.80),  # sports: a live blog's minute-by-minute clocks told oldest first
    32: Floor(0.98, 0.85),
    33: Floor(0.98, 0.88),
    34: Floor(0.99, 0.97),
    35: Floor(0.99, 0.95),
    36: Floor(0.96, 0.80),  # html_md: a stage-times table, a walk's start among bullet points
    37: Floor(0.98, 0.90),
    38: Floor(0.99, 0.97),
    39: Floor(0.99, 0.97),
    40: Floor(0.99, 0.95),
    41: Floor(0.99, 0.97),
    43: Floor(0.99, 0.97),
    44: Floor(0.98, 0.93),
    46: Floor(0.98, 0.92),
    48: Floor(0.98, 0.90),
    49: Floor(0.98, 0.90),
    50: Floor(0.98, 0.90),  # unfitted until the fourteenth session (first pass 0.925): visual's lengths said twice
    51: Floor(0.96, 0.86),  # long pages aimed at: factcheck (one range told as "begins at X and ends at Y"), reviews
    52: Floor(0.97, 0.89),  # unfitted until the fourteenth session (first pass 0.924): html_md, a 24 fps range
    53: Floor(0.99, 0.94),  # six genres aimed at: factcheck (the same "begins at X and ends at Y" range)
    54: Floor(0.99, 0.99),  # unfitted until the fourteenth session (first pass 0.902)
    55: Floor(0.98, 0.88),  # unfitted until the sixteenth session (first pass 0.940): forum's battery results
    56: Floor(0.98, 0.92),  # six genres aimed at: html_md (a bus table row, clocks past a length stated before)
    57: Floor(0.98, 0.90),  # six genres aimed at: reviews (an end form of a length told in brackets)
    58: Floor(0.97, 0.95),  # five genres aimed at: transcripts (a chat export's stamps on lines of their own)
    59: Floor(0.98, 0.95),  # six genres aimed at: court (a phone mast's record, an ambulance called at a clock)
    60: Floor(0.99, 0.90),  # visual: a frame number restated by its timecode counted twice by its gold
    61: Floor(0.98, 0.95),  # six genres aimed at: visual (a municipal schedule, a sun azimuth's hours)
    63: Floor(0.99, 0.93),  # court: "CCTV showed him entering the Spar at 02:14" (a clock the gold keeps out)
    64: Floor(0.99, 0.97),  # whole pages in six genres
    65: Floor(0.99, 0.99),  # unfitted until the seventeenth session (first pass 0.939)
    67: Floor(0.98, 0.92),  # six genres aimed at: forum, reviews (a trailer's length taken for the film's)
    68: Floor(0.99, 0.97),  # chapters: a train's "by the 6:10" inside a track title
    69: Floor(0.99, 0.97),  # six genres aimed at: longform (a reel's "two minutes fifty of ..." not read as a length)
    70: Floor(0.99, 0.97),  # whole pages in six genres: lists (a trailer's length told as "for 2 minutes 31 seconds")
    72: Floor(0.99, 0.95),  # subtitles: "the last train is at 3:15", a clock the learned veto overrules the rules on
    73: Floor(0.99, 0.97),  # six genres aimed at
    74: Floor(0.99, 0.97),  # whole pages in six genres
    76: Floor(0.99, 0.97),
    77: Floor(0.99, 0.97),  # six genres aimed at
    78: Floor(0.99, 0.93),  # whole pages; wiki: a speedrun page's "earlier PB at 15:02" read as a race time
    80: Floor(0.99, 0.97),
    81: Floor(0.99, 0.95),  # six genres aimed at: longform ("For the first hour she is brisk", a speech's hour)
    82: Floor(0.99, 0.95),  # whole pages in six genres
    84: Floor(0.99, 0.95),  # balanced; regional: Pidgin "like 10 seconds after police van come"
    85: Floor(0.99, 0.97),  # six genres aimed at
    86: Floor(0.99, 0.97),  # whole pages in six genres
    88: Floor(0.99, 0.97),
    89: Floor(0.99, 0.97),  # six genres aimed at; subtitles: Indian English "showing at 1.06 only", "by 1.09"
    90: Floor(0.99, 0.97),  # whole pages in six genres
    92: Floor(0.99, 0.90),  # regional: Pidgin "like 5 seconds after e don pass three defenders"
    93: Floor(0.99, 0.97),  # six genres aimed at
    94: Floor(0.99, 0.97),  # whole pages in six genres
    96: Floor(0.99, 0.97),  # whole pages in six genres
    97: Floor(0.98, 0.97),  # unfitted until the twenty-fourth session (first pass 0.980): local news's video lines
    98: Floor(0.99, 0.97),  # unfitted until the twenty-fifth session (first pass 0.952)
    99: Floor(0.99, 0.97),  # unfitted until the twenty-fifth session (first pass 0.928): whole pages in six genres
    100: Floor(0.99, 0.97),  # six genres aimed at
    101: Floor(0.99, 0.97),  # whole pages in six genres
    105: Floor(0.99, 0.97),  # six genres aimed at; reviews: a setting's span "from 0.5 s to 60 s"
    107: Floor(0.99, 0.97),
    108: Floor(0.99, 0.97),
    109: Floor(0.99, 0.97),
    110: Floor(0.99, 0.97),
    113: Floor(0.99, 0.97),
    114: Floor(0.99, 0.97),  # lists only; a step's "(video 6:40)" read as a position, as rounds 110 and 113 read it
    115: Floor(0.99, 0.97),
    118: Floor(0.99, 0.97),  # lists and sports; sports-20's Pidgin "like 15 seconds after she do that backflip" left
    119: Floor(0.99, 0.97),
    120: Floor(0.99, 0.95),  # whole pages; longform-03's past-tense "at 6:15" and "begins at 9:40" of a viewing left
    123: Floor(0.99, 0.97),
    124: Floor(0.99, 0.97),
    126: Floor(0.99, 0.97),  # sports; fixed in two sessions
    127: Floor(0.99, 0.97),  # visual, html_md; a changelog's "seeking past 59:59" (a bug's threshold) left
    128: Floor(0.99, 0.97),  # lists and sports; lists-09's "the final 8 minutes of the class" (a recorded class) left
    129: Floor(0.99, 0.97),
    130: Floor(0.99, 0.97),
    131: Floor(0.99, 0.97),  # whole pages; chapters-02's "PB final split: 5:49:59" (a split that is a VOD place) left
    134: Floor(0.99, 0.95),  # visual: "2024/05/18 15:42:07 at frame 1" (an overlay clock's anchor) left
    135: Floor(0.99, 0.97),
    136: Floor(0.99, 0.97),
    138: Floor(0.99, 0.97),
    139: Floor(0.99, 0.97),
    141: Floor(0.99, 0.97),
    142: Floor(0.99, 0.97),
    143: Floor(0.99, 0.97),
    145: Floor(0.99, 0.92),  # forum: a speedrun title's "— 24:31.08"; longform: "the final minute of the scan"
    150: Floor(0.99, 0.97),
    151: Floor(0.99, 0.97),
    152: Floor(0.99, 0.92),  # reviews-02: "The first 20 minutes drag badly" (a stretch judged: gold split) left
    153: Floor(0.99, 0.97),
    156: Floor(0.99, 0.97),
    158: Floor(0.99, 0.97),
    160: Floor(0.98, 0.92),  # lists-03: a film's length told only as "— 2 h 14 min of brooding Atlantic weather" left
    161: Floor(0.99, 0.97),
    162: Floor(0.99, 0.97),
    163: Floor(0.99, 0.97),
    165: Floor(0.99, 0.97),
    169: Floor(0.99, 0.97),
    170: Floor(0.99, 0.97),
    174: Floor(0.99, 0.97),
    177: Floor(0.99, 0.95),
    178: Floor(0.99, 0.97),
    181: Floor(0.99, 0.97),
    182: Floor(0.98, 0.95),
    185: Floor(0.99, 0.97),
    186: Floor(0.99, 0.97),
    189: Floor(0.99, 0.97),
    190: Floor(0.99, 0.97),
    193: Floor(0.99, 0.93),  # visual 0.941: "arrived about 3 hours after" (a relative past the clip) left
    194: Floor(0.99, 0.97),
    197: Floor(0.99, 0.97),  # 0.923 -> 0.976 in the thirty-ninth session, 1.000 in the fortieth
    198: Floor(0.96, 0.85),  # unfitted until the fortieth session (first pass 0.956, 0.965 on leaving): regional 0.880
    199: Floor(0.99, 0.97),  # 0.933 -> 1.000
    201: Floor(0.99, 0.97),  # 0.963 -> 1.000
    202: Floor(0.99, 0.94),  # 0.944 -> 0.992 in the forty-first session (wiki 0.941: two lengths from an episode table)
    204: Floor(0.99, 0.95),  # 0.960 -> 0.995 in the forty-first session (html_md 0.957)
    # Rounds 112 and 137 were the two lowest of the unfitted measure (0.903, 0.861) until the thirty-fourth session
    # fixed their commonest families: held where that left them, far below the others.
    112: Floor(0.985, 0.95),  # 0.956 -> 0.962 in the thirty-seventh session, 0.968 in the thirty-eighth, 0.971 in the
    # thirty-ninth, 0.991 in the fortieth
    137: Floor(0.985, 0.95),  # 0.919 -> 0.948 in the thirty-seventh session, 0.980 in the thirty-eighth, 0.988 in the
    # thirty-ninth, 0.992 in the fortieth
    # Rounds 71 and 121, the two lowest of the unfitted measure (0.902, 0.910) until the thirty-fifth session.
    71: Floor(0.98, 0.91),  # 0.959 -> 0.982 in the thirty-seventh session
    121: Floor(0.99, 0.97),
}
# Rounds written in a few genres only (targeted at the balanced rounds' weakest), and those genres.
TARGETED_GENRES = {53: {"reviews", "forum", "html_md", "localnews", "transcripts", "factcheck"},
                   56: {"html_md", "subtitles", "chapters", "forum", "localnews", "court"},
                   57: {"longform", "regional", "reviews", "wiki", "factcheck", "visual"},
                   58: {"sports", "transcripts", "lists", "forum", "chapters"},
                   59: {"html_md", "forum", "localnews", "court", "subtitles", "longform"},
                   61: {"reviews", "wiki", "regional", "visual", "factcheck", "sports"},
                   64: {"localnews", "transcripts", "chapters", "forum", "regional", "html_md"},
                   67: {"sports", "forum", "transcripts", "reviews", "html_md", "longform"},
                   69: {"reviews", "html_md", "sports", "forum", "longform", "court"},
                   70: {"court", "visual", "wiki", "factcheck", "subtitles", "lists"},
                   73: {"regional", "longform", "html_md", "factcheck", "lists", "sports"},
                   74: {"reviews", "sports", "transcripts", "chapters", "localnews", "forum"},
                   77: {"sports", "reviews", "court", "longform", "lists", "visual"},
                   78: {"court", "visual", "wiki", "factcheck", "html_md", "regional"},
                   81: {"lists", "sports", "reviews", "wiki", "court", "longform"},
                   82: {"forum", "transcripts", "localnews", "factcheck", "chapters", "subtitles"},
                   85: {"court", "reviews", "longform", "forum", "sports", "regional"},
                   86: {"html_md", "chapters", "lists", "transcripts", "wiki", "visual"},
                   89: {"subtitles", "wiki", "reviews", "sports", "court", "longform"},
                   90: {"regional", "chapters", "forum", "transcripts", "localnews", "factcheck"},
                   93: {"sports", "regional", "reviews", "wiki", "subtitles", "visual"},
                   94: {"court", "longform", "lists", "html_md", "forum", "factcheck"},
                   96: {"localnews", "transcripts", "chapters", "regional", "sports", "reviews"},
                   97: {"localnews", "transcripts", "chapters", "forum", "regional", "longform"},
                   99: {"court", "visual", "wiki", "factcheck", "subtitles", "html_md"},
                   100: {"regional", "localnews", "longform", "forum", "transcripts", "court"},
                   101: {"visual", "html_md", "factcheck", "wiki", "sports", "lists"},
                   105: {"lists", "reviews", "chapters", "sports", "visual", "court"},
                   108: {"regional", "localnews", "longform", "forum", "transcripts", "subtitles"},
                   109: {"html_md", "chapters", "wiki", "factcheck", "court", "visual"},
                   110: {"lists", "reviews", "sports", "html_md", "subtitles", "factcheck"},
                   113: {"lists", "sports"},
                   114: {"lists"},
                   115: {"court", "localnews", "sports"},
                   118: {"lists", "sports"},
                   120: {"court", "visual", "localnews", "longform", "factcheck", "html_md"},
                   123: {"visual", "court"},
                   124: {"lists", "sports"},
                   126: {"sports"},
                   127: {"visual", "html_md"},
                   128: {"lists", "sports"},
                   129: {"visual", "court", "factcheck"},
                   131: {"forum", "transcripts", "reviews", "chapters", "subtitles", "longform"},
                   134: {"sports", "lists", "visual", "subtitles"},
                   135: {"lists", "sports"},
                   136: {"visual", "html_md", "localnews"},
                   138: {"court", "wiki", "regional"},
                   139: {"factcheck", "reviews", "chapters", "transcripts"},
                   141: {"localnews", "forum", "transcripts", "regional", "chapters", "factcheck"},
                   142: {"sports", "lists", "court"},
                   143: {"subtitles", "html_md", "wiki", "visual"},
                   150: {"regional", "visual", "reviews", "localnews", "forum", "transcripts"},
                   151: {"court", "sports", "chapters", "subtitles"},
                   153: {"html_md", "wiki", "factcheck", "lists"},
                   156: {"regional", "visual", "transcripts", "reviews"},
                   158: {"forum", "localnews", "longform", "chapters"},
                   160: {"court", "regional", "html_md", "sports", "factcheck", "lists"},
                   161: {"chapters", "subtitles", "visual", "transcripts"},
                   162: {"reviews", "localnews", "forum", "wiki", "longform", "html_md"},
                   165: {"regional", "sports", "court", "factcheck", "lists"},
                   170: {"reviews", "localnews", "forum", "wiki", "longform", "html_md"},
                   112: {"court", "visual", "sports", "lists", "localnews", "longform"},
                   137: {"sports", "lists", "visual", "court", "wiki", "regional"},
                   174: {"court", "sports", "regional", "factcheck", "visual", "transcripts"},
                   178: {"reviews", "subtitles", "longform", "html_md", "lists", "factcheck"},
                   182: {"chapters", "court", "sports", "visual", "wiki", "localnews"},
                   121: {"lists", "sports"}}


def _total(parts: dict[str, Score]) -> Score:
    total = Score()
    for part in parts.values():
        total.true_positives += part.true_positives
        total.false_positives += part.false_positives
        total.false_negatives += part.false_negatives
        total.approx_correct += part.approx_correct
        total.failures += part.failures
    return total


@pytest.mark.parametrize("round_number", sorted(FLOORS), ids=[f"round{n}" for n in sorted(FLOORS)])
def test_blind_round_holds_its_floor(round_number: int) -> None:
    floor = FLOORS[round_number]
    by_genre = score_by(load_cases(DATA / f"moments_genres_round{round_number}.jsonl"), "genre", extract_moments)
    # every round is written in all fifteen (round 46 adds travel writing), a targeted round in its own few
    assert set(by_genre) >= TARGETED_GENRES.get(round_number, GENRES)
    result = _total(by_genre)
    assert result.f1 >= floor.f1, result.summary() + "\n" + "\n".join(result.failures)
    assert not (weak := weak_groups(by_genre, floor.genre_f1, MIN_APPROX_ACCURACY)), weak
