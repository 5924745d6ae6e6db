"""Who puts money into whom: "X invested $N in Y" is Y's round.

- The company receiving the money may be marked before the amount ("in Anthropic",
  "向Anthropic", "アンソロピックに"); a company named before an investing word is the
  investor, unless a raising verb or a passive makes it the receiver.
- An amount named as new money ("another $4 billion", "supplémentaires", "追加") is a round of
  its own, even next to a round or a running total.
- Money put into a site, a campus, a programme or chips is spending, not a round.
"""

from __future__ import annotations

import re

from sources.extract.claims.context import GENITIVE, Discourse, View
from sources.extract.claims.funding.clauses import strong_clause
from sources.extract.claims.newco import unknown_investee, unknown_investee_before
from sources.extract.gazetteer import Entity, EntityMention
from sources.extract.money import Money
from sources.extract.phrases import is_letter
from sources.extract.rules import LanguageRules
from sources.extract.status import Cue


def invests(view: View, company: Entity, money: Money) -> bool:
    """The company is named before an investing word that stands before the amount: it is
    the investor."""
    named = [
        m.end
        for m in view.of_kind("company")
        if m.entity.name == company.name and m.start < money.start
    ]
    if not named:
        return False
    # "Mistral AI a obtenu un investissement de ...": a raising verb before the investment
    # word makes the company its receiver; so does a passive ("OpenAI, backed by Microsoft")
    raised = [c.end for c in view.kinds("raise") if named[-1] <= c.start < money.start]
    return any(
        named[-1] <= c.start < money.start
        and not any(r <= c.start for r in raised)
        and view.text[c.end : c.end + 3].lower() != " by"
        # "competes with Microsoft-backed OpenAI": a compound naming another company's backer
        and not _backer_compound(view, c, company)
        for c in view.kinds("investment")
    )


def _backer_compound(view: View, cue: Cue, company: Entity) -> bool:
    """The investing word closes a compound with another company's name ("Microsoft-backed"):
    that company backs the name after it; ``company`` invests nothing ("CoreWeave-Backed
    Project" still names CoreWeave as the backer)."""
    if "-" not in view.text[cue.start - 1 : cue.start + 1]:
        return False
    return any(
        0 <= cue.start - m.end <= 1 and m.entity.name != company.name
        for m in view.of_kind("company")
    )


def new_tranche(view: View, money: Money) -> bool:
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


def investee_marked(view: View, mention: EntityMention, rules: LanguageRules) -> bool:
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


INVESTEE_WINDOW = 60  # an investing word this close before a name marked as receiving money


def marked_investee(view: View, rules: LanguageRules) -> Entity | None:
    """The company an investing word puts money into in this sentence ("invest ... in
    Mistral AI", "investir ... dans Mistral AI", "向Anthropic投资"), if one is marked."""
    if not view.has("investment", "raise"):
        return None
    for m in view.of_kind("company"):
        if m.entity.backs_others:
            continue
        near = any(
            0 <= m.start - c.end <= INVESTEE_WINDOW or 0 <= c.start - m.end <= 4
            for c in view.kinds("investment")
        ) or any(
            # "向Anthropic注资12.5亿美元": a money verb right after the marked name (verb-final
            # word order) puts the money into it, whatever the verb's own kind
            0 <= c.start - m.end <= 4
            for c in view.kinds("raise")
        )
        if near and investee_marked(view, m, rules):
            return m.entity
    return None


def investee_of(view: View, rules: LanguageRules, money: Money) -> Entity | None:
    """The company an investing word of the sentence puts money into (:func:`marked_investee`),
    unless it is named only after this amount with another amount between them ("A raised
    $41 billion, while B got $13 billion and Meta invested $14 billion in Scale AI": only the
    last amount goes into Scale AI; a tranche added after the investee's amount is still its
    own: "向Anthropic注资20亿美元，又追加30亿美元")."""
    investee = marked_investee(view, rules)
    if investee is None or len(view.money) < 2:
        return investee
    for m in view.of_kind("company"):
        if m.entity.name != investee.name:
            continue
        if m.start < money.end:
            return investee
        lo, hi = money.end, m.start
        if not any(
            other is not money and not other.is_conversion and lo <= other.start < hi
            for other in view.money
        ):
            return investee
    return None


