"""What the claim rules read: the document (:class:`Doc`), one analysed sentence
(:class:`View`, made by :func:`sources.extract.claims.analysis.analyze`), what earlier
sentences named (:class:`Discourse`), a claim being assembled (:class:`Draft`), and the few
checks every claim family asks.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sources.extract.gazetteer import BACKER_TYPES, Entity, EntityMention, Gazetteer
from sources.extract.lexicon import Hit, Lexicon
from sources.extract.money import Money
from sources.extract.numbers import Num
from sources.extract.rules import LanguageRules
from sources.extract.status import Cue, StatusContext
from sources.extract.timeref import TimeRef
from sources.extract.units import UnitQty


@dataclass(slots=True)
class Doc:
    """One document being read: ``text`` as the rules read it (for Chinese with pinyin readings,
    the text without them: :func:`sources.extract.textnorm.drop_ruby`), ``source`` as given
    (the evidence quotes it); both the same length."""

    text: str
    fold: str
    low: str
    language: str
    rules: LanguageRules
    gazetteer: Gazetteer
    published: date | None
    lex: Lexicon = field(default_factory=lambda: Lexicon(()))
    traditional: bool = False
    clusters: list[tuple[int, Entity]] = field(default_factory=list)  # (sentence, cluster)
    # the same without mentions by a family's name ("Stargate", "Colossus"), which may name
    # the programme or another site of the family
    clusters_by_name: list[tuple[int, Entity]] = field(default_factory=list)
    # items of a list of rounds ("Scale AI - $14,3 млрд;"): claims.funding.round_list_items
    round_items: frozenset[int] = frozenset()
    source: str = ""  # the text as given, when ``text`` differs from it
    # the figures the claim rules dropped, and why: a list only when a trace is asked for
    drops: list | None = None


@dataclass(slots=True)
class Discourse:
    """What earlier sentences named, for sentences that name nothing."""

    cluster: Entity | None = None
    cluster_sentence: int = -99
    # (sentence, names) of the last "respectively" list of raisers ("A and B raised $X and $Y
    # respectively"): a next sentence naming none may give their values in the same order
    respective: tuple[int, tuple[Entity | None, ...]] = (-99, ())  # None: an unknown name
    companies: Counter[str] = field(default_factory=Counter)
    # investors named, the story's company only when it names no other (SoftBank's own DC)
    backers: Counter[str] = field(default_factory=Counter)
    # investors that head a sentence as its subject ("ソフトバンクは…取得する", "SoftBank
    # will convert ..."), weighed as companies are: a group that invests also builds sites,
    # and a size or power figure naming nobody may be its site's (``main_company(holders=)``)
    heading_backers: Counter[str] = field(default_factory=Counter)
    # chip makers with no stock listing named (Groq, SiMa.ai): start-ups that raise money; a
    # money sentence naming nobody is theirs when the story names no other company
    chip_startups: Counter[str] = field(default_factory=Counter)
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
    round_status: tuple[str, str] = ("", "")  # (subject, status) of the last funding round
    # companies whose round or valuation the story reports (talks, hearsay): sentence index
    reported_money: dict[str, int] = field(default_factory=dict)
    # evidence starts of claims the company states itself ("announced it raised"): a later
    # restatement's hedge does not reach them (extractor.first_statements)
    announced: set[int] = field(default_factory=set)
    # amounts named as a tranche of a round ("$686M of a planned $818M round"): a later
    # "has already secured $686 million" restates that part (claims.funding)
    tranches: set[tuple[float, str]] = field(default_factory=set)
    # amounts read as rounds so far, as (amount, currency): a later list of amounts that adds
    # up to one of them gives its investors' shares (claims.funding.rounds)
    rounds: set[tuple[float, str]] = field(default_factory=set)
    count_subject: Entity | None = None  # the subject of the last chip count
    count_chip: Entity | None = None  # and its chip
    count_sentence: int = -99
    # the company heading the last sentence that named one, as (sentence, company): what a
    # sentence-initial "同社", "the company" of the next sentence continues
    head_company: tuple[int, Entity | None] = (-99, None)
    # the same for a sentence that states no figure ("CoreWeave is among the frontrunners."):
    # the story's topic, which a next money sentence naming nobody continues
    head_topic: tuple[int, Entity | None] = (-99, None)
    named_chip: tuple[int, Entity | None] = (-99, None)  # (sentence, the one chip it named)
    # the chip a sentence named with a cluster or company, by that entity's id: (sentence, chip)
    chip_of: dict[str, tuple[int, Entity]] = field(default_factory=dict)
    # in a language that marks its subject ("xAIは"), the first company marked as a subject:
    # it takes the article's lead weight and wins a tie (see :func:`update_discourse`)
    marked_lead: str | None = None

    def ranked_companies(self) -> list[Entity]:
        """Companies by salience, highest first."""
        order = sorted(self.companies, key=lambda n: (-self.companies[n], self.first_company[n]))
        return [self.by_name[n] for n in order]

    def chip_raiser(self) -> bool:
        """The story's last round or valuation is a chip maker's: a chip start-up's story
        ("某芯科技估值50亿元。...B轮融资3亿元") names no company but chip makers and backers,
        which :meth:`main_company` leaves out, and its raiser continues it."""
        return self.funded is not None and self.funded.company_type == "chip_vendor"

    def chip_startup(self) -> Entity | None:
        """The chip start-up the story names most (see ``chip_startups``)."""
        if not self.chip_startups:
            return None
        name = max(
            self.chip_startups, key=lambda n: (self.chip_startups[n], -self.first_company[n])
        )
        return self.by_name[name]

    def main_company(self, backers: bool = False, holders: bool = False) -> Entity | None:
        """The story's company: the most salient so far (see :func:`update_discourse`), the
        earliest named on a tie; with ``backers``, an investor when the story names no other
        company (an investor may own chips, but it raises no money in its own stories); with
        ``holders`` (for a size or power figure), the investors that headed sentences compete
        with the companies (SoftBank's story of its own data centre, OpenAI its partner),
        unless the story gives another company's round or valuation."""
        pool = self.companies or (self.backers if backers else self.companies)
        # not in a story of another company's round ("Crusoe raised $750 million. SoftBank
        # led the round. ..."), where the investor heads sentences about its investing
        funding_story = self.funded is not None and self.funded.name not in self.heading_backers
        if holders and self.heading_backers and self.companies and not funding_story:
            pool = self.companies + self.heading_backers
        if not pool:
            return None
        lead = self.marked_lead
        name = max(pool, key=lambda n: (pool[n], n == lead, -self.first_company[n]))
        return self.by_name[name]


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
    rules: LanguageRules | None = None  # the language's, for vocabulary read in one place
    # lookups asked many times per sentence, grouped once by ``analyze`` (cues and entities
    # never change after it)
    strong_cuts: list[int] | None = None
    not_figures: set[int] | None = None  # amounts that restate or are compared (sentence._time_for)
    cue_groups: dict[str, list[Cue]] = field(default_factory=dict)  # by kind, in text order
    entity_groups: dict[str, list[EntityMention]] = field(default_factory=dict)  # by kind
    drops: list | None = None  # the document's drops, when a trace is asked for (claims.drops)
    counted: list | None = None  # the counts and spans read next to amounts (not_rounds), once

    def kinds(self, kind: str) -> list[Cue]:
        return self.cue_groups.get(kind, NONE)

    def has(self, *kinds: str) -> bool:
        return not self.ctx.kinds.isdisjoint(kinds)

    def of_kind(self, kind: str) -> list[EntityMention]:
        return self.entity_groups.get(kind, NONE)


NONE: list = []  # the answer for a kind a sentence lacks (read only, never appended to)


@dataclass(slots=True)
class Draft:
    """A claim being assembled by a claim family; ``anchor``/``anchor_end`` span its figure.
    :func:`sources.extract.claims.sentence.sentence_claims` adds its status and date."""

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
    amount_usd: float | None = None  # only as the text states it (see claims.funding)
    valuation: float | None = None
    valuation_currency: str | None = None
    valuation_usd: float | None = None
    valuation_basis: str | None = None
    ref_kind: str = ""
    current: bool = False  # the starting point of a change: the size now, whatever the plan
    target: bool = False  # a round's superseded target ("above its initial $15B goal")


WORD = re.compile(r"[^\W\d_]+")


# how far after a figure a verb-final clause's requirement word may stand ("150メガワットの電力
# 割り当てが必要", "GPU 1만장이 필요"): its noun phrase, not a later clause's verb
REQUIRED_AFTER = 24


def is_requirement(view: View, pos: int, end: int | None = None, verb_final: bool = False) -> bool:
    """A requirement word ("will need", "membutuhkan", "потребуется") or a capability word
    ("可支持": can support) before ``pos`` in its clause: the figure is what something needs or
    could link, not what anyone has or raised. In verb-final text (``verb_final``) also one
    shortly after the figure's ``end`` in its clause."""
    required = view.kinds("requirement") + view.kinds("capability")
    if not required:
        return False
    c_start, c_end, _ = view.ctx.clause_of(pos)
    if any(c_start <= c.start < pos for c in required):
        return True
    if not verb_final or end is None:
        return False
    return any(end <= c.start < c_end and c.start - end <= REQUIRED_AFTER for c in required)


_CLOSERS = " \t\n\"'”»」』)）"


def is_question(view: View) -> bool:
    """The sentence ends in a question mark: it asks, it asserts no figure."""
    text, i = view.text, view.end - 1
    while i > view.start and text[i] in _CLOSERS:  # no copy of the sentence: asked per family
        i -= 1
    return text[i] in "?？"


def is_compared(view: View, anchor: int) -> bool:
    """A comparison word right before ``anchor`` ("up from", "against"): the figure there is
    another entity's or an earlier one, the reference of the comparison."""
    head_final = view.ctx.head_final
    for c in view.kinds("comparison"):  # a loop: asked per amount and per claim, mostly of none
        if c.end <= anchor and anchor - c.end <= 8 and c.end - c.start >= 4:
            return True
        if (
            head_final
            and 0 < c.start - anchor <= COMPARED_AFTER
            and c.end - c.start >= 2
            and not any(anchor < f < c.start for f in view.ctx.figures)
            and not adverb_not_comparison(view.text, c.start)
        ):
            # verb-final languages put the particle after the reference ("H100 8만 개보다",
            # "10万個に比べ"); a one-character multiplier ("2배", "2倍") is no reference
            return True
    return False


# what may stand before a sentence's first word: spaces, quotes, dashes, bullets, brackets, a
# quoted line's ">" or "|" (the one list for every rule that looks past a sentence's opening)
OPENING_CHARS = " \t\n\"'“”«»„‚‘’「『*•·-–—|>()[]"


def opens_with_comparison(low: str, start: int, end: int, rules: LanguageRules) -> bool:
    """The lower-cased sentence ``low[start:end]`` opens with a comparison phrase ("For
    comparison,", "Zum Vergleich:", "相比之下"): what it states is a yardstick."""
    head = low[start:end]
    pos = start + len(head) - len(head.lstrip(OPENING_CHARS))
    return rules.yardsticks.starting_at(low, pos, end) is not None


COMPARED_AFTER = 10  # characters from a figure to a comparison particle after it ("80,000개보다")


# A case particle right before "보다" / "より" makes it the adverb "more" ("60억 달러를 보다
# 빠르게", "60億ドルをより早く"): Korean writes a space after the particle, Japanese none.
def closes_name_list(
    text: str, start: int, m: EntityMention, names: list[EntityMention], links: set[str]
) -> bool:
    """The name ``m`` closes a list of names that opens at ``start`` ("in talks with Amazon,
    Nvidia and Microsoft"): only names, commas and coordinators (``links``) between. A comma
    before a coordinator closes the list unless a comma already parted two of its names: in
    "with SoftBank, and Anthropic has raised" the "and" opens a clause."""
    gap = list(text[start : m.start].lower())
    for o in names:
        if start <= o.start and o.end <= m.start:
            gap[o.start - start : o.end - start] = " \x00 " + " " * (o.end - o.start - 3)
    seps, sep = [], []
    for word in "".join(gap).replace(",", " , ").split():
        if word == "\x00":
            seps.append(tuple(sep))
            sep = []
        elif word == "," or word in links:
            sep.append("," if word == "," else "and")
        else:
            return False
    seps.append(tuple(sep))
    if seps[0]:
        return False  # the list opens right at ``start``
    commas = 0
    for sep in seps[1:]:
        if sep == (",", "and") and not commas:
            return False
        commas += sep == (",",)
    return True


# the marks that end a clause inside a sentence (CJK and Latin commas, semicolons, 。)
CLAUSE_MARKS = frozenset("。，,;；、")
GENITIVE = ("の", "의")  # the particle of a name that modifies the noun after it (ja, ko)
_KO_PARTICLES = frozenset("를을은는이가도")
_JA_PARTICLES = frozenset("をがはも")


def adverb_not_comparison(text: str, start: int) -> bool:
    """The comparison word at ``start`` follows a case particle: it means "more", it compares
    nothing with the figure before it."""
    if start >= 2 and text[start - 1] == " " and text[start - 2] in _KO_PARTICLES:
        return True
    return start >= 1 and text[start - 1] in _JA_PARTICLES


def update_discourse(
    view_index: int,
    entities: list[EntityMention],
    disc: Discourse,
    text: str = "",
    start: int = -1,
    figures: bool = True,
    markers: frozenset[str] = frozenset(),
) -> None:
    """Remember the last cluster and weigh the companies a sentence named.

    Salience: a mention counts 1, the first company of a sentence (its usual subject) 2, and
    the first company of the article (the lead's subject) 2 more. ``text`` and the sentence's
    ``start`` tell whether its first company heads it (see ``Discourse.head_company``);
    ``figures``: whether the sentence has a digit (see ``Discourse.head_topic``). ``markers``:
    the language's subject particles ("は", "는"): where a sentence marks a company with one,
    that company is its subject, not the first named ("マスクがオラクルと協力して...": Oracle
    is a partner), and the first marked company of the article takes the lead's weight.
    """
    if start >= 0:
        disc.head_company = (view_index, _head_company(entities, text, start))
        if not figures:
            disc.head_topic = disc.head_company
    chips = {m.entity.id: m.entity for m in entities if m.entity.kind == "chip"}
    if len(chips) == 1:
        chip = next(iter(chips.values()))
        disc.named_chip = (view_index, chip)
        for m in entities:
            if m.entity.kind == "cluster" or m.entity.company_type not in (None, "chip_vendor"):
                disc.chip_of[m.entity.id] = (view_index, chip)
    first = True
    cluster = None
    marked = _marked_subject(entities, text, markers) if markers and text else None
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
            if start >= 0 and m is entities[0] and _heads(m, text, start, markers):
                # the weight of a sentence's subject, and the lead's when it heads the story
                lead = not disc.companies and not disc.heading_backers
                disc.heading_backers[ent.name] += 4 if lead else 2
        elif ent.company_type == "chip_vendor":
            if not ent.listed:
                disc.chip_startups[ent.name] += 1
                disc.first_company.setdefault(ent.name, view_index)
                disc.by_name[ent.name] = ent
        else:
            if markers:
                weight = 2 if m is marked else 1
                if m is marked and disc.marked_lead is None:
                    weight += 2
                    disc.marked_lead = ent.name
            else:
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


def _heads(m: EntityMention, text: str, start: int, markers: frozenset[str]) -> bool:
    """The name opens the sentence at ``start`` (a few words before it at most), or in a
    language that marks its subject, is marked as one ("報道によれば、ソフトバンクは")."""
    if markers and text[m.end : m.end + 1] in markers:
        return True
    head = text[start : m.start].strip()
    cjk = any(ch >= "\u3000" for ch in head)
    return len(head) <= HEAD_CJK if cjk else len(WORD.findall(head)) <= HEAD_WORDS


def topic_marked_at(view: View, pos: int) -> bool:
    """A subject particle right at ``pos`` ("は", "는"), in a language that marks its subject."""
    markers = view.rules.names.topic_markers if view.rules else frozenset()
    return bool(markers) and view.text[pos : pos + 1] in markers


def _marked_subject(
    entities: list[EntityMention], text: str, markers: frozenset[str]
) -> EntityMention | None:
    """The first company a subject particle follows ("xAIは", "오픈AI가"), no investor or chip
    vendor; None when the sentence marks none."""
    for m in entities:
        ent = m.entity
        if (
            ent.kind == "company"
            and ent.company_type not in BACKER_TYPES
            and text[m.end : m.end + 1] in markers
        ):
            return m
    return None


HEAD_WORDS = 3  # words before a name that still leave it heading its sentence
HEAD_CJK = 6  # characters, in text without spaces


def _head_company(entities: list[EntityMention], text: str, start: int) -> Entity | None:
    """The company that opens the sentence at ``start`` as its subject ("さくらインターネット
    は、...", "Later, Nscale said ..."): the first company named, if no more than a few words
    precede it and it is no investor or chip vendor."""
    first = next((m for m in entities if m.entity.kind == "company"), None)
    if first is None or first.entity.company_type in BACKER_TYPES:
        return None
    head = text[start : first.start].strip()
    cjk = any(ch >= "\u3000" for ch in head)
    if len(head) > HEAD_CJK if cjk else len(WORD.findall(head)) > HEAD_WORDS:
        return None
    return first.entity
