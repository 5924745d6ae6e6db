"""Why a claim family dropped a figure it considered: the one registry of reasons, and the
helper each drop point calls (:func:`dropped`).

A drop is only recorded when a trace is asked for (``extract(..., trace=[])``): the sentence's
:class:`View` then carries the document's list of drops, else None and :func:`dropped` returns at
once. Recording never changes a claim. The reasons name what the rule decides about the figure,
not the function deciding it; :mod:`sources.extract.trace` reports them for the figures of missed
facts ("read, dropped: no subject").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sources.extract.claims.context import View

# the sentence as a whole
QUESTION = "a question"
CORRECTION = "a correction or a definition"
HYPOTHETICAL = "hypothetical (under a condition)"
REQUIREMENT = "a requirement or threshold"
RESTATED = "restates a figure stated before"
COMPARED = "a figure compared with, not the claim's"
NO_SUBJECT = "no subject"
INVESTOR_ONLY = "only an investor or a source is named"
EMPLOYER_ONLY = "only a person's former employer is named (their new company is not)"

# chip counts
COUNT_RANGE = "outside the range of a chip count"
EARLIER_FROM = "a starting figure with no growth verb"
CODE = "a code or a ticker, not a count"
NO_CHIP_WORD = "no chip word near the count (nor a growth verb and target)"
NO_COUNT_BEFORE = "a target with no count before it to continue"
EQUIVALENT = "a yardstick (chip equivalents)"
INCREMENT = "an increment, not a size"
OTHER_COUNT = "counts something else (a unit, pods, CPUs, cores, chips per server)"
PURCHASE = "a purchase, not a holding"
SPENT_ON = "money spent on chips, not a count"

# build durations and power capacities
DEFINITION = "what a unit amounts to (a definition)"
NO_BUILD_WORD = "no build word near the duration"
DURATION_RANGE = "outside the range of a build time"
HORIZON = "a spending horizon, not a build time"
BECOME = "the time to become something, not a build time"
ELAPSED = "a time since or ago, not a build time"
VALUE_GROWTH = "the time a company's value took to grow, not a build time"
BELOW_MIN_POWER = "below the minimum power (a machine's draw)"
PER_ITEM = "one item's power (each, per rack, per turbine)"
STORAGE = "a battery's power"
SEVERAL_SITES = "a sum of several sites with no company"
GENERIC = "sites in general (a habitual or generic word)"
MARKET_POWER = "a market's or an industry's capacity, no named site or company"

# money
NO_ROLE = "no role word near the amount"
PART = "a part/tranche/total, not a round"
TRANCHE_NEXT = "a tranche of a round stated next"
THING_RAISES = "money raised for a project, not by a company"
DEBT = "debt, not equity"
VALUED_THING = "the value of a thing, not of a company"
INVESTOR_SHARE = "an investor's share of a round"
CUMULATIVE = "a cumulative total, not a round"
BELOW_MINIMUM = "below minimum amount"
CANNOT_RAISE = "subject cannot raise (public company)"
JOINT = "a joint sum of several raisers"
LISTED_VALUE = "a listed company's market value"
VAGUE_VALUE = "a vague valuation with no round beside it"

# the reason an amount has when the cue word nearest to it gives no claim
SKIP_REASONS = {
    "cost": "a cost or spending",
    "revenue": "revenue",
    "market_cap": "a market value",
    "programme": "a programme's budget",
    "fund_size": "an investor's fund",
    "share_sale": "a share sale",
    "per_unit": "a price per unit",
    "funding_total": CUMULATIVE,
    "companies_total": CUMULATIVE,
    "debt": DEBT,
}

REASONS = tuple(
    dict.fromkeys(
        [v for k, v in globals().items() if k.isupper() and isinstance(v, str)]
        + list(SKIP_REASONS.values())
    )
)  # every reason, for the README and the tests

ANY_TYPE = "*"  # a drop of the whole sentence, whatever the claim type


@dataclass(frozen=True, slots=True)
class Drop:
    """A figure a claim family considered and dropped: the start of its sentence, the figure
    (None for a vague one), the claim type considered and the reason (one of ``REASONS``)."""

    start: int
    value: float | None
    claim_type: str
    reason: str


def dropped(view: View, value: float | None, claim_type: str, reason: str) -> None:
    """Record that the rules dropped ``value`` as a ``claim_type`` in ``view``'s sentence, when
    a trace is asked for."""
    if view.drops is not None:
        view.drops.append(Drop(view.start, value, claim_type, reason))


def dropped_all(view: View, claim_type: str, reason: str) -> None:
    """Record a drop of every number of the sentence (a question, a correction), when a trace
    is asked for."""
    if view.drops is not None:
        view.drops.extend(
            Drop(view.start, n.value, claim_type, reason) for n in view.nums if not n.year
        )