def invest_subject(
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
        m for m in named_before if not m.entity.backs_others and investee_marked(view, m, rules)
    ]
    if marked:
        return marked[-1].entity
    investors = [m.entity.name for m in named_before]
    # "USD 100 miliar (sekitar Rp 1.665 triliun) ke OpenAI": read on after the amount's
    # restatement in another currency, which its brackets set apart as a clause
    end = money.end
    for other in view.money:
        if other.is_conversion and 0 <= other.start - end <= 12:
            opened = any(ch in view.text[end : other.start] for ch in "(（")
            end = other.end
            # "US$ 2 bilhões (R$ 11 bilhões, ao câmbio do dia) na startup": a remark may
            # follow the restatement inside its bracket
            rest = _BRACKET_REST.match(view.text, end, view.end) if opened else None
            if rest is not None:
                end = rest.end()
            c_end = max(c_end, view.ctx.clause_of(min(end + 1, view.end - 1))[1])
    after = [
        m
        for m in view.of_kind("company")
        if (
            (
                (
                    0 <= m.start - end <= 40
                    # "nella startup di intelligenza artificiale Anthropic": a company noun
                    # with its descriptors before the name
                    or (
                        0 <= m.start - end <= DESCRIBED_INVESTEE_GAP
                        and _described(view, rules, end, m)
                    )
                )
                and m.start < c_end
            )
            # "ke startup AI miliknya sendiri, xAI": the name in apposition to the company
            # noun the money goes into, past the comma that ends the clause
            or (
                0 <= m.start - end <= DESCRIBED_INVESTEE_GAP
                and _described_apposed(view, rules, end, m)
            )
        )
        and not m.entity.backs_others
        and m.entity.name not in investors
        # verb-final word order puts the investee before its verb: a name after the verb
        # that modifies a noun ("1000억원을 투자해 리벨리온의 NPU ... 결합해") names what the
        # money is spent with (not "出資したSakana AIは", a relative clause on the investee)
        and not (
            rules.sov
            and view.text[m.end : m.end + 1] in GENITIVE
            and any(end <= c.start < m.start for c in view.kinds("investment"))
        )
        # "invest $1 billion in Groq chips", "采购华为昇腾芯片": the maker of what it buys
        and not _product_of(view, m)
    ]
    after = _without_investors_after(view, rules, end, after)
    if after:
        return after[0].entity
    newco = unknown_investee(view, rules, end, c_end) or unknown_investee_before(
        view, rules, money.start
    )
    if newco is not None:
        return newco  # "Nvidia invested $50 million in Kestrel Labs", "investir na Acme"
    if not named_before and new_tranche(view, money):
        # "向Anthropic注资12.5亿美元，随后又追加40亿美元": new money in a clause of its own
        # goes into the investee an earlier clause of the sentence marked
        marked = marked_investee(view, rules)
        if marked is not None and any(
            m.entity.name == marked.name and m.end <= money.start for m in view.of_kind("company")
        ):
            return marked
    # past the amount's restatement in brackets: "US$ 3 bilhões (R$ 16 bi) na startup"
    object_anaphor = any(
        c.kind == "anaphor" and 0 <= c.start - end <= 5 and "," not in view.text[end : c.start]
        for c in view.cues
    ) or _clitic_investee(view, money, rules)
    if not object_anaphor:
        if view.of_kind("cluster") or view.has("cluster", "cluster_plural", "programme"):
            return None  # money put into a site, a campus or a programme is not a round
        if view.has("cost", "purchase") or view.of_kind("chip") or view.nouns:
            # "ソフトバンクは工場を買収して...30億ドルを投じる", "GPU 1만개를 확보하기 위해
            # 수천억원을 투입": money that buys things or chips is spending, not a round
            return None
        own = any(c_start <= c.start < money.start for c in view.kinds("anaphor"))
        if not investors or own:
            return None
    if not object_anaphor and _put_elsewhere(view, rules, end):
        return None  # "a investi 3 milliards d'euros dans la Drôme", "2 miliardi in azioni"
    # the story's company, unless it is the investor itself; then the next most salient one
    for candidate in disc.ranked_companies():
        if candidate.name not in investors:
            return candidate
    return None


