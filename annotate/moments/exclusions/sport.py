"""Game clocks, race times, splits, scores, margins, results and personal bests, times of products and
speedruns: figures of a contest or a measure, told like timecodes but no footage positions."""

from __future__ import annotations

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import (
    _I,
    _IN_MEDIA_AFTER,
    _INTO_AFTER,
    _RANGE_SEP,
    NEAR_CHARS,
    _Clock,
    _paragraph_start,
    footage_word,
)
from annotate.moments.exclusions.durations import _CHANGED_BEFORE, _CHANGED_TAILS, _played_or_set, _thing_timed
from annotate.moments.patterns import HEDGE, MEDIA_NOUN, MONTH, TC_TEXT, WEEKDAY, any_stem
from annotate.moments.scan import CaseBlind, lines_above

_RANGE_OPENER_FROM = regex(r"(?:from|between)\b", _I)

# Sport: "with 4:31 to play", "4:31 left in the half", "at 4:31 of the third quarter".
_GAME_AFTER = regex(
    # (an esports round's timer: "1v4 clutch with 0:07 on the spike" (round 135), "with 0:12 on the bomb timer")
    r"^\s*(?:to\s+play|to\s+go|left|remaining|on\s+the\s+(?:game\s+|shot\s+|play\s+|match\s+)?clock|"
    r"on\s+the\s+(?:spike|bomb|round)(?:\s+timer)?|"
    # the time a referee adds: "with 4:12 of added time shown on the board"
    r"of\s+(?:added|stoppage|injury|extra)\s+time)\b"
    r"(?!\s+(?:in|of)\s+the\s+(?:[\w'’-]+\s+){0,2}" + MEDIA_NOUN + r"\b)"
    r"|^\s*(?:in|of|into)\s+(?:the\s+)?(?:first|second|third|fourth|final|last|\d{1,2}(?:st|nd|rd|th)|opening|"
    # a fight's later rounds: "stopped him at 2:14 of the ninth round"
    r"fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"extra|sudden[-\s]death|second-half|first-half)?\s*(?:quarter|half|period|inning|innings|overtime|OT|frame|set|round|"
    r"extra\s+time|stoppage\s+time|regulation)\b(?!\s+of\s+the\s+(?:[\w'’-]+\s+){0,2}" + MEDIA_NOUN + r"\b)"
    # a hockey report's period left unsaid: "at 4:12, 11:37 and 18:50 of the third"
    # (or a relative clause after it: "a cross-check at 4:15 of the third that was generous" (round 55))
    r"|^\s*of\s+the\s+(?:first|second|third|1st|2nd|3rd)(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|to|as|when|after|that|"
    r"which|but|with|before)\b)"
    # a video game's own day: "the fog rolls in at 19:00 in-game", "at 06:00 (in-game time)"
    r"|^\s*\(?\s*in[-\s]game\b(?!\s+(?:footage|capture|video|clip|recording)\b)"
    # a game's clock named after its reading, in lower case: "Game 1 (31:05 game time)", "at 24:12 game time", "18:40
    # (match time)", "at 12:40 match clock" (not a new clause: "At 4:10 Match time shows on the scoreboard", "at 4:10
    # match time shows on the board") (round 77)
    r"|^\s*\(?\s*(?-i:(?:game|match)[-\s](?:time|timer|clock))\b(?!\s+(?:shows?|showed|reads?|read|is|was|says)\b)",
    _I,
)


def named_game_clock(text: str, end: int, begin: int | None = None) -> bool:
    """The time ending at ``end`` is named as a game's own clock right after it: "at 31:40 game time", "27:03 (match
    time)", "at 19:00 in-game"; or (``begin`` given) a round's timer read right before it: "round timer 0:21 when he
    plants", "bomb timer at 0:07" (round 118's "Spike timer showed 0:38", in new wording). A game clock by the rules
    whatever footage the sentence names (the learned veto is not asked to overrule it)."""
    return _NAMED_GAME_CLOCK_AFTER.match(text, end) is not None or (
        begin is not None and _ROUND_TIMER_BEFORE.search(text, max(0, begin - ROUND_TIMER_CHARS), begin) is not None)


# A round's own timer, then its reading: "round timer 0:21", "the spike timer showed ", "Bomb timer at ".
# (or an esports map's or round's elapsed time: "Map time 47:19." (round 126), "round clock read 1:12")
_ROUND_TIMER_BEFORE = regex(
    r"\b(?:(?:round|spike|bomb|defuse|plant)\s+timer|(?:map|round)\s+(?:time|clock))"
    r"\s*(?:[:=]|(?:showed|shows|read|reads|was|is|at|on)\b)?\s*$", _I)
ROUND_TIMER_CHARS = 40


# :data:`_GAME_AFTER`'s game clock named after its reading, and a video game's own day.
_NAMED_GAME_CLOCK_AFTER = regex(
    r"\s*\(?\s*(?:(?-i:(?:game|match)[-\s](?:time|timer|clock))\b(?!\s+(?:shows?|showed|reads?|read|is|was|says)\b)"
    r"|in[-\s]game\b(?!\s+(?:footage|capture|video|clip|recording)\b)"
    # (or by its period after "of": "hit the post at 1:10 of OT, which the highlight pack shows from 3:12" (round 165),
    # "a cross-check at 4:15 of the third", "at 12:40 of the second half"; not "of the third clip")
    # (or the extra period by its name: "at 3:12 of the extra frame", "1:40 of the overtime period" (round 194))
    r"|of\s+(?:(?-i:OT)|overtime|extra\s+time|the\s+(?:(?:first|second|third|fourth|final)"
    r"(?:\s+(?:period|quarter|half|frame))?|(?:extra|overtime|sudden[-\s]death)\s+(?:period|frame|session|quarter))"
    rf"(?![\w'’-]|\s+(?:[\w'’-]+\s+)?{MEDIA_NOUN}\b)))", _I)
# A moment of the game placed in its recording after the time: "Half-time comes at about 48:30 on the upload".
GAME_MOMENT_IN_MEDIA_AFTER = regex(
    rf"^\s*(?:on|in|into|of)\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b", _I)
_GAME_BEFORE = regex(
    # (not an amount: "a quarter teaspoon (at about 17:40)", "three-quarter turn", "quarter of an hour")
    # (an esports round's own timer: "round timer 0:21 when he plants", "bomb timer at 0:07" (round 118's "Spike timer
    # showed 0:38", in new wording); a map's or round's elapsed time: "Map time 47:19." (round 126))
    r"\b(?:shot\s+clock|game\s+clock|play\s+clock|(?:round|spike|bomb|defuse|plant)\s+timer|(?:map|round)\s+(?:time|clock)|(?<!\ba\s)(?<!\bone\s)(?<!three[\s-])quarter(?!\s+(?:of\s+an?\b|"
    r"(?:tea|table|dessert)spoons?|tsp|tbsp|cups?|pounds?|lbs?|inch(?:es)?|miles?|turns?|pints?|litres?|liters?|"
    r"kilos?|kg|hours?|mile|teaspoonful))|overtime|buzzer(?!-beater)|halftime|half-time|"
    r"in[-\s]game\s+(?:time|hour|day|evening|morning|night))\b"
    # (not a period named in an aside closed before the time: "(the 27-minute mark of the last quarter) — from 7:30
    # to 8:05", a highlights list's position (round 85))
    r"[^.;!?)]{0,20}$"
    # the time a referee added, then how far it had run: "Stoppage time was meant to be 5 minutes, it was 6:12 by
    # the time it went in", "added time ... we were at 4:40" (not "the stoppage-time winner at 6:12", a moment)
    r"|\b(?:stoppage|added|injury)[\s-]+time\b[^.;!?):]{0,50}\b(?:it\s+was|it\s+is|it['’]s|we\s+were\s+at|"
    r"(?:had\s+)?(?:reached|gone\s+to|run\s+to)|(?:clock|board)\s+(?:said|read|showed))\s+"
    r"(?:(?:like|about|around|nearly|almost|past)\s+)?$", _I
)


def game_clock_before(c: _Clock) -> bool:
    """A game's clock or period named just before the time (:data:`_GAME_BEFORE`), a reading of that clock:
    no match's period runs to hours, so "the half-time analysis, from roughly 1:12:00" is a broadcast's position
    (an in-game clock of the day may: "in-game time 14:30:00"); nor is a play named by its period, said to run over a
    stretch of the footage the text walks through (:data:`_PERIOD_PLAY_RUNS_BEFORE`)."""
    m = _GAME_BEFORE.search(c.before)
    return m is not None and (m.group().lower().startswith("in")
                              or _READ_TO_HOURS.search(c.text, c.begin, c.end) is None) \
        and not (c.footage_context and c.opens_range and c.ends(_PERIOD_PLAY_RUNS_BEFORE, 60))


# A play named by the period it came in, its period an adjective, then a verb of a stretch: "At 0:52 of the highlights
# you'll see the snap. The final-quarter scramble runs from 6:10 to 6:55" (round 163): where the play runs in the
# highlights the text walks through, no reading of the game's clock ("His third-quarter goal came at 6:10" is one).
_PERIOD_PLAY_RUNS_BEFORE = regex(
    r"\b[a-z\d]+-(?:quarter|half|period|innings?|set)\s+(?:[\w'’-]+\s+){1,2}"
    r"(?:runs|ran|plays\s+out|played\s+out|unfolds|unfolded|lasts|lasted|stretches|stretched|goes|went)\s+$", _I)


_READ_TO_HOURS = regex(r"(?<![\d:])\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])")

