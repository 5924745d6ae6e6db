"""One sentence analysed: its numbers, amounts, quantities with units, cue words, chip
nouns, times, clauses and the status context, gathered once into a :class:`View` that the
claim families read (:mod:`sources.extract.claims`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import attrgetter, itemgetter

from sources.extract import lexicon as lx
from sources.extract.claims.context import GENITIVE, Discourse, Doc, View, closes_name_list
from sources.extract.claims.funding import elided_money
from sources.extract.gazetteer import EntityMention
from sources.extract.money import CONVERSION_GLOSS, find_money
from sources.extract.numbers import Num, find_numbers
from sources.extract.status import Cue, StatusContext
from sources.extract.timeref import find_times
from sources.extract.units import find_units

# lookbehinds sit after the first character, never first: a leading assertion stops ``re``
# from skipping ahead to the characters a match can start with (~3x slower)
_CLAUSE_PUNCT = re.compile(r"[;:()（）、，；：—–]|,(?:(?<![0-9],)|(?![0-9]))|\s-\s")
_NOT_CHIP_BREAK = frozenset("()（）—–")  # the _CLAUSE_PUNCT marks that do not stop a chip count
_CHIP_BARRIER_KINDS = {"part", "relative", "clause_break", "comparison"}
_LATIN_GLOSS = re.compile(r"\([A-Za-z][A-Za-z0-9 .&'-]{0,30}\)")  # a name's Latin spelling
_START = attrgetter("start")


def _in_time(times: list, pos: int) -> bool:
    """A number inside a date ("1월19일", "12 September") is part of a time, not a figure."""
    return any(t.start <= pos < t.end for t in times) if times else False


_DAY = "일日号號"
_DURATION_AFTER = "간間만동天内內以"  # "30일간", "30日間", "30일 만에", "30天": days counted


def _day_of_month(low: str, n: Num) -> bool:
    """A day of the month alone ("8일 업계에 따르면", "ソフトバンクは1日、"): the date of the
    news, not a figure (a count of days, "30일 만에", "122日間", is one)."""
    if n.value is None or not 1 <= n.value <= 31 or n.fraction:
        return False
    if low[n.end : n.end + 1] not in _DAY or n.end >= len(low):
        return False
    nxt = n.end + 1
    while nxt < len(low) and low[nxt] == " ":
        nxt += 1
    return nxt >= len(low) or low[nxt] not in _DURATION_AFTER


def _without_glosses(fold: str, punct: list[int], money_ends: set[int]) -> list[int]:
    """The clause marks less the brackets of a gloss: a name's Latin spelling
    ("앤트로픽(Anthropic)에") or an amount restated right after an amount ("300억달러(약 43조원)를
    조달했다", whose verb comes after the bracket). Other brackets ("(현지시간)") still cut."""
    glosses: set[int] = set()
    for p in punct:
        if fold[p] == "(":
            m = _LATIN_GLOSS.match(fold, p)
            if m is None and p in money_ends:
                m = CONVERSION_GLOSS.match(fold, p)
            if m is not None:
                glosses.update((p, m.end() - 1))
    return [p for p in punct if p not in glosses] if glosses else punct


def _plan_heads(fold: str, money: list, plans: Iterable[Cue]) -> dict[int, int]:
    """Plan nouns right after an amount, nothing but a space between ("150億美元目標"): that
    amount's head, mapped to the amount's start (see ``StatusContext.heads``)."""
    ends = {m.end: m.start for m in money if not m.is_conversion}
    heads = {}
    for c in plans:
        k = c.start - 1 if c.start > 0 and fold[c.start - 1] == " " else c.start
        if k in ends:
            heads[c.start] = ends[k]
    return heads


def _sort_spans(spans: list) -> None:
    """Sort (start, end, ...) tuples by start, the longer first at one start: two C-level
    sorts (the second is stable) instead of a Python key function per item."""
    spans.sort(key=itemgetter(1), reverse=True)
    spans.sort(key=itemgetter(0))


PROJECT_NAME_GAP = 2  # characters between a project word and the name it is part of


def _in_name(entities: list[EntityMention], cue: Cue) -> bool:
    """The cue word is part of a name: it lies inside a name the gazetteer found ("Neura
    Robotics", "Blackwell Ultra"), or, for a project word, a cluster's name overlaps it or
    starts right after it ("projet Rainier"; not a company's name: "проекта Microsoft" is the
    company's project). An outlet's name stays a cue ("the Financial Times said"), and so does
    a word inside a name only the text introduced: its end is a guess, which may run over
    capitalised words of a headline ("AI Startup Lumera Plans To Raise")."""
    if cue.kind == "project":
        return any(
            m.entity.kind == "cluster"
            and (m.start < cue.end or m.start - cue.end <= PROJECT_NAME_GAP)
            and cue.start < m.end
            for m in entities
        )
    return cue.kind != "media" and any(
        not m.introduced and m.start <= cue.start and cue.end <= m.end for m in entities
    )


_LAST_WORD = re.compile(r"(\w[\w-]*)\W*$")
APPOSITION_REACH = 80  # characters of an article's noun phrase set off by commas


def _apposition(text: str, start: int, end: int) -> bool:
    """The relative word at ``start`` is an article opening an apposition: the phrase up to
    the next comma ends in a capitalised word, a noun or a name ("das Heidelberger Start-up
    Acme, hatte"), where a relative clause ends in its verb ("das Acme gehört,"). Only for
    languages that capitalise nouns and not verbs."""
    comma = text.find(",", start + 1, min(end, start + APPOSITION_REACH))
    if comma < 0:
        return False
    last = _LAST_WORD.search(text, start + 1, comma)
    return last is not None and last.group(1)[:1].isupper()


_SEMICOLON = re.compile(r"[;；]")


def _semicolons(text: str, start: int, end: int) -> tuple[int, ...]:
    """Offsets of the semicolons in ``text[start:end]``."""
    return tuple(m.start() for m in _SEMICOLON.finditer(text, start, end))


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
        # a pattern's group "cue", when it has one, is the cue word; the rest is its context
        # ("IPO阶段共发行1000万股,(?P<cue>募资)": the word stands in the amount's clause)
        group = "cue" if "cue" in rx.groupindex else 0
        for m in rx.finditer(low, start, end):
            cues.append(Cue(m.start(group), m.end(group), kind))
    if len(cues) > 1:
        _sort_spans(cues)
    if entities and cues:
        # "Neura Robotics", "Blackwell Ultra", "Sierra" (a future's "-ra"), "le projet
        # Rainier", "Project Stargate": a word of a name is no cue
        cues = [c for c in cues if not _in_name(entities, c)]
    if len(cues) > 1:
        said = _outlet_says(low, cues)
        if said:
            cues += said  # "..., the Financial Times said": the outlet's report
            _sort_spans(cues)
    money = find_money(low, nums, start, end, rules, lex, traditional=doc.traditional)
    money += elided_money(low, nums, money, cues, end, disc)
    if len(money) > 1:
        money.sort(key=_START)
    units = find_units(low, nums, end, lex)
    nouns = lex.within(lx.NOUN, start, end)
    times = find_times(low, fold, start, end, lex, rules.months_ago)
    punct = [m.start() for m in _CLAUSE_PUNCT.finditer(fold, start, end)]
    if rules.gloss_brackets and punct:
        punct = _without_glosses(fold, punct, {m.end for m in money})
    cut_set = {start, *punct}
    # chip counts stop at the clause marks other than brackets and dashes (one scan for both)
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
    if relative_starts and rules.nouns_capitalized:
        relative_starts = {p for p in relative_starts if not _apposition(doc.text, p, end)}
    if "coordinator" in cue_groups and ("planned" in cue_groups or "reported" in cue_groups):
        # (a report opens a clause too: "aveva una valutazione di 18 miliardi e sembra essere
        # in trattative": the 18 billion is not part of the talks)
        plan_starts = [c.start for c in cue_groups.get("planned", ())]
        plan_starts += [c.start for c in cue_groups.get("reported", ())]
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
        if (
            (kind == "company" or kind == "cluster")
            and not (rules.sov and low[m.end : m.end + 1] in GENITIVE)
            and not _talks_party(low, m, entities, cue_groups)
        ):
            # (in verb-final text a name with its genitive particle modifies a noun, it heads
            # no clause: "1万基のエヌビディアのB200を搭載し、…方針だ")
            subjects.append(m.start)
    subjects += [c.start for c in cue_groups.get("anaphor", ())]
    figures = tuple(
        [
            n.start
            for n in nums
            if not n.year
            and not n.percent  # "augmentera de 50 %": a change, no claim of its own
            and not _in_time(times, n.start)
            and not (rules.cjk and _day_of_month(low, n))
            # "関係者の2人によると", "two of the 500 employees": a count of people, servers or
            # hours is no claim's figure, its clause may still carry a report
            and not _counts_other(n, cue_groups.get("cores"))
            and not _counts_other(n, cue_groups.get("other_counter"))
        ]
    )
    ctx = StatusContext(
        tuple(cues),
        tuple(clauses),
        figures,
        tuple(subjects),
        next_denial,
        rules.sov,
        frozenset(cue_groups),
        _plan_heads(fold, money, cue_groups.get("planned", ())) if money else {},
        _semicolons(low, start, end),
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
        rules=rules,
        cue_groups=cue_groups,
        entity_groups=entity_groups,
        drops=doc.drops,
    )


_SPACE = re.compile(r"\s*")
_WORD_GAP = re.compile(r"[^\W\d_]{1,12}\s+")


# a news outlet as the speaker of a speech verb: right before it ("the FT said"), or right
# after it, an article between, closing the clause ("…, disse o relatório.", "…, said the FT,")
_SPEAKER_BEFORE = re.compile(r"[ \"'”»)]{1,3}")
_SPEAKER_AFTER = re.compile(r"\s+(?:(?:the|o|a|el|la|le|les|die|il|lo)\s+)?")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _outlet_says(low: str, cues: list[Cue]) -> list[Cue]:
    """Reporting cues for the speech verbs ('official': "said", "disse", "a indiqué") whose
    speaker is a news outlet: its report, not the company's word ("Musk told CNBC that ...",
    where the outlet is the listener, does not close the clause)."""
    kinds = {c.kind for c in cues}
    if "official" not in kinds or "media" not in kinds:
        return []
    media = [c for c in cues if c.kind == "media"]
    out = []
    for c in cues:
        if c.kind != "official":
            continue
        for m in media:
            if (m.end <= c.start and _SPEAKER_BEFORE.fullmatch(low, m.end, c.start)) or (
                m.start >= c.end
                and _SPEAKER_AFTER.fullmatch(low, c.end, m.start)
                and _CLAUSE_END.match(low, m.end)
            ):
                out.append(Cue(c.start, c.end, "report_verb"))
                break
    return out


def _talks_party(low: str, m: EntityMention, entities, cue_groups) -> bool:
    """The name is listed right after "in talks with" ("OpenAI is in talks with Amazon, Nvidia
    and Microsoft to raise"): the other party of the talks heads no clause, so the talks
    still cover the figure after the list."""
    talks = cue_groups.get("talks_with")
    if not talks:
        return False
    links = {low[c.start : c.end] for c in cue_groups.get("coordinator", ())}
    return any(c.end <= m.start and closes_name_list(low, c.end, m, entities, links) for c in talks)


def _opens_plan(fold: str, coordinator: Cue, plan_starts: list[int]) -> bool:
    """A coordinator right before a plan word, or one word before it ("and will", "und
    soll", "and is expected", "并将"): it opens a clause of its own."""
    pos = _SPACE.match(fold, coordinator.end).end()  # type: ignore[union-attr]
    if pos in plan_starts:
        return True
    word = _WORD_GAP.match(fold, pos)
    return word is not None and word.end() in plan_starts


def _counts_other(n: Num, counted: list[Cue] | None) -> bool:
    """The number counts what no claim counts (people, servers, hours): a 'cores' word
    right after it."""
    return bool(counted) and any(0 <= c.start - n.end <= 1 for c in counted)
