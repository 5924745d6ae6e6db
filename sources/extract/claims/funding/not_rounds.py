"""Amounts that a round or investment word takes but that are no company's round.

- A cumulative total ("so far", "insgesamt", "累计"), or several companies' sum; but a total
  word covers only the amount nearest to it, and the size of one round ("eine
  Finanzierungsrunde von insgesamt 500 Millionen") stays a round.
- The components of a round ("besteht aus drei Komponenten: ..."), a tranche "as part of" a
  round, an investor's share of it ("with $22.5 billion from SoftBank", "invested $2 billion
  in the round"), and an amount that refers back to the round named before.
- Debt headed by a debt noun ("a $1 billion senior secured credit facility"), and project
  finance: a site or project that raises the money.
"""

from __future__ import annotations

import re

from sources.extract.claims.context import WORD, View
from sources.extract.claims.funding.clauses import strong_clause
from sources.extract.claims.funding.role_kinds import ROLE_KINDS, VALUATION_KINDS
from sources.extract.claims.newco import lead_verbs_in
from sources.extract.money import Money
from sources.extract.rules import LanguageRules
from sources.extract.status import Cue

PART_OF_GAP = 12  # "$32 million as part of a $130 million round"


def part_of_next(view: View, money: Money) -> bool:
    """A part-of word right after the amount leads to another amount ("$32 million as part of
    a $130 million round", "une tranche de 32 millions dans le cadre d'une levée de 130
    millions"): the amount is a tranche of that round, not a round (the annotation guide)."""
    for c in view.kinds("part_of"):
        if 0 <= c.start - money.end <= PART_OF_GAP and any(
            0 <= m.start - c.end <= PART_OF_GAP * 3 for m in view.money if m is not money
        ):
            return True
    return False


# a linking word before a name: the thing is that company's ("O projeto da xAI")
_GENITIVE = re.compile(
    r"\s(?:(?:of|de|da|do|di|del|della|des|du|von|der|dari)\s+|d['’])$", re.IGNORECASE
)
THING_HEAD_WORDS = 6  # "A major data center project backed by X has secured $900 million"


def thing_raises(view: View, money: Money) -> bool:
    """A site or project opens the sentence as the subject of the raising or investing word
    before the amount ("Le projet bénéficie d'un financement de 15 milliards", "A major data
    center project backed by CoreWeave has secured $900 million"): project finance, not a
    company's round. Not when a company stands between (other than one behind a backing
    word: "backed by"), or a company noun follows the thing ("data center startup X")."""
    verbs = [c for c in (*view.kinds("raise"), *view.kinds("investment")) if c.end <= money.start]
    if not verbs:
        return False
    verb = min(verbs, key=lambda c: c.start)
    things = [
        c
        for c in (*view.kinds("cluster"), *view.kinds("programme"))
        # (a one-character word is part of another in CJK text: "早期" holds "期", a phase)
        if c.end <= verb.start and c.end - c.start >= 2
    ]
    if not things:
        return False
    thing = min(things, key=lambda c: c.start)
    if len(WORD.findall(view.text, view.start, thing.start)) > THING_HEAD_WORDS:
        return False
    backers = [c.end for c in view.kinds("investor_role")]
    backing = [c.start for c in view.kinds("investor_role")]
    for m in view.of_kind("company"):
        if m.start < thing.start:
            if any(0 <= b - m.end <= 2 for b in backing):
                continue  # "A Meta-backed data center campus is seeking ..."
            return False
        if (
            m.start < verb.start
            and not any(0 <= m.start - b <= 3 for b in backers)
            and not _GENITIVE.search(view.text, max(view.start, m.start - 8), m.start)
        ):
            return False  # (but "O projeto da xAI recebeu": the project's owner)
    between = view.text[thing.end : verb.start].lower()
    descriptors = view.rules.names.descriptors if view.rules else ()
    return not any(d in between for d in descriptors)


