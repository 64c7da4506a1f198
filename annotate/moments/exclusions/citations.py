"""Numbers written like clocks that are no times at all: dockets and case numbers, licence plates,
scripture verses and code sections, prices and software versions, scores, ratios and aspect ratios."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import _I, _Clock
from annotate.moments.patterns import any_stem

_DOCKET = regex(r"^-[A-Za-z]|^\s*-\s*(?:cv|cr|mj|mc|ap|bk)\b", _I)
_DOCKET_BEFORE = regex(r"\b(?:No\.|Nos\.|case|docket|number|file|Case\s+No\.?|ECF|Dkt\.?)\s*#?\s*$", _I)
# How every _DOCKET_BEFORE match ends, casefolded, without the spaces and "#" after (tests/test_moments_gates.py).
_DOCKET_TAILS = ("no.", "nos.", "case", "docket", "number", "file", "no", "ecf", "dkt", "dkt.")
# An identifier told by its holder, letters after the digits: "the licence plate reads 4:19 KD", "tail number 7:40 XB".
_IDENTIFIER_BEFORE = regex(
    r"\b(?:plates?|registration|reg|licen[cs]e|serial|code|callsign|call\s+sign|tail\s+number|badge|ID)\b"
    r"(?:\s+(?:number|no\.?))?\s*(?:reads|read|says|shows|is|was|:)?\s*(?:[*_`]{1,2}|<(?:b|strong|em|i|code)>)?$", _I)
_LETTERS_AFTER = regex(r"\s+(?-i:[A-Z]{1,3})(?![\w:])")
_SCORE_BEFORE = regex(
    r"\b(?:votes?|voted|voting|approved|passed|rejected|ruled|decision|majority|margin|tally|tallied|"
    # (not "Chat loses it at 31:10": losing one's temper at a place in the footage)
    r"scores?|scored|scoring|won|wins?|winning|(?:lost|loses|losing)(?!\s+it\s+(?:at|around|about)\b)|beat|beats|"
    r"beating|defeated|drew|tied|"
    r"led|leads?|leading|trailing|trailed|trail|ratio|aspect|odds|split|result|final\s+score|"
    # (fault or costs shared out: "liability is apportioned 70:30")
    r"scoreline|victory|defeat|count|counted|apportionment|"
    r"apportion(?:ed|s|ing)?(?:\s+(?:fault|liability|blame|responsibility|costs|damages))?)\b\s*(?:(?:of|by|a|an|the|at|was|is|to|with|it|them|"
    r"narrowly|unanimously)\s+)*$"
    # the side beaten or lost to, by name: "beat the Lions 27:19", "lost to Hull City 12:30"
    r"|\b(?:beat|beats|beating|defeated|defeats|edged|edges|thrashed|routed|lost\s+to|drew\s+with|tied\s+with)\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w'’.&-]*)(?:\s+(?-i:[A-Z][\w'’.&-]*)){0,2}\s+$",
    _I,
)
_SCORE_STEMS = any_stem((
    "vot", "approved", "passed", "rejected", "ruled", "decision", "majority", "margin", "tall", "scor", "won", "win",
    "lost", "los", "beat", "defeated", "drew", "tied", "led", "lead", "trail", "ratio", "aspect", "odds", "split",
    "result", "victory", "defeat", "count", "edge", "thrash", "rout", "apportion"))
_SCORE_AFTER = regex(
    r"^[\s-]*(?:vote|votes|decision|majority|ratio|aspect|win|victory|loss|defeat|lead|margin|split|odds|"
    r"count|tally|scoreline|draw|result|in\s+favou?r|against|aspect\s+ratio|format|widescreen|"
    r"with\s+(?:no|one|two|three|four|five|\d+)\s+abstentions?|"
    r"screen\s+ratio|scale|over\s+(?:the\s+)?(?:\w+\s+)?(?:team|side|opponents?)"
    # a mark out of ten: "9:10 in my ranking of APS-C primes"
    r"|(?:in|on)\s+(?:my|our|his|her|their|the|this)\s+(?:[\w-]+\s+)?(?:rankings?|ratings?|scoring|scorecard|"
    r"score\s?sheet|league\s+table))\b",
    _I,
)
_BOOKS = (
    r"Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles|Ezra|"
    r"Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Songs?|Isaiah|Jeremiah|Lamentations|Ezekiel|"
    r"Daniel|Hosea|Joel|Amos|Obadiah|Jonah|Micah|Nahum|Habakkuk|Zephaniah|Haggai|Zechariah|Malachi|"
    r"Matthew|Matt|Mark|Luke|John|Acts|Romans|Rom|Corinthians|Cor|Galatians|Gal|Ephesians|Eph|"
    r"Philippians|Phil|Colossians|Col|Thessalonians|Thess|Timothy|Tim|Titus|Philemon|Hebrews|Heb|"
    r"James|Peter|Pet|Jude|Revelation|Rev|Gen|Exod|Ex|Lev|Deut|Isa|Jer|Ezek|Dan|Ps|Prov|Eccl|"
    r"Sura|Surah|Quran|Qur['’]an|Koran"
)
_VERSE_BEFORE = regex(rf"(?:\b(?:{_BOOKS})\.?\s+(?:ch\.\s*)?$)|\b(?:verse|verses|chapter|ch\.|vv?\.)\s*$")
_VERSE_BEFORE_I = regex(r"\b(?:verse|verses|chapter|surah|sura|ayah|psalm)\s*$", _I)
# A transcript's day or volume between its label and the page:line: "(Tr. day 4, 33:12–35:4)", "Transcript, Vol. 3,
# 118:22" (round 123).
_TRANSCRIPT_PART = r"(?:\s*,?\s*(?:day|vol\.|volume)\s*\d{1,3}\s*,)?"
# Statutes and rules cited by number: "Sections 2:14 through 2:20", "§ 3:12", "Rule 4:5".
_SECTION_BEFORE = regex(
    # (and a Caribbean or Commonwealth law's chapter: "the Evidence Act, Chap. 7:02", "Cap. 4:01" (round 182))
    r"(?:\b(?:sections?|articles?|paragraphs?|clauses?|rules?|titles?|pages?|lines?|art\.|para\.|sec\.|pp?\.|"
    r"(?<=\bAct,\s)(?:chap|cap)\.|(?<=\bAct\s)(?:chap|cap)\.|"
    rf"(?:Tr\.|Dep\.|transcript){_TRANSCRIPT_PART})|§§?)\s*$",
    _I,
)
# A stretch of the footage named by what happens in it, then its times: "- Plank section 14:30-17:00", "the chorus
# section 2:10–2:45" (round 128), "- Dhol solo section 21:15 to 24:00" (round 193): a part named by up to three words
# before "section" that open its line or follow a determiner, not a statute's "Section 2:14" or "under section 4:12"
# (nor a code's or a law's, whichever of the words names it: "Penal Code section 4:12", "the Income Tax Act section").
_NOT_PART_WORD = (r"(?!(?:code|penal|act|statute|rule|title|usc|article|chapter|sub|under|in|of|see|per|at|by|from|to|"
                  r"and|or|with|within|pursuant|cf|also|read|law|ordinance|regulations?|bylaws?|constitution|"
                  r"violat\w*|breach\w*|cite\w*|quote\w*|amend\w*|repeal\w*)\b)")
_PART_SECTION_BEFORE = regex(
    r"(?:(?:^|(?<=\n))[ \t]*(?:[-*•·][ \t]+|\d{1,2}[.)][ \t]+)?|\b(?:the|a|an|this|that|its|our|my|their|his|her)\s+)"
    rf"{_NOT_PART_WORD}[a-z][\w'’&-]*(?:[ \t]+{_NOT_PART_WORD}[a-z][\w'’&-]*){{0,2}}[ \t]+sections?[ \t]*$"
    # (or by the determiner alone, as a statute's section never is: "played the section 3:10 to 3:52 three times"
    # (round 194), "that section 1:05-1:40")
    r"|\b(?:the|this|that)[ \t]+section[ \t]*$", _I)
# How every match of the three patterns around ends, casefolded, with no space after (tests/test_moments_gates.py).
_CITED_TAILS = ("verse", "verses", "chapter", "surah", "sura", "ayah", "psalm", "section", "sections", "article",
                "articles", "paragraph", "paragraphs", "clause", "clauses", "rule", "rules", "title", "titles", "page",
                "pages", "line", "lines", ".", "transcript", "§", "-", "–", "—", ",", "to", "through", "thru")
# The end of a cited page:line range: "Tr. 34:2–36:18", "pp. 12:4 - 14:20", "pp. 117:13 to 119:20" (round 138).
_CITED_RANGE_END_BEFORE = regex(
    rf"(?:\b(?:pages?|lines?|pp?\.|(?:Tr\.|Dep\.|transcript){_TRANSCRIPT_PART})|§§?)"
    r"\s*\d{1,4}:\d{1,2}\s*(?:[–—-]|\b(?:to|through|thru)\b)\s*$", _I)
# A page and line cited by what they are of: "the admission at 55:14 of the transcript", "12:3 of the deposition".
_CITED_OF_AFTER = regex(
    r"\s+of\s+(?:the|this|that|his|her|their|its)\s+(?:(?:deposition|hearing|trial|court|official|certified)\s+)?"
    r"(?:transcripts?|depositions?)\b", _I)
# A column of pages and lines under its header: "Page:Line   Media time" over "12:8   00:14:22:15", or a pipe
# table's "| Pg:Ln | Time |".
_PAGE_LINE_HEADER = regex(
    r"^[ \t]*\|?[ \t]*(?:page|pg\.?|p\.)[ \t]*[:/-][ \t]*(?:line|ln\.?|l\.)(?![\w])", _I | re.MULTILINE)
_OPENS_LINE = regex(r"[ \t]*\|?[ \t]*$")
# How far below its column's header a cited page and line may stand.
PAGE_LINE_REACH = 4000


# The other end of a cited range, a page and a line no clock is written as (one digit after the colon): "(R.
# 88:14–89:2)", "pp. 117:3 to 119:20" (round 138): the pair it is ranged with is a page and line as well.
_RANGE_JOIN = r"\s*(?:[–—-]|\b(?:to|through|thru)\b)\s*"
_PAGE_LINE_PEER_AFTER = regex(rf"{_RANGE_JOIN}\d{{1,4}}:\d(?![\d:.])", _I)
# The last word or dash of every match of _PAGE_LINE_PEER_BEFORE (casefolded): a gate (``may_end_with``).
_PAGE_LINE_PEER_TAILS = ("–", "—", "-", "to", "through", "thru")
_PAGE_LINE_PEER_BEFORE = regex(rf"\d(?<![\d:.]\d)\d{{0,3}}:\d{_RANGE_JOIN}$", _I)


def _page_line_range_end(c: _Clock) -> bool:
    """The clock is one end of a range whose other end is a page:line pair with a one-digit line ("R. 88:14–89:2",
    "117:3 to 119:20"): a transcript cite (not "from 1:05 to 1:22", both ends clocks)."""
    return _PAGE_LINE_PEER_AFTER.match(c.text, c.end) is not None or (
        c.may_end_with(_PAGE_LINE_PEER_TAILS) and c.ends(_PAGE_LINE_PEER_BEFORE, 24))


def _page_line_cite(c: _Clock) -> bool:
    """A deposition's page and line, not a time: told as of the transcript, ranged with a page and line no clock is
    written as, or the first column of lines under a "Page:Line" header (no blank line between)."""
    if _CITED_OF_AFTER.match(c.after) or _page_line_range_end(c):
        return True
    line = c.text.rfind("\n", 0, c.bare) + 1
    if not _OPENS_LINE.fullmatch(c.text, line, c.bare):
        return False
    headers = _page_line_headers(c.text)
    i = bisect.bisect_left(headers, line)
    return i > 0 and line - headers[i - 1] <= PAGE_LINE_REACH \
        and _BLANK_LINE.search(c.text, headers[i - 1], line) is None


_BLANK_LINE = regex(r"\n[ \t]*\n")


@lru_cache(maxsize=8)
def _page_line_headers(text: str) -> list[int]:
    """Where each "Page:Line" header line of ``text`` starts (found once a text)."""
    return [m.start() for m in _PAGE_LINE_HEADER.finditer(text)] if "page" in text.lower() or "pg" in text.lower() \
        else []


# "the ratio of police to protesters was roughly 1:10": a ratio named earlier in the clause.
# (not where the word names a topic, a thing then placed with "at": "the ratio test example at 31:12 has a sign
# error", "the odds question from 14:05")
# (not a ratio whose own figure was told before its word: "the version uploaded in 2021 (remastered, 4:3 aspect ratio)
# moves this to 1:52" (round 36), "shot in 2.39:1 ratio, it cuts at 4:10")
_RATIO_BEFORE = regex(
    r"(?<!\d\saspect\s)(?<!\d\s)\b(?:ratio|odds|proportion)\b(?!\s+(?:tests?|rules?|methods?|examples?|questions?|problems?|tricks?|slides?|"
    r"sections?|proofs?|exercises?|explanations?|derivations?|lessons?|lectures?|demos?)\b[^.;:!?]{0,60}?"
    r"\b(?:at|from|around)\s+$)[^.;:!?]{0,60}$", _I)
_RATIO_STEMS = any_stem(("ratio", "odds", "proportion"))
# A ratio talked about, then where it is said: "the 1:2 ratio of water to flour I mention at 4:20" (a position).
_SAID_AT_BEFORE = regex(
    r"\b(?:mention|say|explain|show|discuss|talk|cover|demonstrate?)(?:s|es|d|ed|ing)?\s+(?:about\s+)?(?:it\s+|this\s+|that\s+)?"
    r"(?:at|around|about)\s+$|\bsaid\s+(?:it\s+)?(?:at|around)\s+$", _I)
# How far before a time a ratio said at it is read for (its word, then the verb that says it, as _RATIO_BEFORE).
RATIO_SAID_CHARS = 90


def ratio_said_at(text: str, bare: int) -> bool:
    """The time at ``bare`` is where a ratio named before it is said: "The odds on that horse, which she talks about
    at 12:05, were long", "the 3:1 ratio I mention at 2:45": a place in the footage, whatever else the clause says."""
    lo = max(0, bare - RATIO_SAID_CHARS)
    # (every match of _RATIO_BEFORE holds a stem of _RATIO_STEMS, casefolded, but where a dotted or dotless i stands,
    # which IGNORECASE matches to i: a C scan first)
    window = text[lo:bare].casefold()
    if _RATIO_STEMS.search(window) is None and "ı" not in window and "\u0307" not in window:
        return False
    return _SAID_AT_BEFORE.search(text, lo, bare) is not None and _RATIO_BEFORE.search(text, lo, bare) is not None


