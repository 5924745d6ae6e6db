"""Money amounts: a number with a currency written before ("US$6 miliar", "R$ 10 bilhões",
"人民币500亿") or after it ("6 Milliarden Dollar", "800亿美元", "400 millions d'euros"), vague
amounts of money with no value ("billions of dollars", "数十亿美元"), and the
same amount restated in another currency ("(Rp93 triliun)", "atau sekitar Rp93 triliun",
"约合人民币...") which is marked as a conversion, not a second amount.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from sources.extract import lexicon as lx
from sources.extract.lexicon import Lexicon
from sources.extract.numbers import Num
from sources.extract.rules import LanguageRules

_OPEN = "([（［"
# a vague amount of money ("billions of dollars", "miliaran dolar", "数十亿美元") is a money
# mention with no value from this order of magnitude on; smaller vague sums are not rounds
VAGUE_MONEY_MIN = 1e6
_PUNCT = re.compile(r"[\s,;:(（\[［、，]+")


# an amount restated in brackets right after an amount ("(約1500億円)", "(약 43조원)"), ASCII
# or full-width: part of that amount for the clause and for the noun after it
CONVERSION_GLOSS = re.compile(r"[(（][^()（）\n]{1,30}[)）]")


@dataclass(slots=True)
class Money:
    """A money mention; ``start``/``end`` include currency words and bound words."""

    num: Num
    currency: str
    start: int
    end: int
    is_conversion: bool = False  # restates the amount before it in another currency
    usd_in_text: float | None = None  # the article's own USD figure for a local amount
    # a bare 元 read as the New Taiwan dollar in traditional script (see :func:`yuan_of`)
    bare_yuan: bool = False

    @property
    def value(self) -> float | None:
        return self.num.value


def find_money(
    low: str,
    nums: list[Num],
    lo: int,
    hi: int,
    rules: LanguageRules,
    lex: Lexicon,
    *,
    traditional: bool = False,
) -> list[Money]:
    """Money mentions among ``nums`` (sorted by start) in ``[lo, hi)``. ``traditional``: the
    document is in traditional Chinese script, where a bare 元 is the New Taiwan dollar."""
    found: list[Money] = []
    for num in nums:
        if num.percent:
            continue
        if num.value is None and not (num.vague and (num.magnitude or 0.0) >= VAGUE_MONEY_MIN):
            continue
        prefix = lex.ending_at(low, num.start, lo, lx.CUR_PREFIX)
        suffix = lex.starting_at(low, num.end, hi, lx.CUR_SUFFIX)
        if suffix is not None and suffix.start - num.end > 1:
            suffix = None
        if prefix is None and suffix is None:
            continue
        if num.year and prefix is None:
            continue
        hit = prefix if prefix is not None else suffix
        if hit is None:
            continue
        currency = str(hit.value)
        bare_yuan = currency == "CNY" and traditional and low[hit.start : hit.end] == "元"
        if bare_yuan:
            currency = "TWD"
        start = min(num.lead, prefix.start if prefix is not None else num.lead)
        end = max(num.end, suffix.end if suffix is not None else num.end)
        found.append(Money(num, currency, start, end, bare_yuan=bare_yuan))
    if found and len(nums) > len(found):
        found = _shared_currency(low, nums, found, rules)
    if len(found) > 1:  # a conversion restates an amount before it
        _mark_conversions(low, found, rules)
    return found


def yuan_of(money: Money, country: str | None) -> str:
    """The currency of ``money`` for a company of ``country``: a bare 元 in traditional script
    is the New Taiwan dollar, except for a company of mainland China (a Taiwanese outlet's
    story of a Chinese start-up), whose amounts are yuan."""
    return "CNY" if money.bare_yuan and country == "CN" else money.currency


_SHARED_KINDS = frozenset(("coordinator", "respectively"))
SHARED_GAP = 20  # characters of the word joining two listed amounts ("beziehungsweise")


def _shared_currency(
    low: str, nums: list[Num], found: list[Money], rules: LanguageRules
) -> list[Money]:
    """A scaled amount with no currency of its own, joined by "and" or "respectively" to the
    next amount, which has one, shares it ("4 milliards et 600 millions de dollars", "4
    Milliarden beziehungsweise 600 Millionen Dollar"): a list of amounts names its currency
    once, after the last."""
    starts = {m.num.start: m for m in found}
    added = []
    for num, nxt in itertools.pairwise(nums):
        after = starts.get(nxt.start)
        if (
            after is None
            or num.start in starts
            or num.value is None
            or num.percent
            or num.year
            or num.scale < 1e6
            or nxt.scale < 1e6
            or not 0 < nxt.lead - num.end <= SHARED_GAP
        ):
            continue
        gap = low[num.end : nxt.lead].strip(" ,")
        if gap and _SHARED_KINDS.intersection(rules.cues.payloads_of(gap)):
            added.append(Money(num, after.currency, num.lead, num.end))
    return sorted(found + added, key=lambda m: m.start) if added else found


def _mark_conversions(low: str, moneys: list[Money], rules: LanguageRules) -> None:
    for first, second in itertools.pairwise(moneys):
        if first.is_conversion or second.start < first.end or second.currency == first.currency:
            continue
        gap = low[first.end : second.start]
        if len(gap) > 40:
            # "470 Millionen Euro eingesammelt, was ... umgerechnet über 500 Millionen
            # Dollar": a conversion word of its own (not "or") right before the amount
            hit = rules.cues.ending_at(low, second.start, 20) if len(gap) <= 90 else None
            if hit is not None and "conversion" in hit.payloads and hit.end - hit.start >= 6:
                second.is_conversion = True
                if first.currency != "USD" and second.currency == "USD":
                    first.usd_in_text = second.value
            continue
        # the amount opens a bracket ("... (Rp93 triliun)", "... after the round (about
        # R$990 billion)"), or a conversion word joins them ("atau sekitar", "约合")
        opened = max(gap.rfind(c) for c in _OPEN)
        tail = _PUNCT.sub(" ", gap[opened + 1 :] if opened >= 0 else gap).strip()
        cue = False
        if tail:
            hit = rules.cues.starting_at(tail, 0)
            cue = hit is not None and "conversion" in hit.payloads and hit.end == len(tail)
        if (opened >= 0 and (not tail or cue)) or (opened < 0 and len(gap) <= 24 and cue):
            second.is_conversion = True
            if first.currency != "USD" and second.currency == "USD":
                first.usd_in_text = second.value
