"""Sentence-level pairing of figures with entities, chips and cue words into claims.

Heuristics, each general rather than fitted to a sentence:

- A chip count is a number followed, within a few words and before any clause break, by a
  chip name or a chip noun ("100,000 Nvidia H100 GPUs", "10万块H100", "100.000 unit GPU"), or
  preceded by one when the language puts the count after the noun (Japanese "H100を10万個",
  Indonesian "GPU H100 sebanyak 100.000 unit", any count followed by a counter word). A bare
  number after a target word that follows a growth verb ("will double to 200,000") counts
  too. Counts of "H100 equivalents", CPU cores, GPU-hours and chips per server are not chip
  counts; increments ("another 20,000") are not sizes; purchases and shipments ("bought
  150,000 H100s in 2023") are flows, not holdings.
- chip_model: the chip named with the count; none when several are named together ("GB200
  and GB300"); the one chip the sentence names when the count says only "GPUs" and no other
  count claims that chip; the chip of the previous sentence's claim when the count has only
  a counter word ("85.000 unit").
- A count is a cluster size when the sentence names a cluster or uses a cluster noun
  ("supercomputer", "pusat data", "集群", "pods"), unless the chips are spread "across" sites
  (a holding); otherwise it is a company's chip holding.
- Each money amount takes the role of the cue word nearest to it: a raise/round word makes
  it a funding round, a valuation word a valuation, a cost, revenue, market-cap, programme or
  per-unit word nothing; a cumulative-total word in its clause ("so far", "insgesamt") makes
  it no round. A round and a valuation in one sentence form one funding_round claim. An
  amount with a scale word but no currency next to a round or valuation word takes the
  currency of the amount before it ("6.600 millones", after "40.000 millones de dólares").
  "X invested $N in Y" is Y's round, unless the sentence also states the round itself (then
  it is X's part of it), or gives each investor's share ("respectively", "jeweils", "分别").
  The company receiving the money may be marked before the amount ("in Anthropic",
  "向Anthropic", "アンソロピックに"). An amount named as new money ("another $4 billion",
  "supplémentaires", "追加") is a round even when the sentence goes on to a running total
  ("bringing its total to $8 billion"); a total cue covers the amount nearest to it.
- Subject: the cluster named nearest to the figure; else the company in subject position:
  the first one before the figure in its clause, else the first before it in the sentence
  outside relative clauses, else the first after it. Investors, a company named as the
  source ("según Crusoe"), and for chip counts chip vendors (they sell the chips they are
  named with) come last. An anaphor between that company and the figure ("l'entreprise",
  "the company", "同社") points to the story's main company instead: the company mentioned
  most so far. Unnamed clusters: the owner's cluster named in the last sentences or, if the
  article names exactly one cluster of that owner, that one; else the owner.
- Owner: a cluster's owner from the reference data; a company's own fleet is its own; chips a
  cloud makes itself (TPUs, Trainium) used by another company are the cloud's. Money claims
  have no owner.
- "The latter" ("letztere", "后者") is the company named last, in the sentence or before it.
- Sentences that announce a correction ("an earlier version misstated ...") give no claims;
  under a condition ("if confirmed", "se confermata", "如果属实") only figures dated in the
  past stand.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter, itemgetter

from sources.extract import lexicon as lx
from sources.extract.claim import Claim
from sources.extract.gazetteer import Entity, EntityMention, Gazetteer
from sources.extract.lexicon import Hit, Lexicon
from sources.extract.money import Money, find_money
from sources.extract.numbers import Num, find_numbers
from sources.extract.phrases import is_letter
from sources.extract.rules import LanguageRules
from sources.extract.status import DEFAULT_STATUS, Cue, StatusContext, resolve_status
from sources.extract.timeref import TimeRef, find_times, is_future, resolve
from sources.extract.units import UnitQty, find_units

MIN_CHIP_COUNT = 100  # smaller counts are servers or boards, not clusters or holdings
AFTER_WINDOW = 60  # how far after a number its chip noun may stand (characters)
BEFORE_WINDOW = 40
ROLE_WINDOW = 90  # a money amount's role cue must be this close
CLAUSE_PENALTY = 12  # a role cue across a clause break counts as this much farther
ELLIPSIS_WINDOW = 30  # a currency-less amount needs a round/valuation word this close
DISCOURSE_SENTENCES = 3  # how far back an unnamed cluster is looked up
CHIP_SENTENCES = 2  # how far back a counter-only count looks for its chip
SOURCE_WINDOW = 3  # a company right after "according to" is the source ("según Crusoe")
ANAPHOR, FALLBACK = 3, 5  # ranks of a subject taken from the discourse

# lookbehinds sit after the first character, never first: a leading assertion stops ``re``
# from skipping ahead to the characters a match can start with (~3x slower)
_CLAUSE_PUNCT = re.compile(r"[;:()（）、，；：—–]|,(?:(?<![0-9],)|(?![0-9]))|\s-\s")
_STRONG_BREAK = re.compile(r"[;；]")
_NOT_CHIP_BREAK = frozenset("()（）—–")  # the _CLAUSE_PUNCT marks that are not _CHIP_BREAK's
_CHIP_BREAK = re.compile(r"[;:、，；：]|,(?:(?<![0-9],)|(?![0-9]))|\s-\s")
_LINKED_NOUN = re.compile(
    r"\s+(?:de|of|di|d'|d’|des|del|dari|von)\s+[^\W\d_]", re.IGNORECASE
)  # "100 millones de usuarios": the scale word counts something else
_LINKED_TAIL = re.compile(
    r"(?:^|\s)(?:de|of|di|d'|d’|des|del|dari|von|du|da|do|della|dello|dei|van)\s*$", re.IGNORECASE
)  # a name right after a linking word belongs to a noun phrase ("anciens de Meta")
_WORD = re.compile(r"[^\W\d_]+")
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
    "per_unit": "skip",
    "funding_total": "skip",
    "debt": "skip",
}
_ROLE_ORDER = {"skip": 0, "valuation": 1, "round": 2, "invest": 2}
_VALUATION_KINDS = frozenset(k for k, role in _ROLE_KINDS.items() if role == "valuation")
_AMOUNT_ROLE_KINDS = frozenset(  # the cue kinds that make an amount a round or a valuation
    k for k, role in _ROLE_KINDS.items() if role in ("round", "valuation", "invest")
)
_CHIP_BARRIER_KINDS = {"part", "relative", "clause_break", "comparison"}

UsdConverter = Callable[[float, str, date], "float | None"]


@dataclass(slots=True)
class Doc:
    """One document being read."""

    text: str
    fold: str
    low: str
    language: str
    rules: LanguageRules
    gazetteer: Gazetteer
    published: date | None
    usd: UsdConverter | None
    lex: Lexicon = field(default_factory=lambda: Lexicon(()))
    traditional: bool = False
    clusters: list[tuple[int, Entity]] = field(default_factory=list)  # (sentence, cluster)


@dataclass(slots=True)
class Discourse:
    """What earlier sentences named, for sentences that name nothing."""

    cluster: Entity | None = None
    cluster_sentence: int = -99
    companies: Counter[str] = field(default_factory=Counter)
    # investors named, the story's company only when it names no other (SoftBank's own DC)
    backers: Counter[str] = field(default_factory=Counter)
    last_company: dict[str, int] = field(default_factory=dict)
    first_company: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, Entity] = field(default_factory=dict)
    currency: str | None = None
    chip: Entity | None = None
    chip_sentence: int = -99
    chip_subject: Entity | None = None  # the subject the chip was counted for
    funded: Entity | None = None  # the last subject of a round or valuation
    last_named: Entity | None = None  # the company named last (for "the latter")
    last_status: tuple[int, str] = (-99, "")  # (sentence, status) of the last claim
    count_subject: Entity | None = None  # the subject of the last chip count
    count_chip: Entity | None = None  # and its chip
    count_sentence: int = -99

    def ranked_companies(self) -> list[Entity]:
        """Companies by salience, highest first."""
        order = sorted(self.companies, key=lambda n: (-self.companies[n], self.first_company[n]))
        return [self.by_name[n] for n in order]

    def main_company(self, backers: bool = False) -> Entity | None:
        """The story's company: the most salient so far (see :func:`update_discourse`), the
        earliest named on a tie; with ``backers``, an investor when the story names no other
        company (an investor may own chips, but it raises no money in its own stories)."""
        pool = self.companies or (self.backers if backers else self.companies)
        if not pool:
            return None
        name = max(pool, key=lambda n: (pool[n], -self.first_company[n]))
        return self.by_name[name]


@dataclass(slots=True)
class ChipRef:
    model: Entity | None
    start: int
    end: int
    kind: str  # after | before | target
    counter_only: bool = False
    mixed: bool = False
    equivalent: bool = False


@dataclass(slots=True)
class View:
    """Everything found in one sentence."""

    index: int
    start: int
    end: int
    nums: list[Num]
    money: list[Money]
    units: list[UnitQty]
    entities: list[EntityMention]
    cues: list[Cue]
    nouns: list[Hit]
    times: list[TimeRef]
    ctx: StatusContext
    cuts: list[int] = field(default_factory=list)
    chip_cuts: list[int] = field(default_factory=list)
    text: str = ""
    barriers: list[int] | None = None
    ranks: dict[str, list[tuple[EntityMention, int]]] = field(default_factory=dict)
    cjk: bool = False
    # lookups asked many times per sentence, grouped once by ``analyze`` (cues and entities
    # never change after it)
    strong_cuts: list[int] | None = None
    not_figures: set[int] | None = None  # amounts that restate or are compared (_time_for)
    cue_groups: dict[str, list[Cue]] = field(default_factory=dict)  # by kind, in text order
    entity_groups: dict[str, list[EntityMention]] = field(default_factory=dict)  # by kind

    def kinds(self, kind: str) -> list[Cue]:
        return self.cue_groups.get(kind, _NONE)

    def has(self, *kinds: str) -> bool:
        return not self.ctx.kinds.isdisjoint(kinds)

    def of_kind(self, kind: str) -> list[EntityMention]:
        return self.entity_groups.get(kind, _NONE)


_NONE: list = []  # the answer for a kind a sentence lacks (read only, never appended to)
_START = attrgetter("start")


def _sort_spans(spans: list) -> None:
    """Sort (start, end, ...) tuples by start, the longer first at one start: two C-level
    sorts (the second is stable) instead of a Python key function per item."""
    spans.sort(key=itemgetter(1), reverse=True)
    spans.sort(key=itemgetter(0))


def analyze(
    doc: Doc,
    index: int,
    start: int,
    end: int,
    entities: list[EntityMention],
    next_denial: bool,
    disc: Discourse,
) -> View:
    """Find numbers, money, units, cues, chip nouns and times in one sentence."""
    low, fold, rules, lex = doc.low, doc.fold, doc.rules, doc.lex
    nums = find_numbers(low, fold, start, end, rules, lex)
    cues = [Cue(h.start, h.end, h.value) for h in lex.within(lx.CUE, start, end)]
    # "in the coming months", "今後数カ月": a time that only plans have
    cues += [Cue(h.start, h.end, "planned") for h in lex.within(lx.TIME, start, end, "coming")]
    for rx, kind in rules.cue_regexes:
        for m in rx.finditer(low, start, end):
            cues.append(Cue(m.start(), m.end(), kind))
    if len(cues) > 1:
        _sort_spans(cues)
    money = find_money(low, nums, start, end, rules, lex, traditional=doc.traditional)
    money += _elided_money(low, nums, money, cues, end, disc)
    if len(money) > 1:
        money.sort(key=_START)
    units = find_units(low, nums, end, lex)
    nouns = lex.within(lx.NOUN, start, end)
    times = find_times(low, fold, start, end, lex)
    punct = [m.start() for m in _CLAUSE_PUNCT.finditer(fold, start, end)]
    cut_set = {start, *punct}
    # _CHIP_BREAK's matches are _CLAUSE_PUNCT's without brackets and dashes (one scan)
    chip_set = {p for p in punct if fold[p] not in _NOT_CHIP_BREAK} if punct else set()
    # one pass over the cues groups them by kind and collects the clause and chip breaks
    cue_groups: dict[str, list[Cue]] = {}
    for cue in cues:
        kind = cue.kind
        group = cue_groups.get(kind)
        if group is None:
            cue_groups[kind] = [cue]
        else:
            group.append(cue)
        if kind in _CHIP_BARRIER_KINDS:
            chip_set.add(cue.start)
        if kind == "clause_break" or kind == "relative":
            cut_set.add(cue.start)
    relative_starts = {c.start for c in cue_groups.get("relative", ())}
    if "planned" in cue_groups and "coordinator" in cue_groups:
        plan_starts = [c.start for c in cue_groups["planned"]]
        for cue in cue_groups["coordinator"]:
            if _opens_plan(fold, cue, plan_starts):
                # "... 200,000 GPUs and will grow to 1 million", "e dovrebbe", "并将": the
                # plan is the second clause's, with its own status and time
                cut_set.add(cue.start)
    cuts = sorted(cut_set)
    clauses = []
    for i, cs in enumerate(cuts):
        ce = cuts[i + 1] if i + 1 < len(cuts) else end
        clauses.append((cs, ce, cs in relative_starts))
    entity_groups: dict[str, list[EntityMention]] = {}
    subjects = []
    for m in entities:
        kind = m.entity.kind
        group = entity_groups.get(kind)
        if group is None:
            entity_groups[kind] = [m]
        else:
            group.append(m)
        if kind == "company" or kind == "cluster":
            subjects.append(m.start)
    subjects += [c.start for c in cue_groups.get("anaphor", ())]
    figures = tuple([n.start for n in nums if not n.year])
    ctx = StatusContext(
        tuple(cues), tuple(clauses), figures, tuple(subjects), next_denial, frozenset(cue_groups)
    )
    return View(
        index,
        start,
        end,
        nums,
        money,
        units,
        entities,
        cues,
        nouns,
        times,
        ctx,
        cuts,
        sorted(chip_set),
        doc.text,
        cjk=rules.cjk,
        cue_groups=cue_groups,
        entity_groups=entity_groups,
    )


_SPACE = re.compile(r"\s*")
_WORD_GAP = re.compile(r"[^\W\d_]{1,12}\s+")


def _opens_plan(fold: str, coordinator: Cue, plan_starts: list[int]) -> bool:
    """A coordinator right before a plan word, or one word before it ("and will", "und
    soll", "and is expected", "并将"): it opens a clause of its own."""
    pos = _SPACE.match(fold, coordinator.end).end()  # type: ignore[union-attr]
    if pos in plan_starts:
        return True
    word = _WORD_GAP.match(fold, pos)
    return word is not None and word.end() in plan_starts


def _elided_money(
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
        if id(num) in taken or _LINKED_NOUN.match(low, num.end, end):
            continue
        near = any(
            c.kind in _AMOUNT_ROLE_KINDS
            and (
                0 <= num.lead - c.end <= ELLIPSIS_WINDOW
                or 0 <= c.start - num.end <= ELLIPSIS_WINDOW
            )
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


# --- helpers -------------------------------------------------------------------------------
# The helpers below run per figure or per claim over the few cues, names and numbers of one
# sentence: many test the cue kinds present first, and loop where any(generator) would cost
# more than the test itself.


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _taken(view: View, pos: int) -> bool:
    """Whether ``pos`` lies in an amount, a quantity with a unit or a name."""
    for m in view.money:
        if m.start <= pos < m.end:
            return True
    for u in view.units:
        if u.start <= pos < u.end:
            return True
    return any(e.start <= pos < e.end for e in view.entities)


def _barriers(view: View) -> list[int]:
    """Sorted positions where a chip reference stops: clause breaks and numbers."""
    if view.barriers is None:
        view.barriers = sorted(set(view.chip_cuts) | {n.start for n in view.nums})
    return view.barriers


def _chip_barrier_after(view: View, pos: int) -> int:
    marks = _barriers(view)
    i = bisect.bisect_right(marks, pos)
    return marks[i] if i < len(marks) else view.end


def _chip_barrier_between(view: View, a: int, b: int) -> bool:
    if a >= b:
        return False
    marks = _barriers(view)
    i = bisect.bisect_right(marks, a)
    if i < len(marks) and marks[i] < b:
        return True
    return any(a == n.start for n in view.nums)  # a number starting right at ``a``


def _chip_items(view: View) -> list[tuple[int, int, Entity | None, str]]:
    items = [(m.start, m.end, m.entity, "chip") for m in view.of_kind("chip")]
    items += [(h.start, h.end, None, str(h.value)) for h in view.nouns]
    items.sort()
    return items


def _chip_ref(doc: Doc, view: View, num: Num, items: list) -> ChipRef | None:
    limit = min(_chip_barrier_after(view, num.end), num.end + AFTER_WINDOW)
    after = [it for it in items if num.end <= it[0] < limit]
    if after and after[0][0] - num.end <= 30:
        chips = [it for it in after if it[2] is not None and it[0] - num.end <= 40]
        ids = {it[2].id for it in chips}
        ref = ChipRef(chips[0][2] if len(ids) == 1 else None, after[0][0], after[-1][1], "after")
        ref.mixed = len(ids) > 1
        ref.counter_only = True
        for it in after:
            if it[3] != "counter":
                ref.counter_only = False
                break
        # "600,000 H100 equivalents", "600.000 GPU equivalenti H100"
        ref.equivalent = bool(chips) and (
            _equivalent(doc, view, chips)
            or any(
                it[2] is None
                and it[1] <= chips[0][0]
                and doc.lex.starting_at(doc.low, it[1], view.end, lx.EQUIV) is not None
                for it in after
            )
        )
        return ref
    before = [it for it in items if num.lead - BEFORE_WINDOW <= it[1] <= num.lead]
    if before:
        it = before[-1]
        if not _chip_barrier_between(view, it[1], num.lead):
            has_counter = doc.lex.starting_at(doc.low, num.end, view.end, lx.NOUN) is not None
            if doc.rules.sov or has_counter or num.lead - it[1] <= 12:
                model = it[2]
                if model is None:
                    prev = [x for x in before if x[2] is not None and it[0] - x[1] <= 3]
                    model = prev[-1][2] if prev else None
                ref = ChipRef(model, it[0], it[1], "before")
                ref.equivalent = model is not None and _equivalent(doc, view, [it])
                return ref
    return None


def _equivalent_before(doc: Doc, view: View, num: Num, items: list, ref: ChipRef) -> bool:
    """ "equivalent to nearly 600,000 H100s" (the cue before the number), or a chip with its
    equivalence word before a count that has only a counter ("H100換算で約60万個分")."""
    if doc.lex.ending_at(doc.low, num.lead, view.start, lx.EQUIV) is not None:
        return True
    if not ref.counter_only:
        return False
    chips = [
        it
        for it in items
        if it[2] is not None
        and num.lead - BEFORE_WINDOW <= it[1] <= num.lead
        and not _chip_barrier_between(view, it[1], num.lead)
    ]
    return _equivalent(doc, view, chips)


def _equivalent(doc: Doc, view: View, chips: list) -> bool:
    for _start, end, ent, _ in chips:
        if ent is not None and doc.lex.starting_at(doc.low, end, view.end, lx.EQUIV) is not None:
            return True
    return False


def _cue_before(view: View, kind: str, pos: int, window: int) -> Cue | None:
    best = None
    for cue in view.kinds(kind):
        if cue.end <= pos and pos - cue.end <= window and (best is None or cue.end > best.end):
            best = cue
    return best


_CONNECTIVE_COMMA = frozenset(",、，;")
_CJK_TIME_UNITS = frozenset("日天年月週周")
_HARD_BREAK = frozenset(";；")


def _is_increment(view: View, num: Num, ref: ChipRef | None) -> bool:
    inc = _cue_before(view, "increment", num.lead, 24)
    if inc is not None and view.text[inc.end : inc.end + 2].lstrip()[:1] in _CONNECTIVE_COMMA:
        inc = None  # "Further, ...", "さらに、", "另外，": a sentence adverb, not "another"
    if inc is not None and not _chip_barrier_between(view, inc.end, num.lead):
        # the target word may be read as the number's bound ("menambah ... hingga 1 juta")
        target = _cue_before(view, "target", num.start, num.start - num.lead + 3)
        if target is None or target.start < inc.end:
            return True
    after_words = view.kinds("increment_after")
    if not after_words:
        return False
    if any(0 <= c.start - num.end <= 2 for c in after_words):
        return True
    if ref is not None and ref.kind == "after":
        # "100.000 chip Nvidia tambahan", "100 000 GPU supplémentaires"
        limit = _chip_barrier_after(view, ref.end)
        return any(0 <= c.start - ref.end <= 12 and c.start < limit for c in after_words)
    return False


def _not_a_count(view: View, num: Num, ref: ChipRef | None) -> bool:
    tail = ref.end if ref is not None and ref.kind == "after" else num.end
    if (view.units and any(u.num.start == num.start for u in view.units)) or (
        view.cjk and view.text[num.end : num.end + 1] in _CJK_TIME_UNITS
    ):
        return True  # "わずか122日", "150 MW": a number that takes a unit counts no chips
    if "cores" not in view.ctx.kinds and "per_container" not in view.ctx.kinds:
        return False
    for cue in view.cues:
        if cue.kind == "cores" and (0 <= cue.start - num.end <= 12 or 0 <= cue.start - tail <= 3):
            return True
        if cue.kind == "per_container" and 0 <= cue.start - tail <= 12:
            return True
    return False


def _rank(view: View, m: EntityMention, role: str, others: bool) -> int:
    """0: a subject candidate; 1: only if no 0; 2: last resort (investors, sources)."""
    kind = m.entity.company_type
    if _rival_possessor(view, m):
        return 2  # "OpenAI rival Anthropic", "pesaing OpenAI, Anthropic": OpenAI is no subject
    if kind == "investor":
        # an investor in a compute sentence may own the chips (SoftBank, High-Flyer), but
        # never before a named lab or cloud
        return 2 if role == "funding" else 1
    for c in view.kinds("according"):
        if 0 <= m.start - c.end <= SOURCE_WINDOW:
            return 2
    if role == "funding":
        for c in view.kinds("investor_role"):
            if 0 <= c.start - m.end <= 6 or (0 <= m.start - c.end <= 40 and not _led(view, c, m)):
                return 2
        return 1 if kind == "chip_vendor" and others else 0
    return 2 if kind == "chip_vendor" else 0


def _rival_possessor(view: View, m: EntityMention) -> bool:
    """The name is whose rival the sentence speaks of: right before a rivalry noun ("OpenAI
    rival", "OpenAI-Konkurrent", "OpenAI的竞争对手"), after one through a linking word
    ("rival of OpenAI", "concurrent d'OpenAI"), or bare after one where the possessor follows
    ("pesaing OpenAI")."""
    if "rival" not in view.ctx.kinds and "rival_of" not in view.ctx.kinds:
        return False
    for c in view.cues:
        if c.kind == "rival":
            if 0 <= c.start - m.end <= 2 and not view.text[m.end : c.start].strip(" -‐的の之"):
                return True
            if 0 <= m.start - c.end <= 5 and _LINKED_TAIL.search(view.text[c.end - 1 : m.start]):
                return True
        elif c.kind == "rival_of" and 0 <= m.start - c.end <= 1:
            return True
    return False


def _led(view: View, cue: Cue, m: EntityMention) -> bool:
    """In CJK word order the investor stands before the investing verb and the company it
    invests in right after it ("阿里巴巴领投月之暗面", "A社が主導しB社に"), as in English
    compounds ("Microsoft-backed OpenAI"): that company is no investor."""
    compound = view.text[cue.start : cue.start + 1] == "-"
    if not (view.cjk or compound) or m.start - cue.end > 1:
        return False
    return any(
        0 <= cue.start - other.end <= 2 for other in view.of_kind("company") if other is not m
    )


def _pick_company(
    view: View, anchor: int, role: str, disc: Discourse | None = None
) -> tuple[Entity | None, int]:
    """(company, rank) in subject position for a figure at ``anchor``: rank 0-2 as
    :func:`_rank`, ``ANAPHOR`` for the story's company named by an anaphor, ``FALLBACK`` for
    the story's company when the sentence names none."""
    ranked = view.ranks.get(role)
    if ranked is None:
        companies = view.of_kind("company")
        if view.of_kind("cluster"):
            cluster_spans = [(m.start, m.end) for m in view.of_kind("cluster")]
            companies = [m for m in companies if not _inside(m.start, cluster_spans)]
        ranked = [(m, _rank(view, m, role, len(companies) > 1)) for m in companies]
        view.ranks[role] = ranked
    c_start, _c_end, relative = view.ctx.clause_of(anchor)
    best_before = [
        m
        for m, r in ranked
        if r == 0 and m.end <= anchor and not _in_other_relative(view, m.start, anchor)
    ]
    last_before = best_before[-1].end if best_before else view.start
    latter = view.kinds("latter")
    if latter and disc is not None:
        latter = [c for c in latter if last_before <= c.start < anchor and c.start >= c_start]
        if latter:
            # "the latter", "后者": the company named last before it, here or in an earlier
            # sentence
            named = [m for m, _r in ranked if m.end <= latter[0].start]
            if named:
                return named[-1].entity, 0
            if disc.last_named is not None:
                return disc.last_named, ANAPHOR
    anaphors = view.kinds("anaphor")
    if anaphors:
        anaphors = [
            c
            for c in anaphors
            if last_before <= c.start < anchor and not _in_other_relative(view, c.start, anchor)
        ]
    anaphor = bool(anaphors)
    if anaphor:
        local = _local_antecedent(view, anaphors[0], best_before)
        if local is not None:
            return local, 0
    if relative:
        # "OpenAI, yang bulan lalu mengantongi US$6,6 miliar": the antecedent is the subject
        antecedent = [m for m, r in ranked if r < 2 and 0 <= c_start - m.end <= 3]
        if antecedent:
            return antecedent[-1].entity, 0
    if anaphor and disc is not None and disc.main_company(role == "compute") is not None:
        # "the company", "la société", "同社": in a money sentence, the company the story has
        # seen raising money (an article about an investor is also about its target)
        if role == "funding" and disc.funded is not None:
            return disc.funded, ANAPHOR
        return disc.main_company(role == "compute"), ANAPHOR
    for rank in (0, 1, 2):
        pool = [m for m, r in ranked if r == rank]
        # the first in the clause, else the first before, else the first after
        for m in pool:
            if c_start <= m.start < anchor:
                return m.entity, rank
        for m in pool:
            if m.end <= anchor and not _in_other_relative(view, m.start, anchor):
                return m.entity, rank
        for m in pool:
            if m.start >= anchor:
                return m.entity, rank
        if rank == 1 and disc is not None and disc.main_company(role == "compute") is not None:
            return disc.main_company(role == "compute"), FALLBACK  # before investors and sources
    return None, FALLBACK


def _local_antecedent(view: View, anaphor: Cue, candidates: list[EntityMention]) -> Entity | None:
    """The company an anaphor refers to when the sentence names one as its subject before it
    ("Meta's CEO said the company would ...", "OpenAI verhandelt über einen Aktienverkauf, der
    das Unternehmen ... bewerten würde"): the last subject candidate before the anaphor that is
    no investor or chip vendor. None when an investing word stands between them: "Microsoft
    invested in the company" puts money into another company."""
    before = [
        m
        for m in candidates
        if m.end <= anaphor.start
        and m.entity.company_type not in ("investor", "chip_vendor")
        and not any(
            c.kind == "according" and 0 <= m.start - c.end <= SOURCE_WINDOW for c in view.cues
        )
    ]
    if not before:
        return None
    named = before[-1]
    if not _subject_position(view, named):
        return None
    if any(named.end <= c.start < anaphor.end for c in view.kinds("investment")):
        return None
    return named.entity


def _subject_position(view: View, m: EntityMention) -> bool:
    """A name at the head of its clause, where the subject stands ("Der Konkurrent OpenAI
    verhandelt", "Sementara itu, OpenAI"), not one linked to a noun ("anciens de Meta")."""
    c_start = view.ctx.clause_of(m.start)[0]
    head = view.text[c_start : m.start]
    if _LINKED_TAIL.search(head):
        return False
    if view.cjk:
        return len(head.strip()) <= 6
    return len(_WORD.findall(head)) <= 3


def _in_other_relative(view: View, pos: int, anchor: int) -> bool:
    if "relative" not in view.ctx.kinds:
        return False  # relative clauses start at relative words
    clause = view.ctx.clause_of(pos)
    return clause[2] and clause != view.ctx.clause_of(anchor)


def _pick_cluster(view: View, anchor: int) -> Entity | None:
    named = view.of_kind("cluster")
    if not named:
        return None
    clusters = [
        m
        for m in named
        if not _in_other_relative(view, m.start, anchor)
        # "... necesitó 150 megavatios; Colossus 2 superará ...": a later clause's own subject
        and not (m.start > anchor and _HARD_BREAK.intersection(view.text[anchor : m.start]))
    ]
    if not clusters:
        return None
    c_start, c_end, _ = view.ctx.clause_of(anchor)
    same = [m for m in clusters if c_start <= m.start < c_end]
    if not same:
        owners = {m.entity.owner for m in clusters}
        if any(
            c_start <= m.start < anchor
            and m.entity.company_type not in ("chip_vendor", "investor")
            and m.entity.name not in owners
            for m in view.of_kind("company")
        ):
            # "Colossus has 100,000 GPUs, whereas Meta has 350,000": the clause has its own
            # subject, another company than the cluster's owner
            return None
    pool = same or clusters
    if len(pool) == 1:
        return pool[0].entity  # the usual case, without min's key function
    return min(pool, key=lambda m: abs(m.start - anchor)).entity


def _time_for(doc: Doc, view: View, lo: int, hi: int, planned: bool) -> tuple[str | None, bool]:
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
            if m.is_conversion or _restated(doc, view, m) or _compared(view, m.start)
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
    # the numbers of a time itself ("今年3月", "5月", "May 5") are no figure of their own
    return any(
        t_start <= f < t_end
        and not lo <= f < hi
        and f not in skip
        and not any(r.start <= f < r.end for r in view.times)
        for f in view.ctx.figures
    )


# --- claim assembly --------------------------------------------------------------------------


@dataclass(slots=True)
class Draft:
    type: str
    subject: Entity
    owner: str | None
    anchor: int
    anchor_end: int
    rule: str
    confidence: float
    chip: Entity | None = None
    scope: str = "total"
    quantity: float | None = None
    quantity_high: float | None = None
    qualifier: str = "exact"
    amount: float | None = None
    amount_high: float | None = None
    currency: str | None = None
    amount_usd: float | None = None
    valuation_usd: float | None = None
    valuation_basis: str | None = None
    ref_kind: str = ""


def _owner_cluster(doc: Doc, view: View, company: Entity | None, disc: Discourse) -> Entity | None:
    """The cluster an unnamed cluster mention refers to, if it can be told."""
    recent = [c for i, c in doc.clusters if view.index - DISCOURSE_SENTENCES <= i < view.index]
    if company is not None:
        own = [c for c in recent if c.owner == company.name]
        if own:
            return own[-1]
        everywhere = {c.id: c for _, c in doc.clusters if c.owner == company.name}
        return next(iter(everywhere.values())) if len(everywhere) == 1 else None
    if recent:
        return recent[-1]
    if disc.cluster is not None:
        return disc.cluster
    unique = {c.id: c for _, c in doc.clusters}
    return next(iter(unique.values())) if len(unique) == 1 else None


def _subject_for_compute(
    doc: Doc, view: View, disc: Discourse, anchor: int, clusterish: bool, cluster: Entity | None
) -> tuple[Entity | None, float, str]:
    """(subject, confidence adjustment, kind) for a size, build time or power figure;
    ``cluster``: the sentence's cluster for it (:func:`_pick_cluster` at ``anchor``)."""
    if cluster is not None:
        return cluster, 0.0, "cluster"
    company, rank = _pick_company(view, anchor, "compute", disc)
    if company is not None and rank == 2:
        company = None  # chip vendors and sources do not hold the chips they are named with
    named_company = company if rank <= ANAPHOR else None
    _a_start, a_end, _ = view.ctx.clause_of(anchor)
    # "two new clusters, each containing 24,576 GPUs": the plural may stand clauses before
    plural = not view.of_kind("cluster") and any(
        view.start <= c.start < a_end for c in view.kinds("cluster_plural")
    )
    if clusterish and not plural:
        found = _owner_cluster(doc, view, named_company, disc)
        if found is not None:
            return found, -0.1, "cluster"
    named = [m for m in view.of_kind("company") if _rank(view, m, "compute", False) < 2]
    if named_company is None and not named and disc.cluster is not None:
        # a sentence that names nobody continues the story's latest topic: a cluster named
        # more recently than any company ("The system links 100,000 H100s")
        latest_company = max(disc.last_company.values(), default=-99)
        if (
            disc.cluster_sentence >= latest_company
            and view.index - disc.cluster_sentence <= DISCOURSE_SENTENCES
        ):
            return disc.cluster, -0.15, "cluster"
    if company is not None:
        return company, (-0.15 if rank >= ANAPHOR else 0.0), "company"
    main = disc.main_company(backers=True)
    if main is not None:
        return main, -0.2, "company"
    return None, 0.0, ""


def _owner(doc: Doc, subject: Entity, chip: Entity | None) -> str | None:
    if subject.kind == "cluster":
        return subject.owner
    if chip is not None and chip.vendor:
        maker = doc.gazetteer.company_named(chip.vendor)
        if maker is not None and maker.company_type != "chip_vendor" and maker.name != subject.name:
            return maker.name  # a cloud's own chips (TPU, Trainium) used by another company
    return subject.name


def _chip_claims(doc: Doc, view: View, disc: Discourse) -> list[Draft]:
    items: list | None = None  # made for the first count: most sentences state none
    cluster_words = view.has("cluster", "cluster_plural")
    drafts: list[Draft] = []
    part_cues = view.kinds("part")
    prev_model: Entity | None = None
    for num in view.nums:
        if num.percent or num.year or num.role == "from":
            continue
        if not num.vague and (num.value is None or num.value < MIN_CHIP_COUNT):
            continue
        if _taken(view, num.start):
            continue
        if items is None:
            items = _chip_items(view)
        # a cluster named in another relative clause ("Anthropic, which uses Rainier, ...")
        # does not make this count a cluster size
        cluster = _pick_cluster(view, num.lead)
        named_cluster = cluster is not None
        clusterish = named_cluster or cluster_words
        ref = _chip_ref(doc, view, num, items)
        rule = "qty_chip" if ref is None or ref.kind == "after" else "qty_chip_before"
        carried = None
        if ref is None:
            # the target word may be read as the number's bound too ("вырастет до 1 млн")
            target = _cue_before(view, "target", num.start, num.start - num.lead + 2)
            growth = _cue_before(view, "growth", num.lead, 80) or _growth_after(view, num)
            if target is None or growth is None or num.vague:
                continue
            if not (items or clusterish):
                # "die Zahl soll auf eine Million steigen", "довести их число до 1 млн": the
                # count of the sentence before
                carried = _counted_before(view, disc)
                if carried is None:
                    continue
            ref = ChipRef(prev_model, num.start, num.end, "target")
            rule = "qty_target"
        if ref.equivalent or _equivalent_before(doc, view, num, items, ref):
            continue  # H100-equivalents measure compute, not chips
        if _is_increment(view, num, ref) or _not_a_count(view, num, ref):
            continue
        c_start, c_end, _ = view.ctx.clause_of(num.lead)
        if _required(view, num.lead):
            continue  # "Grok 3 will need about 100,000 H100": a requirement, nobody's chips
        # also a participle phrase opening the next clause: "250.000 GPUs, verteilt auf ..."
        sites = any(
            c_start <= c.start and (c.start < c_end or c.start - c_end <= 2)
            for c in view.kinds("sites")
        )
        system = any(0 <= c.start - ref.end <= 3 for c in view.kinds("system"))
        if named_cluster and not sites:
            ctype = "cluster_size"
        else:
            ctype = "cluster_size" if (clusterish or system) and not sites else "chip_holding"
        if carried is not None:
            subject, adj, kind = carried, -0.1, carried.kind
            ctype = "cluster_size" if kind == "cluster" else "chip_holding"
            ref.model = disc.count_chip
        elif ref.model is None and (referred := _counted_before(view, disc)) is not None:
            # "jumlah chip tersebut naik menjadi 1 juta unit": the count of the sentence before
            subject, adj, kind = referred, -0.1, referred.kind
            ctype = "cluster_size" if kind == "cluster" else "chip_holding"
        else:
            subject, adj, kind = _subject_for_compute(
                doc, view, disc, num.lead, ctype == "cluster_size", cluster
            )
        if subject is None:
            continue
        if kind == "cluster":
            ctype = "cluster_size"
        if ctype == "chip_holding" and _purchased(view, num.lead, c_start, c_end):
            continue  # a purchase is a flow, not a holding
        model = ref.model
        if (
            model is None
            and ref.counter_only
            and not ref.mixed
            and disc.chip is not None
            and view.index - disc.chip_sentence <= CHIP_SENTENCES
            and not view.of_kind("chip")
            and _same_holder(disc.chip_subject, subject)
        ):
            # "85.000 unit": the chips the story has been counting, for the same holder
            model = disc.chip
        scope = "total"
        if part_cues and any(
            c.end <= num.lead and not _numbers_between(view, c.end, num.lead) for c in part_cues
        ):
            scope = "part"
        confidence = 0.85 + adj + (0.05 if model is not None else -0.05)
        if num.vague:
            confidence -= 0.15
            rule = "qty_vague"
        drafts.append(
            Draft(
                ctype,
                subject,
                None,
                num.lead,
                num.end,
                rule,
                confidence,
                chip=model,
                scope=scope,
                quantity=num.value,
                quantity_high=num.high,
                qualifier=num.qualifier,
                ref_kind="mixed" if ref.mixed else ref.kind,
            )
        )
        if model is not None:
            prev_model = model
    if not drafts:
        return drafts
    _assign_single_chip(view, drafts)
    if len(drafts) > 1 and not any(d.scope == "part" for d in drafts):
        models = {d.chip.id for d in drafts if d.chip is not None}
        one_subject = len({d.subject.id for d in drafts}) == 1
        if len(models) >= 2 and one_subject and all(d.chip is not None for d in drafts):
            for d in drafts:
                d.scope = "part"
    for d in drafts:
        d.owner = _owner(doc, d.subject, d.chip)
    return drafts


def _same_holder(a: Entity | None, b: Entity) -> bool:
    """Whether two subjects hold the same chips: one entity, or a cluster and its owner."""
    if a is None or a.id == b.id:
        return True
    if a.kind == "cluster" and b.kind == "company":
        return a.owner == b.name
    return a.kind == "company" and b.kind == "cluster" and b.owner == a.name


def _growth_after(view: View, num: Num) -> Cue | None:
    """A growth verb closing the clause after the target ("soll auf 200.000 wachsen",
    "が100万基に拡大する"): verb-final word order."""
    _c_start, c_end, _ = view.ctx.clause_of(num.lead)
    for cue in view.kinds("growth"):
        if num.end <= cue.start < c_end and cue.start - num.end <= 25:
            return cue
    return None


def _counted_before(view: View, disc: Discourse) -> Entity | None:
    """The subject of the chip count of the last sentence or the one before, when this
    sentence refers to that count ("die Zahl", "их число", "jumlahnya") and names no other
    company or cluster."""
    if not view.has("count_ref") or disc.count_subject is None:
        return None
    if view.index - disc.count_sentence > CHIP_SENTENCES:
        return None
    subject = disc.count_subject
    owner = subject.owner if subject.kind == "cluster" else subject.name
    for m in view.entities:
        if m.entity.kind == "cluster" and m.entity.id != subject.id:
            return None
        if (
            m.entity.kind == "company"
            and m.entity.company_type not in ("investor", "chip_vendor")
            and m.entity.name != owner
        ):
            return None
    return subject


def _purchased(view: View, pos: int, c_start: int, c_end: int) -> bool:
    """A purchase or delivery verb governs the count at ``pos``: before it in its clause
    ("bought 150,000 H100s"), or closing the clause after it, where verb-final word orders put
    the participle ("hat 500.000 Chips an Meta ausgeliefert", "H100を5万個購入した")."""
    for c in view.cues:
        if c.kind != "purchase" or not c_start <= c.start < c_end:
            continue
        if c.start < pos:
            return True
        tail = view.text[c.end : min(c_end, view.end)]
        if c.start > pos and not tail.strip(" \t\n.。!！?？」』)）"):
            return True
    return False


def _assign_single_chip(view: View, drafts: list[Draft]) -> None:
    """A count that says only "GPUs" takes the one chip the sentence names, if no other count
    claims it."""
    named = view.of_kind("chip")
    if not named:
        return
    chip = named[-1].entity
    if any(m.entity.id != chip.id for m in named) or any(d.chip is not None for d in drafts):
        return  # several chips, or a count that has its own
    for d in drafts:
        if d.ref_kind in ("after", "before"):
            d.chip = chip  # configurations of one product ("pods of 256 and 9,216 chips")


def _numbers_between(view: View, a: int, b: int) -> bool:
    return any(a < n.start < b and not n.percent for n in view.nums)


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


def money_roles(view: View, moneys: list[Money]) -> dict[int, str]:
    """The role of each amount (keyed by ``id``): the nearest role cue wins, but a valuation
    word serves one amount only ("a $6 billion round that values it at $24 billion": the
    valuation word goes to $24 billion, the nearer of the two, and $6 billion takes the round
    word)."""
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
            # _distance(cue, money), inlined: this runs for every amount and role word
            if cue is head:
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
                # at equal distance, a reason not to count the amount wins ("to obtain $3.5
                # billion of debt"); then the earlier amount (never ``id``: not reproducible)
                pairs.append((d, order, m_start, id(money), i, role))
    pairs.sort()
    roles: dict[int, str] = {}
    market: set[int] = set()  # amounts whose role came from a market-value word
    used_groups: set[int] = set()
    for _d, _order, _start, mid, i, role in pairs:
        if mid in roles:
            continue
        if role == "valuation":
            if groups[i] in used_groups:
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
    for money in moneys:
        role = roles.get(id(money), "")
        if role in ("round", "invest", "valuation") and _not_a_round(view, money, role):
            role = "skip"
        if _compared(view, money.start):
            role = "skip"  # "the triple of the $61.5 billion", "up from $2 billion"
        if role in ("round", "invest") and _required(view, money.start):
            role = "skip"  # "the expansion will need tens of billions of dollars"
        roles[id(money)] = role
    return roles


def _head_valuation(view: View, money: Money, clause: tuple[int, int, bool]) -> Cue | None:
    """A valuation noun heading the amount's clause, its subject ("Оценка компании по итогам
    раунда составила 200 млрд", "La valoración tras la ronda alcanzó ..."): the amount is the
    valuation, even with a round noun nearer to it that only qualifies the valuation. Not
    when a raising verb stands between ("The valuation rose after it raised $5 billion")."""
    # a valuation noun between the clause start and the amount, or none can head it
    if not any(clause[0] <= c.start < money.start for c in view.kinds("valuation")):
        return None
    head = _WORD.search(view.text, clause[0], money.start)
    if head is None:
        return None
    for cue in view.cues:
        if cue.start > head.start() + 12 or cue.start >= money.start:
            break
        if cue.kind == "valuation" and cue.start >= clause[0]:
            between = view.cues[view.cues.index(cue) + 1 :]
            if any(c.kind == "raise" and c.start < money.start for c in between):
                return None
            return cue
    return None


def _required(view: View, pos: int) -> bool:
    """A requirement word ("will need", "membutuhkan", "потребуется") before ``pos`` in its
    clause: the figure is what something needs, not what anyone has or raised."""
    required = view.kinds("requirement")
    if not required:
        return False
    c_start = view.ctx.clause_of(pos)[0]
    return any(c_start <= c.start < pos for c in required)


def _not_a_round(view: View, money: Money, role: str) -> bool:
    """A cumulative total, or a part of an amount stated before it."""
    if "funding_total" not in view.ctx.kinds and "part" not in view.ctx.kinds:
        return False
    for cue in view.cues:
        if cue.kind == "funding_total" and role != "valuation" and _covers(view, cue, money):
            return True  # "so far", "insgesamt", "累计"
        if cue.kind != "part":
            continue
        if cue.end <= money.start:
            between = any(cue.end <= m.start < money.start for m in view.money if m is not money)
            if not between and any(m.end <= cue.start for m in view.money):
                return True  # "$6 billion, including $1 billion from ..."
            if view.ctx.clause_of(cue.start) == view.ctx.clause_of(money.start):
                return True  # "se compose de 468 millions ... et de 132 millions ..."
        elif 0 <= cue.start - money.end <= 3 and not any(
            0 <= n.start - cue.end <= 4 for n in view.nums
        ):
            # "US$5 miliar di antaranya"; but "$10 млрд, из которых $5 млрд" names the total
            return True
    return False


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


def _usd(doc: Doc, money: Money, value: float | None) -> float | None:
    if value is None:
        return None
    if money.currency == "USD":
        return value
    if money.usd_in_text is not None and value == money.value:
        return money.usd_in_text
    if doc.published is None or doc.usd is None:
        return None
    return doc.usd(value, money.currency, doc.published)


def _compared(view: View, anchor: int) -> bool:
    for c in view.kinds("comparison"):  # a loop: asked per amount and per claim, mostly of none
        if c.end <= anchor and anchor - c.end <= 8 and c.end - c.start >= 4:
            return True
    return False


def _basis(view: View) -> str:
    if view.has("valuation_post"):
        return "post"
    if view.has("valuation_pre"):
        return "pre"
    return "unspecified"


MIN_ROUND_USD = 100_000.0  # smaller "rounds" are prices or salaries, not a company's funding
MIN_VALUATION_USD = 1_000_000.0


def _restated(doc: Doc, view: View, money: Money) -> bool:
    """An amount introduced by a conversion word with no amount before it in the sentence
    restates the previous sentence's ("按当前汇率计算，此次融资金额约合72亿元人民币")."""
    if "conversion" not in view.ctx.kinds:
        return False
    if any(m.end <= money.start for m in view.money if m is not money):
        return False
    return any(
        c.kind == "conversion"
        and c.end <= money.start
        and money.start - c.end <= 3
        and (c.end - c.start >= 3 or not view.text[c.start : c.end].isascii())
        for c in view.cues
    )


def _plausible(doc: Doc, money: Money, floor: float) -> bool:
    if money.value is None:
        return money.num.vague  # "billions of dollars": a round of unstated size
    usd = _usd(doc, money, money.value)
    value = usd if usd is not None else money.value
    return value is not None and value >= floor


def _money_claims(doc: Doc, view: View, disc: Discourse) -> list[Draft]:
    moneys = [m for m in view.money if not m.is_conversion and not _restated(doc, view, m)]
    if not moneys:
        return []
    role_of = money_roles(view, moneys)
    rounds: list[tuple[Money, str]] = []
    vals: list[Money] = []
    for m in moneys:
        role = role_of[id(m)]
        if role == "round" or role == "invest":
            rounds.append((m, role))
        elif role == "valuation" and _plausible(doc, m, MIN_VALUATION_USD):
            vals.append(m)
    # an investment is no round of its own next to a round: "investors' parts of a round";
    # nor with "respectively" ("Microsoft and Nvidia will invest up to $5 billion and $10
    # billion respectively": each investor's share)
    invest_ok = not (view.has("round", "respectively") or any(r == "round" for _, r in rounds))
    rounds = [
        (m, r)
        for m, r in rounds
        if (r == "round" or invest_ok) and _plausible(doc, m, MIN_ROUND_USD)
    ]
    if view.has("funding_total"):
        # cumulative investments; but "another $4 billion ..., bringing its total to $8
        # billion": a tranche named as new is a round of its own
        rounds = [(m, r) for m, r in rounds if r != "invest" or _new_tranche(view, m)]
    if not rounds and not vals:
        return []
    basis = _basis(view)
    drafts: list[Draft] = []
    used: set[int] = set()
    for money, role in rounds:
        if role == "invest":
            subject = _invest_subject(view, money, disc, doc.rules)
            adj, rule = 0.0, "money_invest"
        else:
            subject, rank = _pick_company(view, money.start, "funding", disc)
            adj, rule = (-0.15 if rank >= ANAPHOR else 0.0), "money_raise"
            if rank == 2:
                subject = None  # an investor or a source is not raising the money
        if subject is None:
            continue
        val = None
        # a valuation of another company ("OpenAI ... à 500 milliards, et Anthropic vient de
        # lever 13 milliards") is not this round's
        candidates = [
            v
            for v in vals
            if id(v) not in used
            and _pick_company(view, v.start, "funding", disc)[0] in (subject, None)
        ]
        if candidates:
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
                amount_usd=_usd(doc, money, money.value),
                valuation_usd=_usd(doc, val, val.value) if val is not None else None,
                valuation_basis=basis if val is not None else None,
            )
        )
    for val in vals:
        if id(val) in used or val.value is None:
            continue  # a vague valuation alone ("valued at billions") says no figure
        subject, rank = _pick_company(view, val.start, "funding", disc)
        if subject is None or rank == 2:
            continue
        usd = _usd(doc, val, val.value)
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
                valuation_usd=usd,
                valuation_basis=basis,
            )
        )
    return drafts


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
        if m.entity.company_type not in ("investor", "chip_vendor")
        and _investee_marked(view, m, rules)
    ]
    if marked:
        return marked[-1].entity
    investors = [m.entity.name for m in named_before]
    after = [
        m
        for m in view.of_kind("company")
        if 0 <= m.start - money.end <= 40
        and m.start < c_end
        and m.entity.company_type not in ("investor", "chip_vendor")
        and m.entity.name not in investors
    ]
    if after:
        return after[0].entity
    object_anaphor = any(
        c.kind == "anaphor"
        and 0 <= c.start - money.end <= 5
        and "," not in view.text[money.end : c.start]
        for c in view.cues
    )
    if not object_anaphor:
        if view.of_kind("cluster") or view.has("cluster", "cluster_plural", "programme"):
            return None  # money put into a site, a campus or a programme is not a round
        own = any(c_start <= c.start < money.start for c in view.kinds("anaphor"))
        if not investors or own:
            return None
    # the story's company, unless it is the investor itself; then the next most salient one
    for candidate in disc.ranked_companies():
        if candidate.name not in investors:
            return candidate
    return None


