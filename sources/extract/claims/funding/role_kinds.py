"""The role each cue kind gives the money amount nearest to it: a round, a valuation, an
investment, a superseded target, or nothing (``skip``: a cost, revenue, a fund's size, ...).
One table, read by every module of the package that asks what a cue word makes of an amount.
"""

from __future__ import annotations

# the role a cue word gives the amount nearest to it ("skip": the amount is no claim)
ROLE_KINDS = {
    "raise": "round",
    "round": "round",
    "valuation": "valuation",
    "valuation_post": "valuation",
    "valuation_pre": "valuation",
    "investment": "invest",
    "cost": "skip",
    "revenue": "skip",
    "market_cap": "skip",
    "programme": "skip",
    "fund_size": "skip",
    "share_sale": "skip",
    "per_unit": "skip",
    "funding_total": "skip",
    "already_raised": "round",  # a raise verb; not_a_round tells a running total
    "companies_total": "skip",
    # "above its initial $15 billion target": the superseded target is a planned round
    "prior_target": "target",
    "debt": "skip",
}

ROLE_ORDER = {"skip": 0, "target": 0, "valuation": 1, "round": 2, "invest": 2}

VALUATION_KINDS = frozenset(k for k, role in ROLE_KINDS.items() if role == "valuation")
AMOUNT_ROLE_KINDS = frozenset(  # the cue kinds that make an amount a round or a valuation
    k for k, role in ROLE_KINDS.items() if role in ("round", "valuation", "invest", "target")
)
