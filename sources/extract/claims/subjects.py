"""Who a figure is about: the subject (a cluster or a company) and the owner of a claim.

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
- A name is no subject when it is whose rival the sentence speaks of ("OpenAI rival
  Anthropic").
- Lists and comparisons: a list item's name labels its figure ("- Kestrel : 6 Md$",
  "..., Mistral AI 600 millions et xAI 6 milliards"); a value set off right after a compared
  name is that name's ("ahead of Brisko, valued at $90 billion"); a name behind a comparison
  word (before it in head-final order: "Acme의 ... 8만 개보다") is a yardstick, not the
  subject of the figure before it; a cluster named only in a sentence opening with a
  comparison ("For reference, Osprey has ...") is no antecedent of the story's unnamed
  cluster, and one the next sentence names is that of an indefinite site ("an AI cluster of
  20,000 H100s. ... the Osprey cluster").
"""

from __future__ import annotations

import re

from sources.extract.claims.context import (
    CLAUSE_MARKS,
    GENITIVE,
    OPENING_CHARS,
    WORD,
    Discourse,
    Doc,
    View,
    adverb_not_comparison,
    closes_name_list,
    opens_with_comparison,
    topic_marked_at,
)
from sources.extract.gazetteer import BACKER_TYPES, Entity, EntityMention
from sources.extract.rules import RAISING_CUES
from sources.extract.status import Cue

