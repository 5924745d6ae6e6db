"""Build and power claims: how long a cluster took to build and how much power it draws
(``build_duration``, ``power_capacity``).

- A build duration is a quantity of days, weeks or months with a build word in its clause
  ("built in 122 days", "en 19 jours"), between 2 days and 10 years.
- A power capacity is a quantity in kW, MW or GW; a bound may follow the unit ("400メガワット
  超", "300 MW or more").
- No power capacity below 1 MW (a machine's or a rack's draw: "consome 12 kW"), nor for one
  item's power: "2,5 MW each", "30 kW per rack", "five 380 MW turbines" written "5基の 380MW".
- A power figure that adds up several sites ("the five new sites will total 7 GW") is the
  programme's or company's, never one site's: no cluster is its subject.
- Neither when the figure is a requirement ("loads above 100 MW need approval"; in verb-final
  text also a requirement word closing its noun phrase: "150メガワットの電力が必要") or a
  definition (an equivalence word after the unit: "one gigawatt equals ..."; in verb-final
  text a unit opening the sentence as its topic: "1ギガワットは…に相当"), nor an increment
  (an increment word right after the unit: "290 MW adicionales"), nor in a question, nor
  with a habitual or generic word ("usually", "a typical data centre", "such a system",
  "biasanya") in its clause: sites in general.

Quantities with units are found by :mod:`sources.extract.units`; subjects and owners by
:mod:`sources.extract.claims.subjects`.
"""

from __future__ import annotations

import re

from sources.extract import lexicon as lx
from sources.extract.claims import drops as why
from sources.extract.claims.context import (
    OPENING_CHARS,
    Discourse,
    Doc,
    Draft,
    View,
    is_question,
    is_requirement,
)
from sources.extract.claims.drops import dropped
from sources.extract.claims.funding.role_kinds import VALUATION_KINDS
from sources.extract.claims.newco import unknown_company
from sources.extract.claims.subjects import owner_of, pick_cluster, subject_for_compute
from sources.extract.units import UnitQty

# how far from a duration its build word may stand (characters): a long clause joins a
# horizon ("investments over three years") to an unrelated "creation"
BUILD_WINDOW = 60

# the cue kinds after an unknown name that make it a site's holder: a site noun, building
SITE_ROLES = ("cluster", "build")

# below this a figure is a machine's or a rack's draw ("consome 12 kW"), not a site's
MIN_POWER_MW = 1.0

# "went live after 19 weeks", "in Betrieb nach sechs Monaten": the break word ("after",
# "nach") between a verb and its duration does not part them
BREAK_GAP = 8
ELAPSED_GAP = 1  # a space at most between a duration and "ago", "前", "전" after it


BUILT_IN_GAP = 4  # characters between a duration and the build word it completes ("in", "で")


def _built_in(view: View, unit, sov: bool) -> bool:
    """The build word completes the duration itself, next to it: after it in verb-final
    languages ("24ヶ月でオンライン化"), before it elsewhere ("brought online in 24 months"):
    the time the project took, whatever its cost in the clause ("この2億ポンドのプロジェクト");
    not when the sentence speaks of investing before it: then the money is what is carried
    out or spent over that time ("l'investissement ... sera réalisé en quatre ans",
    "investira 5 milliards d'euros, déployés en cinq ans")."""
    if sov:
        return any(0 <= c.start - unit.end <= BUILT_IN_GAP for c in view.kinds("build"))
    return any(0 <= unit.num.lead - c.end <= BUILT_IN_GAP for c in view.kinds("build")) and not (
        "investment" in view.ctx.kinds and _spent_over(view, unit)
    )


SPENT_GAP = 24  # characters from an investment word to the build word it is the subject of