ELSEWHERE_GAP = 3  # "3 milliards d'euros dans la Drôme": the investee word this close


def _put_elsewhere(view: View, rules: LanguageRules, end: int) -> bool:
    """An investee word right after the amount leads to no company: the money goes where it
    names, a region or a kind of stock ("dans la Drôme", "in azioni"), not into the story's
    company. Not a date there ("in February", "im Mai"): that dates the investment."""
    tail = view.text[end : min(view.end, end + ELSEWHERE_GAP + 12)].lower()
    gap = len(tail) - len(tail.lstrip())
    if gap > ELSEWHERE_GAP:
        return False
    for word in rules.investee_before:
        if not tail[gap:].startswith(word + " "):
            continue
        after = end + gap + len(word) + 1
        if _names_company(view, rules, after):
            return False  # "invested $4 billion in the AI lab", "dans la jeune pousse"
        return not any(0 <= t.start - after <= 4 for t in view.times) and not any(
            0 <= n.start - after <= 4 for n in view.nums
        )
    return False


COMPANY_NOUN_REACH = 32  # characters after the investee word its noun phrase may run


def _names_company(view: View, rules: LanguageRules, start: int) -> bool:
    """The noun phrase after the investee word ends in one company noun (the language's
    ``[names] descriptors``, singular): the money goes into a company the story names."""
    phrase = re.split(r"[,;:.()]", view.text[start : min(view.end, start + COMPANY_NOUN_REACH)])[0]
    phrase = phrase.lower()
    return any(
        re.search(r"(?<![\w-])" + re.escape(d) + r"(?![\w-])", phrase)
        for d in rules.names.descriptors
    )


CLITIC_REACH = 24  # characters from an investing verb's pronoun to the amount after it


def _clitic_investee(view: View, money: Money, rules: LanguageRules) -> bool:
    """A pronoun for the receiving company stands right before the investing verb of the
    amount ("due anni fa vi aveva investito un miliardo", "Microsoft y a investi 10
    milliards"): the money goes into the story's company."""
    if not rules.investee_clitics:
        return False
    for c in view.kinds("investment"):
        if not 0 <= money.start - c.end <= CLITIC_REACH:
            continue
        words = view.text[max(view.start, c.start - 16) : c.start].lower().split()
        # "vi aveva investito", "y a investi": an auxiliary may stand between
        if any(w in rules.investee_clitics for w in words[-2:]):
            return True
    return False


DESCRIBED_INVESTEE_GAP = 70  # "in the artificial intelligence start-up Anthropic"
_LIST_MARK = re.compile(r"\s*[,、&]?\s*")  # between two listed names, with a coordinator


def _without_investors_after(
    view: View, rules: LanguageRules, end: int, after: list[EntityMention]
) -> list[EntityMention]:
    """The names after an investment's amount less those its ``investment_by`` word, right
    after the amount, makes investors ("an investment of $500 billion from OpenAI, Oracle and
    SoftBank to build ...", "una inversión de 500.000 millones de dólares de OpenAI, Oracle y
    SoftBank"), with the names listed after them; "$2 billion from Nvidia in xAI" keeps xAI,
    and "en el capital de xAI" is where the money goes."""
    if not (rules.investment_by or rules.investment_agent) or not after:
        return after
    kept: list[EntityMention] = []
    last = end  # where the text read so far ends
    listing = False  # inside a list of investors
    for m in sorted(after, key=lambda m: m.start):
        gap = view.text[last : m.start]
        if last == end and (
            _by_word(gap, rules.investment_by) or _agent_ends(gap, rules.investment_agent)
        ):
            listing = True
        elif not (listing and _joins(view, last, m.start)):
            listing = False
        if not listing:
            kept.append(m)
        last = m.end
    return kept