DEBT_HEAD_WORDS = 4  # "$1 billion syndicated senior secured credit facility"
DEBT_HEAD_CJK = 3  # "数億ユーロの債務資金", "35亿美元的债务"
_CONVERSION = re.compile(r"\s*[(（][^()（）]{0,40}[)）]")
_DEBT_GAP_OK = frozenset(("debt", "raise"))
_DEBT_GAP_STOP = re.compile(r"[,;:()（）、，。\d]")


def debt_headed(view: View, money: Money) -> bool:
    """A debt noun heads the amount: it follows the amount with only a few words between and
    no punctuation, number or other role word ("a $1 billion senior secured credit facility",
    "3.500 millones en deuda", "数億ユーロの債務資金"), so the money is borrowed, whatever raising
    verb takes it. Not "debt and equity": a round that is partly equity."""
    for c in view.kinds("debt"):
        if c.start < money.end:
            continue
        # "a $1.4bn (£1.03bn) delayed draw term loan": a conversion in brackets is no break
        gap = _CONVERSION.sub(" ", view.text[money.end : c.start])
        if (
            len(gap) > (DEBT_HEAD_CJK if view.cjk else 60)
            or _DEBT_GAP_STOP.search(gap)
            or len(WORD.findall(gap)) > DEBT_HEAD_WORDS
        ):
            return False
        # a raising word may be an adjective there ("senior secured"); "equity and debt" or a
        # round noun between names another kind of money
        if any(
            money.end <= o.start < c.start
            and (o.kind == "coordinator" or (o.kind in ROLE_KINDS and o.kind not in _DEBT_GAP_OK))
            for o in view.cues
        ):
            return False
        return not any(0 <= o.start - c.end <= 3 for o in view.kinds("coordinator"))
    return False


def refers_back(view: View, money: Money) -> bool:
    """A word for the amount named before stands in the amount's clause before it, with no
    amount between ("ce montant pourrait grimper jusqu'à 8 Md$", "xAI raised that figure by
    $5 billion"): the amount bounds or changes that one."""
    clause = strong_clause(view, money.start)
    return any(
        clause[0] <= c.start
        and c.end <= money.start
        and not any(c.end <= m.start < money.start for m in view.money if m is not money)
        for c in view.kinds("amount_ref")
    )


INTO_ROUND_GAP = 16  # "$2 billion in the previous round": a round noun this close


def into_round(view: View, money: Money, rules: LanguageRules) -> bool:
    """Money an investor puts into a round, the round noun marked as where it goes: after the
    amount behind an investee word ("investiu US$ 2 bilhões na rodada anterior", "invest $30
    billion in the round"), or before it with one after it ("이번 투자 라운드에서 ... 20억
    달러를 투자"): that investor's share, not a round."""
    clause = strong_clause(view, money.start)
    for r in (*view.kinds("round"), *view.kinds("raise")):  # "투자 라운드" is a raise word
        if not clause[0] <= r.start < clause[1]:
            continue
        if 0 <= r.start - money.end <= INTO_ROUND_GAP:
            words = view.text[money.end : r.start].lower().split()
            if words and words[0] in rules.investee_before:
                return True
        elif r.end <= money.start and any(
            view.text.startswith(w, r.end) for w in rules.investee_after
        ):
            return True
    return False


FROM_GAP = 3  # "$22.5 billion from SoftBank": a source word this close after the amount


def _from_investor(view: View, money: Money) -> bool:
    """A source word ("from", "dari", "로부터") right after the amount names who gives it."""
    return any(0 <= c.start - money.end <= FROM_GAP for c in view.kinds("investor_role"))


def investor_share(view: View, money: Money, moneys: list[Money]) -> bool:
    """An amount given by one named source after an amount its clause states without one: the
    source's share of that amount ("OpenAI is raising the remaining $30 billion, with $22.5
    billion from SoftBank and $7.5 billion from other investors"). Amounts that each name
    their source ("$4 billion from Amazon and $2 billion from Google") are rounds each."""
    if not _from_investor(view, money):
        return False
    clause = strong_clause(view, money.start)
    return any(
        m.end <= money.start
        and clause[0] <= m.start
        and not m.is_conversion
        and not _from_investor(view, m)
        for m in moneys
    )


