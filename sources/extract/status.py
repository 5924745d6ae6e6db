"""Status of a claim from the cue words around it: denied, reported, planned, operational,
closed, or the claim type's default.

Precedence, with the reasons:

1. denied: a denial in the sentence; or one in the next sentence (which states no figure of
   its own) when the claim is itself a report or a plan ("CNBC reported the round. Musk
   denied it."): a denial answers a report, not an established fact.
2. reported: hearsay that covers the figure. Hearsay words ("reportedly", "people familiar",
   "dikabarkan", "laut Insidern", "据报道", "関係者によると") always count; attribution words
   ("according to", "selon", "laut", "по данным", "reported") count only next to a news
   outlet ("according to Bloomberg", "the Financial Times reported"): "according to Musk" or
   "según informó la compañía" is the company speaking; nor is hearsay that relays a
   statement the company makes after it ("업계에 따르면 A는 ... 밝혔다"). Hearsay covers a
   figure when it sits in the figure's clause or in a clause with no figure of its own
   (", people familiar with the matter said."), but not one after the figure opened by
   "and" ("... $20 billion and is reportedly in talks": the talks are reported, not the
   valuation), unless the figure's clause has a speaker of its own before it
   ("据媒体报道，…，马斯克表示未来将扩展至100万块": Musk's plan). Reports beat plans: a
   leaked plan or talks reported by others are a report.
   For sizes and power, a news outlet or analyst opening the sentence as its subject
   ("SemiAnalysis estimates ...", "SemiAnalysis列出的芯片清单：…") reports what it states,
   unless a company is named as the speaker after it.
3. current: for sizes and power, a 'current' or 'running' word in the figure's own clause,
   with no plan, growth or completion word there ("..., actuellement de 40 mégawatts",
   "exploite un campus de 300 MW"): operational, whatever plan or later date another clause
   of the sentence states.
4. planned: for sizes and power, a completion phrase anywhere in the sentence ("when
   finished", "im Endausbau", "建成后": what the site will have once built); a project word
   before the figure, in its clause or in an earlier one with no figure or subject between
   ("un progetto da 70 MW", "Масштаб проекта ... 10 ГВт"), unless dated in the past; a plan
   or future cue in the claim's own clause; or one earlier in the sentence
   when neither the claim's clause nor the cue's is a relative clause, the claim's clause
   has no subject of its own, no clause with a subject stands between them, and the figure
   is not dated in the past ("... would double the valuation xAI fetched in July, when it
   raised $10 billion": a past raise) ("xAI plans to expand Colossus, which has 100,000 GPUs, to
   200,000": 200,000 is planned, 100,000 is not; "OpenAI is in talks ..., and Anthropic has
   just raised $13 billion": the raise is not); or a time reference after the published
   month. A plan made in talks ("in talks to raise", "verhandelt über", "正讨论") is reported:
   talks are reported, like leaks (the talks word in the figure's clause, or before it with no
   other subject between). Money its own clause dates in the past is never a plan, unless in
   verb-final text it is the object of a plan verb right after it ("900억원 규모로 추진했던").
   A plan word after a semicolon plans only its own clause.
5. the default: the claim type's (``sources.registry``): operational for sizes and build
   times, closed for money, planned for power (a site's power in the news is mostly its
   design capacity, stated before it runs); but a figure dated in the past held then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from sources.registry import DEFAULT_STATUS, HELD_STATUS, MONEY_CLAIM_TYPES

MEDIA_WINDOW = 50  # characters between an attribution word and the outlet it names
_HEARSAY = frozenset(("reported", "reported_strong", "according", "report_verb"))
_OPENERS = frozenset(("coordinator", "clause_break"))  # words that open a clause of its own


class Cue(NamedTuple):  # a tuple: a sentence makes dozens, cheaper than a frozen dataclass
    start: int
    end: int
    kind: str


_KIND = attrgetter("kind")


@dataclass(slots=True)  # not frozen: one is made per sentence, and frozen doubles __init__'s cost
class StatusContext:
    """What the status resolver needs to know about one sentence (not changed once made)."""

    cues: tuple[Cue, ...]
    clauses: tuple[tuple[int, int, bool], ...]  # (start, end, is_relative)
    figures: tuple[int, ...] = ()  # start offsets of the sentence's figures
    subjects: tuple[int, ...] = ()  # start offsets of company names and anaphors
    next_denial: bool = False
    # verb-final languages (ja, ko): a reporting verb ends the sentence and scopes over the
    # clauses before it ("…調達を実施し、…に達したという情報が報じられており")
    head_final: bool = False
    # the cue kinds present (made from ``cues`` when not given): most questions are about a
    # kind the sentence does not have
    kinds: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    # plan nouns that head the amount right before them ("150億美元目標", "a $15 billion
    # goal"): start of the noun -> start of that amount; they plan that amount only
    heads: dict[int, int] = field(default_factory=dict, repr=False, compare=False)
    # offsets of semicolons: a clause after one has its own plans ("привлек $300 млн; ...
    # (хотя H ... введет себя в ...)")
    hard_breaks: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if not self.kinds and self.cues:
            self.kinds = frozenset(map(_KIND, self.cues))

    def clause_of(self, pos: int) -> tuple[int, int, bool]:
        for clause in self.clauses:
            if clause[0] <= pos < clause[1]:
                return clause
        return self.clauses[-1] if self.clauses else (pos, pos + 1, False)

    def has(self, kind: str, lo: int | None = None, hi: int | None = None) -> bool:
        if kind not in self.kinds:
            return False
        # a loop, not any(generator): this runs several times per claim over a few cues
        for c in self.cues:
            if c.kind == kind and (lo is None or c.start >= lo) and (hi is None or c.start < hi):
                return True
        return False


def resolve_status(
    ctx: StatusContext,
    claim_type: str,
    anchor: int,
    *,
    future_time: bool = False,
    past_time: bool = False,
    unmarked: str | None = None,
    future_in_clause: bool = False,
) -> str:
    """The status of a claim whose figure starts at ``anchor`` (document offset);
    ``past_time``: the figure is dated before publication by a time of its own;
    ``future_in_clause``: dated after publication by a time in the figure's own clause (a
    running word there then tells when it will run); ``unmarked``:
    what to return when no word decides (default: the type's default status, see
    :func:`_unmarked`), to ask whether a word decided."""
    if "denied" in ctx.kinds:
        return "denied"
    base = _base_status(ctx, claim_type, anchor, future_time, past_time, unmarked, future_in_clause)
    if base == "planned" and "talks" in ctx.kinds and _in_talks(ctx, anchor):
        base = "reported"  # "xAI is in talks to raise $15 billion": talks are reported
    money = claim_type in MONEY_CLAIM_TYPES
    if ctx.next_denial and money and base in ("reported", "planned"):
        return "denied"  # denials answer reports of rounds, not of hardware
    return base


def _base_status(
    ctx: StatusContext,
    claim_type: str,
    anchor: int,
    future_time: bool,
    past_time: bool = False,
    unmarked: str | None = None,
    future_in_clause: bool = False,
) -> str:
    if hearsay_covers(ctx, anchor, past=past_time and claim_type in MONEY_CLAIM_TYPES):
        return "reported"
    if "media" in ctx.kinds and claim_type in _SIZES and _outlet_opens(ctx, anchor):
        return "reported"  # "SemiAnalysis列出的芯片清单:3万张H20、1万H800"
    if (
        not ctx.kinds.isdisjoint(_NOW)
        and claim_type not in MONEY_CLAIM_TYPES
        and _current_in_clause(ctx, anchor, future_in_clause)
    ):
        # "..., actuellement de 40 mégawatts", "capacità attuale di 240 MW e potrebbe ...",
        # "exploite un campus de 300 MW": what runs now, whatever another clause plans or
        # dates later
        return HELD_STATUS[claim_type]
    if "completion" in ctx.kinds and claim_type not in MONEY_CLAIM_TYPES:
        return "planned"  # "900 MW when finished", "Une fois achevé, le campus ..."
    if "purpose" in ctx.kinds and claim_type in _SIZES and _for_purpose(ctx, anchor):
        return "planned"  # "raised $6 billion to build a cluster of 100,000 GPUs"
    if (
        "project" in ctx.kinds
        and claim_type in _SIZES
        and not past_time
        and _of_project(ctx, anchor)
    ):
        return "planned"  # "con un progetto da 70 MW", "One flagship project is a 1.2 GW"
    if past_time and claim_type in MONEY_CLAIM_TYPES:
        # "5ヶ月前に…60億ドルを調達して以来の…となる見込み": money its own clause dates in the past
        # was raised, whatever plan the main verb states (a plan for hardware may be dated by
        # its announcement: "approved last month the supply of 150 MW"); but in verb-final
        # text a plan verb the amount is the object of was a plan then ("2022년 900억원
        # 규모로 추진했던 시리즈C": a round sought, not raised)
        if ctx.head_final and "planned" in ctx.kinds and _object_of_plan(ctx, anchor):
            return "planned"
        return HELD_STATUS[claim_type]
    if "planned" not in ctx.kinds:  # the usual case: only a future time makes a plan
        return "planned" if future_time else _unmarked(claim_type, past_time, unmarked)
    start, end, relative = ctx.clause_of(anchor)
    if _plans(ctx, anchor, start, end):
        return "planned"
    if ctx.head_final and not past_time and _plan_ends_sentence(ctx, anchor):
        return "planned"  # "xAIは…2,000億ドル(…)と評価できる新株発行計画を検討している"
    own_subject = any(start <= p < anchor for p in ctx.subjects)
    if not relative and not own_subject and not past_time:
        for cue in ctx.cues:
            if cue.kind != "planned" or ctx.heads.get(cue.start, anchor) != anchor:
                continue  # (a plan noun heading another amount plans that one)
            if _after_the_figure(ctx, cue, anchor):
                continue
            if any(anchor < b < cue.start for b in ctx.hard_breaks):
                continue  # a plan after a semicolon is the next clause's
            c_start, c_end, c_rel = ctx.clause_of(cue.start)
            if c_rel:
                continue
            if cue.start < anchor:
                if any(c_end <= p < start for p in ctx.subjects):
                    # "Das Geld soll ... fließen: Anthropic nutzt ..., in dem 500.000 Chips
                    # verbaut sind": a clause with a subject of its own stands between
                    continue
                return "planned"
            if not any(c_start <= f < c_end for f in ctx.figures) and not any(
                c_start <= p < cue.start for p in ctx.subjects
            ):
                # "La primera fase, de 200 MW, entrará en funcionamiento"; but not "..., and
                # the company plans to double it": a clause with its own subject is its own
                return "planned"
    if future_time:
        return "planned"
    return _unmarked(claim_type, past_time, unmarked)


def _unmarked(claim_type: str, past_time: bool, unmarked: str | None = None) -> str:
    """The status of a figure no status word marks: ``unmarked`` when given, else the type's
    default, but a figure dated in the past held then ("about 360 MW of active power at the
    end of last year")."""
    if unmarked is not None:
        return unmarked
    return HELD_STATUS[claim_type] if past_time else DEFAULT_STATUS[claim_type]


def _plans(ctx: StatusContext, anchor: int, start: int, end: int) -> bool:
    """A plan word in ``[start, end)`` that heads no other amount and names no earlier event
    after the figure (:func:`_after_the_figure`)."""
    if not ctx.heads and "after_event" not in ctx.kinds:
        return ctx.has("planned", start, end)
    return any(
        c.kind == "planned"
        and start <= c.start < end
        and ctx.heads.get(c.start, anchor) == anchor
        and not _after_the_figure(ctx, c, anchor)
        for c in ctx.cues
    )


AFTER_NOUN_GAP = 6  # characters between an 'after' word and the noun it governs (" un ")


def _after_the_figure(ctx: StatusContext, cue: Cue, anchor: int) -> bool:
    """A plan word after the figure that an 'after' word governs ("Lambda recauda $1.500
    millones tras un acuerdo con Microsoft", "após acordo com", "nach einer Vereinbarung"):
    the deal came first, it plans nothing of the figure. (A plan word that is an adjective of
    another noun, "nach einer geplanten Fusion", is taken the same way: the cue lists do not
    tell nouns from adjectives.)"""
    return cue.start > anchor and any(
        c.kind == "after_event" and anchor < c.end <= cue.start <= c.end + AFTER_NOUN_GAP
        for c in ctx.cues
    )


_SIZES = frozenset(("cluster_size", "chip_holding", "power_capacity"))
_NOW = frozenset(("current", "running"))  # words that a size or power runs now


def _of_project(ctx: StatusContext, anchor: int) -> bool:
    """A project word before the figure: in its clause, or in an earlier one with no other
    figure and no subject between them ("anunció un proyecto colosal: un complejo ..., capaz
    de alojar más de un millón de procesadores")."""
    start = ctx.clause_of(anchor)[0]
    for c in ctx.cues:
        if c.kind != "project" or c.start >= anchor:
            continue
        if c.start >= start:
            return True
        if not any(c.end <= f < anchor for f in ctx.figures) and not any(
            c.end <= p < anchor for p in ctx.subjects
        ):
            return True
    return False


def _for_purpose(ctx: StatusContext, anchor: int) -> bool:
    """A purpose phrase of building ('to build', 'pour construire') before the figure with no
    contrast word and no other subject between ("una inversión de 600,000 para construir,
    entre otros esfuerzos, un centro ... con 18,000 GPU"), or after it in its clause in
    verb-final languages ("…GPU 1만장 규모의 센터를 구축하기 위해")."""
    if ctx.head_final:
        start, end, _ = ctx.clause_of(anchor)
        return ctx.has("purpose", start, end)
    return any(
        c.kind == "purpose"
        and c.start < anchor
        and not ctx.has("clause_break", c.start, anchor)
        and not any(c.end <= p < anchor for p in ctx.subjects)
        for c in ctx.cues
    )


def _current_in_clause(ctx: StatusContext, anchor: int, dated_later: bool = False) -> bool:
    """A 'current' word (or a 'running' one, in a sentence with no completion phrase, for a
    figure no time of its own clause dates after the publication) in the figure's own clause,
    which has no plan, growth or completion word of its own ("currently planned", "aktuelle
    Planungen", "kini sedang berekspansi menjadi 200.000" stay plans) and, in verb-final
    languages, does not end in a plan."""
    start, end, _ = ctx.clause_of(anchor)
    # a running word is weaker than 'currently': "Once completed, the campus draws 1.2 GW"
    # is what the site will draw once built, "50MW diluncurkan pada 2027" what it will have
    running = "completion" not in ctx.kinds and not dated_later and ctx.has("running", start, end)
    if not (running or ctx.has("current", start, end)):
        return False
    if any(ctx.has(kind, start, end) for kind in ("planned", "growth", "completion")):
        return False
    return not (ctx.head_final and _plan_ends_sentence(ctx, anchor))


def _plan_ends_sentence(ctx: StatusContext, anchor: int) -> bool:
    """Verb-final languages: a plan word after the figure, with no contrast word between, is
    the verb the figure's clause ends in (its subject stands before the figure, so the
    own-subject rule does not apply) when no verb of a claim stands between (the figure is an
    item of a list the plan word ends: "A는 3056장, B는 7656장 등으로 분배‧구축한다"), or else
    when its clause has no figure and no other subject stands between."""
    for c in ctx.cues:
        if c.kind == "planned" and c.start > anchor:
            if ctx.has("clause_break", anchor, c.start):
                return False
            if not any(k in ctx.kinds and ctx.has(k, anchor + 1, c.start) for k in _VERBS):
                return True
            c_start, c_end, _ = ctx.clause_of(c.start)
            return not any(c_start <= f < c_end for f in ctx.figures) and not any(
                anchor < p < c.start for p in ctx.subjects
            )
    return False


def _object_of_plan(ctx: StatusContext, anchor: int) -> bool:
    """Verb-final text: the first plan word after the figure, in its clause, with no other
    figure and no verb of a claim between ("900억원 규모로 추진했던"): the figure is what
    was planned."""
    end = ctx.clause_of(anchor)[1]
    for c in ctx.cues:
        if c.kind != "planned" or c.start <= anchor or c.start >= end:
            continue
        if any(anchor < f < c.start for f in ctx.figures):
            return False
        # (a raise noun right before the plan word is its object: "투자유치에 나섰지만"; a
        # valuation word between has a predicate of its own: "…億ウォンの企業価値を認められた…
        # を目標に")
        return not any(
            (v.kind in _VERBS or v.kind == "valuation") and anchor < v.start and v.end < c.start - 1
            for v in ctx.cues
        )
    return False


# verbs of a claim's own: with one between the figure and a later plan word, the figure's
# clause may end in that verb ("X는 1만장을 확보했고, Y는 2만장을 도입할 계획")
_VERBS = ("holding", "build", "growth", "raise", "investment", "purchase", "official")


def _in_talks(ctx: StatusContext, anchor: int) -> bool:
    """A talks word in the figure's clause, or before it with no subject of its own between
    ("xAI, in talks with investors, could raise ..."; not "OpenAI is in talks, and Anthropic
    raised ...")."""
    start, end, _ = ctx.clause_of(anchor)
    for c in ctx.cues:
        if c.kind != "talks":
            continue
        if start <= c.start < end:
            return True
        if c.start < start and not any(c.end <= p < anchor for p in ctx.subjects):
            return True
    return False


def _covers(ctx: StatusContext, cue: Cue, anchor: int, items: bool = True) -> bool:
    clause = ctx.clause_of(cue.start)
    own = ctx.clause_of(anchor)
    if clause == own:
        return True
    if own_statement(ctx, anchor):
        return False  # "..., quando a Microsoft investiu 10 bilhões": the clause's own fact
    if ctx.head_final and cue.start > anchor and not ctx.has("clause_break", anchor, cue.start):
        return True  # "…を調達し、…に達したと報じられた": the report ends every clause before it
    if any(clause[0] <= f < clause[1] for f in ctx.figures):
        # "estariam 10 mil unidades H100, 10 mil unidades H800 e ...": an item of the list the
        # report's clause opens, with no subject, verb or opener of its own, is reported too
        return items and clause[0] < own[0] and _list_item(ctx, own, anchor)
    if clause[0] > anchor and any(c.start == clause[0] and c.kind in _OPENERS for c in ctx.cues):
        return False  # "... $20 billion and is reportedly in talks": the report is the talks'
    # "据媒体报道，…已部署20万块GPU，马斯克表示未来将扩展至100万块": a clause with its own
    # speaker is that speaker's statement, not the report's
    return not ctx.has("official", own[0], anchor)


_OWN_STATUS_KINDS = ("planned", "reported", "reported_strong", "talks", "according", "report_verb")


def own_statement(ctx: StatusContext, anchor: int) -> bool:
    """The figure is in a relative clause with a subject of its own before it and no status
    word of its own ("l'entreprise, dans laquelle Microsoft a investi 10 milliards, ...",
    "desde 2023, quando a Microsoft investiu 10 bilhões"): a fact told about a noun of the
    sentence, which the report, plan or condition of the main clause does not cover."""
    start, end, relative = ctx.clause_of(anchor)
    if not relative or not any(start <= p < anchor for p in ctx.subjects):
        return False
    # a verb of investing or raising of its own: "der das Unternehmen mit 500 Milliarden
    # bewerten würde" is the price of the deal the main clause reports, no fact apart
    if not (ctx.has("investment", start, end) or ctx.has("raise", start, end)):
        return False
    return not any(k in ctx.kinds and ctx.has(k, start, end) for k in _OWN_STATUS_KINDS)


# a clause that compares its figure or dates it earlier tells a figure of its own ("..., well
# above the $60 billion valuation it reached in March")
_NOT_AN_ITEM = frozenset(("comparison", "comparison_before", "yardstick", "earlier", "after_event"))


def _list_item(ctx: StatusContext, own: tuple[int, int, bool], anchor: int) -> bool:
    """The figure's clause is a bare item of a list: no subject, claim verb, opener, status,
    comparison or earlier word before the figure in it, and the clause before it holds a
    figure."""
    start = own[0]
    if own[2] or any(start <= p < anchor for p in ctx.subjects):
        return False
    for c in ctx.cues:
        if start <= c.start < anchor and (
            c.kind in _VERBS
            or c.kind in _OPENERS
            or c.kind in _OWN_STATUS_KINDS
            or c.kind in _NOT_AN_ITEM
        ):
            return False
    before = next((c for c in ctx.clauses if c[1] == start), None)
    return before is not None and any(before[0] <= f < before[1] for f in ctx.figures)


def hearsay_covers(ctx: StatusContext, anchor: int, past: bool = False) -> bool:
    """Whether reported speech covers the figure at ``anchor`` (see the module doc); for money
    its own clause dates in the past (``past``), not across a clause with another figure
    ("有消息称，这轮融资将使估值达到2300亿美元，较2025年3月时的1130亿美元翻了一番": the
    report is the new figure's, the old one it is compared with is a known fact)."""
    if ctx.kinds.isdisjoint(_HEARSAY):
        return False
    after = _after_event(ctx, anchor) if "after_event" in ctx.kinds else None
    for cue in ctx.cues:
        if past and _figure_between(ctx, cue, anchor):
            continue
        if after is not None and not after <= cue.start < anchor:
            continue  # "tras una ronda que la valoró en X, ..., según ..."
        if cue.kind in ("reported", "reported_strong") and not _relays_statement(ctx, cue, anchor):
            # unless it relays the company's own announcement ("업계에 따르면 텐스토렌트는 ...
            # 유치했다고 밝혔다")
            if _covers(ctx, cue, anchor, not past):
                return True
        elif (
            cue.kind in ("according", "report_verb")
            and _names_outlet(ctx, cue)
            and _covers(ctx, cue, anchor, not past)
            and not _relays_statement(ctx, cue, anchor)
        ):
            return True
    return False


AFTER_WINDOW = 60  # characters from an 'after' word to the figure of its phrase


def _after_event(ctx: StatusContext, anchor: int) -> int | None:
    """The end of an 'after' word ("nach einer Finanzierungsrunde in Höhe von 209 Mio. Euro",
    "después de una ronda que valoró a Mistral en ...") at most AFTER_WINDOW characters
    before the figure, with no other figure between: the figure is an earlier event's. The
    phrase ends where a main clause starts ("Following the deal, xAI is valued at $24 billion,
    sources said": the report's figure); a relative clause continues it ("... una ronda que
    valoró a Mistral en ...")."""
    for c in ctx.cues:
        if c.kind != "after_event" or c.start >= anchor or anchor - c.end > AFTER_WINDOW:
            continue
        if any(c.end < k[0] <= anchor and not k[2] for k in ctx.clauses):
            continue
        if not any(c.end <= f < anchor for f in ctx.figures):
            return c.end
    return None


OPENING_GAP = 2  # characters before an outlet that opens the sentence (a quote, a bracket)


def _outlet_opens(ctx: StatusContext, anchor: int) -> bool:
    """A news outlet or analyst opens the sentence as its subject ("SemiAnalysis列出的芯片清单:
    3万张H20、…", "SemiAnalysis estimates that ..."): what the sentence states is its report,
    unless a company is named as the speaker after it ("Bloomberg: xAI said ...")."""
    if not ctx.clauses:
        return False
    first = ctx.clauses[0][0]
    for c in ctx.cues:
        if c.start - first > OPENING_GAP:
            break
        if c.kind == "media" and c.start < anchor:
            return not _relays_statement(ctx, c, anchor)
    return False


def _relays_statement(ctx: StatusContext, cue: Cue, anchor: int) -> bool:
    """The outlet relays what the company itself stated: after the attribution, a company
    names itself the speaker of a statement in the figure's clause ("FT 등에 따르면 미스트랄AI는
    이날 발표한 성명에서 ... 확보했다고 밝혔다", "According to Reuters, OpenAI said in a
    statement it raised ..."): the company's word, not the outlet's report."""
    start, end, _ = ctx.clause_of(anchor)
    hi = ctx.clauses[-1][1] if ctx.head_final and ctx.clauses else end
    for c in ctx.cues:
        if c.kind == "official" and cue.end <= c.start < hi and c.start >= min(start, cue.end):
            return any(cue.end <= p < c.start for p in ctx.subjects)
    return False


def _figure_between(ctx: StatusContext, cue: Cue, anchor: int) -> bool:
    """A figure in a clause of its own between the cue's clause and the figure's."""
    c_end = ctx.clause_of(cue.start)[1]
    own_start = ctx.clause_of(anchor)[0]
    return any(c_end <= f < own_start for f in ctx.figures)


def _names_outlet(ctx: StatusContext, cue: Cue) -> bool:
    return any(
        c.kind in ("media", "reported")
        and cue.start - MEDIA_WINDOW <= c.start <= cue.end + MEDIA_WINDOW
        for c in ctx.cues
    )