def _joins(view: View, lo: int, hi: int) -> bool:
    """Only a list mark between two names: a comma, "、", "&" or the language's coordinator
    ("OpenAI, Oracle and SoftBank")."""
    for c in view.kinds("coordinator"):
        if lo <= c.start and c.end <= hi:
            return bool(_LIST_MARK.fullmatch(view.text, lo, c.start)) and bool(
                _LIST_MARK.fullmatch(view.text, c.end, hi)
            )
    return _LIST_MARK.fullmatch(view.text, lo, hi) is not None and hi > lo


def _by_word(gap: str, words: tuple[str, ...]) -> bool:
    """``gap`` (between an amount and a name) is only an ``investment_by`` word: " from ",
    " de ", " d'" (elided onto the name)."""
    return gap.strip().lower() in words


def _agent_ends(gap: str, words: tuple[str, ...]) -> bool:
    """``gap`` ends in an agent phrase ("... in AI infrastructure by "), with no clause break."""
    low = gap.lower().rstrip()
    return not any(ch in low for ch in ",;:") and any(
        low == w or low.endswith(" " + w) for w in words
    )


_BRACKET_REST = re.compile(r"[^()（）\n]{0,30}[)）]")  # the rest of a conversion's bracket


def _described(view: View, rules: LanguageRules, end: int, m: EntityMention) -> bool:
    """A company noun ("startup", "società") stands between the amount and the name, with no
    punctuation: the name is that noun's."""
    gap = view.text[end : m.start].lower()
    if any(ch in gap for ch in ",;:()"):
        return False
    return any(d in gap for d in rules.names.descriptors)


def _described_apposed(view: View, rules: LanguageRules, end: int, m: EntityMention) -> bool:
    """After the amount, an investee word and a company noun close their clause with a comma
    and the name follows it ("ke startup AI miliknya sendiri, xAI", "into its own start-up,
    xAI"): the name is that noun's."""
    gap = view.text[end : m.start].lower().rstrip().lstrip(" )）")  # past a conversion's bracket
    # "..., yaitu G42", "..., namely G42": a word opening the apposition may follow the comma
    word = next((w for w in rules.names.apposition_words if gap.endswith(" " + w)), None)
    if word is not None:
        gap = gap[: -len(word)].rstrip()
    if not gap.endswith(",") or any(ch in gap[:-1] for ch in ",;:()"):
        return False
    words = gap[:-1].split()
    return (
        bool(words)
        and any(words[0] == w for w in rules.investee_before)
        and any(d in gap for d in rules.names.descriptors)
    )


RAISED_INVESTMENT_GAP = 12  # "securing a $2bn investment"


def _modified_noun(view: View, end: int, noun: int) -> bool:
    """Between an amount's end and the investment noun after it stand only a linker (的) and
    one of the language's ``investment_modifiers`` ("10亿元的战略投资")."""
    gap = view.text[end:noun].removeprefix("的")
    return view.rules is not None and gap in view.rules.investment_modifiers


OBJECT_GAP_WORDS = 3  # "captou recentemente um impressionante investimento"


def _object_gap(rules: LanguageRules | None, gap: str) -> bool:
    """Between a raising verb and an investment noun stand only a few plain words: at most
    one (an adverb) before an indefinite article, adjectives after it, none a preposition of
    the language's money phrases ("captou recentemente um expressivo investimento", "secured
    a major new investment"): the noun is the verb's new object. Not a possessive or a
    definite one ("raised its planned investment": increased it), not a verb between ("busca
    duplicar su inversión"), not "secured approval for an investment"."""
    if rules is None or not rules.names.indefinite:
        return False
    words = [w.lower() for w in gap.split()]
    linking = {
        *rules.investee_before,
        *rules.investment_by,
        *rules.investment_agent,
        *rules.round_for,
        *rules.round_of,
    }
    article = next((k for k, w in enumerate(words) if w in rules.names.indefinite), None)
    return (
        len(words) <= OBJECT_GAP_WORDS
        and article is not None
        and article <= 1
        and all(w.isalpha() and w not in linking for w in words)
    )


AMOUNT_WORDS_GAP = 16  # "инвестиции в размере ", "Investition in Höhe von "


PRODUCT_GAP = 3  # characters between a maker's name and the chip word or chip after it