def _distance(cue: Cue, money: Money) -> int:
    if cue.end <= money.start:
        return money.start - cue.end
    if cue.start >= money.end:
        return cue.start - money.end
    return 0


def _lists_parts(view: View, cue: Cue) -> bool:
    """The first amount after a part word is a part: in the word's clause, or after an
    amount it belongs to ("$6 billion, including $1 billion")."""
    after = [m for m in view.money if m.start >= cue.end]
    return bool(after) and (
        view.ctx.clause_of(after[0].start) == view.ctx.clause_of(cue.start)
        or any(m.end <= cue.start for m in view.money)
    )


_LIST_BREAKS = frozenset(("raise", "round", "valuation", "investment", "clause_break"))


def _colon_list(view: View, part: Cue, money: Money) -> bool:
    """The amount goes on a list a colon opens after a part word ("besteht aus drei
    Komponenten: 110 Millionen ..., 300 Millionen ... und 60 Millionen ..."): the first
    amount follows the colon, and nothing but parts' labels stands between."""
    first = next((m for m in view.money if m.start >= part.end), None)
    if first is None or ":" not in view.text[part.end : first.start][-24:]:
        return False
    return strong_clause(view, first.start) == strong_clause(view, money.start) and not any(
        first.end <= c.start < money.start
        and c.kind in _LIST_BREAKS
        and not _labels_part(view, part, c)
        for c in view.cues
    )


PART_LABEL_GAP = 25  # "110 Millionen Euro als echte Eigenkapitalfinanzierung": a part's label


def _labels_part(view: View, part: Cue, cue: Cue) -> bool:
    """A round word right after a listed amount names that part's kind ("110 Millionen Euro als
    echte Eigenkapitalfinanzierung, 300 Millionen Euro als ..."); it does not end the list."""
    return any(part.end <= m.start and 0 <= cue.start - m.end <= PART_LABEL_GAP for m in view.money)


