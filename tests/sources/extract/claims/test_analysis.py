"""The sentence analysis (sources/extract/claims/analysis.py)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" ,;:()（）、，；：—–-0123456789ab", max_size=40))
def test_chip_breaks_are_clause_marks_without_brackets_and_dashes(text):
    # analyze derives the chip barriers from its clause scan instead of a second regex pass:
    # they must be what this regex (the chip breaks' definition) finds
    from sources.extract.claims.analysis import _CLAUSE_PUNCT, _NOT_CHIP_BREAK

    chip_break = re.compile(r"[;:、，；：]|,(?:(?<![0-9],)|(?![0-9]))|\s-\s")
    clause = [m.start() for m in _CLAUSE_PUNCT.finditer(text)]
    assert [m.start() for m in chip_break.finditer(text)] == [
        p for p in clause if text[p] not in _NOT_CHIP_BREAK
    ]