def placed_in_stated_work(c: _Clock) -> bool:
    """A tally's word placed at the time in a sentence that has said where the whole work is and how long it runs:
    "The whole session is up on YouTube (1h 12m), and the vote is at 58:30" (where in the session the vote comes,
    not its count; "The vote is at 58:30 with two wards left" names no work)."""
    return c.ends(_PLACED_AT_BEFORE, 16) and _WORK_LENGTH_PAREN.search(c.text, c.b, c.begin) is not None


_PLACED_AT_BEFORE = regex(r"\b(?:is|comes|happens|starts|begins)\s+at\s+$", _I)
# Where a work is, then its length in brackets: "is up on YouTube (1h 12m)", "on iPlayer (2 hrs 5 mins)", "online
# (48 min)", "on the club channel (1:12:40)".
_WORK_LENGTH_PAREN = regex(
    r"\b(?:on|online|uploaded|posted|streaming)\b[^.;!?()\d]{0,40}\((?:\d{1,2}\s*h(?:rs?|ours?)?\.?(?:\s*\d{1,2}\s*m(?:ins?|inutes?)?\.?)?|\d{1,3}\s*m(?:ins?|inutes?)?\.?"
    r"|\d{1,2}(?::[0-5]\d){1,2})\)", _I)


# A recipe's or a mix's ratio told after the pair: "the 1:50 salt to flour ratio", "3:1 sand-to-cement mix",
# "1:2 by weight" (not "0:45 back to basics": the things compared, then "ratio" or a measure, must follow).
_RATIO_AFTER = regex(
    r"\s+(?:[\w'’]+(?:\s+[\w'’]+)?\s+to\s+[\w'’]+(?:\s+[\w'’]+)?|[\w'’]+-to-[\w'’]+)\s+(?:ratio|proportion|mix)s?\b"
    r"|\s*(?:parts?\s+)?by\s+(?:weight|volume|mass)\b"
    # "the 1:50 gradient on the access road", "a 1:25 scale model", "at a 1:40 dilution", "a 50:50 mix of vinegar
    # and water", "a 60:40 split"
    r"|\s+(?:gradient|slope|incline|camber|scale|ratio|dilution|mix|mixture|blend|split|solution)(?:e?s)?\b", _I)
