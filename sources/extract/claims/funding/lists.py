"""Lists of amounts and of companies: which company each listed amount belongs to.

- A list of rounds: short lines after a line ending in a colon, each a name, a dash or colon
  and an amount ("Quantel - $2,7 млрд;"); its amounts are rounds without a money word.
- "Respectively" ("jeweils", "分别", "각각"): the amounts are paired in order with the
  companies listed before them; with investors listed, each amount is an investor's share.
- Investments given one by one to different named investors are shares of one round, not
  rounds; two companies coordinated before one amount raised it jointly (no round of either).
- A valuation stated with one company of several ("Anthropic ($19 billion valuation) and
  ...") is that company's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from sources.extract.claims.context import WORD, Discourse, View
from sources.extract.claims.funding.investees import investee_marked
from sources.extract.claims.funding.raisers import NO_ROUNDS
from sources.extract.claims.subjects import subject_rank
from sources.extract.gazetteer import BACKER_TYPES, Entity
from sources.extract.money import Money
from sources.extract.rules import LanguageRules

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
    list's opening gives its amounts the role of rounds (:func:`.rounds.money_claims`).
    ``starts``: the sentences' start offsets."""
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


def list_item_round(view: View, money: Money) -> bool:
    """An amount of a list item with no role of its own is a round when a company the sentence
    names stands before it (the item's head): "Scale AI - $14,3 млрд;"."""
    return any(m.end <= money.start for m in view.of_kind("company"))


def listed_shares(view: View, rounds: list[tuple[Money, str]], rules: LanguageRules) -> bool:
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
            if lo <= m.start < money.start and not investee_marked(view, m, rules)
        ]
        if not named or named[-1] in givers:
            return False
        givers.add(named[-1])
        lo = money.end
    return True


def _cannot_raise(kind: str, raising: bool) -> bool:
    """A company type that raises no round here: an investor or other backer, a cloud giant; a
    chip vendor only when the sentence has no raising word (a chip maker raises too:
    "Quantel and Brisko raised ... respectively")."""
    return (kind in BACKER_TYPES and not (raising and kind == "chip_vendor")) or kind in NO_ROUNDS


def respective_names(view: View, moneys: list[Money]) -> list[Entity]:
    """The companies a "respectively" sentence lists before its amounts, in order ("Anthropic
    and Mistral AI raised $4 billion and $600 million respectively", "A과 B가 각각 ...",
    "A和B分别获得..."): two or more that could raise a round (no investor, chip vendor or
    cloud giant, none named as a source); empty without such a list."""
    if not moneys or not view.kinds("respectively"):
        return []
    first = moneys[0].start
    names: list[Entity] = []
    # a chip maker may raise or be valued ("燧原科技、壁仞科技、沐曦分别以160亿元、…估值")
    raising = bool(view.kinds("raise")) or bool(view.kinds("valuation"))
    for m in view.of_kind("company"):
        if m.end > first:
            break
        if _cannot_raise(m.entity.company_type, raising):
            return []  # "Microsoft and Nvidia will invest $5bn and $10bn respectively": backers
        if subject_rank(view, m, "funding", True) >= 2:
            continue
        if all(n.name != m.entity.name for n in names):
            names.append(m.entity)
    return names if len(names) >= 2 else []


JOINT_GAP = 24  # characters between two coordinated raisers ("Acme и стартап Kestrel")


def joint_raisers(view: View, subject: Entity, money: Money) -> bool:
    """The round's subject is coordinated with another company that could raise, both before
    the one amount ("Acme и стартап Kestrel ... получив финансирование в $4,2 млрд", "A and
    B secured $X"): money the two got together, a project's or a joint financing, no round
    of either."""
    before = [m for m in view.of_kind("company") if m.end <= money.start]
    raising = bool(view.kinds("raise"))
    # the subject's mention nearest the amount ("A and B compete; B raised $X": B alone)
    own = [m for m in before if m.entity.name == subject.name][-1:]
    for m in own:
        for o in before:
            if o.entity.name == subject.name or _cannot_raise(o.entity.company_type, raising):
                continue
            lo, hi = (m.end, o.start) if m.end <= o.start else (o.end, m.start)
            if not 0 < hi - lo <= JOINT_GAP:
                continue
            # only a coordinator and maybe a company noun between them
            joined = [c for c in view.kinds("coordinator") if lo <= c.start and c.end <= hi]
            if joined and not any(ch in view.text[lo:hi] for ch in ",;()"):
                return True
    return False


