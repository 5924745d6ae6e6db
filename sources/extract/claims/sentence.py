"""The claims of one analysed sentence: each claim family proposes drafts
(:data:`FAMILIES`), then every draft gets its date and status and becomes a :class:`Claim`.

- Sentences that announce a correction ("an earlier version misstated ...") give no claims;
  under a condition ("if confirmed", "se confermata", "如果属实") only figures dated in the
  past stand.
- A sentence that opens by restating the figure before ("Das entspricht ...", "这相当于")
  keeps that figure's status.
"""

from __future__ import annotations

import re
from datetime import date

from sources.extract import lexicon as lx
from sources.extract.claim import Claim
from sources.extract.claims import drops as why
from sources.extract.claims.build_power import unit_claims
from sources.extract.claims.compute import chip_claims
from sources.extract.claims.context import Discourse, Doc, Draft, View, is_compared
from sources.extract.claims.drops import dropped, dropped_all
from sources.extract.claims.funding import (
    after_condition,
    in_condition,
    is_restatement,
    money_claims,
)
from sources.extract.phrases import is_letter
from sources.extract.status import Cue, own_statement, resolve_status
from sources.extract.timeref import TimeRef, is_future, resolve
from sources.registry import DEFAULT_STATUS, HELD_STATUS, MONEY_CLAIM_TYPES

# The claim families, in the order their claims are listed: each reads an analysed sentence
# and proposes drafts (a new claim type gets a family module here, see the README).
FAMILIES = (chip_claims, money_claims, unit_claims)


