"""Properties: written times come back exact; dates, clocks and counts never
become moments; arbitrary text never breaks the extractor."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotate import extract_moments, extract_references
from annotate.moments.exclusions import footage_word
from annotate.moments.extract import BARE_CLOCK_MIN_HOURS
from annotate.timecode import format_clock
from tests.strategies import hostile_text

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English words for 0..999, the way a reporter writes them."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    rest = n % 100
    return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))


def spoken(seconds: int) -> str:
    minutes, secs = divmod(seconds, 60)
    parts = []
    if minutes:
        parts.append(f"{words(minutes)} minute{'s' if minutes != 1 else ''}")
    if secs or not minutes:
        parts.append(f"{words(secs)} second{'s' if secs != 1 else ''}")
    return " and ".join(parts)


CLOCK_TEMPLATES = [
    "At {t} the officer raises his hand.",
    "The guard turns around at {t} and walks back.",
    "In the video, a second car appears at {t}.",
    "Watch the window at {t}: a light comes on.",
    "The footage ({t}) shows the truck stopping.",
    "Analysts point to the frame at the {t} mark.",
]
SPOKEN_TEMPLATES = [
    "{t} into the video, the crowd surges forward.",
    "{t} in, the camera pans to the left.",
    "At the {t} mark, the driver gets out.",
]
HEDGES = ["roughly", "about", "around", "approximately", "nearly", "almost"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=99 * 60 + 59), st.sampled_from(CLOCK_TEMPLATES))
def test_minutes_and_seconds_come_back_exact(seconds: int, template: str) -> None:
    text = template.format(t=f"{seconds // 60}:{seconds % 60:02d}")
    (m,) = extract_moments(text)
    assert (m.start, m.end, m.approximate) == (seconds, None, False)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=3600, max_value=9 * 3600), st.sampled_from(CLOCK_TEMPLATES),
       st.integers(min_value=0, max_value=999))
def test_hours_and_fractions_come_back_exact(seconds: int, template: str, millis: int) -> None:
    clock = format_clock(seconds)
    text = template.format(t=clock)
    if seconds >= BARE_CLOCK_MIN_HOURS * 3600 and not footage_word(text):
        # "At 6:10:00 the officer raises his hand": a bare time with seconds this late is a clock time.
        found = extract_references(text)
        assert found.moments == () and [c.clock for c in found.clock_times] == [f"{clock:0>8}"]
    else:
        (m,) = extract_moments(text)
        assert m.start == seconds and not m.approximate
    srt = f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d},{millis:03d}"
    (m,) = extract_moments(template.format(t=srt))
    assert abs(m.start - (seconds + millis / 1000)) < 1e-6


@settings(max_examples=120, deadline=None)
@given(st.integers(min_value=1, max_value=59 * 60 + 59), st.sampled_from(SPOKEN_TEMPLATES))
def test_spoken_forms_come_back_exact(seconds: int, template: str) -> None:
    phrase = spoken(seconds)
    if template.startswith("At the"):
        phrase = phrase.replace(" and ", "-and-").replace(" ", "-").replace("seconds", "second").replace(
            "minutes", "minute")
    text = template.format(t=phrase)
    text = text[0].upper() + text[1:]
    (m,) = extract_moments(text)
    assert (m.start, m.end, m.approximate) == (seconds, None, False), text


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=0, max_value=3599), st.sampled_from(HEDGES))
def test_a_hedge_on_the_time_makes_it_approximate(seconds: int, hedge: str) -> None:
    text = f"At {hedge} {seconds // 60}:{seconds % 60:02d} the door opens, and about 40 rounds are fired."
    (m,) = extract_moments(text)
    assert m.start == seconds and m.approximate
    text = f"At {seconds // 60}:{seconds % 60:02d} the door opens, and {hedge} 40 rounds are fired."
    (m,) = extract_moments(text)
    assert m.start == seconds and not m.approximate


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=0, max_value=3599), st.integers(min_value=1, max_value=59),
       st.sampled_from(["later", "earlier"]))
def test_relative_moments_count_from_the_previous_one(base: int, delta: int, direction: str) -> None:
    offset = f"{words(delta).capitalize()} seconds {direction}"
    text = f"At {base // 60}:{base % 60:02d} the gate opens. {offset}, a car passes."
    expected = base + delta if direction == "later" else base - delta
    starts = [m.start for m in extract_moments(text)]
    assert starts == ([base, expected] if expected >= 0 else [base])


NON_MOMENT_TEMPLATES = [
    "The incident took place at {h12}:{mm} {ampm} on {weekday}.",
    "Police were called at {h24}:{mm} local time.",
    "The rally began at {h24}:{mm} and ended before noon.",
    "The shop opened at {h12}:{mm} that day.",
    "The meeting started at {h24}:{mm} on {weekday} morning.",
    "The explosion was reported at {h24}:{mm} GMT.",
    "The footage was recorded on {month} {day}, {year}.",
    "He has not been seen since {year}.",
    "The camera's clock reads {hh}:{mm}:{ss} when the truck arrives.",
    "Soldiers fired about {n} rounds at him.",
    "He was shot {n} times.",
    "He is {n} years old.",
    "The {n}-mile-long border is closed.",
    "A {n}-second clip went viral.",
    "The video lasts {n} minutes.",
    "Surgery lasted {n} hours.",
    "{ncap} days later, the ministry denied it.",
    "The council approved the plan {n}:{small}.",
    "The pastor quoted John {small}:{n}.",
    "With {small}:{ss} to play in the half, the Lakers called a timeout.",
    "She finished in {small}:{mm}:{ss}, a personal best.",
]


@settings(max_examples=300, deadline=None)
@given(
    template=st.sampled_from(NON_MOMENT_TEMPLATES),
    h12=st.integers(min_value=1, max_value=12), h24=st.integers(min_value=0, max_value=23),
    minute=st.integers(min_value=0, max_value=59), second=st.integers(min_value=0, max_value=59),
    ampm=st.sampled_from(["a.m.", "p.m.", "am", "PM"]), weekday=st.sampled_from(WEEKDAYS),
    month=st.sampled_from(MONTHS), day=st.integers(min_value=1, max_value=28),
    year=st.integers(min_value=1950, max_value=2030), n=st.integers(min_value=2, max_value=999),
    small=st.integers(min_value=1, max_value=9),
)
def test_dates_clocks_and_counts_never_yield_moments(
    template: str, h12: int, h24: int, minute: int, second: int, ampm: str, weekday: str, month: str,
    day: int, year: int, n: int, small: int,
) -> None:
    text = template.format(
        h12=h12, h24=f"{h24:02d}", mm=f"{minute:02d}", ss=f"{second:02d}", hh=f"{h24:02d}", ampm=ampm,
        weekday=weekday, month=month, day=day, year=year, n=n, ncap=words(n % 20 or 2).capitalize(),
        small=small,
    )
    assert extract_moments(text) == [], text


TIMEY = st.sampled_from([
    "2:27", "1:02:03", "00:02:27,500", "at ", "roughly ", "seconds", " later", "minutes in", "?t=147",
    "from ", " to ", "-", "–", "between ", " and ", "halfway through ", "the final ", "mark", "p.m.",
    "twenty-seven", "a dozen", "half a", "\n", ". ", ", ", "(", ")", "[", "]", "~", "2m27s", "0600 hours",
])
ARBITRARY = st.lists(st.one_of(TIMEY, hostile_text, st.text(max_size=20)), max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(ARBITRARY, st.one_of(st.none(), st.floats(min_value=0, max_value=1e5)))
def test_never_raises_and_spans_point_at_quotes(text: str, duration: float | None) -> None:
    moments = extract_moments(text, duration)
    previous = -1
    for m in moments:
        b, e = m.span
        # (the model drops lone surrogates from every text: they have no UTF-8 form)
        assert re.sub("[\ud800-\udfff]", "", text[b:e]) == m.quote and m.quote
        assert b >= previous
        previous = b
        assert m.caption
        assert m.start >= 0 and (m.end is None or m.end >= m.start)
        assert m.window[0] <= m.window[1]
