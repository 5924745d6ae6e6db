"""Time references in a sentence and their resolution against the article's published date.

Found: explicit dates and months ("12 September 2024", "Mei 2024", "в мае 2024 года",
"2024年5月", "5月"), years ("2025", "2025年"), relative phrases ("this year", "tahun ini",
"今年", "в прошлом году"), "by the end of ..." ("by the end of 2024" -> 2024-12), quarters
(kept at year precision) and "in the coming months" (future, no date).

Resolution (:func:`resolve`): a month without a year is the most recent such month not after
the published month for facts (past/present), and for plans the next such month (or the
last two months' one: a plan announced "in September" read in October); relative years and
months count from the published date; no published date means relative references resolve
to None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from sources.extract import lexicon as lx
from sources.extract.lexicon import Lexicon

# Korean writes the same dates with Hangul (2024년 9월 27일)
_CJK_DATE = re.compile(
    r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[月월](?:\s*(\d{1,2})\s*[日号號일])?"
)
# (lookbehinds after the first character: see numbers._NUM)
_CJK_YEAR = re.compile(r"(\d(?<![0-9]\d)\d{3})\s*[年년]")
# not a number with a CJK or Hangul scale ("2000亿美元", "2000억원")
_YEAR = re.compile(
    r"(1(?<![0-9.,]1)9[89][0-9]|2(?<![0-9.,]2)0[0-9]{2})(?![0-9万萬亿億兆千百만억조천백])"
)
_DAY_AFTER = re.compile(r"\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![0-9])\s?,?")
_YEAR_AFTER = re.compile(r"\.?,?\s{0,3}(?:de\s+|del\s+|of\s+|di\s+)?((?:19|20)\d{2})(?![0-9])")
_DAY_BEFORE = re.compile(r"(?<![0-9])(\d{1,2})(?:\.|er|º|°)?\s{0,3}(?:de\s+|di\s+)?\Z")
_KANJI_MONTH = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
}


@dataclass(frozen=True, slots=True)
class MonthsAgo:
    """ "four months ago", "vor drei Monaten", "四個月前" in one language: a month counted back
    from publication. Built by :func:`months_ago` from the ``[time]`` keys ``months_ago``
    (phrases with ``{n}`` for the count) and ``month_counts`` (the count words and their
    values) of the language's rule file."""

    pattern: re.Pattern[str]  # group 1: the count, in digits or a count word
    counts: dict[str, int]  # count words (lower case, single-spaced) -> 1 to 12
    marks: tuple[str, ...]  # a word of every phrase (lower case): the quick test


def months_ago(phrases: list[str], counts: dict[str, int], cjk: bool) -> MonthsAgo | None:
    """The pattern of a language's "N months ago" phrases: a space in a phrase stands for any
    run of spaces; in a script without spaces (``cjk``) spaces may stand between any two
    characters ("四 個 月前") and the count may follow a word ("相較兩個月前"), elsewhere the
    count and the phrase stand as words of their own."""
    if not phrases:
        return None
    words = sorted(counts, key=len, reverse=True)
    count = "|".join([r"\d{1,2}", *(r"\s+".join(map(re.escape, w.split())) for w in words)])
    count = f"({count})"
    gap = r"\s*" if cjk else r"\s+"

    def literal(text: str) -> str:
        if cjk:
            return r"\s*".join(re.escape(ch) for ch in text if not ch.isspace())
        return r"\s+".join(map(re.escape, text.split()))

    branches, marks = [], set()
    for phrase in phrases:
        head, slot, tail = phrase.partition("{n}")
        if not slot:
            raise ValueError(f"months_ago phrase without {{n}}: {phrase!r}")
        head, tail = head.strip(), tail.strip()
        # the lookbehind keeps "1.5 months" and "12 months" from reading "5" or "2"
        branch = (literal(head) + gap) if head else (r"(?<![0-9.,])" if cjk else r"(?<![\w.,])")
        branch += count + (gap + literal(tail) if tail else "")
        if not cjk:
            branch = rf"\b{branch}\b" if head else rf"{branch}\b"
        branches.append(branch)
        last = tail or head  # its last word (character, without spaces) is in every match
        marks.add(last[-1] if cjk else last.split()[-1].lower())
    # one count group per branch: the match's one group that is not None is its count
    pattern = re.compile("|".join(f"(?:{b})" for b in branches), re.IGNORECASE)
    values = {" ".join(w.lower().split()): int(v) for w, v in counts.items()}
    return MonthsAgo(pattern, values, tuple(sorted(marks)))


_REL_YEAR = {"this_year": 0, "last_year": -1, "next_year": 1}
_REL_MONTH = {"this_month": 0, "last_month": -1, "next_month": 1}
_START = attrgetter("start")
# words that place a time early or in the middle of the year after them (not at its end)
_PART_MONTH = {"start_of": 1, "mid_of": 6}


