"""Who raises a round: the company the sentence names as raising it, where the general subject
pick (:mod:`sources.extract.claims.subjects`) would take an investor, a person's employer, a
cloud giant or the story's company.

- A company the gazetteer lacks, named as the raiser (:mod:`sources.extract.claims.newco`),
  takes over when no known company holds the subject position.
- A round names its own company after its amount behind a word of purpose ("a $20 billion
  round for xAI"); a person's former employer ("former OpenAI CTO") gives way to the startup
  named after a company noun; a cloud giant raises no round.
"""

from __future__ import annotations

import re

from sources.extract.claims.context import (
    GENITIVE,
    WORD,
    Discourse,
    Doc,
    View,
    topic_marked_at,
)
from sources.extract.claims.funding.clauses import strong_clause
from sources.extract.claims.newco import (
    after_colon,
    coordinated,
    insertion_end,
    label_gap,
    opens_clause,
    opens_item,
    unknown_company,
    unknown_investee_before,
)
from sources.extract.claims.subjects import ANAPHOR, pick_company
from sources.extract.gazetteer import BACKER_TYPES, Entity, EntityMention
from sources.extract.money import Money
from sources.extract.phrases import is_letter
from sources.extract.rules import LanguageRules

NO_ROUNDS = frozenset(("hyperscaler",))  # company types that raise no funding round


def valuation_subject(doc: Doc, view: View, val: Money, disc: Discourse) -> Entity | None:
    """The company a valuation amount is about, known or not (as the raise's subject)."""
    subject, rank = pick_company(view, val.start, "funding", disc)
    newco = unknown_raiser(doc, view, val.start, subject, rank)
    return newco if newco is not None else subject


def names_funded_newco(view: View, disc: Discourse) -> bool:
    """The story's last round went to a company the gazetteer lacks, and this sentence names
    it again (as written)."""
    funded = disc.funded
    return (
        funded is not None
        and not funded.id
        and len(funded.name) >= 3
        and view.text.find(funded.name, view.start, view.end) >= 0
    )


def unknown_raiser(
    doc: Doc, view: View, anchor: int, subject: Entity | None, rank: int
) -> Entity | None:
    """A company the gazetteer lacks that the sentence names as the raiser
    (:func:`sources.extract.claims.newco.unknown_company`), when no known company holds the
    subject position: the pick is none, an investor or source, the story's company by
    anaphor or by default, or a company named only after the amount. A known company named
    before the amount keeps it unless the unknown one stands between them in apposition
    ("former OpenAI staff's start-up Foo raised")."""
    if subject is None or rank == 2:
        # "SoftBank e Nvidia ... para investir na Acme, em uma rodada de US$500 milhões": the
        # investors name the company they put the money into before the amount
        investee = unknown_investee_before(view, doc.rules, anchor)
        if investee is not None:
            return investee
    named = [
        m.end
        for m in view.of_kind("company")
        if subject is not None and m.entity.name == subject.name and m.end <= anchor
    ]
    if named and label_gap(view.text, named[-1], anchor):
        return None  # "- Kestrel : 6 Md$": a known name labels its own figure
    if view.text[max(view.start, anchor - 3) : anchor].rstrip().endswith(("(", "（", ":", "：")):
        found = unknown_company(
            doc.text, view, doc.rules, anchor, view.cjk, gazetteer=doc.gazetteer
        )
        if found is not None and found[2] == "label":
            return found[0]  # "Anduril (US$2.5bn)": a list's entry names its own figure
    if named and rank < 2 and doc.rules.sov:
        found = unknown_company(
            doc.text, view, doc.rules, anchor, view.cjk, gazetteer=doc.gazetteer
        )
        if found is not None and _topic_before_known(view, found, named[0], anchor):
            # "스타트업 X스퀘어로봇은 바이트댄스, 알리바바와 함께 ...로부터 10억 위안의 투자를
            # 받았다": in verb-final order the name marked as the topic is the subject; the
            # known companies after it, unmarked, are its investors or partners
            return found[0]
    if named and rank < 2:
        # only an apposition between the known name and the amount can take it over, or a
        # name the known one is a parenthetical of ("Arda, co-founded by ex-OpenAI staff, ...")
        low = doc.low[named[-1] : anchor]
        if not any(d in low for d in doc.rules.names.descriptors) and "," not in low:
            return None
    found = unknown_company(doc.text, view, doc.rules, anchor, view.cjk, gazetteer=doc.gazetteer)
    if found is None:
        return None
    company, start, how = found
    if subject is None or rank == 2 or how == "label":
        return company
    if rank >= ANAPHOR:
        # the story's company, by anaphor or by default: only a company noun's apposition
        # names another ("Oura Health, la empresa de anillos, ..."); a bare name opening the
        # sentence may be a person ("Elon Musk ha detto che la società ...")
        # "- Kestrel raised $300m": a list item's opening name is its own raiser, as a sentence's
        opens = opens_item(view, start)
        # in CJK text a Latin name opening a clause ("据报道，Acme 正以...") names its subject;
        # elsewhere one opening the clause after a colon that closes a clause of company
        # nouns ("Deux startups sont sorties du lot : d'une part, Gojob qui a bouclé ...")
        if how == "head" and not opens:
            if view.cjk:
                opens = opens_clause(view, start, True)
            else:
                opens = after_colon(view, start, doc.rules.names)
        # a name owning its value word ("Kestrel's post-money valuation") is a company too
        return company if how in ("apposition", "possessor") or (rank > ANAPHOR and opens) else None
    if not named:
        if _topic_after(view, subject, anchor) and not topic_marked_at(
            view, start + len(company.name)
        ):
            # "サピオンと合併し...企業価値を認められたリベリオンは": the figure stands in the
            # clause that modifies the topic-marked name after it; a name inside that clause
            # is no subject
            return None
        # a known company named only after the amount: a yardstick ("more than OpenAI's") or
        # the object of a bare name that may be a person ("Musk ... valoriza xAI")
        return company if how == "apposition" or _compared_after(view, anchor) else None
    if how == "apposition" and start >= named[-1]:
        return company
    if how == "head" and start >= named[-1] and coordinated(view, start):
        return company  # "xAI ... quiere 6.000 millones, y Acme, ..., aspira a 400"
    # the known company stands inside a parenthetical right after the unknown name, and is
    # not the whole of it ("its AI start-up, xAI, is raising": the known name restates it)
    end = start + len(company.name)
    close = insertion_end(view, end, anchor)
    if not start < named[-1] < close:
        return None
    inside = view.text[end:close].strip(" ,()–—")
    known = [m for m in view.of_kind("company") if end <= m.start < close]
    return (
        company
        if len(WORD.findall(inside)) > sum(len(WORD.findall(m.entity.name)) for m in known)
        else None
    )