SOURCE_WINDOW = 3  # a company right after "according to" is the source ("según Crusoe")
ANAPHOR, FALLBACK = 3, 5  # ranks of a subject taken from the discourse
DISCOURSE_SENTENCES = 3  # how far back an unnamed cluster is looked up
_LINKED_TAIL = re.compile(
    r"(?:^|\s)(?:de|of|di|d'|d’|des|del|dari|milik|von|du|da|do|della|dello|dei|van)\s*$",
    re.IGNORECASE,
)  # a name right after a linking word belongs to a noun phrase ("anciens de Meta", "startup
# AI milik Elon Musk": owned by)
_HARD_BREAK = frozenset(";；")
# between a name and its figure in a list (see label_gap)
_LABEL = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[:：]\s*|\s*[(（]\s*")


_POSSESSIVE = frozenset(
    ("'s", "’s", "'", "’", "的", "の")
)  # a name's figure: "CoreWeave's 250,000"


_ROW_HEAD = re.compile(r"[ \t]*(?:[-–—•*·]|\d{1,2}[.)])?[ \t]*")
LABEL_REACH = 48  # the longest label gap: a bracket of 40 characters, a colon and spaces
ROW_HEAD_REACH = 8  # characters of a bullet or a number before a row's name
_ROW_FIGURE = re.compile(r"\s*(?:[A-Z]{0,3}[$€£¥₩]|\d)")
_ROW_COLON = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[:：]")


def row_label(text: str, row: int, start: int, end: int) -> bool:
    """The name at ``start:end`` labels the list row starting at ``row``: it opens the row
    (behind a bullet or a number) and a colon follows it ("- Hippocratic AI (agents santé) :
    126 M$ Series C – 3,5 Md$"): every figure of the row is that name's."""
    if not _ROW_HEAD.fullmatch(text, row, start):
        return False
    colon = _ROW_COLON.match(text, end)
    # a figure right after the colon, not a sentence ("- Hito Europeo: La valoración de ...")
    return colon is not None and _ROW_FIGURE.match(text, colon.end()) is not None


def label_gap(text: str, end: int, anchor: int) -> bool:
    """Between ``end`` and ``anchor`` only what parts a list's label from its figure: "X (",
    "X : ", "X (its trade) : " ("Anduril (US$2.5bn)", "- Parallel (agents) : 100 M$")."""
    return _LABEL.fullmatch(text, end, anchor) is not None


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def subject_rank(view: View, m: EntityMention, role: str, others: bool) -> int:
    """0: a subject candidate; 1: only if no 0; 2: last resort (investors, sources)."""
    kind = m.entity.company_type
    if _rival_possessor(view, m):
        if role == "funding" and _employer(view, m):
            # "A사 창업자 겸 CEO는 ... 3억 달러 규모의 펀딩 라운드": the speaker's own
            # company, which another name of the sentence still comes before
            return 1
        return 2  # "OpenAI rival Anthropic", "pesaing OpenAI, Anthropic": OpenAI is no subject
    if _parent(view, m):
        return 2  # "Alphabet-Tochter Waymo", "Waymo, subsidiária da Alphabet": the parent
    if any(0 <= c.start - m.end <= 1 for c in view.kinds("counterparty")):
        # "同社はNscaleとの間で…GPU約20万基を確保した": the deal's other party; the anaphor
        # before it is the subject
        return 1
    if kind == "investor":
        # an investor in a compute sentence may own the chips (SoftBank, High-Flyer), but
        # never before a named lab or cloud
        return 2 if role == "funding" else 1
    for c in view.kinds("according"):
        if 0 <= m.start - c.end <= SOURCE_WINDOW:
            return 2
    if role == "funding":
        if _source_before_particle(view, m):
            return 2  # "ブラックロック、シスコ、サムスン電子などから6億ドル": the backers
        for c in view.kinds("investor_role"):
            # a bare preposition ("from", "dari") marks only the name right after it: "Reports
            # from May 2026 indicate that Anthropic ..." names no investor
            word = view.text[c.start : c.end]
            reach = 12 if c.end - c.start <= 5 and " " not in word else 40
            before = 0 <= c.start - m.end <= 6 and not _word_between(view, m.end, c.start)
            if before and (
                _passive_agent(view, c) or (not view.cjk and word.isalpha() and reach == 12)
            ):
                # "OpenAI, backed by Microsoft", "Nscale, respaldado por Nvidia": the name
                # before a passive investor phrase is the investee, and so is one before a
                # bare preposition ("Harvey went from a $5 million seed round")
                before = False
            # "OpenAI-backed legal start-up Harvey": a suffix's investor stands before it, the
            # name after it is the investee
            suffix = word.startswith("-")
            if before or (
                not suffix
                and 0 <= m.start - c.end <= reach
                and not _led(view, c, m)
                # "..., liderada por X, mientras que Anthropic captó": a contrast word
                # opens another clause with its own subject
                and not _break_between(view, c.end, m.start)
            ):
                return 2
            if m.start > c.end + reach and _listed_after(view, c, m):
                return 2  # "com a participação de Nvidia, Amazon, Intel Capital, AMD e Meta"
        if _leads(view, m):
            return 2  # "Benchmark memimpin putaran ...", "Lux Capital led a round": the investor
        if _talks_partner(view, m):
            return 2  # "OpenAI ведёт переговоры с Amazon, NVIDIA и Microsoft о привлечении"
        # a listed chip maker beside another company is its supplier or backer ("Nvidia
        # backs ..."), unless a raise verb follows it ("Cambricon raised ..., while Enflame
        # ..."); an unlisted one is a chip start-up raising its own rounds ("In January
        # Rebellions raised $120 million, and in April Upstage ...")
        backer = kind == "chip_vendor" and m.entity.listed and not _raise_verb_after(view, m)
        return 1 if backer and others else 0
    if kind == "chip_vendor":
        # "某廠商推出Nova 1超節點，規模1024卡": a vendor's pod product is its own
        return 1 if view.has("pod") else 2
    return 0


RAISE_VERB_GAP = 3  # characters between a name and the raise verb it is the subject of


def _raise_verb_after(view: View, m: EntityMention) -> bool:
    """A raise word follows the name as its verb ("Cambricon raised", "寒武纪完成", "が調達"):
    only spaces or a particle between them."""
    for c in view.kinds("raise"):
        gap = view.text[m.end : c.start]
        if 0 <= c.start - m.end <= RAISE_VERB_GAP and (view.cjk or not gap.strip()):
            return True
    return False


def _break_between(view: View, lo: int, hi: int) -> bool:
    """A clause-break word ("while", "mientras que", "alors que") stands between ``lo`` and
    ``hi``."""
    return "clause_break" in view.ctx.kinds and any(
        lo <= c.start < hi for c in view.kinds("clause_break")
    )


_PARTICIPLE = re.compile(r"[ \u00a0]+([^\W\d_]{4,})[ \u00a0]+([^\W\d_]{2,5})[ \u00a0]+$")


def _passive_raiser(
    view: View, anchor: int, ranked: list[tuple[EntityMention, int]]
) -> Entity | None:
    """The company named as the agent of a participle right after the amount ("the $13
    billion raised by Anthropic", "os 13 mil milhões angariados pela Anthropic", "los 13.000
    millones captados por Anthropic"): it raised the amount, whoever heads the sentence. Not
    an investor or a backer ("$2 billion led by Thrive Capital": an investor phrase; "zwei
    Milliarden Dollar von Google": money from a cloud giant)."""
    agents = view.rules.names.passive_agents if view.rules else frozenset()
    if not agents:
        return None
    money = next((mo for mo in view.money if mo.start == anchor), None)
    if money is None:
        return None
    for m, r in ranked:
        if m.start <= money.end or m.start - money.end > PASSIVE_REACH:
            continue
        gap = _PARTICIPLE.fullmatch(view.text, money.end, m.start)
        if gap is None or gap.group(2).lower() not in agents or r == 2:
            return None
        if m.entity.company_type in _NOT_RAISERS:
            return None  # "zwei Milliarden Dollar von Google": money from a backer
        if any(money.end <= c.start < m.start for c in view.kinds("investor_role")):
            return None  # "led by", "backed by"
        return m.entity
    return None


PASSIVE_REACH = 40  # characters from an amount to the agent of its participle
_NOT_RAISERS = BACKER_TYPES | {"hyperscaler"}


def _passive_agent(view: View, cue: Cue) -> bool:
    """The investor phrase is passive: its agent word ends it ("respaldado por") or follows
    it ("backed" + " by")."""
    agents = view.rules.names.passive_agents if view.rules else frozenset()
    if not agents:
        return False
    phrase = view.text[cue.start : cue.end].lower().split()
    after = view.text[cue.end : cue.end + 8].lower().split()
    return bool(phrase and phrase[-1] in agents) or bool(after and after[0] in agents)


_CJK_LIST = re.compile(r"(?:[·、][^\s·、,，]{1,12})*")
LEAD_GAP = 3  # characters between a name and its leading verb (a particle, a space)


def _leads(view: View, m: EntityMention) -> bool:
    """The name is the subject of a leading or investing verb right after it ("Benchmark led",
    "Lightspeed a mené", "삼성증권이 주도한"): it puts money in; but not when the verb is part of
    an investor phrase naming the investor after it ("OpenAI, led by")."""
    return _leads_at(view, m.end)


def _leads_at(view: View, end: int) -> bool:
    """A leading or investing verb whose subject ends at ``end`` (see :func:`_leads`), maybe
    behind an adverb or an auxiliary ("Benchmark also led", "the firm has co-led")."""
    verbs = view.rules.names.lead_verbs if view.rules else ()
    if not verbs:
        return False
    if view.cjk:
        end = _CJK_LIST.match(view.text, end).end()  # "삼성·LG전자 등이": names the text lists
    elif _verb_after(view, verbs, end) is None:
        word = _ONE_WORD.match(view.text, end)
        if word is not None:
            end = word.end()
    return _verb_after(view, verbs, end) is not None


def _verb_after(view: View, verbs, end: int) -> int | None:
    """The offset of the leading verb right after ``end`` whose object is a round, if any."""
    after = view.text[end : end + LEAD_GAP + 16].lower()
    if view.cjk:
        after = after.lstrip()
    for verb in verbs:
        i = after.find(verb)
        if i < 0 or i > LEAD_GAP:
            continue
        head = after[:i].strip()
        if view.cjk and " " in head:
            continue  # "앤트로픽은 코투가 주도한": another name leads
        if not view.cjk and (head or i == 0 or after[i + len(verb) : i + len(verb) + 1].isalpha()):
            continue  # only spaces between a name and its verb, a whole word
        pos = end + len(view.text[end : end + LEAD_GAP + 16]) - len(after) + i
        if any(c.start <= pos < c.end for c in view.kinds("investor_role")):
            continue  # "led by": the name before it receives the money
        return pos if view.cjk or _round_object(view, pos + len(verb)) else None
    return None


_ONE_WORD = re.compile(r" [a-z]{2,10}(?= [a-z])")  # one lower-case word before the verb
OBJECT_REACH = 60  # characters between a leading verb and the round or amount it leads


def _round_object(view: View, pos: int) -> bool:
    """What the verb at ``pos`` leads is a round: the first amount or cue after it is an amount,
    a round or a raise ("led the $40 million round", "memimpin putaran pendanaan"), not talks
    ("führt derzeit Gespräche über eine Finanzierung")."""
    hi = pos + OBJECT_REACH
    first = min((mo.start for mo in view.money if pos <= mo.start < hi), default=hi)
    for c in view.cues:
        if pos <= c.start < first and c.kind not in _OBJECT_SKIP:
            return c.kind in RAISING_CUES
    return first < hi


_OBJECT_SKIP = frozenset(
    ("coordinator", "investor_role", "closed", "reported", "relative", "target")
)  # "parteciperà a un round": a preposition read as a target word is no object


def _talks_partner(view: View, m: EntityMention) -> bool:
    """The name is the other party of talks that a company able to raise is in: listed right
    after "in talks with" ("OpenAI is in talks with Amazon, Nvidia and Microsoft to raise
    $60 billion"). Not when an investor or a cloud giant is in the talks ("SoftBank is in
    talks with OpenAI to invest $40 billion": OpenAI gets the money)."""
    if _heads_relative(view, m):
        return False  # "in talks with Cerebras, which raised $1.1 billion": its own raise
    links = {view.text[c.start : c.end].lower() for c in view.kinds("coordinator")}
    for c in view.kinds("talks_with"):
        if not (
            c.end <= m.start
            and closes_name_list(view.text, c.end, m, view.of_kind("company"), links)
        ):
            continue
        before = [o for o in view.of_kind("company") if o.end <= c.start]
        # a cloud giant in talks with a start-up is buying or backing it ("Meta mulai
        # bernegosiasi dengan Manus"), not raising
        if (
            before
            and not before[-1].entity.backs_others
            and before[-1].entity.company_type != "hyperscaler"
        ):
            return True
    return False


def _heads_relative(view: View, m: EntityMention) -> bool:
    """A relative clause opens right after the name (", which raised", ", который привлёк"):
    the name is that clause's subject."""
    after = min(m.end + 3, view.end - 1)
    start, _end, relative = view.ctx.clause_of(after)
    return relative and m.end <= start <= after


def _listed_after(view: View, cue: Cue, m: EntityMention) -> bool:
    """The name closes a list of names that starts right after an investor word: only other
    names (known or capitalised), commas and "and" words stand between them."""
    if view.cjk:
        return False
    rest = []
    pos = cue.end
    for other in view.of_kind("company"):
        if cue.end <= other.start < m.start:
            rest.append(view.text[pos : other.start])
            pos = other.end
    rest.append(view.text[pos : m.start])
    if len(rest) < 2:
        return False  # no name between: the reach of the cue decides
    links = {view.text[c.start : c.end].lower() for c in view.kinds("coordinator")}
    words = " ".join(rest).replace(",", " ").split()
    # capitalised words are names the gazetteer lacks ("Intel Capital", "Accel")
    listed = view.rules.names.list_links if view.rules else frozenset()
    if all(w[:1].isupper() or w.lower() in links or w.lower() in listed for w in words):
        return True
    # an item described ("com participação da Nvidia, do braço de capital de risco da LG e da
    # Samsung"): a comma-separated list, close, with no amount and no other cue in it
    gap = view.text[cue.end : m.start]
    return (
        len(gap) <= LIST_REACH
        and "," in gap
        and not any(cue.end <= mo.start < m.start for mo in view.money)
        and not any(
            cue.end <= c.start < m.start and c.kind not in ("coordinator", "investor_role")
            for c in view.cues
        )
    )


LIST_REACH = 80  # characters of a list of investors whose items are described


# what may stand before a name opening a sentence or headline, with full-width marks
_OPENERS = OPENING_CHARS + "　【（"


def _source_before_particle(view: View, m: EntityMention) -> bool:
    """The name, or the list of names it opens, stands right before a source particle
    (``[names] source_particles``, ja "から"): "グーグルなどから", "A、B、CなどからN億ドル". A
    name opening the sentence before "、" is its topic, not an item of the list:
    "xAI、エヌビディアなどから60億ドルを調達" (xAI raises)."""
    names = view.rules.names if view.rules else None
    if names is None or not names.source_particles:
        return False
    text, pos = view.text, m.end
    if text.startswith(("、", ","), pos) and not text[view.start : m.start].strip(_OPENERS):
        return False
    for other in (o for o in view.of_kind("company") if o.start >= m.end):
        gap = text[pos : other.start]
        for link in names.source_list_links:
            gap = gap.replace(link, " ")
        if not gap or gap.strip(" 　、，,・/"):
            break  # no link, or a word other than a list's links: the list ended
        pos = other.end
    for end_word in names.source_list_ends:
        if text.startswith(end_word, pos):
            pos += len(end_word)
            break
    return text.startswith(names.source_particles, pos)


def _word_between(view: View, start: int, end: int) -> bool:
    """In CJK text written with spaces (Korean), a word stands between a name and the investor
    word after it: "앤트로픽은 코투가 주도한" names Coatue, not Anthropic, as the lead."""
    return view.cjk and " " in view.text[start:end].strip()


def _rival_possessor(view: View, m: EntityMention) -> bool:
    """The name is whose rival the sentence speaks of: right before a rivalry noun ("OpenAI
    rival", "OpenAI-Konkurrent", "OpenAI的竞争对手"), after one through a linking word
    ("rival of OpenAI", "concurrent d'OpenAI"), or bare after one where the possessor follows
    ("pesaing OpenAI")."""
    if "rival" not in view.ctx.kinds and "rival_of" not in view.ctx.kinds:
        return False
    for c in view.cues:
        if c.kind == "rival":
            if _owns_noun(view, m, c):
                return True
            if 2 < c.start - m.end <= RIVAL_GAP and _one_modifier(view, m.end, c.start):
                return True  # "OpenAI's biggest rival", "OpenAI最强竞争对手"
        elif c.kind == "rival_of" and 0 <= m.start - c.end <= 1:
            return True
    return False


def _owns_noun(view: View, m: EntityMention, noun: Cue) -> bool:
    """The name owns the noun: right before it ("OpenAI rival", "Alphabet-Tochter",
    "Alphabet's subsidiary", "OpenAI的竞争对手") or linked after it ("concurrent d'OpenAI",
    "subsidiária da Alphabet")."""
    gap = view.text[m.end : noun.start]
    if 0 <= noun.start - m.end <= 3 and not _POSSESSIVE_GAP.sub("", gap).strip(" -‐的の之"):
        return True
    return 0 <= m.start - noun.end <= 5 and bool(
        _LINKED_TAIL.search(view.text[noun.end - 1 : m.start])
    )


def _parent(view: View, m: EntityMention) -> bool:
    """The name is the parent beside its subsidiary, which the sentence names: right before a
    subsidiary's noun ("Alphabet-Tochter Waymo", "Alphabet's subsidiary Waymo", "Alphabet旗下的
    Waymo"), linked after one ("Waymo, subsidiária da Alphabet"), bare after one where the
    parent follows ("дочерняя компания Alphabet"), or in brackets right after such a parent
    ("da Alphabet (Google)"). Without another company named, the parent's own unit holds
    the figure ("微软旗下的数据中心", "Microsoft's Irish subsidiary"): it stays the subject."""
    if "subsidiary" not in view.ctx.kinds and "subsidiary_of" not in view.ctx.kinds:
        return False
    if not any(
        o.entity.name != m.entity.name and not o.entity.backs_others
        for o in view.of_kind("company")
    ):
        return False  # (a chip maker or an investor named beside it is no subsidiary)
    return _parent_at(view, m)


def _parent_at(view: View, m: EntityMention) -> bool:
    for c in view.cues:
        if c.kind == "subsidiary" and _owns_noun(view, m, c):
            return True
        if c.kind == "subsidiary_of" and 0 <= m.start - c.end <= 1:
            return True
    return any(
        _BRACKETED_AFTER.fullmatch(view.text, o.end, m.start) and _parent_at(view, o)
        for o in view.of_kind("company")
        if o.end < m.start
    )


_BRACKETED_AFTER = re.compile(r"\s*[(（]\s*")
_POSSESSIVE_GAP = re.compile(r"^['’]s?")  # "Alphabet's subsidiary", "Alphabets Tochter" (de)


def _employer(view: View, m: EntityMention) -> bool:
    """A person's role follows the name ("텐스토렌트 창업자", "特斯拉CEO"): the name is the
    person's employer, not a rival."""
    roles = view.rules.names.person_roles if view.rules else ()
    after = view.text[m.end : m.end + 12].lstrip(" -").lower()
    return any(after.startswith(r) for r in roles)


RIVAL_GAP = 24  # characters between a name and its rivalry noun: a possessive and two modifiers


def _one_modifier(view: View, start: int, end: int) -> bool:
    """Between a name and the rivalry noun after it only a possessive mark and one or two
    modifier words ("'s biggest", "'s most credible", "最强"): no coordinator ("Anthropic and
    rival OpenAI"), no comma, no function word."""
    gap = view.text[start:end]
    if any(ch in gap for ch in ",，、;；:：()（）") or any(
        start <= c.start < end for c in view.kinds("coordinator")
    ):
        return False
    rest = gap.strip(" ").removeprefix("'s").removeprefix("’s").lstrip("的の之 ")
    if view.cjk:
        return 0 < len(rest.strip()) <= 3
    words = rest.split()
    not_names = view.rules.names.not_names if view.rules else frozenset()
    return 0 < len(words) <= 2 and all(
        w.isalpha() and w.capitalize() not in not_names for w in words
    )


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


def pick_company(
    view: View, anchor: int, role: str, disc: Discourse | None = None
) -> tuple[Entity | None, int]:
    """(company, rank) in subject position for a figure at ``anchor``: rank 0-2 as
    :func:`subject_rank`, ``ANAPHOR`` for the story's company named by an anaphor, ``FALLBACK`` for
    the story's company when the sentence names none."""
    ranked = view.ranks.get(role)
    if ranked is None:
        companies = view.of_kind("company")
        if view.of_kind("cluster"):
            cluster_spans = [(m.start, m.end) for m in view.of_kind("cluster")]
            companies = [m for m in companies if not _inside(m.start, cluster_spans)]
        ranked = [(m, subject_rank(view, m, role, len(companies) > 1)) for m in companies]
        view.ranks[role] = ranked
    row = max(view.start, view.text.rfind("\n", view.start, anchor) + 1)
    for m, r in ranked:
        if r >= 2 or m.end > anchor:
            continue
        if anchor - m.end <= LABEL_REACH and label_gap(view.text, m.end, anchor):
            return m.entity, r  # "Brisko (80 miliardi)", "- Kestrel : 6 Md$": its figure
        if row <= m.start <= row + ROW_HEAD_REACH and row_label(view.text, row, m.start, m.end):
            return m.entity, r  # "- Kestrel : 6 Md$ en juin + 1,5 Md$ en février"
        if anchor - m.end <= GAPPED_REACH and _gapped(view, m, anchor):
            return m.entity, r  # "..., Mistral AI 600 millions d'euros et xAI 6 milliards"
        if (
            anchor - m.end <= GAPPED_REACH + 1
            and (role == "compute" or not m.entity.backs_others)
            and _marked_item(view, m, anchor)
        ):
            return m.entity, r  # "쿠팡은 1만개 ..., 네이버클라우드는 1만4000개": its figure
    if role == "funding":
        agent = _passive_raiser(view, anchor, ranked)
        if agent is not None:
            return agent, 0  # "the $13 billion raised by Anthropic", "angariados pela Anthropic"
    c_start, _c_end, relative = view.ctx.clause_of(anchor)
    best_before = [
        m
        for m, r in ranked
        if r == 0 and m.end <= anchor and not _in_other_relative(view, m.start, anchor)
    ]
    last_before = best_before[-1].end if best_before else view.start
    latter = view.kinds("latter")
    if latter and disc is not None:
        # in the figure's clause, or opening the sentence with no name between it and the
        # figure ("Последняя, как отмечает Reuters, намерена получить 1,7 млрд евро")
        latter = [
            c
            for c in latter
            if last_before <= c.start < anchor
            and (c.start >= c_start or not any(c.end <= m.start < anchor for m, _r in ranked))
        ]
        if latter:
            # "the latter", "后者": the company named last before it, here or in an earlier
            # sentence
            named = [m for m, _r in ranked if m.end <= latter[0].start]
            if (
                len({m.entity.name for m in named}) == 1
                and named[0].start >= view.start
                # "Foo merged with xAI; the latter": the known name came last, so it is meant
                and _NAME_AFTER.search(view.text, named[-1].end, latter[0].start) is not None
            ):
                # "甲與乙合併，前者估值 500 億": of the two things
                # the sentence names, the latter is one the gazetteer lacks
                return None, 2
            if named:
                return named[-1].entity, 0
            if disc.last_named is not None:
                return disc.last_named, ANAPHOR
    anaphors = view.kinds("anaphor")
    if anaphors:
        anaphors = [
            c
            for c in anaphors
            if last_before <= c.start < anchor
            and not _in_other_relative(view, c.start, anchor)
            and not _owns_rival(view, c)
            and not _introduces(view, c)
            and not _apposed(view, c, anchor)
        ]
    anaphor = bool(anaphors)
    if anaphor and role == "funding" and any(_leads_at(view, c.end) for c in anaphors):
        # "The firm co-led Kestrel's $40 million Series A too": the company the anaphor
        # points to puts the money in; the round is another's
        return None, 2
    if anaphor:
        local = _local_antecedent(view, anaphors[0], best_before)
        if local is not None:
            return local, 0
    if relative:
        # "OpenAI, yang bulan lalu mengantongi US$6,6 miliar": the antecedent is the subject
        antecedent = [
            m
            for m, r in ranked
            if r < 2
            and (
                0 <= c_start - m.end <= 3
                # "anche Acme, dall'estate ribattezzata Foo, che ... era valutata": an
                # apposition may stand between the antecedent and its relative word
                or (
                    _APPOSED_RELATIVE.fullmatch(view.text, m.end, c_start) is not None
                    and not any(m.end <= mo.start < c_start for mo in view.money)
                )
            )
        ]
        if antecedent:
            return antecedent[-1].entity, 0
    if role == "funding" and not relative and _value_apposition(view, c_start, anchor):
        # "..., ahead of Brisko, valued at around $90 billion": a value participle set off
        # right after a name describes that name, not the sentence's subject
        antecedent = [
            m
            for m, r in ranked
            if r < 2 and m.end <= c_start and _NAME_TAIL.fullmatch(view.text, m.end, c_start)
        ]
        if antecedent:
            return antecedent[-1].entity, 0
    if anaphor and disc is not None and role == "compute":
        # "さくらインターネットは...。同社は...", "Nscale said ... The company will ...": an
        # anaphor continues the company heading the sentence before
        index, head = disc.head_company
        if head is not None and index == view.index - 1:
            return head, ANAPHOR
    if anaphor and _story_company(disc, role):
        # "the company", "la société", "同社": in a money sentence, the company the story has
        # seen raising money (an article about an investor is also about its target)
        if role == "funding":
            just_named = _named_just_before(view, disc)
            if just_named is not None:
                # "..., succès d'Anthropic. La société a levé 3,5 milliards": the company
                # the sentence before introduced, over an earlier story's raiser
                return just_named, ANAPHOR
            topic = _topic_before(view, disc)
            if topic is not None:
                return topic, ANAPHOR
            if disc.funded is not None:
                return disc.funded, ANAPHOR
            # a chip start-up's story ("die kleine kalifornische Firma SiMa.ai ... hat das
            # Unternehmen weitere 70 Millionen Dollar eingesammelt")
            return disc.main_company() or disc.chip_startup(), ANAPHOR
        return disc.main_company(role == "compute", holders=role == "compute"), ANAPHOR
    for m, r in ranked:
        if 0 <= anchor - m.end <= 3 and view.text[m.end : anchor].strip() in _POSSESSIVE:
            # "..., and CoreWeave's 250,000 GPUs": the possessor holds it; a round's possessor
            # raises it even after an investing word ("参与Mistral AI的17亿欧元融资"), unless
            # it is an investor or a rival named for comparison (a chip vendor's possessive
            # stays a supplier's: "Nvidia's 100,000 GPUs" in a buyer's sentence)
            if r < 2:
                return m.entity, r
            if (
                role == "funding"
                and m.entity.company_type != "investor"
                and not _rival_possessor(view, m)
            ):
                return m.entity, 1
    modified = _modified_topic(view, ranked, anchor)
    if modified is not None:
        return modified
    breaks = [c.end for c in view.kinds("clause_break") if c.end <= anchor]
    for rank in (0, 1, 2):
        pool = [m for m, r in ranked if r == rank]
        # the first in the clause, else the first after a contrast word before it, else the
        # first before, else the first after
        topic = _topic_marked(view, pool, c_start, anchor)
        if topic is not None:
            return topic.entity, rank
        for m in pool:
            if c_start <= m.start < anchor:
                return m.entity, rank
        if breaks and rank == 0:
            # "..., mentre xAI, di proprietà di Musk, ha ottenuto ...": an apposition cuts
            # the clause, yet the contrast word still opens the figure's own subject
            for m in pool:
                if breaks[-1] <= m.start < anchor and not _in_other_relative(view, m.start, anchor):
                    return m.entity, rank
        opener = _semicolon_subject(view, pool, anchor)
        if opener is not None:
            return opener.entity, rank
        topic = _topic_marked(view, pool, view.start, anchor)
        if topic is not None:
            return topic.entity, rank
        for m in pool:
            if (
                m.end <= anchor
                and not _in_other_relative(view, m.start, anchor)
                # "... with OpenAI ...; a separate 1.8-gigawatt campus": a name before a
                # semicolon out of subject position belongs to the clause before it
                and not (
                    _HARD_BREAK.intersection(view.text[m.end : anchor])
                    and not _subject_position(view, m)
                )
            ):
                return m.entity, rank
        for m in pool:
            if m.start >= anchor and not _yardstick(view, anchor, m.start):
                return m.entity, rank
        if rank == 1 and _story_company(disc, role):
            if role == "funding" and opens_with_yardstick(view):
                return None, FALLBACK  # "Zum Vergleich: ...": see subject_for_compute
            topic = _topic_before(view, disc) if role == "funding" else None
            if topic is None and role == "funding":
                # a money sentence naming nobody continues the story's last round, not the
                # company named most (an investor's stake story names the investor most)
                topic = disc.funded
            if topic is None:
                # before investors and sources (for a size or power, investors heading
                # sentences compete)
                topic = disc.main_company(role == "compute", holders=role == "compute")
            if (
                topic is None
                and role == "funding"
                and view.rules is not None
                and view.rules.null_subject
                # "国内AI芯片领域共完成融资500亿元": a sector's or a period's total, nobody's
                and not _total_in_clause(view, anchor)
            ):
                # a chip start-up's story ("爱芯元智是一家芯片企业。2020年完成Pre-A轮融资"):
                # main_company leaves chip makers out, and a sentence with no subject (usual
                # where the language drops it) continues the start-up; an English one names
                # its raiser, maybe one the data lacks ("The Big Fund raised ...")
                topic = disc.chip_startup()
            if role == "funding" and topic is not None and _invests_here(view, topic, ranked):
                # "... ketika Tesla memimpin putaran ... US$500 juta": the story's
                # company is this sentence's investor; the round is of a company not named
                return None, FALLBACK
            # "CoreWeave is among the frontrunners. It said it raised $1.1 billion": the
            # company the figureless sentence before was about
            return topic, FALLBACK
    return None, FALLBACK


# between a name and the comma of its apposition: nothing, or a possessor ("Brisko d'Ana
# Ruiz", "Brisko of Ana Ruiz")
_NAME_TAIL = re.compile(
    r"(?:\s+(?:de|d'|d’|of|von|di|da|do|del|dari)\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)?"
)
_VALUE_KINDS = frozenset(("valuation", "valuation_post", "valuation_pre"))


def _value_apposition(view: View, c_start: int, anchor: int) -> bool:
    """The figure's clause opens, after its comma, with a value word ("..., valued at $400
    billion", "..., bewertet mit"): an apposition describing the name before the comma."""
    if view.cjk or view.text[c_start : c_start + 1] not in ",，":
        return False
    first = next((c for c in view.cues if c_start <= c.start < anchor), None)
    return (
        first is not None
        and first.kind in _VALUE_KINDS
        and not view.text[c_start : first.start].strip(" ,")
    )


# a name the gazetteer lacks after the known one ("甲與乙合併，前者 ... 後者")
_NAME_AFTER = re.compile(r"(?<![A-Za-z0-9.-])[A-Z][\w.-]*")
_APPOSED_RELATIVE = re.compile(r"\s*,[^,;:()]{1,60},?\s*")  # ", renamed Foo this year, "
GAPPED_REACH = 3  # characters between a listed name and its amount: a space, a dash
_GAPPED = re.compile(r"\s*(?:[—–-]\s*)?")
_LISTED_BEFORE = re.compile(r"(?:^|[,;—–])\s*(?:[^\W\d_]{1,3}\s+)?$")  # ", ", ", la ", "— "


def _gapped(view: View, m: EntityMention, anchor: int) -> bool:
    """A name right before its amount, behind a comma or a coordinator, in a list whose verb
    an earlier item gave ("Anthropic a levé 4 milliards, Mistral AI 600 millions et xAI 6
    milliards", "Mistral AI — €600 млн, а xAI — $6 млрд"): the amount is that name's."""
    if view.cjk or not _GAPPED.fullmatch(view.text, m.end, anchor):
        return False
    if not any(mo.end <= m.start for mo in view.money):
        return False  # no earlier item: "OpenAI $6.6 billion" heads no list
    head = view.text[max(view.start, m.start - 12) : m.start]
    if _LISTED_BEFORE.search(head):
        return True
    for c in view.kinds("coordinator"):
        if c.end <= m.start and m.start - c.end <= 6:
            between = view.text[c.end : m.start].strip()
            return len(between) <= 3 and (not between or between.isalpha())
    return False


def _marked_item(view: View, m: EntityMention, anchor: int) -> bool:
    """In a language that marks its topic with a particle after the name ("네이버클라우드는"),
    a name so marked right before a count, after an earlier figure of the sentence, heads
    that figure's item of a list ("쿠팡은 1만개 GPU를, 네이버클라우드는 1만4000개를 제안"; for
    money, not an investor's or a listed chip maker's share: "소프트뱅크는 500억원, 엔비디아는
    300억원을 넣었다")."""
    if not topic_marked_at(view, m.end) or not view.text[m.end + 1 : anchor].isspace():
        return False
    return any(n.end <= m.start for n in view.nums) or any(mo.end <= m.start for mo in view.money)


def _invests_here(view: View, company: Entity, ranked: list[tuple[EntityMention, int]]) -> bool:
    """The story's company is named in the sentence as the subject of a leading or investing
    verb (:func:`_leads`): it is not the raiser a sentence naming no other stands for."""
    return any(r == 2 and m.entity.name == company.name and _leads(view, m) for m, r in ranked)


def _story_company(disc: Discourse | None, role: str) -> bool:
    """The story has a company a sentence naming none continues: one named (no investor or
    chip vendor), or, for money, a chip maker it has read a round or valuation for
    (:meth:`Discourse.chip_raiser`)."""
    if disc is None:
        return False
    return disc.main_company(role == "compute") is not None or (
        role == "funding" and (disc.chip_raiser() or disc.chip_startup() is not None)
    )


_APPOSITION_GAP = re.compile(r"\s*[,，(（–—-]\s*")
APPOSITION_REACH = 60  # characters of an apposition's noun phrase ("la empresa de Elon Musk")


def _apposed(view: View, cue: Cue, anchor: int) -> bool:
    """A company noun set off right after a name and closed before the figure ("xAI, la
    empresa de Elon Musk, busca", "Nscale, the company behind ..., raised"): an apposition
    describing that name, no anaphor for the story's company. Unclosed, the noun heads its
    own clause ("trois anciens de Google DeepMind, l'entreprise avait levé")."""
    close = min(anchor, cue.end + APPOSITION_REACH)
    if not any(ch in view.text[cue.end : close] for ch in ",，)）–—"):
        return False
    return any(
        0 < cue.start - m.end <= 3
        and _APPOSITION_GAP.fullmatch(view.text, m.end, cue.start)
        and not _LINKED_TAIL.search(view.text[max(view.start, m.start - 8) : m.start])
        for m in view.of_kind("company")
    )


def story_raiser(disc: Discourse, view: View | None = None) -> Entity | None:
    """The story's company for a money figure when the most salient one is a cloud giant,
    which raises no round: the next most salient that could ("Nvidia, Google et Amazon,
    nouveaux investisseurs d'Acme. ... Elle vaut désormais 3 milliards"); when the giant is
    named in more than one sentence, the story's own topic, only the one company that could
    raise named in the sentence right before (given ``view``: "... the founder of Acme. They
    have just closed a new round of $100 million"), else none (the money is the giant's
    spending: "Meta ... cierra una operación de 5.000 millones")."""
    main = disc.main_company()
    if main is None:
        return None
    if disc.last_company.get(main.name) != disc.first_company.get(main.name):
        return _named_just_before(view, disc) if view is not None else None
    for company in disc.ranked_companies():
        if company.company_type != "hyperscaler":
            return company
    return None


INTRO_WORDS = 3  # words between a company noun and the name it introduces ("tahap awal")


def _introduces(view: View, cue: Cue) -> bool:
    """A company noun right before a name the text introduces with it ("perusahaan tahap awal
    Benchmark", "the start-up Kestrel"): it is no anaphor for the story's company."""
    for m in view.of_kind("company"):
        if m.start < cue.end:
            continue
        gap = view.text[cue.end : m.start]
        return (
            # a name the text introduces: one the gazetteer lacks, or knows by a long form
            # ("perusahaan tahap awal Benchmark": Benchmark Capital)
            m.introduced
            and not any(ch in gap for ch in ",.;:()")
            and len(gap.split()) <= INTRO_WORDS
            and all(w.islower() for w in WORD.findall(gap))
        )
    return False


def _topic_before(view: View, disc: Discourse) -> Entity | None:
    """The company heading the sentence right before, if that sentence states no figure and
    the company could raise a round (no cloud giant: "Tencent expects more growth" is an
    investor's aside in a story about its target's rounds)."""
    index, head = disc.head_topic
    if index != view.index - 1 or head is None or head.company_type == "hyperscaler":
        return None
    return head


def _topic_marked(
    view: View, pool: list[EntityMention], lo: int, anchor: int
) -> EntityMention | None:
    """In a language that marks its subject with a particle ("OpenAIは", "오픈AI는"), the name
    the particle follows between ``lo`` and the figure, when an earlier name of the clause has
    none ("Anthropicと競争するOpenAIは...": OpenAI is the subject, not its rival)."""
    markers = view.rules.names.topic_markers if view.rules else ()
    if not markers:
        return None
    before = [m for m in pool if lo <= m.start < anchor]
    if len(before) < 2:
        return None
    for m in before:
        if view.text[m.end : m.end + 1] in markers:
            return m
    return None


_TOTAL_KINDS = frozenset(("market", "funding_total", "companies_total"))


def _total_in_clause(view: View, anchor: int) -> bool:
    """A market, sector or total word stands in the figure's clause: a sum over a sector or a
    period ("国内AI芯片领域共完成融资500亿元", "AI半導体分野では50億ドルが調達された")."""
    lo, hi, _ = view.ctx.clause_of(anchor)
    return any(lo <= c.start < hi for c in view.cues if c.kind in _TOTAL_KINDS)


MODIFIED_REACH = 60  # characters between a figure and the name its clause modifies


def _modified_topic(
    view: View, ranked: list[tuple[EntityMention, int]], anchor: int
) -> tuple[Entity, int] | None:
    """In head-final order, the name right after the clause that holds the figure and
    modifies it ("他社と合併し5000億ウォンの企業価値を認められたA社は", "5000억원 가치를 인정받은
    A사는", "…の調達交渉を進めているとされるCrusoeと比べれば"): the figure is that name's, over
    names inside the clause or listed before it (a chip maker raising its own round included).
    None when a name before the figure has its own subject particle."""
    names = view.rules.names if view.rules else None
    if names is None or not names.attributive_endings or not names.topic_markers:
        return None
    text, markers = view.text, names.topic_markers
    if any(m.end <= anchor and text[m.end : m.end + 1] in markers for m, _r in ranked):
        return None
    possessed = any(m.end <= anchor and text[m.end : m.end + 1] in GENITIVE for m, _r in ranked)
    for m, r in ranked:
        if m.start < anchor:
            continue
        gap = text[anchor : m.start]
        if r >= 2 or m.start - anchor > MODIFIED_REACH or any(ch in gap for ch in "、，,。;；"):
            return None
        before = gap.rstrip()
        ending = before[-1:]
        if ending in names.attributive_endings and (
            text[m.end : m.end + 1] in markers or (ending not in markers and not possessed)
        ):
            # ("…を調達したCrusoeと比べれば": any particle after the name, unless the ending
            # could be a topic particle itself, "GPU 7만 개는 xAI의": a noun's, no clause's, or
            # a name before the figure owns it, "앤트로픽의 130억달러 투자 유치에 대한 xAI의
            # 반응": the clause is a postposition's, "about Anthropic's round")
            return m.entity, r
        return None
    return None


def _named_just_before(view: View, disc: Discourse) -> Entity | None:
    """The one company that could raise a round (no investor, cloud giant, chip vendor or listed
    company) named in the sentence right before this one, if it names exactly one and it is
    not already the story's last raiser."""
    named = [
        disc.by_name[n]
        for n, i in disc.last_company.items()
        if i == view.index - 1
        and disc.by_name[n].company_type != "hyperscaler"
        and not disc.by_name[n].listed
    ]
    if len(named) > 1 and disc.last_named is not None:
        # "... zwischen zwei Runden der Konkurrentin OpenAI. Im Oktober sammelte das Start-up":
        # of several, the one named last stands next to the anaphor
        named = [e for e in named if e.name == disc.last_named.name]
    if len(named) != 1 or (disc.funded is not None and disc.funded.name == named[0].name):
        return None
    return named[0]


def _owns_rival(view: View, anaphor: Cue) -> bool:
    """An anaphor that owns a rivalry noun ("the company's rival, OpenAI") names whose rival the
    apposed company is: the figure is the rival's, not the story company's."""
    return any(0 <= c.start - anaphor.end <= 2 for c in view.kinds("rival"))


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


_SEMICOLON_HEAD = re.compile(r"\s*(?:[^\W\d_]{1,4}\s+)?")  # "; ", "; and ", "; и "


def _semicolon_subject(view: View, pool: list[EntityMention], anchor: int) -> EntityMention | None:
    """The name opening the clause after the last semicolon before the figure, outside
    brackets, behind at most a short word ("DeepL ... привлек $300 млн; Scale AI, платформа
    ..., привлекла $1 млрд"): that clause's own subject. Not a name further in ("...; unlike
    OpenAI, it raised", "...; under its contract with OpenAI, the company ...")."""
    text = view.text
    hard = max((text.rfind(ch, view.start, anchor) for ch in _HARD_BREAK), default=-1)
    if hard < view.start or text.count("(", view.start, hard) > text.count(")", view.start, hard):
        return None
    for m in pool:
        if hard < m.start < anchor and _SEMICOLON_HEAD.fullmatch(text, hard + 1, m.start):
            return m
    return None


def _subject_position(view: View, m: EntityMention) -> bool:
    """A name at the head of its clause, where the subject stands ("Der Konkurrent OpenAI
    verhandelt", "Sementara itu, OpenAI"), not one linked to a noun ("anciens de Meta")."""
    c_start = view.ctx.clause_of(m.start)[0]
    head = view.text[c_start : m.start]
    if _LINKED_TAIL.search(head):
        return False
    if view.cjk:
        return len(head.strip()) <= 6
    return len(WORD.findall(head)) <= 3


def _in_other_relative(view: View, pos: int, anchor: int) -> bool:
    if "relative" not in view.ctx.kinds:
        return False  # relative clauses start at relative words
    clause = view.ctx.clause_of(pos)
    return clause[2] and clause != view.ctx.clause_of(anchor)


def _other_company_between(view: View, m: EntityMention, anchor: int) -> bool:
    return m.end <= anchor and any(
        m.end <= c.start < anchor
        and c.entity.company_type not in ("chip_vendor", "investor")
        and c.entity.name != m.entity.owner
        for c in view.of_kind("company")
    )


def _yardstick(view: View, anchor: int, pos: int) -> bool:
    """A name after the figure behind a comparison ("..., competing with xAI's Colossus",
    "l'un des plus puissants avec le Colossus"): what the figure is measured against."""
    if any(
        anchor < c.start < pos and not _comparison_closed(view, c.end, pos)
        for c in (*view.kinds("comparison"), *view.kinds("rival"))
    ):
        return True
    # head-final: the comparison word follows what is compared ("Acme의 ... H100 8만 개보다",
    # "AcmeのH100 8万基より"), in the same clause
    return view.cjk and any(
        0 < c.start - pos <= YARDSTICK_AFTER
        and not CLAUSE_MARKS.intersection(view.text[pos : c.start])
        and not adverb_not_comparison(view.text, c.start)
        for c in view.kinds("comparison")
    )


def _comparison_closed(view: View, lo: int, pos: int) -> bool:
    """A clause mark between a comparison word (ending at ``lo``) and a name at ``pos`` closes
    the comparison when no name stands before the mark ("10,700 chips, each 4,000 times faster
    than a phone, Alps ..." names the holder after it); after a name the mark only lists the
    next yardstick ("larger than Stargate Abilene, Colossus or Hyperion")."""
    mark = next((i for i in range(lo, pos) if view.text[i] in CLAUSE_MARKS), -1)
    if mark < 0:
        return False
    return not any(
        lo <= m.start < mark for m in (*view.of_kind("company"), *view.of_kind("cluster"))
    )


YARDSTICK_AFTER = 40  # characters between a compared name and the comparison word after it
COMPARED_REACH = 60  # characters from a comparison word to the relative clause of its noun


def compared_relative(view: View, anchor: int) -> int:
    """The end of the comparison word whose noun the figure's relative clause describes
    ("smaller than Musk's project in Memphis, which uses 200,000 GPUs", "masih lebih kecil
    dibanding proyek milik Ana Ruiz yang memakai 90.000 GPU"): the figure is the yardstick's,
    not the sentence subject's; -1 when the figure's clause is no such relative clause."""
    kinds = view.ctx.kinds
    if "comparison" not in kinds or "relative" not in kinds:
        return -1
    c_start, _c_end, relative = view.ctx.clause_of(anchor)
    if not relative:
        return -1
    for c in view.kinds("comparison"):
        if (
            c.end <= c_start
            and c_start - c.end <= COMPARED_REACH
            and not any(c.end <= f < c_start for f in view.ctx.figures)
            and not _HARD_BREAK.intersection(view.text[c.end : c_start])
        ):
            return c.end
    return -1


def _named_between(view: View, entity: Entity | None, lo: int, hi: int) -> bool:
    """``entity`` is named between ``lo`` and ``hi``: the compared noun phrase names it."""
    if entity is None:
        return False
    return any(
        lo <= m.start < hi and m.entity.name == entity.name
        for m in (*view.of_kind("company"), *view.of_kind("cluster"))
    )


def pick_cluster(view: View, anchor: int) -> Entity | None:
    """The cluster a figure at ``anchor`` is about: the nearest named in its clause, else the
    nearest named elsewhere in the sentence, unless the figure's clause names another company
    than the clusters' owners before it. Clusters in another relative clause, or after a
    semicolon that follows the figure, are not candidates."""
    named = view.of_kind("cluster")
    if not named:
        return None
    clusters = [
        m
        for m in named
        if not _in_other_relative(view, m.start, anchor)
        # "... necesitó 150 megavatios; Colossus 2 superará ...": a later clause's own subject
        and not (m.start > anchor and _HARD_BREAK.intersection(view.text[anchor : m.start]))
        # "up to 1.2 GW, ... competing with xAI's Colossus": the yardstick, not the subject
        and not (m.start > anchor and _yardstick(view, anchor, m.start))
    ]
    if clusters and "other_site" in view.ctx.kinds:
        clusters = [m for m in clusters if not _other_site_between(view, m, anchor)]
    if not clusters:
        return None
    c_start, c_end, _ = view.ctx.clause_of(anchor)
    same = [m for m in clusters if c_start <= m.start < c_end]
    if same:
        # "xAI's Memphis supercomputer deal and CoreWeave's 250,000 GPUs": another company
        # named between the cluster and the figure holds the figure
        same = [m for m in same if not _other_company_between(view, m, anchor)]
        if not same:
            return None
    else:
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


OTHER_SITE_GAP = 3  # characters between "a second" and its site noun, either order


def _other_site_between(view: View, m: EntityMention, anchor: int) -> bool:
    """Between a cluster named before the figure and the figure, another site is introduced
    ("a 1.2 GW campus in Abilene ..., and a second campus in Wyoming of 1.8 GW", "kampus
    kedua", "另一座数据中心"): the figure is that site's."""
    return m.start <= anchor and _other_site(view, m.end, anchor)


def _other_site(view: View, lo: int, anchor: int) -> bool:
    """ "a second campus", "this separate project", "a separate 1.8-gigawatt campus" between
    ``lo`` and the figure at ``anchor``: an ordinal or "another" next to a site or programme
    noun, or right before the figure."""
    sites = view.kinds("cluster") + view.kinds("programme")
    for c in view.kinds("other_site"):
        if not lo <= c.start < anchor:
            continue
        if 0 <= anchor - c.end <= OTHER_SITE_GAP or any(
            0 <= s.start - c.end <= OTHER_SITE_GAP or 0 <= c.start - s.end <= OTHER_SITE_GAP
            for s in sites
        ):
            return True
    return False


def _owner_cluster(
    doc: Doc, view: View, company: Entity | None, disc: Discourse, anchor: int
) -> Entity | None:
    """The cluster an unnamed cluster mention refers to, if it can be told; never one this
    sentence names as the yardstick of the figure at ``anchor`` ("3 GW, three times more than
    Colossus")."""
    yardsticks = {
        m.entity.id
        for m in view.of_kind("cluster")
        if m.start > anchor and _yardstick(view, anchor, m.start)
    }
    clusters = [(i, c) for i, c in doc.clusters if c.id not in yardsticks]
    recent = [c for i, c in clusters if view.index - DISCOURSE_SENTENCES <= i < view.index]
    if company is not None:
        own = [c for c in recent if c.owner == company.name]
        if own:
            return own[-1]
        everywhere = {c.id: c for _, c in clusters if c.owner == company.name}
        return next(iter(everywhere.values())) if len(everywhere) == 1 else None
    if recent:
        return recent[-1]
    if disc.cluster is not None and disc.cluster.id not in yardsticks:
        return disc.cluster
    # the article's one cluster: named so far, or later by its own name; a later family name
    # ("'스타게이트'—미국 5GW") may be the programme, not a site the story's earlier unnamed
    # data centres belong to
    unique = {c.id: c for i, c in clusters if i <= view.index}
    unique.update(
        (c.id, c) for i, c in doc.clusters_by_name if i > view.index and c.id not in yardsticks
    )
    return next(iter(unique.values())) if len(unique) == 1 else None


def subject_for_compute(
    doc: Doc, view: View, disc: Discourse, anchor: int, clusterish: bool, cluster: Entity | None
) -> tuple[Entity | None, float, str]:
    """(subject, confidence adjustment, kind) for a size, build time or power figure;
    ``cluster``: the sentence's cluster for it (:func:`pick_cluster` at ``anchor``). None for
    a yardstick's figure whose holder is not named (:func:`compared_relative`)."""
    yard = compared_relative(view, anchor)
    if yard >= 0 and not _named_between(view, cluster, yard, anchor):
        company, _rank = pick_company(view, anchor, "compute", disc)
        if not _named_between(view, company, yard, anchor):
            return None, 0.0, ""
        cluster = None if cluster is not None and company is not None else cluster
    # "un data center da almeno 1 GW sotto l'ombrello Stargate": a site of the programme
    programme_site = cluster is not None and _site_of_programme(doc, view, anchor)
    if cluster is not None and not programme_site:
        return cluster, 0.0, "cluster"
    company, rank = pick_company(view, anchor, "compute", disc)
    if company is not None and rank == 2:
        company = None  # chip vendors and sources do not hold the chips they are named with
    named_company = company if rank <= ANAPHOR else None
    if programme_site:
        # "xAI与Meta宣布…要建一座超过2吉瓦的园区": the
        # first of the sentence's holders, who leads the site, not the one nearest the figure
        first = next(
            (
                m.entity
                for m in view.of_kind("company")
                if m.start < anchor and subject_rank(view, m, "compute", False) < 2
            ),
            named_company,
        )
        if first is None:
            return None, 0.0, ""
        return first, 0.0, "company"
    _a_start, a_end, _ = view.ctx.clause_of(anchor)
    # "two new clusters, each containing 24,576 GPUs": the plural may stand clauses before
    plural = not view.of_kind("cluster") and any(
        view.start <= c.start < a_end for c in view.kinds("cluster_plural")
    )
    # "This separate project ... will be powered by 1,000 chips": not the cluster named before
    other = "other_site" in view.ctx.kinds and _other_site(view, view.start, anchor)
    # "planos para um centro de dados em Loughton": not the cluster its owner is known for
    new = named_company is not None and _new_site(view, anchor)
    if clusterish and not plural and not other and not new:
        # "OpenAI planea utilizar 1 gigavatio en estas instalaciones": the site named before,
        # whoever owns it
        this = named_company is not None and _this_site(view, anchor)
        found = _owner_cluster(doc, view, None if this else named_company, disc, anchor)
        if found is not None:
            return found, -0.1, "cluster"
    if clusterish and new and not plural and not other:
        named_next = _named_next(doc, view, named_company)
        if named_next is not None:
            return named_next, -0.1, "cluster"
    named = [m for m in view.of_kind("company") if subject_rank(view, m, "compute", False) < 2]
    if named_company is None and not named and disc.cluster is not None and not other:
        # a sentence that names nobody continues the story's latest topic: a cluster named
        # more recently than any company ("The system links 100,000 H100s")
        latest_company = max(disc.last_company.values(), default=-99)
        if (
            disc.cluster_sentence >= latest_company
            and view.index - disc.cluster_sentence <= DISCOURSE_SENTENCES
        ):
            return disc.cluster, -0.15, "cluster"
    if (company is None or rank >= ANAPHOR) and opens_with_yardstick(view):
        # "Zum Vergleich: Das Rechenzentrum der Telekom ... hat 10.000 GPUs": what a
        # comparison opening measures against is not the story's company by default
        return None, 0.0, ""
    if company is not None:
        return company, (-0.15 if rank >= ANAPHOR else 0.0), "company"
    main = disc.main_company(backers=True, holders=True)
    if main is not None:
        return main, -0.2, "company"
    return None, 0.0, ""


YARDSTICK_HEAD = 40  # characters of a sentence's opening read for a comparison phrase


def opens_with_yardstick(view: View) -> bool:
    """The sentence opens with a comparison phrase ("For comparison,", "Zum Vergleich:",
    "相比之下"): its figures are what the story is measured against."""
    if view.rules is None:
        return False
    head = view.text[view.start : min(view.end, view.start + YARDSTICK_HEAD)].lower()
    return opens_with_comparison(head, 0, len(head), view.rules)


def _this_site(view: View, anchor: int) -> bool:
    """A demonstrative right before a site noun in the figure's clause ("en estas
    instalaciones", "в этом кластере", "该数据中心"): the site the story has named."""
    words = view.rules.names.site_demonstratives if view.rules else ()
    if not words:
        return False
    c_start, c_end, _ = view.ctx.clause_of(anchor)
    for c in view.kinds("cluster"):
        if not c_start <= c.start < c_end:
            continue
        before = view.text[max(view.start, c.start - 12) : c.start].lower().rstrip()
        if view.cjk:
            if before.endswith(tuple(words)):
                return True
        elif before.split()[-1:] and before.split()[-1] in words:
            return True
    return False


def _site_of_programme(doc: Doc, view: View, anchor: int) -> bool:
    """The sentence names its clusters only by a family's name, after the figure, and a site
    noun stands before that name ("un data center da almeno 1 GW sotto l'ombrello Stargate",
    "pusat data 1 GW di India lewat proyek AI Stargate", "建一座超过2吉瓦的园区,归入
    “Colossus”计划"): the figure is of a new site of the programme, which the
    reference data lacks, not of the site the family's name stands for."""
    families = doc.gazetteer.cluster_families
    named = view.of_kind("cluster")
    if not families or not all(doc.low[m.start : m.end] in families for m in named):
        return False
    first = min(m.start for m in named)
    return first > anchor and any(view.start <= c.start < first for c in view.kinds("cluster"))


def _named_next(doc: Doc, view: View, company: Entity | None) -> Entity | None:
    """The one cluster of ``company`` the next sentence names by its own name: a site a
    sentence introduces ("Kestrel deployed an AI cluster of 20,000 H100s") and the next names
    ("the Osprey cluster was running") is that cluster, not a new one."""
    if company is None:
        return None
    named = {c.id: c for i, c in doc.clusters_by_name if i == view.index + 1}
    own = [c for c in named.values() if c.owner == company.name]
    return own[0] if len(own) == 1 else None


def _new_site(view: View, anchor: int) -> bool:
    """A site noun behind an indefinite article before the figure in its clause ("planos para
    um centro de dados em Loughton ... 50 MW"): a site the sentence introduces, not the one
    the owner is known for."""
    articles = view.rules.names.indefinite if view.rules else frozenset()
    if not articles:
        return False
    for c in view.kinds("cluster"):
        if view.start <= c.start < anchor:
            words = view.text[max(view.start, c.start - 12) : c.start].split()
            if words and words[-1].lower() in articles:
                return True
    return False


def owner_of(doc: Doc, subject: Entity, chip: Entity | None) -> str | None:
    """The owner of a compute claim (see the module docstring)."""
    if subject.kind == "cluster":
        return subject.owner
    if chip is not None and chip.vendor:
        maker = doc.gazetteer.company_named(chip.vendor)
        if maker is not None and maker.company_type != "chip_vendor" and maker.name != subject.name:
            return maker.name  # a cloud's own chips (TPU, Trainium) used by another company
    return subject.name


_NAME_CLOSERS = (
    " \t\"'”’」』»)）-‐,"  # between a name and the word after it ("「Stargate」プロジェクト")
)


def drop_programme_names(
    entities: list[EntityMention],
    low: str,
    cues,
    families: frozenset[str],
    programmes: dict[str, Entity] | None = None,
) -> list[EntityMention]:
    """Without the cluster mentions that name a programme: a family's name ("Stargate",
    "星际之门", an alias another cluster's name contains) right before a programme word
    ("the Stargate project", "「Stargate」プロジェクト", "Stargate initiatives") is the
    whole programme, not the one site the alias stands for: the programme's company where the
    reference data has one (``programmes``: ``Gazetteer.programme_companies``). ``cues``: the
    language's programme and site words (``LanguageRules.site_words``); ``families``:
    ``Gazetteer.cluster_families``."""
    if not families:
        return entities
    kept = []
    for m in entities:
        if m.entity.kind == "cluster" and low[m.start : m.end] in families:
            pos = m.end
            while pos < len(low) and pos - m.end < 3 and low[pos] in _NAME_CLOSERS:
                pos += 1
            company = (programmes or {}).get(low[m.start : m.end])
            linked = company is not None and _owner_linked(low, m.start, cues)
            if linked or _names_programme(low, pos, cues) or _programme_before(low, m.start, cues):
                if company is not None:
                    # "“Stargate”, un proyecto conjunto ...": the programme's company
                    kept.append(EntityMention(m.start, m.end, company))
                continue
        kept.append(m)
    return kept


_PLURAL_SITES = frozenset(("cluster_plural", "site_plural"))
_LINK_BEFORE = re.compile(r"(\S+)\s+(?:de|of|di|von|des|del|da|do|dos|das|du|della)\s+[\"'“«„]?$")


def _owner_linked(low: str, start: int, cues) -> bool:
    """A family's name behind a linking word after a noun that is no site noun ("les
    partenaires de Stargate", "the partners of Stargate"): the programme, whose partners or
    plans they are, not one site ("le campus de Stargate" stays the site)."""
    m = _LINK_BEFORE.search(low, max(0, start - 40), start)
    if m is None:
        return False
    return cues.starting_at(low, m.start(1), m.end(1)) is None


def _names_programme(low: str, pos: int, cues) -> bool:
    """A programme word at ``pos`` ("project", "プロジェクト") or a plural site noun ("data
    centers", "sites"), maybe behind a site noun or another word ("data center initiatives",
    "investment project")."""
    hi = min(len(low), pos + 60)
    for _ in range(PROGRAMME_WORDS):
        hit = cues.starting_at(low, pos, hi)
        if hit is None or hit.start - pos > 1:
            # one other word between ("Stargate investment project"): skip it
            word = _WORD_AT.match(low, pos, hi)
            if word is None:
                return False
            pos = word.end()
            continue
        if "programme" in hit.payloads or _PLURAL_SITES.intersection(hit.payloads):
            return True
        pos = hit.end
    return False


_WORD_AT = re.compile(r"\s*[^\W\d_]+")
_WORDS_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+(?:[^\W\d_]{1,4}[ \u00a0]+)?$")


def _programme_before(low: str, start: int, cues) -> bool:
    """A programme word right before a family's name, maybe behind one short word, where the
    noun comes first ("el proyecto Stargate", "proyek AI Stargate", "le projet Stargate"):
    the whole programme."""
    m = _WORDS_BEFORE.search(low, max(0, start - 30), start)
    if m is None:
        return False
    hit = cues.starting_at(low, m.start(1), m.end(1))
    return hit is not None and hit.end == m.end(1) and "programme" in hit.payloads


PROGRAMME_WORDS = 3  # cue words looked at after a family's name