def _lone_first(view: View, moneys: list[Money]) -> list[Entity | None] | None:
    """A "respectively" list whose one known raiser opens or closes it and whose other items
    the gazetteer lacks ("Anthropic과 케스트렐랩스는 ... 각각 35억 달러, 2억 달러", "Kestrel
    and Anthropic raised $240 million and $3.5 billion respectively"): the amount in the
    known company's place is its own, the others an unknown company's each (None); None when
    the sentence is no such list."""
    if not moneys or not view.kinds("respectively"):
        return None
    size = sum(not m.is_conversion for m in moneys)
    if size < 2:
        return None
    first = moneys[0].start
    for c in view.of_kind("company"):
        if first < c.start < moneys[-1].start and (
            sum(m.start > c.start and not m.is_conversion for m in moneys) >= 2
        ):
            # "Anthropic raised $4B, and xAI raised $1B and $2B respectively": a name among
            # the amounts, with two or more after it, starts a list of its own
            return None
    raising = bool(view.kinds("raise"))
    named = [
        m
        for m in view.of_kind("company")
        if m.end <= first
        and not _cannot_raise(m.entity.company_type, raising)
        and subject_rank(view, m, "funding", True) < 2
    ]
    if len({m.entity.name for m in named}) != 1:
        return None
    head = named[0]
    # the last item, joined by "and" ("Kestrel and Anthropic raised ..."), else the first
    if any(0 <= head.start - c.end <= 3 for c in view.kinds("coordinator")):
        return [None] * (size - 1) + [head.entity]
    if "," in view.text[max(view.start, head.start - 3) : head.start]:
        return None  # a middle item
    return [head.entity] + [None] * (size - 1)


def respective_pairs(
    view: View,
    moneys: list[Money],
    rounds: list[tuple[Money, str]],
    vals: list[Money],
    disc: Discourse,
) -> dict[int, Entity | None]:
    """Each round and each valuation of a "respectively" list given to the company in the same
    place of the list of names (by ``id`` of the amount): the rounds, then the valuations,
    each a whole number of times as many as the names. A sentence that names no company right
    after such a list ("이들 기업은 420억 달러와 35억 달러의 기업가치를", "The two were valued at
    $X and $Y") pairs exactly as many amounts with the same names."""
    names: list[Entity | None] = list(respective_names(view, moneys))
    whole = True
    if names:
        disc.respective = (view.index, tuple(names))
    elif (lone := _lone_first(view, moneys)) is not None:
        disc.respective = (view.index, tuple(lone))
        amounts = [m for m in moneys if not m.is_conversion]
        kinds = [[m for m, r in rounds if r == "round"], vals]
        if sum(len(g) for g in kinds) == len(amounts) and all(len(g) != 1 for g in kinds):
            # "Kestrel and xAI raised $240M and $6B respectively, at valuations of $1B and
            # $24B": rounds pair with the names by place, and valuations apart from them
            known = next(e for e in lone if e is not None)
            at_end = lone[-1] is not None and len(lone) > 1
            by_kind: dict[int, Entity | None] = {}
            for group in kinds:
                for i, money in enumerate(group):
                    by_kind[id(money)] = known if i == (len(group) - 1 if at_end else 0) else None
            return by_kind
        # paired by place among all the sentence's amounts (some may be dropped already)
        return {id(m): lone[i] for i, m in enumerate(amounts) if i < len(lone)}
    elif disc.respective[0] == view.index - 1 and not view.of_kind("company"):
        names, whole = list(disc.respective[1]), False
    if not names:
        return {}
    pairs: dict[int, Entity | None] = {}
    for group in ([m for m, r in rounds if r == "round"], vals):
        if group and (len(group) % len(names) == 0 if whole else len(group) == len(names)):
            for i, money in enumerate(group):
                pairs[id(money)] = names[i % len(names)]
    return pairs


def named_with(view: View, money: Money) -> Entity | None:
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


OBJECT_GAP = 2  # words between a valuing verb and the company it values ("valued the start-up")
OBJECT_TAIL = 3  # words between that company and its value ("at", "à", "en", "mit", "в")


def valued_object(view: View, money: Money) -> Entity | None:
    """The company a valuing verb takes as its object, right before the value ("Investors
    valued Mistral AI at $6 billion", "l'opération valorise Mistral AI à 6 milliards",
    "инвесторы оценили Mistral AI в $6 млрд"): the company valued, whoever values it. Not in
    verb-final languages, whose object stands before the verb."""
    if view.rules is not None and view.rules.sov:
        return None
    text = view.text
    clause_start = view.ctx.clause_of(money.start)[0]
    compared = view.kinds("comparison") + view.kinds("comparison_before")
    for cue in view.kinds("valuation"):
        if cue.end > money.start:
            break
        if any(
            clause_start <= m.start < cue.start and m.entity.company_type not in BACKER_TYPES
            for m in view.of_kind("company")
        ):
            # "Anthropic reached a valuation above OpenAI, at $500 billion": the clause has
            # a subject of its own, which is the one valued
            return None
        for m in view.of_kind("company"):
            if not cue.end <= m.start or m.end > money.start:
                continue
            if m.entity.company_type in BACKER_TYPES:
                break
            before = WORD.findall(text, cue.end, m.start)
            after = WORD.findall(text, m.end, money.start)
            if (
                len(before) <= OBJECT_GAP
                and len(after) <= OBJECT_TAIL
                and not any(ch in text[m.end : money.start] for ch in ",;:")
                and not any(cue.end <= c.start < m.start for c in compared)
                and not any(m.end <= o.start < money.start for o in view.money)
            ):
                return m.entity
            break  # only the first name after the verb is its object
    return None