ROUND_FOR_GAP = 24  # characters between a round's amount and the word naming whom it is for
ROUND_NEAR = 30  # characters between a round noun and the amount it sizes
POSSESSOR_WORDS = 2  # words of a possessor between that word and the name ("Elon Musks")


def round_for(view: View, money: Money, rules: LanguageRules) -> Entity | None:
    """The company a round is for, named right after its amount behind a word of purpose and
    at most a possessor ("eine Series E von rund 20 Milliarden Dollar für Elon Musks xAI", "a
    $20 billion round for xAI"), or right behind a possessive word when the round noun heads
    the amount and no company stands before that noun in its clause ("la ronda de 500
    millones de Mistral AI sorprendió", "a rodada de US$ 41 bilhões da OpenAI"; but "A xAI
    fechou uma rodada de US$ 2 bilhões da SpaceX": the round is the subject's, "da" says where
    the money came from): in a list of deals each round names its own company, over the
    subject of the sentence. Only with a round noun next to the amount, in its clause."""
    if not (rules.round_for or rules.round_of) or not view.has("round"):
        return None
    rounds = view.kinds("round")
    if not any(
        abs(r.start - money.end) <= ROUND_NEAR or 0 <= money.start - r.end <= ROUND_NEAR
        for r in rounds
    ):
        return None
    clause_end = strong_clause(view, money.start)[1]
    heads = [r for r in rounds if 0 <= money.start - r.end <= ROUND_NEAR]
    # the possessive names whose round only when no company heads the round noun's clause
    # (a possessor of an earlier round, "da OpenAI e a rodada de ...", heads nothing)
    possessive: tuple[str, ...] = ()
    if heads:
        head_clause = view.ctx.clause_of(heads[-1].start)[0]
        if not any(
            head_clause <= m.start < heads[-1].start
            and not _backs(m.entity)
            and not _after_word(view.text, head_clause, m.start, rules.round_of)
            for m in view.of_kind("company")
        ):
            possessive = rules.round_of
    for m in view.of_kind("company"):
        if m.start <= money.end:
            continue
        if m.start >= clause_end or _backs(m.entity):
            return None
        words = view.text[money.end : m.start].lower().split()
        if words and words[-1] in possessive and len(" ".join(words[:-1])) <= ROUND_FOR_GAP:
            return m.entity  # "... de dólares de Mistral AI": the word right before the name
        for k, w in enumerate(words):
            rest = words[k + 1 :]
            if (
                w in rules.round_for
                and len(" ".join(words[:k])) <= ROUND_FOR_GAP
                and len(rest) <= POSSESSOR_WORDS
                and all(x.isalpha() for x in rest)
            ):
                return m.entity
        return None
    return None


