"""Money claims: funding rounds and valuations (``funding_round``, ``valuation``).

- Each money amount takes the role of the cue word nearest to it: a raise/round word makes
  it a funding round, a valuation word a valuation, a cost, revenue, market-cap, programme or
  per-unit word nothing; a cumulative-total word in its clause ("so far", "insgesamt") makes
  it no round. A round and a valuation in one sentence form one funding_round claim. An
  amount with a scale word but no currency next to a round or valuation word takes the
  currency of the amount before it ("6.600 millones", after "40.000 millones de dólares").
- "X invested $N in Y" is Y's round, unless the sentence also states the round itself (then
  it is X's part of it), or gives each investor's share ("respectively", "jeweils", "分别").
  The company receiving the money may be marked before the amount ("in Anthropic",
  "向Anthropic", "アンソロピックに"). An amount named as new money ("another $4 billion",
  "supplémentaires", "追加") is a round even when the sentence goes on to a running total
  ("bringing its total to $8 billion"); a total cue covers the amount nearest to it, except
  the size of one round ("eine Finanzierungsrunde von insgesamt 500 Millionen").
- An initial target the round overtook ("meta anterior de US$ 15 bilhões", "exceeding its
  target of $15 billion") is a planned round of its own, not the round's amount (the
  annotation guide: a target the round beat is a fact, `planned`).
- No round: the components of a round ("besteht aus drei Komponenten: ..."), money a tech
  giant is the subject of, and an amount under a condition ("se captar os US$ 15 bilhões").

Subjects: :mod:`sources.extract.claims.subjects` (money claims have no owner).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from itertools import pairwise

from sources.extract.claim import Claim
from sources.extract.claims.context import (
    OPENING_CHARS,
    WORD,
    Discourse,
    Doc,
    Draft,
    View,
    adverb_not_comparison,
    is_compared,
    is_requirement,
)
from sources.extract.claims.newco import (
    coordinated,
    insertion_end,
    label_gap,
    opens_clause,
    opens_item,
    unknown_company,
    unknown_investee,
    unknown_investee_before,
)
from sources.extract.claims.subjects import ANAPHOR, pick_company, story_raiser, subject_rank
from sources.extract.gazetteer import BACKER_TYPES, Entity, EntityMention
from sources.extract.money import Money
from sources.extract.numbers import Num
from sources.extract.phrases import is_letter
from sources.extract.rules import RAISING_CUES, LanguageRules
from sources.extract.status import Cue

ROLE_WINDOW = 90  # a money amount's role cue must be this close
CLAUSE_PENALTY = 12  # a role cue across a clause break counts as this much farther
ELLIPSIS_WINDOW = 30  # a currency-less amount needs a round/valuation word this close
MIN_ROUND_USD = 100_000.0  # smaller "rounds" are prices or salaries, not a company's funding
MIN_VALUATION_USD = 1_000_000.0
_STRONG_BREAK = re.compile(r"[;；]")
# nothing but spaces or a bracket (a conversion) between an amount and the word after it
_BARE_OR_BRACKET = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）])?\s*")
_LINKED_NOUN = re.compile(
    r"\s+(?:de|of|di|d'|d’|des|del|dari|von)\s+[^\W\d_]", re.IGNORECASE
)  # "100 millones de usuarios": the scale word counts something else
# the role a cue word gives the amount nearest to it ("skip": the amount is no claim)
_ROLE_KINDS = {
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
    "companies_total": "skip",
    # "above its initial $15 billion target": the superseded target is a planned round
    "prior_target": "target",
    "debt": "skip",
}
# between a value noun and its amount: one short linking word ("of", "de", "von", "sebesar")
_COMPLEMENT_GAP = re.compile(r"\s*(?:[^\W\d_]{1,7}\s*)?")
# an adjective between the value noun and its complement ("avaliação inédita de US$ 500
# bilhões", "valutazione record di"): one lower-case word, then the preposition
_ADJECTIVE_GAP = re.compile(r"\s+[a-zà-öø-ÿа-яё]{3,12}\s+[^\W\d_]{1,3}\s*")
_ROLE_ORDER = {"skip": 0, "target": 0, "valuation": 1, "round": 2, "invest": 2}
_NO_ROUNDS = frozenset(("hyperscaler",))  # company types that raise no funding round
_VALUATION_KINDS = frozenset(k for k, role in _ROLE_KINDS.items() if role == "valuation")
_AMOUNT_ROLE_KINDS = frozenset(  # the cue kinds that make an amount a round or a valuation
    k for k, role in _ROLE_KINDS.items() if role in ("round", "valuation", "invest", "target")
)


def money_claims(doc: Doc, view: View, disc: Discourse) -> list[Draft]:
    """The funding rounds and valuations of a sentence (see the module docstring)."""
    moneys = [m for m in view.money if not m.is_conversion and not is_restatement(doc, view, m)]
    if not moneys or _asks(view):
        return []  # "Can a $2 billion round be a seed?": a question asserts no amount
    if doc.rules.condition_openers:
        moneys = [m for m in moneys if not _conditional(view, m, doc.rules.condition_openers)]
    role_of = money_roles(view, moneys, disc, doc.rules)
    if "part_of" in view.ctx.kinds:
        disc.tranches.update(
            (m.value, m.currency) for m in moneys if m.value is not None and _part_of_next(view, m)
        )
    if view.index in doc.round_items:
        for m in moneys:
            if not role_of[id(m)] and _list_item_round(view, m):
                role_of[id(m)] = "round"
    rounds: list[tuple[Money, str]] = []
    vals: list[Money] = []
    for m in moneys:
        role = role_of[id(m)]
        if role in ("round", "invest", "target"):
            rounds.append((m, role))
        elif role == "valuation" and _plausible(doc, m, MIN_VALUATION_USD):
            vals.append(m)
    # an investment is no round of its own next to a round: "investors' parts of a round";
    # nor with "respectively" ("Microsoft and Nvidia will invest up to $5 billion and $10
    # billion respectively": each investor's share)
    # (next to a round: in the same strong clause; "A 完成130亿美元融资, 但 ... 微软将向A投资
    # 150亿美元" states two events)
    round_clauses = {_strong_clause(view, m.start) for m, r in rounds if r == "round"}
    respectively = view.has("round", "respectively")
    rounds = [
        (m, r)
        for m, r in rounds
        # "向Anthropic注资12.5亿美元，随后又追加40亿美元投资": a tranche named as new money
        # after a round is one more round, not a part of it
        if (
            r in ("round", "target")
            or not (respectively or _strong_clause(view, m.start) in round_clauses)
            or (r == "invest" and _new_tranche(view, m))
        )
        and _plausible(doc, m, MIN_ROUND_USD)
    ]
    if _listed_shares(view, rounds, doc.rules):
        rounds = [(m, r) for m, r in rounds if r != "invest"]
    if view.has("funding_total") or view.has("companies_total"):
        # cumulative investments; but "another $4 billion ..., bringing its total to $8
        # billion": a tranche named as new is a round of its own
        rounds = [(m, r) for m, r in rounds if r != "invest" or _new_tranche(view, m)]
    if disc.tranches:
        # "has already secured $686 million": the tranche named before, restated
        rounds = [(m, r) for m, r in rounds if (m.value, m.currency) not in disc.tranches]
    if not rounds and not vals:
        return []
    pair_of = _respective_pairs(view, moneys, rounds, vals, disc)
    basis = _basis(view)
    # asked per amount below: whether the sentence names a person's role at all
    roles = doc.rules.names.person_roles
    low_sentence = doc.low[view.start : view.end]
    has_roles = bool(roles) and any(r in low_sentence for r in roles)
    drafts: list[Draft] = []
    used: set[int] = set()
    for money, role in rounds:
        if role == "invest":
            subject = _invest_subject(view, money, disc, doc.rules)
            adj, rule, rank = 0.0, "money_invest", 0
        else:
            subject, rank = pick_company(view, money.start, "funding", disc)
            adj = -0.15 if rank >= ANAPHOR else 0.0
            rule = "money_target" if role == "target" else "money_raise"
            newco = _unknown_raiser(doc, view, money.start, subject, rank)
            if newco is not None:
                subject, rank, adj = newco, 0, -0.05
            elif has_roles and (other := _past_affiliation(doc, view, subject, rank)) is not None:
                subject = other  # "former OpenAI CTO Murati ... for her startup Thinking Machines"
            elif _anaphor_before_named_after(view, subject, rank, money.start):
                # "这家...初创企业，获得3亿美元融资，凭借与腾讯的关系": the anaphor before the
                # amount is its subject, not the company a later clause names
                subject = disc.funded or disc.main_company()
                rank, adj = ANAPHOR, -0.15
            beneficiary = _round_for(view, money, doc.rules)
            if beneficiary is not None:
                subject, rank, adj = beneficiary, 0, 0.0
            if id(money) in pair_of:
                subject, rank, adj = pair_of[id(money)], 0, 0.0
            if rank == 2:
                subject = None  # an investor or a source is not raising the money
            # "ASML will invest €1.3 billion in Mistral AI, in a €1.7 billion round": the
            # round is the company the money goes into, not the investor named first
            investee = _marked_investee(view, doc.rules)
            if investee is not None:
                subject, adj = investee, 0.0
            elif subject is not None and _invests(view, subject, money):
                # "Brisko menyuntikkan dana US$3 miliar ke startup AI miliknya": the company
                # named before an investing verb puts the money in; it raises nothing
                subject = _invest_subject(view, money, disc, doc.rules)
                adj, rule = 0.0, "money_invest"
        if subject is not None and rank >= ANAPHOR and _no_raiser(subject):
            # the story's company by default is a cloud giant named first as an investor
            # ("Nvidia, Google et Amazon ... investisseurs d'Acme. ... un tour de table
            # de 90 millions"): the round is the story's company that can raise
            subject = story_raiser(disc)
        if subject is None or subject.company_type in _NO_ROUNDS:
            continue  # a public tech giant invests or spends; it raises no round
        if (
            role == "round"
            and rank == 0
            and not pair_of
            and len(rounds) == 1
            and _joint_raisers(view, subject, money)
        ):
            continue  # "Acme и стартап Kestrel ... получив финансирование": a joint sum
        val = None
        # a valuation of another company ("OpenAI ... à 500 milliards, et Anthropic vient de
        # lever 13 milliards") is not this round's
        candidates = [
            v
            for v in vals
            if id(v) not in used
            and (
                pair_of.get(id(v)) or _named_with(view, v) or _valuation_subject(doc, view, v, disc)
            )
            in (subject, None)
            and not _apart_in_time(view, money, v)
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
                currency=money.currency,
                amount_usd=_stated_usd(money),
                valuation=val.value if val is not None else None,
                valuation_currency=val.currency if val is not None else None,
                valuation_usd=_stated_usd(val) if val is not None else None,
                valuation_basis=basis if val is not None else None,
                target=role == "target",
            )
        )
    for val in vals:
        if id(val) in used or val.value is None:
            continue  # a vague valuation alone ("valued at billions") says no figure
        subject, rank = pick_company(view, val.start, "funding", disc)
        own = pair_of.get(id(val)) or _named_with(view, val)
        if own is not None:
            subject, rank = own, 0
        else:
            newco = _unknown_raiser(doc, view, val.start, subject, rank)
            if newco is not None:
                subject, rank = newco, 0
            elif subject is None and _names_funded_newco(view, disc):
                # "la valutazione di Acme è salita a 3 miliardi": the company the
                # gazetteer lacks whose round the story gave, named again here
                subject, rank = disc.funded, 0
        if subject is not None and rank == ANAPHOR and _no_raiser(subject):
            # "Elle vaut désormais 3 milliards": the same; a giant's own value stays its own
            subject = story_raiser(disc) or subject
        if subject is None or rank == 2 or (subject.listed and not _private_value(view, subject)):
            # a listed company's value is its market value, or the value of a deal it is
            # named in ("Nvidia agreed to lease servers ..., with a total value of $1.3bn")
            continue
        usd = _stated_usd(val)
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
                currency=val.currency,
                amount_usd=usd,
                valuation=val.value,
                valuation_currency=val.currency,
                valuation_usd=usd,
                valuation_basis=basis,
            )
        )
    return drafts


# a list item: an optional bullet or number ("1."), a name with no digit, a dash or colon,
# then the amount
_LIST_ITEM = re.compile(
    r"(?:[-–—•*·]|\d{1,2}[.)])?\s*[^\W\d][^\d:;\n]{0,60}?(?:\s[-–—]|\s?[:：])\s*\S{0,4}\d"
)
_LIST_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")
_LIST_HEAD = re.compile(r"[:：]\s*\n")
LIST_ITEM_CHARS = 160  # an item is a line of a list, not a paragraph


def round_list_items(
    text: str,
    sentences: list[tuple[int, int]],
    starts: list[int],
    first_money_word: int,
    other_word: Callable[[int], bool],
) -> set[int]:
    """The sentences that are items of a list of rounds: short lines, each a name, a dash or
    colon and an amount ("Quantel - $2,7 млрд;", "- Kestrel : 6 Md$ en juin"), after
    a line ending in a colon, in a story that has spoken of raising money before or in that
    line (``first_money_word``: the offset of its first raising or round word, "Les stars qui
    ont levé plusieurs fois / Certains ... :") and whose line names no other kind of money
    (``other_word(i)``: costs, revenue, spending). An item needs no money word of its own: the
    list's opening gives its amounts the role of rounds (:func:`money_claims`). ``starts``:
    the sentences' start offsets."""
    items: set[int] = set()
    # only the lines that end in a colon are looked at (a regex scan, not a loop per sentence)
    for head in _LIST_HEAD.finditer(text, first_money_word):
        i = bisect.bisect_right(starts, head.start()) - 1
        if i < 0 or i in items:
            continue
        e = sentences[i][1]
        if head.start() >= e or text[head.start() + 1 : e].strip() or other_word(i):
            continue
        k = i + 1
        while k < len(sentences):
            ks, ke = sentences[k]
            if _LIST_NUMBER.fullmatch(text, ks, ke):
                k += 1  # "1." cut off as a sentence of its own
                continue
            if ke - ks > LIST_ITEM_CHARS or not _LIST_ITEM.match(text, ks, ke):
                break
            items.add(k)
            k += 1
    return items


def _list_item_round(view: View, money: Money) -> bool:
    """An amount of a list item with no role of its own is a round when a company the sentence
    names stands before it (the item's head): "Scale AI - $14,3 млрд;"."""
    return any(m.end <= money.start for m in view.of_kind("company"))


_PRIVATE_TYPES = frozenset(("ai_lab", "neocloud"))  # listed late, after years of rounds


def _private_value(view: View, company: Entity) -> bool:
    """A listed lab's or cloud's value set by a funding round the sentence names ("a mega
    funding round valuing the GPU cloud company at $19 billion", before CoreWeave's listing):
    a round's valuation, not a market value (the reference data has no listing date)."""
    return company.company_type in _PRIVATE_TYPES and view.has("round", "raise")


def _listed_shares(view: View, rounds: list[tuple[Money, str]], rules: LanguageRules) -> bool:
    """The sentence gives investments one by one to different named investors ("Nvidia will
    put up to $20 billion into OpenAI, Amazon $10 billion or more"): each is an investor's
    share of a round, not a round. Two tranches of one investor ("put $1.25 billion into
    Anthropic, then another $4 billion") are not listed shares."""
    invest = [m for m, r in rounds if r == "invest"]
    if len(invest) < 2:
        return False
    givers: set[str] = set()
    lo = view.start
    for money in invest:
        named = [
            m.entity.name
            for m in view.of_kind("company")
            if lo <= m.start < money.start and not _investee_marked(view, m, rules)
        ]
        if not named or named[-1] in givers:
            return False
        givers.add(named[-1])
        lo = money.end
    return True


def _asks(view: View) -> bool:
    """The sentence is a question."""
    return view.text[view.start : view.end].rstrip(OPENING_CHARS + ")").endswith(("?", "？"))


def _conditional(view: View, money: Money, openers: tuple[str, ...]) -> bool:
    """An amount inside the condition that opens the sentence ("Jika Murati berhasil
    mengumpulkan $1 miliar, ...", "If it raises $5 billion, ..."): the clause up to the
    first comma. What the main clause says may be a fact it is weighed against ("Si ce tour
    se concrétise, il serait le plus important depuis la levée de 6,6 Md$ d'OpenAI")."""
    head = view.text[view.start : money.start].lstrip(OPENING_CHARS)
    low = head[:12].lower()
    word = next(
        (
            w
            for w in openers
            if low.startswith(w) and (view.cjk or not is_letter(low[len(w) : len(w) + 1] or " "))
        ),
        None,
    )
    if word is None:
        return False
    return not any(ch in head[len(word) :] for ch in ",，、:;：；")


def after_condition(view: View, anchor: int, openers: tuple[str, ...]) -> bool:
    """The figure at ``anchor`` is in the main clause after a condition that opens the sentence
    ("Jika kesepakatan ini tercapai, OpenAI berpotensi memiliki valuasi ...", "Wenn der
    Abschluss gelingt, steigt die Bewertung auf ..."): what the deal would bring, not a fact."""
    if not openers:
        return False
    head = view.text[view.start : anchor].lstrip(OPENING_CHARS)
    low = head[:12].lower()
    for w in openers:
        if low.startswith(w) and (view.cjk or not is_letter(low[len(w) : len(w) + 1] or " ")):
            # the first clause after the condition only: a later one may compare with a known
            # figure ("..., 僅次于OpenAI(約3000億美元)") or go back in time (": In 2024, ...")
            main = _MAIN_AFTER_CONDITION.fullmatch(head, len(w))
            return main is not None
    return False


_MAIN_AFTER_CONDITION = re.compile(r"[^,，、:;：；(（]*[,，、][^,，、:;：；(（]*")


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


def respective_names(view: View, moneys: list[Money]) -> list[Entity]:
    """The companies a "respectively" sentence lists before its amounts, in order ("Anthropic
    and Mistral AI raised $4 billion and $600 million respectively", "A과 B가 각각 ...",
    "A和B分别获得..."): two or more that could raise a round (no investor, chip vendor or
    cloud giant, none named as a source); empty without such a list."""
    if not moneys or not view.kinds("respectively"):
        return []
    first = moneys[0].start
    names: list[Entity] = []
    # a chip maker raises too ("Quantel and Brisko raised ... respectively"): only without a
    # raising word is a chip vendor a backer
    raising = bool(view.kinds("raise"))
    for m in view.of_kind("company"):
        if m.end > first:
            break
        kind = m.entity.company_type
        if (kind in BACKER_TYPES and not (raising and kind == "chip_vendor")) or kind in _NO_ROUNDS:
            return []  # "Microsoft and Nvidia will invest $5bn and $10bn respectively": backers
        if subject_rank(view, m, "funding", True) >= 2:
            continue
        if all(n.name != m.entity.name for n in names):
            names.append(m.entity)
    return names if len(names) >= 2 else []


_CJK_AND = frozenset(("와", "과", "및", "と", "和", "及", "与", "與", "、"))
JOINT_GAP = 24  # characters between two coordinated raisers ("Acme и стартап Kestrel")


def _joint_raisers(view: View, subject: Entity, money: Money) -> bool:
    """The round's subject is coordinated with another company that could raise, both before
    the one amount ("Acme и стартап Kestrel ... получив финансирование в $4,2 млрд", "A and
    B secured $X"): money the two got together, a project's or a joint financing, no round
    of either."""
    before = [m for m in view.of_kind("company") if m.end <= money.start]
    raising = bool(view.kinds("raise"))  # as in respective_names: a chip maker raises too
    for m in before:
        if m.entity.name != subject.name:
            continue
        for o in before:
            kind = o.entity.company_type
            backer = kind in BACKER_TYPES and not (raising and kind == "chip_vendor")
            if o.entity.name == subject.name or backer or kind in _NO_ROUNDS:
                continue
            lo, hi = (m.end, o.start) if m.end <= o.start else (o.end, m.start)
            if not 0 < hi - lo <= JOINT_GAP:
                continue
            # only a coordinator and maybe a company noun between them
            joined = [c for c in view.kinds("coordinator") if lo <= c.start and c.end <= hi]
            if joined and not any(ch in view.text[lo:hi] for ch in ",;()"):
                return True
    return False


def _respective_pairs(
    view: View,
    moneys: list[Money],
    rounds: list[tuple[Money, str]],
    vals: list[Money],
    disc: Discourse,
) -> dict[int, Entity]:
    """Each round and each valuation of a "respectively" list given to the company in the same
    place of the list of names (by ``id`` of the amount): the rounds, then the valuations,
    each a whole number of times as many as the names. A sentence that names no company right
    after such a list ("이들 기업은 420억 달러와 35억 달러의 기업가치를", "The two were valued at
    $X and $Y") pairs exactly as many amounts with the same names."""
    names = respective_names(view, moneys)
    whole = True
    if names:
        disc.respective = (view.index, tuple(names))
    elif disc.respective[0] == view.index - 1 and not view.of_kind("company"):
        names, whole = list(disc.respective[1]), False
    if not names:
        return {}
    pairs: dict[int, Entity] = {}
    for group in ([m for m, r in rounds if r == "round"], vals):
        if group and (len(group) % len(names) == 0 if whole else len(group) == len(names)):
            for i, money in enumerate(group):
                pairs[id(money)] = names[i % len(names)]
    return pairs


def fill_valuation(first: Claim, later: Claim) -> None:
    """Give a round the valuation a later restatement of it states."""
    first.valuation = later.valuation
    first.valuation_currency = later.valuation_currency
    first.valuation_usd = later.valuation_usd
    first.valuation_basis = later.valuation_basis


def _apart_in_time(view: View, money: Money, val: Money) -> bool:
    """Two different dates between a round and a valuation ("raised $6 billion in December
    and, in March, a share deal valued it at $80 billion"), or an earlier-time word and
    another amount between them ("back then", "quando"), part two events."""
    lo, hi = min(money.end, val.end), max(money.start, val.start)
    if any(lo <= c.start < hi for c in view.kinds("earlier")) and any(
        lo <= m.start < hi for m in view.money if m is not money and m is not val
    ):
        # "la valutazione ... a 3 miliardi, ..., quando ammontava a 1 miliardo grazie a 90
        # milioni": an earlier time and the earlier value between part the value from the
        # earlier round (but "valued at $24 billion when it raised $6 billion" is one event)
        return True
    between = {(t.kind, t.year, t.month, t.rel) for t in view.times if lo <= t.start < hi}
    return len(between) >= 2


def _valuation_subject(doc: Doc, view: View, val: Money, disc: Discourse) -> Entity | None:
    """The company a valuation amount is about, known or not (as the raise's subject)."""
    subject, rank = pick_company(view, val.start, "funding", disc)
    newco = _unknown_raiser(doc, view, val.start, subject, rank)
    return newco if newco is not None else subject


def _names_funded_newco(view: View, disc: Discourse) -> bool:
    """The story's last round went to a company the gazetteer lacks, and this sentence names
    it again (as written)."""
    funded = disc.funded
    return (
        funded is not None
        and not funded.id
        and len(funded.name) >= 3
        and view.text.find(funded.name, view.start, view.end) >= 0
    )


def _unknown_raiser(
    doc: Doc, view: View, anchor: int, subject: Entity | None, rank: int
) -> Entity | None:
    """A company the gazetteer lacks that the sentence names as the raiser
    (:func:`sources.extract.claims.newco.unknown_company`), when no known company holds the
    subject position: the pick is none, an investor or source, the story's company by
    anaphor or by default, or a company named only after the amount. A known company named
    before the amount keeps it unless the unknown one stands between them in apposition
    ("former OpenAI staff's start-up Foo raised")."""
    if subject is None or rank == 2:
        # "SoftBank e Nvidia ... para investir na Acme, em uma rodada de US$500 milhões": the
        # investors name the company they put the money into before the amount
        investee = unknown_investee_before(view, doc.rules, anchor)
        if investee is not None:
            return investee
    named = [
        m.end
        for m in view.of_kind("company")
        if subject is not None and m.entity.name == subject.name and m.end <= anchor
    ]
    if named and label_gap(view.text, named[-1], anchor):
        return None  # "- Kestrel : 6 Md$": a known name labels its own figure
    if view.text[max(view.start, anchor - 3) : anchor].rstrip().endswith(("(", "（", ":", "：")):
        found = unknown_company(doc.text, view, doc.rules, anchor, view.cjk)
        if found is not None and found[2] == "label":
            return found[0]  # "Anduril (US$2.5bn)": a list's entry names its own figure
    if named and rank < 2:
        # only an apposition between the known name and the amount can take it over, or a
        # name the known one is a parenthetical of ("Arda, co-founded by ex-OpenAI staff, ...")
        low = doc.low[named[-1] : anchor]
        if not any(d in low for d in doc.rules.names.descriptors) and "," not in low:
            return None
    found = unknown_company(doc.text, view, doc.rules, anchor, view.cjk)
    if found is None:
        return None
    company, start, how = found
    if subject is None or rank == 2 or how == "label":
        return company
    if rank >= ANAPHOR:
        # the story's company, by anaphor or by default: only a company noun's apposition
        # names another ("Oura Health, la empresa de anillos, ..."); a bare name opening the
        # sentence may be a person ("Elon Musk ha detto che la società ...")
        # "- Kestrel raised $300m": a list item's opening name is its own raiser, as a sentence's
        opens = opens_item(view, start)
        # in CJK text a Latin name opening a clause ("据报道，Acme 正以...") names its subject
        opens = opens or (view.cjk and how == "head" and opens_clause(view, start, True))
        return company if how == "apposition" or (rank > ANAPHOR and opens) else None
    if not named:
        if _topic_after(view, subject, anchor) and not _topic_marked_at(
            view, start + len(company.name)
        ):
            # "サピオンと合併し...企業価値を認められたリベリオンは": the figure stands in the
            # clause that modifies the topic-marked name after it; a name inside that clause
            # is no subject
            return None
        # a known company named only after the amount: a yardstick ("more than OpenAI's") or
        # the object of a bare name that may be a person ("Musk ... valoriza xAI")
        return company if how == "apposition" or _compared_after(view, anchor) else None
    if how == "apposition" and start >= named[-1]:
        return company
    if how == "head" and start >= named[-1] and coordinated(view, start):
        return company  # "xAI ... quiere 6.000 millones, y Acme, ..., aspira a 400"
    # the known company stands inside a parenthetical right after the unknown name, and is
    # not the whole of it ("its AI start-up, xAI, is raising": the known name restates it)
    end = start + len(company.name)
    close = insertion_end(view, end, anchor)
    if not start < named[-1] < close:
        return None
    inside = view.text[end:close].strip(" ,()–—")
    known = [m for m in view.of_kind("company") if end <= m.start < close]
    return (
        company
        if len(WORD.findall(inside)) > sum(len(WORD.findall(m.entity.name)) for m in known)
        else None
    )


ROUND_FOR_GAP = 24  # characters between a round's amount and the word naming whom it is for
ROUND_NEAR = 30  # characters between a round noun and the amount it sizes
POSSESSOR_WORDS = 2  # words of a possessor between that word and the name ("Elon Musks")


def _round_for(view: View, money: Money, rules: LanguageRules) -> Entity | None:
    """The company a round is for, named right after its amount behind a word of purpose and
    at most a possessor ("eine Series E von rund 20 Milliarden Dollar für Elon Musks xAI", "a
    $20 billion round for xAI"): in a list of deals each round names its own company, over
    the subject of the sentence. Only with a round noun next to the amount, in its clause."""
    if not rules.round_for or not view.has("round"):
        return None
    if not any(
        abs(r.start - money.end) <= ROUND_NEAR or 0 <= money.start - r.end <= ROUND_NEAR
        for r in view.kinds("round")
    ):
        return None
    clause_end = _strong_clause(view, money.start)[1]
    for m in view.of_kind("company"):
        if m.start <= money.end:
            continue
        if m.start >= clause_end or m.entity.company_type in _NOT_RAISERS:
            return None
        words = view.text[money.end : m.start].lower().split()
        for k, w in enumerate(words):
            rest = words[k + 1 :]
            if (
                w in rules.round_for
                and len(" ".join(words[:k])) <= ROUND_FOR_GAP
                and len(rest) <= POSSESSOR_WORDS
                and all(x.isalpha() for x in rest)
            ):
                return m.entity
        return None
    return None


_NOT_RAISERS = BACKER_TYPES | _NO_ROUNDS  # types never taken for the company raising a round


def _no_raiser(company: Entity) -> bool:
    """A cloud giant: it raises no round (a listed company may have raised before listing)."""
    return company.company_type in _NO_ROUNDS


def _topic_marked_at(view: View, pos: int) -> bool:
    """A subject particle right at ``pos`` ("は", "는"), in a language that marks its subject."""
    markers = view.rules.names.topic_markers if view.rules else frozenset()
    return bool(markers) and view.text[pos : pos + 1] in markers


def _topic_after(view: View, subject: Entity | None, anchor: int) -> bool:
    """``subject`` is named after the figure with a subject particle ("...認められたリベリオンは"):
    in head-final order the figure's clause modifies it."""
    return subject is not None and any(
        m.entity.name == subject.name and m.start >= anchor and _topic_marked_at(view, m.end)
        for m in view.of_kind("company")
    )


def _past_affiliation(doc: Doc, view: View, subject: Entity | None, rank: int) -> Entity | None:
    """When the pick is named as a person's employer ("former OpenAI CTO Mira Murati",
    "OpenAI cofounder Ilya Sutskever"), the company the sentence names after a company noun
    ("for her startup Thinking Machines Lab", "his new startup, Safe Superintelligence")."""
    roles = doc.rules.names.person_roles
    if subject is None or rank >= 2 or not roles:
        return None
    low = doc.low
    if not any(
        m.entity.name == subject.name and _role_next_to(low, view.start, m, roles)
        for m in view.of_kind("company")
    ):
        return None
    for m in view.of_kind("company"):
        if m.entity.name == subject.name or m.entity.company_type in BACKER_TYPES:
            continue
        head = low[max(view.start, m.start - 30) : m.start].rstrip(" ,:")
        # the company noun may carry a possessive or an adjective after it ("startup
        # barunya, Safe Superintelligence", "sa start-up française X")
        tails = [head] + [head.rsplit(" ", k)[0] for k in (1, 2) if head.count(" ") >= k]
        if any(t.endswith(d) for t in tails for d in doc.rules.names.descriptors):
            return m.entity
    return None


_ROLE_LINK = re.compile(
    r"(?:\s+(?:of|at|d|de|des|du|di|da|do|del|della|dell|von|der|dari))?\s*[’']?\s*$"
)  # "PDG d'OpenAI", "cofounder of OpenAI": a role linked to the name before it


def _role_next_to(low: str, lo: int, m: EntityMention, roles: tuple[str, ...]) -> bool:
    """A person's role right after the name ("OpenAI CTO", "OpenAI-Mitgründer") or right
    before it through a linking word ("PDG d'OpenAI", "cofounder of OpenAI")."""
    k = m.end + (low[m.end : m.end + 1] in " -")
    if any(
        low.startswith(r, k) and not is_letter(low[k + len(r) : k + len(r) + 1] or " ")
        for r in roles
    ):
        return True
    head = low[max(lo, m.start - 40) : m.start]
    link = _ROLE_LINK.search(head)
    before = head[: link.start()] if link else head
    return any(
        before.endswith(r) and not is_letter(before[-len(r) - 1 : -len(r)] or " ") for r in roles
    )


def _anaphor_before_named_after(view: View, subject: Entity | None, rank: int, anchor: int) -> bool:
    """The pick is a known company named only after the amount while an anaphor ("the
    start-up", "这家公司") stands before it with no company between."""
    if subject is None or rank >= 2 or not view.has("anaphor"):
        return False
    mentions = [m for m in view.of_kind("company") if m.entity.name == subject.name]
    if not mentions or mentions[0].start < anchor:
        return False
    return any(
        c.end <= anchor and not any(c.end <= m.start < anchor for m in view.of_kind("company"))
        for c in view.kinds("anaphor")
    )


def _compared_after(view: View, anchor: int) -> bool:
    """Every known company after ``anchor`` stands behind a comparison or rivalry word."""
    cues = [c.end for c in view.cues if c.kind in ("comparison", "rival") and c.start >= anchor]
    return bool(cues) and all(
        m.start >= cues[0] for m in view.of_kind("company") if m.start >= anchor
    )


def _invests(view: View, company: Entity, money: Money) -> bool:
    """The company is named before an investing word that stands before the amount: it is
    the investor."""
    named = [
        m.end
        for m in view.of_kind("company")
        if m.entity.name == company.name and m.start < money.start
    ]
    if not named:
        return False
    # "Mistral AI a obtenu un investissement de ...": a raising verb before the investment
    # word makes the company its receiver; so does a passive ("OpenAI, backed by Microsoft")
    raised = [c.end for c in view.kinds("raise") if named[-1] <= c.start < money.start]
    return any(
        named[-1] <= c.start < money.start
        and not any(r <= c.start for r in raised)
        and view.text[c.end : c.end + 3].lower() != " by"
        # "competes with Microsoft-backed OpenAI": a compound naming another company's backer
        and not _backer_compound(view, c, company)
        for c in view.kinds("investment")
    )


def _backer_compound(view: View, cue: Cue, company: Entity) -> bool:
    """The investing word closes a compound with another company's name ("Microsoft-backed"):
    that company backs the name after it; ``company`` invests nothing ("CoreWeave-Backed
    Project" still names CoreWeave as the backer)."""
    if "-" not in view.text[cue.start - 1 : cue.start + 1]:
        return False
    return any(
        0 <= cue.start - m.end <= 1 and m.entity.name != company.name
        for m in view.of_kind("company")
    )


def _named_with(view: View, money: Money) -> Entity | None:
    """The company a valuation is stated with when the sentence lists several: the name right
    before a bracket that holds the amount ("Anthropic ($19 billion valuation) and Perplexity
    ($2.8 billion valuation)"), or the name after "and" between the amount before and this one
    ("Anthropic foi estimada em US$ 183 bilhões e a OpenAI em US$ 500 bilhões")."""
    text = view.text
    companies = [m for m in view.of_kind("company") if m.end <= money.start]
    if not companies:
        return None
    opening = text.rfind("(", max(view.start, money.start - 12), money.start)
    if opening >= 0 and ")" not in text[opening : money.start]:
        for m in companies:
            if 0 <= opening - m.end <= 2:
                return m.entity
    before = [m.end for m in view.money if m.end <= money.start]
    if not before:
        return None
    lo = before[-1]
    between = [m for m in companies if m.start >= lo]
    if not between or not any(lo <= c.start < between[-1].start for c in view.kinds("coordinator")):
        return None
    named = between[-1]
    if named.entity.company_type in BACKER_TYPES:
        return None
    return named.entity


POSTPOSITION_GAP = 3  # characters between an amount and the comparison word after it
PREPOSITION_GAP = 8  # characters between "较" and the amount it governs ("较去年3月的")
_CLAUSE_MARKS = ",，、;；"  # a comparison word past one of these opens the next clause


def _compared_by_postposition(view: View, money: Money) -> bool:
    """Verb-final languages and Chinese put the comparison word after the amount compared
    with ("920억 달러보다", "740억 달러 대비", "920億ドルより", "与…920亿美元相比"), or
    Chinese a preposition before it ("较去年的920亿美元"): that amount is the reference."""
    return any(
        0 <= c.start - money.end <= POSTPOSITION_GAP
        and not any(p in view.text[money.end : c.start] for p in _CLAUSE_MARKS)
        and not adverb_not_comparison(view.text, c.start)
        for c in view.kinds("comparison")
    ) or any(
        0 <= money.start - c.end <= PREPOSITION_GAP
        and not any(p in view.text[c.end : money.start] for p in _CLAUSE_MARKS)
        for c in view.kinds("comparison_before")
    )


def _rose_from(view: View, a: Money, b: Money) -> bool:
    """Only a range word stands between two amounts ("3亿到40亿美元", "$3 billion to $40
    billion"): ``a`` is where ``b`` rose from."""
    return any(
        a.end <= c.start
        and c.end <= b.start
        and not view.text[a.end : c.start].strip().strip(",")
        and not view.text[c.end : b.start].strip()
        for c in view.kinds("target")
    )


def _more_money(view: View, money: Money) -> bool:
    """An increment word right after the amount ("$500 million more", "500 millions de
    plus"): new money, a round when the sentence values the company."""
    return any(0 <= c.start - money.end <= 4 for c in view.kinds("increment_after"))


def _new_tranche(view: View, money: Money) -> bool:
    """An amount named as new money: an increment word before it in its clause ("another",
    "weitere", "再向…投资") or right after it ("supplémentaires", "を追加出資")."""
    clause = view.ctx.clause_of(money.start)
    return any(
        (
            c.kind == "increment"
            and c.end <= money.start
            and view.ctx.clause_of(c.start) == clause
            and not any(c.end <= m.start < money.start for m in view.money)
        )
        or (c.kind in ("increment", "increment_after") and 0 <= c.start - money.end <= 4)
        for c in view.cues
    )


def _investee_marked(view: View, mention: EntityMention, rules: LanguageRules) -> bool:
    """A company name with a word that marks it as receiving money: "in Anthropic",
    "向Anthropic", "アンソロピックに"."""
    text = view.text
    tail = text[max(view.start, mention.start - 16) : mention.start].lower().rstrip()
    for word in rules.investee_before:
        k = len(tail) - len(word)
        if k >= 0 and tail.endswith(word) and (k == 0 or not is_letter(tail[k - 1])):
            return True
    head = text[mention.end : mention.end + 4].lower()
    return any(
        head.startswith(word) and not is_letter(head[len(word) : len(word) + 1] or " ")
        for word in rules.investee_after
    )


INVESTEE_WINDOW = 60  # an investing word this close before a name marked as receiving money


def _marked_investee(view: View, rules: LanguageRules) -> Entity | None:
    """The company an investing word puts money into in this sentence ("invest ... in
    Mistral AI", "investir ... dans Mistral AI", "向Anthropic投资"), if one is marked."""
    if not view.has("investment", "raise"):
        return None
    for m in view.of_kind("company"):
        if m.entity.company_type in BACKER_TYPES:
            continue
        near = any(
            0 <= m.start - c.end <= INVESTEE_WINDOW or 0 <= c.start - m.end <= 4
            for c in view.kinds("investment")
        ) or any(
            # "向Anthropic注资12.5亿美元": a money verb right after the marked name (verb-final
            # word order) puts the money into it, whatever the verb's own kind
            0 <= c.start - m.end <= 4
            for c in view.kinds("raise")
        )
        if near and _investee_marked(view, m, rules):
            return m.entity
    return None


def _invest_subject(
    view: View, money: Money, disc: Discourse, rules: LanguageRules
) -> Entity | None:
    """The company an investment goes into: the company named right after the amount in its
    clause ("in xAI", "in den ChatGPT-Entwickler"), or the story's company when an anaphor
    stands there ("na empresa"). Otherwise none when the money goes into a site, campus or
    programme, or when no company is named as the investor (a company's own spending, a state
    programme: "la compañía destinó ...", "Macron a annoncé 109 milliards
    d'investissements"); and else, with a named investor ("Microsoft invested €15 million"),
    the story's company."""
    c_start, c_end, _ = view.ctx.clause_of(money.start)
    named_before = [m for m in view.of_kind("company") if c_start <= m.start < money.start]
    # "Amazon wird in Anthropic 4 Milliarden investieren", "亚马逊将再向Anthropic投资40亿美元"
    marked = [
        m
        for m in named_before
        if m.entity.company_type not in BACKER_TYPES and _investee_marked(view, m, rules)
    ]
    if marked:
        return marked[-1].entity
    investors = [m.entity.name for m in named_before]
    # "USD 100 miliar (sekitar Rp 1.665 triliun) ke OpenAI": read on after the amount's
    # restatement in another currency, which its brackets set apart as a clause
    end = money.end
    for other in view.money:
        if other.is_conversion and 0 <= other.start - end <= 12:
            end = other.end
            c_end = max(c_end, view.ctx.clause_of(min(end + 1, view.end - 1))[1])
    after = [
        m
        for m in view.of_kind("company")
        if (
            (
                (
                    0 <= m.start - end <= 40
                    # "nella startup di intelligenza artificiale Anthropic": a company noun
                    # with its descriptors before the name
                    or (
                        0 <= m.start - end <= DESCRIBED_INVESTEE_GAP
                        and _described(view, rules, end, m)
                    )
                )
                and m.start < c_end
            )
            # "ke startup AI miliknya sendiri, xAI": the name in apposition to the company
            # noun the money goes into, past the comma that ends the clause
            or (
                0 <= m.start - end <= DESCRIBED_INVESTEE_GAP
                and _described_apposed(view, rules, end, m)
            )
        )
        and m.entity.company_type not in BACKER_TYPES
        and m.entity.name not in investors
    ]
    if after:
        return after[0].entity
    newco = unknown_investee(view, rules, end, c_end) or unknown_investee_before(
        view, rules, money.start
    )
    if newco is not None:
        return newco  # "Nvidia invested $50 million in Kestrel Labs", "investir na Acme"
    if not named_before and _new_tranche(view, money):
        # "向Anthropic注资12.5亿美元，随后又追加40亿美元": new money in a clause of its own
        # goes into the investee an earlier clause of the sentence marked
        marked = _marked_investee(view, rules)
        if marked is not None and any(
            m.entity.name == marked.name and m.end <= money.start for m in view.of_kind("company")
        ):
            return marked
    object_anaphor = any(
        c.kind == "anaphor"
        and 0 <= c.start - money.end <= 5
        and "," not in view.text[money.end : c.start]
        for c in view.cues
    )
    if not object_anaphor:
        if view.of_kind("cluster") or view.has("cluster", "cluster_plural", "programme"):
            return None  # money put into a site, a campus or a programme is not a round
        if view.has("cost", "purchase") or view.of_kind("chip") or view.nouns:
            # "ソフトバンクは工場を買収して...30億ドルを投じる", "GPU 1만개를 확보하기 위해
            # 수천억원을 투입": money that buys things or chips is spending, not a round
            return None
        own = any(c_start <= c.start < money.start for c in view.kinds("anaphor"))
        if not investors or own:
            return None
    # the story's company, unless it is the investor itself; then the next most salient one
    for candidate in disc.ranked_companies():
        if candidate.name not in investors:
            return candidate
    return None


DESCRIBED_INVESTEE_GAP = 70  # "in the artificial intelligence start-up Anthropic"


def _described(view: View, rules: LanguageRules, end: int, m: EntityMention) -> bool:
    """A company noun ("startup", "società") stands between the amount and the name, with no
    punctuation: the name is that noun's."""
    gap = view.text[end : m.start].lower()
    if any(ch in gap for ch in ",;:()"):
        return False
    return any(d in gap for d in rules.names.descriptors)


def _described_apposed(view: View, rules: LanguageRules, end: int, m: EntityMention) -> bool:
    """After the amount, an investee word and a company noun close their clause with a comma
    and the name follows it ("ke startup AI miliknya sendiri, xAI", "into its own start-up,
    xAI"): the name is that noun's."""
    gap = view.text[end : m.start].lower().rstrip().lstrip(" )）")  # past a conversion's bracket
    if not gap.endswith(",") or any(ch in gap[:-1] for ch in ",;:()"):
        return False
    words = gap[:-1].split()
    return (
        bool(words)
        and any(words[0] == w for w in rules.investee_before)
        and any(d in gap for d in rules.names.descriptors)
    )


def _plausible(doc: Doc, money: Money, floor: float) -> bool:
    if money.value is None:
        return money.num.vague  # "billions of dollars": a round of unstated size
    # the floor is in dollars, compared with the stated figure: the extractor converts nothing
    usd = _stated_usd(money)
    return (usd if usd is not None else money.value) >= floor


def is_restatement(doc: Doc, view: View, money: Money) -> bool:
    """An amount introduced by a conversion word with no amount before it in the sentence
    restates the previous sentence's ("按当前汇率计算，此次融资金额约合72亿元人民币")."""
    if "conversion" not in view.ctx.kinds:
        return False
    if any(m.end <= money.start for m in view.money if m is not money):
        return False
    head = view.text[view.start : money.start]
    opening = view.start + len(head) - len(head.lstrip(OPENING_CHARS))
    return any(
        c.kind == "conversion"
        and c.end <= money.start
        and (
            (
                # (spaces aside: pinyin readings dropped from the text leave them behind)
                len(doc.low[c.end : money.start].replace(" ", "")) <= 3
                and (c.end - c.start >= 3 or not doc.low[c.start : c.end].isascii())
            )
            # "Umgerechnet wird eine Bewertung von 90 Milliarden angepeilt": a conversion word
            # opening the sentence restates the amount before (a whole word: "約", "当時"
            # open sentences of their own in Japanese)
            or (not view.cjk and c.end - c.start >= 4 and c.start == opening)
        )
        for c in view.cues
    )


def elided_money(
    low: str, nums: list[Num], money: list[Money], cues: list[Cue], end: int, disc: Discourse
) -> list[Money]:
    """Amounts with a scale word but no currency, next to a round or valuation word."""
    taken: set[int] | None = None  # made for the first candidate: most sentences have none
    out: list[Money] = []
    for num in nums:
        if num.vague or num.percent or num.year or num.value is None or num.scale < 1e6:
            continue
        if taken is None:
            taken = {id(m.num) for m in money}
        if id(num) in taken:
            continue
        linked = _LINKED_NOUN.match(low, num.end, end)
        if linked is not None and not any(
            # "180 milioni di finanziamenti", "100 millions de financement": the noun the scale
            # word counts is money raised; "500 millions de plus": more of it
            (c.start == linked.end() - 1 and c.kind in RAISING_CUES)
            or (c.kind == "increment_after" and 0 < c.start - num.end <= 2)
            for c in cues
        ):
            continue
        if any(c.kind == "cores" and 0 <= c.start - num.end <= 1 for c in cues):
            continue  # "约6亿人", "6億人の利用者", "600 million users": people, not money
        near = any(
            (c.kind in _AMOUNT_ROLE_KINDS or c.kind == "target_met")
            and (
                0 <= num.lead - c.end <= ELLIPSIS_WINDOW
                or 0 <= c.start - num.end <= ELLIPSIS_WINDOW
            )
            for c in cues
        )
        if not near and money:
            # "до 350 млрд долларов против 183 млрд": the compared amount shares the currency
            near = any(
                c.kind == "comparison" and 0 <= num.lead - c.end <= 3 and money[0].end <= c.start
                for c in cues
            )
        if not near:
            continue
        before = [m for m in money if m.end <= num.start]
        currency = before[-1].currency if before else disc.currency
        if currency is None:
            continue
        out.append(Money(num, currency, num.lead, num.end))
    return out


LIST_LINK_GAP = 6  # characters between "and" and the next listed amount ("e aos US$ 40")


def _listed_value(view: View, a: Money, b: Money, coordinators: list[Cue]) -> bool:
    """``b`` goes on a list of values after the valuation ``a``: "and" and at most an article
    right before it, in ``a``'s clause, with no raising word between the "and" and ``b`` nor
    after ``b`` in that clause (a round word between ``a`` and the "and" names the occasion
    of ``a``'s value: "captado em março")."""
    clause = view.ctx.clause_of(a.start)
    if view.ctx.clause_of(b.start) != clause:
        return False
    for c in coordinators:
        if a.end <= c.start and 0 <= b.start - c.end <= LIST_LINK_GAP:
            return not any(
                c.end <= k.start < clause[1] and k.kind in RAISING_CUES for k in view.cues
            )
    return False


def _adjective_complement(view: View, cue: Cue, m_start: int) -> bool:
    """The amount is the value noun's complement past one adjective, with no cue word (a
    coordinator, a verb) between ("uma avaliação inédita de US$ 500 bilhões")."""
    return _ADJECTIVE_GAP.fullmatch(view.text, cue.end, m_start) is not None and not any(
        cue.end <= c.start < m_start for c in view.cues
    )


def money_roles(
    view: View,
    moneys: list[Money],
    disc: Discourse | None = None,
    rules: LanguageRules | None = None,
) -> dict[int, str]:
    """The role of each amount (keyed by ``id``): the nearest role cue wins, but a valuation
    word serves one amount only ("a $6 billion round that values it at $24 billion": the
    valuation word goes to $24 billion, the nearer of the two, and $6 billion takes the round
    word). The market value of a company that raises money, in this sentence or in the story
    so far (``disc``), is its valuation: a company that raises rounds is private."""
    groups = _valuation_groups(view)
    pairs = []
    clause_of = view.ctx.clause_of
    # a sentence with no semicolon or clause-break word is one strong clause
    split = bool(_strong_cuts(view))
    whole = (view.start, view.end)
    # the role words of the sentence with their clauses, looked up once (not per amount)
    role_cues = []
    for i, cue in enumerate(view.cues):
        role = _ROLE_KINDS.get(cue.kind)
        if role is not None:
            strong = _strong_clause(view, cue.start) if split else whole
            role_cues.append((i, cue, role, _ROLE_ORDER[role], strong, clause_of(cue.start)))
    companies = view.of_kind("company")
    coordinators = view.kinds("coordinator")
    headed = _headed_cues(view, moneys, role_cues)
    for money in moneys:
        m_start, m_end = money.start, money.end
        clause = _strong_clause(view, m_start) if split else whole
        money_clause = clause_of(m_start)
        # "Anthropic hat ... eingesammelt; allein Amazon sagte ... vier Milliarden zu": a
        # clause with its own subject does not borrow the other clause's verb
        own_subject = split and any(clause[0] <= m.start < m_start for m in companies)
        head = _head_valuation(view, money, money_clause)
        for i, cue, role, order, cue_strong, cue_clause in role_cues:
            if own_subject and order and cue_strong != clause:
                continue
            if headed.get(i, money) is not money:
                continue  # "1 miliardo grazie a 90 milioni di finanziamenti": the other's noun
            if cue.kind == "funding_total" and _round_total(view, cue, money):
                continue  # "Finanzierungsrunde von insgesamt": the round's own total
            # _distance(cue, money), inlined: this runs for every amount and role word
            if cue is head or (
                cue.kind in _VALUATION_KINDS
                and not view.cjk
                and (
                    _COMPLEMENT_GAP.fullmatch(view.text, cue.end, m_start)
                    or _adjective_complement(view, cue, m_start)
                )
            ):
                # "the valuation of $300 billion raised in March": a value noun with the amount
                # as its complement keeps it, whatever verb follows
                d = 0
            elif cue.end <= m_start:
                d = m_start - cue.end
            elif cue.start >= m_end:
                d = cue.start - m_end
            else:
                d = 0
            if d <= ROLE_WINDOW:
                # a cue in the amount's own clause is nearer than any across a comma
                # ("融资，金额超过10亿美元，估值达到33亿美元": 估值 is the second amount's)
                if cue_clause != money_clause:
                    d += CLAUSE_PENALTY
                elif view.cjk and cue.end <= m_start and _heads_other(view, cue, money):
                    # "약 8000억원 수준 기업가치로 800억원 규모의 투자유치": in head-final
                    # word order the noun right after an amount is that amount's, not the
                    # next one's (in English "$2 billion that values it at $12 billion")
                    d += CLAUSE_PENALTY
                elif cue.start >= m_end and any(m_end <= c.start < cue.start for c in coordinators):
                    # "nova rodada de US$ 300 milhões e valoriza xAI em US$ 113 bilhões":
                    # a role word after "and" opens the next coordinated clause
                    d += CLAUSE_PENALTY
                # at equal distance, a reason not to count the amount wins ("to obtain $3.5
                # billion of debt"); then the earlier amount (never ``id``: not reproducible)
                pairs.append((d, order, m_start, id(money), i, role))
    pairs.sort()
    listed = {id(m) for m in moneys if _named_with(view, m) is not None} if companies else set()
    roles: dict[int, str] = {}
    market: set[int] = set()  # amounts whose role came from a market-value word
    used_groups: set[int] = set()
    for _d, _order, _start, mid, i, role in pairs:
        if mid in roles:
            continue
        if role == "valuation":
            # "A foi avaliada em US$ 60 bilhões e a B em US$ 300 bilhões": a value word
            # serves each company the sentence lists after "and"
            if groups[i] in used_groups and mid not in listed:
                continue
            used_groups.add(groups[i])
        roles[mid] = role
        if view.cues[i].kind == "market_cap":
            market.add(mid)
    if market and "valuation" not in roles.values() and "round" in roles.values():
        # "levantou US$ 13 bilhões, o que eleva seu valor de mercado para US$ 183 bilhões":
        # a company that has just raised a round is private; its market value is a valuation
        for mid in market:
            roles[mid] = "valuation"
    elif market and disc is not None and disc.funded is not None:
        # "капитализация Mistral AI достигнет 10 млрд евро" in a story about its round
        for money in moneys:
            if id(money) in market and roles[id(money)] == "skip":
                company, rank = pick_company(view, money.start, "funding", disc)
                if company is not None and company.name == disc.funded.name and rank < 2:
                    roles[id(money)] = "valuation"
    if coordinators and "valuation" in roles.values():
        for a, b in pairwise(moneys):
            if (
                roles.get(id(a)) == "valuation"
                and roles.get(id(b), "") in ("round", "")
                and _listed_value(view, a, b, coordinators)
            ):
                # "frente ao valuation de US$ 80 bilhões de abril e aos US$ 40
                # bilhões do ano passado": the list of earlier values goes on
                roles[id(b)] = "valuation"
    if view.cjk and "valuation" in roles.values():
        for a, b in pairwise(moneys):
            if (
                roles.get(id(b)) == "valuation"
                and roles.get(id(a), "") in ("", "round")
                and view.text[a.end : b.start].strip() in _CJK_AND
            ):
                # "420억 달러와 35억 달러의 기업가치": two amounts joined by a particle share
                # the value noun after the second
                roles[id(a)] = "valuation"
            elif (
                roles.get(id(a)) == "valuation"
                and not roles.get(id(b), "")
                and view.text[a.end : b.start].strip() in _CJK_AND
            ):
                roles[id(b)] = "valuation"  # "評価額は420億ドルと35億ドル": or the one before
    valued = "valuation" in roles.values()
    if valued and view.kinds("target"):
        # "从3亿到40亿美元的估值", "valued from $3 billion to $40 billion": the value a
        # valuation rose from is an earlier valuation
        for a, b in pairwise(moneys):
            if roles.get(id(b)) == "valuation" and _rose_from(view, a, b):
                roles[id(a)] = "valuation"
            elif (
                roles.get(id(a)) == "valuation"
                and roles.get(id(b), "") in ("", "skip")
                and _rose_from(view, a, b)
            ):
                # "valuation rose from $7 billion to $14 billion": the value word is nearer
                # the starting amount, but the value it reached is a valuation too
                roles[id(b)] = "valuation"
    for money in moneys:
        role = roles.get(id(money), "")
        if not role and valued and _more_money(view, money):
            role = "round"  # "ElevenLabs, 500 millions de plus, valorisé à 11 milliards"
        if _target_named(view, money):
            roles[id(money)] = "target"  # "superando su objetivo inicial de 15.000 millones"
            continue
        if role in ("round", "invest", "valuation") and _not_a_round(view, money, role):
            role = "skip"
        if role in ("round", "invest") and _part_of_next(view, money):
            role = "skip"  # "$32 million as part of a $130 million round": a tranche
        if role in ("round", "invest") and _thing_raises(view, money):
            role = "skip"  # "O projeto recebeu um investimento de US$ 700 milhões"
        if role in ("round", "invest") and _debt_headed(view, money):
            role = "skip"  # "secured a $1 billion senior secured credit facility"
        if role == "valuation" and _round_worth(view, money):
            role = "round"  # "a funding round worth $30 billion": the round's own size
        elif role == "valuation" and _valued_thing(view, money):
            role = "skip"  # "un data center dal valore di 3 miliardi": not a company's value
        if role == "invest" and _raised_investment(view, money):
            role = "round"  # "Anthropic is close to securing a $2bn investment"
        compared = is_compared(view, money.start) or (
            (view.cjk or (rules is not None and rules.sov))
            and _compared_by_postposition(view, money)
        )
        if (
            compared
            and (
                any(roles.get(id(m)) == "valuation" and m.end <= money.start for m in moneys)
                # "이는 지난해 평가액 740억 달러 대비 48% 상승": its own value noun, the
                # new value stated in the sentence before
                or (role == "valuation" and disc is not None and disc.funded is not None)
            )
            and not any(roles.get(id(m)) in ("round", "invest") for m in moneys if m is not money)
        ):
            # "raised its valuation to $350 billion, against $183 billion in September": the
            # earlier valuation compared with is one too (next to a round amount, "a round
            # that values it at $183 billion, up from $61.5 billion", it stays the round's
            # reference)
            role = "valuation"
        elif compared or any(
            c.start >= money.end and _BARE_OR_BRACKET.fullmatch(view.text, money.end, c.start)
            for c in view.kinds("comparison_after")
        ):
            # "the triple of the $61.5 billion", "up from $2 billion"; "目標を50億ドル上回る"
            role = "skip"
        if role in ("round", "invest") and is_requirement(view, money.start):
            role = "skip"  # "the expansion will need tens of billions of dollars"
        if (
            role in ("round", "invest")
            and any(0 <= money.start - c.end <= 3 for c in view.kinds("respectively"))
            and not (role == "round" and respective_names(view, moneys))
        ):
            role = "skip"  # "由A与B领投，各注资15亿美元": each investor's part
        if role == "invest" and rules is not None and _into_round(view, money, rules):
            role = "skip"  # "Brisko já injetou US$ 3 bilhões na rodada": its part of a round
        if role != "skip" and _refers_back(view, money):
            role = "skip"  # "ce montant pourrait même grimper jusqu'à 8 Md$": the same round
        if role in ("round", "invest") and _investor_share(view, money, moneys):
            role = "skip"  # "raising $30 billion, with $22.5 billion from SoftBank"
        roles[id(money)] = role
    return roles


_GENITIVE = re.compile(
    r"\s(?:(?:of|de|da|do|di|del|della|des|du|von|der|dari)\s+|d['’])$", re.IGNORECASE
)
PART_OF_GAP = 12  # "$32 million as part of a $130 million round"


def _part_of_next(view: View, money: Money) -> bool:
    """A part-of word right after the amount leads to another amount ("$32 million as part of
    a $130 million round", "une tranche de 32 millions dans le cadre d'une levée de 130
    millions"): the amount is a tranche of that round, not a round (the annotation guide)."""
    for c in view.kinds("part_of"):
        if 0 <= c.start - money.end <= PART_OF_GAP and any(
            0 <= m.start - c.end <= PART_OF_GAP * 3 for m in view.money if m is not money
        ):
            return True
    return False


THING_HEAD_WORDS = 6  # "A major data center project backed by X has secured $900 million"


def _thing_raises(view: View, money: Money) -> bool:
    """A site or project opens the sentence as the subject of the raising or investing word
    before the amount ("Le projet bénéficie d'un financement de 15 milliards", "A major data
    center project backed by CoreWeave has secured $900 million"): project finance, not a
    company's round. Not when a company stands between (other than one behind a backing
    word: "backed by"), or a company noun follows the thing ("data center startup X")."""
    verbs = [c for c in (*view.kinds("raise"), *view.kinds("investment")) if c.end <= money.start]
    if not verbs:
        return False
    verb = min(verbs, key=lambda c: c.start)
    things = [
        c
        for c in (*view.kinds("cluster"), *view.kinds("programme"))
        # (a one-character word is part of another in CJK text: "早期" holds "期", a phase)
        if c.end <= verb.start and c.end - c.start >= 2
    ]
    if not things:
        return False
    thing = min(things, key=lambda c: c.start)
    if len(WORD.findall(view.text, view.start, thing.start)) > THING_HEAD_WORDS:
        return False
    backers = [c.end for c in view.kinds("investor_role")]
    backing = [c.start for c in view.kinds("investor_role")]
    for m in view.of_kind("company"):
        if m.start < thing.start:
            if any(0 <= b - m.end <= 2 for b in backing):
                continue  # "A Meta-backed data center campus is seeking ..."
            return False
        if (
            m.start < verb.start
            and not any(0 <= m.start - b <= 3 for b in backers)
            and not _GENITIVE.search(view.text, max(view.start, m.start - 8), m.start)
        ):
            return False  # (but "O projeto da xAI recebeu": the project's owner)
    between = view.text[thing.end : verb.start].lower()
    descriptors = view.rules.names.descriptors if view.rules else ()
    return not any(d in between for d in descriptors)


DEBT_HEAD_WORDS = 4  # "$1 billion syndicated senior secured credit facility"
DEBT_HEAD_CJK = 3  # "数億ユーロの債務資金", "35亿美元的债务"
_CONVERSION = re.compile(r"\s*[(（][^()（）]{0,40}[)）]")
_DEBT_GAP_OK = frozenset(("debt", "raise"))
_DEBT_GAP_STOP = re.compile(r"[,;:()（）、，。\d]")


def _debt_headed(view: View, money: Money) -> bool:
    """A debt noun heads the amount: it follows the amount with only a few words between and
    no punctuation, number or other role word ("a $1 billion senior secured credit facility",
    "3.500 millones en deuda", "数億ユーロの債務資金"), so the money is borrowed, whatever raising
    verb takes it. Not "debt and equity": a round that is partly equity."""
    for c in view.kinds("debt"):
        if c.start < money.end:
            continue
        # "a $1.4bn (£1.03bn) delayed draw term loan": a conversion in brackets is no break
        gap = _CONVERSION.sub(" ", view.text[money.end : c.start])
        if (
            len(gap) > (DEBT_HEAD_CJK if view.cjk else 60)
            or _DEBT_GAP_STOP.search(gap)
            or len(WORD.findall(gap)) > DEBT_HEAD_WORDS
        ):
            return False
        # a raising word may be an adjective there ("senior secured"); "equity and debt" or a
        # round noun between names another kind of money
        if any(
            money.end <= o.start < c.start
            and (o.kind == "coordinator" or (o.kind in _ROLE_KINDS and o.kind not in _DEBT_GAP_OK))
            for o in view.cues
        ):
            return False
        return not any(0 <= o.start - c.end <= 3 for o in view.kinds("coordinator"))
    return False


def _headed_cues(view: View, moneys: list[Money], role_cues: list[tuple]) -> dict[int, Money]:
    """Funds nouns linked to the amount before them ("180 milioni di finanziamenti", "$100
    million of funding", "100 millions de financement"): the noun is that amount's head and
    gives no other amount its role (keyed by cue index)."""
    headed: dict[int, Money] = {}
    for i, cue, _role, _order, _strong, _clause in role_cues:
        if cue.kind not in RAISING_CUES:
            continue
        for money in moneys:
            if 0 <= cue.start - money.end <= 1 and not view.text[money.end : cue.start].strip():
                # "126 M$ Series C – 3,5 Md$", "125 millions de dollars levés": the round word
                # right after an amount labels that amount
                headed[i] = money
            elif 0 < cue.start - money.end <= 8:
                linked = _LINKED_NOUN.match(view.text, money.end, view.end)
                if linked is not None and linked.end() - 1 == cue.start:
                    headed[i] = money
    if headed:
        # a participle right after the noun is in its phrase ("di finanziamenti raccolti")
        ends = {view.cues[i].end: m for i, m in headed.items()}
        for i, cue, _role, _order, _strong, _clause in role_cues:
            for end, money in ends.items():
                if 0 < cue.start - end <= 1 and cue.kind in RAISING_CUES:
                    headed.setdefault(i, money)
    return headed


TARGET_GAP = 16  # "melampaui target awal sebesar $15 miliar": the passed target's amount


def _target_named(view: View, money: Money) -> bool:
    """The amount names the target a round passed: a superseded target's word right before it
    in its clause ("objetivo inicial de 15.000 millones", "当初目標の150億ドルを上回る"), or a
    passed-target phrase there ("exceeding its target of $15 billion"; not in head-final CJK
    order, where "목표액 웃도는 자금 조달" qualifies the noun after it)."""
    clause = view.ctx.clause_of(money.start)
    for c in view.cues:
        if not (
            (c.kind == "prior_target" or (c.kind == "target_met" and not view.cjk))
            and 0 <= money.start - c.end <= TARGET_GAP
            and view.ctx.clause_of(c.start) == clause
        ):
            continue
        # nothing of its own between: no number ("당초 목표액 3배인 43조원": a multiple of
        # it), no other role word ("목표액 웃도는 자금 조달에 기업가치 2300억": a value)
        if not any(c.end <= n.start < money.start for n in view.nums) and not any(
            c.end <= o.start < money.start and o.kind in _ROLE_KINDS for o in view.cues
        ):
            return True
    return False


def _refers_back(view: View, money: Money) -> bool:
    """A word for the amount named before stands in the amount's clause before it, with no
    amount between ("ce montant pourrait grimper jusqu'à 8 Md$", "xAI raised that figure by
    $5 billion"): the amount bounds or changes that one."""
    clause = _strong_clause(view, money.start)
    return any(
        clause[0] <= c.start
        and c.end <= money.start
        and not any(c.end <= m.start < money.start for m in view.money if m is not money)
        for c in view.kinds("amount_ref")
    )


INTO_ROUND_GAP = 16  # "$2 billion in the previous round": a round noun this close


def _into_round(view: View, money: Money, rules: LanguageRules) -> bool:
    """Money an investor puts into a round, the round noun marked as where it goes: after the
    amount behind an investee word ("investiu US$ 2 bilhões na rodada anterior", "invest $30
    billion in the round"), or before it with one after it ("이번 투자 라운드에서 ... 20억
    달러를 투자"): that investor's share, not a round."""
    clause = _strong_clause(view, money.start)
    for r in (*view.kinds("round"), *view.kinds("raise")):  # "투자 라운드" is a raise word
        if not clause[0] <= r.start < clause[1]:
            continue
        if 0 <= r.start - money.end <= INTO_ROUND_GAP:
            words = view.text[money.end : r.start].lower().split()
            if words and words[0] in rules.investee_before:
                return True
        elif r.end <= money.start and any(
            view.text.startswith(w, r.end) for w in rules.investee_after
        ):
            return True
    return False


FROM_GAP = 3  # "$22.5 billion from SoftBank": a source word this close after the amount


def _from_investor(view: View, money: Money) -> bool:
    """A source word ("from", "dari", "로부터") right after the amount names who gives it."""
    return any(0 <= c.start - money.end <= FROM_GAP for c in view.kinds("investor_role"))


def _investor_share(view: View, money: Money, moneys: list[Money]) -> bool:
    """An amount given by one named source after an amount its clause states without one: the
    source's share of that amount ("OpenAI is raising the remaining $30 billion, with $22.5
    billion from SoftBank and $7.5 billion from other investors"). Amounts that each name
    their source ("$4 billion from Amazon and $2 billion from Google") are rounds each."""
    if not _from_investor(view, money):
        return False
    clause = _strong_clause(view, money.start)
    return any(
        m.end <= money.start
        and clause[0] <= m.start
        and not m.is_conversion
        and not _from_investor(view, m)
        for m in moneys
    )


def _heads_other(view: View, cue: Cue, money: Money) -> bool:
    """The cue stands right after another amount, with only words and spaces between ("8000억원
    수준 기업가치", "3800億ドルの評価額"): it is the head noun of that amount."""
    for other in view.money:
        if other is money or other.is_conversion or cue.start < other.end:
            continue
        between = view.text[other.end : cue.start]
        if len(between) <= HEAD_MODIFIER_GAP and all(ch.isalpha() or ch == " " for ch in between):
            return True
    return False


RAISED_INVESTMENT_GAP = 12  # "securing a $2bn investment"


def _raised_investment(view: View, money: Money) -> bool:
    """An investment amount that a raising verb right before it takes: the company raises
    it ("is close to securing a $2bn investment", "erhielt eine Investition von")."""
    clause = view.ctx.clause_of(money.start)
    if view.cjk and any(0 <= c.start - money.end <= 1 for c in view.kinds("investment")):
        # "拿下红杉中国等机构近20亿元投资": in head-final order the investment noun follows
        # the amount, the raising verb opens the clause, the investors may stand between
        # (listed with "、", which cuts clauses: the strong clause is the reach)
        lo = _strong_clause(view, money.start)[0]
        return any(
            lo <= r.start
            and r.end <= money.start
            and all(
                m.entity.company_type == "investor"
                for m in view.of_kind("company")
                if r.end <= m.start < money.start
            )
            for r in view.kinds("raise")
        )
    # the investment noun may stand between ("a obtenu un investissement de 600 millions")
    nouns = [c.end for c in view.kinds("investment") if 0 <= money.start - c.end <= 6]
    reach = money.start - RAISED_INVESTMENT_GAP
    if nouns:
        reach = min(reach, min(c.start for c in view.kinds("investment") if c.end in nouns) - 12)
    takers = [c for c in view.kinds("raise") if c.end >= reach and c.end <= money.start]
    return any(c.start >= clause[0] for c in takers) and not any(
        c.end <= m.start < money.start for c in takers for m in view.of_kind("company")
    )


THING_WINDOW = 30  # a thing's noun this close before a value word is what it values


_THING_CUES = frozenset(("cluster", "programme", "share_sale", "purchase", "cost", "revenue"))
# a thing's noun, a comma and at most one small word before the value word: "Il contratto, del
# valore di ...", "Le contrat, d'une valeur de ...": the value is the thing's
_APPOSED_VALUE = re.compile(r"\s*,\s*(?:[^\W\d_]{1,4}(?:['’][^\W\d_]{1,4})?\s+)?")


# "a round at $24 billion" prices the company, where "a round worth $30 billion" sizes the round
_PRICE_WORDS = frozenset(("at",))


def _round_worth(view: View, money: Money) -> bool:
    """The value word right after a round noun, right before the amount, sizes the round ("a
    funding round worth $30 billion", "putaran pendanaan senilai US$5 miliar")."""
    return any(
        0 <= c.start - r.end <= 1
        and 0 <= money.start - c.end <= 2
        and not view.text[r.end : c.start].strip()
        and view.text[c.start : c.end].lower() not in _PRICE_WORDS
        for c in view.kinds("valuation")
        for r in (*view.kinds("round"), *view.kinds("raise"))
    )


def _valued_thing(view: View, money: Money) -> str:
    """What the value word before the amount values when it follows a thing in its clause (a
    site, a project, a share sale, a purchase) with no company or anaphor between: "un data
    center dal valore stimato di 3 miliardi", "oferta secundária de ações no valor de US$ 300
    milhões"; the cue kind ("cluster" for a named cluster), or "" when it values a company."""
    clause = view.ctx.clause_of(money.start)
    before = [
        c
        for c in view.cues
        # "estimé à 10,5 milliards": a value word may double as the amount's bound
        if c.kind in _VALUATION_KINDS and c.start <= money.start and c.start >= clause[0]
    ]
    if not before:
        return ""
    cue = before[-1]
    if len(WORD.findall(view.text, cue.end, money.start)) > 3:
        return ""  # "que avalia a criadora do ChatGPT em ...": the verb has its own object
    things = [
        (c.end, c.kind)
        for c in view.cues
        if c.kind in _THING_CUES
        and 0 <= cue.start - c.end <= THING_WINDOW
        and (clause[0] <= c.start or _APPOSED_VALUE.fullmatch(view.text, c.end, cue.start))
    ]
    things += [
        (m.end, "cluster")
        for m in view.of_kind("cluster")
        if clause[0] <= m.start and 0 <= cue.start - m.end <= THING_WINDOW
    ]
    # "400,000 GB200 chips, worth about $40 billion": the value of chips bought (the value
    # word may open a clause of its own, set off by a comma)
    things += [
        (n.end, "purchase")
        for n in (*view.nouns, *view.of_kind("chip"))
        if 0 <= cue.start - n.end <= THING_WINDOW
        and (clause[0] <= n.start or not view.text[n.end : cue.start].strip(" ,"))
    ]
    if not things:
        return ""
    last, kind = max(things)
    if len(WORD.findall(view.text, last, cue.start)) > 3:
        return ""  # "une vente d'actions sur la base d'une valorisation de": the company's
    # "a share sale that values the company at ...": the thing is the verb's subject, the
    # company its object
    if any(last <= m.start < cue.start for m in view.of_kind("company")) or any(
        last <= c.start < cue.start and c.kind in ("anaphor", "relative") for c in view.cues
    ):
        return ""
    return kind


def _strong_cuts(view: View) -> list[int]:
    """Sorted positions of the semicolons and clause-break words of the sentence."""
    cuts = view.strong_cuts
    if cuts is None:
        text, start, end = view.text, view.start, view.end
        cuts = [c.start for c in view.kinds("clause_break")]
        # two finds spare the scan in the usual sentence, which has no semicolon
        if text.find(";", start, end) >= 0 or text.find("；", start, end) >= 0:
            cuts += [m.start() for m in _STRONG_BREAK.finditer(text, start, end)]
        cuts.sort()  # for bisect: asked for every role cue and amount
        view.strong_cuts = cuts
    return cuts


def _strong_clause(view: View, pos: int) -> tuple[int, int]:
    """The stretch between semicolons and clause-break words around ``pos`` (brackets and
    commas do not end it)."""
    cuts = _strong_cuts(view)
    i = bisect.bisect_right(cuts, pos)
    return (cuts[i - 1] if i else view.start), (cuts[i] if i < len(cuts) else view.end)


def _distance(cue: Cue, money: Money) -> int:
    if cue.end <= money.start:
        return money.start - cue.end
    if cue.start >= money.end:
        return cue.start - money.end
    return 0


def _valuation_groups(view: View) -> dict[int, int]:
    """Valuation cues next to each other ("valuasi pascapendanaan") form one group: map
    cue index -> group id."""
    groups: dict[int, int] = {}
    if view.ctx.kinds.isdisjoint(_VALUATION_KINDS):
        return groups
    last: tuple[int, int] | None = None  # (end, group)
    gid = 0
    for i, cue in enumerate(view.cues):  # in text order: ``analyze`` sorts them
        if cue.kind not in _VALUATION_KINDS:
            continue
        if last is not None and cue.start - last[0] <= 3:
            groups[i] = last[1]
        else:
            gid += 1
            groups[i] = gid
        last = (max(cue.end, last[0] if last else 0), groups[i])
    return groups


HEAD_MODIFIER_GAP = 10  # "3800億ドルのポストマネー評価額": an amount this close before the noun


def _head_valuation(view: View, money: Money, clause: tuple[int, int, bool]) -> Cue | None:
    """A valuation noun heading the amount's clause, its subject ("Оценка компании по итогам
    раунда составила 200 млрд", "La valoración tras la ronda alcanzó ..."): the amount is the
    valuation, even with a round noun nearer to it that only qualifies the valuation. Not
    when a raising verb stands between ("The valuation rose after it raised $5 billion")."""
    # a valuation noun between the clause start and the amount, or none can head it
    if not any(clause[0] <= c.start < money.start for c in view.kinds("valuation")):
        return None
    head = WORD.search(view.text, clause[0], money.start)
    if head is None:
        return None
    for cue in view.cues:
        if cue.start > head.start() + 12 or cue.start >= money.start:
            break
        if cue.kind == "valuation" and cue.start >= clause[0]:
            if any(
                m is not money and 0 <= cue.start - m.end <= HEAD_MODIFIER_GAP for m in view.money
            ):
                # "3800億ドルのポストマネー評価額で300億ドルの…": the noun is the amount's
                # before it, it heads nothing
                return None
            between = view.cues[view.cues.index(cue) + 1 :]
            if any(c.kind == "raise" and c.start < money.start for c in between):
                return None
            return cue
    return None


def _lists_parts(view: View, cue: Cue) -> bool:
    """The first amount after a part word is a part: in the word's clause, or after an
    amount it belongs to ("$6 billion, including $1 billion")."""
    after = [m for m in view.money if m.start >= cue.end]
    return bool(after) and (
        view.ctx.clause_of(after[0].start) == view.ctx.clause_of(cue.start)
        or any(m.end <= cue.start for m in view.money)
    )


_LIST_BREAKS = frozenset(("raise", "round", "valuation", "investment", "clause_break"))


def _colon_list(view: View, part: Cue, money: Money) -> bool:
    """The amount goes on a list a colon opens after a part word ("besteht aus drei
    Komponenten: 110 Millionen ..., 300 Millionen ... und 60 Millionen ..."): the first
    amount follows the colon, and nothing but parts' labels stands between."""
    first = next((m for m in view.money if m.start >= part.end), None)
    if first is None or ":" not in view.text[part.end : first.start][-24:]:
        return False
    return _strong_clause(view, first.start) == _strong_clause(view, money.start) and not any(
        first.end <= c.start < money.start
        and c.kind in _LIST_BREAKS
        and not _labels_part(view, part, c)
        for c in view.cues
    )


PART_LABEL_GAP = 25  # "110 Millionen Euro als echte Eigenkapitalfinanzierung": a part's label


def _labels_part(view: View, part: Cue, cue: Cue) -> bool:
    """A round word right after a listed amount names that part's kind ("110 Millionen Euro als
    echte Eigenkapitalfinanzierung, 300 Millionen Euro als ..."); it does not end the list."""
    return any(part.end <= m.start and 0 <= cue.start - m.end <= PART_LABEL_GAP for m in view.money)


def _not_a_round(view: View, money: Money, role: str) -> bool:
    """A cumulative total, or a part of an amount stated before it."""
    kinds = view.ctx.kinds
    if "funding_total" not in kinds and "part" not in kinds and "companies_total" not in kinds:
        return False
    for cue in view.cues:
        if (
            cue.kind == "companies_total"
            and role != "valuation"
            and view.ctx.clause_of(cue.start) == view.ctx.clause_of(money.start)
            and _covers(view, cue, money)
        ):
            # "12개 AI 기업이 지난해 380억 달러를": several companies' sum; only in the amount's
            # own clause: "xAI raised $6 billion, the largest round ever for AI startups"
            return True
        if (
            cue.kind == "funding_total"
            and role != "valuation"
            and _covers(view, cue, money)
            and not _round_total(view, cue, money)
            and not _only_time(view, cue)
        ):
            return True  # "so far", "insgesamt", "累计"
        if cue.kind != "part" or any(
            p.start <= cue.start < p.end for p in view.kinds("valuation_pre")
        ):
            continue  # "估值未包括这笔融资", "not including": a pre-money valuation
        if role == "valuation" and any(
            cue.end <= v.start < money.start and v.kind in _VALUATION_KINDS for v in view.cues
        ):
            # "Le tour de 120 M€, incluant ..., valorise la société autour de 900 M€": a
            # value word after the part word states the company's value, not a part
            continue
        if cue.end <= money.start:
            between = any(cue.end <= m.start < money.start for m in view.money if m is not money)
            if not between and any(m.end <= cue.start for m in view.money):
                return True  # "$6 billion, including $1 billion from ..."
            if view.ctx.clause_of(cue.start) == view.ctx.clause_of(money.start):
                return True  # "se compose de 468 millions ... et de 132 millions ..."
            if not between and ":" in view.text[cue.end : money.start][-24:]:
                return True  # "besteht aus drei Komponenten: 110 Millionen Euro als ..."
            if between and _colon_list(view, cue, money):
                return True  # "...: 110 Millionen Euro als ..., 300 Millionen Euro als ..."
            if (
                between
                and _lists_parts(view, cue)
                and _strong_clause(view, cue.start) == _strong_clause(view, money.start)
                and not any(
                    cue.end <= c.start < money.start
                    and c.kind in _LIST_BREAKS
                    and not _labels_part(view, cue, c)
                    for c in view.cues
                )
            ):
                return True  # "其中50亿美元来自…，另外10亿美元来自…": the parts go on
        elif (
            role != "valuation"  # "avaliação de US$259 milhões, incluindo os fundos": the basis
            and 0 <= cue.start - money.end <= 3
            and not any(0 <= n.start - cue.end <= 4 for n in view.nums)
        ):
            # "US$5 miliar di antaranya"; but "$10 млрд, из которых $5 млрд" names the total
            return True
    return False


ONLY_TIME_GAP = 2  # characters between a total word and a time span it qualifies


def _only_time(view: View, cue: Cue) -> bool:
    """The total word qualifies a time span right after it ("Всего три месяца назад": only
    three months ago), not an amount."""
    return any(0 <= t.start - cue.end <= ONLY_TIME_GAP for t in view.times)


ROUND_TOTAL_GAP = 12  # "Finanzierungsrunde von insgesamt 500 Millionen"
ROUND_AFTER_TOTAL = 20  # "Всего в рамках нового раунда": a round noun this close after


def _round_total(view: View, cue: Cue, money: Money) -> bool:
    """A total word between a round noun and the amount sums up that one round ("eine
    Finanzierungsrunde von insgesamt 500 Millionen Dollar"), not several."""
    if any(
        # "Всего в рамках нового раунда ... OpenAI рассчитывает привлечь 100 млрд": the
        # total word heads a noun phrase of one round, stated before the amount
        0 <= r.start - cue.end <= ROUND_AFTER_TOTAL
        and r.end <= money.start
        and not _plural_round(view, r)
        and not any(cue.end <= m.start < money.start for m in view.money if m is not money)
        for r in view.kinds("round")
    ):
        return True
    if not 0 <= money.start - cue.end <= 3:
        return False
    return any(
        0 <= cue.start - r.end <= ROUND_TOTAL_GAP and not _plural_round(view, r)
        for r in view.kinds("round")
    )


def _plural_round(view: View, r: Cue) -> bool:
    """A plural round noun ("rounds", "Finanzierungsrunden", "rondas"): a sum of rounds (the
    endings are the language's ``plural_rounds``)."""
    endings = view.rules.plural_rounds if view.rules else ()
    return bool(endings) and view.text[r.start : r.end].lower().endswith(endings)


def _covers(view: View, cue: Cue, money: Money) -> bool:
    """A cue covers an amount in its own clause, or from a clause with no amount of its own."""
    clause = view.ctx.clause_of(cue.start)
    if clause == view.ctx.clause_of(money.start):
        # the amount nearest the cue: "another $4 billion ... total investment to $8 billion"
        near = [m for m in view.money if view.ctx.clause_of(m.start) == clause]
        return min(near, key=lambda m: _distance(cue, m)) is money
    # an amount of its own may lack the currency: "portando il totale a 8 miliardi"
    return not any(clause[0] <= m.start < clause[1] for m in view.money) and not any(
        clause[0] <= n.start < clause[1] and n.scale >= 1e6 for n in view.nums
    )


def _stated_usd(money: Money) -> float | None:
    """The amount in US dollars as the text states it: the amount itself when it is in dollars,
    the article's own dollar figure for a local amount ("Rp96 triliun (US$6 miliar)"), else
    None (dbt converts the stated amount at the claim's date)."""
    if money.value is None:
        return None
    if money.currency == "USD":
        return money.value
    return money.usd_in_text


def _basis(view: View) -> str:
    if view.has("valuation_post"):
        return "post"
    if view.has("valuation_pre"):
        return "pre"
    return "unspecified"
