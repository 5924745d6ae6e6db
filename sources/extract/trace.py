"""What the extractor did with each sentence of a document, for finding why a fact was missed.

``extract(text, ..., trace=[])`` fills the list with one :class:`SentenceTrace` per sentence:
the numbers the number reader found in it, whether a cue word marked it, whether it was
analysed (a cue, and a name in it or before it), the names it holds, how many claims it
gave, and the figures the claim rules considered and dropped there, each with the claim type
considered and the reason (:mod:`sources.extract.claims.drops`, one registry of reasons: "no
subject", "no role word near the amount", "a purchase, not a holding", ...). The extractor
itself never reads a trace; the real-news scorer (:func:`sources.extract.realnews.run_benchmark`)
uses it to split the misses where nothing of the fact's type was read
(:func:`why_nothing_read`): a figure read in an analysed sentence and dropped is told by the
reason recorded for it ("read, dropped: no subject", with whether the fact's subject is among
the names read in the article at all), else "read, no claim".

Reading every sentence's numbers costs as much as the extraction itself, so a trace is only
built when asked for; without one the drop points return at once (``View.drops`` is None).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sources.extract.agreement import close
from sources.extract.claim import Claim
from sources.extract.claims.context import Doc
from sources.extract.claims.drops import ANY_TYPE, NO_SUBJECT, Drop
from sources.extract.gazetteer import EntityMention
from sources.extract.numbers import find_numbers
from sources.registry import CLAIM_TYPE_INFO, QUANTITY_CLAIM_TYPES

# why nothing of a fact's type was read, from the trace of its article, in the order of the
# extractor's own steps
NOTHING_READ_WHY = (
    "read as another type",  # a claim of another type carries the fact's figure
    "figure not in text",  # no sentence holds a number agreeing with the fact's figure
    "no cue word",  # a sentence holds the figure, but no cue word marks it
    "no name",  # a cue marks it, but nobody is named in it or before it: it was not analysed
    "read, no claim",  # the sentence was analysed; the rules kept nothing of the fact's type
)
# "read, no claim" told by the reason the rules recorded for the fact's figure
READ_DROPPED = "read, dropped: "
# "no subject" told by whether the fact's subject is among the names read in its article
SUBJECT_NAMED = " (the fact's subject is named)"
SUBJECT_UNNAMED = " (the fact's subject is not among the names read)"
# the claim types whose rules consider the same figures, by what they measure (a count of chips
# is a size or a holding until its sentence decides; an amount a round or a valuation)
_FAMILY = {t.name: t.measure for t in CLAIM_TYPE_INFO}
_POWER_SCALES = (1.0, 0.001, 1000.0)  # a power in MW as the text may write it: MW, GW, kW


@dataclass(frozen=True)
class SentenceTrace:
    """One sentence: its span, the numbers read in it (money amounts included), whether a cue
    word marked it and whether it was analysed, the names in it and the claims it gave."""

    start: int
    end: int
    numbers: tuple[float, ...]
    cue: bool
    analysed: bool
    names: tuple[str, ...]
    claims: int
    drops: tuple[Drop, ...] = ()  # the figures the claim rules dropped, in the order dropped


def sentence_traces(
    doc: Doc,
    sentences: Sequence[tuple[int, int]],
    cued: Collection[int],
    by_sentence: Mapping[int, Sequence[EntityMention]],
    analysed: Collection[int],
    claims: Sequence[Claim],
    drops: Sequence[Drop] | None = None,
) -> list[SentenceTrace]:
    """The trace of every sentence of ``doc`` (``cued``: the sentences a cue word marked;
    ``analysed``: those the claim rules read; ``drops``: the figures they dropped)."""
    per_start: dict[int, int] = {}
    for c in claims:
        per_start[c.start] = per_start.get(c.start, 0) + 1
    dropped: dict[int, list[Drop]] = {}
    for d in drops or ():
        dropped.setdefault(d.start, []).append(d)
    traces = []
    for i, (s, e) in enumerate(sentences):
        nums = find_numbers(doc.low, doc.fold, s, e, doc.rules, doc.lex)
        traces.append(
            SentenceTrace(
                start=s,
                end=e,
                numbers=tuple(n.value for n in nums if n.value is not None),
                cue=i in cued,
                analysed=i in analysed,
                names=tuple(dict.fromkeys(m.entity.name for m in by_sentence.get(i, ()))),
                claims=per_start.get(s, 0),
                drops=tuple(dropped.get(s, ())),
            )
        )
    return traces


def why_nothing_read(
    fact: dict[str, Any], trace: list[SentenceTrace], predictions: Sequence[dict[str, Any]]
) -> str:
    """Which of ``NOTHING_READ_WHY`` explains a fact of which no claim of its type was read,
    given its article's trace and claims (``predictions``, as dicts); "read, no claim" is told
    by the reason the rules dropped the fact's figure for (``READ_DROPPED`` and the reason)
    when they recorded one."""
    figures = _figures(fact)
    for p in predictions:
        read = (p.get("quantity"), p.get("amount"), p.get("valuation"), p.get("valuation_usd"))
        if any(v is not None and close(v, f) for v in read for f in figures):
            return "read as another type"  # "chip_holding" for a cluster's size, ...
    holding = [t for t in trace if _holds(t, fact)]
    # (a drop's figure is in the claim's unit: a power in MW where the text says "1.5 GW")
    reason = drop_reason(fact, [t for t in trace if t.analysed])
    if reason == NO_SUBJECT:
        # a name the gazetteer lacks, or a name the subject rules did not pick
        named = any(fact.get("subject") in t.names for t in trace)
        reason += SUBJECT_NAMED if named else SUBJECT_UNNAMED
    if reason is not None:
        return READ_DROPPED + reason
    if not holding:
        return "figure not in text"
    if any(t.analysed for t in holding):
        return "read, no claim"
    if any(t.cue for t in holding):
        return "no name"
    return "no cue word"


def nothing_read_kind(why: str) -> str:
    """The entry of ``NOTHING_READ_WHY`` a reason given by :func:`why_nothing_read` falls
    under ("read, dropped: no subject" is "read, no claim")."""
    return "read, no claim" if why.startswith(READ_DROPPED) else why


def drop_reason(fact: dict[str, Any], traces: Sequence[SentenceTrace]) -> str | None:
    """The reason the rules dropped the fact's figure for in ``traces`` (a vague figure for a
    vague fact): a drop as the fact's own type first, else as a type its
    rules consider the same figures for, else a drop of the whole sentence; the last recorded
    of these, the furthest the figure got. None when nothing was recorded for it."""
    figures = _figures(fact)
    ctype = fact["type"]
    family = _FAMILY.get(ctype, ctype)
    best: tuple[int, str] | None = None
    for t in traces:
        for d in t.drops:
            if figures:
                if d.value is None or not any(close(d.value, f) for f in figures):
                    continue
            elif d.value is not None:
                continue  # a vague fact ("tens of thousands of GPUs"): a vague figure's drop
            if d.claim_type == ctype:
                rank = 3
            elif _FAMILY.get(d.claim_type, d.claim_type) == family:
                rank = 2
            elif d.claim_type == ANY_TYPE:
                rank = 1
            else:
                continue
            if best is None or rank >= best[0]:
                best = (rank, d.reason)
    return best[1] if best is not None else None


def _figures(fact: dict[str, Any]) -> list[float]:
    if fact["type"] in QUANTITY_CLAIM_TYPES:
        figures = [fact.get("quantity")]
    elif fact["type"] == "funding_round":
        figures = [fact.get("amount")]
    else:  # a valuation in USD, or in the currency the text states
        figures = [fact.get("valuation_usd"), fact.get("valuation")]
    return [f for f in figures if f is not None]


def _holds(t: SentenceTrace, fact: dict[str, Any]) -> bool:
    """The sentence holds the fact's figure (a vague one: any number)."""
    if fact["type"] == "build_duration":
        # annotated in days, written in weeks, months or years: the conversion is the rules'
        return bool(t.numbers)
    figures = _figures(fact)
    if not figures:
        return bool(t.numbers)  # "hundreds of thousands of GPUs": a vague amount
    if fact["type"] == "power_capacity":
        # annotated in MW, written in MW, GW or kW
        figures = [f * scale for f in figures for scale in _POWER_SCALES]
    return any(close(v, f) for v in t.numbers for f in figures)