def _topic_before_known(
    view: View, found: tuple[Entity, int, str], first_known: int, anchor: int
) -> bool:
    """The name the gazetteer lacks stands before the first known one and carries the topic
    particle, which no known company before the amount carries; no known one there owns
    what the amount measures ("FTXが保有していたAnthropicの株式は...評価額": Anthropic's)."""
    company, start, _how = found
    known = [m for m in view.of_kind("company") if m.end <= anchor]
    return (
        start < first_known
        and topic_marked_at(view, start + len(company.name))
        and not any(topic_marked_at(view, m.end) for m in known)
        and not any(view.text.startswith(GENITIVE, m.end) for m in known)
    )


def round_for_anaphor(view: View, money: Money, rules: LanguageRules) -> bool:
    """A round noun sizes the amount, and right after the amount a word of purpose leads an
    anaphor ("leading the $102 million Series C round for the company"): the round is the
    story's company's, whoever the sentence names as its investors."""
    if not rules.round_for or not view.has("round", "anaphor"):
        return False
    if not any(
        abs(r.start - money.end) <= ROUND_NEAR or 0 <= money.start - r.end <= ROUND_NEAR
        for r in view.kinds("round")
    ):
        return False
    clause_end = strong_clause(view, money.start)[1]
    for c in view.kinds("anaphor"):
        if not money.end < c.start < clause_end or _owns_next(view.text, c.end, rules):
            continue
        words = view.text[money.end : c.start].lower().split()
        if (
            words
            and words[-1] in rules.round_for
            and len(" ".join(words[:-1])) <= ROUND_FOR_GAP
            and not any(money.end <= m.start < c.start for m in view.entities)
        ):
            return True
    return False


_POSSESSIVE_END = re.compile(r"['’]s?\b")


def _owns_next(text: str, end: int, rules: LanguageRules) -> bool:
    """The anaphor ending at ``end`` is a possessor ("for the company's spin-off", "for the
    group of Kestrel"): the round is for what it owns."""
    if text[end - 2 : end] in ("'s", "’s") or _POSSESSIVE_END.match(text, end):
        return True
    nxt = text[end:].split(maxsplit=1)
    return bool(nxt) and nxt[0].lower() in (*rules.round_of, "of")


def _after_word(text: str, lo: int, pos: int, words: tuple[str, ...]) -> bool:
    """The word before ``pos`` (not before ``lo``) is one of ``words``."""
    before = text[lo:pos].lower().split()
    return bool(before) and before[-1] in words


def _backs(company: Entity) -> bool:
    """An investor, a cloud giant or a listed chip maker: named after a round's amount, it is
    where the money came from; an unlisted chip maker is a chip start-up with rounds of its
    own ("a rodada de US$ 9 bilhões da Groq")."""
    kind = company.company_type
    return kind in NO_ROUNDS or kind == "investor" or (kind == "chip_vendor" and company.listed)


def no_raiser(company: Entity) -> bool:
    """A cloud giant: it raises no round (a listed company may have raised before listing)."""
    return company.company_type in NO_ROUNDS


def _topic_after(view: View, subject: Entity | None, anchor: int) -> bool:
    """``subject`` is named after the figure with a subject particle ("...認められたリベリオンは"):
    in head-final order the figure's clause modifies it."""
    return subject is not None and any(
        m.entity.name == subject.name and m.start >= anchor and topic_marked_at(view, m.end)
        for m in view.of_kind("company")
    )


