"""Which money amounts a sentence asserts, before any role is given to them.

- An amount with a scale word but no currency next to a round or valuation word takes the
  currency of the amount before it ("6.600 millones", after "40.000 millones de dólares").
- No amount is asserted in a question, in the condition that opens a sentence ("se captar os
  US$ 15 bilhões"), or in the main clause after it (what a deal would bring); nor by a
  conversion word restating the previous sentence's amount.
- A round or valuation must reach a floor in dollars (smaller sums are prices or salaries),
  and a claim carries a dollar figure only as the text states it.
"""

from __future__ import annotations

import re

from sources.extract.claims.context import OPENING_CHARS, Discourse, Doc, View
from sources.extract.claims.funding.role_kinds import AMOUNT_ROLE_KINDS
from sources.extract.money import Money
from sources.extract.numbers import Num
from sources.extract.phrases import is_letter
from sources.extract.rules import RAISING_CUES
from sources.extract.status import Cue

ELLIPSIS_WINDOW = 30  # a currency-less amount needs a round/valuation word this close
COUNTED_NOUN_REACH = 6  # "三十亿的潜在用户": from the number to the noun its 的 links it to

LINKED_NOUN = re.compile(
    r"\s+(?:de|of|di|d'|d’|des|del|dari|von)\s+[^\W\d_]", re.IGNORECASE
)  # "100 millones de usuarios": the scale word counts something else


_CLOSING_QUOTES = "\"'”’»」』)）]"
_OPENING_QUOTES = "\"'“‘«„‚「『(（["


def asks(view: View) -> bool:
    """The sentence is a question: it ends in a question mark, or it is a quote that does
    ("「xAIは60億ドルを調達するのか？」と記者は尋ねた" is cut after the quote). A statement
    that ends by quoting a question ("xAIは60億ドルを調達し、マスク氏は「次は何か？」")
    states its figure."""
    text = view.text[view.start : view.end].strip()
    body = text.rstrip(_CLOSING_QUOTES + " ")
    if not body.endswith(("?", "？")):
        return False
    opening = text[: len(text) - len(text.lstrip(OPENING_CHARS))]  # bullets, dashes, quotes
    return body == text or any(c in _OPENING_QUOTES for c in opening)


def conditional(view: View, money: Money, openers: tuple[str, ...]) -> bool:
    """An amount inside the condition that opens the sentence ("Jika Murati berhasil
    mengumpulkan $1 miliar, ...", "If it raises $5 billion, ..."): the clause up to the
    first comma. What the main clause says may be a fact it is weighed against ("Si ce tour
    se concrétise, il serait le plus important depuis la levée de 6,6 Md$ d'OpenAI")."""
    head = view.text[view.start : money.start].lstrip(OPENING_CHARS)
    low = head[:12].lower()
    word = next(
        (
            w
            for w in openers
            if low.startswith(w) and (view.cjk or not is_letter(low[len(w) : len(w) + 1] or " "))
        ),
        None,
    )
    if word is None:
        return False
    return not any(ch in head[len(word) :] for ch in ",，、:;：；")


def after_condition(view: View, anchor: int, openers: tuple[str, ...]) -> bool:
    """The figure at ``anchor`` is in the main clause after a condition that opens the sentence
    ("Jika kesepakatan ini tercapai, OpenAI berpotensi memiliki valuasi ...", "Wenn der
    Abschluss gelingt, steigt die Bewertung auf ..."): what the deal would bring, not a fact."""
    if not openers:
        return False
    head = view.text[view.start : anchor].lstrip(OPENING_CHARS)
    low = head[:12].lower()
    for w in openers:
        if low.startswith(w) and (view.cjk or not is_letter(low[len(w) : len(w) + 1] or " ")):
            # the first clause after the condition only: a later one may compare with a known
            # figure ("..., 僅次于OpenAI(約3000億美元)") or go back in time (": In 2024, ...")
            main = _MAIN_AFTER_CONDITION.fullmatch(head, len(w))
            return main is not None
    return False


# one word and a comma before the condition: "Lalu, jika ...", "So, if ..."
_CONDITION_LEAD = re.compile(r"(?:[^\W\d_]+[,，、]\s*)?", re.UNICODE)
_CLAUSE_END = re.compile(r"[,，、:;：；]")
CONDITION_HEAD = 48  # the opening characters a condition's opener is looked for in


