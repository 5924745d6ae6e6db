"""The trace of what the extractor did with each sentence, and why nothing of a fact was read."""

from __future__ import annotations

from sources.extract.extractor import extract
from sources.extract.trace import NOTHING_READ_WHY, why_nothing_read

TEXT = (
    "Nscale opened an office in Oslo. "
    "The weather was mild and 4,000 people came to the opening. "
    "Nscale runs 12,000 H100 GPUs."
)


def _fact(ctype: str, **figure: float) -> dict:
    return {"type": ctype, "subject": "Nscale", **figure}


def test_a_trace_has_one_entry_per_sentence_with_its_numbers_and_what_was_done():
    trace: list = []
    claims = extract(TEXT, language="en", trace=trace)
    assert [TEXT[t.start : t.end] for t in trace][1].startswith("The weather")
    assert [t.numbers for t in trace] == [(), (4000.0,), (12000.0,)]
    assert [t.cue for t in trace] == [False, False, True]
    assert [t.analysed for t in trace] == [False, False, True]
    assert trace[0].names == ("Nscale",) and trace[1].names == ()
    assert trace[2].claims == len(claims) == 1


def test_without_a_trace_the_claims_are_the_same():
    assert extract(TEXT, language="en") == extract(TEXT, language="en", trace=[])


def test_nothing_read_is_told_why_in_the_order_of_the_extractors_steps():
    trace: list = []
    claims = [c.to_dict() for c in extract(TEXT, language="en", trace=trace)]
    # the 12,000 GPUs were read as a holding: a cluster fact of that size was read as another type
    assert why_nothing_read(_fact("cluster_size", quantity=12000), trace, claims) == (
        "read as another type"
    )
    assert why_nothing_read(_fact("cluster_size", quantity=7), trace, claims) == (
        "figure not in text"
    )
    # 4,000 stands in a sentence no cue word marks
    assert why_nothing_read(_fact("power_capacity", quantity=4000), trace, []) == "no cue word"
    # the 12,000 stands in a sentence the rules read
    assert why_nothing_read(_fact("cluster_size", quantity=12000), trace, []) == "read, no claim"
    assert set(NOTHING_READ_WHY) >= {"no name", "read, no claim"}


def test_a_cued_figure_with_nobody_named_before_it_is_not_analysed():
    trace: list = []
    extract("Somebody raised $40 million in a new round.", language="en", trace=trace)
    fact = {"type": "funding_round", "subject": "Kestrel Labs", "amount": 40e6}
    assert trace[0].cue and not trace[0].analysed
    assert why_nothing_read(fact, trace, []) == "no name"


def test_a_power_in_gigawatts_is_the_annotated_megawatts():
    trace: list = []
    extract("Nscale will power the campus with 1.2 GW by 2027.", language="en", trace=trace)
    fact = {"type": "power_capacity", "subject": "Somebody", "quantity": 1200}
    assert why_nothing_read(fact, trace, []) != "figure not in text"
