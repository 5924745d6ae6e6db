"""The money claims of a sentence: each amount with a round, investment or target role becomes
a ``funding_round`` draft with its raiser and, if the sentence states one, its valuation; each
valuation left over becomes a ``valuation`` draft. A round and a valuation in one sentence form
one funding_round claim. Which round two claims of an article share is :func:`same_round`.

Roles: :mod:`.roles`; raisers: :mod:`.raisers`; investees: :mod:`.investees`; lists and
"respectively": :mod:`.lists`; valuations: :mod:`.valuations`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sources.extract.claim import Claim
from sources.extract.claims import drops as why
from sources.extract.claims.context import Discourse, Doc, Draft, View
from sources.extract.claims.drops import dropped
from sources.extract.claims.funding.amounts import (
    asks,
    conditional,
    is_restatement,
    plausible,
    stated_usd,
)
from sources.extract.claims.funding.clauses import strong_clause
from sources.extract.claims.funding.investees import (
    invest_subject,
    investee_of,
    investors_offer,
    invests,
    new_tranche,
)
from sources.extract.claims.funding.lists import (
    joint_raisers,
    list_item_round,
    listed_shares,
    named_with,
    respective_pairs,
    valued_object,
)
from sources.extract.claims.funding.not_rounds import part_of_next
from sources.extract.claims.funding.raisers import (
    NO_ROUNDS,
    anaphor_before_named_after,
    former_employer,
    names_funded_newco,
    no_raiser,
    past_affiliation,
    round_for,
    round_for_anaphor,
    unknown_raiser,
    valuation_subject,
)
from sources.extract.claims.funding.roles import money_roles
from sources.extract.claims.funding.valuations import apart_in_time, private_value, valuation_basis
from sources.extract.claims.subjects import ANAPHOR, pick_company, story_raiser
from sources.extract.gazetteer import Entity
from sources.extract.money import Money, yuan_of

MIN_ROUND_USD = 100_000.0  # smaller "rounds" are prices or salaries, not a company's funding
MIN_VALUATION_USD = 1_000_000.0
_ROUND = "funding_round"  # the claim type a drop of an amount names


def money_claims(doc: Doc, view: View, disc: Discourse) -> list[Draft]:
    """The funding rounds and valuations of a sentence (see the module docstring)."""
    moneys = []
    for m in view.money:
        if m.is_conversion:
            continue  # the same amount in another currency
        if is_restatement(doc, view, m, disc):
            dropped(view, m.value, _ROUND, why.RESTATED)
        else:
            moneys.append(m)
    if not moneys:
        return []
    if asks(view):
        for m in moneys:
            dropped(view, m.value, _ROUND, why.QUESTION)
        return []  # "Can a $2 billion round be a seed?": a question asserts no amount
    if doc.rules.condition_openers:
        kept = []
        for m in moneys:
            if conditional(view, m, doc.rules.condition_openers):
                dropped(view, m.value, _ROUND, why.HYPOTHETICAL)
            else:
                kept.append(m)
        moneys = kept
    role_of = money_roles(view, moneys, disc, doc.rules)
    if "part_of" in view.ctx.kinds:
        disc.tranches.update(
            (m.value, m.currency) for m in moneys if m.value is not None and part_of_next(view, m)
        )
    if view.index in doc.round_items:
        for m in moneys:
            if not role_of[id(m)] and list_item_round(view, m):
                role_of[id(m)] = "round"
    rounds: list[tuple[Money, str]] = []
    vals: list[Money] = []
    for m in moneys:
        role = role_of[id(m)]
        if role in ("round", "invest", "target"):
            rounds.append((m, role))
        elif role == "valuation":
            if plausible(doc, m, MIN_VALUATION_USD):
                vals.append(m)
            else:
                dropped(view, m.value, "valuation", why.BELOW_MINIMUM)
    # an investment is no round of its own next to a round: "investors' parts of a round";
    # nor with "respectively" ("Microsoft and Nvidia will invest up to $5 billion and $10
    # billion respectively": each investor's share)
    # (next to a round: in the same strong clause; "A 完成130亿美元融资, 但 ... 微软将向A投资
    # 150亿美元" states two events)
    round_clauses = {strong_clause(view, m.start) for m, r in rounds if r == "round"}
    respectively = view.has("round", "respectively")
    kept_rounds = []
    for m, r in rounds:
        # "向Anthropic注资12.5亿美元，随后又追加40亿美元投资": a tranche named as new money
        # after a round is one more round, not a part of it
        if not (
            r in ("round", "target")
            or not (respectively or strong_clause(view, m.start) in round_clauses)
            or (r == "invest" and new_tranche(view, m))
        ):
            dropped(view, m.value, _ROUND, why.INVESTOR_SHARE)
        elif not plausible(doc, m, MIN_ROUND_USD):
            dropped(view, m.value, _ROUND, why.BELOW_MINIMUM)
        else:
            kept_rounds.append((m, r))
    rounds = kept_rounds
    if listed_shares(view, rounds, doc.rules):
        rounds = _without(view, rounds, lambda m, r: r == "invest", why.INVESTOR_SHARE)
    if view.has("funding_total") or view.has("companies_total"):
        # cumulative investments; but "another $4 billion ..., bringing its total to $8
        # billion": a tranche named as new is a round of its own
        rounds = _without(
            view, rounds, lambda m, r: r == "invest" and not new_tranche(view, m), why.CUMULATIVE
        )
    if disc.tranches:
        # "has already secured $686 million": the tranche named before, restated
        rounds = _without(
            view, rounds, lambda m, r: (m.value, m.currency) in disc.tranches, why.RESTATED
        )
    if (
        len(rounds) > 1
        and disc.rounds
        and view.ctx.kinds.isdisjoint(_NO_PARTS_KINDS)
        and _adds_up_to_a_round(rounds, disc.rounds)
        and all(_source_after(view, m) for m, _r in rounds)
    ):
        # "a $100 million round", then "$30 million from Hyundai, $20 million from Kia and $50
        # million from Samsung": the parts of the round stated before, each investor's share
        rounds = _without(view, rounds, lambda m, r: True, why.INVESTOR_SHARE)
    disc.rounds.update(
        (m.value, m.currency) for m, r in rounds if r == "round" and m.value is not None
    )
    if not rounds and not vals:
        return []
    pair_of = respective_pairs(view, moneys, rounds, vals, disc)
    basis = valuation_basis(view)
    # asked per amount below: whether the sentence names a person's role at all
    roles = doc.rules.names.person_roles
    low_sentence = doc.low[view.start : view.end]
    has_roles = bool(roles) and any(r in low_sentence for r in roles)
    drafts: list[Draft] = []
    used: set[int] = set()
    for money, role in rounds:
        if role == "invest":
            subject = invest_subject(view, money, disc, doc.rules)
            adj, rule, rank = 0.0, "money_invest", 0
            if subject is None and investors_offer(view, money):
                subject, rank = pick_company(view, money.start, "funding", disc)
                adj = -0.15 if rank >= ANAPHOR else 0.0
                if subject is not None and (rank == 2 or subject.backs_others):
                    # "Компания инвестировала $50 млн вместе с Sequoia": a co-investor
                    subject = None
        else:
            subject, rank = pick_company(view, money.start, "funding", disc)
            adj = -0.15 if rank >= ANAPHOR else 0.0
            rule = "money_target" if role == "target" else "money_raise"
            newco = unknown_raiser(doc, view, money.start, subject, rank)
            if newco is not None:
                subject, rank, adj = newco, 0, -0.05
            elif has_roles and (person := _persons_company(doc, view, disc, subject, rank, money)):
                subject, rank = person
                if subject is None:
                    dropped(view, money.value, _ROUND, why.EMPLOYER_ONLY)
                    continue
                adj = -0.15 if rank >= ANAPHOR else 0.0
            elif anaphor_before_named_after(view, subject, rank, money.start):
                # "这家...初创企业，获得3亿美元融资，凭借与腾讯的关系": the anaphor before the
                # amount is its subject, not the company a later clause names
                subject = disc.funded or disc.main_company()
                rank, adj = ANAPHOR, -0.15
            beneficiary = round_for(view, money, doc.rules)
            if beneficiary is not None:
                subject, rank, adj = beneficiary, 0, 0.0
            elif (subject is None or rank == 2) and round_for_anaphor(view, money, doc.rules):
                # "Sequoia is leading the $102 million round for the company": the story's
                subject = disc.funded or disc.main_company() or disc.chip_startup()
                rank, adj = ANAPHOR, -0.15
            if id(money) in pair_of:
                subject, rank, adj = pair_of[id(money)], 0, 0.0
            if rank == 2:
                subject = None  # an investor or a source is not raising the money
            # "ASML will invest €1.3 billion in Mistral AI, in a €1.7 billion round": the
            # round is the company the money goes into, not the investor named first
            investee = investee_of(view, doc.rules, money)
            if investee is not None:
                subject, adj = investee, 0.0
            elif subject is not None and invests(view, subject, money):
                # "Brisko menyuntikkan dana US$3 miliar ke startup AI miliknya": the company
                # named before an investing verb puts the money in; it raises nothing
                subject = invest_subject(view, money, disc, doc.rules)
                adj, rule = 0.0, "money_invest"
        if subject is not None and rank >= ANAPHOR and no_raiser(subject):
            # the story's company by default is a cloud giant named first as an investor
            # ("Nvidia, Google et Amazon ... investisseurs d'Acme. ... un tour de table
            # de 90 millions"): the round is the story's company that can raise
            subject = story_raiser(disc, view)
        if subject is None or subject.company_type in NO_ROUNDS:
            # a public tech giant invests or spends; it raises no round
            reason = why.CANNOT_RAISE if subject is not None else _nobody(rank)
            dropped(view, money.value, _ROUND, reason)
            continue
        if (
            role == "round"
            and rank == 0
            and not pair_of
            and len(rounds) == 1
            and joint_raisers(view, subject, money)
        ):
            dropped(view, money.value, _ROUND, why.JOINT)
            continue  # "Acme и стартап Kestrel ... получив финансирование": a joint sum
        val = None
        # a valuation of another company ("OpenAI ... à 500 milliards, et Anthropic vient de
        # lever 13 milliards") is not this round's
        candidates = [
            v
            for v in vals
            if id(v) not in used
            and (pair_of.get(id(v), v) is not None)  # an unknown list item's value
            and (pair_of.get(id(v)) or named_with(view, v) or valuation_subject(doc, view, v, disc))
            in (subject, None)
            and not apart_in_time(view, money, v)
        ]
        if candidates and role != "target":
            val = min(candidates, key=lambda v: abs(v.start - money.end))
            used.add(id(val))
            rule += "+valuation"
        drafts.append(
            Draft(
                "funding_round",
                subject,
                None,
                money.start,
                money.end,
                rule,
                0.85 + adj,
                scope="",
                qualifier=money.num.qualifier,
                amount=money.value,
                amount_high=money.num.high,
                currency=yuan_of(money, subject.country),
                amount_usd=stated_usd(money),
                valuation=val.value if val is not None else None,
                valuation_currency=yuan_of(val, subject.country) if val is not None else None,
                valuation_usd=stated_usd(val) if val is not None else None,
                valuation_basis=basis if val is not None else None,
                target=role == "target",
            )
        )
    for val in vals:
        if id(val) in used:
            continue
        if val.value is None:
            dropped(view, None, "valuation", why.VAGUE_VALUE)
            continue  # a vague valuation alone ("valued at billions") says no figure
        if id(val) in pair_of and pair_of[id(val)] is None:
            # "이들 기업은 600억 달러와 50억 달러의 기업가치": the value of a listed company
            # the gazetteer lacks
            dropped(view, val.value, "valuation", why.NO_SUBJECT)
            continue
        subject, rank = pick_company(view, val.start, "funding", disc)
        own = pair_of.get(id(val)) or named_with(view, val) or valued_object(view, val)
        if own is not None:
            subject, rank = own, 0
        else:
            newco = unknown_raiser(doc, view, val.start, subject, rank)
            if newco is not None:
                subject, rank = newco, 0
            elif subject is None and names_funded_newco(view, disc):
                # "la valutazione di Acme è salita a 3 miliardi": the company the
                # gazetteer lacks whose round the story gave, named again here
                subject, rank = disc.funded, 0
            elif has_roles and (person := _persons_company(doc, view, disc, subject, rank, val)):
                subject, rank = person
                if subject is None:
                    dropped(view, val.value, "valuation", why.EMPLOYER_ONLY)
                    continue
        if subject is not None and rank == ANAPHOR and no_raiser(subject):
            # "Elle vaut désormais 3 milliards": the same; a giant's own value stays its own
            subject = story_raiser(disc, view) or subject
        if subject is None or rank == 2:
            dropped(view, val.value, "valuation", _nobody(rank))
            continue
        if subject.listed and not private_value(view, subject):
            # a listed company's value is its market value, or the value of a deal it is
            # named in ("Nvidia agreed to lease servers ..., with a total value of $1.3bn")
            dropped(view, val.value, "valuation", why.LISTED_VALUE)
            continue
        usd = stated_usd(val)
        drafts.append(
            Draft(
                "valuation",
                subject,
                None,
                val.start,
                val.end,
                "money_valuation",
                0.8 - (0.15 if rank >= ANAPHOR else 0.0),
                scope="",
                qualifier=val.num.qualifier,
                amount=val.value,
                amount_high=val.num.high,
                currency=yuan_of(val, subject.country),
                amount_usd=usd,
                valuation=val.value,
                valuation_currency=yuan_of(val, subject.country),
                valuation_usd=usd,
                valuation_basis=basis,
            )
        )
    return drafts


def _persons_company(
    doc: Doc, view: View, disc: Discourse, subject: Entity | None, rank: int, money: Money
) -> tuple[Entity | None, int] | None:
    """(subject, rank) when the pick is a person's employer: the company the sentence names
    after a company noun ("former OpenAI CTO Murati ... for her startup Thinking Machines");
    else, for a former employer, the story's company if it is another ("Бывший технический
    директор OpenAI Мира Мурати привлекла 2 миллиарда" in a story of her start-up), else
    nobody (None as the subject). None when the pick is no person's employer."""
    other = past_affiliation(doc, view, subject, rank)
    if other is not None:
        return other, rank
    if subject is None or not former_employer(doc, view, subject, rank, money.start):
        return None
    main = disc.main_company()
    return (main, ANAPHOR) if main is not None and main != subject else (None, 2)