@dataclass(slots=True)
class TimeRef:
    start: int
    end: int
    kind: str  # date | month | year | rel_year | rel_month | end_of_year | coming | quarter
    year: int | None = None
    month: int | None = None
    day: int | None = None
    rel: int = 0  # offset in years (rel_year) or months (rel_month) from the published date
    end_of: bool = False  # "by the end of <year>"
    part_month: int | None = None  # "early <year>" -> 1, "mid <year>" -> 6


def _month_int(token: str) -> int | None:
    if token.isdigit():
        value = int(token)
        return value if 1 <= value <= 12 else None
    return _KANJI_MONTH.get(token)


def find_times(
    low: str, fold: str, lo: int, hi: int, lex: Lexicon, months_ago: MonthsAgo | None = None
) -> list[TimeRef]:
    """Time references in ``[lo, hi)``, sorted by start, non-overlapping; ``months_ago``: the
    language's "N months ago" (:class:`MonthsAgo`; none read without it)."""
    refs: list[TimeRef] = []
    cjk = any(fold.find(c, lo, hi) >= 0 for c in "月年월년")
    for m in _CJK_DATE.finditer(fold, lo, hi) if cjk else ():
        month = _month_int(m.group(2))
        if month is None:
            continue
        day = int(m.group(3)) if m.group(3) else None
        year = int(m.group(1)) if m.group(1) else None
        refs.append(TimeRef(m.start(), m.end(), "date" if day else "month", year, month, day))
    for m in _CJK_YEAR.finditer(fold, lo, hi) if cjk else ():
        if not _covered(refs, m.start()):
            refs.append(TimeRef(m.start(), m.end(), "year", int(m.group(1))))
    month_hits: dict[tuple[int, int], list[tuple[int, bool]]] = {}
    for h in lex.within(lx.MONTH, lo, hi):
        month_hits.setdefault((h.start, h.end), []).append(h.value)
    for (start, end), values in month_hits.items():
        if _covered(refs, start):
            continue
        month = int(values[0][0])
        abbreviated = all(v[1] for v in values)
        day = year = None
        m = _DAY_AFTER.match(fold, end, hi)
        if m and 1 <= int(m.group(1)) <= 31:
            day, end = int(m.group(1)), m.end()
        my = _YEAR_AFTER.match(fold, end, hi)
        if my:
            year, end = int(my.group(1)), my.end()
        if day is None:
            mb = _DAY_BEFORE.search(fold, max(lo, start - 8), start)
            if mb and 1 <= int(mb.group(1)) <= 31:
                day, start = int(mb.group(1)), mb.start()
        if abbreviated and year is None and day is None:
            continue  # "Mar", "set", "out" alone are words more often than months
        refs.append(TimeRef(start, end, "date" if day and year else "month", year, month, day))
    # "four months ago": only where the language's phrase word is there (most sentences lack it)
    ago = months_ago is not None and any(low.find(w, lo, hi) >= 0 for w in months_ago.marks)
    for m in months_ago.pattern.finditer(fold, lo, hi) if ago else ():
        token = " ".join(next(g for g in m.groups() if g).lower().split())
        back = int(token) if token.isdigit() else months_ago.counts.get(token)
        if back and back <= 24 and not _covered(refs, m.start()):
            refs.append(TimeRef(m.start(), m.end(), "rel_month", rel=-back))
    for m in _YEAR.finditer(fold, lo, hi):
        if _covered(refs, m.start()):
            continue
        if lex.starting_at(low, m.end(), hi, lx.NOUN) is not None:
            continue  # "2048 GPUs" is a count, not a year
        refs.append(TimeRef(m.start(), m.end(), "year", int(m.group(1))))
    for hit in lex.within(lx.TIME, lo, hi):
        kind = str(hit.value)
        if _covered(refs, hit.start):
            continue
        if kind in _REL_YEAR:
            refs.append(TimeRef(hit.start, hit.end, "rel_year", rel=_REL_YEAR[kind]))
        elif kind in _REL_MONTH:
            refs.append(TimeRef(hit.start, hit.end, "rel_month", rel=_REL_MONTH[kind]))
        elif kind == "end_of_year":
            refs.append(TimeRef(hit.start, hit.end, "end_of_year"))
        elif kind == "end_of_last_year":
            refs.append(TimeRef(hit.start, hit.end, "rel_year", rel=-1, end_of=True))
        elif kind == "coming":
            refs.append(TimeRef(hit.start, hit.end, "coming"))
        elif kind == "end_of":
            refs.append(TimeRef(hit.start, hit.end, "end_of"))
        elif kind in _PART_MONTH:
            refs.append(TimeRef(hit.start, hit.end, "end_of", part_month=_PART_MONTH[kind]))
    for hit in lex.within(lx.QUARTER, lo, hi):
        if not _covered(refs, hit.start):
            # a quarter or half-year stands for its last month ("Q4" -> 12, "H1" -> 6)
            month = 3 * int(hit.value) if str(hit.value).isdigit() else None
            refs.append(TimeRef(hit.start, hit.end, "quarter", month=month))
    if not refs:
        return refs  # the usual sentence: no time at all
    refs.sort(key=_START)
    return _combine(refs)


