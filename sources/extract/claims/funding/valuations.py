"""Valuations: which value word an amount takes, and which values are no company's.

- A valuation word serves one amount (a group of adjacent value words counts as one), unless
  the sentence lists values after "and"; a valuation noun heading the clause, or with the
  amount as its complement, keeps that amount.
- The value an amount "rose from" is an earlier valuation; "a round worth $30 billion" sizes
  the round; a value of a thing (a site, a project, a share sale, chips) is no company's.
- A listed lab's or cloud's value is a valuation only next to a round; a round and a value
  stated at two different times are two events.
"""

from __future__ import annotations

import re

from sources.extract.claim import Claim
from sources.extract.claims.context import WORD, View
from sources.extract.claims.funding.role_kinds import VALUATION_KINDS
from sources.extract.gazetteer import Entity
from sources.extract.money import Money
from sources.extract.rules import RAISING_CUES
from sources.extract.status import Cue

# between a value noun and its amount: one short linking word ("of", "de", "von", "sebesar")
COMPLEMENT_GAP = re.compile(r"\s*(?:[^\W\d_]{1,7}\s*)?")
# an adjective between the value noun and its complement ("avaliação inédita de US$ 500
# bilhões", "valutazione record di"): one lower-case word, then the preposition
_ADJECTIVE_GAP = re.compile(r"\s+[a-zà-öø-ÿа-яё]{3,12}\s+[^\W\d_]{1,3}\s*")

_PRIVATE_TYPES = frozenset(("ai_lab", "neocloud"))  # listed late, after years of rounds


def private_value(view: View, company: Entity) -> bool:
    """A listed lab's or cloud's value set by a funding round the sentence names ("a mega
    funding round valuing the GPU cloud company at $19 billion", before CoreWeave's listing):
    a round's valuation, not a market value (the reference data has no listing date)."""
    return company.company_type in _PRIVATE_TYPES and view.has("round", "raise")


def fill_valuation(first: Claim, later: Claim) -> None:
    """Give a round the valuation a later restatement of it states."""
    first.valuation = later.valuation
    first.valuation_currency = later.valuation_currency
    first.valuation_usd = later.valuation_usd
    first.valuation_basis = later.valuation_basis


def apart_in_time(view: View, money: Money, val: Money) -> bool:
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


# what may stand around the range word between two amounts besides a growth verb: spaces,
# a comma, the Chinese aspect particle and "all the way" ("99亿美元,一路涨到了293亿美元")
_RISE_FILLER = re.compile(r"(?:[\s,，了]|一路)*")


def rose_from(view: View, a: Money, b: Money) -> bool:
    """Only a range word, maybe after a growth verb, stands between two amounts ("3亿到40亿美元",
    "$3 billion to $40 billion", "从99亿美元涨到了293亿美元"): ``a`` is where ``b`` rose from."""
    for c in view.kinds("target"):
        if not a.end <= c.start <= c.end <= b.start:
            continue
        before = view.text[a.end : c.start]
        for g in view.kinds("growth"):
            if a.end <= g.start and g.end <= c.start:
                before = before.replace(view.text[g.start : g.end], "", 1)
        if _RISE_FILLER.fullmatch(before) and _RISE_FILLER.fullmatch(view.text[c.end : b.start]):
            return True
    return False


LIST_LINK_GAP = 6  # characters between "and" and the next listed amount ("e aos US$ 40")


def listed_value(view: View, a: Money, b: Money, coordinators: list[Cue]) -> bool:
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


def adjective_complement(view: View, cue: Cue, m_start: int) -> bool:
    """The amount is the value noun's complement past one adjective, with no cue word (a
    coordinator, a verb) between ("uma avaliação inédita de US$ 500 bilhões")."""
    return _ADJECTIVE_GAP.fullmatch(view.text, cue.end, m_start) is not None and not any(
        cue.end <= c.start < m_start for c in view.cues
    )


def object_complement(view: View, cue: Cue, m_start: int) -> bool:
    """The amount is the value verb's complement past its object, a company noun the sentence
    refers back with, then the preposition ("a round of $230 million valuing the company at $1
    billion", "valorisant l'entreprise à 1 milliard")."""
    for a in view.kinds("anaphor"):
        if a.start >= cue.end:
            return (
                not view.text[cue.end : a.start].strip()
                and bool(view.text[a.end : m_start].strip())
                and COMPLEMENT_GAP.fullmatch(view.text, a.end, m_start) is not None
            )
    return False


THING_WINDOW = 30  # a thing's noun this close before a value word is what it values
# a market is named with its region and field ("le marché européen de l'intelligence
# artificielle sera évalué à"): more characters and words may stand between it and the value word
MARKET_WINDOW = 60
MARKET_WORDS = 6  # (3 for other things)


_THING_CUES = frozenset(
    ("cluster", "programme", "share_sale", "purchase", "cost", "revenue", "market")
)
# a value verb's object that is no company: the value is that thing's (not a market: "une
# valeur de marché de 500 milliards" is the company's)
_OBJECT_THING_CUES = (_THING_CUES - {"market"}) | {"investment"}
# a thing's noun, a comma and at most one small word before the value word: "Il contratto, del
# valore di ...", "Le contrat, d'une valeur de ...": the value is the thing's
_APPOSED_VALUE = re.compile(r"\s*,\s*(?:[^\W\d_]{1,4}(?:['’][^\W\d_]{1,4})?\s+)?")