def not_a_round(view: View, money: Money, role: str) -> bool:
    """A cumulative total, or a part of an amount stated before it."""
    if role != "valuation" and first_part(view, money):
        return True  # "o primeiro aporte foi de US$ 1,25 bilhões, com o restante ..."
    kinds = view.ctx.kinds
    counted = companies_counted(view)
    if "already_raised" in kinds and role != "valuation" and _raised_before(view, money):
        return True  # "A World Labs já levantou US$230 milhões com ...": a running total
    if (
        "funding_total" not in kinds
        and "part" not in kinds
        and "companies_total" not in kinds
        and not counted
    ):
        return False
    for cue in (*view.cues, *counted):
        if (
            cue.kind == "companies_total"
            and _companies_cover(view, cue, money, role)
            and not _companies_give(view, cue)
        ):
            # "12개 AI 기업이 지난해 380억 달러를": several companies' sum; only in the amount's
            # own clause: "xAI raised $6 billion, the largest round ever for AI startups"
            return True
        if (
            cue.kind in ("funding_total", "funding_span")
            and role != "valuation"
            and _covers(view, cue, money)
            and not round_total(view, cue, money)
            and not _only_time(view, cue)
            and not (cue.kind == "funding_span" and _planned(view, money))
        ):
            return True  # "so far", "insgesamt", "累计"
        if cue.kind != "part" or any(
            p.start <= cue.start < p.end for p in view.kinds("valuation_pre")
        ):
            continue  # "估值未包括这笔融资", "not including": a pre-money valuation
        if role == "valuation" and any(
            cue.end <= v.start < money.start and v.kind in VALUATION_KINDS for v in view.cues
        ):
            # "Le tour de 120 M€, incluant ..., valorise la société autour de 900 M€": a
            # value word after the part word states the company's value, not a part
            continue
        if cue.end <= money.start:
            if _own_round(view, cue, money):
                continue  # "其中燧原科技完成20亿元D轮融资": an example the list goes on to
            if _round_among(view, cue, money):
                continue  # "había atraído inversiones, incluyendo una ronda de 250 millones"
            between = any(cue.end <= m.start < money.start for m in view.money if m is not money)
            if not between and any(m.end <= cue.start for m in view.money):
                return True  # "$6 billion, including $1 billion from ..."
            if view.ctx.clause_of(cue.start) == view.ctx.clause_of(money.start):
                return True  # "se compose de 468 millions ... et de 132 millions ..."
            if not between and ":" in view.text[cue.end : money.start][-24:]:
                return True  # "besteht aus drei Komponenten: 110 Millionen Euro als ..."
            if between and _colon_list(view, cue, money):
                return True  # "...: 110 Millionen Euro als ..., 300 Millionen Euro als ..."
            if (
                between
                and _lists_parts(view, cue)
                and strong_clause(view, cue.start) == strong_clause(view, money.start)
                and not any(
                    cue.end <= c.start < money.start
                    and c.kind in _LIST_BREAKS
                    and not _labels_part(view, cue, c)
                    for c in view.cues
                )
            ):
                return True  # "其中50亿美元来自…，另外10亿美元来自…": the parts go on
        elif (
            role != "valuation"  # "avaliação de US$259 milhões, incluindo os fundos": the basis
            and 0 <= cue.start - money.end <= 3
            and not any(0 <= n.start - cue.end <= 4 for n in view.nums)
        ):
            # "US$5 miliar di antaranya"; but "$10 млрд, из которых $5 млрд" names the total.
            # Across a comma, a part word that goes on to a round's backers lists what the
            # round holds ("完成60亿美元融资，其中英伟达投资10亿美元": the round stays);
            # going on to other companies ("共融资500亿元，其中包括智谱和月之暗面"), to their
            # own rounds ("其中燧原科技完成20亿元D轮融资") or to no company ("Le tour de 120
            # millions, incluant une part de cash-out"), the amount is a sum or has parts
            if not any(ch in ",，;；" for ch in view.text[money.end : cue.start]):
                return True
            part_clause = (cue.end, view.ctx.clause_of(cue.start)[1])
            if not _backers_listed(view, *part_clause) or any(
                _own_round(view, cue, m) for m in view.money if m.start > cue.end
            ):
                return True
    return False


def _round_among(view: View, cue: Cue, money: Money) -> bool:
    """A part word that lists a round among funding the sentence gives no sum of ("had drawn
    significant investment, including a $250 million round", "incluyendo una ronda de 250
    millones"): the amount names that round, no part of a stated total. The round noun heads
    the amount: right before it, maybe with a linking word, or right after it; not a round the
    amount is taken from ("sisa US$20 miliar dari putaran tersebut": the rest of that round)
    nor one listed beside it ("including a seed round and $500 million from Nvidia")."""
    if any(m.end <= cue.start for m in view.money):
        return False
    return any(
        c.kind == "round"
        and (
            (cue.end <= c.start and _ROUND_HEAD_GAP.fullmatch(view.text, c.end, money.start))
            or (c.start >= money.end and not view.text[money.end : c.start].strip(" -"))
        )
        for c in view.cues
    )


# between a round noun and the amount it heads: at most one linking word ("una ronda de")
_ROUND_HEAD_GAP = re.compile(
    r"\s*(?:(?:of|de|da|do|di|del|della|von|über|por|sebesar|senilai|worth|d['’]|à)\s*)?",
    re.IGNORECASE,
)


def _backers_listed(view: View, lo: int, hi: int) -> bool:
    """Companies named between ``lo`` and ``hi`` put money in: an investing or investor word
    or a leading verb stands there ("其中英伟达投资10亿美元", "dont 1 milliard de Nvidia"
    read with "from"), or every company named is an investor."""
    companies = [m for m in view.of_kind("company") if lo <= m.start < hi]
    if not companies:
        return False
    if any(
        lo <= c.start < hi and c.kind in ("investment", "investor_role") for c in view.cues
    ) or lead_verbs_in(view, lo, hi, _lead_verbs(view)):
        return True
    return all(m.entity.company_type == "investor" for m in companies)


