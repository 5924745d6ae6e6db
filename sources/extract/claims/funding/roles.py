"""The role of each money amount of a sentence (:func:`money_roles`).

- Each amount takes the role of the cue word nearest to it: a raise/round word makes it a
  funding round, a valuation word a valuation, a cost, revenue, market-cap, programme or
  per-unit word nothing; a cue across a clause break counts as farther away.
- A market value of a company that raises money is its valuation; an amount compared with
  ("against $183 billion in September") is an earlier valuation or nothing.
- An initial target the round overtook ("meta anterior de US$ 15 bilhões", "exceeding its
  target of $15 billion") is a planned round of its own, not the round's amount (the
  annotation guide: a target the round beat is a fact, `planned`).
- What is no round after all is asked of :mod:`.not_rounds`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from sources.extract.claims import drops as why
from sources.extract.claims.context import (
    Discourse,
    View,
    adverb_not_comparison,
    is_compared,
    is_requirement,
)
from sources.extract.claims.drops import dropped
from sources.extract.claims.funding.amounts import LINKED_NOUN
from sources.extract.claims.funding.clauses import strong_clause, strong_cuts
from sources.extract.claims.funding.investees import raised_investment
from sources.extract.claims.funding.lists import named_with, respective_names
from sources.extract.claims.funding.not_rounds import (
    debt_headed,
    into_round,
    investor_share,
    not_a_round,
    part_of_next,
    refers_back,
    round_total,
    thing_raises,
)
from sources.extract.claims.funding.role_kinds import ROLE_KINDS, ROLE_ORDER, VALUATION_KINDS
from sources.extract.claims.funding.valuations import (
    COMPLEMENT_GAP,
    HEAD_MODIFIER_GAP,
    adjective_complement,
    head_valuation,
    listed_value,
    object_complement,
    rose_from,
    round_worth,
    valuation_groups,
    valued_thing,
)
from sources.extract.claims.subjects import pick_company
from sources.extract.money import CONVERSION_GLOSS, Money
from sources.extract.rules import RAISING_CUES, LanguageRules
from sources.extract.status import Cue

ROLE_WINDOW = 90  # a money amount's role cue must be this close
MODIFIER_GAP = 2  # characters between an amount and the value noun it modifies ("$8bn valuation")
CLAUSE_PENALTY = 12  # a role cue across a clause break counts as this much farther

# nothing but spaces or a bracket (a conversion) between an amount and the word after it
_BARE_OR_BRACKET = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）])?\s*")

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


def _more_money(view: View, money: Money) -> bool:
    """An increment word right after the amount ("$500 million more", "500 millions de
    plus"): new money, a round when the sentence values the company."""
    return any(0 <= c.start - money.end <= 4 for c in view.kinds("increment_after"))


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
    groups = valuation_groups(view)
    pairs = []
    clause_of = view.ctx.clause_of
    # a sentence with no semicolon or clause-break word is one strong clause
    split = bool(strong_cuts(view))
    whole = (view.start, view.end)
    # the role words of the sentence with their clauses, looked up once (not per amount)
    role_cues = []
    for i, cue in enumerate(view.cues):
        role = ROLE_KINDS.get(cue.kind)
        if role is not None:
            strong = strong_clause(view, cue.start) if split else whole
            role_cues.append((i, cue, role, ROLE_ORDER[role], strong, clause_of(cue.start)))
    companies = view.of_kind("company")
    coordinators = view.kinds("coordinator")
    headed = _headed_cues(view, moneys, role_cues)
    for money in moneys:
        m_start, m_end = money.start, money.end
        clause = strong_clause(view, m_start) if split else whole
        money_clause = clause_of(m_start)
        # "Anthropic hat ... eingesammelt; allein Amazon sagte ... vier Milliarden zu": a
        # clause with its own subject does not borrow the other clause's verb
        own_subject = split and any(clause[0] <= m.start < m_start for m in companies)
        head = head_valuation(view, money, money_clause)
        for i, cue, role, order, cue_strong, cue_clause in role_cues:
            if own_subject and order and cue_strong != clause:
                continue
            if cue.kind == "programme" and _money_source(view, cue):
                continue  # "...산하 펀드로부터 1억 위안": where the money comes from
            if headed.get(i, money) is not money:
                continue  # "1 miliardo grazie a 90 milioni di finanziamenti": the other's noun
            if cue.kind == "funding_total" and round_total(view, cue, money):
                continue  # "Finanzierungsrunde von insgesamt": the round's own total
            # not_rounds._distance(cue, money), inlined: this runs for every amount and role word
            if (
                cue is head
                or (
                    cue.kind in VALUATION_KINDS
                    and not view.cjk
                    and (
                        # "a round of $230 million valuing the company at $1 billion": a value
                        # verb's object, then the preposition of the amount
                        object_complement(view, cue, m_start)
                        or (
                            (
                                COMPLEMENT_GAP.fullmatch(view.text, cue.end, m_start)
                                or adjective_complement(view, cue, m_start)
                            )
                            # "a $800 million valuation on $150 million in funding": a value
                            # noun that an amount right before it modifies already has its
                            # amount, and a word between them is no complement's preposition
                            # (but "$350 million raise at $1.5 billion": the cue holds its own)
                            and not (
                                view.text[cue.end : m_start].strip() and _modified(view, cue, money)
                            )
                        )
                    )
                )
            ):
                # "the valuation of $300 billion raised in March": a value noun with the amount
                # as its complement keeps it, whatever verb follows
                d = 0
            elif view.cjk and cue.kind == "programme" and _names_programme(view, money, cue):
                d = 0  # "13조원 규모의 '넥스트유니콘 프로젝트 펀드'": the fund's size
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
    listed = {id(m) for m in moneys if named_with(view, m) is not None} if companies else set()
    roles: dict[int, str] = {}
    role_cue: dict[int, str] = {}  # the kind of the cue word each amount took its role from
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
        kind = role_cue[mid] = view.cues[i].kind
        if kind == "market_cap":
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
                and listed_value(view, a, b, coordinators)
            ):
                # "frente ao valuation de US$ 80 bilhões de abril e aos US$ 40
                # bilhões do ano passado": the list of earlier values goes on
                roles[id(b)] = "valuation"
    joiners = view.rules.amount_joiners if view.rules is not None else frozenset()
    if joiners and "valuation" in roles.values():
        for a, b in pairwise(moneys):
            if (
                roles.get(id(b)) == "valuation"
                and roles.get(id(a), "") in ("", "round")
                and view.text[a.end : b.start].strip() in joiners
            ):
                # "420억 달러와 35억 달러의 기업가치": two amounts joined by a particle share
                # the value noun after the second
                roles[id(a)] = "valuation"
            elif (
                roles.get(id(a)) == "valuation"
                and not roles.get(id(b), "")
                and view.text[a.end : b.start].strip() in joiners
            ):
                roles[id(b)] = "valuation"  # "評価額は420億ドルと35億ドル": or the one before
    if view.kinds("respectively") and len(moneys) > 2:
        _share_list_role(view, moneys, roles)
    valued = "valuation" in roles.values()
    if valued and view.kinds("target"):
        # "从3亿到40亿美元的估值", "valued from $3 billion to $40 billion": the value a
        # valuation rose from is an earlier valuation
        for a, b in pairwise(moneys):
            if roles.get(id(b)) == "valuation" and rose_from(view, a, b):
                roles[id(a)] = "valuation"
            elif (
                roles.get(id(a)) == "valuation"
                and roles.get(id(b), "") in ("", "skip")
                and rose_from(view, a, b)
            ):
                # "valuation rose from $7 billion to $14 billion": the value word is nearer
                # the starting amount, but the value it reached is a valuation too
                roles[id(b)] = "valuation"
    for money in moneys:
        role = roles.get(id(money), "")
        # why an amount gives no claim (recorded for a trace only: claims.drops)
        reason = why.SKIP_REASONS.get(role_cue.get(id(money), ""), why.NO_ROLE)
        if not role and valued and _more_money(view, money):
            role = "round"  # "ElevenLabs, 500 millions de plus, valorisé à 11 milliards"
        if _target_named(view, money):
            roles[id(money)] = "target"  # "superando su objetivo inicial de 15.000 millones"
            continue
        if role in ("round", "invest", "valuation") and not_a_round(view, money, role):
            role, reason = "skip", why.PART
        if role in ("round", "invest") and part_of_next(view, money):
            # "$32 million as part of a $130 million round": a tranche
            role, reason = "skip", why.TRANCHE_NEXT
        if role in ("round", "invest") and thing_raises(view, money):
            # "O projeto recebeu um investimento de US$ 700 milhões"
            role, reason = "skip", why.THING_RAISES
        if role in ("round", "invest") and debt_headed(view, money):
            role, reason = "skip", why.DEBT  # "secured a $1 billion senior secured credit facility"
        if role == "valuation" and round_worth(view, money):
            role = "round"  # "a funding round worth $30 billion": the round's own size
        elif role == "valuation" and valued_thing(view, money):
            # "un data center dal valore di 3 miliardi": not a company's value
            role, reason = "skip", why.VALUED_THING
        if role == "invest" and raised_investment(view, money):
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
            role, reason = "skip", why.COMPARED
        if role in ("round", "invest") and is_requirement(view, money.start):
            # "the expansion will need tens of billions of dollars"
            role, reason = "skip", why.REQUIREMENT
        if (
            role in ("round", "invest")
            and any(0 <= money.start - c.end <= 3 for c in view.kinds("respectively"))
            and not (role == "round" and respective_names(view, moneys))
        ):
            # "由A与B领投，各注资15亿美元": each investor's part
            role, reason = "skip", why.INVESTOR_SHARE
        if role == "invest" and rules is not None and into_round(view, money, rules):
            # "Brisko já injetou US$ 3 bilhões na rodada": its part of a round
            role, reason = "skip", why.INVESTOR_SHARE
        if role != "skip" and refers_back(view, money):
            # "ce montant pourrait même grimper jusqu'à 8 Md$": the same round
            role, reason = "skip", why.RESTATED
        if role in ("round", "invest") and investor_share(view, money, moneys):
            # "raising $30 billion, with $22.5 billion from SoftBank"
            role, reason = "skip", why.INVESTOR_SHARE
        if not role or role == "skip":
            dropped(view, money.value, "funding_round", reason)
        roles[id(money)] = role
    return roles


