"""The claim record: what the extractor outputs for one fact stated in one sentence."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


# not frozen: a frozen __init__ sets each of the 24 fields through object.__setattr__, ~2 us
# per claim on the extractor's hot path; nothing changes a claim once it is made
@dataclass(slots=True)
class Claim:
    """One claim; field meanings are those of the claim record (see the project README).
    ``type``, ``status``, ``qualifier`` and ``scope`` take the values listed in
    :mod:`sources.registry`.

    Amounts are as the text states them: ``amount``/``currency`` (a valuation claim's
    amount is the valuation) and ``valuation``/``valuation_currency``; ``amount_usd`` and
    ``valuation_usd`` only when the text itself gives them in US dollars (the amount is in
    dollars, or the article adds its own dollar figure). The extractor converts nothing: dbt
    turns amounts into USD at the claim's date (``int_claims_normalized``).

    ``quantity`` counts chips for ``cluster_size``/``chip_holding``, days for
    ``build_duration`` and megawatts for ``power_capacity``. ``start``/``end`` index the
    evidence sentence in the original document text, so ``text[start:end] == evidence``.
    """

    type: str
    subject: str
    owner: str | None
    chip_model: str | None
    scope: str | None
    quantity: float | None
    quantity_high: float | None
    qualifier: str
    amount: float | None
    amount_high: float | None
    currency: str | None
    amount_usd: float | None
    valuation: float | None
    valuation_currency: str | None
    valuation_usd: float | None
    valuation_basis: str | None
    status: str
    as_of: str | None
    evidence: str
    start: int
    end: int
    language: str
    confidence: float
    rule: str

    def to_dict(self) -> dict[str, Any]:
        """The claim as a plain dict (field order preserved)."""
        # not dataclasses.asdict: it deep-copies every value, ~20x slower for flat records
        return {name: getattr(self, name) for name in CLAIM_FIELDS}


CLAIM_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Claim))
