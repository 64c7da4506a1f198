"""A credits line's length is the reviewed film's runtime (blind round 85): "Dir. Harriet Osei. Cert 15, 2hr 11min."
heads the review, and an end form or a fraction paragraphs later ("The final fifteen minutes are ...") counts from it,
not from another work's length told in between ("Osei, whose debut Saltmarsh ran a lean 88 minutes"). Look-alike: an
end form said of that other work in its own sentence still counts from its length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form paragraphs later counts from the credits line": [
        ("Marsh Lights review\nDir. Tomas Reyes. Cert 12A, 1hr 52min. On Netflix from Friday.\n\nReyes, whose first "
         "film Harrowgate ran a tight 81 minutes, lets this one breathe.\n\nThe last ten minutes are a single, "
         "unbroken shot.", [(6120.0, 6720.0)]),
        ("Dir. Ana Petrov. 2hr 05min.\n\nHer previous feature lasted 95 minutes and felt rushed.\n\nThe final twenty "
         "minutes are the best thing she has made.", [(6300.0, 7500.0)]),
    ],
    "a fraction paragraphs later counts from the credits line": [
        ("Directed by Kofi Mensah, 1 hr 40 min, in Twi with subtitles.\n\nHis debut ran 2 hours.\n\nAbout halfway "
         "through the film, the river floods.", [(3000.0, None)]),
    ],
    "an end form of the other work in its own sentence keeps that work's length": [
        ("Dir. Ana Petrov. 2hr 05min.\n\nHer previous feature lasted 95 minutes and felt rushed; its final twenty "
         "minutes were its best.", [(4500.0, 5700.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_credit_runtimes(text, expected):
    assert found_spans(text) == expected