def _unit_claims(doc: Doc, view: View, disc: Discourse) -> list[Draft]:
    drafts: list[Draft] = []
    for unit in view.units:
        u_start, u_end, _ = view.ctx.clause_of(unit.start)
        if _required(view, unit.num.lead):
            continue  # "approval is required for any load above 100 megawatts": a threshold
        if doc.lex.starting_at(doc.low, unit.end, view.end, lx.EQUIV) is not None:
            continue  # "Ein Gigawatt entspricht ...": a definition, not a claim
        if unit.kind == "days":
            build = any(u_start <= c.start < u_end for c in view.kinds("build"))
            if not build or not 2 <= unit.value <= 3650:
                continue
            ctype, rule = "build_duration", "duration_build"
        else:
            if unit.value <= 0:
                continue
            ctype, rule = "power_capacity", "power"
        subject, adj, _ = _subject_for_compute(
            doc, view, disc, unit.start, True, _pick_cluster(view, unit.start)
        )
        if subject is None:
            continue
        drafts.append(
            Draft(
                ctype,
                subject,
                _owner(doc, subject, None),
                unit.start,
                unit.end,
                rule,
                0.8 + adj,
                quantity=unit.value,
                quantity_high=unit.high,
                qualifier=_unit_bound(doc, view, unit.end, unit.num.qualifier),
            )
        )
    return drafts