def past_affiliation(doc: Doc, view: View, subject: Entity | None, rank: int) -> Entity | None:
    """When the pick is named as a person's employer ("former OpenAI CTO Mira Murati",
    "OpenAI cofounder Ilya Sutskever"), the company the sentence names after a company noun
    ("for her startup Thinking Machines Lab", "his new startup, Safe Superintelligence")."""
    roles = doc.rules.names.person_roles
    if subject is None or rank >= 2 or not roles:
        return None
    low = doc.low
    if not any(
        m.entity.name == subject.name and _role_next_to(low, view.start, m, roles)
        for m in view.of_kind("company")
    ):
        return None
    for m in view.of_kind("company"):
        if m.entity.name == subject.name or m.entity.company_type in BACKER_TYPES:
            continue
        head = low[max(view.start, m.start - 30) : m.start].rstrip(" ,:")
        # the company noun may carry a possessive or an adjective after it ("startup
        # barunya, Safe Superintelligence", "sa start-up française X")
        tails = [head] + [head.rsplit(" ", k)[0] for k in (1, 2) if head.count(" ") >= k]
        if any(t.endswith(d) for t in tails for d in doc.rules.names.descriptors):
            return m.entity
    return None


def former_employer(doc: Doc, view: View, subject: Entity | None, rank: int, anchor: int) -> bool:
    """The pick's last mention before the figure names it as a person's former employer
    ("former OpenAI CTO Mira Murati", "Бывший технический директор OpenAI", "ex-CEO da
    OpenAI", "前OpenAI首席技术官"): the person raises for a company of their own, not for that
    one. Only the last mention counts: "Former OpenAI CTO Mira Murati said OpenAI raised $6.6
    billion" names OpenAI again as the raiser."""
    names = doc.rules.names
    if subject is None or rank >= 2 or not names.person_roles or not names.former:
        return False
    mentions = [
        m for m in view.of_kind("company") if m.entity.name == subject.name and m.end <= anchor
    ]
    if not mentions or not _role_next_to(doc.low, view.start, mentions[-1], names.person_roles):
        return False
    m = mentions[-1]
    head = doc.low[max(view.start, m.start - 60) : m.start]
    link = _ROLE_LINK.search(head)
    before = head[: link.start()] if link else head
    role = next((r for r in names.person_roles if before.endswith(r)), "")
    before = before[: len(before) - len(role)].rstrip(" -")
    return any(_ends_with_word(before, f.rstrip("-")) for f in names.former)


def _ends_with_word(text: str, word: str) -> bool:
    """``text`` ends with ``word`` and no letter of any script stands right before it ("ex" in
    "the ex", "前" in "，前", not "目前"); a one-character word ("前", "元", "전") stands after
    no word at all, past the spaces ("2년 전 오픈AI": two years ago, no former role)."""
    if not text.endswith(word):
        return False
    rest = text[: -len(word)]
    if len(word) == 1:
        rest = rest.rstrip()
    return not rest[-1:].isalnum()


_ROLE_LINK = re.compile(
    r"(?:\s+(?:of|at|d|de|des|du|di|da|do|del|della|dell|von|der|dari))?\s*[’']?\s*$"
)  # "PDG d'OpenAI", "cofounder of OpenAI": a role linked to the name before it


def _role_next_to(low: str, lo: int, m: EntityMention, roles: tuple[str, ...]) -> bool:
    """A person's role right after the name ("OpenAI CTO", "OpenAI-Mitgründer") or right
    before it through a linking word ("PDG d'OpenAI", "cofounder of OpenAI")."""
    k = m.end + (low[m.end : m.end + 1] in " -")
    if any(
        low.startswith(r, k) and not is_letter(low[k + len(r) : k + len(r) + 1] or " ")
        for r in roles
    ):
        return True
    head = low[max(lo, m.start - 40) : m.start]
    link = _ROLE_LINK.search(head)
    before = head[: link.start()] if link else head
    return any(
        before.endswith(r) and not is_letter(before[-len(r) - 1 : -len(r)] or " ") for r in roles
    )


def anaphor_before_named_after(view: View, subject: Entity | None, rank: int, anchor: int) -> bool:
    """The pick is a known company named only after the amount while an anaphor ("the
    start-up", "这家公司") stands before it with no company between."""
    if subject is None or rank >= 2 or not view.has("anaphor"):
        return False
    mentions = [m for m in view.of_kind("company") if m.entity.name == subject.name]
    if not mentions or mentions[0].start < anchor:
        return False
    return any(
        c.end <= anchor and not any(c.end <= m.start < anchor for m in view.of_kind("company"))
        for c in view.kinds("anaphor")
    )


def _compared_after(view: View, anchor: int) -> bool:
    """Every known company after ``anchor`` stands behind a comparison or rivalry word."""
    cues = [c.end for c in view.cues if c.kind in ("comparison", "rival") and c.start >= anchor]
    return bool(cues) and all(
        m.start >= cues[0] for m in view.of_kind("company") if m.start >= anchor
    )