def sentence_claims(doc: Doc, view: View, disc: Discourse) -> list[Claim]:
    """The claims of one analysed sentence."""
    if view.has("correction", "definition"):
        dropped_all(view, why.ANY_TYPE, why.CORRECTION)
        return []  # a withdrawn figure; a term's definition ("万卡集群是指由一万张以上...")
    # under a condition ("if confirmed, the round would value it at ...") a figure is not
    # asserted, unless it is dated in the past ("..., estimée à 5,8 milliards en juin 2024")
    hypothetical = view.has("hypothetical")
    drafts = [draft for family in FAMILIES for draft in family(doc, view, disc)]
    claims: list[Claim] = []
    evidence = (doc.source or doc.text)[view.start : view.end]
    restated = disc.last_status[0] == view.index - 1 and _opens_restatement(doc, view)
    told_apart: set[int] = set()  # claims a relative clause tells as a fact of its own
    for d in drafts:
        # (the guess only matters to a time: most sentences have none)
        # (with the type's default: a site's power, planned unless a word says it runs, is
        # mostly dated ahead, "expandir para 1,5 gigawatts até abril" next April)
        planned_guess = bool(view.times) and resolve_status(view.ctx, d.type, d.anchor) == "planned"
        as_of, timed = _time_for(doc, view, disc, d.anchor, d.anchor_end, planned_guess)
        if (hypothetical or in_condition(view, d.anchor, doc.rules.condition_openers)) and not (
            timed and _before_publication(as_of, doc.published)
        ):
            figure = d.quantity if d.quantity is not None else d.amount
            dropped(view, figure, d.type, why.HYPOTHETICAL)
            continue
        status = resolve_status(
            view.ctx,
            d.type,
            d.anchor,
            future_time=is_future(as_of, doc.published),
            past_time=_dated_past(view, d, as_of, doc.published),
            future_in_clause=_dated_later(view, d, as_of, doc.published),
        )
        if d.current or (
            d.type == "valuation" and status == "reported" and _starts_a_change(view, d.anchor)
        ):
            # "from 100,000 to 200,000": 100,000 runs now; "從3億到40億美元的估值": the
            # valuation the change starts from is the known one
            status = HELD_STATUS[d.type]
        elif (
            status == "closed"
            and after_condition(view, d.anchor, doc.rules.condition_openers)
            and not _dated_past(view, d, as_of, doc.published)
            and not own_statement(view.ctx, d.anchor)
        ):
            # "Jika kesepakatan ini tercapai, OpenAI berpotensi memiliki valuasi ...": what a
            # deal still in talks would bring is part of the report of those talks
            status = "reported"
        if d.target and status != "reported":
            status = "planned"  # "above its initial $15B goal": the target was a plan
        if (
            status == "closed"
            and d.type == "funding_round"
            and (ceiling := _ceiling_of(doc, view, d.anchor)) is not None
            and not _bounds_a_round(view, ceiling)
        ):
            status = "planned"  # "investit jusqu'à 40 milliards": a commitment's ceiling
        elif (
            status == "operational"
            and d.type == "power_capacity"
            and _ceiling_of(doc, view, d.anchor) is not None
        ):
            status = "planned"  # "scalabile fino a 90 MW": a site's design capacity
        if (
            restated
            and status == DEFAULT_STATUS[d.type]
            and resolve_status(view.ctx, d.type, d.anchor, unmarked="") == ""
        ):
            status = disc.last_status[1]  # "Das entspricht ...": the figure before, restated
        if (
            status in ("reported", "planned")
            and not d.target
            and (is_compared(view, d.anchor) or _reference_clause(view, d.anchor))
        ):
            # "... to $350 billion, against $183 billion in September": the earlier figure
            # is a known fact, not part of the report or the plan
            status = HELD_STATUS[d.type]
        stated = status in ("operational", "closed", "reported")
        if as_of is None and not timed and doc.published is not None and stated:
            as_of = doc.published.isoformat()
        confidence = d.confidence - (0.05 if status == "reported" else 0.0)
        claims.append(
            Claim(
                type=d.type,
                subject=d.subject.name,
                owner=d.owner,
                chip_model=d.chip.name if d.chip is not None else None,
                scope=d.scope or None,
                quantity=d.quantity,
                quantity_high=d.quantity_high,
                qualifier=d.qualifier,
                amount=d.amount,
                amount_high=d.amount_high,
                currency=d.currency,
                amount_usd=d.amount_usd,
                valuation=d.valuation,
                valuation_currency=d.valuation_currency,
                valuation_usd=d.valuation_usd,
                valuation_basis=d.valuation_basis,
                status=status,
                as_of=as_of,
                evidence=evidence,
                start=view.start,
                end=view.end,
                language=doc.language,
                confidence=round(min(0.99, max(0.05, confidence)), 2),
                rule=f"{doc.rules.code}.{d.type}.{d.rule}",
            )
        )
        if status == "closed" and (
            own_statement(view.ctx, d.anchor)
            or (d.type == "valuation" and _starts_a_change(view, d.anchor))
        ):
            told_apart.add(len(claims) - 1)
        if d.chip is not None:
            disc.chip, disc.chip_sentence = d.chip, view.index
            disc.chip_subject = d.subject
        if d.type in ("funding_round", "valuation"):
            disc.funded = d.subject
    if claims and view.has("official") and view.ctx.kinds.isdisjoint(_HEARSAY_OR_PLAN):
        disc.announced.add(view.start)  # "Lambda announced Tuesday it raised $1.5 billion"
    if claims:
        _settle_valuation_plans(claims, disc)
        _follow_the_story_report(view, claims, disc, told_apart)
    elif view.money and view.has("reported", "reported_strong"):
        # "Sequoia hat Berichten zufolge 1,5 Milliarden Dollar in Anthropic investiert": an
        # investor's share is no claim, but the deal it belongs to is a report
        for m in view.entity_groups.get("company", ()):
            if m.entity.company_type not in ("investor", "chip_vendor"):
                disc.reported_money.setdefault(m.entity.name, view.index)
    counts = [d for d in drafts if d.type in ("cluster_size", "chip_holding")]
    if counts:
        # the count a later "die Zahl", "их число" refers to: the total, else a part
        d = next((d for d in counts if d.scope == "total"), counts[0])
        disc.count_subject, disc.count_chip, disc.count_sentence = d.subject, d.chip, view.index
    if view.money:
        disc.currency = view.money[-1].currency
    if claims:
        disc.last_status = (view.index, claims[-1].status)
    return claims


