"""Footage lengths stated in the text ("the six-minute clip", "runs 48:12", "Teaser (1:36)"): both a non-moment to
suppress and the length that relative-to-end and fraction forms need when no duration is given.

``find`` finds them (``passing`` and ``lists`` read the lengths said in passing and in lists, ``titles`` those in a
title's brackets, ``told_apart`` the matches that are no length); ``owner`` tells which work a length belongs to;
``whole`` gives the whole work's length the end and fraction forms count from (``stated`` and ``words`` hold what
they share)."""

from annotate.moments.lengths.find import INTRODUCED_WORK_PAREN, RESTATED_SLACK, find_lengths
from annotate.moments.lengths.other_works import other_work_spans
from annotate.moments.lengths.owner import (
    SENTENCE_STOP,
    WORK_NAMED_REACH,
    named_work_length,
    quoted_title_length,
    told_of_same_kind,
)
from annotate.moments.lengths.passing import SUBJECT_WORK_PAREN
from annotate.moments.lengths.stated import MEDIA_STEMS, StatedLength
from annotate.moments.lengths.titles import title_paren_spans
from annotate.moments.lengths.whole import nearest_length, stated_runtimes, whole_lengths, whole_work_length

__all__ = [
    "INTRODUCED_WORK_PAREN",
    "MEDIA_STEMS",
    "RESTATED_SLACK",
    "SENTENCE_STOP",
    "SUBJECT_WORK_PAREN",
    "WORK_NAMED_REACH",
    "StatedLength",
    "find_lengths",
    "named_work_length",
    "nearest_length",
    "other_work_spans",
    "quoted_title_length",
    "stated_runtimes",
    "told_of_same_kind",
    "title_paren_spans",
    "whole_lengths",
    "whole_work_length",
]