# A sport's law or rule named by its pair of numbers, a determiner before it: "Ciaran's hot take on the 50:22 law"
# (round 126), "league's new 40:20 kick" (not "From 9:30 rules of the game are shown", a position).
_NAMED_LAW_AFTER = regex(r"\s+(?:law|rule|kick|regulation)s?\b", _I)
_NAMED_LAW_BEFORE = regex(r"(?:\b(?:the|a|an|this|that|new|old|its|their)|['’]s)\s+$", _I)
# What may stand before a time that opens its line or sentence: "2:10 water to flour ratio explained" opens a
# chapter entry (a position), unlike "the 1:50 salt to flour ratio".
_LIST_MARKS = " \t-*•>|#"
_PRICE_BEFORE = regex(r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|US\$|Rs\.?))\s*$", _I)
_PRICE_AFTER = regex(r"^\s*(?:dollars|euros|pounds|USD|EUR|GBP|yen|rupees|cents)\b", _I)
_VERSION_BEFORE = regex(r"(?:\bv|\b(?:version|ver\.?|release|build|iOS|Android|Python|firmware|update))\s*$", _I)
# How every _PRICE_BEFORE and _VERSION_BEFORE match ends, casefolded, no spaces after (tests/test_moments_gates.py).
_PRICE_OR_VERSION_TAILS = ("$", "€", "£", "¥", "₹", "usd", "eur", "gbp", "rs", "rs.", "v", "version", "ver", "ver.",
                           "release", "build", "ios", "android", "python", "firmware", "update")