def _spent_over(view: View, unit) -> bool:
    """The build word right before the duration tells how the money is carried out, not how a
    site was built: it follows the amount set off by a comma ("investira 5 milliards d'euros,
    déployés en cinq ans"), or its subject is an investment noun with its amount and nothing
    but a name or a verb between ("L'investissement de 30 milliards d'euros de Mistral AI sera
    réalisé en quatre ans"; not past a site or a clause mark: "invested $10 billion in
    Colossus, built in 122 days", "; le site a été construit en 14 mois")."""
    build = next(
        (c for c in view.kinds("build") if 0 <= unit.num.lead - c.end <= BUILT_IN_GAP), None
    )
    if build is None:
        return False
    if any(_SET_OFF.fullmatch(view.text, m.end, build.start) for m in view.money):
        return True
    return any(
        c.end <= m.start
        and m.end <= build.start
        and build.start - m.end <= SPENT_GAP
        and _SPENT_GAP_MARKS.search(view.text, m.end, build.start) is None
        # "xAI invested $10 billion and brought Colossus online": a verb of its own
        and _COORDINATOR.search(view.text, m.end, build.start) is None
        and not any(m.end <= s.start < build.start for s in _sites(view))
        for c in view.kinds("investment")
        for m in view.money
        if m.start - c.end <= 4
    )


_SET_OFF = re.compile(r"\s*,?\s*")  # between an amount and a participle set off after it
_SPENT_GAP_MARKS = re.compile(r"[,;:，；：]")


def _sites(view: View) -> list:
    """The sites a sentence names: clusters, and nouns of a cluster or data centre."""
    return [*view.of_kind("cluster"), *view.kinds("cluster"), *view.kinds("cluster_plural")]


_COORDINATOR = re.compile(r"(?<!\w)(?:and|und|et|y|e|i|и|dan|ve)(?!\w)", re.IGNORECASE)