def _covered(refs: list[TimeRef], pos: int) -> bool:
    return any(r.start <= pos < r.end for r in refs)


def _combine(refs: list[TimeRef]) -> list[TimeRef]:
    """Attach "end of" to the year or month after it, a relative year to a month next to it,
    and a year to a quarter next to it."""
    out: list[TimeRef] = []
    i = 0
    while i < len(refs):
        ref = refs[i]
        nxt = refs[i + 1] if i + 1 < len(refs) else None
        near = nxt is not None and nxt.start - ref.end <= 4
        if ref.kind == "end_of":
            if near and nxt is not None and nxt.kind in ("year", "month", "rel_year"):
                nxt.start = ref.start
                if ref.part_month is None:
                    nxt.end_of = True
                else:
                    nxt.part_month = ref.part_month
            i += 1
            continue
        if near and nxt is not None:
            pair = {ref.kind, nxt.kind}
            if pair == {"month", "rel_year"}:
                month = ref if ref.kind == "month" else nxt
                rel = nxt if month is ref else ref
                if month.year is None:
                    month.rel, month.kind = rel.rel, "month_rel"
                    month.start, month.end = min(ref.start, nxt.start), max(ref.end, nxt.end)
                    out.append(month)
                    i += 2
                    continue
            if pair == {"quarter", "rel_year"}:
                # "내년 상반기", "明年上半年": the quarter's last month of that year
                quarter = ref if ref.kind == "quarter" else nxt
                rel = nxt if quarter is ref else ref
                if quarter.month is not None:
                    out.append(
                        TimeRef(ref.start, nxt.end, "month_rel", month=quarter.month, rel=rel.rel)
                    )
                    i += 2
                    continue
            if pair == {"quarter", "year"}:
                year = ref if ref.kind == "year" else nxt
                quarter = nxt if year is ref else ref
                if quarter.month is None:
                    out.append(TimeRef(ref.start, nxt.end, "year", year.year))
                else:
                    out.append(TimeRef(ref.start, nxt.end, "month", year.year, quarter.month))
                i += 2
                continue
        out.append(ref)
        i += 1
    return out


def resolve(ref: TimeRef, published: date | None, *, planned: bool) -> str | None:
    """The ``as_of`` string (YYYY-MM-DD, YYYY-MM or YYYY) of ``ref``, or None."""
    pub = published
    if ref.kind in ("date", "month", "month_rel") and ref.month is not None:
        year = ref.year
        if year is None:
            if pub is None:
                return None
            if ref.kind == "month_rel":
                year = pub.year + ref.rel
            elif planned:
                # a plan "in March" read in November is next March; a plan announced "in
                # September" read in October was announced this year
                recent = 0 <= pub.month - ref.month <= 2
                year = pub.year if ref.month >= pub.month or recent else pub.year + 1
            else:
                year = pub.year if ref.month <= pub.month else pub.year - 1
        if ref.day is not None:
            try:
                return date(year, ref.month, ref.day).isoformat()
            except ValueError:
                return f"{year:04d}-{ref.month:02d}"
        return f"{year:04d}-{ref.month:02d}"
    if ref.kind == "year" and ref.year is not None:
        return _year_part(ref, ref.year)
    if pub is None:
        return None
    if ref.kind == "rel_year":
        return _year_part(ref, pub.year + ref.rel)
    if ref.kind == "rel_month":
        index = pub.year * 12 + pub.month - 1 + ref.rel
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if ref.kind == "end_of_year":
        return f"{pub.year:04d}-12"
    if ref.kind == "quarter":
        if ref.month is not None:  # a quarter of no stated year reads like its last month
            return resolve(
                TimeRef(ref.start, ref.end, "month", month=ref.month), pub, planned=planned
            )
        return f"{pub.year:04d}"
    return None


def _year_part(ref: TimeRef, year: int) -> str:
    """A year, or its month when an "end of", "early" or "mid" word is attached."""
    if ref.end_of:
        return f"{year:04d}-12"
    if ref.part_month is not None:
        return f"{year:04d}-{ref.part_month:02d}"
    return f"{year:04d}"


def is_future(as_of: str | None, published: date | None) -> bool:
    """Whether ``as_of`` lies after the published month (or year, for a year-only value)."""
    if as_of is None or published is None:
        return False
    parts = as_of.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return year > published.year
    month = int(parts[1])
    return (year, month) > (published.year, published.month)
