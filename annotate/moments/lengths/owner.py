"""Which work a stated length belongs to: the work named at a position, the length told of the same kind of work,
the work's name said again, its label or its row."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions import quoted_title_paren
from annotate.moments.lengths.stated import StatedLength, _value
from annotate.moments.lengths.words import _NAME_STOP, _NOT_ATTRIBUTIVE, _WORK_NOUN, NAMED_LENGTH_CHARS, WORK_NAME_CHARS
from annotate.moments.patterns import HEDGE, LENGTH_MEDIA, MEDIA_NOUN, PLAYED_THING, TC_TEXT, TIMECODE


def quoted_title_length(text: str, position: int) -> float | None:
    """The length in brackets after a quoted title in title case that an end form at ``position`` says it is "of":
    'the title track, "Tidewater" (6:02) ... the last 40 seconds of "Tidewater"' counts from 6:02 (round 61). Only
    a form that names the title: such a track's length is no length of the footage (round 47)."""
    m = _OF_QUOTED_TITLE.match(text, position, position + WORK_NAME_CHARS)
    if m is None:
        return None
    title = m.group("title")
    for said in re.finditer(rf"[\"'‘“]{re.escape(title)}[\"'’”]\s*\((?P<d>{TC_TEXT})\)",
                            text[max(0, position - WORK_NAMED_REACH):position]):
        if quoted_title_paren(said.group(0)[:said.start("d") - said.start()]):
            return _value(said.group("d"))
    return None


# An end form, then the quoted title it is of: "the last 40 seconds of "Tidewater"".
_OF_QUOTED_TITLE = regex(r"[^.;!?\n]{0,40}?\bof\s+[\"'‘“](?P<title>[^\"'’”\n]{1,60})[\"'’”]")