_LIST_MARKS = ",、，;；"  # what separates the items of a list of amounts, with 'and'


def _share_list_role(view: View, moneys: list[Money], roles: dict[int, str]) -> None:
    """A "respectively" list of three or more amounts takes one role word for all of them
    ("were valued at $2 billion, $1.5 billion and $1 billion respectively", "分别以160亿元、
    155亿元、100亿元估值"): an amount with no role gets the role of its neighbour in the list,
    with only commas and 'and' between them (the two-amount list is joined by its 'and')."""
    coordinators = view.kinds("coordinator")

    def joined(a: Money, b: Money) -> bool:
        gap = view.text[a.end : b.start]
        for c in coordinators:
            if a.end <= c.start and c.end <= b.start:
                gap = gap.replace(view.text[c.start : c.end], " ")
        return not gap.strip(_LIST_MARKS + " ")

    for _ in range(len(moneys)):  # one step along the list per pass, either way
        changed = False
        for a, b in pairwise(moneys):
            ra, rb = roles.get(id(a), ""), roles.get(id(b), "")
            if bool(ra) != bool(rb) and (ra or rb) in ("round", "valuation") and joined(a, b):
                roles[id(a)] = roles[id(b)] = ra or rb
                changed = True
        if not changed:
            break


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
                # right after an amount labels that amount, unless the amount is a value
                # noun's complement: "hat 300 Millionen bei einer Bewertung von 3 Milliarden
                # eingesammelt" ends on the clause's verb
                if not _value_complement(view, money):
                    headed[i] = money
            elif 0 < cue.start - money.end <= 8:
                linked = LINKED_NOUN.match(view.text, money.end, view.end)
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