def _lead_verbs(view: View) -> tuple[str, ...]:
    return view.rules.names.lead_verbs if view.rules is not None else ()


OWN_ROUND_AFTER = 24  # a round word this close after an example's amount


def _own_round(view: View, cue: Cue, money: Money) -> bool:
    """After a part word, the amount is another company's own round, an example of a list
    and no part of a total ("其中燧原科技完成20亿元D轮融资", "entre eles a rodada de US$ 41
    bilhões da OpenAI"). In the amount's clause after the part word: a round or raise word,
    no investing, investor or leading word ("其中字节跳动参与本轮融资20亿元",
    "そのうちSpaceXが今回のラウンドで20億ドルを出資した" are shares of the round), and a company
    that is no investor, not named before the part word (a tranche of that company's round),
    standing before the amount as its subject, or right after it behind a possessive word
    when a round noun heads it (``[money] round_of``, "da OpenAI"): "including $2 billion by
    SpaceX" names who paid."""
    clause_start, clause_end, _ = view.ctx.clause_of(money.start)
    lo = max(cue.end, clause_start)
    hi = min(clause_end, money.end + OWN_ROUND_AFTER)
    if not any(lo <= c.start < hi and c.kind in ("raise", "round") for c in view.cues):
        return False
    # (an investment noun that a raise verb before the amount takes is what is raised:
    # "沐曦获得15亿元战略投资")
    raised = any(lo <= c.start < money.start and c.kind == "raise" for c in view.cues)
    if any(
        lo <= c.start < clause_end
        and (
            c.kind == "investor_role"
            or (c.kind == "investment" and not (raised and c.start >= money.end))
        )
        for c in view.cues
    ) or lead_verbs_in(view, lo, clause_end, _lead_verbs(view)):
        return False
    before = {m.entity.name for m in view.of_kind("company") if m.end <= cue.start}
    possessive = view.rules.round_of if view.rules is not None else ()
    headed = any(0 <= money.start - r.end <= OWN_ROUND_AFTER for r in view.kinds("round"))
    for m in view.of_kind("company"):
        if m.entity.company_type == "investor" or m.entity.name in before:
            continue
        if lo <= m.end <= money.start:
            return True
        words = view.text[money.end : m.start].lower().split()
        if headed and m.start < hi and words and words[-1] in possessive:
            return True
    return False


_OF_AFTER = re.compile(r"\s+(?:of|de|do|da|dos|das|des|du|del|della|dello|di|von|der)\b")


def first_part(view: View, money: Money) -> bool:
    """The amount is a first part of a sum: an "initial" word heads it, or a word for the rest
    of the sum follows it with no other amount between ("o primeiro aporte foi de US$ 1,25
    bilhões (R$ 7 bilhões), com o restante realizado nos meses seguintes"). Not "the rest of
    the market": the rest of something else."""
    rules = view.rules
    if rules is None:
        return False
    if rules.initial is not None and _initial(view, money, rules.initial):
        return True
    if rules.remainder is None:
        return False
    for m in rules.remainder.finditer(view.text, money.end, view.end):
        if _OF_AFTER.match(view.text, m.end()):
            continue
        # "900 Millionen Euro gingen allein an Mistral AI, der Rest an kleinere Firmen": a
        # company named between receives the amount; the rest goes to others
        return not any(
            money.end <= o.start < m.start() and not o.is_conversion
            for o in view.money
            if o is not money
        ) and not any(money.end <= c.start < m.start() for c in view.of_kind("company"))
    return False


INITIAL_GAP = 24  # "una inyección inicial de 900 millones": the word this close before
INITIAL_AFTER = 3  # "US$ 8 bilhões iniciais": the word this close after


