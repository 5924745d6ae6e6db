"""Compute claims: cluster sizes and chip holdings (``cluster_size``, ``chip_holding``).

- A chip count is a number followed, within a few words and before any clause break, by a
  chip name or a chip noun ("100,000 Nvidia H100 GPUs", "10万块H100", "100.000 unit GPU"), or
  preceded by one when the language puts the count after the noun (Japanese "H100を10万個",
  Indonesian "GPU H100 sebanyak 100.000 unit", any count followed by a counter word). A bare
  number after a target word that follows a growth verb ("will double to 200,000") counts
  too. Counts of "H100 equivalents", CPU cores, GPU-hours and chips per server are not chip
  counts; increments ("another 20,000") are not sizes; purchases and shipments ("bought
  150,000 H100s in 2023") are flows, not holdings. A number alone in quotes ("“404”") is a
  code, and a question states no count.
- chip_model: the chip named with the count; none when several are named together ("GB200
  and GB300"); the one chip the sentence names when the count says only "GPUs" and no other
  count claims that chip; the chip of the previous sentence's claim when the count has only
  a counter word ("85.000 unit").
- A count is a cluster size when the sentence names a cluster or uses a cluster noun
  ("supercomputer", "pusat data", "集群", "pods"), unless the chips are spread "across" sites
  (a holding); otherwise it is a company's chip holding.

Subjects and owners: :mod:`sources.extract.claims.subjects`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from sources.extract import lexicon as lx
from sources.extract.claims import drops as why
from sources.extract.claims.context import (
    CLAUSE_MARKS,
    Discourse,
    Doc,
    Draft,
    View,
    is_question,
    is_requirement,
)
from sources.extract.claims.drops import dropped, dropped_all
from sources.extract.claims.newco import unknown_company
from sources.extract.claims.subjects import (
    _LINKED_TAIL,
    owner_of,
    pick_cluster,
    subject_for_compute,
)
from sources.extract.gazetteer import BACKER_TYPES, Entity
from sources.extract.numbers import Num
from sources.extract.phrases import is_letter
from sources.extract.status import Cue

_COUNT = "cluster_size"  # the claim type a drop names before the count's type is decided
MIN_CHIP_COUNT = 100  # smaller counts are servers or boards, not clusters or holdings
# larger "counts" are money or revenue read without a currency ("43 milliards issus des GPU"):
# no fleet comes near the world's yearly GPU output
MAX_CHIP_COUNT = 1e8
AFTER_WINDOW = 60  # how far after a number its chip noun may stand (characters)
BEFORE_WINDOW = 40
SOV_INCREMENT_GAP = 8  # characters between a count and its "추가로", "を追加" in SOV text
PER_CONTAINER_BEFORE = 8  # characters from "單櫃", "each server" to the count it leads
CPU_GAP = 12  # characters between a count's chip noun and a CPU name after it ("AMD ")
# the words that make a name before a chip count its holder: buying, owning, building it
_COMPUTE_ROLES = ("holding", "purchase", "build", "cluster")
DEMONSTRATED_SENTENCES = 3  # how far back "these chips" looks for the chip named
CHIP_SENTENCES = 2  # how far back a counter-only count looks for its chip
OWN_CHIP_SENTENCES = 2  # how far back a cluster's bare "GPUs" look for the chip it was named with


COUNTER_GAP = 2  # characters between a number and its counter ("1万 基", "4,600基")
WORDY_GAP = 50  # how far a chip noun may stand after its count when only words stand between
_WORDS_ONLY = re.compile(r"[\s'’.()]*(?:[^\W\d_]+[\s'’.()]+)*")

# between an architecture's name and its model: "Blackwell Ultra架構GB300", "Hopper H100"
_ARCH_GAP = re.compile(r"\s*(?:架構|架构|アーキテクチャの?|architecture|-based|based)?\s*", re.I)


@dataclass(slots=True)
class ChipRef:
    """The chip reference of a count: the chip name or noun after or before it, or the target
    of a growth verb; ``model`` is None when it names no single chip."""

    model: Entity | None
    start: int
    end: int
    kind: str  # after | before | target
    counter_only: bool = False
    mixed: bool = False
    equivalent: bool = False
    family: bool = False  # "10.000 Blackwell-GPUs": a generation, no one model


def chip_claims(doc: Doc, view: View, disc: Discourse) -> list[Draft]:
    """The cluster sizes and chip holdings of a sentence (see the module docstring)."""
    if is_question(view):
        dropped_all(view, _COUNT, why.QUESTION)
        return []  # "Apa sih artinya 100 juta GPU?": a question asks, it states nothing
    items: list | None = None  # made for the first count: most sentences state none
    cluster_words = view.has("cluster", "cluster_plural")
    drafts: list[Draft] = []
    part_cues = view.kinds("part")
    prev_model: Entity | None = None
    last_counted: ChipRef | None = None  # the chip noun after the count read last
    last_chip: tuple[Num, Entity | None] | None = None  # the last count read, and its chip
    growth_cues = view.kinds("growth")
    for num in view.nums:
        if num.percent or num.year:
            continue
        # "expanding Colossus from 100,000 to 200,000 GPUs": the starting point is the size
        # the cluster has now; a "from" of no growth sentence is an earlier figure
        start_point = num.role == "from"
        if start_point and not any(c.end <= num.lead for c in growth_cues):
            dropped(view, num.value, _COUNT, why.EARLIER_FROM)
            continue
        if not num.vague and (
            num.value is None or not MIN_CHIP_COUNT <= num.value <= MAX_CHIP_COUNT
        ):
            if view.drops is not None and not _taken(view, num.start):
                dropped(view, num.value, _COUNT, why.COUNT_RANGE)  # (an amount is no count)
            continue
        if _taken(view, num.start):
            continue  # an amount, a quantity with a unit or a name: another family's
        if _ticker(view, num) or _quoted(view, num):
            dropped(view, num.value, _COUNT, why.CODE)
            continue
        if items is None:
            items = _chip_items(view)
        # a cluster named in another relative clause ("Anthropic, which uses Rainier, ...")
        # does not make this count a cluster size
        cluster = pick_cluster(view, num.lead)
        named_cluster = cluster is not None
        clusterish = named_cluster or (cluster_words and _cluster_word_for(view, num))
        # "2.304 chip GB200 yang terpasang pada 32 rak server": chips installed in racks
        clusterish = clusterish or _in_racks(view, num)
        # "V3 was trained on 2,048 H800", "модель обучена на 512 H800": the chips of a past
        # training run are one cluster; chips kept or planned to train on are a holding
        trained = not named_cluster and view.has("training") and not view.has("planned")
        clusterish = clusterish or trained
        grown = not clusterish and _grown(view, num) and not view.has("sites")
        if grown:
            # "The company plans to double this capacity to 200,000 GPUs": what grows is
            # the company's cluster of the story, if it has one; not a fleet ("fleet" is a
            # sites word)
            clusterish = True
        ref = _chip_ref(doc, view, num, items)
        if ref is None and _partitive(doc, view, num):
            ref = ChipRef(None, num.end, num.end, "after", counter_only=True)
        if ref is None and last_counted is not None and _listed_after(view, num, last_counted):
            # "12,500 GPUs in Kamloops, 13,000 at M3 and 50,000 downtown": a list of counts
            # at places names the chips once
            ref = ChipRef(last_counted.model, num.end, num.end, "after", counter_only=True)
        if (
            ref is None
            and view.cjk
            and last_chip is not None
            and _same_counter(view, last_chip, num)
        ):
            # "네이버클라우드는 1만4000개, 카카오는 2000개": a list of holders' counts with the
            # counter of the chips counted before
            ref = ChipRef(last_chip[1], num.end, num.end + 1, "after", counter_only=True)
        if ref is None and start_point:
            ref = _target_ref(doc, view, num, items, clusterish)
            if ref is None:
                dropped(view, num.value, _COUNT, why.NO_CHIP_WORD)
                continue
        rule = "qty_chip" if ref is None or ref.kind == "after" else "qty_chip_before"
        if start_point:
            rule = "qty_from"
        carried = None
        if ref is None:
            # the target word may be read as the number's bound too ("вырастет до 1 млн")
            target = _cue_before(view, "target", num.start, num.start - num.lead + 2)
            growth = _cue_before(view, "growth", num.lead, 80) or _growth_after(view, num)
            if target is None or growth is None or num.vague:
                dropped(view, num.value, _COUNT, why.NO_CHIP_WORD)
                continue
            if not (items or clusterish):
                # "die Zahl soll auf eine Million steigen", "довести их число до 1 млн": the
                # count of the sentence before
                carried = _counted_before(view, disc)
                if carried is None:
                    dropped(view, num.value, _COUNT, why.NO_COUNT_BEFORE)
                    continue
            ref = ChipRef(prev_model, num.start, num.end, "target")
            rule = "qty_target"
        if ref.equivalent or _equivalent_before(doc, view, num, items, ref):
            dropped(view, num.value, _COUNT, why.EQUIVALENT)
            continue  # H100-equivalents measure compute, not chips
        if _is_increment(view, num, ref, doc.rules.sov):
            dropped(view, num.value, _COUNT, why.INCREMENT)
            continue
        if _not_a_count(view, num, ref):
            dropped(view, num.value, _COUNT, why.OTHER_COUNT)
            continue
        if _spent_on(view, num, ref):
            dropped(view, num.value, _COUNT, why.SPENT_ON)
            continue
        # one building's or hall's chips: a part of a site (the building word may hide the
        # cluster noun it contains: "cada edificio", "chacun des bâtiments")
        per_building = "per_building" in view.ctx.kinds and _per_building(view, num, ref)
        clusterish = clusterish or per_building
        c_start, c_end, _ = view.ctx.clause_of(num.lead)
        if is_requirement(view, num.lead):
            dropped(view, num.value, _COUNT, why.REQUIREMENT)
            continue  # "Grok 3 will need about 100,000 H100": a requirement, nobody's chips
        # also a participle phrase opening the next clause: "250.000 GPUs, verteilt auf ..."
        sites = (
            any(
                c_start <= c.start and (c.start < c_end or c.start - c_end <= 2)
                for c in view.kinds("sites")
            )
            or _counted_sites(view, num)
            or _fleet(view, num, c_start, c_end)
        )
        system = any(0 <= c.start - ref.end <= 3 for c in view.kinds("system"))
        # "Este sistema, que tendrá 50.000 GPUs": the machine the sentence is about
        # -- not past another name ("Unlike the system at Meta, xAI owns ...", "the machine
        # learning team at Meta uses ..."): that name, not the machine, holds the count
        system = system or any(
            c.end <= num.lead
            and not any(
                c.end <= m.start < num.lead and m.entity.kind != "chip" for m in view.entities
            )
            for c in view.kinds("system_subject")
        )
        if (
            "acquire" in view.ctx.kinds
            and not any(m.start < num.lead for m in view.of_kind("cluster"))
            and _acquired(view, num)
        ):
            # "GPU 1만장을 확보해 ... 슈퍼컴퓨터 6호기를 구축": secured, a holding; a cluster
            # named before the count keeps it ("6호기 구축으로 9000장을 확보")
            clusterish = system = named_cluster = False
            cluster = None
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
        elif (vendor := _pod_vendor(view, disc)) is not None:
            subject, adj, kind = vendor, -0.1, "company"
        else:
            # a training run's cluster is its company's, not a cluster the story named before
            subject, adj, kind = subject_for_compute(
                doc, view, disc, num.lead, ctype == "cluster_size" and not trained, cluster
            )
            if subject is None or subject.company_type == "chip_vendor":
                # the only known name is the chips' vendor: a company the gazetteer lacks may
                # hold the subject position ("Iliad a acheté un supercalculateur DGX SuperPOD
                # ... de Nvidia totalisant 1016 H100"); not against the story's company, which
                # a person or a product opening the sentence would take ("Rubin", "Musk")
                found = unknown_company(
                    doc.text, view, doc.rules, num.lead, view.cjk, _COMPUTE_ROLES, doc.gazetteer
                )
                # a holder is named again in its story; a sentence's opening word is not
                # ("During the call, ...")
                if found is not None and doc.text.count(found[0].name) >= 2:
                    subject, adj, kind = found[0], -0.1, "company"
        if subject is None:
            dropped(view, num.value, ctype, why.NO_SUBJECT)
            continue
        if kind == "company" and "supply" in view.ctx.kinds:
            subject = _recipient(view, num, c_start, c_end, subject)
        if kind == "cluster":
            ctype = "cluster_size"
        elif grown:
            ctype = "chip_holding"
        if ctype == "chip_holding" and _purchased(view, num.lead, c_start, c_end, num.end):
            dropped(view, num.value, ctype, why.PURCHASE)
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
        if (
            model is None
            and ref.counter_only
            and not ref.mixed
            and drafts
            and drafts[-1].chip is not None
            and _same_holder(drafts[-1].subject, subject)
            and not part_cues
        ):
            # "运行 35,000 个 H100 GPU，预计到今年底将增加到 85,000 个": a bare counter repeats
            # the noun of the count before it in the sentence
            model = drafts[-1].chip
        if model is None and ref.kind == "after" and not ref.mixed and not ref.family:
            # "66700 exemplaires de ces puces", "10.000 chip tersebut": the chip the sentence
            # before named
            model = _demonstrated_chip(view, disc, ref, subject, _grown_to(view, num))
        scope = "total"
        if per_building or (
            part_cues
            and any(
                c.end <= num.lead and not _numbers_between(view, c.end, num.lead) for c in part_cues
            )
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
                ref_kind="mixed" if ref.mixed else "family" if ref.family else ref.kind,
                current=start_point,
            )
        )
        if model is not None:
            prev_model = model
        last_counted = ref if ref.kind == "after" else None
        last_chip = (num, model)
    if not drafts:
        return drafts
    _assign_single_chip(doc, view, drafts)
    if len(drafts) > 1 and not any(d.scope == "part" for d in drafts):
        models = {d.chip.id for d in drafts if d.chip is not None}
        one_subject = len({d.subject.id for d in drafts}) == 1
        if len(models) >= 2 and one_subject and all(d.chip is not None for d in drafts):
            for d in drafts:
                d.scope = "part"
    for d in drafts:
        d.owner = owner_of(doc, d.subject, d.chip)
    return drafts


PARTITIVE_BEFORE = 300  # characters before the sentence where the chips it refers to are named
LISTED_GAP = 48  # characters from a counted chip noun to the next count of its list
LIST_ITEM_REACH = 16  # characters after such a count read for its end (" im Endausbau")
# between a count's chip noun and the next count of a list: no sentence mark nor bracket (the
# comma or "and" that joins them is checked apart)
_LIST_GAP = re.compile(r"[^.;:!?()\[\]]*")


def _listed_after(view: View, num: Num, counted: ChipRef) -> bool:
    """The count continues a list after a count with its chip noun ("12,500 GPUs in Kamloops,
    13,000 at M3, and more than 50,000 at 150 West Georgia"): a comma or "and" between, no
    other figure, and only a short preposition or the list's punctuation after it, no capacity
    or part (``rules.list_item_end``)."""
    if num.vague or num.qualifier == "at_most" or not 0 < num.lead - counted.end <= LISTED_GAP:
        return False  # (an upper bound is a capacity: "up to 100,000 at full build")
    if _LIST_GAP.fullmatch(view.text, counted.end, num.lead) is None:
        return False
    gap = view.text[counted.end : num.lead]
    joined = "," in gap or any(counted.end <= c.start < num.lead for c in view.kinds("coordinator"))
    if not joined or _numbers_between(view, counted.end, num.lead):
        return False
    targets = (*view.kinds("growth"), *view.kinds("target"))
    if any(counted.end <= c.start < num.lead for c in targets):
        return False  # "60.000 GPU, ma prevede una crescita fino a 2 milioni": a later target
    return (
        view.rules.list_item_end.match(view.text, num.end, min(view.end, num.end + LIST_ITEM_REACH))
        is not None
    )


CJK_LIST_GAP = 24  # characters from one count of a CJK list to the next (a name, a particle)
# the rest of the item before ("의 GPU를"), its comma, the next item's name and particle
_CJK_LIST_GAP = re.compile(r"[^,、，。.;；:：0-9]{0,12}[,、，]\s*[^\s,、，。.;；:：0-9]{1,16}\s*")


def _same_counter(view: View, last: tuple[Num, Entity | None], num: Num) -> bool:
    """``num`` takes the CJK counter glued after the count read before it ("개", "张", "基"),
    and only the rest of that item, a comma and a known company's name (with its particle)
    stand between ("1만4000개, 카카오는 2000개", "1万张GPU，阿里巴巴5000张")."""
    prev = last[0]
    if not 0 < num.start - prev.end <= CJK_LIST_GAP:
        return False
    counter = view.text[prev.end : prev.end + 1]
    if not _CJK_COUNTER.match(counter) or view.text[num.end : num.end + 1] != counter:
        return False
    if _CJK_LIST_GAP.fullmatch(view.text, prev.end + 1, num.start) is None:
        return False
    # the item names its holder, a company the data knows (an unknown one, "NHN 8000개",
    # would leave the count to the sentence's subject)
    return any(prev.end < m.start < num.start for m in view.of_kind("company"))


_CJK_COUNTER = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")


def _partitive(doc: Doc, view: View, num: Num) -> bool:
    """A partitive pronoun right after the count ("unas 250.000 de ellas", "250,000 of
    them") whose sentence names no chip, after a chip noun in the text just before it: a count
    of those chips."""
    words = doc.rules.partitives
    if not words or view.nouns:
        return False
    tail = doc.low[num.end : num.end + 16].lstrip()
    if not any(tail.startswith(w) and not tail[len(w) : len(w) + 1].isalpha() for w in words):
        return False
    return any(
        view.start - PARTITIVE_BEFORE <= h.start < view.start and h.value in ("noun", "family")
        for h in doc.lex.by_kind.get(lx.ANCHOR, ())
    )


SITE_COUNT_REACH = 80  # characters from a chip count to the count of sites it is spread over
SITE_COUNT_HEAD = 40  # characters read before a plural site noun for the count of sites
_LAST_WORD = re.compile(r"(?<!\S)[^\W\d]+\s*$")  # the word a site count may stand before


def _fleet(view: View, num: Num, c_start: int, c_end: int) -> bool:
    """All the chips a company will have at a date ("end the year with 1.3 million GPUs",
    "cerrar el año con"): a fleet word before the count in its clause, and no site noun after
    the fleet word there ("... con 200.000 GPU en su centro de datos de Memphis", "end the year
    with a cluster of 200,000 GPUs" are that site's)."""
    fleet = [c for c in view.kinds("fleet") if c_start <= c.start < num.lead]
    # ... nor between the fleet word and the count ("end the year with a cluster of 200,000")
    return bool(fleet) and not any(fleet[0].end <= c.start < c_end for c in view.kinds("cluster"))


def _counted_sites(view: View, num: Num) -> bool:
    """Sites counted after the chip count ("250.000 GPU almacenadas en los 33 centros de
    datos que opera"), or before it and joined to it by "and" ("three planned data centres
    and more than 60,000 GPUs"): the chips are spread over them, a holding; not the sites
    before it that each hold the count ("two clusters, each with 24,576 GPUs")."""
    plurals = [c for c in view.kinds("cluster_plural") if 0 < c.start - num.end <= SITE_COUNT_REACH]
    plurals += [
        c
        for c in view.kinds("cluster_plural")
        if 0 < num.lead - c.end <= SITE_COUNT_REACH
        and any(c.end <= k.start < num.lead for k in view.kinds("coordinator"))
        and not any(
            c.end <= k.start < num.lead for k in (*view.kinds("each"), *view.kinds("cluster"))
        )  # "two data centres and a cluster of 24,576 GPUs": that cluster's count
    ]
    return any(_count_before(view, c.start) for c in plurals)


def _count_before(view: View, pos: int) -> bool:
    """A count of sites (2 or more, in digits or in words) ends right before ``pos``, maybe
    with one word between: "33 centros", "three planned data centres"."""
    head = view.text[max(view.start, pos - SITE_COUNT_HEAD) : pos]
    offset = pos - len(head)
    ends = {len(head.rstrip())}
    word = _LAST_WORD.search(head)
    if word is not None:
        ends.add(len(head[: word.start()].rstrip()))
    if any(
        n.value is not None
        and 2 <= n.value < MIN_CHIP_COUNT
        and not n.year
        and n.end - offset in ends
        for n in view.nums
    ):
        return True
    words = view.rules.number_words if view.rules is not None else None
    if words is None:
        return False
    low = head.lower()
    for end in ends:
        hit = words.ending_at(low, end)
        if hit is not None and 2 <= hit.payloads[0] < MIN_CHIP_COUNT:
            return True
    return False


def _in_racks(view: View, num: Num) -> bool:
    """The sentence counts racks too ("in 32 racks", "125 Rechenschränke", "64櫃"): the chips
    are installed as one system. A rack word with no count of racks ("racks grouped by
    eight, 512 GPUs per array") describes a component."""
    return any(
        0 <= r.start - n.end <= 3 and n is not num and not (n.percent or n.year)
        for r in view.kinds("racks")
        for n in view.nums
    )


def _grown(view: View, num: Num) -> bool:
    """A growth verb before the count in its clause, with a target word right before the
    count ("double this capacity to 200,000 GPUs", "ampliar hasta 200.000") or itself right
    before it ("doubler cette capacité pour atteindre 200 000")."""
    c_start, _c_end, _ = view.ctx.clause_of(num.lead)
    target = _cue_before(view, "target", num.lead, 2) or _cue_before(view, "growth", num.lead, 2)
    if target is None:
        return False
    return any(c_start <= g.start and g.end <= target.end for g in view.kinds("growth"))


def _grown_to(view: View, num: Num) -> bool:
    """A count that is what a growth verb raises the capacity to ("double to 200,000 GPUs",
    "doubler cette capacité pour atteindre 200 000 GPU"), not one a lone verb brings ("bring
    16,000 chips online")."""
    if not _grown(view, num):
        return False
    if _cue_before(view, "target", num.lead, 2) is not None:
        return True
    c_start, _c_end, _ = view.ctx.clause_of(num.lead)
    return len([g for g in view.kinds("growth") if c_start <= g.start < num.lead]) >= 2


ACQUIRE_GAP = 12  # characters from a count to its verb of securing ("장 이상을 대규모로 ")
# verb endings that make the verb describe the noun after it ("확보한 클러스터", "確保した施設");
# others join the next clause ("확보해 ... 센터 서비스를 개시")
_ADNOMINAL = ("한", "할", "된", "하는", "した", "する")
ACQUIRED_SITE_GAP = 12  # characters from that verb to a site noun it describes ("한 AI 컴퓨팅 ")


def _acquired(view: View, num: Num) -> bool:
    """Verb-final text: a verb of securing or owning follows the count with no other number
    between ("GPU 2만장 이상을 확보", "B200を10万個確保"): the count is what its
    holder secures, a holding, whatever centre the sentence names. Not when the verb
    describes a site noun after it ("4000장 확보한 AI 컴퓨팅 클러스터": the cluster's chips)."""
    sites = view.kinds("cluster")
    for c in view.kinds("acquire"):
        if not 0 <= c.start - num.end <= ACQUIRE_GAP:
            continue
        if any(num.end <= n.lead < c.start for n in view.nums):
            continue
        adnominal = view.text.startswith(_ADNOMINAL, c.end)
        if not (adnominal and any(0 <= s.start - c.end <= ACQUIRED_SITE_GAP for s in sites)):
            return True
    return False


def _cluster_word_for(view: View, num: Num) -> bool:
    """A cluster noun speaks of this count unless it belongs to one company and another one is
    named between it and the count ("xAI's supercomputer deal, Meta's goal and CoreWeave's
    250,000 GPUs": CoreWeave's fleet)."""
    names = view.of_kind("company")
    for c in view.kinds("cluster") + view.kinds("cluster_plural"):
        if c.start >= num.end:
            return True
        between = {m.entity.name for m in names if c.end <= m.start < num.lead}
        before = {m.entity.name for m in names if m.end <= c.start}
        if not between or not before or between <= before:
            return True
    return False


def _target_ref(doc: Doc, view: View, num: Num, items: list, clusterish: bool) -> ChipRef | None:
    """The chips of a starting point ("from 100,000 to 200,000 H100 GPUs") are those of the
    target after it; a cluster's bare sizes ("grows from 40,000 to 100,000") count no chip."""
    later = [n for n in view.nums if n.start >= num.end and not n.percent and not n.year]
    if not later:
        return None
    ref = _chip_ref(doc, view, later[0], items)
    if ref is not None:
        return ChipRef(
            ref.model, ref.start, ref.end, ref.kind, mixed=ref.mixed, equivalent=ref.equivalent
        )
    return ChipRef(None, num.start, num.end, "target") if clusterish else None


def _ticker(view: View, num: Num) -> bool:
    """A number in brackets right after a name is its stock code ("鴻海（2317）")."""
    if view.text[num.end : num.end + 1] not in (")", "）"):
        return False
    head = view.text[view.start : num.lead].rstrip()
    if not head.endswith(("(", "（")):
        return False
    bracket = view.start + len(head) - 1
    return any(0 <= bracket - e.end <= 1 for e in view.entities)


_QUOTES = {"“": "”", '"': '"', "«": "»", "「": "」", "『": "』", "‘": "’", "'": "'", "„": "“"}


def _quoted(view: View, num: Num) -> bool:
    """A number alone in quotes is a code or a name ("神秘“404”", "the “100” plan"), not a
    count."""
    before = view.text[num.lead - 1 : num.lead] if num.lead > view.start else ""
    after = view.text[num.end : num.end + 1]
    return bool(before) and _QUOTES.get(before) == after


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
    # a counter classifies the number it follows; one farther on is part of another word
    # ("300以上のデータセンターを持つ…クラウド基盤": 基 of 基盤, not a counter of 300)
    after = [
        it
        for it in items
        if num.end <= it[0] < limit and (it[3] != "counter" or it[0] - num.end <= COUNTER_GAP)
    ]
    if after and (led := _counter_led(doc, view, num, items, after)) is not None:
        return led
    if after and (
        after[0][0] - num.end <= 30
        # "hundreds of thousands of NVIDIA Corp.'s artificial intelligence (AI) chips": only
        # words (a vendor, a descriptor, its bracketed acronym) before the chip noun
        or (
            after[0][0] - num.end <= WORDY_GAP
            and _WORDS_ONLY.fullmatch(view.text, num.end, after[0][0]) is not None
            # none of them a cue ("5.938 Rechenknoten mit jeweils vier GH200": nodes, each)
            and not any(num.end <= c.start < after[0][0] for c in view.cues)
        )
    ):
        chips = [it for it in after if it[2] is not None and it[0] - num.end <= 40]
        if len(chips) == 2 and _ARCH_GAP.fullmatch(view.text[chips[0][1] : chips[1][0]]):
            chips = chips[1:]  # "Blackwell Ultra架構GB300": the model of that architecture
        ids = {it[2].id for it in chips}
        ref = ChipRef(chips[0][2] if len(ids) == 1 else None, after[0][0], after[-1][1], "after")
        ref.mixed = len(ids) > 1
        ref.family = not chips and any(it[3] == "family" for it in after)
        ref.counter_only = True
        for it in after:
            if it[3] != "counter":
                ref.counter_only = False
                break
        # "600,000 H100 equivalents", "600.000 GPU equivalenti H100", "H100-equivalent chips",
        # "100万基のH100 GPU相当", "600.000 equivalentes a la H100"
        ref.equivalent = bool(chips) and (
            _equivalent(doc, view, chips)
            or _equiv_at(doc, view, num.end)
            or any(
                it[2] is None
                and (it[1] <= chips[0][0] or it is after[-1])
                and _equiv_at(doc, view, it[1])
                for it in after
            )
        )
        if ref.counter_only and not ref.equivalent:
            # "GPU 8000個相当": the equivalence word right after the count's counter
            ref.equivalent = _equiv_at(doc, view, _skip_space(view, after[-1][1]))
        return ref
    return _before_ref(doc, view, num, items)


# between chips named together before one count: "B200, H200 GPU 1만3000장", "B200/H200"
_LIST_SEP = re.compile(r"\s*(?:[,、，/·‧]|and|und|et|e|y|и|dan|및|과|와|和|及|与|與)\s*", re.I)
_NEXT_ITEM = re.compile(r"[,、，;/]|\b(?:and|und|et|y|e|и|dan)\b|및|과|와|和|及|与|與")
SOV_CHIP_GAP = 2  # characters between a chip and its count in "B200 1만80장", "B200が1万基"


def _before_ref(doc: Doc, view: View, num: Num, items: list) -> ChipRef | None:
    """The chip noun or name before the count ("GPU H100 sebanyak 100.000 unit", "H100を10万
    個"); none of them when several chips are listed together before it ("B200, H200 GPU 총
    1만3000장": mixed)."""
    before = [it for it in items if num.lead - BEFORE_WINDOW <= it[1] <= num.lead]
    if before:
        it = before[-1]
        if not _chip_barrier_between(view, it[1], num.lead):
            counter = doc.lex.starting_at(doc.low, num.end, view.end, lx.NOUN)
            if doc.rules.sov or counter is not None or num.lead - it[1] <= 12:
                model, named = it[2], it
                if model is None:
                    prev = [x for x in before if x[2] is not None and it[0] - x[1] <= 3]
                    model, named = (prev[-1][2], prev[-1]) if prev else (None, it)
                mixed = model is not None and _listed_with_another(view, before, named)
                ref = ChipRef(
                    None if mixed else model, it[0], it[1], "before", family=it[3] == "family"
                )
                ref.mixed = mixed
                ref.equivalent = (model is not None and _equivalent(doc, view, [it])) or (
                    # "GPU 8000장 상당의": the equivalence word after the count's counter
                    counter is not None and _equiv_at(doc, view, _skip_space(view, counter.end))
                )
                return ref
    return None


def _listed_with_another(view: View, before: list, named: tuple) -> bool:
    """Another chip stands right before ``named``, only a list separator between them."""
    return any(
        x[2] is not None
        and x[1] <= named[0]
        and x[2].id != named[2].id
        and _LIST_SEP.fullmatch(view.text, x[1], named[0]) is not None
        for x in before
    )


def _counter_led(doc: Doc, view: View, num: Num, items: list, after: list) -> ChipRef | None:
    """Verb-final and classifier languages put the chip before the count and a counter after
    it ("B200 1만80장과 H200 3056장", "B200が1万基、H200が3000基"): a chip right before a
    count that a counter or a conjunction follows is its chip, not the next item's chip."""
    counted = after[0][3] == "counter" and after[0][0] - num.end <= COUNTER_GAP
    if not counted and _NEXT_ITEM.search(view.text, num.end, after[0][0]) is None:
        return None  # "1만80장과 H200 3056장": a conjunction opens the next item
    chips = [
        it
        for it in items
        if it[2] is not None
        and 0 <= num.lead - it[1] <= SOV_CHIP_GAP
        # "10,000台H800和10,000台H100": a chip before a conjunction ends the item before
        and _NEXT_ITEM.search(view.text, it[1], num.lead) is None
    ]
    if not chips:
        return None
    ref = _before_ref(doc, view, num, items)
    return ref if ref is not None and (ref.model is not None or ref.mixed) else None


def _skip_space(view: View, pos: int) -> int:
    while pos < view.end and view.text[pos] == " ":
        pos += 1
    return pos


def _equivalent_before(doc: Doc, view: View, num: Num, items: list, ref: ChipRef) -> bool:
    """ "equivalent to nearly 600,000 H100s" (the cue before the number), or a chip with its
    equivalence word before a count that has only a counter ("H100換算で約60万個分")."""
    if doc.lex.ending_at(doc.low, num.lead, view.start, lx.EQUIV) is not None:
        return True
    if _equivalent_of(doc, view, num):
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


EQUIV_OF_GAP = 40  # "équivaudra à la puissance de calcul de 300 000 H100"


def _equivalent_of(doc: Doc, view: View, num: Num) -> bool:
    """An equivalence word a few words before the count in its clause, with no other number
    between, after a figure the sentence states first ("350 000 H100s, ce qui équivaudra à la
    puissance de calcul de 600 000 H100"): the count measures the compute that figure equals,
    in chips. Not a sentence that opens with it ("Das entspricht mehreren Millionen GPUs"):
    that restates the figure before."""
    firsts = [n.end for n in view.nums if n.end <= num.lead and not n.percent]
    if not firsts:
        return False  # (most counts: no figure before them, no scan)
    # the word comes after the clause's first figure, within a few words of the count
    lo = max(view.ctx.clause_of(num.lead)[0], num.lead - EQUIV_OF_GAP, min(firsts))
    text = view.text
    for pos in range(lo, num.lead):
        if pos > lo and is_letter(text[pos - 1]) and not view.cjk:
            continue  # a word starts here
        hit = doc.lex.starting_at(doc.low, pos, num.lead, lx.EQUIV)
        if (
            hit is not None
            and not _numbers_between(view, hit.end, num.lead)
            # "600,000 H100-equivalent chips and CoreWeave's 250,000 GPUs": a list goes on
            and not any(hit.end <= c.start < num.lead for c in view.kinds("coordinator"))
        ):
            return True
    return False


def _equivalent(doc: Doc, view: View, chips: list) -> bool:
    return any(ent is not None and _equiv_at(doc, view, end) for _start, end, ent, _ in chips)


_EQUIV_PARTICLES = frozenset("的の")  # a possessive particle before the equivalence word


def _equiv_at(doc: Doc, view: View, pos: int) -> bool:
    """An equivalence word at ``pos``, also after a hyphen ("H100-equivalent")."""
    if view.text[pos : pos + 1] in ("-", "‐"):
        pos += 1
    elif view.cjk and view.text[pos : pos + 2].lstrip()[:1] in _EQUIV_PARTICLES:
        # "2000 万张 H100 的等效算力": the compute equivalent of the chips
        pos = view.text.index(view.text[pos : pos + 2].lstrip()[0], pos) + 1
    return doc.lex.starting_at(doc.low, pos, view.end, lx.EQUIV) is not None


def _cue_before(view: View, kind: str, pos: int, window: int) -> Cue | None:
    best = None
    for cue in view.kinds(kind):
        if cue.end <= pos and pos - cue.end <= window and (best is None or cue.end > best.end):
            best = cue
    return best


_CONNECTIVE_COMMA = frozenset(",、，;")
_CJK_TIME_UNITS = frozenset("日天年月週周")


def _is_increment(view: View, num: Num, ref: ChipRef | None, sov: bool = False) -> bool:
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
    # verb-final orders put a bound or a particle first: "1만 5000장 이상을 추가로 확보"
    gap = SOV_INCREMENT_GAP if sov else 2
    if any(0 <= c.start - num.end <= gap for c in after_words):
        return True
    if ref is not None and ref.kind == "after":
        # "100.000 chip Nvidia tambahan", "100 000 GPU supplémentaires"
        limit = _chip_barrier_after(view, ref.end)
        return any(0 <= c.start - ref.end <= 12 and c.start < limit for c in after_words)
    return False


def _pod_vendor(view: View, disc: Discourse) -> Entity | None:
    """The vendor whose pod the sentence before sized, for a pod sentence naming no company or
    cluster ("某廠商推出Nova 1超節點，共1024卡。新一代產品Nova 2超節點規模2048卡"): the
    next product is the same vendor's (a chip vendor is never the story's company by default)."""
    if not view.has("pod") or view.of_kind("company") or view.of_kind("cluster"):
        return None
    last = disc.count_subject
    if last is None or last.company_type != "chip_vendor":
        return None
    return last if view.index - disc.count_sentence <= 2 else None


# after a counter, its particle and the start of a Latin or katakana name ("台のMegapack")
_COUNTED_NAME = re.compile(r"[ \u00a0]*[の的의]?[ \u00a0]*[A-Za-z\u30a1-\u30fa]")


def _names_the_counted(view: View, pos: int) -> bool:
    """A name in Latin letters or katakana right after a bare counter (no chip noun or name
    followed the count): what the counter counts is that product, not chips ("168台のTesla
    Megapack", "156台のメガパック"); a chip's name would have been read as one."""
    return _COUNTED_NAME.match(view.text, pos, view.end) is not None


def _not_a_count(view: View, num: Num, ref: ChipRef | None) -> bool:
    tail = ref.end if ref is not None and ref.kind == "after" else num.end
    if (view.units and any(u.start <= num.start < u.end for u in view.units)) or (
        view.cjk and view.text[num.end : num.end + 1] in _CJK_TIME_UNITS
    ):
        return True  # "わずか122日", "150 MW": a number that takes a unit counts no chips
    if ref is not None and ref.counter_only and view.cjk and _names_the_counted(view, ref.end):
        return True  # "40台のTesla Megapack": the counter counts the thing named after it
    # a chip noun between the number and the pod: the pod holds the chips ("4000卡超节点")
    chips_first = ref is not None and ref.kind == "after" and not ref.counter_only
    if any(
        0 <= c.start - num.end <= 2 and not (chips_first and ref.end <= c.start)
        for c in view.kinds("pod")
    ):
        return True  # "432個超節點", "64 SuperPODs": a count of pods, not of chips
    if "cpu" in view.ctx.kinds:
        # "141 659 processeurs AMD Epyc", "12,000 Xeon processors": processors named by a
        # CPU line, before the next number or clause break
        limit = _chip_barrier_after(view, num.end)
        cpus = view.kinds("cpu")
        if any(num.end <= c.start < limit and c.start - tail <= CPU_GAP for c in cpus):
            return True
    if any(0 <= c.start - num.end <= 1 for c in view.kinds("other_counter")):
        return True  # "160万家企业": firms, not chips
    if "cores" not in view.ctx.kinds and "per_container" not in view.ctx.kinds:
        return False
    for cue in view.cues:
        if (
            cue.kind == "cores"
            and (0 <= cue.start - num.end <= 12 or 0 <= cue.start - tail <= 3)
            # a noun past a clause mark counts something of its own ("1万基導入し、サーバーも")
            and not CLAUSE_MARKS.intersection(view.text[num.end : cue.start])
        ):
            return True
        if (
            cue.kind == "cores"
            # the counted noun before its count: Japanese and Korean, and Chinese's
            # "服务器2万台" (a count of servers, whatever chip words come before)
            and (view.rules.sov or view.rules.cjk)
            and cue.end <= num.lead
            # "サーバーは10万基のGPUを": the chip noun after the count says what it counts
            and (ref is None or ref.kind != "after" or ref.counter_only)
            # a one-letter noun may end a longer word ("法人", "이사회"; not "最新鋭サーバー")
            and not (cue.end - cue.start == 1 and _WORD_BEFORE.match(view.text, cue.start - 1))
            and _SOV_LEAD.fullmatch(view.text, cue.end, num.lead)
        ):
            return True  # "サーバーを最大250台", "サーバー「NVL72」を250台", "서버 250대"
        if cue.kind == "per_container" and (
            0 <= cue.start - tail <= 12
            # "單櫃支持128個晶片", "每台服务器配备": the container leads its count
            or (
                0 <= num.lead - cue.end <= PER_CONTAINER_BEFORE
                and not _numbers_between(view, cue.end, num.lead)
                and not _total_between(view, num, cue.end, num.lead)
            )
        ):
            return True
    return False


SPEND_GAP = 3  # characters between a verb of spending and the amount it spends
# a kanji, katakana or Hangul letter before a one-letter noun of other things: the noun ends
# a longer word ("法人", "이사회"); a hiragana particle ends the word before it
_WORD_BEFORE = re.compile(r"[\u30a1-\u30ff\u4e00-\u9fff가-힣]")
# between a counted noun and its count in Japanese, Korean or Chinese: a quoted name and a
# particle, maybe neither ("サーバー「NVL72」を", "서버 ", "服务器")
_SOV_LEAD = re.compile(r"\s?(?:[「『][^」』]{1,24}[」』])?[をがはも을를이가은는]?\s?")


def _spent_on(view: View, num: Num, ref: ChipRef | None) -> bool:
    """A sum spent on chips, not a count of them: a verb of investing or spending right before
    a number with a scale word, and a preposition between it and the chip noun after it
    ("invirtió 51 millones en chips", "spent 51 million on GPUs"; not "bought 1 million
    GPUs", "1 million of its chips")."""
    if ref is None or ref.kind != "after" or num.scale < 1e3 or not view.has("investment", "cost"):
        return False
    gap = view.text[num.end : ref.start].split()
    if not gap or gap[0].lower() not in view.rules.spent_on:
        return False
    return any(
        0 <= num.lead - c.end <= SPEND_GAP for c in view.kinds("investment") + view.kinds("cost")
    )


# a word of a total, whole ("計1万基" with no kanji before 計, "合計", "総計", "合わせて",
# "总计", "合计", "共计"; not 設計 "design", 計画 "plan")
_TOTAL_WORD = re.compile(
    r"(?<![\u4e00-\u9fff])計(?![\u4e00-\u9fff])|合計|総計|合わせて|总计|合计|共计|總計"
)
CONTAINER_MAX = 1000  # more chips than one rack, node or cabinet holds: a total over them


def _total_between(view: View, num: Num, lo: int, hi: int) -> bool:
    """A word of a total stands between a container word and a count larger than one container
    holds: the count is the sum over the containers ("各サーバーラックに計1万基", "各ラックを
    合わせて1万基"; not "各ラックに設計上144基")."""
    if num.value is None or num.value < CONTAINER_MAX:
        return False
    return _TOTAL_WORD.search(view.text, lo, hi) is not None or any(
        lo <= c.start < hi for c in view.kinds("sites_sum")
    )


def _per_building(view: View, num: Num, ref: ChipRef | None) -> bool:
    """The count is per building or data hall ("50,000 GPUs per building", "cada edificio
    podrá albergar hasta 50.000", "每栋楼可容纳5万"), a part of a site and not its size: a
    per_building word right after the count, or leading its clause with no other number
    between them (so "each building holds 50,000, 400,000 in all" keeps the total)."""
    tail = ref.end if ref is not None and ref.kind == "after" else num.end
    for cue in view.kinds("per_building"):
        if 0 <= cue.start - tail <= 12:
            return True
        if not cue.end <= num.lead or num.lead - cue.end > 60:
            continue
        if view.ctx.clause_of(cue.start) != view.ctx.clause_of(num.lead):
            continue
        if not any(cue.end <= other.start < num.lead for other in view.nums if other is not num):
            return True
    return False


def _demonstrated_chip(
    view: View, disc: Discourse, ref: ChipRef, subject: Entity, grown: bool
) -> Entity | None:
    """When the sentence names no chip: for a cluster, the chip named with it in the last two
    sentences; else, when a demonstrative stands right before the count's chip noun ("ces
    puces", "these chips") or right after it ("chip tersebut"), the chip named with the
    subject in the last sentences, else the one chip the sentence before named. ``grown``: the
    count is a growth target ("will double to 200,000 GPUs"), which may mix in a newer chip."""
    if view.of_kind("chip"):
        return None
    own = disc.chip_of.get(subject.id)
    if (
        subject.kind == "cluster"
        and own is not None
        and 0 < view.index - own[0] <= OWN_CHIP_SENTENCES
        and not grown
    ):
        # "16,000 chips due by summer": a cluster runs the chip it was named with just before;
        # not a grown one ("will double to 200,000 GPUs" may mix in a newer chip)
        return own[1]
    index, chip = own or disc.named_chip
    if chip is None or not 0 < view.index - index <= DEMONSTRATED_SENTENCES:
        return None
    for c in view.kinds("demonstrative"):
        # before the noun, maybe behind a counter ("66700 exemplaires de ces puces")
        if (ref.start - 1 <= c.end and c.start < ref.end) or 0 <= c.start - ref.end <= 1:
            return chip
    return None


def _recipient(view: View, num: Num, c_start: int, c_end: int, subject: Entity) -> Entity:
    """The company chips are supplied to, when a supply verb stands before the count in its
    clause and another company follows the verb there ("a deal to supply Microsoft with tens
    of thousands of GPUs", "Nscale fornirà 104.000 GPU per il campus di Microsoft"); else
    ``subject``. Not in verb-final text, where the recipient stands before the verb."""
    if view.cjk:
        return subject
    for cue in view.kinds("supply"):
        if not c_start <= cue.start < num.lead:
            continue
        for m in view.of_kind("company"):
            if (
                cue.end <= m.start < c_end
                and m.entity.id != subject.id
                and m.entity.company_type not in ("chip_vendor", "investor")
                and (m.start - cue.end <= 2 or _site_owner(view, m))
            ):
                return m.entity
    return subject


SITE_OWNER_GAP = 30  # characters between a site noun and its owner ("campus hyperscale di X")


def _site_owner(view: View, m) -> bool:
    """The company owns a site noun: linked after it ("il campus di Microsoft", "the data
    centre of Microsoft") or as its possessor ("Microsoft's Texas campus")."""
    for c in view.kinds("cluster"):
        if 0 <= m.start - c.end <= SITE_OWNER_GAP:
            linked = _LINKED_TAIL.search(view.text[c.end : m.start]) is not None
        else:
            near = 0 <= c.start - m.end <= SITE_OWNER_GAP
            linked = near and view.text[m.end : m.end + 2] in ("'s", "’s")
        if linked:
            return True
    return False


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
            and m.entity.company_type not in BACKER_TYPES
            and m.entity.name != owner
        ):
            return None
    return subject


SOV_OBJECT_GAP = 24  # "12만 대의 H100을 구매했다": a count, its chip and particle, the verb
SOV_OBJECT_TAIL = (
    3  # letters left between the number and the verb: a counter and particles ("대의 을")
)


def _purchased(view: View, pos: int, c_start: int, c_end: int, end: int) -> bool:
    """A purchase or delivery verb governs the count at ``pos`` (its number ends at ``end``):
    before it in its clause ("bought 150,000 H100s"), or closing the clause after it, where
    verb-final word orders put the participle ("hat 500.000 Chips an Meta ausgeliefert",
    "H100を5万個購入した")."""
    for c in view.cues:
        if c.kind != "purchase" or not c_start <= c.start < c_end:
            continue
        if c.start < pos:
            return True
        tail = view.text[c.end : min(c_end, view.end)]
        if c.start > pos and not tail.strip(" \t\n.。!！?？」』)）"):
            return True
        if (
            view.rules is not None
            and view.rules.sov
            and 0 < c.start - pos <= SOV_OBJECT_GAP
            and not _numbers_between(view, end - 1, c.start)
            and _object_of(view, end, c.start)
        ):
            # "300만 대의 H100을 판매할 것으로", "12만 대의 H100을 구매했다는": in
            # verb-final order the verb right after its object governs the count, whatever
            # endings and auxiliaries follow it
            return True
    return False


def _assign_single_chip(doc: Doc, view: View, drafts: list[Draft]) -> None:
    """A count that says only "GPUs" takes the one chip the sentence names, if no other count
    claims it."""
    # a chip named as a unit of measure ("600,000 H100-equivalent chips") is no one's chip
    named = [m for m in view.of_kind("chip") if not _equiv_at(doc, view, m.end)]
    if not named:
        return
    chip = named[-1].entity
    if any(m.entity.id != chip.id for m in named) or any(d.chip is not None for d in drafts):
        return  # several chips, or a count that has its own
    for d in drafts:
        if d.ref_kind in ("after", "before"):
            d.chip = chip  # configurations of one product ("pods of 256 and 9,216 chips")


def _object_of(view: View, end: int, verb: int) -> bool:
    """Only the count's counter, its chip and their particles stand between the number ending
    at ``end`` and the verb at ``verb`` ("대의 H100을", "個の"): the verb takes the count as its
    object; not a verb or a topic of a later clause ("개를 보유하고 있지만 판매는")."""
    gap = view.text[end:verb]
    for m in view.of_kind("chip"):
        if end <= m.start and m.end <= verb:
            gap = gap.replace(view.text[m.start : m.end], "")
    # Latin letters are a chip's name or its plural ("TPUs를"), not a word of the clause
    return sum(not ch.isspace() and not ch.isascii() for ch in gap) <= SOV_OBJECT_TAIL


def _numbers_between(view: View, a: int, b: int) -> bool:
    return any(a < n.start < b and not n.percent for n in view.nums)


def merge_restated_counts(claims: list) -> list:
    """One fact for a count a story restates: a cluster's count said once with its chip and
    once as plain "GPUs" ("100,000 Nvidia chips" in the lead, "100,000 H100" later) keeps the
    chip, and the owner's holding of the same number in a later sentence ("Musk secured 100,000
    H100") is the cluster's count again, not a second fleet. ``claims``: in text order."""
    clusters = [c for c in claims if c.type == "cluster_size" and c.quantity is not None]
    if not clusters and not any(c.type == "chip_holding" for c in claims):
        return claims
    chips: dict[tuple[str, float], set[str]] = {}
    by_owner: dict[tuple[str, float], list] = {}
    for c in clusters:
        if c.chip_model is not None:
            chips.setdefault((c.subject, c.quantity), set()).add(c.chip_model)
        if c.owner is not None:
            by_owner.setdefault((c.owner, c.quantity), []).append(c)
    dropped: set[int] = set()
    for c in claims:
        if c.type != "chip_holding" or c.quantity is None or c.scope == "part":
            continue
        # only a restatement after the cluster's count: a fleet stated first is its own fact
        same = [k for k in by_owner.get((c.subject, c.quantity), ()) if k.start < c.start]
        if not same:
            continue
        dropped.add(id(c))
        if c.chip_model is not None:
            for k in same:
                chips.setdefault((k.subject, k.quantity), set()).add(c.chip_model)
    for c in clusters:
        named = chips.get((c.subject, c.quantity))
        if c.chip_model is None and named is not None and len(named) == 1:
            c.chip_model = next(iter(named))
    _drop_loose_restatements(claims, dropped)
    return [c for c in claims if id(c) not in dropped]


def _drop_loose_restatements(claims: list, dropped: set[int]) -> None:
    """A vague count ("tens of thousands of GPUs") of a cluster or company whose count the
    story gives in figures in another sentence is that count said loosely, not a second
    fact; a vague total with its figured parts in the same sentence stays."""
    figured: dict[str, list[int]] = {}
    for c in claims:
        if c.type in ("cluster_size", "chip_holding") and c.quantity is not None:
            for name in {c.subject, c.owner} - {None}:
                figured.setdefault(name, []).append(c.start)
    for c in claims:
        if c.type not in ("cluster_size", "chip_holding") or c.quantity is not None:
            continue
        starts = figured.get(c.subject, [])
        if starts and c.start not in starts:
            dropped.add(id(c))