def _unit_bound(doc: Doc, view: View, end: int, qualifier: str) -> str:
    """A bound written after the unit: "400メガワット超", "300 MW or more", "150兆瓦左右"."""
    if qualifier != "exact":
        return qualifier
    hit = doc.lex.starting_at(doc.low, end, view.end, lx.BOUND_AFTER)
    return str(hit.value) if hit is not None else qualifier


def _dated_past(view: View, d: Draft, as_of: str | None, published: date | None) -> bool:
    """The figure's own clause dates it before publication ("raised $10 billion in July"):
    a plan word in another clause does not make it a plan."""
    if not _before_publication(as_of, published):
        return False
    c_start, c_end, _ = view.ctx.clause_of(d.anchor)
    return any(c_start <= t.start < c_end and t.kind != "coming" for t in view.times)


def _before_publication(as_of: str | None, published: date | None) -> bool:
    if as_of is None or published is None:
        return False
    return as_of < published.isoformat()[: len(as_of)]


def sentence_claims(doc: Doc, view: View, disc: Discourse) -> list[Claim]:
    """The claims of one analysed sentence."""
    if view.has("correction"):
        return []  # a withdrawn figure
    # under a condition ("if confirmed, the round would value it at ...") a figure is not
    # asserted, unless it is dated in the past ("..., estimée à 5,8 milliards en juin 2024")
    hypothetical = view.has("hypothetical")
    drafts = _chip_claims(doc, view, disc) + _money_claims(doc, view, disc)
    drafts += _unit_claims(doc, view, disc)
    claims: list[Claim] = []
    evidence = doc.text[view.start : view.end]
    restated = disc.last_status[0] == view.index - 1 and _opens_restatement(doc, view)
    for d in drafts:
        # (the guess only matters to a time: most sentences have none)
        planned_guess = bool(view.times) and resolve_status(view.ctx, d.type, d.anchor) == "planned"
        as_of, timed = _time_for(doc, view, d.anchor, d.anchor_end, planned_guess)
        if hypothetical and not (timed and _before_publication(as_of, doc.published)):
            continue
        status = resolve_status(
            view.ctx,
            d.type,
            d.anchor,
            future_time=is_future(as_of, doc.published),
            past_time=_dated_past(view, d, as_of, doc.published),
        )
        if restated and status == DEFAULT_STATUS[d.type]:
            status = disc.last_status[1]  # "Das entspricht ...": the figure before, restated
        if status in ("reported", "planned") and _compared(view, d.anchor):
            # "... to $350 billion, against $183 billion in September": the earlier figure
            # is a known fact, not part of the report or the plan
            status = DEFAULT_STATUS[d.type]
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
        if d.chip is not None:
            disc.chip, disc.chip_sentence = d.chip, view.index
            disc.chip_subject = d.subject
        if d.type in ("funding_round", "valuation"):
            disc.funded = d.subject
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


def update_discourse(view_index: int, entities: list[EntityMention], disc: Discourse) -> None:
    """Remember the last cluster and weigh the companies a sentence named.

    Salience: a mention counts 1, the first company of a sentence (its usual subject) 2, and
    the first company of the article (the lead's subject) 2 more.
    """
    first = True
    cluster = None
    for m in entities:
        ent = m.entity
        if ent.kind == "cluster":
            cluster = ent
        if ent.kind != "company":
            continue
        disc.last_named = ent
        if ent.company_type == "investor":
            disc.backers[ent.name] += 1
            disc.first_company.setdefault(ent.name, view_index)
            disc.by_name[ent.name] = ent
        elif ent.company_type != "chip_vendor":
            weight = 2 if first else 1
            if not disc.companies:
                weight += 2
            first = False
            disc.companies[ent.name] += weight
            disc.last_company[ent.name] = view_index
            disc.first_company.setdefault(ent.name, view_index)
            disc.by_name[ent.name] = ent
    if cluster is not None:
        disc.cluster, disc.cluster_sentence = cluster, view_index