def unit_claims(doc: Doc, view: View, disc: Discourse) -> list[Draft]:
    """The build durations and power capacities of a sentence (see the module docstring)."""
    if is_question(view):
        for unit in view.units:
            dropped(view, unit.value, _type(unit), why.QUESTION)
        return []  # "Warum braucht xAI 1 GW?": a question asks, it states nothing
    drafts: list[Draft] = []
    for unit in view.units:
        u_start, u_end, _ = view.ctx.clause_of(unit.start)
        if is_requirement(view, unit.num.lead, unit.end, doc.rules.sov):
            dropped(view, unit.value, _type(unit), why.REQUIREMENT)
            continue  # "approval is required for any load above 100 megawatts": a threshold
        if doc.lex.starting_at(doc.low, unit.end, view.end, lx.EQUIV) is not None:
            dropped(view, unit.value, _type(unit), why.DEFINITION)
            continue  # "Ein Gigawatt entspricht ...": a definition, not a claim
        if doc.rules.sov and _topic_defined(doc, view, unit, u_end):
            dropped(view, unit.value, _type(unit), why.DEFINITION)
            continue  # "1ギガワットはおよそ原子炉1基分に相当": the same, verb-final
        if "generic" in view.ctx.kinds and _generic(view, unit, u_start, u_end):
            dropped(view, unit.value, _type(unit), why.GENERIC)
            continue  # "A modern data center might draw 50-100 MW": sites in general
        if unit.kind == "days":
            build = any(
                (u_start <= c.start < u_end or 0 <= unit.start - c.end <= BREAK_GAP)
                and (unit.start - BUILD_WINDOW <= c.end and c.start <= unit.end + BUILD_WINDOW)
                for c in view.kinds("build")
            )
            if not build:
                dropped(view, unit.value, "build_duration", why.NO_BUILD_WORD)
                continue
            if _elapsed(view, unit):
                dropped(view, unit.value, "build_duration", why.ELAPSED)
                continue  # "vor zwei Jahren gebaut", "construit depuis deux ans", "2년 전"
            if "become" in view.ctx.kinds and _to_become(view, unit, u_start, u_end):
                dropped(view, unit.value, "build_duration", why.BECOME)
                continue  # "xAI僅用兩年時間就成為了第一梯隊": two years to become a leader
            if any(u_start <= c.start < u_end and c.kind in _VALUE_WORDS for c in view.cues) or (
                # "估值从种子轮增长至150亿元,仅用约2.5年时间": the value's clause before, and no
                # site in the sentence
                not view.kinds("cluster")
                and not view.of_kind("cluster")
                and any(c.end <= unit.start and c.kind in _VALUE_WORDS for c in view.cues)
            ):
                dropped(view, unit.value, "build_duration", why.VALUE_GROWTH)
                continue  # "En solo doce meses triplicó su valoración": no site was built
            if not 2 <= unit.value <= 3650:
                dropped(view, unit.value, "build_duration", why.DURATION_RANGE)
                continue
            # money in the duration's clause, or invested before it in the sentence ("investira
            # 5 milliards d'euros, déployés en cinq ans")
            spent = any(u_start <= m.start < u_end for m in view.money) or (
                "investment" in view.ctx.kinds and _spent_over(view, unit)
            )
            if spent and not _built_in(view, unit, doc.rules.sov):
                dropped(view, unit.value, "build_duration", why.HORIZON)
                continue  # "今後3年で800億ドルを投じる", "$80 billion over three years": a horizon
            ctype, rule = "build_duration", "duration_build"
        else:
            if unit.value < MIN_POWER_MW:
                dropped(view, unit.value, "power_capacity", why.BELOW_MIN_POWER)
                continue
            if _per_item(view, unit):
                dropped(view, unit.value, "power_capacity", why.PER_ITEM)
                continue
            if _added(view, unit):
                dropped(view, unit.value, "power_capacity", why.INCREMENT)
                continue  # "an additional 150 MW", "290 MW adicionales": a step, not a size
            if "storage" in view.ctx.kinds and _stored(view, unit, u_start):
                dropped(view, unit.value, "power_capacity", why.STORAGE)
                continue  # "baterias Megapack de 80 MW": a battery bank's power
            ctype, rule = "power_capacity", "power"
            if (
                "market" in view.ctx.kinds
                and not view.of_kind("company")
                and not view.of_kind("cluster")
                and not view.kinds("cluster")
            ):
                # "Industry estimates project total capacity to double from 136.7MW": a whole
                # market's power, which the story's company does not own (not "the campus,
                # the largest in the market, will draw 1.4 GW": a site's)
                dropped(view, unit.value, ctype, why.MARKET_POWER)
                continue
        if ctype == "power_capacity" and _several_sites(view, unit.end):
            # "the five sites will total nearly 7 GW": a programme's or a company's total
            subject, adj, kind = subject_for_compute(doc, view, disc, unit.start, False, None)
            if kind != "company":
                dropped(view, unit.value, ctype, why.SEVERAL_SITES)
                continue
        else:
            subject, adj, _ = subject_for_compute(
                doc, view, disc, unit.start, True, pick_cluster(view, unit.start)
            )
        if ctype == "power_capacity" and (subject is None or subject.company_type == "chip_vendor"):
            # a company the gazetteer lacks heads the sentence of its site ("A Acme Data
            # Centers anunciou um campus ... de até 1,5 GW"), as
            # for chip counts: named again in its story
            found = unknown_company(
                doc.text, view, doc.rules, unit.num.lead, view.cjk, SITE_ROLES, doc.gazetteer
            )
            # (its first word may stand for it later: "Reliance Industries" ... "Reliance's")
            if found is not None and doc.text.count(found[0].name.split()[0]) >= 2:
                subject, adj = found[0], -0.1
        if subject is None:
            dropped(view, unit.value, ctype, why.NO_SUBJECT)
            continue
        drafts.append(
            Draft(
                ctype,
                subject,
                owner_of(doc, subject, None),
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


# value words: a duration in their clause times how a company's worth grew (not revenue words:
# they include contracts, "built Colossus in 122 days under a contract")
_VALUE_WORDS = VALUATION_KINDS | {"market_cap"}
BECOME_WHAT = 16  # characters after a 'become' word where what it becomes is read


def _to_become(view: View, unit: UnitQty, clause_start: int, clause_end: int) -> bool:
    """A 'become' word in the duration's clause, with no 'and' between them: the time is how
    long the company took to become something ("two years to become a unicorn", "se
    convirtió en un fenómeno en solo dos años"), not "built Colossus in 122 days and became
    a leader". Becoming operational is being built: a running or holding word between the
    duration and the 'become' word, or right after it, keeps the build time ("took 122 days
    to become operational", "122日で稼働可能な状態となった")."""
    done = view.kinds("running") + view.kinds("holding")
    for c in view.kinds("become"):
        if not clause_start <= c.start < clause_end:
            continue
        after = c.start >= unit.end
        lo, hi = (unit.end, c.start) if after else (c.end, unit.start)
        if any(lo <= k.start < hi for k in view.kinds("coordinator")):
            continue
        # a build word after the duration and before the 'become' word says what it became
        # ("122日で稼働可能な状態となった"); one before the duration says only that time passed
        # ("devenu un leader en seulement deux ans", "仅用两年时间就成为")
        between = done + (view.kinds("build") if after else [])
        if any(lo <= k.start < hi for k in between) or any(
            0 <= k.start - c.end <= BECOME_WHAT for k in done
        ):
            continue
        return True
    return False


def _elapsed(view: View, unit: UnitQty) -> bool:
    """A time-since word stands right before the duration ("seit zwei Jahren", "hace dos
    años": ``elapsed_before``) or right after it ("two years ago", "2년 전": ``elapsed_after``):
    the time since something happened, not how long a build took. Each word counts on its own
    side only ("in 122 giorni da xAI" is built by xAI). A bound the duration's reading took in
    may end the word's phrase ("seit über zwei Jahren")."""
    for c in view.kinds("elapsed_before"):
        if c.start < unit.start and not view.text[c.end : unit.start].strip():
            return True
    for c in view.kinds("elapsed_after"):
        if 0 <= c.start - unit.end <= ELAPSED_GAP and not view.text[unit.end : c.start].strip():
            return True
    return False


def _type(unit) -> str:
    """The claim type a quantity with a unit would be."""
    return "build_duration" if unit.kind == "days" else "power_capacity"


# "5基の 380MW", "14 x 2,5 MW", "5台400MW": a count of machines right before the figure
_ITEM_COUNT_GAP = re.compile(r"\s*[基台個个组組枚]?\s*[のx×*]?\s*")
INCREMENT_AFTER_GAP = 2  # characters between a unit and its "adicionales", "extra"
EACH_GAP = 4  # characters between a figure and its "each" or "per rack"
SUM_WINDOW = 40  # how far after a summed figure its plural of sites may stand
SITE_WINDOW = 40  # how far before a figure a site noun makes "each" a per-site figure


def _several_sites(view: View, end: int) -> bool:
    """The figure ending at ``end`` adds up several sites: a sum word with a plural of sites
    before it or right after it ("Los nuevos emplazamientos ... elevarán la capacidad total",
    "Совокупная мощность объектов", "10 GW en capacidad total de centros de datos"); not a
    plural compared with later ("8 buildings of 1.2 GW in total, one of the largest data
    centres")."""
    if not view.has("sites_sum"):
        return False
    return any(
        c.start < end or c.start - end <= SUM_WINDOW
        for c in view.kinds("site_plural") + view.kinds("cluster_plural")
    )


def _per_item(view: View, unit) -> bool:
    """The power of one item, not of a site: "2,5 MW cada", "je 2,5 MW" (a turbine's),
    "랙당 30kW" (a rack's), "5基の 380MW 天然ガスタービン" (five turbines of 380 MW each)."""
    lead = unit.num.lead
    # "five campuses of 1 GW each" is one fact of 1 GW (the annotation's rule for N sites)
    sites = any(
        0 <= lead - c.end <= SITE_WINDOW
        for c in view.kinds("cluster") + view.kinds("cluster_plural")
    ) or any(
        # "las instalaciones, sitas en Riad y en Dammam, ... hasta 100 MW cada una": a plural
        # of sites anywhere before the figure is what "each" counts
        c.end <= lead
        for c in view.kinds("site_plural") + view.kinds("cluster_plural")
    )
    each = [] if sites else view.kinds("each")
    for c in each + view.kinds("per_container"):
        if 0 <= lead - c.end <= EACH_GAP or 0 <= c.start - unit.end <= EACH_GAP:
            return True
    return any(
        n.end <= lead
        and lead - n.end <= EACH_GAP
        and not (n.percent or n.year or n.vague)
        and n.value is not None
        and n.value < 100
        and _ITEM_COUNT_GAP.fullmatch(view.text[n.end : lead])
        and not any(e.start <= n.start < e.end for e in view.entities)  # "Colossus 2"
        for n in view.nums
    )


STORAGE_BEFORE = 30  # characters from a battery word to the power figure after it
STORAGE_AFTER = 6  # characters from the unit to a battery word right after it ("80MWの蓄電")


def _stored(view: View, unit, clause_start: int) -> bool:
    """A battery or storage word right around the figure, in its clause: the power of a
    battery bank (a backup), not of a site."""
    lead = unit.num.lead
    return any(
        (clause_start <= c.start and 0 <= lead - c.end <= STORAGE_BEFORE)
        or 0 <= c.start - unit.end <= STORAGE_AFTER
        for c in view.kinds("storage")
    )


def _added(view: View, unit) -> bool:
    """The figure is an increment: an increment word right after its unit ("290 MW
    adicionales", "150 MW supplémentaires", "200 MW more"). Not the words before the figure
    that make chip counts increments: for power they mostly count other sites ("5 à 10 autres
    d'au moins 1 GW": each site's size) or the rest of a supply ("os outros 150 MW")."""
    after = view.kinds("increment_after")
    return any(0 <= c.start - unit.end <= INCREMENT_AFTER_GAP for c in after)


def _generic(view: View, unit, clause_start: int, clause_end: int) -> bool:
    """A habitual or generic word in the figure's clause with no other number between them
    ("Usually a build takes up to four years", "A modern data center might draw 50-100 MW",
    "So ein Rechenzentrum braucht meist 30 MW"): a figure of sites in general. The
    figure past another number is the story's own ("通常3年かかる工事を半年で"), and so is one
    whose clause, or the generic word's, names a company or a site ("xAI built a modern 150 MW
    data center", "Ein solches Rechenzentrum von xAI hat 150 MW")."""
    lead = unit.num.lead
    named = [m.start for kind in ("company", "cluster") for m in view.of_kind(kind)]
    if any(clause_start <= p < clause_end for p in named):
        return False
    for c in view.kinds("generic"):
        # a sentence-opening adverb ("Usually, ...") stands in a clause of its own
        opens = not view.text[view.start : c.start].strip(OPENING_CHARS) and c.end <= lead
        if not (clause_start <= c.start < clause_end or opens):
            continue
        c_start, c_end, _ = view.ctx.clause_of(c.start)
        if any(c_start <= p < c_end for p in named):
            continue  # "Un tel campus de Mistral AI, ..., consomme 40 MW"
        lo, hi = (c.end, lead) if c.end <= lead else (unit.end, c.start)
        if not any(lo <= n.lead and n.end <= hi for n in view.nums):
            return True
    return False


def _topic_defined(doc: Doc, view: View, unit, clause_end: int) -> bool:
    """Verb-final text: the figure opens the sentence as its topic and an equivalence word
    closes its clause ("1ギガワットは…約75万世帯分に相当", "1GW는 원전 1기에 해당"):
    what a unit amounts to, not anyone's capacity."""
    if view.text[view.start : unit.num.lead].strip():
        return False
    return any(
        doc.lex.starting_at(doc.low, p, clause_end, lx.EQUIV) is not None
        for p in range(unit.end, clause_end)
    )


def _unit_bound(doc: Doc, view: View, end: int, qualifier: str) -> str:
    """A bound written after the unit: "400メガワット超", "300 MW or more", "150兆瓦左右"."""
    if qualifier != "exact":
        return qualifier
    hit = doc.lex.starting_at(doc.low, end, view.end, lx.BOUND_AFTER)
    return str(hit.value) if hit is not None else qualifier