def _initial(view: View, money: Money, word: re.Pattern[str]) -> bool:
    """A word for "initial" heads the amount: a few words before it with no number between
    ("una inyección inicial de 900 millones que luego se ampliaría ..."), or right after
    it ("começando por US$ 8 bilhões iniciais")."""
    lo = max(view.ctx.clause_of(money.start)[0], money.start - INITIAL_GAP)
    if _names_round(view, money, lo):
        return False  # "an initial $6 billion Series B", "una ronda inicial de": a named round
    for m in word.finditer(view.text, lo, money.start):
        if not any(m.end() <= n.start < money.num.start for n in view.nums):
            return True
    after = word.search(view.text, money.end, min(view.end, money.end + INITIAL_AFTER + 12))
    return after is not None and not view.text[money.end : after.start()].strip()


INITIAL_ROUND_AFTER = 16  # "an initial €105 million seed round": the round noun this close after


def _names_round(view: View, money: Money, lo: int) -> bool:
    """A round noun sits between the "initial" word and the amount ("una ronda inicial de 105
    millones") or right after the amount with no number between ("its initial $6 billion
    Series B"): the word names a first round, not a first part of a sum."""
    for c in view.cues:
        if c.kind != "round":
            continue
        if lo <= c.start < money.start:
            return True
        if 0 <= c.start - money.end <= INITIAL_ROUND_AFTER and not any(
            money.end <= n.start < c.start for n in view.nums
        ):
            return True
    return False


def companies_counted(view: View) -> list[Cue]:
    """The counts of companies or deals the sentence makes its subject ("five deals totaling",
    "sieben führende private Tech-Unternehmen", the language's ``companies_counted``) and the
    spans of time money was raised in ("in two months", its ``funding_spans``), as
    companies_total and funding_span cues: read only for an amount that has a role, not in
    every analysed sentence."""
    if view.counted is not None:
        return view.counted
    rules = view.rules
    if rules is None:
        return []
    groups: list[tuple[tuple[re.Pattern[str], ...], str]] = [
        (rules.companies_named, "companies_total")
    ]
    # the patterns with a count only where a count word stands (a count in digits of
    # companies is a cue of every analysed sentence: rules/<lang>.toml companies_total)
    words = _TOKEN.findall(view.text, view.start, view.end)
    if any(w.lower() in rules.count_tokens for w in words):
        groups += [
            (rules.companies_counted, "companies_total"),
            (rules.funding_spans, "funding_span"),
        ]
    view.counted = [
        Cue(m.start(), m.end(), kind)
        for patterns, kind in groups
        for rx in patterns
        for m in rx.finditer(view.text, view.start, view.end)
    ]
    return view.counted


_TOKEN = re.compile(r"\w+")


def _planned(view: View, money: Money) -> bool:
    """A plan word before the amount in its clause: a span after it is a deadline ("expects to
    close a $6 billion round in two weeks"), not the time the money was raised in."""
    lo, _, _ = view.ctx.clause_of(money.start)
    return any(lo <= c.start < money.start for c in view.kinds("planned"))


def _companies_cover(view: View, cue: Cue, money: Money, role: str) -> bool:
    """A count of companies covers an amount in its own clause; a value stated after the
    count covers them all across the list that names them ("bewerten ... sieben führende
    Tech-Unternehmen – darunter SpaceX, Anthropic ... – mit 1,3 Billionen"), but only when no
    other amount stands between ("xAI was valued at $50 billion, one of 5 startups ...")."""
    if role != "valuation":
        return view.ctx.clause_of(cue.start) == view.ctx.clause_of(money.start) and _covers(
            view, cue, money
        )
    return (
        cue.end <= money.start
        and strong_clause(view, cue.start) == strong_clause(view, money.start)
        and not any(cue.end <= m.start < money.start for m in view.money if m is not money)
    )


SOURCE_GAP = 3  # "raised $100 million from two telecom companies": a source word this close


def _companies_give(view: View, cue: Cue) -> bool:
    """The companies counted are the investors, behind a source word ("from two Asian
    telecom companies"): the amount is their money in one company, not a sum of rounds."""
    return any(0 <= cue.start - c.end <= SOURCE_GAP for c in view.kinds("investor_role"))


ONLY_TIME_GAP = 2  # characters between a total word and a time span it qualifies


