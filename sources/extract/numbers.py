"""Numbers in running text, per locale family: digits with any grouping, scale words, CJK
myriads, number words, vague amounts, bounds and ranges.

Reading a digit token ("100.000", "1,5", "4.2", "200,000", "100 000") needs context, because
'.' and ',' are each a decimal mark in some locales and a group separator in others, and
articles mix styles (an Indonesian text quotes "200,000" next to "100.000"). The rules, in
order (see :func:`parse_digits`):

1. Space-like separators (space, no-break and narrow no-break space, apostrophe) only group.
2. Both '.' and ',' present: the last one is the decimal mark ("1,234.5", "1.234,5").
3. One kind repeated ("100.000.000"): grouping.
4. One separator followed by other than three digits ("4.2", "1,5", "1,25"): decimal.
5. One separator followed by exactly three digits ("100.000", "1,500", "4.200"):
   - "000" is grouping in any locale: nobody writes 200,000 for 200.0;
   - the locale's group symbol (babel) is grouping ("1.500" in id/de, "1,500" in en);
   - the locale's decimal symbol is a decimal only when a scale word follows ("1,250 miliar"
     is 1.25 billion in Indonesian) and grouping otherwise: chip counts are whole numbers, so
     "2,500 GPU" in an Indonesian article is 2500.

The locale's group symbol comes from babel (``get_group_symbol``); scale words come from the
language's rule file because CLDR has no spelled-out scale words.

Work per sentence is bounded: at most ``MAX_NUMBERS`` digit tokens are read per sentence and
every regex here is linear (no nested unbounded repetition).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from sources.extract import lexicon as lx
from sources.extract.lexicon import Lexicon
from sources.extract.rules import LanguageRules

_START = attrgetter("start")
MAX_NUMBERS = 24  # digit tokens read per sentence (real sentences have a handful)

# Every pattern starts with a plain character and puts its "no digit before" lookbehind after
# it: a leading assertion stops ``re`` from skipping to the positions a match can start at
# and costs ~5x on long texts.
_NUM = re.compile(
    r"[0-9](?<![0-9]{2})(?:"
    r"[0-9]{0,2}(?:([,.])[0-9]{3})(?:\1[0-9]{3})*(?:(?!\1)[.,][0-9]+)?"
    r"|[0-9]{0,2}(?:[ \u00a0\u202f\u2009\u2007'’][0-9]{3})+(?:[.,][0-9]+)?"
    r"|[0-9]*(?:[.,][0-9]+)?"
    r")(?![0-9])"
)
_SPACE_SEPS = " \u00a0\u202f\u2009\u2007'’"
_CJK_BIG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
_CJK_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CJK_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "贰": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
# a space may stand before the big unit: "200 億ドル", "2,300 億ドル" (Japanese web text)
_CJK_RUN = re.compile(
    r"[0-9〇零一二两兩三四五六七八九十百千万萬亿億兆多余餘几幾.,]+"
    r"(?:[ \u00a0\u202f][万萬亿億兆][0-9〇零一二两兩三四五六七八九十百千万萬亿億兆多余餘几幾.,]*)?"
)
# Where a text may state a number: a digit (ASCII or full-width), a CJK numeral or a Korean
# small unit before a myriad ("천만"); the extractor reads no text without one, and the batch
# prefilter (a Rust regex: the same syntax) skips those articles
NUMBER_CHARS = r"[0-9０-９〇一二两兩三四五六七八九十百千万萬亿億兆]|[천백십][만억조]"
_HAS_CJK_NUM = re.compile(r"[〇零一二两兩三四五六七八九十百千万萬亿億兆]")
_VAGUE_BEFORE_CJK = set("数數几幾上")
_ORDINAL_BEFORE = set("第")  # "第二天", "第三年": an ordinal, no count
# alone before 卡 each is a count ("万卡集群", "千卡级超节点"); elsewhere a word ("万一", "千万")
_CARD_CLASS = {"万": 1e4, "萬": 1e4, "千": 1e3}
_CARD = "卡"
_UNIT_AFTER_ZHAO = set("瓦赫")  # 兆瓦 is a megawatt, 兆赫 a megahertz: 兆 is not 10^12 there
_DIGITS_THEN_SMALL = re.compile(r"[0-9]+(?:\.[0-9]+)?[千百仟佰]")  # "5千", "1.5千"
_METRIC_AFTER_SMALL = set("米克瓦赫")  # 千米, 千克: a metric prefix, not a count of thousands
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_DATE = re.compile(
    r"[0-9](?<![0-9]{2})(?:[0-9]?[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]{3}[./-][0-9]{1,2}[./-][0-9]{1,2}"
    r"|[0-9]{3}-[0-9]{2})(?![0-9])"
)
_CJK_TAIL = re.compile(r"[A-Za-z0-9\-]{2,12}")  # a model name glued to a CJK counter
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LETTER_AFTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")


@dataclass(slots=True)
class Num:
    """A number mention; offsets index the document text."""

    start: int  # first character of the number itself
    end: int  # after its scale word or suffix
    value: float | None  # None for vague amounts
    high: float | None = None
    qualifier: str = "exact"
    vague: bool = False
    magnitude: float | None = None  # order of magnitude of a vague amount
    scale: float = 1.0  # the multiplier a scale word applied
    fraction: bool = False  # written with a decimal part
    year: bool = False
    percent: bool = False
    role: str = ""  # "from": the earlier value of a change ("from 100,000 to 200,000")
    lead: int = -1  # start including a bound word ("more than") and a currency prefix

    def __post_init__(self) -> None:
        if self.lead < 0:
            self.lead = self.start


def _after_sign(low: str, start: int, lo: int) -> bool:
    """A currency sign right before the number at ``start``, maybe behind a space ("R$ 5bi")."""
    before = low[max(lo, start - 2) : start]
    return before[-1:] in CURRENCY_SIGNS or (before[-1:] == " " and before[:1] in CURRENCY_SIGNS)


def _beside_sign(low: str, start: int, end: int, lo: int) -> bool:
    """A currency sign right before the number at ``start`` or right after its scale letter
    ending at ``end``, maybe behind a space ("$58M", "58M$", "58M €")."""
    if start > lo and low[start - 1] in CURRENCY_SIGNS:
        return True
    after = low[end : end + 2]
    return after[:1] in CURRENCY_SIGNS or (after[:1] == " " and after[1:] in CURRENCY_SIGNS)


def _glued_amount(low: str, start: int, end: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """A currency (a sign or a word) right before the number at ``start`` or right after its
    glued scale word ending at ``end``, maybe behind a space."""
    if _after_sign(low, start, lo) or lex.ending_at(low, start, lo, lx.CUR_PREFIX) is not None:
        return True
    after = end + 1 if low[end : end + 1] == " " else end
    return (
        low[after : after + 1] in CURRENCY_SIGNS
        or lex.starting_at(low, after, hi, lx.CUR_SUFFIX) is not None
    )


def parse_digits(token: str, group_symbol: str, scaled: bool):
    """The value of a digit token and whether it has a decimal part, or None if malformed.

    ``scaled`` says a scale word follows ("1,5 Milliarden"); see the module docstring.
    """
    t = token
    if any(c in t for c in _SPACE_SEPS):
        # the token regex allows a '.' or ',' only once, after the space-separated groups
        m = re.search(r"[.,]([0-9]+)$", t)
        head, frac = (t[: m.start()], m.group(1)) if m else (t, "")
        digits = "".join(c for c in head if c.isdigit())
        return (float(f"{digits}.{frac}") if frac else float(digits)), bool(frac)
    has_dot, has_comma = "." in t, "," in t
    if not has_dot and not has_comma:
        return float(t), False
    if has_dot and has_comma:
        last = max(t.rfind("."), t.rfind(","))
        grp = "," if t[last] == "." else "."
        if grp in t[last + 1 :] or not _valid_groups(t[:last].split(grp)):
            return None
        return float(t[:last].replace(grp, "") + "." + t[last + 1 :]), True
    sep = "." if has_dot else ","
    parts = t.split(sep)
    if len(parts) > 2:
        return (float("".join(parts)), False) if _valid_groups(parts) else None
    a, b = parts
    if len(b) != 3 or len(a) > 3 or a.startswith("0"):
        return float(f"{a}.{b}"), True
    if b == "000" or sep == group_symbol or not scaled:
        return float(a + b), False
    return float(f"{a}.{b}"), True


def _valid_groups(parts: list[str]) -> bool:
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def parse_cjk(run: str) -> tuple[float | None, str, bool] | None:
    """Read a CJK number ("10万", "1.5兆", "3兆5000億", "十万", "10多万", "1万2000").

    Returns ``(value, qualifier, vague)`` or None when ``run`` is not a CJK number.
    """
    qualifier, vague = "exact", False
    total = 0.0
    section = 0.0
    number: float | None = None
    last_big = False
    i, n = 0, len(run)
    while i < n:
        ch = run[i]
        if ch.isdigit():
            j = i
            while j < n and (
                run[j].isdigit() or (run[j] in ".," and j + 1 < n and run[j + 1].isdigit())
            ):
                j += 1
            digits = run[i:j]
            if "," in digits:
                parts = digits.split(",")
                if not _valid_groups([p.split(".")[0] for p in parts]):
                    return None
                digits = digits.replace(",", "")
            try:
                number = float(digits)
            except ValueError:
                return None
            i = j
            last_big = False
            continue
        if ch in _CJK_DIGITS:
            number = float(_CJK_DIGITS[ch])
            last_big = False
        elif ch in _CJK_SMALL:
            section += (number if number is not None else 1.0) * _CJK_SMALL[ch]
            number = None
            last_big = False
        elif ch in _CJK_BIG:
            unit = _CJK_BIG[ch]
            if last_big and number is None and section == 0:
                total *= unit  # 万亿: ten thousand times a hundred million
            else:
                total += (section + (number or 0.0)) * unit
            section, number = 0.0, None
            last_big = True
        elif ch in "多余餘":
            qualifier = "at_least"
        elif ch in "几幾":
            vague = True
        else:
            return None
        i += 1
    value = total + section + (number or 0.0)
    if vague:
        return None, "approx", True
    return value, qualifier, False


def _drop_spaces(run: str) -> str:
    return run.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")


def _scan_cjk(
    fold: str, lo: int, hi: int, out: list[Num], unit_at: Callable[[int], bool] | None = None
) -> list[tuple[int, int]]:
    """CJK numbers in ``[lo, hi)``; ``unit_at(pos)``: whether a unit of time starts at
    ``pos``, after which a lone numeral is a count ("四个月", "两周")."""
    spans: list[tuple[int, int]] = []
    for m in _CJK_RUN.finditer(fold, lo, hi):
        s, e = m.start(), m.end()
        while e > s and fold[e - 1] in ".,多余餘":
            e -= 1
        unit_prefix = e < hi and fold[e - 1] in "兆千" and fold[e] in _UNIT_AFTER_ZHAO
        if unit_prefix:
            e -= 1  # 兆瓦 / 千瓦: the unit's prefix, not a number
        while s < e and fold[s] in "多余餘几幾.,":
            s += 1
        run = fold[s:e]
        if not run or not _HAS_CJK_NUM.search(run):
            continue
        if (
            run in _CARD_CLASS
            and fold.startswith(_CARD, e)
            and not (s > lo and fold[s - 1] in _VAGUE_BEFORE_CJK)
        ):
            # "万卡集群": a ten-thousand-card cluster, the industry's name for about 10,000 chips
            # ("千卡集群": about 1,000)
            size = _CARD_CLASS[run]
            out.append(Num(s, e, size, qualifier="approx", scale=size))
            spans.append((s, e))
            continue
        has_big = any(c in _CJK_BIG for c in run)
        has_digit = any(c.isdigit() for c in run)
        if not has_big:
            small = [c for c in run if c in _CJK_SMALL]
            before_unit = (
                not has_digit
                and unit_at is not None
                and not (s > lo and fold[s - 1] in _ORDINAL_BEFORE)  # "第二天": the next day
                and unit_at(e)
            )
            thousands = (
                _DIGITS_THEN_SMALL.fullmatch(run) is not None
                and fold[e : e + 1] not in _METRIC_AFTER_SMALL
            )  # "5千片": five thousand; "5千米" is five kilometres
            if (has_digit or not small or len(run) < 2) and not before_unit and not thousands:
                continue  # "三星", "一轮", "百度": words, not numbers; "四个月" is one
        end = e if unit_prefix else m.end()
        while end > e and fold[end - 1] in ".,":
            end -= 1
        parsed = parse_cjk(_drop_spaces(fold[s:end] if fold[e:end].strip("多余餘") == "" else run))
        if parsed is None:
            continue
        value, qualifier, vague = parsed
        if s > lo and fold[s - 1] in _VAGUE_BEFORE_CJK:
            value, qualifier, vague = None, "approx", True
            s -= 1
        scale = max((_CJK_BIG[c] for c in run if c in _CJK_BIG), default=1.0)
        out.append(
            Num(
                s,
                end,
                value,
                qualifier=qualifier,
                vague=vague,
                scale=scale,
                magnitude=scale if vague else None,
                fraction="." in run,
            )
        )
        spans.append((s, end))
    return spans


# Korean numbers: digits with Hangul myriads (만 10^4, 억 10^8, 조 10^12); inside a myriad the
# small units 천, 백, 십 and a digit tail ("6천400", "1천2백만", "2천억", "2천 억"); myriads joined
# with or without a space ("1조 2천억", "27억5000만", "1만 5000장"); 여 after one is "more than"
# ("5만여 장"); a small unit and a myriad without a digit are one ("천만 달러": 10^7)
_HANGUL_BIG = {"만": 1e4, "억": 1e8, "조": 1e12}
_HANGUL_SMALL = {"천": 1e3, "백": 1e2, "십": 10.0}
_HAS_HANGUL_NUM = re.compile(r"[0-9] ?[천백십만억조]|[천백십][만억조]")
# a Hangul syllable after 억 or 조 that is no currency or counter: they start a word there
_HANGUL_WORD_AFTER = re.compile(r"(?![원개장대여])[가-힣]")
_MYRIADS = frozenset(_HANGUL_BIG.values())
# a number ending in a small unit with no myriad after it ("5천" of "5천~6천억")
_HANGUL_SMALL_END = re.compile(r"[천백십](?![만억조])")
# "천만 달러", "백억 원": only before a currency, as the pair also starts words ("천만다행")
_HANGUL_BARE = re.compile(r"(?<![0-9가-힣])([천백십])([만억조])(?= ?(?:달러|원|유로|엔|위안))")
_HANGUL_START = re.compile(r"[0-9](?<![0-9.,][0-9])[0-9.,]* ?[천백십만억조]")
_HANGUL_DIGITS = re.compile(r"([0-9][0-9.,]*[0-9]|[0-9])(?: ?([천백십]))?")
_HANGUL_MYRIAD = re.compile(r" ?([만억조])")
_NOT_A_TAIL = re.compile(r"[0-9.,]|[년월일주시분초%]")  # "1만 2024년": a year, not a part


def _digits_value(digits: str) -> float | None:
    """Korean-text digits as a number ("2,000", "1.5"), or None when their grouping is wrong."""
    if "," in digits:
        if "." in digits or not _valid_groups(digits.split(",")):
            return None
        digits = digits.replace(",", "")
    if digits.count(".") > 1:
        return None
    return float(digits)


def _hangul_group(fold: str, pos: int, hi: int) -> tuple[float, int, float, bool, bool] | None:
    """One myriad's multiplier at ``pos``: digits and small units, each part smaller than the
    one before ("6천400", "1천2백", "3.5"). Returns (value, end, largest small unit, has a
    decimal part, ends in a bare digit run), or None."""
    value, end, largest, fraction, bare = 0.0, pos, 1.0, False, False
    last = float("inf")
    while True:
        m = _HANGUL_DIGITS.match(fold, end, hi)
        if m is None:
            break
        digits = _digits_value(m.group(1))
        if digits is None:
            break
        unit = _HANGUL_SMALL.get(m.group(2) or "", 1.0)
        if digits * unit >= last or (end > pos and "." in m.group(1)):
            break
        value += digits * unit
        fraction = fraction or "." in m.group(1)
        largest = max(largest, unit)
        bare = m.group(2) is None
        end = m.end(1) if bare else m.end()
        if bare:
            break  # a digit run without a small unit ends the group ("6천400")
        last = unit
    if end == pos:
        return None
    return value, end, largest, fraction, bare


def parse_hangul(fold: str, start: int, hi: int) -> tuple[float, int, float, bool] | None:
    """Read a Korean number at ``start`` ("10만", "1조 2천억", "2,000억", "6천400"): (value,
    end, largest scale, has a decimal part), or None."""
    total, pos, last_big, scale, fraction = 0.0, start, float("inf"), 1.0, False
    while True:
        group = _hangul_group(fold, pos, hi)
        if group is None:
            break
        value, end, small, has_fraction, bare = group
        big = _HANGUL_MYRIAD.match(fold, end, hi)
        if (
            big is not None
            and not bare
            and big.group().startswith(" ")
            and (big.group(1) == "만" or _HANGUL_WORD_AFTER.match(fold, big.end(), hi))
        ):
            # a space before 억 or 조 still joins ("2천 억 원"), unless the syllable starts a
            # word ("2천 조달"); never before 만, which also ends a time ("3년 만에")
            big = None
        unit = _HANGUL_BIG[big.group(1)] if big else 1.0
        if pos > start:
            # a later part is smaller than the myriad before it, and a bare tail is no date
            if value * unit >= last_big or (unit > 1 and unit >= last_big):
                break
            if big is None and small == 1.0 and _NOT_A_TAIL.match(fold, end, hi):
                break
        elif big is None and small == 1.0:
            return None
        total += value * unit
        fraction = fraction or has_fraction
        scale = max(scale, unit * small)
        pos = big.end() if big else end
        if big is None:
            break  # a part without a myriad ends the number ("1만 5000")
        last_big = unit
        nxt = pos + 1 if fold[pos : pos + 1] == " " else pos
        if not fold[nxt : nxt + 1].isdigit():
            break
        pos = nxt
    if pos == start:
        return None
    end = pos
    while end > start and fold[end - 1] == " ":
        end -= 1
    return total, end, scale, fraction


def _scan_hangul(fold: str, lo: int, hi: int, out: list[Num]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = lo
    for m in _HANGUL_START.finditer(fold, lo, hi):
        s = m.start()
        if s < pos:
            continue
        parsed = parse_hangul(fold, s, hi)
        if parsed is None:
            continue
        value, end, scale, fraction = parsed
        qualifier = "exact"
        if fold[end : end + 1] == "여":
            qualifier, end = "at_least", end + 1
        out.append(Num(s, end, value, qualifier=qualifier, scale=scale, fraction=fraction))
        spans.append((s, end))
        pos = end
    for m in _HANGUL_BARE.finditer(fold, lo, hi):
        value = _HANGUL_SMALL[m.group(1)] * _HANGUL_BIG[m.group(2)]
        out.append(Num(m.start(), m.end(), value, scale=value))
        spans.append(m.span())
    return spans


def _glued_currency_ok(low: str, s: int, lo: int, lex: Lexicon) -> bool:
    """The letters glued before the number at ``s`` are a currency the rules write before
    amounts ("USD150", "Rp150", "Rs1,500"), not a model name ("H100")."""
    j = s
    while j > lo and j > s - 4 and low[j - 1] in _ASCII_LETTERS:
        j -= 1
    hit = lex.ending_at(low, s, lo, lx.CUR_PREFIX)
    return hit is not None and hit.start == j and hit.end == s


MAX_FIGURE = 1e18  # beyond any amount in any currency, and beyond float noise (not inf)


def find_numbers(
    low: str, fold: str, lo: int, hi: int, rules: LanguageRules, lex: Lexicon
) -> list[Num]:
    """Number mentions in ``[lo, hi)`` of a document, given its ``lower_fold`` and ``fold``
    views (same length as the document) and its lexicon."""
    lex.ensure(lo, hi)
    nums: list[Num] = []
    covered = (
        _scan_cjk(fold, lo, hi, nums, lambda pos: _time_unit_at(low, pos, hi, lex))
        if _HAS_CJK_NUM.search(fold, lo, hi)
        else []
    )
    if _HAS_HANGUL_NUM.search(fold, lo, hi):
        covered += _scan_hangul(fold, lo, hi, nums)
    dates = [m.span() for m in _DATE.finditer(fold, lo, hi)]
    count = 0
    for m in _NUM.finditer(fold, lo, hi):
        s, e = m.start(), m.end()
        if covered and any(a <= s < b for a, b in covered):
            continue
        count += 1
        if count > MAX_NUMBERS:
            break
        if s > lo:
            c = fold[s - 1]
            if c in _ASCII_LETTERS and not _glued_currency_ok(low, s, lo, lex):
                continue  # a model name: H100, GPT-4o, MI300X
            if c == "-" and s - 1 > lo and fold[s - 2] in _ASCII_LETTERS:
                continue  # "GPT-4", "H-100"
            if c in "/:#" or (c in ".," and s - 1 > lo and fold[s - 2].isdigit()):
                continue  # ratios, times, dates, list numbering
        if dates and any(a <= s < b for a, b in dates):
            continue  # dates: 12.09.2024, 2024-09-12, 9/12/2024
        if _model_number(low, fold, s, e, lo, rules) and not _counter_after(low, e, hi, lex):
            continue  # "EPYC 9004", "RTX Pro 6000": a product's model number
        if e + 1 < hi and fold[e] == ":" and fold[e + 1].isdigit():
            continue  # times
        token = m.group()
        scale, end = 1.0, e
        if e < hi and _LETTER_AFTER.match(fold, e):
            sm = rules.scale_suffixes.match(low, e) if rules.scale_suffixes else None
            if sm is None and rules.sign_scale_suffixes is not None:
                sm = rules.sign_scale_suffixes.match(low, e)
                if sm is not None and not _beside_sign(low, s, sm.end(), lo):
                    sm = None  # "58m" alone may be metres; "58M$", "58M €", "$58M" are money
            glued = None
            if sm is None:
                # the language's own scale word glued to an amount: after a sign or a currency
                # written before it ("R$5bi", "US$500MM", "Rp5triliun") or before a currency
                # ("5Mio. €", "5miliar dolar"); "5nm", "80GB" are no amounts
                glued = lex.starting_at(low, e, hi, lx.SCALE)
                if glued is not None and (
                    _LETTER_AFTER.match(fold, glued.end)
                    or not _glued_amount(low, s, glued.end, lo, hi, lex)
                ):
                    glued = None
            if sm is not None:
                scale, end = rules.scale_suffix_values[sm.group()], sm.end()
            elif glued is not None:
                scale, end = float(glued.value), glued.end
            elif (
                lex.starting_at(low, e, hi, lx.UNIT) is None
                and lex.starting_at(low, e, hi, lx.CUR_SUFFIX) is None
            ):
                continue  # glued to letters: a spec ("80GB", "5nm", "3D"), not a count
        if scale == 1.0:
            hit = lex.starting_at(low, end, hi, lx.SCALE)
            if hit is None and low.startswith("-", end):
                hit = lex.starting_at(low, end + 1, hi, lx.SCALE)  # "a $1.5-billion round"
            if hit is not None:
                scale, end = float(hit.value), hit.end
        parsed = parse_digits(token, rules.group, scale != 1.0)
        if parsed is None:
            continue
        value, fraction = parsed
        num = Num(s, end, value * scale, scale=scale, fraction=fraction)
        num.year = (
            scale == 1.0
            and token.isdigit()
            and len(token) == 4
            and 1900 <= value <= 2100
            and not _counted(low, end, hi, lex)
        )
        num.percent = lex.starting_at(low, end, hi, lx.PERCENT) is not None
        nums.append(num)
    _word_numbers(low, lo, hi, lex, nums)
    _vague_numbers(low, lo, hi, lex, nums)
    # a run of hundreds of digits reads as infinity: no figure of any article
    nums = [n for n in nums if n.value is None or 0 <= n.value <= MAX_FIGURE]
    nums.sort(key=_START)
    for num in nums:
        _bound_before(low, num, lo, lex)
        _bound_after(low, num, hi, lex)
    return _ranges(low, nums, lo, rules, lex)


CURRENCY_SIGNS = "$€£¥₩₽₹"  # the currency symbols written right next to a number
SERIES_REACH = 16  # characters before a number searched for a product line's name


def _model_number(low: str, fold: str, s: int, e: int, lo: int, rules: LanguageRules) -> bool:
    """The number (digits only, no group separator) follows a product line's name written
    with a capital ("EPYC 9004", "Data Center GPU Max 1550") or in CJK script ("思元290"): a
    model number."""
    if rules.series_before is None or not fold[s:e].isdigit():
        return False
    m = rules.series_before.search(low, max(lo, s - SERIES_REACH), s)
    return m is not None and (fold[m.start()].isupper() or not fold[m.start()].isascii())


def _counter_after(low: str, end: int, hi: int, lex: Lexicon) -> bool:
    """A chip counter right after the number ("Blackwell Ultra 4000基", "4000개"): a count."""
    hit = lex.starting_at(low, end, hi, lx.NOUN)
    return hit is not None and hit.value == "counter"


def _time_unit_at(low: str, pos: int, hi: int, lex: Lexicon) -> bool:
    """A unit of time (days, weeks, months, years) starts at ``pos``: "四个月", "两周"; not a
    power unit, whose lone numeral names a class ("百兆瓦级": the 100-megawatt class)."""
    hit = lex.starting_at(low, pos, hi, lx.UNIT)
    if hit is not None:
        return hit.value[0] == "days"
    # the years of a length in two parts ("一年零七个月", "一年半")
    return lex.starting_at(low, pos, hi, lx.LENGTH_PART) is not None


def _counted(low: str, end: int, hi: int, lex: Lexicon) -> bool:
    """A chip noun, counter or unit right after the number: "2048块", "2048 GPUs"."""
    return (
        lex.starting_at(low, end, hi, lx.NOUN) is not None
        or lex.starting_at(low, end, hi, lx.UNIT) is not None
    )


def _overlaps(nums: list[Num], s: int, e: int) -> bool:
    return any(n.start < e and s < n.end for n in nums)


def _word_numbers(low: str, lo: int, hi: int, lex: Lexicon, nums: list[Num]) -> None:
    found: list[Num] = []
    for hit in lex.within(lx.NUMWORD, lo, hi):
        if _overlaps(nums, hit.start, hit.end):
            continue
        if hit.value[0] == "scale":  # "a million", "zwei Milliarden"
            _, total, scale = hit.value
            found.append(Num(hit.start, hit.end, float(total), scale=float(scale)))
        else:  # "fünf Gigawatt", "half a year": the number words, the unit stays after them
            found.append(Num(hit.start, hit.start + hit.value[2], float(hit.value[1])))
    for hit in lex.within(lx.STANDALONE, lo, hi):
        if not _overlaps(nums, hit.start, hit.end) and not _overlaps(found, hit.start, hit.end):
            value = float(hit.value)
            found.append(Num(hit.start, hit.end, value, scale=value))
    nums.extend(found)


def _vague_numbers(low: str, lo: int, hi: int, lex: Lexicon, nums: list[Num]) -> None:
    found: list[Num] = []
    for hit in lex.within(lx.VAGUE, lo, hi):
        if _overlaps(nums, hit.start, hit.end):
            continue
        before = low[max(lo, hit.start - 3) : hit.start]
        if before.strip() == "" and any(0 <= hit.start - n.end <= 3 for n in nums):
            continue  # "6 millones": a scale word after a number, not a vague amount
        if before.rstrip()[-1:].isdigit():
            continue
        found.append(
            Num(
                hit.start, hit.end, None, qualifier="approx", vague=True, magnitude=float(hit.value)
            )
        )
    nums.extend(found)


def _bound_before(low: str, num: Num, lo: int, lex: Lexicon) -> None:
    pos = num.start
    cur = lex.ending_at(low, pos, lo, lx.CUR_PREFIX)
    if cur is not None:
        pos = cur.start
        num.lead = pos
    if num.vague:
        return
    hit = lex.ending_at(low, pos, lo, lx.BOUND)
    if hit is None:
        return
    excl = lex.ending_at(low, pos, lo, lx.BOUND_EXCLUDE)
    if excl is not None and excl.start < hit.start:
        return
    num.lead = hit.start
    if num.qualifier == "exact" and not _target_after_growth(lex, hit, lo):
        num.qualifier = str(hit.value)


def _target_after_growth(lex: Lexicon, hit: lx.Hit, lo: int) -> bool:
    """ "удвоит до 200 тыс.", "meningkat hingga 200.000": after a growth verb the word is a
    target ("to"), not a bound ("up to")."""
    if "target" not in lex.values_at(hit.start, hit.end, lx.CUE):
        return False
    return bool(lex.within(lx.CUE, max(lo, hit.start - 60), hit.start, "growth"))


def _bound_after(low: str, num: Num, hi: int, lex: Lexicon) -> None:
    if num.vague:
        return
    pos = num.end
    if pos < hi and low[pos] == "+":
        num.qualifier, num.end = "at_least", pos + 1
        return
    cur = lex.starting_at(low, pos, hi, lx.CUR_SUFFIX)
    if cur is not None:
        pos = cur.end
    hit = lex.starting_at(low, pos, hi, lx.BOUND_AFTER)
    if hit is None:
        noun = lex.starting_at(low, pos, hi, lx.NOUN)
        if noun is not None:
            hit = lex.starting_at(low, noun.end, hi, lx.BOUND_AFTER)
            if hit is None and _CJK_TAIL.match(low, noun.end):
                # "10万块H100以上": in CJK text the bound may follow the chip's name
                tail = _CJK_TAIL.match(low, noun.end)
                hit = lex.starting_at(low, tail.end(), hi, lx.BOUND_AFTER) if tail else None
    if hit is not None and num.qualifier == "exact":
        num.qualifier = str(hit.value)


def _ranges(low: str, nums: list[Num], lo: int, rules: LanguageRules, lex: Lexicon) -> list[Num]:
    out: list[Num] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        kind = _pair_kind(low, a, b, lo, rules, lex) if b is not None else None
        if kind == "range" and b is not None and b.value is not None and a.value is not None:
            low_value = a.value
            if a.scale == 1.0 and b.scale > 1.0:
                low_value = a.value * b.scale
            elif _HANGUL_SMALL_END.match(low, a.end - 1) and b.scale / a.scale in _MYRIADS:
                # "5천~6천억": the first number borrows the second's myriad (5천억), when both
                # end in the same small unit ("5천~1만", "5천~6만" borrow nothing)
                low_value = a.value * b.scale / a.scale
            if low_value < b.value:
                out.append(
                    Num(
                        a.start,
                        b.end,
                        low_value,
                        high=b.value,
                        qualifier="range",
                        scale=b.scale,
                        lead=a.lead,
                        fraction=a.fraction or b.fraction,
                    )
                )
                i += 2
                continue
        if kind == "change":
            a.role = "from"
        out.append(a)
        i += 1
    return out


def _pair_kind(low: str, a: Num, b: Num, lo: int, rules: LanguageRules, lex: Lexicon) -> str | None:
    if a.vague or b.vague or a.percent or b.percent or a.year or b.year or a.end > b.start:
        return None
    # up to the number itself: its bound word may be the connector ("3 hingga 5 miliar")
    gap_start, gap_end = a.end, b.start
    cur_b = lex.ending_at(low, b.start, a.end, lx.CUR_PREFIX)
    if cur_b is not None:
        gap_end = cur_b.start
    if gap_end - gap_start > 40:
        return None
    cur = lex.starting_at(low, gap_start, gap_end, lx.CUR_SUFFIX)
    if cur is not None:
        gap_start = cur.end
    noun = lex.starting_at(low, gap_start, gap_end, lx.NOUN)
    if noun is not None:
        gap_start = noun.end  # "10万基から20万基"
    if gap_end - gap_start > 24:
        return None
    gap = "".join(low[gap_start:gap_end].split())
    if not gap:
        return None
    opener = lex.ending_at(low, a.lead, lo, lx.OPENER)
    opener_key = "".join(low[opener.start : opener.end].split()) if opener is not None else ""
    openers = lex.values_at(opener.start, opener.end, lx.OPENER) if opener is not None else []
    is_from = "from" in openers and (opener_key, gap) in rules.from_to_pairs
    is_between = "between" in openers and (opener_key, gap) in rules.between_pairs
    connector = gap in rules.range_connectors
    if not (is_from or is_between or connector):
        return None
    from_word = is_from or (connector and "from" in openers)
    if from_word and (not is_between or _growth(lex, lo, b.end + 12)):
        return "change"
    if connector and rules.sov and _growth(lex, b.end, b.end + 12):
        return "change"  # SOV: the verb follows both numbers ("10万基から20万基に増やす")
    return "range"


def _growth(lex: Lexicon, lo: int, hi: int) -> bool:
    return bool(lex.within(lx.CUE, lo, hi, "growth"))
