"""What the extractor did with each sentence of a document, for finding why a fact was missed.

``extract(text, ..., trace=[])`` fills the list with one :class:`SentenceTrace` per sentence:
the numbers the number reader found in it, whether a cue word marked it, whether it was
analysed (a cue, and a name in it or before it), the names it holds and how many claims it
gave. The extractor itself never reads a trace; the real-news scorer
(:func:`sources.extract.realnews.run_benchmark`) uses it to split the misses where nothing of
the fact's type was read (:func:`why_nothing_read`).

Reading every sentence's numbers costs as much as the extraction itself, so a trace is only
built when asked for.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sources.extract.claim import Claim
from sources.extract.claims.context import Doc
from sources.extract.gazetteer import EntityMention
from sources.extract.numbers import find_numbers
from sources.registry import QUANTITY_CLAIM_TYPES

# why nothing of a fact's type was read, from the trace of its article, in the order of the
# extractor's own steps
NOTHING_READ_WHY = (
    "read as another type",  # a claim of another type carries the fact's figure
    "figure not in text",  # no sentence holds a number agreeing with the fact's figure
    "no cue word",  # a sentence holds the figure, but no cue word marks it
    "no name",  # a cue marks it, but nobody is named in it or before it: it was not analysed
    "read, no claim",  # the sentence was analysed; the rules kept nothing of the fact's type
)
TOLERANCE = 0.01  # as the scorer's
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


def sentence_traces(
    doc: Doc,
    sentences: Sequence[tuple[int, int]],
    cued: Collection[int],
    by_sentence: Mapping[int, Sequence[EntityMention]],
    analysed: Collection[int],
    claims: Sequence[Claim],
) -> list[SentenceTrace]:
    """The trace of every sentence of ``doc`` (``cued``: the sentences a cue word marked;
    ``analysed``: those the claim rules read)."""
    per_start: dict[int, int] = {}
    for c in claims:
        per_start[c.start] = per_start.get(c.start, 0) + 1
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
            )
        )
    return traces


def why_nothing_read(
    fact: dict[str, Any], trace: list[SentenceTrace], predictions: Sequence[dict[str, Any]]
) -> str:
    """Which of ``NOTHING_READ_WHY`` explains a fact of which no claim of its type was read,
    given its article's trace and claims (``predictions``, as dicts)."""
    figures = _figures(fact)
    for p in predictions:
        read = (p.get("quantity"), p.get("amount"), p.get("valuation"), p.get("valuation_usd"))
        if any(v is not None and _close(v, f) for v in read for f in figures):
            return "read as another type"  # "chip_holding" for a cluster's size, ...
    holding = [t for t in trace if _holds(t, fact)]
    if not holding:
        return "figure not in text"
    if any(t.analysed for t in holding):
        return "read, no claim"
    if any(t.cue for t in holding):
        return "no name"
    return "no cue word"


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
    return any(_close(v, f) for v in t.numbers for f in figures)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))