def _only_time(view: View, cue: Cue) -> bool:
    """The total word qualifies a time span right after it ("Всего три месяца назад": only
    three months ago), not an amount."""
    return any(0 <= t.start - cue.end <= ONLY_TIME_GAP for t in view.times)


ROUND_TOTAL_GAP = 12  # "Finanzierungsrunde von insgesamt 500 Millionen"
# another round listed right after a comma or a coordinator ("Series B, C and D")
_ROUND_ITEM = re.compile(
    r"\s*(?:(?:a|an|its|the|una|um|uma|une)\s+)?(?:[A-H]\b|series\b|serie\b|série\b|seed\b|round\b)",
    re.IGNORECASE,
)
_COMMA = re.compile(r"\s*,")
ROUND_AFTER_AMOUNT = 16  # "$50 million in a Series A", "US$50 milhões numa rodada"
ROUND_AFTER_TOTAL = 20  # "Всего в рамках нового раунда": a round noun this close after


def _listed_rounds(view: View, amount_end: int, r: Cue) -> bool:
    """The round noun after an amount is one of several: a coordinator or "&" between the
    amount and it ("in seed and Series A funding"), or another round listed after it ("in its
    Series B, C and D")."""
    text = view.text
    if "&" in text[amount_end : r.start]:
        return True
    for c in view.kinds("coordinator"):
        if amount_end <= c.start < r.start:
            return True
        if 0 <= c.start - r.end <= 1 and _ROUND_ITEM.match(text, c.end):
            return True
    comma = _COMMA.match(text, r.end)
    return comma is not None and _ROUND_ITEM.match(text, comma.end()) is not None


def _raised_before(view: View, money: Money) -> bool:
    """An 'already raised' word before the amount in its clause, which no time dates ("já
    tinha captado 15 milhões de dólares em 2023", "En mai dernier, Figure AI avait déjà levé
    65 millions": that time's round; a time with another amount between is that amount's) and
    which names no round of it."""
    clause = view.ctx.clause_of(money.start)
    for t in view.times:
        lo, hi = min(t.start, money.start), max(t.start, money.start)
        if t.start < clause[1] and not any(
            lo <= m.start < hi for m in view.money if m is not money
        ):
            return False
    return any(
        clause[0] <= c.start < money.start and not round_total(view, c, money)
        for c in view.kinds("already_raised")
    )


def round_total(view: View, cue: Cue, money: Money) -> bool:
    """A total word between a round noun and the amount sums up that one round ("eine
    Finanzierungsrunde von insgesamt 500 Millionen Dollar"), not several."""
    if any(
        # "Всего в рамках нового раунда ... OpenAI рассчитывает привлечь 100 млрд": the
        # total word heads a noun phrase of one round, stated before the amount
        0 <= r.start - cue.end <= ROUND_AFTER_TOTAL
        and r.end <= money.start
        and not _plural_round(view, r)
        and not any(cue.end <= m.start < money.start for m in view.money if m is not money)
        for r in view.kinds("round")
    ):
        return True
    if cue.end <= money.start and any(
        # "has already raised $50 million in a Series A", "..., in a Series B led by": the
        # round named right after the amount is the one the total word stands before; not
        # a list of rounds ("in seed and Series A funding", "in its Series B, C and D")
        0 <= r.start - money.end <= ROUND_AFTER_AMOUNT
        and not _plural_round(view, r)
        and not _listed_rounds(view, money.end, r)
        for r in view.kinds("round")
    ):
        return True
    if not 0 <= money.start - cue.end <= 3:
        return False
    return any(
        0 <= cue.start - r.end <= ROUND_TOTAL_GAP and not _plural_round(view, r)
        for r in view.kinds("round")
    )


def _plural_round(view: View, r: Cue) -> bool:
    """A plural round noun ("rounds", "Finanzierungsrunden", "rondas"): a sum of rounds (the
    endings are the language's ``plural_rounds``)."""
    endings = view.rules.plural_rounds if view.rules else ()
    return bool(endings) and view.text[r.start : r.end].lower().endswith(endings)


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