_OWN_STATUS = frozenset(
    ("planned", "reported", "reported_strong", "according", "report_verb", "official", "denied")
)
_HEARSAY_OR_PLAN = frozenset(("planned", "reported", "reported_strong", "talks", "denied"))
_PAST_OR_OTHER = frozenset(("funding_total", "comparison", "earlier", "current"))


def _follow_the_story_report(
    view: View, claims: list[Claim], disc: Discourse, told_apart: set[int] = frozenset()
) -> None:
    """A round or valuation stated flatly ("The valuation is around $20 billion") in a story
    that reports the company's deal (talks, hearsay) belongs to that report: reported. Not
    when the sentence has a status word or a time of its own, or a total or comparison, nor
    for a fact a relative clause tells of its own (``told_apart``: indexes in ``claims``)."""
    kinds = view.ctx.kinds
    flat = not view.times and kinds.isdisjoint(_OWN_STATUS) and kinds.isdisjoint(_PAST_OR_OTHER)
    for i, c in enumerate(claims):
        if c.type not in ("funding_round", "valuation"):
            continue
        if c.status == "reported":
            disc.reported_money[c.subject] = view.index
        elif (
            flat
            and c.status == "closed"
            and c.subject in disc.reported_money
            and i not in told_apart
        ):
            c.status = "reported"


def _reference_clause(view: View, anchor: int) -> bool:
    """The figure's clause compares it with a figure of an earlier clause ("..., что более чем
    вдвое превышает предварительную оценку в $113 млрд"): a comparison word before it in its
    clause, a figure before the clause, and no plan, report or talks word in the clause: the
    reference of the comparison is a known figure."""
    ctx = view.ctx
    if "comparison" not in ctx.kinds:
        return False
    start, end, _ = ctx.clause_of(anchor)
    if not ctx.has("comparison", start, anchor):
        return False
    if not any(f < start for f in ctx.figures):
        return False
    return not any(k in ctx.kinds and ctx.has(k, start, end) for k in _CLAUSE_OWN_HEDGE)


_CLAUSE_OWN_HEDGE = ("planned", "reported", "reported_strong", "talks", "according", "report_verb")


def _starts_a_change(view: View, anchor: int) -> bool:
    """The number at ``anchor`` is the start of a change ("from 3 to 4 billion")."""
    return any(n.role == "from" and n.lead <= anchor < n.end for n in view.nums)


def _ceiling_of(doc: Doc, view: View, anchor: int) -> Cue | None:
    """The ceiling word ("up to", "bis zu", "最大") right before the amount at ``anchor``: money
    not yet paid in, the most a commitment or a target may reach. Only a currency may stand
    between: with a word between, the word is a superlative of that word ("역대 최대 규모인
    250억 달러", "the largest ever, $25 billion"), not a bound of the amount."""
    # (an amount may start at the word: "jusqu'à 40 milliards")
    for c in view.kinds("ceiling"):
        if (
            c.start <= anchor
            and anchor - c.end <= CEILING_GAP
            and not _CEILING_GAP_WORD.search(doc.text, min(c.end, anchor), anchor)
        ):
            return c
    return None


def _bounds_a_round(view: View, ceiling: Cue) -> bool:
    """The ceiling word follows a round noun ("announced a Series C of up to $1.4 billion",
    "eine Finanzierungsrunde von bis zu 500 Millionen"): the bound gives the size of a round
    that was struck, not the most a commitment may pay in."""
    return any(0 <= ceiling.start - r.end <= ROUND_CEILING_GAP for r in view.kinds("round"))