# Races: "finished in 3:05:44", "a time of 2:03:23", "ran a 3:59 mile".
# (also a result's label: "Finish time: ", "**Official time:** ", "Winning time – ")
_RACE_PLACE = (
    # a finisher by place, the time bracketed: "Lindqvist third (30:01.77)" (not "first", an adverb as often: "in
    # Irish first (2:48:30)"); a leaderboard's: "the online leaderboard (1:09.1 at the top)"
    r"(?:(?-i:\b(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|My)\s)[A-Z][\w'’.-]*)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"|\bleaderboards?"
    # or by place in an event named after it: "she finished third in the women's pair (7:12.05)" (round 92)
    r"|\b(?:finish(?:ed|es|ing)?|came|placed|ended)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th))(?:\s+overall)?\s+in\s+(?:(?!MEDIAX\b)[\w'’-]+\s+){0,4}?(?!MEDIAX\b)[\w'’-]+)\s*\(\s*$"
).replace("MEDIAX", MEDIA_NOUN)
_RACE_WORD = (
    r"(?:\b(?:finish(?:ed|es|ing|ers?)?|crossed\s+the\s+(?:finish\s+)?line|crossed(?=\s+in\s)|completed\s+the\s+(?:\d+\s+)?(?:race|course|"
    r"marathon|distance|laps?|climb|swim|ride|run)|(?:a|finishing|final|winning|race|lap|qualifying|record|stage|overall|net|"
    # an activity's own clock: "Ride time 1:07:42", "moving time: 52:10", "elapsed time 3:02:11", "climbing time"
    r"gun|chip|official|ride|riding|moving|elapsed|climbing|ascent|hiking|paddling)\s+time|(?:his|her|their|winners?|champions?|leaders?|victors?|runners?-up)['’]?s?['’]?\s+time|"
    # a match's or game's length on a result line: "Time of match: 2:51", "Time of game - 3:04"
    r"time\s+of\s+(?:the\s+)?(?:match|game|play|bout|fight|contest)|"
    # ... or a box score's: "Game time 3:02." (round 118), "Match time: 2:47"
    # (a fight's: "Fight time 20:41." (round 121))
    r"(?:game|match|fight|bout)\s+time(?=\s*[:–—-]?\s*$)|"
    # a winner's finish told with "at" (round 121: "The half-marathon winner crossed at 1:04:22"; a result is told in
    # the past: "In the video the winner crosses at 2:05:10" is where the footage shows it)
    r"(?:winners?|champions?|victors?|runners?-up)\s+crossed(?:\s+the\s+(?:finish(?:ing)?\s+)?line)?\s+at|"
    r"time\s+of|(?:reached|passed)(?=\s+in\s)|"  # a split: "30 km, reached in 1:29:02"
    # a result's bare label (round 113): "winner 3:32.41", "runner-up: 1:58.40"; a gap between riders: "time gap 0:42
    # at the flamme rouge", "a gap of 1:15 over the bunch", "the gap to the peloton was 0:38"
    # (the time right after the label, as a results line sets it: "the late winner: 4:12", "winner, 4:12 in the
    # highlights" list a compilation's goals)
    # (not a recording's gap: "the gap between 1:02:10 and 1:04:55", "a gap: from 1:37:20 to 1:38:05")
    r"(?:winners?|champions?|victors?|runners?-up)(?=[ \t]+$)|time\s+gaps?|gaps?(?=\s+of\s)|gaps?\s+(?:to|on|over)\s+"
    r"(?:the\s+)?(?:leaders?|break(?:away)?|bunch|peloton|chasers?|field|front|group|favourites|favorites)|"
    # a time a racer or a crew clocks: "Kiwi eight clocks 5:41.2 at Lake Karapiro" (round 118), "she clocked 2:04:58"
    # (and a headline's present: "Kiprono wins in 1:01:47" (round 163); the bare verb after "to": "holds on by 12
    # seconds to win in 3:41:27" (round 178))
    r"clocked|clocking|clocks(?!\s+in\b)|(?:won|wins?)\s+in|"
    # a race or a crew's time told with "went" ("the relay in athletics went 3:24.11", round 128; "the quartet went")
    r"(?:race|stage|marathon|winner|relay|quartet|heat|crew|squad|eight)"
    r"(?:\s+itself|\s+(?:in|at|on)\s+(?!(?:the|a|this|that)\s)[\w'’-]+(?:\s+[\w'’-]+)?)?\s+went|"
    # a time a runner must make: "Next goal: Boston qualifier, 2:55", "the qualifying standard is 3:00"
    r"qualifier|qualifying\s+(?:standard|mark)|BQ|(?:came|comes?|coming)\s+home|(?:record|best|PB|PR)\s+(?:time\s+)?at|record|best|PB|PR|lap|marathon|half-marathon|split|pace|swam|cycled|"
    # "Turns are timed at 1:30", "swimming 2:07.41": a limit timed, a swim's time
    r"timed\s+at|swimming|rowing|skating|"
    # a leaderboard's time restored or confirmed: "The previous record holder has been reinstated at 27:58.9" (round 80)
    r"(?:records?|holders?|leaderboards?|runs?|times?)\b[^.;!?\n]{0,60}?\b(?:reinstated|ratified|verified)\s+(?:at|with)|"
    # a results line's finisher by place: "first woman 19:02 (Leah S.)", "second junior 21:40"
    r"(?:first|second|third|last|fastest|leading)\s+(?:wom[ae]n|m[ae]n|lady|ladies|male|female|junior|veteran|"
    r"girl|boy|U\d{2})|"
    # (pole position, not a post: "falls against the pole between 00:01:32:05 and 00:01:33:20" (round 181); but "took
    # the pole in 1:29.4")
    # (the word before it a verb or a possessive of racing, or none: not a post named with its article or its noun,
    # "the lamp pole")
    # (the look-behinds read after the word, "pole" written into each: the same test, tried only where "pole" stands)
    r"timed|stopwatch|fastest|quickest|slowest|pole(?:(?<![\w,]\spole)|(?<=['’]s\spole)|"
    r"(?<=\btook\spole)|(?<=\btakes\spole)|(?<=\bclaimed\spole)|(?<=\bclaims\spole)|(?<=\bsecured\spole)|"
    r"(?<=\bsecures\spole)|(?<=\bgrabbed\spole)|(?<=\bsnatched\spole)|(?<=\bwon\spole)|(?<=\bwins\spole)|"
    r"(?<=\bearned\spole)|(?<=\bset\spole)|(?<=\bon\spole)|(?<=\bfor\spole)|(?<=\bfrom\spole)|(?<=\bhis\spole)|"
    r"(?<=\bher\spole)|(?<=\btheir\spole)|(?<=\bits\spole)|(?<=\bmaiden\spole)|(?<=\bfirst\spole)|"
    r"(?<=\bcareer\spole))|"
    r"(?:took|takes|claimed|claims|secured|secures|grabbed|snatched|won|wins|earned|set)\s+(?:the\s+)?pole|speedrun|WR|world\s+record|"
    # a speedrun board's theoretical and in-game times: "Sum of best is now 40:21", "SoB 39:58", "IGT 38:10"
    r"sum\s+of\s+(?:best|bests|gold|golds)|SoB|IGT|RTA)\b(?:[,:]|\s*[–—]|\*\*|__)?(?:\*\*|__)?"
    r"\s*(?:(?:in|inside|under|of|a|an|with|just|only|somewhere|new|now|personal|world|course|national|time|record|blistering|was|is|"
    r"winning|scorching)(?::|\s*[–—])?\s+)*(?:(?:{h})\s+)?$)"
).replace("{h}", HEDGE)
_RACE_BEFORE = regex(f"{_RACE_PLACE}|{_RACE_WORD}", _I)
# Searched in its two parts (a match of either is a match of the whole, and only whether one is found counts), the
# racing words as a case-bound twin in the words lower-cased: ``re`` then passes over each word on its first letter
# instead of trying every word case-blind at every position (about 700 -> 8 us over 90 characters).
_RACE_PLACE_BEFORE = regex(_RACE_PLACE, _I)
_RACE_WORD_BEFORE = CaseBlind(regex(_RACE_WORD, _I))


def race_before(before: str) -> bool:
    """Whether ``_RACE_BEFORE`` finds a match in ``before``."""
    return _RACE_PLACE_BEFORE.search(before) is not None or _RACE_WORD_BEFORE.search_in(before)
_GAME_STEMS = any_stem(("clock", "quarter", "overtime", "buzzer", "half", "game", "stoppage", "added", "injury", "map",
                        "round", "timer"))
_RACE_STEMS = any_stem((
    "finish", "crossed", "completed", "time", "won", "record", "best", "pb", "pr", "lap", "marathon", "split", "pace",
    "swam", "cycled", "stopwatch", "fastest", "quickest", "slowest", "pole", "speedrun", "wr", "clock", "home",
    "reached", "passed", "swimming", "rowing", "skating", "first", "second", "third", "last", "leading", "went",
    "qualif", "bq", "leaderboard", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "reinstated",
    "ratified", "verified", "sum", "sob", "igt", "rta", "came", "placed", "ended", "winner", "champion", "victor",
    "runner", "gap", "win"))