def in_condition(view: View, anchor: int, openers: tuple[str, ...]) -> bool:
    """The figure at ``anchor`` is in the condition itself, which opens the sentence ("Kalau
    dinaikkan ke 50 juta GPU, butuh ...", "Lalu, jika OpenAI memesan 10-20
    gigawatt, ...") or, in verb-final order, closes after the figure with the language's
    ``condition_enders`` ("... 전력을 모두 합하면"): a premise, not a fact."""
    enders = view.rules.condition_enders if view.rules is not None else ()
    for rx in enders:
        # "350만 대의 H100이 1년 동안 사용하는 전력을 모두 합하면, ...": verb-final order
        # closes the condition after the figure, with no clause break between
        m = rx.search(view.text, anchor, view.end)
        if m is not None and _CLAUSE_END.search(view.text, anchor, m.start()) is None:
            return True
    if not openers:
        return False
    # the opening words only (the condition's clause is searched once an opener is found)
    head = view.text[view.start : min(anchor, view.start + CONDITION_HEAD)].lstrip(OPENING_CHARS)
    lead = _CONDITION_LEAD.match(head)
    at = lead.end() if lead else 0
    low = head[at : at + 12].lower()
    for w in openers:
        if low.startswith(w) and (view.cjk or not is_letter(low[len(w) : len(w) + 1] or " ")):
            start = view.text.find(head[at : at + len(w)], view.start, anchor)
            return _CLAUSE_END.search(view.text, start + len(w), anchor) is None
    return False


_MAIN_AFTER_CONDITION = re.compile(r"[^,，、:;：；(（]*[,，、][^,，、:;：；(（]*")


def plausible(doc: Doc, money: Money, floor: float) -> bool:
    """The amount reaches ``floor`` dollars as stated, or is a sum of unstated size."""
    if money.value is None:
        return money.num.vague  # "billions of dollars": a round of unstated size
    # the floor is in dollars, compared with the stated figure: the extractor converts nothing
    usd = stated_usd(money)
    return (usd if usd is not None else money.value) >= floor


def is_restatement(doc: Doc, view: View, money: Money, disc: Discourse) -> bool:
    """An amount introduced by a conversion word with no amount before it in the sentence
    restates the previous sentence's ("按当前汇率计算，此次融资金额约合72亿元人民币"); with no
    amount in another currency before it in the story, it is the only figure the story gives
    ("sicherte sich umgerechnet etwa 143 Millionen Euro")."""
    if "conversion" not in view.ctx.kinds:
        return False
    # (an amount without its own currency word takes the story's: "umgerechnet ... 90
    # Milliarden" restates a dollar figure in euros it does not name)
    stated = money.start < money.num.start or money.end > money.num.end
    if disc.currency is None or (stated and disc.currency == money.currency):
        return False
    if any(m.end <= money.start for m in view.money if m is not money):
        return False
    head = view.text[view.start : money.start]
    opening = view.start + len(head) - len(head.lstrip(OPENING_CHARS))
    return any(
        c.kind == "conversion"
        and c.end <= money.start
        and (
            (
                # (spaces aside: pinyin readings dropped from the text leave them behind)
                len(doc.low[c.end : money.start].replace(" ", "")) <= 3
                and (c.end - c.start >= 3 or not doc.low[c.start : c.end].isascii())
            )
            # "Umgerechnet wird eine Bewertung von 90 Milliarden angepeilt": a conversion word
            # opening the sentence restates the amount before (a whole word: "約", "当時"
            # open sentences of their own in Japanese)
            or (not view.cjk and c.end - c.start >= 4 and c.start == opening)
        )
        for c in view.cues
    )


def elided_money(
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
        if id(num) in taken:
            continue
        linked = LINKED_NOUN.match(low, num.end, end)
        if linked is not None and not any(
            # "180 milioni di finanziamenti", "100 millions de financement": the noun the scale
            # word counts is money raised; "500 millions de plus": more of it
            (c.start == linked.end() - 1 and c.kind in RAISING_CUES)
            or (c.kind == "increment_after" and 0 < c.start - num.end <= 2)
            for c in cues
        ):
            continue
        if any(c.kind == "cores" and 0 <= c.start - num.end <= 1 for c in cues):
            continue  # "约6亿人", "6億人の利用者", "600 million users": people, not money
        if low.startswith(("的", "の"), num.end) and any(
            c.kind == "cores" and 0 < c.start - num.end <= COUNTED_NOUN_REACH for c in cues
        ):
            continue  # "超过三十亿的潜在用户": the noun the number modifies counts people
        near = any(
            (c.kind in AMOUNT_ROLE_KINDS or c.kind == "target_met")
            and (
                0 <= num.lead - c.end <= ELLIPSIS_WINDOW
                or 0 <= c.start - num.end <= ELLIPSIS_WINDOW
            )
            for c in cues
        )
        if not near and money:
            # "до 350 млрд долларов против 183 млрд": the compared amount shares the currency
            near = any(
                c.kind == "comparison" and 0 <= num.lead - c.end <= 3 and money[0].end <= c.start
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


def stated_usd(money: Money) -> float | None:
    """The amount in US dollars as the text states it: the amount itself when it is in dollars,
    the article's own dollar figure for a local amount ("Rp96 triliun (US$6 miliar)"), else
    None (dbt converts the stated amount at the claim's date)."""
    if money.value is None:
        return None
    if money.currency == "USD":
        return money.value
    return money.usd_in_text