def _value_complement(view: View, money: Money) -> bool:
    """The amount is the complement of a value noun right before it ("Bewertung von 126
    Milliarden Dollar", "valuation of $3 billion"); not in CJK's head-final order."""
    return not view.cjk and any(
        c.kind in VALUATION_KINDS
        and c.end <= money.start
        and COMPLEMENT_GAP.fullmatch(view.text, c.end, money.start)
        for c in view.cues
    )


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
            c.end <= o.start < money.start and o.kind in ROLE_KINDS for o in view.cues
        ):
            return True
    return False


RAISED_GAP = 4  # characters between a raise verb and its amount ("raised $600 million")


def _modified(view: View, cue: Cue, money: Money) -> bool:
    """Another amount stands right before the value word and modifies it ("a $800 million
    valuation"): a one-word cue (a verb with its object, "valuing it", values the amount
    after it: "got $600 million valuing it at $6 billion"), the amount no raise verb's object
    ("raised $600 million valuing ..."). The noun of a head-final language is
    :func:`_heads_other`'s."""
    if " " in view.text[cue.start : cue.end].strip():
        return False
    other = _amount_before(view, cue, money, MODIFIER_GAP)
    return other is not None and not any(
        0 <= other.start - c.end <= RAISED_GAP for c in view.kinds("raise")
    )