# "finished the 1,500m in 3:31.6", "ran the 10K in 31:02": a distance, then the time.
_DISTANCE_IN_BEFORE = regex(
    r"\b\d[\d,.]*\s?(?:m|km|k|K|metres?|meters?|miles?|mi)\b(?:\s+[a-z]+){0,2}\s+in\s+$"
    # "covered the 33rd kilometre in 3:09", "ran the final lap in 1:31"
    r"|\b(?:\d+(?:st|nd|rd|th)|first|second|third|last|final|opening|closing|next|fastest|slowest)\s+"
    r"(?:km|kilomet(?:re|er)|miles?|laps?|legs?|climbs?|lengths?|sections?)\s+in\s+$", _I
)
_DISTANCE_STEMS = any_stem(("in",))
# A finisher's place or a race's half, then "in" and the time: "Park, seventh in 2:09:12", "the women's race went to
# Esi Mensah, 31, in 2:27:03", "ran the second half in 1:03:58".
# When a race was won, told between the race and its time (round 92): "on Sunday", "on 12 May", "yesterday".
_WON_WHEN = (rf"(?:on\s+(?:{WEEKDAY}|the\s+day|{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})|yesterday|today|"
             rf"last\s+(?:{WEEKDAY}|week|weekend|month|year)|this\s+(?:morning|afternoon|weekend|year)|"
             r"at\s+the\s+weekend),?")
_FINISHER_IN_BEFORE = regex(
    r"(?:,|\b[A-Z][\w'’.-]*|\b(?:was|were|is|are|finished|came|placed|ended|home|and))\s+"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|\d{1,2},)"
    # a place in a field or category: "first woman and fourth overall in 3:58:44", "second veteran in 41:20"
    r"(?:\s+(?:overall|outright|wom[ae]n|m[ae]n|lady|ladies|junior|veteran|master|home|across\s+the\s+line))?"
    # (a comma may set the time apart: "She finished second, in 2:31:04")
    r"(?:\s*,)?\s+in\s+$"
    r"|\b(?:went\s+to|won\s+by|taken\s+by|claimed\s+by"
    # a place or a medal given to a finisher, the verb left out: "third to Kiprop in", "gold to Moreau in" (round 135)
    r"|(?i:gold|silver|bronze|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))(?:\s+place)?\s+to)"
    # (the finisher's country after the name: "The women's race went to Tirunesh Abera of Ethiopia in 2:28:03" (round
    # 189))
    r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s+(?:of|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
    r",?\s+in\s+$"
    # a results line naming the winner: "Men's winner: Tumelo Sekgoma in 2:14:52", "Winner — Ana Reyes (24) in"
    # (or with no mark between: "Womens winner Sophie Rangi in 4:05:12" (round 121))
    r"|(?i:\b(?:winners?|champions?|victors?|runners?-up))\s*(?:[:—–-]\s*)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
    r"(?:\s*\(\d{1,2}\))?,?\s+in\s+$"
    r"|\b(?:ran|runs?|running|covered|covers?|completed|swam|rode|cycled|did|does)\s+(?:the|her|his|their|its|a)\s+"
    r"(?:first|second|opening|closing|final|last|back|front)\s+(?:half|halves|half-marathon)\s+in\s+$"
    # the finish crossed in a time: "Kiprop crossed in 2:07:39", "crossed the line in", "came home in"
    r"|\b(?:crossed|crosses|crossing)(?:\s+the\s+(?:finish(?:ing)?\s+)?(?:line|tape|mat))?\s+in\s+$"
    r"|\b(?:came|comes|coming)\s+home\s+in\s+$"
    # a race or title won: "won the men's race in 2:07:32", "took the women's title in 2:24:15", "retained her
    # crown in 2:21:40" (a few words may name it: "the junior 10,000m title")
    r"|(?i:\b(?:won|wins?|winning|took|takes?|taking|claimed|claims?|claiming|clinched|clinch(?:es)?|captured|"
    r"captures?|retained|retains?|defended|defends?|landed|lands?|secured|secures?|sealed|seals?)\s+"
    r"(?:(?:the|her|his|their|its|a|an|this|that)\s+)?(?:[\w'’,.-]+\s+){0,4}?(?:race|title|crown|event|marathon|"
    r"half-marathon|gold|victory|win|final|heat|stage|trial|prologue|sprint|division|category|honou?rs|trophy|cup|"
    # (a race named by what is run, and its route: "won Sunday's 89.98 km down run from Pietermaritzburg to Durban in
    # 5:24:51" (round 197))
    r"championship|run|ride|swim|walk|ultra)s?\s+"
    r"(?:(?:from|between)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+(?:to|and)\s+"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2},?\s+)?"
    # (and when it was won: "won the Nairobi City Marathon on Sunday in 2:05:41", "took the title yesterday in")
    # (and where, before when: "won the Kilimanjaro Marathon in Moshi on Sunday in 2:13:48" (round 199))
    r"(?:(?:in|at)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2},?\s+)?"
    rf"(?:{_WON_WHEN}\s+)?in\s+$)"
    # a race run, maybe with when: "ran his first marathon in 2022 in 3:29:40", "did the Berlin half last year in"
    r"|(?i:\b(?:ran|runs?|running|raced|races?|racing|did|does|completed|completes?|finished|finishes|walked)\s+"
    r"(?:(?:the|her|his|their|its|a|an|my|our|your)\s+)?(?:[\w'’,.-]+\s+){0,2}?(?:marathon|half-marathon|half|ultra|"
    r"ultramarathon|10k|5k|parkrun|triathlon|ironman|race)s?\s+"
    rf"(?:(?:in\s+\d{{4}}|last\s+(?:year|month|week|spring|summer|autumn|fall|winter)|this\s+(?:year|spring|summer|"
    rf"autumn|fall)|in\s+{MONTH}(?:\s+\d{{4}})?),?\s+)?in\s+$)")
_RACE_AFTER = regex(
    # ("2:58:41 chip, 2:59:02 gun": a runner's two finishing times; "I need 3:05 for my age group": a qualifying time)
    # (but "22:40 finish: 3 coats" is a chapter's title); a result's kind of time: "2:58:41 chip time, 2:59:02 gun"
    r"^[\s-]*(?:mile|marathon|half-marathon|half\s+marathon|lap|laps|finish(?![ \t]*:)|finishing\s+time|"
    r"personal\s+best|(?:chip|gun|net|official|elapsed|moving)\s+time|(?:chip|gun)(?=[ \t]*(?:[,;)/]|[.](?!\d)|$))|"
    r"for\s+(?:my|his|her|their|your|our|the)\s+age[\s-]+(?:group|category|grade|class)|to\s+(?:qualify|BQ)|"
    r"PB|PR|world\s+record|course\s+record|record|pace|per\s+mile|per\s+(?:km|kilometre|kilometer)|"
    r"/mile|/km|min/km|split|(?:half-?way|half|first-half|second-half|negative|even|opening|closing|\d+\s?km?)[\s-]+split|behind|ahead\s+of|ahead(?=\s*(?:[,.;:!?)]|$|on\b))|adrift|off\s+the\s+pace|clear\s+of|(?:\d+k|\d+m|\d+-?metre|\d+-?meter)\b|to\s+win\s+the\s+(?:race|marathon|stage)|,?\s*on\s+lap\s+\d"
    # "the 1:32 rep target", "a 3:05 cut-off": the time a runner aims at
    r"|(?:[a-z]+\s+)?targets?|cut-?offs?"
    # a deficit on the standings, and a result's sum (round 128: "now 2:04 down on GC", "Osei's 1:49:52 total won"):
    # "3:10 back on the leader", "sits 0:48 down overall", "a 4:02:11 total" (not "2:04 down the line in the clip")
    r"|(?:down|back|behind|off)\s+(?:(?:on|in|to)\s+(?:GC|(?:the\s+)?(?:GC|general\s+classification|overall|standings|"
    r"classification|leaders?|race\s+leader|lead|yellow(?:\s+jersey)?|maglia\s+rosa|red\s+jersey|"
    r"(?-i:[A-Z])[\w'’.-]*))|overall)"
    # (the noun, not the adjective: "At 14:12 total chaos breaks out" is a position)
    r"|total(?=\s*(?:[,;:!?)—–]|\.(?!\d)|$)|\s+(?:won|wins|was|is|were|gave|gives|beat|beats|took|takes|for|in|on)\b)"
    # the distance a time was done for: "Erg scores first: Ciara 7:28.4 for 2k" (round 173), "5:58 for the 2000m",
    # "19:40 for 5 km" (a hundred metres or more: "for 10m" may be minutes)
    r"|for\s+(?:(?:a|an|the|his|her|their|my|our)\s+)?(?:\d+(?:\.\d+)?\s?(?:k|km|mi|miles?|kilomet(?:re|er)s?)|"
    r"\d{3,}\s?(?:m|metres?|meters?))(?![\w/])"
    # a level a runner stayed at for years: "I'd been stuck at 3:01–3:04 for three years"
    r"|for\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d{1,2})\s+(?:years|seasons)"
    # a split told with the point of the course it was taken at (round 152: "was at 1:29:50 at 30 km"; "1:04:12 at
    # halfway", "2:10:40 at the 35 km mark"; not a speed, "at 0:45 at 30 km/h")
    r"|at\s+(?:the\s+)?(?:\d{1,3}(?:[.,]\d)?\s?(?:km|k|kilomet(?:re|er)s?|mi|miles?)(?![/\w])(?:\s+(?:mark|point))?|"
    r"half-?way(?:\s+(?:mark|point))?|the\s+half(?:way)?(?:\s+(?:mark|point))?))\b",
    _I,
)
# Lap times are told to the thousandth; no footage position is cited so with minutes alone.
_LAP_TIME = regex(r"\d{1,2}:[0-5]\d\.\d{3}")
# A winner's time to the tenth or hundredth, after the event won ("Thames Valley take the Grand in 5:41.20", "Okafor
# wins the women's 400m hurdles in 54.31", "Ruiz claimed gold in 2:07.45"): headlines say "take", "win" for a crew or
# a team, so the verb's every form counts.
_FRACTION_TIME = regex(r"\d{1,2}:[0-5]\d\.\d{1,2}")
# A winning margin told in a race's own measures: "by 1¾ lengths", "by a neck", "by half a length", "by two boat
# lengths", "by a short head", "by 0.4 seconds".
_WIN_MARGIN = (r"by\s+(?:(?:a|an|half\s+a|a\s+half|\d+(?:[.,]\d+)?\s?[¼½¾]?|[¼½¾]|[a-z]+(?:-[a-z]+)?)\s+)?"
               r"(?:(?:short|long|clear|boat|bike|canvas)\s+)?"
               r"(?:lengths?|necks?|heads?|noses?|distance|seconds?|secs?|s|canvas|metres?|meters?)")