CEILING_GAP = 6  # characters between a ceiling word and its amount ("até US$ 40")
ROUND_CEILING_GAP = 7  # characters between a round noun and the ceiling word (" of ", " von ")
# a word in that gap other than a currency code or sign ("US$", "R$", "USD")
_CEILING_GAP_WORD = re.compile(r"(?![A-Z]{1,3}\b|[A-Z]{1,2}\$)[^\W\d_]+")


def _settle_valuation_plans(claims: list[Claim], disc: Discourse) -> None:
    """A valuation in the future or the conditional ("would value it at", "würde ... erreichen",
    "pode levar a", "将升至") is the price of a deal: a talks figure (reported), unless the deal
    is a committed plan (an investor announcing it will invest), stated in the sentence or
    before it in the story; a round stated beside it gives its status."""
    for c in claims:
        if c.type == "funding_round":
            disc.round_status = (c.subject, c.status)
    for c in claims:
        if c.type != "valuation" or c.status != "planned":
            continue
        beside = next(
            (r.status for r in claims if r.type == "funding_round" and r.subject == c.subject),
            None,
        )
        if beside is None and disc.round_status[0] == c.subject:
            beside = disc.round_status[1]
        c.status = "planned" if beside == "planned" else beside or "reported"
        if c.status == "closed":
            c.status = "reported"


def _time_for(
    doc: Doc, view: View, disc: Discourse, lo: int, hi: int, planned: bool
) -> tuple[str | None, bool]:
    """(as_of, whether a time cue was found) for a figure spanning [lo, hi)."""
    if not view.times:
        return None, False
    c_start, c_end, _ = view.ctx.clause_of(lo)
    # "in the coming months" dates a plan, not a fact stated beside it
    refs = [t for t in view.times if planned or t.kind != "coming"]
    # "... насчитывает 200 тыс. GPU, а к концу года ... вырастет до 1 млн": a time in another
    # clause that has a figure of its own dates that figure
    # (an amount that only restates another in a second currency, or that a figure is
    # compared with, "the triple of the $61.5 billion", is no figure of its own)
    restated = view.not_figures
    if restated is None:
        restated = view.not_figures = {
            m.num.start
            for m in view.money
            if m.is_conversion or is_restatement(doc, view, m, disc) or is_compared(view, m.start)
        }
    refs = [t for t in refs if not _dates_other_figure(view, t, c_start, c_end, lo, hi, restated)]
    if not refs:
        return None, False

    def dist(t: TimeRef) -> float:
        d = t.start - hi if t.start >= hi else (lo - t.end if t.end <= lo else 0)
        return d * (1.0 if c_start <= t.start < c_end else 1.5)

    ref = min(refs, key=dist)
    if ref.kind == "coming":
        return None, True
    return resolve(ref, doc.published, planned=planned), True


def _dates_other_figure(
    view: View, t: TimeRef, c_start: int, c_end: int, lo: int, hi: int, skip: set[int]
) -> bool:
    if c_start <= t.start < c_end:
        return False
    t_start, t_end, _ = view.ctx.clause_of(t.start)
    t_start = _before_brackets(view, t_start)
    # the numbers of a time itself ("今年3月", "5月", "May 5") are no figure of their own
    return any(
        t_start <= f < t_end
        and not lo <= f < hi
        and f not in skip
        and not any(r.start <= f < r.end for r in view.times)
        for f in view.ctx.figures
    )


_BRACKETS = ("(", ")", "（", "）")  # pieces of a clause a bracket cuts off


def _before_brackets(view: View, clause_start: int) -> int:
    """Where the clause at ``clause_start`` begins once the bracket pieces that cut it are
    joined back ("... fino a 1,2 gigawatt (GW) entro il 2027": the time closes the clause of
    1.2 GW, not a clause of its own)."""
    clauses = view.ctx.clauses
    k = next((i for i, c in enumerate(clauses) if c[0] == clause_start), None)
    text = view.text
    while k and text[clauses[k][0] : clauses[k][0] + 1] in _BRACKETS:
        k -= 1
    return clause_start if k is None else clauses[k][0]