def _listed_score_or_ratio(c: _Clock) -> bool:
    """"Export presets: 16:9, 9:16, 4:5": a pair listed with pairs no clock is written as (one digit after the
    colon) is a ratio or a score like them; "5–4 and 40:30 to Sørensen", "30:15 to Ito": tennis points, or a
    pair after a games score, given to a side (not "at 3:10 to Ito's answer")."""
    text = c.text
    if _ODD_PAIR_BEFORE.search(text, max(0, c.bare - 40), c.bare) or _ODD_PAIR_AFTER.match(text, c.end):
        return True
    if not _TO_SIDE_AFTER.match(c.after) or c.ends(_AT_OR_FROM_BEFORE):
        return False
    return _TENNIS_POINTS.fullmatch(text, c.bare, c.end) is not None or c.ends(_GAME_SCORE_BEFORE)


# Between listed pairs: a comma, slash, bar, dot, "and", "or", or a new bullet; a short gloss may follow a pair
# ("9:16 (Reels), 1:1 (feed)").
_PAIR_LIST_SEP = (r"(?:[^\S\n]*\([^()\n]{0,24}\))?[^\S\n]*(?:[,/|·&]|\b(?:and|or|but|plus)\b"
                  r"(?:[^\S\n]+(?:also|sometimes|occasionally|often|usually|mostly|even|then|maybe))?|\bas[^\S\n]+well[^\S\n]+as\b"
                  r"|\bvs\.?|\bversus\b|\n[^\S\n]*[-*•])[^\S\n]*")
_ODD_PAIR_BEFORE = regex(rf"\d(?<![\d:.]\d)\d?:\d(?![\d:]){_PAIR_LIST_SEP}$", _I)
_ODD_PAIR_AFTER = regex(rf"{_PAIR_LIST_SEP}\d{{1,2}}:\d(?![\d:])", _I)
# Said at a place in the footage: "at 3:10 to Ito's answer", "cuts from 12:15 to Nadal's coach".
_AT_OR_FROM_BEFORE = regex(r"(?<![\w])(?:at|from)\s+(?:the\s+)?$", _I)
_TO_SIDE_AFTER = regex(r"\s+to\s+(?:(?-i:[A-Z])|the\s+(?:server|receiver|home|away|visitors|hosts)\b)", _I)
_TENNIS_POINTS = regex(r"(?:0|00|15|30|40):(?:00|15|30|40)")
_GAME_SCORE_BEFORE = regex(r"\d(?<![\d:.]\d)\d?\s?[–-]\s?\d{1,2}(?![\d:])[^.;:!?\d]{0,12}$")

# "the goal is scored at 2:35": when a goal came, not a score.
_SCORED_AT = regex(r"\bscor(?:ed|es|ing)\s+at\s+$", _I)