_WON_IN_BEFORE = regex(
    r"\b(?:wins?|won|winning|takes?|took|taking|claim(?:s|ed|ing)?|clinch(?:es|ed|ing)?|seal(?:s|ed|ing)?|"
    r"retain(?:s|ed|ing)?|defend(?:s|ed|ing)?)\s+(?:[\w'’.,:-]+\s+){1,5}?"
    # (a race named by its post time among the words: "won the 3:15 at Leopardstown")
    # (the winning margin between, a horse's or a boat's: "won the 3:15 at Leopardstown by 1¾ lengths in 2:04.31"
    # (round 135), "took the maiden by a short head in 1:38.72")
    rf"(?:{_WIN_MARGIN}\s+)?in\s+$", _I)
# A place of a course by its name (a capitalised word or three): "Drummond", "Cato Ridge", "Fields Hill".
_COURSE_PLACE = r"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
# Where a point of the course is, by that name: " at Drummond", " near Cato Ridge".
_PLACE_AT = rf"\s+(?:at|near)\s+{_COURSE_PLACE}"
_SPLIT_BEFORE = regex(
    # (the half named a point: "the leaders went through the halfway point in 1:05:10" (round 189))
    r"\b(?:\d+\s+laps|(?:went|gone|going|goes|go|came|come)\s+through(?:\s+(?:halfway|half-way|"
    r"the\s+half(?:-?way(?:\s+(?:mark|point))?)?|"
    r"\d+\s?(?:km|k|miles?))(?:{place_at})?"
    # (a place of the course by its name, then what point of the course it is: "went through Drummond, the halfway
    # point, in 2:41:09" (round 186))
    r"|\s+{place},\s+(?:the\s+)?(?:halfway|half-way|\d+\s?(?:km|k|miles?|kilomet(?:re|er)s?))"
    r"(?:\s+(?:mark|point))?,)?)\s+in\s+$"
    # a point of the course passed: "a group of 14 men passing halfway in 1:03:40", "reached 30 km in 1:30:12"
    # (and where it is, by name: "went through halfway at Drummond in 2:41:05" (round 185), "passed 30 km at Cato
    # Ridge in 1:48:10")
    r"|\b(?:pass(?:ed|es|ing)?|reach(?:ed|es|ing)?|hit(?:s|ting)?|turn(?:ed|s|ing)?\s+at)\s+(?:halfway|half-way|"
    r"the\s+half(?:way)?(?:\s+(?:mark|point))?|(?:the\s+)?\d+\s?(?:km|k|miles?|kilomet(?:re|er)s?)(?:\s+(?:mark|point))?|"
    r"the\s+(?:turn|summit|top|bell))(?:{place_at})?\s+in\s+$"
    # a list of splits: "Her splits for the 5 km sections were 16:18, 16:14", "Splits: 16:18"
    # (or any words, then a colon: "The five-kilometre splits tell the story: 18:02, 17:55")
    r"|\bsplits\b[^.;!?\d]{0,60}?\b(?:were|was|are|read|went)\s*:?\s+$|"
    # a split's change told from one to the other (round 92, said in a podcast's turn: "Their split went from 1:33
    # to 1:29")
    r"\bsplits?\s+(?:[\w'’-]+\s+){0,2}?(?:went|dropped|fell|came\s+down|improved|slipped|rose|dipped)\s+from\s+$|"
    r"\bsplits\s+(?:[\w'’-]+\s+){0,2}?(?:tell|tells|told|show|shows|showed|say|says|said|look|looks|looked)\b"
    r"[^.;!?\d:]{0,25}:\s+$|\bsplits?\s*:\s*(?:[*_]{1,2}|</(?:b|strong)>)?\s*$"
    # a split told straight after its distance: "5 km 16:20, 10 km 32:41, half 1:08:55"
    r"|\b\d[\d,.]*\s?(?:km|k|mi|miles?|kilomet(?:re|er)s?)\s+\(?$|(?:^|[,;:]\s*)half\s+$"
    # the half passed in a list of points: "through 5 km in 14:43, 10 km in 29:25 and halfway in 1:02:10"
    r"|\bkm\s+in\s+\d{1,2}:\d\d(?::\d\d)?,?\s+(?:and\s+)?half-?way\s+in\s+$"
    # a results line's finisher: (place,) name, country code: "1. K. Kiptum (KEN) 2:05:44"
    r"|(?:^|[;:,\n]\s*)(?:\d{1,3}\.?\s+)?(?-i:(?:[A-Z][\w'’.-]*\s+){1,4}\([A-Z]{3}\))\s+$"
    # a multisport result's legs, listed (round 121): "in 4:05:12 (swim 26:41, T1 2:02, bike 2:18:40, run 1:15:33)"
    r"|(?:\(|[,;]\s)\s*(?:swim|bike|run|T[12])\s*:?\s+$"
    # a results line's winner of a category, by name (round 121): "Men: Harlow 3:49:58."
    r"|\b(?:(?:wo)?men|(?:wo)?mens|(?:wo)?men['’]s|boys|girls|juniors|veterans|masters)\s*:\s*"
    r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+$".replace("{place_at}", _PLACE_AT).replace(
    "{place}", _COURSE_PLACE), _I)
_SPLIT_STEMS = any_stem(("laps", "through", "k", "mi", "half", "split", "turn", "summit", "top", "bell", "(", "swim",
                         "bike", "run", "t1", "t2", "men", "boys", "girls", "junior", "veteran", "master"))


def _covered_stretch_in(c: _Clock) -> bool:
    """"ran the 22-mile section from A to B, which includes the climb of C, in 3:51": a stretch of a course
    covered, the words that describe it, then "in" and the time it took (no footage named between)."""
    if not c.before.endswith(" in "):
        return False
    lo = max(c.b, c.begin - STRETCH_CHARS)
    covered = _STRETCH_COVERED_BEFORE.search(c.text, lo, c.bare) or _LEG_DONE_BEFORE.search(c.text, lo, c.bare)
    return covered is not None and not footage_word(c.text, covered.end("stretch"), c.bare)


# How far back the verb and the stretch it covered may stand before "in" and the time.
STRETCH_CHARS = 220
_STRETCH_COVERED_BEFORE = regex(
    r"\b(?:ran|run|runs|covered|covers|completed|completes|swam|swims|rode|rides|cycled|walked|climbed|raced|hiked)"
    r"\s+(?:the|her|his|their|its|a|this|that)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:\d[\d,.]*[-\s]?(?:mile|km|kilometre|kilometer|metre|meter|k)s?\b(?:\s+[\w'’-]+)?|sections?|legs?|stages?|"
    r"laps?|loops?|stretch|descent|climb|ascent|course)\b(?P<stretch>)[^.;!?]{0,160}\s+in\s+$", _I)
# ... or a leg told by its two ends: "I did the car park to the top of the chain ladders in 2:41:30", "we walked from
# the hut to the summit in 1:52:10" (round 194; the ends are places, no footage named in them).
_LEG_DONE_BEFORE = regex(
    r"\b(?:did|done|ran|walked|hiked|climbed|cycled|rode|drove|swam|paddled|covered|made)\s+(?:it\s+)?(?:from\s+)?"
    r"(?P<stretch>)[^.;!?\d]{1,80}?\s+to\s+[^.;!?\d]{1,80}?\s+in\s+$", _I)


# A margin in seconds right before a pair of times: "was decided by 0.04 seconds, 3:19.22 to 3:19.26" (round 173).
_MARGIN_BEFORE = regex(
    r"\bby\s+(?:(?:just|only|a\s+mere|a\s+margin\s+of)\s+)?(?P<d>\d*\.\d+|\d+)[^\S\n]*(?:s|secs?|seconds?)\b"
    r"[^\S\n]*[,:(—–-][^\S\n]*$", _I)
# Two times with fractions of a second, the second after "to" or a dash: a result's pair.
_FRACTION_PAIR = regex(r"(?P<a>(?:\d+:)?\d{1,2}:\d\d\.\d{1,3})[^\S\n]*(?:to|[-–—])[^\S\n]*"
                       r"(?P<b>(?:\d+:)?\d{1,2}:\d\d\.\d{1,3})(?![\d:])", _I)


def margin_pair(c: _Clock) -> bool:
    """Two times told right after the margin between them, a race's first two: "The boys' 4x400 final was decided by
    0.04 seconds, 3:19.22 to 3:19.26" (round 173): the margin is exactly their difference, no stretch of footage."""
    if "by" not in c.folded_before[-40:]:
        return False
    margin = _MARGIN_BEFORE.search(c.before, max(0, len(c.before) - 40))
    pair = _FRACTION_PAIR.match(c.text, c.bare, c.end) if margin is not None else None
    if margin is None or pair is None:
        return False
    gap = abs(_pair_seconds(pair.group("b")) - _pair_seconds(pair.group("a")))
    return abs(gap - float(margin.group("d"))) < 0.0005