# a sentence of plans, targets or earlier rounds ("its first target of $10 million and a later
# one of $20 million", "it previously raised $40 million and $60 million") states no parts of a
# round, whatever its amounts add up to
_NO_PARTS_KINDS = frozenset(("planned", "prior_target", "target_met", "earlier"))
SUM_TOLERANCE = 0.005  # how far a sum of rounded amounts may miss the total it adds up to
SOURCE_REACH = 30  # characters from an amount to the name of who gave it ("$30 million from Kia")
_CAPITALISED = re.compile(r"\b[A-Z][\w&.-]+")  # a name the reference may lack


def _adds_up_to_a_round(rounds: list[tuple[Money, str]], stated: set[tuple[float, str]]) -> bool:
    """The amounts, all in one currency and none a target, add up to a round the story stated
    before."""
    currencies = {m.currency for m, _r in rounds}
    if len(currencies) != 1 or any(m.value is None or r == "target" for m, r in rounds):
        return False
    total = sum(m.value for m, _r in rounds)
    (currency,) = currencies
    return any(c == currency and abs(total - v) <= SUM_TOLERANCE * v for v, c in stated)


def _source_after(view: View, money: Money) -> bool:
    """A name right after the amount, before any other amount: who gave it ("30 milioni di
    dollari da Hyundai", "$20 million from Kia"; a company the reference lacks is still
    capitalised), not a raiser named before its own amount ("Aleph Alpha raised €500 million
    and Helsing raised €100 million": the last amount names nobody after it)."""
    nxt = min((m.start for m in view.money if m.start >= money.end), default=view.end)
    end = min(nxt, money.end + SOURCE_REACH)
    if any(money.end <= m.start < end for m in view.of_kind("company")):
        return True
    return _CAPITALISED.search(view.text, money.end, end) is not None


def _without(view: View, rounds: list, drop: Callable[[Money, str], bool], reason: str) -> list:
    """``rounds`` less those ``drop`` picks, recorded with ``reason`` for a trace."""
    kept = []
    for m, r in rounds:
        if drop(m, r):
            dropped(view, m.value, _ROUND, reason)
        else:
            kept.append((m, r))
    return kept


def _nobody(rank: int) -> str:
    """Why no raiser was found: only an investor or a source is named (rank 2), or nobody."""
    return why.INVESTOR_ONLY if rank == 2 else why.NO_SUBJECT


def same_round(claim: Claim) -> tuple:
    """What makes two funding_round claims of one article the same round, whatever the
    valuation stated with each: subject, amount and status."""
    return (
        claim.subject,
        claim.scope,
        claim.amount,
        claim.amount_high,
        claim.currency,
        claim.status,
    )
