"""Money claims: funding rounds and valuations (``funding_round``, ``valuation``).

Where to find what (one idea per module; subjects in general: :mod:`..subjects`, money claims
have no owner):

- :mod:`.rounds`: the drafts of a sentence, each amount with its raiser and valuation
  (:func:`money_claims`), and what makes two claims one round (:func:`same_round`);
- :mod:`.amounts`: which amounts a sentence asserts (elided currencies, questions,
  conditions, restatements, floors);
- :mod:`.roles`: the role each amount takes from the cue words near it (round, investment,
  valuation, target or nothing);
- :mod:`.role_kinds`: the table of the role each cue kind gives;
- :mod:`.valuations`: which value word an amount takes, and values that are no company's;
- :mod:`.not_rounds`: totals, parts, tranches, investors' shares, debt and project finance;
- :mod:`.investees`: who puts money into whom ("X invested $N in Y" is Y's round);
- :mod:`.raisers`: who raises a round when the general subject pick would miss it;
- :mod:`.lists`: lists of rounds, "respectively" pairs, listed shares and joint raisers;
- :mod:`.clauses`: the strong clauses (between semicolons) a role reaches across.
"""

from sources.extract.claims.funding.amounts import (
    after_condition,
    elided_money,
    in_condition,
    is_restatement,
)
from sources.extract.claims.funding.lists import round_list_items
from sources.extract.claims.funding.rounds import money_claims, same_round
from sources.extract.claims.funding.valuations import fill_valuation

__all__ = [
    "after_condition",
    "elided_money",
    "fill_valuation",
    "in_condition",
    "is_restatement",
    "money_claims",
    "round_list_items",
    "same_round",
]