def _pair_seconds(time: str) -> float:
    """The seconds of "3:19.22" or "1:02:03.5"."""
    total = 0.0
    for part in time.split(":"):
        total = total * 60 + float(part)
    return total


def _listed_split(c: _Clock) -> bool:
    """Any kind of listed split, or of listed result."""
    return _split_in_list(c) or _fraction_split(c) or _split_lines(c) or _division_result(c)


def _division_result(c: _Clock) -> bool:
    """A time to the hundredth of a second in a sentence that a race's division opens with its label, no footage
    named: the crews' or the swimmers' results listed unranked, "Men's open 250m final: Stanley Tigers 58.91, Sai Kung
    Sharks 59.40, Tai Tam Dragons 1:00.12", "Women's 500m: Aberdeen Pearl in 2:31.44" (round 201; a ranked list is
    :func:`_ranked_result`'s)."""
    if _FRACTION_TIME.fullmatch(c.text, c.bare, c.end) is None or _IN_MEDIA_AFTER.match(c.after):
        return False
    label = _RESULTS_WORD.search(c.text, c.b, c.bare)
    return label is not None and not _LIST_BREAK.search(c.text, label.end(), c.bare) \
        and not footage_word(c.text, c.b, c.bare)


def _split_lines(c: _Clock) -> bool:
    """A time ending a "name time" line, in a run of such lines under a line that a split's label ends
    ("Splits:\nForest gate 3:12\nIce bridge 8:55"): a timer's splits, one a line (a chapter list puts the time
    first, and has no such label)."""
    text = c.text
    if not _LINE_END.match(text, c.end):
        return False
    line_start = text.rfind("\n", 0, c.bare) + 1
    if not _SPLIT_LINE_NAME.fullmatch(text, line_start, c.bare):
        return False
    for above, end in lines_above(text, line_start, SPLIT_LINES):
        line = text[above:end]
        if _SPLIT_LABEL_ENDS_LINE.search(line):
            return True
        if not _SPLIT_LINE.fullmatch(line):
            return False
    return False


# How many "name time" lines a list of splits may run above a time.
SPLIT_LINES = 30
_LINE_END = regex(r"[^\S\n]*(?:\n|$)")
# A line's opening up to its time: a list mark, then a name that starts with a letter ("Keep 1 ").
_SPLIT_LINE_NAME = regex(r"[^\S\n]*(?:[-*•][^\S\n]+)?(?=[^\W\d])[\w'’#()-]+(?:[^\S\n]+[\w'’#()-]+){0,3}[^\S\n]+")
_SPLIT_LINE = regex(rf"{_SPLIT_LINE_NAME.pattern}\d{{1,2}}(?::\d\d){{1,2}}(?:\.\d+)?[^\S\n]*")
# A line that a label of splits, laps or sectors ends: "My PB is 27:41.3. Splits:", "**Lap times**:".
_SPLIT_LABEL_ENDS_LINE = regex(
    r"\b(?:splits?|sectors?|intermediates?|laps?)(?:\s+times)?(?:[*_]{1,2}|</(?:b|strong|em|i)>)?[^\S\n]*:"
    r"(?:[*_]{1,2}|</(?:b|strong|em|i)>)?[^\S\n]*$", _I)


def _split_in_list(c: _Clock) -> bool:
    """A time in a list of times that a split's label opens: "Her splits were 16:18, 16:14, 16:20 and 17:02"
    (the list may run past the words the rules read before each time)."""
    if not _AFTER_LISTED_TIME.search(c.before, max(0, len(c.before) - 16)):
        return False
    lo = max(c.b, c.begin - SPLIT_LIST_CHARS)
    listed = _TIME_LIST_TAIL.search(c.text, lo, c.begin)
    return listed is not None and _SPLIT_BEFORE.search(c.text, max(lo, listed.start() - 80), listed.start()) is not None


# How far back a list of splits may open.
SPLIT_LIST_CHARS = 300
_AFTER_LISTED_TIME = regex(r"\d:\d\d(?:\.\d+)?\s*(?:,|\band|&)\s*$", _I)
_TIME_LIST_TAIL = regex(r"(?<![\d:])(?:\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*))+$", _I)


def _fraction_split(c: _Clock) -> bool:
    """A time to the tenth or hundredth of a second listed under a label of splits, laps or sectors in its sentence,
    no footage named between: "Lap times: 1:02.3, 1:01.9", "Sector times: S1 0:31.22, S2 1:04.90",
    "Intermediates: Ruiz 14:02.5, Okafor 14:09.1" (but "at 01:17.4 in the 60 fps copy" is a position)."""
    if not any(w in c.folded_before for w in _SPLIT_WORDS):
        return False
    label = _SPLIT_LABEL.search(c.before)
    fraction = _FRACTION_TIME.fullmatch(c.text, c.bare, c.end) is not None
    return label is not None and not _LIST_BREAK.search(c.before, label.end()) \
        and not footage_word(c.before[label.start():]) and not _IN_MEDIA_AFTER.match(c.after) \
        and (fraction or (_LABELLED_SPLITS.fullmatch(c.before, label.end()) is not None
                          and not label.group().casefold().startswith("result")))


# A time read to the tenth or hundredth of a second: "2:08.4", "4:01.80", "1:02:31.5".
_FRACTION_TIME = regex(r"(?:\d{1,2}:)?\d{1,2}:[0-5]\d[.,]\d{1,2}")
_SPLIT_WORDS = ("split", "sector", "intermediate", "lap", "result")
# Or each time told with the stretch it splits, a list of "name time" items: "Splits: Forge 4:12, Ruins 11:58,
# Final Boss 24:09", "Sector times were Harbour 0:41 and Tunnel 1:22".
_SPLIT_ITEM_NAME = r"[\w'’#()-]+(?:[^\S\n]+[\w'’#()-]+){0,3}"
_LABELLED_SPLITS = regex(
    rf"[^\S\n]*(?:[*_]{{1,2}}[^\S\n]*)?(?:(?:{_SPLIT_ITEM_NAME}[^\S\n]+)?\d{{1,2}}(?::\d\d){{1,2}}(?:\.\d+)?"
    rf"(?:[^\S\n]+{_SPLIT_ITEM_NAME})?[^\S\n]*(?:[,/|·]|\band\b)[^\S\n]*(?:and[^\S\n]+)?)*"
    rf"(?:{_SPLIT_ITEM_NAME}[^\S\n]+)?", _I)
# (the lap's number or the race's place may follow: "Lap 2: ", "Fastest laps at Silverstone: ")
# (or a race's results, each crew or rider with a time to the hundredth: "Race 22 result: Waikato Uni 5:48.21,
# Hamilton RC 5:51.07" (round 92); a result label lists chapters never to the hundredth)
_SPLIT_LABEL = regex(r"\b(?:results?(?=\s*:)|splits?|sectors?|intermediates?|laps?)(?:\s+#?\d{1,3}|\s+times)?\b"
                          r"(?:\s+(?:at|in)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
                          r"(?:[*_]{1,2}|</(?:b|strong|em|i)>)?\s*(?::|[—–]|were|are|was|of|read)", _I)
# What ends a list: a sentence's or clause's end, a position's preposition.
_LIST_BREAK = regex(r"[.;!?](?:\s|$)|\b(?:at|from|into|in\s+the)\s", _I)

_CHANGED_STEMS = any_stem(("time", "duration", "wait", "commute", "pace", "average", "median", "best", "pb", "from",
                           "lead", "gap", "advantage", "margin", "deficit",
                           "mean", "typical", "mine", "ours", "yours", "hers", "theirs"))


def _sport_or_measure(c: _Clock) -> str | None:
    """Play-by-play clocks and scores, results, margins, best and target times, measured times that changed."""
    after = c.after
    if _period_clock(c):
        return "game clock"
    played = _played_or_set(c)
    if played:
        return played
    if _PLAY_BY_PLAY_OPENING.match(c.text, c.b, c.begin) and not c.ends(_AT_POSITION_BEFORE):
        return "score or ratio"  # "Q2 1:48: Moreau steals and scores, 44:41": the line's clock came first
    if _ranked_result(c) or _named_winner(c) or _rival_gap(c) or _beaten_rival_paren(c) \
            or (c.ends(_BY_BEFORE, 4) and (_MARGIN_OVER_AFTER.match(after) or _won_by(c))) \
            or (c.may_end(_BEST_STEMS) and (_BEST_IS_BEFORE.search(c.before) or _own_best(c))) or _passed_at(c) \
            or _margin_noun(c) \
            or (c.may_end_with(_EXTREME_OF_TIMES_TAILS) and c.ends(_EXTREME_OF_TIMES_BEFORE, 120)):
        return "race time"  # "Results: 1. Otieno 2:06:41; 2. ...", "by 1:03 over Mori", "his best ... is 1:52:30"
    if c.folded_before.rstrip().endswith(_IN_UNDER_TAILS) and c.ends(_IN_UNDER_BEFORE) \
            and not _INTO_AFTER.match(after) and not _IN_MEDIA_AFTER.match(after) \
            and not _RANGE_OPENER_FROM.match(c.text, c.begin) and not _break_span(c):
        return "duration"  # "to run it in under 4:30"; but "the dance break from 3:02 to 3:20" is a stretch
    if _RUN_CATEGORY_AFTER.match(after):
        return "duration"  # "1:58:33 IGT", "1:42:18 any%": how long a run took, timed by its category's rules
    if (c.may_end(_RUN_LABEL_STEMS) and c.ends(_RUN_LABEL_BEFORE, 60)) or (
            "split" in c.folded_before and _SPLIT_AT_AFTER.match(after)):
        return "race time"  # "new PB!! 1:42:18 any%", "finally sub 1:43", "His splits: 14:52 at 5 km"
    if c.may_end(_CHANGED_STEMS) and c.may_end_with(_CHANGED_TAILS) and c.ends(_CHANGED_BEFORE, 70) \
            and not _IN_MEDIA_AFTER.match(after) and not _INTO_AFTER.match(after):
        return "duration"  # "boot time went from 1:10 to 0:48": a measured time that changed (not "in the clip")
    return _thing_timed(c)


