"""Every pairing of the written forms the finders know never breaks the
extractor: each prefix, time form, connector and second form in turn (a
deterministic product, not a sample, so a form no example happened to
draw cannot hide a crash such as the unhedged ``at 2:27 for 20 seconds``
once did)."""

from __future__ import annotations

import itertools

import pytest

from annotate import extract_moments

PREFIXES = ["At ", "From ", "Between ", "For ", "", "Starting at ", "It begins at ", "A stretch starting at ",
            "Spends ", "Watch from "]
FORMS = ["2:27", "1:02:03", "00:02:27,500", "two minutes and twenty-seven seconds", "20 seconds",
         "about 20 seconds", "147s", "2m27s", "half a minute", "the 2:27 mark", "youtu.be/x?t=147"]
CONNECTORS = [" for ", " for about ", " starting at ", ", starting at ", " and lasting ", " lasting ", " to ",
              " until ", " through ", "\u2013", " - ", " and ", " then at ", " later ", " before ", " after ",
              " in ", " into ", " from ", " at ", " between ", " for the next ", " which lasts ", " runs ",
              " mark ", " or so ", " or "]
TAILS = ["", " in", " into the video", " mark", " later", ".", " of the clip."]


@pytest.mark.parametrize("connector", CONNECTORS)
def test_every_pairing_of_forms_extracts_without_error(connector: str) -> None:
    for n, (prefix, first, second) in enumerate(itertools.product(PREFIXES, FORMS, FORMS)):
        text = f"{prefix}{first}{connector}{second}{TAILS[n % len(TAILS)]}"
        for moment in extract_moments(text):
            assert moment.start >= 0 and (moment.end is None or moment.end >= moment.start), text
            assert text[moment.span[0]:moment.span[1]] == moment.quote, text
