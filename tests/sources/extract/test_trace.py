"""The trace of what the extractor did with each sentence, and why nothing of a fact was read."""

from __future__ import annotations

import pytest

from sources.extract.claims import drops as why
from sources.extract.claims.context import Doc
from sources.extract.extractor import extract
from sources.extract.trace import (
    NOTHING_READ_WHY,
    READ_DROPPED,
    SUBJECT_NAMED,
    SUBJECT_UNNAMED,
    drop_reason,
    nothing_read_kind,
    why_nothing_read,
)

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


# sentences of our own, each with a figure the claim rules consider and drop, and the reason
DROPPED = [
    ("en", "Microsoft bought 150,000 Nvidia H100 GPUs last year.", 150_000, "chip_holding",
     why.PURCHASE),
    ("de", "xAI kaufte 100.000 Nvidia H100 GPUs.", 100_000, "chip_holding", why.PURCHASE),
    ("es", "xAI compró 100.000 GPU H100 de Nvidia el año pasado.", 100_000, "chip_holding",
     why.PURCHASE),
    ("en", "xAI will need about 100,000 Nvidia H100 GPUs to train Grok 3.", 100_000,
     "cluster_size", why.REQUIREMENT),
    ("fr", "xAI va installer 100 000 GPU H100 supplémentaires à Memphis.", 100_000,
     "cluster_size", why.INCREMENT),
    ("en", "Microsoft raised $10 billion in a new funding round.", 10e9, "funding_round",
     why.CANNOT_RAISE),
    ("de", "Mistral AI sammelte 50.000 Euro in einer Finanzierungsrunde ein.", 50_000,
     "funding_round", why.BELOW_MINIMUM),
    ("en", "Anthropic raised $13 billion, including $1 billion from Amazon.", 1e9,
     "funding_round", why.PART),
    ("en", "Anthropic has raised $27 billion so far.", 27e9, "funding_round", why.CUMULATIVE),
    ("en", "Nvidia makes 2,000 GPUs in the plant each day.", 2_000, "chip_holding",
     why.NO_SUBJECT),
    ("ja", "xAIはNvidiaのH100を10万個購入した。", 100_000, "chip_holding", why.PURCHASE),
    ("zh", "微软购买了10万块英伟达H100芯片。", 100_000, "chip_holding", why.PURCHASE),
    ("it", "Microsoft ha raccolto 10 miliardi di dollari in un nuovo round di finanziamento.",
     10e9, "funding_round", why.CANNOT_RAISE),
    ("it", "Anthropic ha raccolto finora 27 miliardi di dollari in totale.", 27e9,
     "funding_round", why.CUMULATIVE),
    # a vague fact takes the drop of a vague figure
    ("en", "Anthropic is now valued at billions of dollars.", None, "valuation",
     why.VAGUE_VALUE),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "figure", "ctype", "reason"), DROPPED)
def test_a_dropped_figure_is_traced_with_the_reason_the_rules_dropped_it_for(
    language, text, figure, ctype, reason
):
    trace: list = []
    claims = extract(text, language=language, trace=trace)
    assert not [c for c in claims if c.type == ctype and figure in (c.quantity, c.amount)]
    drops = [d for t in trace for d in t.drops if d.value == figure]
    assert drops and drops[-1].reason == reason
    assert all(d.reason in why.REASONS for t in trace for d in t.drops)
    # a fact of that figure is told the reason
    fact = {"type": ctype, "subject": "x", "amount": figure, "quantity": figure}
    predictions = [c.to_dict() for c in claims]
    told = why_nothing_read(fact, trace, predictions)
    assert told == READ_DROPPED + reason + (SUBJECT_UNNAMED if reason == why.NO_SUBJECT else "")
    assert nothing_read_kind(READ_DROPPED + reason) == "read, no claim"


@pytest.mark.parametrize(("language", "text"), [(lang, text) for lang, text, *_ in DROPPED])
def test_recording_the_drops_changes_no_claim(language, text):
    assert extract(text, language=language) == extract(text, language=language, trace=[])


def test_a_drop_is_recorded_only_when_a_trace_is_asked_for():
    trace: list = []
    extract("Microsoft bought 150,000 Nvidia H100 GPUs last year.", language="en", trace=trace)
    assert trace[0].drops
    assert Doc.__dataclass_fields__["drops"].default is None  # no list, no recording


def test_a_drop_of_another_family_or_another_figure_does_not_tell_a_fact():
    trace: list = []
    extract("Microsoft bought 150,000 Nvidia H100 GPUs last year.", language="en", trace=trace)
    power = {"type": "power_capacity", "subject": "Microsoft", "quantity": 150_000}
    assert drop_reason(power, trace) is None
    other = {"type": "chip_holding", "subject": "Microsoft", "quantity": 20_000}
    assert drop_reason(other, trace) is None
    # a cluster's size and a holding are one family: the holding's reason tells the cluster
    size = {"type": "cluster_size", "subject": "Microsoft", "quantity": 150_000}
    assert drop_reason(size, trace) == why.PURCHASE
    # a vague fact takes a vague figure's drop only
    vague = {"type": "chip_holding", "subject": "Microsoft"}
    assert drop_reason(vague, trace) is None


def test_no_subject_says_whether_the_facts_subject_was_named_at_all():
    trace: list = []
    text = "Nvidia makes 2,000 GPUs in the plant each day. Kestrel Labs says so."
    extract(text, language="en", trace=trace)
    unknown = {"type": "chip_holding", "subject": "Kestrel Labs", "quantity": 2_000}
    assert why_nothing_read(unknown, trace, []).endswith(why.NO_SUBJECT + SUBJECT_UNNAMED)
    named = dict(unknown, subject="NVIDIA")  # named, and not picked by the subject rules
    assert why_nothing_read(named, trace, []) == READ_DROPPED + why.NO_SUBJECT + SUBJECT_NAMED


def test_every_cue_kind_that_skips_an_amount_has_its_reason():
    """A new skip kind in funding.role_kinds needs a reason in drops.SKIP_REASONS, else its
    amounts would be traced as "no role word"."""
    from sources.extract.claims.drops import SKIP_REASONS
    from sources.extract.claims.funding.role_kinds import ROLE_KINDS

    assert set(SKIP_REASONS) == {kind for kind, role in ROLE_KINDS.items() if role == "skip"}