# The extreme of the results just told, another result: "averaged a 5K time of 34:12, with the fastest at 24:48" (round
# 141, chapters), "the club's parkrun times ranged widely, the quickest in 19:02", "finishing times averaged 4:41, the
# slowest on 6:20" (a times' noun first in the clause; not a clip's "the fastest lap is shown at 2:10").
# The last word of every match of _EXTREME_OF_TIMES_BEFORE (casefolded): a gate (``may_end_with``).
_EXTREME_OF_TIMES_TAILS = ("at", "in", "on", "with", "of", "just")
_EXTREME_OF_TIMES_BEFORE = regex(
    r"\b(?:\d{1,3}\s?k|marathon|half-marathon|parkrun|race|finish(?:ing)?|personal\s+best|pb|lap|split|run)s?\s+"
    r"times?\b[^.;!?\n]{0,80}?,\s*(?:with\s+)?(?:the|our|their|his|her)\s+(?:very\s+)?(?:fastest|quickest|slowest|best|"
    r"worst|top|winning|leading)(?:\s+(?:one|runner|finisher|time|graduate|member|rider|swimmer))?\s+(?:at|in|on|with|of)"
    r"\s+(?:just\s+)?$", _I)


def _margin_noun(c: _Clock) -> bool:
    """"kept his 0:41 lead" (round 119), "a 1:40 gap on Ferreira", "the Kenyan's 0:38 deficit": a time told as the
    size of a lead or a gap, its determiner before and the margin's noun right after, no footage named after the noun
    ("the 0:47 gap in the video" is a place in it) and no other noun the margin's word is part of ("lead guitar")."""
    m = _MARGIN_NOUN_AFTER.match(c.after)
    if m is not None:
        return c.ends(_MARGIN_DETERMINER_BEFORE, 40) and _IN_MEDIA_AFTER.match(c.after[m.end():]) is None
    # the noun first, the time after it: "a lead of 0:41", "Tadesse's lead is 0:52", "His advantage over Mensah is
    # now 1:12"
    return c.may_end_with(_MARGIN_NOUN_TAILS) and c.ends(_MARGIN_NOUN_BEFORE, 90) \
        and _IN_MEDIA_AFTER.match(c.after) is None and _INTO_AFTER.match(c.after) is None


# The margin's noun closing its noun phrase: " lead.", " gap on Ferreira", " deficit to the leader".
_MARGIN_NOUN_AFTER = regex(
    r"[^\S\n]*-?[^\S\n]*(?:lead|advantage|deficit|margin|cushion|buffer|gap|head[\s-]start)(?![\w'’-])"
    r"(?=\s*(?:[,.;:!?)\]—–]|$)|\s+(?:over|on|to|in|at|into|going|heading|from|for|with|intact|and|but|after|"
    r"before|as|when|while|that|which|was|is|has|had)\b)", _I)
# A margin's noun after a determiner or a possessor, who it is over maybe, then "of" or a verb of being or changing:
# "a lead of ", "Tadesse's lead is ", "His advantage over Mensah is now ", "her cushion was cut to ".
# The last word of every match of _MARGIN_NOUN_BEFORE (casefolded): a gate (``may_end_with``).
_MARGIN_NOUN_TAILS = ("of", ":", "is", "was", "remains", "remained", "now", "still", "just", "only", "at", "to", "mere")
_MARGIN_NOUN_BEFORE = regex(
    r"(?:\b(?:a|an|his|her|their|its|the|our|my|your)|['’]s)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:lead|advantage|deficit|margin|cushion|buffer|head[\s-]start)"
    r"(?:\s+(?:over|on|to|in)\s+[^.;:!?\d()]{1,40}?)?\s*"
    r"(?:of|:|(?:is|was|remains|remained)(?:\s+(?:now|still|just|only))?|(?:stands|stood|sits|sat)\s+at"
    r"|(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:cut|reduced|trimmed|extended|stretched|grown|grew|shrunk|shrank|"
    r"down|up|out)\s+to)\s+(?:(?:just|only|a\s+mere)\s+)?$", _I)
# A determiner or a possessor before the time, an adjective or two maybe: "his ", "a slender ", "the Kenyan's ".
_MARGIN_DETERMINER_BEFORE = regex(
    r"(?:\b(?:a|an|his|her|their|its|the|our|my|your)|['’]s?)(?:\s+(?!at\b|to\b|from\b)[a-z][\w-]*){0,2}\s+$", _I)


def _passed_at(c: _Clock) -> bool:
    """A point of the course passed "at" the runner's time, as "in" is (_SPLIT_BEFORE): "she passed halfway at
    1:01:53" (round 110), "reached 30 km at 1:29:40"; not a position said in footage: "passes halfway at 3:10 in the
    highlights", "in the race video he hits the 10 km mark at 4:02"."""
    return c.before.endswith("at ") and c.may_end(_SPLIT_STEMS) and c.ends(_PASSED_AT_BEFORE, 60) \
        and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after) \
        and not _MEDIA_NAMED.search(c.clause)  # (not footage_word: a course's "25 km mark" is no footage mark)


_MEDIA_NAMED = regex(rf"\b{MEDIA_NOUN}\b", _I)
_PASSED_AT_BEFORE = regex(
    r"\b(?:pass(?:ed|es|ing)?|reach(?:ed|es|ing)?|hit(?:s|ting)?|(?:went|gone|going|goes|go|came|come|was|were)"
    r"\s+through)\s+(?:halfway|half-way|the\s+half(?:way)?(?:\s+(?:mark|point))?|"
    r"(?:the\s+)?\d+\s?(?:km|k|miles?|kilomet(?:re|er)s?)(?:\s+(?:mark|point))?)\s+at\s+$", _I)


# A speedrun's category after its time: "1:42:18 any%", "58:10 glitchless".
# (or the run it is a time for: "already under 2:14:00 for an any% run", "1:58:10 for a glitchless run" (round 85))
_RUN_CATEGORY_AFTER = regex(
    r"\s*(?:(?:any|low|all|\d{1,3})\s?%|(?:RTA|IGT|glitchless)\b)"
    r"|\s+for\s+(?:an?|the|their|my|his|her|your)\s+(?:(?:any|low|all|\d{1,3})\s?%|(?:RTA|IGT|glitchless)\b)", _I)
# A personal or world best, a "sub" target, a split's label just before: "new PB!! 1:42:18", "finally sub 1:43",
# "gold split on the last level, 12:31" (not "the split screen, 12:31").
_RUN_LABEL_BEFORE = regex(
    r"\b(?:PBs?|PRs?|WRs?)\s*[!?.:]*\s*$|"
    # a record that is a time, a leaderboard's, and splits compared with a pace in brackets: "the WR there is 35:02",
    # "the leaderboard has 32:41.86", "ahead of pace (9:14 vs 9:20)", "behind PB (8:40"
    r"\b(?:PB|PR|WR|world\s+record)\b(?:\s+(?:there|here|now|in\s+(?:it|that|this)(?:\s+category)?))?\s+"
    r"(?:is|was|stands\s+at|sits\s+at)\s+$|\bleaderboards?\s+(?:has|have|had|shows|says|lists)\s+$"
    # a record told by how long it stood or what it was before: "the old record stood at 25:10", "the previous WR,
    # 31:04" (round 89); athletics' "mark" for a record: "old mark 4:10.05" (round 204)
    r"|\b(?:old|previous|former|earlier|prior|standing|existing|current)\s+(?:(?:world|course|category|any%)\s+)?"
    r"(?:(?:record|WR|PB|PR)\s*(?:,|:|(?:had\s+)?(?:stood|stands|sat|sits)\s+at|was|of)|mark\s*(?:,|:|was|of)?)\s+$"
    r"|\brecords?\s+(?:had\s+|has\s+)?(?:stood|stands)\s+at\s+$"
    r"|\b(?:ahead\s+of|behind|off)\s+(?:pace|PB|PR|WR|record)\s*\(\s*$|\b(?:finally|a|go|went|going|got|get|gets|run|ran|runs)\s+sub\s*$"
    r"|\b(?:gold\s+|best\s+)?splits?\b(?!\s*-?screen)[^.;:!?\d\n]{0,40},\s*$", _I)
# One of these is in every _RUN_LABEL_BEFORE match (tests/test_moments_gates.py).
_RUN_LABEL_STEMS = any_stem(("pb", "pr", "wr", "sub", "split", "record", "leaderboard", "pace", "mark"))
# A time at a distance, after a splits label: "His splits: 14:52 at 5 km and 1:02:40 at halfway".
_SPLIT_AT_AFTER = regex(
    r"\s+at\s+(?:the\s+)?(?:\d[\d,.]*\s?(?:km|k|mi|miles?|m)\b|halfway|half-way|half\b|(?:\d+(?:st|nd|rd|th)\s+)?"
    r"(?:km|kilomet(?:re|er)|mile)\b)", _I)