def named_work_length(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length of the work that the words about an end form or a fraction at ``position`` name, where several
    works' lengths were stated ("in its final 15 seconds", "halfway through the Pell clip", "the last 90 seconds of
    the full recording"): on a page of several works each form counts from its own. The one place this is asked;
    three ways of naming are read in turn, the surest first: the work the form says it is "of"
    (:func:`_work_of_form`), a name told with a length and said again about the form (:func:`_name_said_again`),
    the words of a name told before its length's verb (:func:`_name_words_said`). None if the lengths are all one
    (nothing to choose) or no work is named, or two are named as much."""
    first = lengths[0].seconds if lengths else None
    if all(s.seconds == first for s in lengths):
        return None  # cheap: usually the second length differs
    own = _length_in_form(text, lengths, position)
    if own is not None:
        return own
    # (the lengths of the last few pages only: a long article's every length read at every form would be quadratic)
    nearby = lengths[bisect.bisect_left(lengths, position - WORK_NAMED_REACH, key=lambda s: s.begin):]
    named = _entry_heading_length(text, nearby, position)
    if named is None:
        named = _work_of_form(text, nearby, position)
    if named is None:
        named = _label_said_again(text, nearby, position)
    if named is not None:
        return named
    said, named = _name_said_again(text, nearby, position)
    if said:
        return named
    named = _name_words_said(text, nearby, position)
    if named is None:
        named = _bare_noun_named_before(text, nearby, position)
    return named if named is not None else _kind_named_once(text, nearby, position)


def _bare_noun_named_before(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length of the work a form "of the clip" means by its bare noun: the one named last before it with a
    capitalised name and that noun ("the Pell clip"), a few paragraphs back, whose name a stated length was told
    with. "The Korva test video runs 12:40, the Pell clip is shorter at 8:20, and the Drift Mini footage is a
    6-minute clip ... Halfway through the Pell clip ... 20 seconds before the end of the clip" counts from 8:20
    (round 51): the review walks the Pell clip, whatever other clip's length was told on the noun. None if the form
    names no bare noun, or no such name is said before it, or that name tells no length apart."""
    stop = _NAME_STOP.search(text, position, position + WORK_NAME_CHARS)
    form = _FORM_OF_WORK.search(text, position, stop.start() if stop else position + WORK_NAME_CHARS)
    words = _name_words(form.group("name")) if form is not None else []
    if len(words) != 1 or not _LENGTH_MEDIA_WORD.fullmatch(words[0]):
        return None
    noun = words[0]
    named = [m.start("noun") for m in _CAPITALISED_BEFORE_NOUN.finditer(text, max(0, position - ANAPHORA_CHARS),
                                                                          position)
             if m.group("noun").lower() == noun]
    return _name_words_said(text, lengths, named[-1]) if named else None


# How far back a bare noun's form looks for the named work it means (a few paragraphs of a review's section).
ANAPHORA_CHARS = 1_200
# A work named by a capitalised name before its noun, not a sentence's first word: "the Pell clip", "the Drift Mini
# footage".
_CAPITALISED_BEFORE_NOUN = regex(
    rf"\b(?:the|this|that)\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z0-9][\w-]*)){{0,2}}\s+(?P<noun>{LENGTH_MEDIA})\b",
    re.IGNORECASE)


def _entry_heading_length(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length a numbered entry's heading tells in brackets, for a form in the entry's body: "**1. The charity ad
    in Ballymun** (2:45)\nIt's the only one ... Halfway through the ad" counts from 2:45 (round 112), not from the
    length another entry told with the same noun ("The whole ad is 45 seconds"): a ranked list's entry is about its
    own work, before any the form's words name. None when the form's paragraph opens with no such heading, or its
    sentence tells another length before it."""
    paragraph = text.rfind("\n\n", 0, position) + 1
    heading = _ENTRY_HEADING.match(text, paragraph, position)
    if heading is None:
        return None
    at = bisect.bisect_left(lengths, heading.start("length"), key=lambda s: s.begin)
    if at >= len(lengths) or lengths[at].begin != heading.start("length"):
        return None
    # (a work the form's sentence tells with its own length is that one: "The crisps ad (0:45) was better: its last
    # 10 seconds are gold")
    sentence, _ = _words_about(text, position, NAMED_LENGTH_CHARS, ".!?\n")
    told = lengths[bisect.bisect_left(lengths, max(sentence, heading.end()), key=lambda s: s.begin):]
    return None if told and told[0].begin < position else lengths[at].seconds


# A numbered entry's heading line telling its work's length in brackets: "**1. The charity ad in Ballymun** (2:45)",
# "### 2. The ferry ad (1:00)", "1) The space trailer (2:30)".
_ENTRY_HEADING = regex(r"\s*(?:#{1,6}[ \t]*)?(?:\*\*|__)?\d{1,2}[.)][ \t]+[^\n(]{1,100}?(?:\*\*|__)?[ \t]*"
                       rf"(?P<length>\({TC_TEXT}\))[ \t]*(?:\*\*|__)?[ \t]*\n")


def _length_in_form(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length the form at ``position`` tells in the work it says it is of: "it starts 25 seconds before the end
    of the 2:30 clip" counts from 2:30, whatever other lengths the page states (round 112)."""
    at = bisect.bisect_left(lengths, position, key=lambda s: s.begin)
    for s in lengths[at:at + 2]:
        if s.begin - position > WORK_NAME_CHARS or _NAME_STOP.search(text, position, s.begin) is not None:
            break
        if _OF_THE_BEFORE_LENGTH.search(text, max(position, s.begin - 16), s.begin) is not None:
            return s.seconds
    return None


# "of the " right before a length the form names its work by: "before the end of the 2:30 clip".
_OF_THE_BEFORE_LENGTH = regex(r"\b(?:of|into|through)\s+(?:the|this|that|its)\s+$", re.IGNORECASE)


def _kind_named_once(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length of the one work of the kind the end form's sentence names ("The last ten seconds are a held
    close-up, unusual for a blockbuster trailer"; not a work named as where else a thing is, "in the broadcast"),
    where that kind of work is named in the sentence of one length
    stated before ``position`` ("The second trailer ... runs 2:14") and not of another ("The film itself ... is 166
    minutes"): a trailer and a film are told apart by their nouns; where the form names its own kind ("halfway
    through the film"), only that kind counts. None if no such single length."""
    start = max(_last_full_stop(text, position), text.rfind("\n", 0, position)) + 1
    stop = SENTENCE_STOP.search(text, position, position + NAMED_LENGTH_CHARS)
    own = _own_kind(text, position)
    said = {own} if own else {m.group(0).lower() for m in _WORK_NOUN.finditer(
        text, start, stop.start() if stop else position)
        if not _ANOTHER_WORK_BEFORE.search(text, max(start, m.start() - 40), m.start())}
    if not said and not own:
        # "The last 7 seconds of the viral clip are a freeze frame": the kind its named work ends on (round 129)
        said = _form_work_nouns(text, position)
    if not said and not own and _WORK_NOUN.search(text, start, stop.start() if stop else position) is None:
        said = _kind_walked_in_paragraph(text, start)
    if not said:
        return None
    fitting = _lengths_of_kind(text, lengths, position, said)
    if len(fitting) > 1:
        # "An audio-video clip (0:36) trending ..." then "The clip is taken from a 54-minute town hall broadcast": both
        # sentences name a clip, but only one length is told on the clip's own noun (round 129)
        attached = _lengths_on_noun(text, lengths, position, said) & fitting
        fitting = attached if len(attached) == 1 else fitting
    named = _form_work_nouns(text, position) if not fitting else set()
    if named:
        # the length said as the noun's own adjective: "The 2-minute-48-second clip, posted by ..." before "a longer
        # 11-minute upload" in a sentence on the video: "In the last 20 seconds of the viral clip" is the clip's
        # (round 109; only the kind the form says it is of: "... are from the 1966 newsreel again (its final
        # minute)" names a clip and a newsreel, round 86)
        fitting = _lengths_of_kind(text, lengths, position, named, True)
    if not fitting and said & _ONE_KIND.keys():
        # a clip is a video: "In the last 10 seconds of the viral clip" counts from "posted a 50-second video", not
        # from "The report is 3 minutes long" (round 94), where no clip's length was told
        either = {_ONE_KIND.get(w, w) for w in said}
        fitting = _lengths_of_kind(text, lengths, position, either, True)
        if len(fitting) > 1:
            # "A 47-second video of a man ..." then "a second, longer video had appeared: a 19-minute Instagram
            # livestream": only one length is told on the video's own noun (round 71)
            attached = _lengths_on_noun(text, lengths, position, either) & fitting
            fitting = attached if len(attached) == 1 else fitting
    return fitting.pop() if len(fitting) == 1 else None


def _kind_walked_in_paragraph(text: str, start: int) -> set[str]:
    """The kinds of work the form's paragraph names before its sentence at ``start``, one the speaker walks through:
    "Brian Otieno (01:04):\nAh, ... At 2:45 in the video, you see the lights come on ... And then the last minute is
    the judges" (round 108: the video's "it's four minutes" a turn before, not the episode's "length 38:12")."""
    paragraph = max(text.rfind("\n\n", max(0, start - NAMED_LENGTH_CHARS), start) + 2, start - NAMED_LENGTH_CHARS, 0)
    return {m.group("work").lower() for m in _PLACED_IN_WORK.finditer(text, paragraph, start)}


# A position placed in a work by its noun: "At 2:45 in the video", "at 1:40 in this clip".
_PLACED_IN_WORK = regex(rf"\d(?<![\d:.]\d)\d?:[0-5]\d(?:[.:]\d+)?\s+(?:in|into|of)\s+(?:the|this|that|my|his|her|our|"
                        rf"their)\s+(?P<work>{LENGTH_MEDIA})\b", re.IGNORECASE)

# The nouns one kind of work is named by, each to the other: a clip and a video, a stream and a livestream ("the
# county's livestream ran 4 hours 10 minutes ... The last 15 minutes of the stream", round 204).
_ONE_KIND = {"clip": "video", "video": "clip", "clips": "videos", "videos": "clips",
             "stream": "livestream", "livestream": "stream", "streams": "livestreams", "livestreams": "streams"}


def _lengths_of_kind(text: str, lengths: list[StatedLength], position: int, said: set[str],
                     noun_after: bool = False) -> set[float]:
    """The lengths stated before ``position`` in a sentence naming a work of a kind in ``said`` before them (or, with
    ``noun_after``, the noun the length describes right after it: "posted a 50-second video")."""
    fitting = set()
    for s in lengths:
        if s.begin >= position:
            break
        sentence = max(_last_full_stop(text, s.begin), text.rfind("\n", 0, s.begin)) + 1
        described = _NOUN_DESCRIBED.match(text, s.end) if noun_after else None
        if _played_thing_nearer(text, sentence, s.begin):
            continue  # "a routine to the Marathi song "Paus Aala" (4:12)" in a sentence on a video: the song's length
        if any(w.lower() in said for w in _WORK_NOUN.findall(text, sentence, s.end)) \
                or (described is not None and described.group("work").lower() in said):
            fitting.add(s.seconds)
    return fitting


def _lengths_on_noun(text: str, lengths: list[StatedLength], position: int, said: set[str]) -> set[float]:
    """The lengths stated before ``position`` on a work's noun of a kind in ``said`` itself: bracketed right after it
    ("An audio-video clip (0:36)") or told as its adjective ("a 50-second clip")."""
    on_noun = set()
    for s in lengths:
        if s.begin >= position:
            break
        before = _NOUN_BEFORE_BRACKET.search(text, max(0, s.begin - 40), s.begin) \
            if text.startswith(("(", "["), s.begin) else None
        after = _NOUN_DESCRIBED.match(text, s.end)
        if (before is not None and before.group("work").lower() in said) \
                or (after is not None and after.group("work").lower() in said):
            on_noun.add(s.seconds)
    return on_noun


# A work's noun right before a bracket holding its length: "An audio-video clip (".
_NOUN_BEFORE_BRACKET = regex(rf"(?<![\w])(?P<work>{LENGTH_MEDIA})[^\S\n]*$", re.IGNORECASE)


def _played_thing_nearer(text: str, sentence: int, begin: int) -> bool:
    """A song, a track or an advert is named between the last work's noun of the sentence and a length at ``begin``
    ("The ... dance video is a viral video of a flash mob ... performed to the Marathi song "Paus Aala" (4:12)",
    round 101): the length is the played thing's."""
    # (the last one in a near window before ``begin``, else the text's last before that window, found once per text:
    # not a scan from the sentence's start for each length, which was quadratic in a sentence of many songs and their
    # lengths; every match is a whole word, whatever the scan's start, so both give the sentence's last)
    played_end = -1
    for m in _PLAYED_NOUN.finditer(text, max(sentence, begin - _NEAR_WINDOW), begin):
        played_end = m.end()
    if played_end < 0 and begin - _NEAR_WINDOW > sentence:
        # (a match starting that far before ``begin`` reads no character at or past it, so it is the text's own,
        # read once per text: a sentence of one song then thousands of lengths was quadratic)
        starts, ends = _played_nouns(text)
        at = bisect.bisect_left(starts, begin - _NEAR_WINDOW) - 1
        if at >= 0 and starts[at] >= sentence:
            played_end = ends[at]
    return played_end >= 0 and not _work_noun_between(text, played_end, begin)


# How far before a length the last song is looked for by a scan of its own (farther, in :func:`_played_nouns`); and
# the reach past where a work's noun starts that its pattern may read (its longest word with a run of fewer than
# eight spaces, and the word its look-ahead reads after it): well over either.
_NEAR_WINDOW = 128


@lru_cache(maxsize=8)
def _played_nouns(text: str) -> tuple[list[int], list[int]]:
    """Where each song, track or advert :data:`_PLAYED_NOUN` finds in the whole text starts and ends."""
    found = list(_PLAYED_NOUN.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


@lru_cache(maxsize=8)
def _work_nouns(text: str) -> tuple[list[int], list[int]]:
    """Where each work's noun :data:`_WORK_NOUN` finds in the whole text starts, and each run of eight or more
    spaces (over which the noun's look-aheads may read any distance)."""
    return [m.start() for m in _WORK_NOUN.finditer(text)], [m.start() for m in _LONG_SPACE.finditer(text)]


_LONG_SPACE = regex(r"\s{8,}")


def _work_noun_between(text: str, lo: int, hi: int) -> bool:
    """``_WORK_NOUN.search(text, lo, hi) is not None``: a match starting well before ``hi`` is the whole text's, found
    once per text; only the last stretch is searched (unless a long run of spaces lies between)."""
    near = max(lo, hi - _NEAR_WINDOW)
    if near > lo:
        starts, spaces = _work_nouns(text)
        at = bisect.bisect_left(spaces, lo)
        if at == len(spaces) or spaces[at] >= hi:
            first = bisect.bisect_left(starts, lo)
            if first < len(starts) and starts[first] < near:
                return True
            return _WORK_NOUN.search(text, near, hi) is not None
    return _WORK_NOUN.search(text, lo, hi) is not None


_PLAYED_NOUN = regex(rf"(?<![\w-]){PLAYED_THING}s?(?![\w-])", re.IGNORECASE)

# The work a length as an adjective describes: "a 50-second video" ("-second" read, " video" after it).
_NOUN_DESCRIBED = regex(r"[ \t-]+(?:[\w'’-]+[ \t]+)?(?P<work>clips?|videos?)\b", re.IGNORECASE)


def told_of_same_kind(text: str, position: int, length: StatedLength) -> bool:
    """Whether the sentence of an end form at ``position`` and the sentence of ``length``, told after it, name the
    same kind of work: "In the Chinese New Year video, about two minutes before the end, ... The video is 18
    minutes long." (round 81)."""
    start = max(_last_full_stop(text, position), text.rfind("\n", 0, position)) + 1
    stop = SENTENCE_STOP.search(text, position, position + NAMED_LENGTH_CHARS)
    own = {m.group(0).lower() for m in _WORK_NOUN.finditer(text, start, stop.start() if stop else position)}
    if not own:
        return False
    told = max(_last_full_stop(text, length.begin), text.rfind("\n", 0, length.begin)) + 1
    opening = _SENTENCE_OPENS_KIND.match(text, told, length.begin)
    return opening is not None and opening.group("work").lower() in own


# A sentence opening on a work of a kind named before, then its length's verb: "The video is ", "The trailer runs ".
_SENTENCE_OPENS_KIND = regex(
    rf"[\s\"”’')\]]*(?:the|this|that|its|his|her|their)\s+(?:[\w'’-]+\s+)?(?P<work>{LENGTH_MEDIA})\s+"
    r"(?:is|was|runs|ran|lasts|lasted|clocks\s+in\s+at|comes\s+in\s+at)\s", re.IGNORECASE)


def _own_kind(text: str, position: int) -> str | None:
    """The kind of work the form at ``position`` says it is of or through ("about halfway through the film"), lower
    case, or None: the other works its sentence names ("It returns to the full clip about halfway through the film")
    are not the form's."""
    stop = _NAME_STOP.search(text, position, position + WORK_NAME_CHARS)
    m = _FORM_OF_WORK.search(text, position, stop.start() if stop else position + WORK_NAME_CHARS)
    kind = _WORK_NOUN.match(m.group("name")) if m is not None else None
    return kind.group(0).lower() if kind is not None else None


def _form_work_nouns(text: str, position: int) -> set[str]:
    """The nouns of works in the name the form at ``position`` says it is of, lower case: {"clip"} for "In the last
    20 seconds of the viral clip"; empty where it names none ("its final minute")."""
    stop = _NAME_STOP.search(text, position, position + WORK_NAME_CHARS)
    m = _FORM_OF_WORK.search(text, position, stop.start() if stop else position + WORK_NAME_CHARS)
    return {w.lower() for w in _WORK_NOUN.findall(m.group("name"))} if m is not None else set()


# Where a sentence ends: a full stop not inside a number ("1.5"), "!", "?" or a line break.
SENTENCE_STOP = regex(r"[.!?](?!\d)|\n")
# A work named as where else a thing is seen: "people who, in the broadcast, are only the backs of heads".
_ANOTHER_WORK_BEFORE = regex(r"\b(?:in|on|from)\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def _work_of_form(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length of the work the form names after it ("the last 90 seconds of the full recording", "a quarter of
    the way into Video B", "the final minutes of 'Owambe'"), or, naming none, the work a position before it in its
    sentence is "of" ("cuts at 0:31 of the original, so the final 16 seconds are missing"), as stated before
    ``position`` in a sentence that names that work before its length ("The full recording ... runs 23 minutes and
    51 seconds", "Video A is a 2 min 14 s phone recording") or right after it ("a 9 min 36 s livestream clip").
    None if it names none so stated."""
    stop = _NAME_STOP.search(text, position, position + WORK_NAME_CHARS)
    names = [m.group("name") for m in
             _FORM_OF_WORK.finditer(text, position, stop.start() if stop else position + WORK_NAME_CHARS)]
    if not names:
        # the work owning the form: "The clip's final 20 seconds", "the drone's last 40 seconds"
        owner = _OWNER_OF_FORM.match(text, position, position + WORK_NAME_CHARS) \
            or _OWNER_BEFORE_FORM.search(text, max(0, position - WORK_NAME_CHARS), position)
        names = [owner.group("name")] if owner else []
    if not names:
        sentence, _ = _words_about(text, position, NAMED_LENGTH_CHARS, ".!?\n")
        names = [m.group("name") for m in _POSITION_OF_WORK.finditer(text, sentence, position)]
    for words in map(_name_words, names):
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            if k == 1 and not name[0].isalnum():
                break
            said = re.compile(rf"(?<![\w'’-]){_name_pattern(name)}(?![\w-]){_NOT_ATTRIBUTIVE}", re.IGNORECASE)
            found = _lengths_named(text, lengths, position, said)
            if not found and k == len(words) == 2:
                # "the last 40 seconds of the Sky highlights" after "Highlights of Spurs 3–2 Villa (Sky Sports,
                # 8:55)": both words told before the length, apart
                found = _lengths_named(text, lengths, position, _both_words(words))
            if k == 1 and _BARE_WORK.fullmatch(name) and not _SAME_NAME.fullmatch(name):
                # "of the clip": a bare noun names no work apart, unless one length alone is told with it ("The
                # stream is 6 hours 40 minutes long ... the recorder holds two hours ... the last hour of that
                # stream"); a kind of camera does name one: "the body-cam"
                if len(set(found)) != 1:
                    break
            if found:
                return found[-1]
    if names and (words := _name_words(names[0])) and words[0] in _SOURCE_WORK_WORDS:
        # "In the last 25 seconds of the original, which the viral version leaves out" after "The viral version is 58
        # seconds long ... traced the footage to a 3-minute-45-second video" (round 202): the original, named by no
        # length of its own, is the work the others were cut from, so the longest told before (no cut outruns it)
        told = [s.seconds for s in lengths if s.begin < position]
        return max(told) if told else None
    return None


# The words naming the work the others were cut from: "of the original", "of the uncut video".
_SOURCE_WORK_WORDS = frozenset(("original", "source", "uncut", "unedited"))


def _both_words(words: list[str]) -> re.Pattern[str]:
    """A pattern finding both of a two-word name's words, in either order, a few words apart at most."""
    one, other = (re.escape(w) for w in words)
    gap = r"(?:[^\w\n]+\w+){0,6}?[^\w\n]+"
    return re.compile(rf"(?<![\w'’-])(?:{one}{gap}{other}|{other}{gap}{one})(?![\w-])", re.IGNORECASE)


def _name_words(name: str) -> list[str]:
    """A name's words, lower-cased and unquoted, up to the first that ends a name ("the original in which ...")."""
    words = []
    for word in name.split():
        word = word.strip(_QUOTE_MARKS).lower()
        if not word or word in _NAME_ENDS:
            break
        words.append(word)
    return words


# A position said "of" a work before an end form in its sentence: "cuts at 0:31 of the original, so ...".
_POSITION_OF_WORK = regex(
    r"\d:[0-5]\d(?![\d:])\s+(?:of|in)\s+(?:the|this|that)\s+(?P<name>[\w\"“”‘’'-]+(?:\s+[\w\"“”‘’'-]+){0,2})",
    re.IGNORECASE)


def _lengths_named(text: str, lengths: list[StatedLength], position: int, said: re.Pattern[str]) -> list[float]:
    """The lengths stated before ``position`` whose work ``said`` names, before the length in its sentence or right
    after it."""
    # (a name before a length is that length's only past the length before it: "A 2-minute drone clip and a
    # 6-minute phone video" names no drone clip of 6 minutes)
    found = []
    previous_end = 0
    for s in lengths:
        if s.begin >= position:
            break
        after = _NAMED_AFTER_LENGTH.match(text, s.end)
        gap = text[s.end:s.end + 3]  # (" - ", "-" or " " between a length and the name right after it)
        start = max(_last_full_stop(text, s.begin), text.rfind("\n", 0, s.begin), s.begin - NAME_BEFORE_LENGTH_CHARS,
                    previous_end)
        # (not past a song named nearer the length: "a viral video of fishermen dancing to the song "Nyar" (4:50)")
        if ((said.search(text, start, s.begin) and not _played_thing_nearer(text, start, s.begin))
                or said.match(text, s.end + len(gap) - len(gap.lstrip(" -")))
                or after and said.search(after.group("name"))):
            found.append(s.seconds)
        previous_end = after.end() if after else s.end
    return found


def _name_pattern(name: str) -> str:
    """A work's name as a pattern that also matches its other spellings: "Exhibit 7" is "Ex. 7" in the list of
    exhibits, "the body-cam" is the "body-worn camera" (a court names each exhibit both ways)."""
    parts, at = [], 0
    for m in _SAME_NAME.finditer(name):
        same = rf"{re.escape(m.group('worn'))}[\s-]*cam(?:era)?" if m.lastgroup == "worncam" \
            else _SAME_NAME_PATTERNS[m.lastgroup or ""]
        parts += [re.escape(name[at:m.start()]), same]
        at = m.end()
    return "".join(parts) + re.escape(name[at:])


def _last_full_stop(text: str, at: int) -> int:
    """Where the last full stop before ``at`` is, past the dots of abbreviations ("Ex. 7", "No. 4", "Nov. 24",
    "Sault Ste. Marie")."""
    stop = text.rfind(".", 0, at)
    while stop > 0 and (_ABBREVIATION_END.search(text, max(0, stop - 4), stop)
                        or _TITLE_END.search(text, max(0, stop - 5), stop)
                        or _MONTH_DOT.match(text, stop) and _MONTH_END.search(text, max(0, stop - 5), stop)):
        stop = text.rfind(".", 0, stop)
    return stop


# Spellings of one work's name: an exhibit abbreviated or not, a body camera said in full or short.
_SAME_NAME = regex(r"(?P<exhibit>\b(?:exhibit|exh?\.)(?:\s+|(?=\d)))|"
                        r"(?P<bodycam>\bbody[\s-]*(?:worn[\s-]+)?cam(?:era)?\b)|"
                        # and a camera worn or mounted somewhere, short or in full: "the helmet-cam file" is the
                        # "helmet camera"'s, "the head cam" the "head camera"
                        r"(?P<worncam>\b(?P<worn>helmet|head|chest|hat|cap|bike|bar|handlebar|dash|door|nest|bird|"
                        r"trail|gun|rider)[\s-]*cam(?:era)?\b)", re.IGNORECASE)
_SAME_NAME_PATTERNS = {"exhibit": r"(?:exhibit|exh?\.)\s*", "bodycam": r"body[\s-]*(?:worn[\s-]+)?cam(?:era)?"}
# The dot of an abbreviation that names a numbered thing ("Ex. 7", "Exh. 2", "No. 4", "Fig. 3"), no sentence's end.
_ABBREVIATION_END = regex(r"(?<![\w])(?:ex|exh|no|nos|fig|vol|pt|ch)\Z", re.IGNORECASE)
# A month shortened before its day, no sentence's end either: "The full video of the Nov. 24 press conference ... is 6
# minutes 40 seconds long" (round 141), "the Sept. 3 livestream", "Dec. 1st".
_MONTH_END = regex(r"(?<![\w])(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\Z", re.IGNORECASE)
_MONTH_DOT = regex(r"\.[^\S\n]*\d")
# A title's or a place's shortened word before its name, no sentence's end: "the press conference in Sault Ste.
# Marie is 6 minutes 40 seconds long" (round 141), "Dr. Osei's 12-minute briefing", "the Mt. Albert livestream".
_TITLE_END = regex(r"(?<![\w])(?:mr|mrs|ms|dr|prof|st|ste|mt|ft)\Z", re.IGNORECASE)


def _name_said_again(text: str, lengths: list[StatedLength], position: int) -> tuple[bool, float | None]:
    """Whether the words about ``position`` say again a name of two words or more told with a length, right after
    it ("a four-minute phone video") or before its verb ("The theatrical cut runs 97 minutes"), and that length:
    "a 12-minute body camera video and a four-minute phone video ... The phone video is the shortest. In its final
    15 seconds" counts from four minutes. The name said last wins, then the longer ("phone video" outranks "video"
    ending where it does); (True, None) if two lengths go by it."""
    start, end = _words_about(text, position, NAMED_LENGTH_CHARS, ("\n\n",))
    window = text[start:end].lower()
    best: tuple[int, int, float | None] = (-1, 0, None)  # where the name last said ends, its words, the length
    for s in lengths:
        if s.begin >= position:
            break
        told = _name_told_with(text, s.begin, s.end)
        if told is None:
            continue
        name, told_before = told
        at = window.rfind(name)
        while at > 0 and window[at - 1].isalnum():
            at = window.rfind(name, 0, at)
        if at < 0 or (told_before and start + at < max(s.end, position)):
            continue  # (a name told before its length counts where the end form itself says it after it)
        said = (at + len(name), name.count(" ") + 1)
        if said > best[:2]:
            best = (*said, _restated_at(lengths, start + at + len(name)) or s.seconds)
        elif said == best[:2] and best[2] != s.seconds:
            best = (*said, None)  # two videos go by that name: neither
    return best[0] >= 0, best[2]


@lru_cache(maxsize=4096)
def _name_told_with(text: str, begin: int, end: int) -> tuple[str, bool] | None:
    """The name of two words or more the length at [begin, end) is told with, lowered, and whether it comes before
    the length's verb; None if none. Read once per length: every end form after it asks again (quadratic on a page
    of many lengths and end forms)."""
    m = _NAMED_AFTER_LENGTH.match(text, end)
    before = None if m is not None else _NAMED_BEFORE_LENGTH.search(text, max(0, begin - NAMED_BEFORE_CHARS), begin)
    m = m or before
    if m is None:
        return None
    name = " ".join(m.group("name").lower().split())
    # "a 20-second clip ... halfway through the clip": a bare noun names no video apart
    return (name, before is not None) if " " in name else None


def _restated_at(lengths: list[StatedLength], name_end: int) -> float | None:
    """The length stated in brackets right after a name said again ("a 12-minute highlights cut ... <h2>The
    highlights cut (11:48)</h2>"): the later, exact length of the same work, which outranks the one first told."""
    at = bisect.bisect_left(lengths, name_end, key=lambda s: s.begin)
    return lengths[at].seconds if at < len(lengths) and lengths[at].begin <= name_end + 2 else None


def _label_said_again(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length of the work told apart by a bare label, "(a)", "(2)", "(iii)", written just before its length
    ("(a) a 2-minute bodycam clip ... (b) a 6-minute phone video") and said again in the end form's clause ("In
    (a), the last 10 seconds"): a label has no words for :func:`_name_words_said` to read. The label told last
    before ``position`` wins (a later list may letter its works again); None if the clause says no such label, or
    says two."""
    if "(" not in text[max(0, position - NAMED_LENGTH_CHARS):position + NAMED_LENGTH_CHARS]:
        return None  # cheap: most end forms have no label about them
    start, end = _words_about(text, position, NAMED_LENGTH_CHARS, ".!?\n")  # (to the clause's end: "of (b),")
    said = {m.group("label").lower() for m in _WORK_LABEL.finditer(text, start, end)}
    if len(said) != 1:
        return None
    told: dict[str, float] = {}
    previous_end = 0
    for s in lengths:
        if s.begin >= position:
            break
        labels = list(_WORK_LABEL.finditer(text, max(previous_end, s.begin - LABEL_BEFORE_LENGTH_CHARS), s.begin))
        if labels:
            told[labels[-1].group("label").lower()] = s.seconds
        previous_end = s.end
    return told.get(said.pop())


# A bare label of one work on a page of several: "(a)", "(B)", "(2)", "(iv)".
_WORK_LABEL = regex(r"\((?P<label>[a-hA-H]|\d{1,2}|(?:i{1,3}|iv|vi{0,3}|ix|x))\)")
# How far before a length its label is read ("(b) an 8-minute ...", "(2) the body camera video, 11:40 long").
LABEL_BEFORE_LENGTH_CHARS = 60


def _name_words_said(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length of the work whose own words, said before its length's verb ("The Korva test video runs 12:40, the
    Pell clip is shorter at 8:20", "night two is longer at 2 hours 58") or right after the length before it with the
    verb left out ("Night one runs 2:41:10, night two 2:58:30"), the end form's sentence says most of:
    "Halfway through the Pell clip" counts from 8:20; "before the end of the original" reads only "the original".
    None if none is said, or two are said as much."""
    start, end = _words_about(text, position, NAMED_LENGTH_CHARS, ".!?\n")
    of_work = _END_OF_WORK.search(text, position, end)
    window = text[of_work.end() if of_work else start:end].lower()
    best: tuple[int, float | None] = (0, None)
    previous_end = -1
    for s in lengths:
        if s.begin >= position:
            break
        words = _work_name_words(text, s.begin, s.end, previous_end)
        previous_end = s.end
        if not words:
            continue
        said = sum(1 for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", window))
        if said > best[0]:
            best = (said, s.seconds)
        elif said and said == best[0] and best[1] != s.seconds:
            best = (said, None)  # as much of two works' names: neither
    return best[1]


@lru_cache(maxsize=4096)
def _work_name_words(text: str, begin: int, end: int, previous_end: int) -> frozenset[str]:
    """The words of the work's name the length at [begin, end) is told with (after the length before it, which ends
    at ``previous_end``, or -1), as :func:`_name_words_said` matches them; empty if none. Read once per length:
    every end form after it asks again (quadratic on a page of many lengths and end forms)."""
    m = _WORK_BEFORE_VERB.search(text, max(0, begin - NAMED_BEFORE_CHARS), begin)
    if m is None and previous_end >= 0:
        m = _WORK_ELIDED.fullmatch(text, previous_end, begin)  # "..., night two 2:58:30"
    # "Officer Mark Ruiz's body camera (9 minutes 50 seconds)": the work named before its length's brackets, its
    # owner said again as "Ruiz's" or "Ruiz" (round 81)
    bracketed = _WORK_BEFORE_PAREN.search(text, max(previous_end, begin - NAMED_BEFORE_CHARS), begin) \
        if m is None else None
    # "A 1 minute 36 second video posted to TikTok": the work named by the platform it went up on, said again
    # as "The TikTok's split-screen ...: in its last 20 seconds" (round 101)
    platform = _POSTED_TO_PLATFORM.match(text, end) if m is None and bracketed is None else None
    m = m or bracketed or platform
    # a table's row: "| 3 | Twelve Minute Burner | 12:00 | All |" under "| # | Video | Length | Level |", said
    # again as "Twelve Minute Burner is the one ..., but the last two minutes are nothing but swings" (round 105)
    name = m.group("name") if m is not None else _row_name(text, begin)
    if not name:
        return frozenset()
    words = {w.removesuffix("'s").removesuffix("’s") if bracketed else w
             for w in name.lower().split() if w not in _GENERIC_NAME_WORDS
             and not _LENGTH_MEDIA_WORD.fullmatch(w)}
    # a work told apart by a letter or a number: "Video A is a 2 min 14 s phone recording", "Camera 2 runs 41:10"
    words.update(" ".join(label.group(0).lower().split()) for label in _LETTERED_WORK.finditer(name))
    return frozenset(words)


def _words_about(text: str, position: int, reach: int, breaks: Iterable[str]) -> tuple[int, int]:
    """Where the words about an end form at ``position`` that may name its work start and end: back at most
    ``reach`` characters, not past the last of ``breaks`` (a paragraph's or a sentence's), on to the end of the
    form's clause ("... of the drone clip.")."""
    lo = max(0, position - reach)
    stop = _CLAUSE_STOP.search(text, position, position + NAMED_LENGTH_CHARS // 4)
    return max(lo, *(text.rfind(mark, lo, position) + 1 for mark in breaks)), stop.start() if stop else position


_CLAUSE_STOP = regex(r"[.;!?\n]|,\s")
# How far before a length the name of the work it is the length of is read.
NAMED_BEFORE_CHARS = 80
# The verbs that state a work's length after its name: "runs 97 minutes", "clocks in at just under 18 minutes".
_LENGTH_VERB = r"(?:runs|ran|lasts|lasted|is|was|clocks\s+in\s+at|comes\s+in\s+at)"
# The name of a video after its length: "four-minute phone video", "12-minute body camera video".
_NAMED_AFTER_LENGTH = regex(
    rf"[\s-]+(?:long\s+)?(?P<name>(?:(?!(?:of|from|by|in|on|at|with|that|which)\b)[\w'’-]+\s+){{0,2}}{LENGTH_MEDIA})\b",
    re.IGNORECASE)
# The name of a video before its length's verb, its medium last: "The theatrical cut runs 97 minutes", "the long
# version is 3:20", "the highlights cut clocks in at just under 18 minutes".
_NAMED_BEFORE_LENGTH = regex(
    rf"(?<![\w'’-])(?P<name>(?:(?!(?:the|a|an|this|that|its|of|from|by|in|on|at|with|which|and)\b)[\w'’-]+\s+){{1,2}}"
    rf"{LENGTH_MEDIA})\s+{_LENGTH_VERB}\s+(?:to\s+)?(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+|barely\s+)?$",
    re.IGNORECASE)
# Any work's name before its length's verb, after a determiner or at a clause's start: "The Korva test video runs ",
# "the Pell clip is shorter at ", "the Drift Mini footage is a ", "night two is longer at ".
_WORK_BEFORE_VERB = regex(
    r"(?:(?:^|[\s(])(?:the|this|that|its|their|our|my|his|her)\s+|(?:^|[;:.—–]\s+|\n\s*|\b(?:and|but|while)\s+))"
    rf"(?P<name>(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+{_LENGTH_VERB}\s+"
    r"(?:(?:a\s+(?:bit|little)\s+)?(?:shorter|longer)\s+at\s+|(?:just\s+)?(?:over|under)\s+|(?:a|an|about|roughly|"
    r"around|nearly|almost|only|just|for)\s+)*$", re.IGNORECASE)
# A work's name before the brackets its length opens, from its clause's start: "three files: Officer Dana
# Kowalczyk's body-worn camera (".
_WORK_BEFORE_PAREN = regex(r"(?:^|[,:;(—–]|\n)\s*(?:and\s+)?(?P<name>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*\(\s*$")
# A video said with its length and the platform it was posted to, capitalised: " video posted to TikTok", " clip
# uploaded to YouTube on 3 May".
_POSTED_TO_PLATFORM = regex(
    rf"[\s-]+(?:[\w'’-]+\s+){{0,2}}?{LENGTH_MEDIA}\s+(?:posted|uploaded|shared|published)\s+(?:to|on)\s+"
    r"(?P<name>(?-i:[A-Z])[\w-]+)\b", re.IGNORECASE)
# A work's name right after the length before it, its verb left out: ", night two " in "Night one runs 2:41:10,
# night two 2:58:30".
_WORK_ELIDED = regex(r"\s*(?:,|;|,?\s+and)\s+(?P<name>(?:[\w'’-]+\s+)?[\w'’-]+)\s+", re.IGNORECASE)


def _row_name(text: str, pos: int) -> str:
    """The words of the other cells of the Markdown table row holding ``pos`` (a length in its Length column), those
    with letters in them: the row's title and tags ("Twelve Minute Burner All"); "" outside a table's row."""
    line = text.rfind("\n", 0, pos) + 1
    if not text.startswith("|", line):
        return ""
    stop = text.find("\n", pos)
    cells = text[line:len(text) if stop < 0 else stop].strip().strip("|").split("|")
    return " ".join(c.strip(" *_") for c in cells if _ROW_NAME_CELL.search(c) and not TIMECODE.search(c))


_ROW_NAME_CELL = regex(r"[A-Za-z]{2}")
_GENERIC_NAME_WORDS = frozenset((
    "test", "full", "whole", "entire", "complete", "final", "finished", "official", "own", "new", "old", "short",
    "long", "longer", "shorter", "raw", "edited", "unedited", "original", "first", "second", "other", "main",
    "it", "this", "that", "which", "the", "a", "an", "and"))
_LENGTH_MEDIA_WORD = regex(LENGTH_MEDIA, re.IGNORECASE)
_LETTERED_WORK = regex(r"\b[A-Za-z]+\s+(?:[A-Z]|\d{1,2})\b")
# The work an end form names after it: "20 seconds before the end of the original".
_END_OF_WORK = regex(r"\b(?:end|start|beginning|rest|middle)\s+of\s+(?:the|this|that|its|his|her|their)\s",
                          re.IGNORECASE)
WORK_NAMED_REACH = 20_000
NAME_BEFORE_LENGTH_CHARS = 150
_FORM_OF_WORK = regex(
    r"\b(?:of|into|through)\s+(?!the\s+way\b|(?:it|them)\b|(?:this|that)\b(?!\s+\w))(?:(?:the|this|that)\s+)?"
    r"(?P<name>[\w\"“”‘’'-]+(?:\s+[\w\"“”‘’'-]+){0,3})", re.IGNORECASE)
# A work's possessive opening an end form, or right before it: "The clip's final 20 seconds", "its drone's last".
_OWNER = r"(?:the|this|that|its)\s+(?P<name>[\w-]+(?:\s+[\w-]+)?)['’]s\s+"
_OWNER_OF_FORM = regex(rf"{_OWNER}(?:very\s+)?(?:final|last|closing)\b", re.IGNORECASE)
_OWNER_BEFORE_FORM = regex(rf"\b{_OWNER}(?:very\s+)?$", re.IGNORECASE)
_QUOTE_MARKS = "\"“”‘’'"
# Words that end a work's name: "of the Cam 7 export he said", "of 'Owambe' are as good".
_NAME_ENDS = frozenset(("is", "are", "was", "were", "in", "on", "at", "for", "with", "and", "or", "but", "which",
                        "where", "when", "that", "he", "she", "they", "we", "you", "it", "as", "to", "from", "by",
                        "shows", "show", "showed", "has", "had", "have", "the", "an"))
_BARE_WORK = regex(rf"{LENGTH_MEDIA}|{MEDIA_NOUN}|way|end|day|night|match|game", re.IGNORECASE)