# "a round at $24 billion" prices the company, where "a round worth $30 billion" sizes the round
_PRICE_WORDS = frozenset(("at",))


def round_worth(view: View, money: Money) -> bool:
    """The value word right after a round noun, right before the amount, sizes the round ("a
    funding round worth $30 billion", "putaran pendanaan senilai US$5 miliar"). A CJK value
    noun is the company's value, never a round's size: "首轮融资估值达130亿元" is the first
    round's valuation."""
    return not view.cjk and any(
        0 <= c.start - r.end <= 1
        and 0 <= money.start - c.end <= 2
        and not view.text[r.end : c.start].strip()
        and view.text[c.start : c.end].lower() not in _PRICE_WORDS
        for c in view.kinds("valuation")
        for r in (*view.kinds("round"), *view.kinds("raise"))
    )


def valued_thing(view: View, money: Money) -> str:
    """What the value word before the amount values when it follows a thing in its clause (a
    site, a project, a share sale, a purchase) with no company or anaphor between: "un data
    center dal valore stimato di 3 miliardi", "oferta secundária de ações no valor de US$ 300
    milhões"; the cue kind ("cluster" for a named cluster), or "" when it values a company."""
    clause = view.ctx.clause_of(money.start)
    before = [
        c
        for c in view.cues
        # "estimé à 10,5 milliards": a value word may double as the amount's bound
        if c.kind in VALUATION_KINDS and c.start <= money.start and c.start >= clause[0]
    ]
    if not before:
        return ""
    cue = before[-1]
    if len(WORD.findall(view.text, cue.end, money.start)) > 3:
        return ""  # "que avalia a criadora do ChatGPT em ...": the verb has its own object
    # "Iozera évalue l'investissement à 500 millions": the verb's object is a thing, right
    # after it or behind a determiner; not a word that says which value ("valorisation
    # post-investissement de", "valorisation après l'investissement": a hyphen or a
    # preposition stands before it)
    objects = [
        c.kind
        for c in view.cues
        if cue.end <= c.start < money.start
        and c.kind in _OBJECT_THING_CUES
        and view.text[c.start - 1 : c.start] != "-"
        and _determiner_at_most(view.text[cue.end : c.start])
    ]
    if objects:
        return objects[0]
    things = [
        (c.end, c.kind)
        for c in view.cues
        if c.kind in _THING_CUES
        and 0 <= cue.start - c.end <= (MARKET_WINDOW if c.kind == "market" else THING_WINDOW)
        and (
            clause[0] <= c.start
            # (a market in an apposition or a relative clause describes the company: "Databricks,
            # a leader in its market, was valued at ...")
            or (c.kind != "market" and _APPOSED_VALUE.fullmatch(view.text, c.end, cue.start))
        )
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
    if len(WORD.findall(view.text, last, cue.start)) > (MARKET_WORDS if kind == "market" else 3):
        # "une vente d'actions sur la base d'une valorisation de": the company's (a market is
        # named with its region and field: "le marché européen de l'IA sera évalué à")
        return ""
    # "a share sale that values the company at ...": the thing is the verb's subject, the
    # company its object
    if any(last <= m.start < cue.start for m in view.of_kind("company")) or any(
        last <= c.start < cue.start and c.kind in ("anaphor", "relative") for c in view.cues
    ):
        return ""
    return kind


DETERMINER_LETTERS = 4  # "l'", "son", "cet", "the", "its", "this", "die"


def _determiner_at_most(gap: str) -> bool:
    """Nothing but one short word (an article, a possessive) between a verb and its object."""
    words = WORD.findall(gap)
    return len(words) <= 1 and all(len(w) <= DETERMINER_LETTERS for w in words)


def valuation_groups(view: View) -> dict[int, int]:
    """Valuation cues next to each other ("valuasi pascapendanaan") form one group: map
    cue index -> group id."""
    groups: dict[int, int] = {}
    if view.ctx.kinds.isdisjoint(VALUATION_KINDS):
        return groups
    last: tuple[int, int] | None = None  # (end, group)
    gid = 0
    for i, cue in enumerate(view.cues):  # in text order: ``analyze`` sorts them
        if cue.kind not in VALUATION_KINDS:
            continue
        if last is not None and cue.start - last[0] <= 3:
            groups[i] = last[1]
        else:
            gid += 1
            groups[i] = gid
        last = (max(cue.end, last[0] if last else 0), groups[i])
    return groups


HEAD_MODIFIER_GAP = 10  # "3800億ドルのポストマネー評価額": an amount this close before the noun


def head_valuation(view: View, money: Money, clause: tuple[int, int, bool]) -> Cue | None:
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


def valuation_basis(view: View) -> str:
    """Whether the sentence states a post-money or a pre-money valuation."""
    if view.has("valuation_post"):
        return "post"
    if view.has("valuation_pre"):
        return "pre"
    return "unspecified"