def _period_clock(c: _Clock) -> bool:
    """"Q4 0:04: Holt at the line, 88:87": a game clock after a period's label, in play-by-play (a score
    follows in the sentence)."""
    if not c.may_end_with(_PERIOD_LABEL_TAILS, digit=True) or not c.ends(_PERIOD_LABEL_BEFORE, 18):
        return False
    return _SCORE_PAIR.search(c.text, c.end, c.e) is not None or _play_after_dash(c) or _period_cell(c)


def _period_cell(c: _Clock) -> bool:
    """"<td>Q4 0:01</td>", "| 3rd period 12:40 |" (round 153's game-clock column beside a stream-time one): a period's
    label and its clock fill a table cell, the play told in another; a game clock if it does not run to hours."""
    return c.ends(_PERIOD_CELL_BEFORE, 40) and _CELL_CLOSE_AFTER.match(c.text, c.end, c.e) is not None \
        and _READ_TO_HOURS.fullmatch(c.text, c.bare, c.end) is None


def _play_after_dash(c: _Clock) -> bool:
    """"Q4 0:03.1 — BUZZER-BEATER!", "3rd period, 19:58 — empty-netter." (round 124): a period's label, its clock,
    then a dash or a colon and the play, with no score after; a game clock if it does not run to hours and the
    sentence names no footage ("Q4 — on the stream the winner is around 1:58:20" is a position)."""
    return _PLAY_DASH_AFTER.match(c.text, c.end, c.e) is not None \
        and _READ_TO_HOURS.fullmatch(c.text, c.bare, c.end) is None and not footage_word(c.text, c.b, c.e)


# (the label and its clock may be a live blog's bold entry heading: "<p><b>Q1 9:14</b> — GOAL Dockers!", "**Q3 11:30**
# — Big hit" (round 137))
_PLAY_DASH_AFTER = regex(r"(?:</(?:b|strong|em|i)>|\*\*|__)?[ \t]*(?:—|–|-|:)[ \t]+\S")


# (the ordinal spelled, or the number after: "Third period, 12:40 — Novak scores", "Period 2, 4:05 —", "Quarter 4 1:10")
_PERIOD_LABEL = regex(
    # (Markdown's underscores may open it: "__OT 2:11__ — Game-winner")
    r"(?<![^\W_])(?<!-)(?:Q[1-4]|OT\d?|(?:[1-4](?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)\s+(?:[Qq]uarter|[Hh]alf|"
    r"[Pp]eriod)|(?:[Qq]uarter|[Pp]eriod)\s+[1-4])(?![\w-])")
# The last word or mark of every match of _PERIOD_LABEL_BEFORE (casefolded) that is no digit: a gate (``may_end_with``).
_PERIOD_LABEL_TAILS = ("ot", "quarter", "half", "period", ",", ":", "–", "-")
_PERIOD_LABEL_BEFORE = regex(_PERIOD_LABEL.pattern + r"[ \t]*[,:–-]?[ \t]*$")
# A table cell's opening, HTML or pipe, then a period's label: "<td>Q4 ", "| 2nd half, ".
_PERIOD_CELL_BEFORE = regex(r"(?:<t[dh]\b[^<>]{0,30}>|\|)[ \t]*" + _PERIOD_LABEL_BEFORE.pattern)
# The cell's close right after the clock: "</td>", " |".
_CELL_CLOSE_AFTER = regex(r"[ \t]*(?:</t[dh]>|\|)")
_PLAY_BY_PLAY_OPENING = regex(rf"\s*{_PERIOD_LABEL.pattern}[ \t]+{TC_TEXT}(?!\s*(?:-|–|to)\s*\d)\D[^\n]*$")
_SCORE_PAIR = regex(r"(?<![\d:])(?:\d{2,3}\s?:\s?\d{2,3}|\d{1,3}\s?[–-]\s?\d{1,3})(?![\d:])")


def _ranked_result(c: _Clock) -> bool:
    """"Results, Dublin Marathon: 1. Kiplagat 2:08:41; 2. Murphy 2:09:05": a time after a rank and a name, in a
    paragraph that names results before them (a numbered chapter list, "1. Intro 0:00; 2. Setup 1:30", names
    none). The ranks may split the sentence ("1." ends one), so the words before it are read."""
    rank = _RANKED_NAME_BEFORE.search(c.text, max(0, c.bare - NEAR_CHARS), c.bare)
    return rank is not None and _RESULTS_WORD.search(c.text, _paragraph_start(c.text, rank.start()),
                                                     rank.start()) is not None


# "1. Kiplagat 2:08:41", "2. Murphy (IRL) +0:24": a rank, a name (a team or a country after it), a time or a gap;
# a stage's line gives the team after the country: "1. Sizwe Mahlangu (RSA) Kwezi–Umgeni 4:14:33", "3. Thabo van
# Niekerk (RSA) Boland Wine 15:02:11"; a schools' or juniors' line the athlete's age: "1. Faith Jerotich, 17, 4:09.32"
# (round 204).
_RANKED_NAME_BEFORE = regex(
    # (a crew of two joined by "and", or a crew named by its island and the word: "1. Lagi and Mele Talia (Vaitupu)
    # 6:05.3; 2. Nanumaga crew 6:31.0" (round 202))
    r"(?:^|[\s;,:(])\d{1,2}[.)]\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:van|von|de|der|den|da|di|du|le|la|del|dos|ter"
    r"|and|&)(?=\s+[A-Z]))){0,4}(?:\s+(?:crew|team|squad|club|boat))?"
    r"(?:\s+\([\w .'’-]{2,30}\)(?:\s+[A-Z][\w'’.&–-]*){0,3})?(?:,\s+\d{1,2})?,?\s+\+?$")
_RESULTS_WORD = regex(
    r"\b(?:results?|standings|classification|leaderboard|finishers|finishing\s+order|podium|placings)\b"
    # a race's division labelling its list: "Men's race: 1. ...", "Women's 10k: 1. ...", "Elite women: 1. ..."
    # (or an age group's plural with no apostrophe, its distance bracketed: "Senior girls (4,000 m):", "Junior boys:")
    r"|\b(?:(?:men|women|boys|girls|juniors?|seniors?|veterans?|masters?)['’]s?|elite\s+(?:men|women)|mixed"
    r"|(?:senior|junior|intermediate|minor|under-?\d{1,2}|U\d{1,2}|elite|open|masters?|veterans?)\s+"
    r"(?:men|women|boys|girls|ladies))"
    r"(?:\s*\(\s*\d[\d,.]*\s?(?:k|km|m|mi|miles?|metres?|meters?)\s*\))?"
    # (a swim's or a track event's too, its distance and stroke before the colon: "Women's 200m freestyle final:",
    # "Men's 4x100m medley relay heats:")
    # (its distance maybe with a thousands comma: "Men's 10,000m:" (round 204))
    r"(?:\s+(?:race|run|event|final|marathon|half|elite|open|wheelchair|\d{1,3}(?:,\d{3})+\s?m|\d+\s?(?:k|km|m|miles?)|(?:\d\s?x\s?)?\d{2,5}\s?(?:m|y|yd|yds)|"
    r"freestyle|free|backstroke|back|breaststroke|breast|butterfly|fly|individual|medley|IM|relay|hurdles|"
    r"steeplechase|sprint|dash|walk|semi-?finals?|finals?|heats?|A|B|"
    # (a boat's class, its distance after a comma: "Men's single paddle, 2 km:", "Mixed six-paddle, 4 km:" (round 202))
    r"single|double|pairs?|fours?|eights?|sculls?|coxless|coxed|quads?|kayak|canoe|outrigger|k[124]|c[12]|"
    r"(?:(?:single|double|two|three|four|six|eight)-)?paddle)){0,4}"
    r"(?:,\s*\d[\d,.]*\s?(?:k|km|m|mi|miles?|metres?|meters?))?\s*:", _I)


def _rival_gap(c: _Clock) -> bool:
    """"Pogačar won in 4:10:33, with Vingegaard at 0:48 and Evenepoel at 1:32": a rival named, then "at" and how far
    behind the winner they finished, in a sentence of a result that names no footage (a highlight's "with Yates at
    3:10 in the video" is a position)."""
    if c.before.endswith("(") and c.ends(_RIVAL_PAREN_BEFORE) and c.after.startswith(")") \
            and _FRACTION_TIME.fullmatch(c.text, c.bare, c.end) is not None:
        # "ahead of Naidoo (1:55.07) from lane 5" (round 93): a rival's own time to the hundredth, in brackets
        return not footage_word(c.text[c.b:c.bare])
    if c.before.endswith("+") and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after):
        # "Moreau won solo in 4h 55m 13s, +0:08 on Jansen" (round 126): a signed gap to a rival, named after it, or
        # in a sentence of a result that names no footage ("2. Vingegaard +1:12")
        return _MARGIN_OVER_AFTER.match(c.after) is not None \
            or (_RESULT_SAID.search(c.text, c.b, c.bare) is not None and not footage_word(c.text[c.b:c.bare]))
    if not c.before.endswith("at ") or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after):
        return False
    sentence = c.text[c.b:c.bare]
    if c.ends(_PLACE_TO_RIVAL_AT_BEFORE):
        return not footage_word(sentence)  # the place given is the result said: "third to Kiprop at 13:04.25"
    return c.ends(_RIVAL_AT_BEFORE) and _RESULT_SAID.search(sentence) is not None and not footage_word(sentence)