def _product_of(view: View, m: EntityMention) -> bool:
    """A chip word or a chip's name follows the company's name: it names the maker of the
    product the money buys ("in Groq chips", "in Cerebras systems' chips", "华为昇腾芯片")."""
    return any(0 <= n.start - m.end <= PRODUCT_GAP for n in view.nouns) or any(
        0 <= c.start - m.end <= PRODUCT_GAP for c in view.of_kind("chip")
    )


def investors_offer(view: View, money: Money) -> bool:
    """The first company named after the amount in its clause is an investor, and before the
    amount stands an anaphor ("Компания обсуждает инвестиции на $20 млрд с Sequoia Capital")
    or a company in talks ("Anthropic is in talks over a $20 billion investment with
    Sequoia"): the investors put the money into that company. Not a company that invests
    itself beside them ("Samsung invested $100 million with Sequoia")."""
    c_start, c_end, _ = view.ctx.clause_of(money.start)
    after = [m for m in view.of_kind("company") if money.end <= m.start < c_end]
    if not after or after[0].entity.company_type != "investor":
        return False
    rules = view.rules
    tail = view.text[after[0].end : c_end].lower()
    if rules is not None and any(f" {w} " in f" {tail}" for w in rules.investee_before):
        return False  # "to invest $1 billion with Blackstone in a data center venture"
    if any(c_start <= c.start < money.start for c in view.kinds("anaphor")):
        return True
    before = [m for m in view.of_kind("company") if c_start <= m.start < money.start]
    return (
        bool(before)
        and not before[-1].entity.backs_others
        and any(before[-1].end <= c.start < money.start for c in view.kinds("talks"))
    )


def raised_investment(view: View, money: Money) -> bool:
    """An investment amount that a raising verb right before it takes: the company raises
    it ("is close to securing a $2bn investment", "erhielt eine Investition von")."""
    clause = view.ctx.clause_of(money.start)
    if view.cjk and any(
        0 <= c.start - money.end <= 1 or _modified_noun(view, money.end, c.start)
        for c in view.kinds("investment")
    ):
        # "拿下红杉中国等机构近20亿元投资": in head-final order the investment noun follows
        # the amount, the raising verb opens the clause, the investors may stand between
        # (listed with "、", which cuts clauses: the strong clause is the reach)
        lo = strong_clause(view, money.start)[0]
        return any(
            lo <= r.start
            and r.end <= money.start
            and all(
                m.entity.company_type == "investor"
                for m in view.of_kind("company")
                if r.end <= m.start < money.start
            )
            for r in view.kinds("raise")
        )
    # the investment noun may stand between ("a obtenu un investissement de 600 millions"),
    # maybe behind a few words that introduce an amount and name nothing ("привлекла
    # инвестиции в размере 500 млн", "eine Investition in Höhe von"), when no company follows
    # the amount in its clause ("sichert sich mit einer Investition in Höhe von 2 Milliarden
    # Anteile an xAI": the money goes into xAI)
    named_after = any(money.end <= m.start < clause[1] for m in view.of_kind("company"))
    nouns = [
        c.end
        for c in view.kinds("investment")
        if 0 <= money.start - c.end <= 6
        or (
            0 <= money.start - c.end <= AMOUNT_WORDS_GAP
            and not named_after
            and not any(c.end <= o.start < money.start for o in view.cues)
            and not any(c.end <= m.start < money.start for m in view.entities)
            # "42 proyek investasi senilai ...": the projects' worth, no raise
            and not any(0 <= c.start - p.end <= 2 for p in view.kinds("programme"))
        )
    ]
    reach = money.start - RAISED_INVESTMENT_GAP
    starts = [c.start for c in view.kinds("investment") if c.end in nouns]
    if starts:
        reach = min(reach, min(starts) - 12)
    takers = [
        c
        for c in view.kinds("raise")
        if c.end <= money.start
        and (
            c.end >= reach
            # "captou recentemente um impressionante investimento de": the noun is the verb's
            # object behind a few plain words
            or any(c.end <= s and _object_gap(view.rules, view.text[c.end : s]) for s in starts)
        )
    ]
    return any(c.start >= clause[0] for c in takers) and not any(
        c.end <= m.start < money.start for c in takers for m in view.of_kind("company")
    )