# after an amount, a short linking word ("규모의", "대의", "規模の", "规模的") and the opening
# of a quoted name ("13조원 규모의 '넥스트유니콘 프로젝트 펀드'")
_QUOTED_HEAD = re.compile(r"\s*[^\W\d_]{0,3}\s*['\"‘“「『]([^'\"’”」』]{1,30})['\"’”」』]")


def _names_programme(view: View, money: Money, cue: Cue) -> bool:
    """In head-final order the amount modifies the quoted name right after it, and the name
    ends in a programme or fund word: the amount is that programme's size."""
    quoted = _QUOTED_HEAD.match(view.text, money.end)
    return quoted is not None and quoted.start(1) <= cue.start and cue.end == quoted.end(1)


def _money_source(view: View, cue: Cue) -> bool:
    """A source particle follows the programme or fund word ("펀드로부터", "ファンドから"): the
    fund gives the money, it is no programme the amount budgets."""
    names = view.rules.names if view.rules is not None else None
    return names is not None and view.text.startswith(names.source_particles, cue.end)


def _heads_other(view: View, cue: Cue, money: Money) -> bool:
    """The cue stands right after another amount, with only words and spaces between ("8000억원
    수준 기업가치", "3800億ドルの評価額"): it is the head noun of that amount, unless an 'after'
    word parts them ("融资6400万美元后估值3亿美元": the value after that raise)."""
    other = _amount_before(view, cue, money, HEAD_MODIFIER_GAP)
    if other is None:
        return False
    after = view.rules.after_amount if view.rules is not None else frozenset()
    return view.text[other.end : cue.start].strip() not in after


def _amount_before(view: View, cue: Cue, money: Money, gap: int) -> Money | None:
    """The amount other than ``money`` (and no conversion) that ends at most ``gap``
    characters before the cue, only letters and spaces between them once the amount's own
    restatement in brackets is set aside ("100億ドル(約1.5兆円)の評価額")."""
    for other in view.money:
        if other is money or other.is_conversion or cue.start < other.end:
            continue
        between = view.text[other.end : cue.start]
        gloss = CONVERSION_GLOSS.match(between, len(between) - len(between.lstrip()))
        if gloss is not None and any(
            c.is_conversion and other.end < c.start < other.end + gloss.end() for c in view.money
        ):
            # "100億ドル(約1.5兆円)の評価額": the amount restated in brackets is part of it
            between = between[gloss.end() :]
        if len(between) <= gap and all(ch.isalpha() or ch == " " for ch in between):
            return other
    return None