def _beaten_rival_paren(c: _Clock) -> bool:
    """"He finished 19 seconds clear of Josphat Kemboi (1:00:00)" (round 96), "edged out Ana Duarte (2:24:51)": a
    rival beaten, named, then their time in brackets, in a sentence of a result that names no footage ("In the
    highlights she pulls clear of Duarte (4:10) and wins" is a position)."""
    if not c.before.endswith("(") or not c.ends(_BEATEN_RIVAL_BEFORE, 80) or _IN_MEDIA_AFTER.match(c.after):
        return False
    return _RACE_RESULT_SAID.search(c.text, c.b, c.e) is not None and not footage_word(c.text, c.b, c.e) \
        and c.text.startswith(")", c.end)


# A rival left behind, named: "clear of Josphat Kemboi (", "ahead of Mori (", "edged out Ana Duarte (".
_BEATEN_RIVAL_BEFORE = regex(
    r"\b(?:clear\s+of|ahead\s+of|in\s+front\s+of|behind|beat(?:ing)?|edg(?:ed|ing)(?:\s+out)?|pipp(?:ed|ing)|"
    r"outsprint(?:ed|ing)?|outkick(?:ed|ing)?|holding\s+off|held\s+off)\s+(?-i:[A-Z])[\w'’.-]*"
    r"(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|van|de|der|da|le|la|du))?(?:\s+(?-i:[A-Z])[\w'’.-]*)?\s*\($", _I)
# A race's result told anywhere in the sentence: "finished 19 seconds clear of", "held off ... to win".
_RACE_RESULT_SAID = regex(r"\b(?:won|wins?|winning|winner|finish(?:ed|es|ing)?|crossed|victory|title)\b", _I)
# A rival after "with" or in a list of them: "with Vingegaard at ", "and Evenepoel at +", "Roglič at ".
_RIVAL_AT_BEFORE = regex(
    r"(?:\bwith|\band|,)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+at\s+\+?$")
# A place given to a finisher, named, then "at" their time (round 135's "Second place went to Wambui in 13:03.90,
# third to Kiprop at 13:04.25"): "fourth place to Ito at 2:11.08", "bronze went to Okafor at 48:02".
_PLACE_TO_RIVAL_AT_BEFORE = regex(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th)|silver|bronze)"
    r"(?:\s+place)?(?:\s+(?:went|goes|going|was|is))?\s+to\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
    r"\s+at\s+$", _I)
# A rival named after a word of beating or trailing, then the bracket: "ahead of Naidoo (", "edging out Kim Ji-woo (",
# "beating Lindqvist (", "with Moreau (".
_RIVAL_PAREN_BEFORE = regex(
    r"\b(?:ahead\s+of|behind|beat|beats|beating|edg(?:e|es|ed|ing)(?:\s+out)?|pip(?:s|ped|ping)?|over|from|with|and)"
    r"\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s*\($", _I)
# A result told in the sentence: a win or a finish.
_RESULT_SAID = regex(r"\b(?:won|wins|winning|winner|finish(?:ed|es)?|crossed|took\s+the\s+stage|victory)\b", _I)


def _named_winner(c: _Clock) -> bool:
    """"Wheelchair winners: Sean Doyle (1:31:22) and Maura O'Neill (1:49:05)": a time in brackets after a name,
    in a list of names and bracketed times that a label of winners or finishers opens."""
    return c.before.endswith("(") and _WINNERS_NAMED_BEFORE.search(c.text, max(c.b, c.bare - WINNERS_CHARS),
                                                                   c.bare) is not None


# How far back a label of winners may open the list of names and times.
WINNERS_CHARS = 160
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_WINNERS_NAMED_BEFORE = regex(
    rf"\b(?i:winners?|champions?|finishers|podium|placings|results?)\s*:\s*"
    rf"(?:{_NAME}\s*\(\d{{1,2}}(?::\d\d){{1,2}}\)\s*(?:,|;|\band\b|&)\s*)*{_NAME}\s*\($")
_BY_BEFORE = regex(r"\bby\s+$", _I)
# "(leads) by 1:03 over Kenji Mori": a margin over a named rival.
_MARGIN_OVER_AFTER = regex(r"\s+(?:over|from|on|ahead\s+of)\s+(?-i:[A-Z])", _I)
# "his personal best to the summit, set in a hill race in 2004, is 1:52:30": a best time, then the time.
_BEST_IS_BEFORE = regex(
    r"\b(?:personal\s+best|PB|PR|(?:course|world|national|club|age-group|track)\s+record|"
    # a person's best time, not "the best time to watch is 2:40"
    r"(?:(?:his|her|their|my|our|your|\w+['’]s)\s+(?:best|fastest)|finishing|winning)\s+time)\b"
    r"(?:[^.;!?]{0,70}?\b(?:is|was|stands\s+at|remains|of)\s+|\s*:\s*)$", _I)
_BEST_STEMS = any_stem(("best", "pb", "pr", "record", "time"))
# A margin of a result: "a course record by 0:48", "won the stage by 1:07", "lowered her own best by 0:21" (but "by
# 3:15 the riders ..." is a position, and so is "breaks the record by 2:40 in the broadcast").
_WON_BY_BEFORE = regex(
    r"\b(?:records?|PBs?|PRs?|best|won|wins?|winning|beat|beats|beaten|lowered|lowers|broke|breaks|broken|improved|"
    # (not a check's result come back clear: "The records check came back clear by 9:26" (round 112))
    r"improves|bettered|missed|misses|lost|loses|faster|slower|quicker|ahead|behind|"
    r"(?<!back\s)(?<!returned\s)(?<!returns\s)(?<!tested\s)(?<!tests\s)clear|"
    # a record that fell by a margin (round 121: "the age-group course record fell by 0:41")
    r"(?:records?|bests?)\s+(?:fell|falls|dropped|drops|tumbled|tumbles)|"
    # a lead kept or cut on the overall standings: "who keeps yellow by 1:36", "leads the race by 0:45" (round 77)
    r"keeps|kept|keeping|leads|led|leading|retains|retained|extends|extended|trails|trailed)"
    r"(?:\s+(?:the|a|an|his|her|their|its|my|our|own|old|previous|personal|course|world|national|meet|stage|race|"
    r"field|time|cut-?off|mark|yellow|pink|red|green|white|polka-dot|jersey|lead|gap|deficit|overall|GC|"
    # a standings table named in full: "leads the general classification by 1:04" (round 135), "the overall
    # standings", "the drivers' championship"
    r"general|classification|standings?|championship|series|rankings?|points|table|leaderboard|"
    r"(?-i:[A-Z])[\w'’.-]*)){0,3}\s+by\s+$", _I)
# One's own best on a route, then its time: "My Strava best on the canal loop is 41:07", "Her PB for the 5K stands
# at 19:04" (not "my best guess is 4:10", nor "the best part is 2:40").
_OWN_BEST_BEFORE = regex(
    r"\b(?:his|her|their|my|our|your|\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:best|PB|PR|record)"
    r"(?:\s+(?:time\s+)?(?:on|over|for|up|down|around|across|from|to|in|at)\s+[^.;:!?\d]{0,50}?)?"
    r"\s*(?:(?:is|was|stands\s+at|stood\s+at|remains|of)\s+|:\s*)$", _I)


def _won_by(c: _Clock) -> bool:
    """A result's margin after "by"."""
    return c.ends(_WON_BY_BEFORE, 70) and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after)


def _own_best(c: _Clock) -> bool:
    """Someone's best time on a route or a distance."""
    return c.ends(_OWN_BEST_BEFORE, 80) and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after)
# "to run Sydney in under 4:30": done within a time.
_IN_UNDER_BEFORE = regex(
    r"(?<![\w])(?:in\s+(?:just\s+)?(?:under|less\s+than|below|sub-?|more\s+than)"
    # a target: "wants to go under 2:30", "can break 2:28", "a sub-3:00", "her target time of 3:15"
    r"|(?:go|get|dip|run|finish|come\s+in)\s+under|break(?:s|ing)?|sub-|(?:target|goal)(?:\s+time)?\s+(?:of|is|was|:)"
    # (or labelled, no verb: "Race plan: ... Target time 2:18." (round 193), "goal time 3:05")
    r"|(?:target|goal)\s+time\s*:?"
    # a place and its time: "Murphy was second in 2:09:05"
    r"|(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)|runner-up|last)\s+(?:place\s+)?in"
    # a win and its result, then how long it took: "won 6–3, 7–6(4) in 1:58", "beat Leeds 3-1 in 1:41:10"
    r"|(?:won|wins|beat|beats|defeated|edged|clinched|sealed|closed\s+out)\b[^.;!?\n]{0,30}?\d[^.;!?\n]{0,20}?\s+in)"
    r"\s*$", _I)
# How every _IN_UNDER_BEFORE match ends, casefolded, without the spaces after (tests/test_moments_gates.py).
_IN_UNDER_TAILS = ("under", "than", "below", "sub-", "sub", "break", "breaks", "breaking", "of", "is", "was", ":", "in",
                   "time")


def _break_span(c: _Clock) -> bool:
    """"[AD BREAK 00:07:20–00:09:05]", "the ad break 1:12-2:05": a range told right after "break" is the break's
    stretch, not a target a runner breaks (that is one time: "can break 2:28")."""
    return c.folded_before.rstrip().endswith("break") and _RANGE_SEP.search(c.text, c.bare, c.end) is not None


_AT_POSITION_BEFORE = regex(
    r"(?<![\w])(?:at|from|to|until|till|between|around|about|roughly|and|or|then|@)\s+(?:the\s+)?$|&\s*$", _I)