def _dated_later(view: View, d: Draft, as_of: str | None, published: date | None) -> bool:
    """The figure's own clause dates it after publication ("50MW diluncurkan pada 2027"): a
    running word there tells when it will run (the counterpart of :func:`_dated_past`)."""
    if not is_future(as_of, published):
        return False
    c_start, c_end, _ = view.ctx.clause_of(d.anchor)
    return any(c_start <= t.start < c_end for t in view.times)


def _dated_past(view: View, d: Draft, as_of: str | None, published: date | None) -> bool:
    """The figure's own clause dates it before publication ("raised $10 billion in July"):
    a plan word in another clause does not make it a plan."""
    ctx = view.ctx
    c_start, c_end, _ = ctx.clause_of(d.anchor)
    if (
        d.type in MONEY_CLAIM_TYPES
        and "earlier" in ctx.kinds
        and not ctx.has("planned", c_start, c_end)  # "此前設定的150億美元目標": a target
        and _told_earlier(view, c_start, c_end)
    ):
        return True
    if not _before_publication(as_of, published):
        return False
    if any(c_start <= t.start < c_end and t.kind != "coming" for t in view.times):
        return True
    # "... $40 млрд, собранным OpenAI в прошлом месяце": a clause right after the figure's,
    # with no figure and no status word of its own, that dates it
    after = next((c for c in ctx.clauses if c[0] == c_end), None)
    return (
        after is not None
        and d.type in MONEY_CLAIM_TYPES
        and not ctx.has("planned", c_start, c_end)
        and not any(after[0] <= f < after[1] for f in ctx.figures)
        and not any(ctx.has(k, after[0], after[1]) for k in _OWN_STATUS)
        and any(after[0] <= t.start < after[1] and t.kind != "coming" for t in view.times)
    )


def _told_earlier(view: View, c_start: int, c_end: int) -> bool:
    """An 'earlier' word ('back then', 'damals', '彼时') in the figure's clause or in the
    clause before it (bracket pieces between skipped) when that one has no figure: the
    figure is told as a past fact."""
    ctx = view.ctx
    if ctx.has("earlier", c_start, c_end):
        return True
    before = next((c for c in ctx.clauses if c[1] == c_start), None)
    while before is not None and view.text[before[0] : before[0] + 1] in _BRACKETS:
        before = next((c for c in ctx.clauses if c[1] == before[0]), None)
    return (
        before is not None
        and ctx.has("earlier", before[0], before[1])
        and not any(before[0] <= f < before[1] for f in ctx.figures)
    )


def _before_publication(as_of: str | None, published: date | None) -> bool:
    if as_of is None or published is None:
        return False
    return as_of < published.isoformat()[: len(as_of)]


def _opens_restatement(doc: Doc, view: View) -> bool:
    """The sentence opens with a demonstrative and an equivalence word ("Das entspricht",
    "This is equivalent to", "这相当于"): it restates the previous sentence's figure in other
    terms, so it keeps that figure's status (a plan restated is still a plan)."""
    low, start = doc.low, view.start
    if low[start : start + 1] in ("这", "這", "此"):
        word_end = start + 1
    else:
        word_end = start
        while word_end < view.end and is_letter(low[word_end]):
            word_end += 1
        if not 2 <= word_end - start <= 5:
            return False
    hit = doc.lex.starting_at(low, word_end, view.end, lx.EQUIV)
    if hit is None:
        # "This is equivalent to": one short copula between
        nxt = word_end
        while nxt < view.end and low[nxt] == " ":
            nxt += 1
        copula_end = nxt
        while copula_end < view.end and is_letter(low[copula_end]):
            copula_end += 1
        if not 1 <= copula_end - nxt <= 4:
            return False
        hit = doc.lex.starting_at(low, copula_end, view.end, lx.EQUIV)
    return hit is not None
