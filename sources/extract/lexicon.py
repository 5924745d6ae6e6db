"""The words of one document, found at most once per sentence and indexed by position.

Two kinds of lookup:

- scanned kinds (cue words and chip nouns; vague amounts, spelled numbers, months, time
  words): one trie pass per sentence that has a number, giving every hit of those kinds
  (leftmost, longest first; :meth:`Lexicon.ensure`); month names of languages that
  capitalize them are matched case-sensitively in the ``fold`` view in the same pass;
- positional kinds (scale words, units, currencies, percent signs, bounds, range openers,
  "equivalent"): words that only matter right next to a number, matched there with an
  anchored regex on demand (:meth:`Lexicon.starting_at`, :meth:`Lexicon.ending_at`). Scanning
  them would mean a hit on every "de", "a", "比" and "天" of the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from operator import itemgetter
from typing import Any, NamedTuple

from sources.extract.phrases import SPACE_SLACK, WORD_SET, PhraseMatcher, bounded

# kinds of lexicon entries (the rule-file section each comes from)
SCALE, NUMWORD, STANDALONE, VAGUE, PERCENT = "scale", "numword", "standalone", "vague", "percent"
BOUND, BOUND_AFTER, BOUND_EXCLUDE, OPENER = "bound", "bound_after", "bound_x", "opener"
CUR_PREFIX, CUR_SUFFIX, UNIT, NOUN, EQUIV = "cur_pre", "cur_suf", "unit", "noun", "equiv"
# the years of a length in two parts ("1 year and 7 months", "1년 7개월"): "and" before a count
# of months, "half" for "a year and a half", "1年半"
LENGTH_PART = "length_part"
MONTH, TIME, QUARTER, CUE = "month", "time", "quarter", "cue"
# the words that make a sentence worth reading, found in the whole text at once (value: the cue
# kind, or "noun"/"counter" for chip nouns); the full cue and noun hits come per sentence
ANCHOR = "anchor"

MAX_SKIP = 4  # whitespace allowed between a number and the word it takes
_TRAIL_SKIP = " \t\n\r\u00a0\u202f\u2009\u3000~"


class Hit(NamedTuple):  # a tuple: cheaper to create than a frozen dataclass
    start: int
    end: int
    kind: str
    value: Any


_new_hit = tuple.__new__  # Hit(...) without the Python-level __new__ of a NamedTuple


def _scanned_hit(start: int, end: int, kind: str | None, payload: Any) -> Hit:
    """A hit from a scanner's payload: a value of ``kind``, or a (kind, value) pair."""
    return _new_hit(Hit, (start, end, kind, payload) if kind else (start, end, *payload))


def _order(hit: Hit) -> tuple[int, int]:
    return (hit.start, -hit.end)


def _sorted(hits: list[Hit]) -> list[Hit]:
    """``sorted(hits, key=_order)`` as two C-level sorts (the second is stable)."""
    out = sorted(hits, key=itemgetter(1), reverse=True)
    out.sort(key=itemgetter(0))
    return out


_PROBES: dict[int, tuple[Any, dict[str, Any], dict[str, Any]]] = {}


def _probes(positional: Mapping[str, PhraseMatcher] | None) -> tuple[dict, dict]:
    """Per kind, what :meth:`Lexicon.starting_at` and :meth:`Lexicon.ending_at` read of a
    positional matcher, compiled once per rule set (the matchers' properties are Python
    calls, and the lookups run several times per number)."""
    if not positional:
        return {}, {}
    found = _PROBES.get(id(positional))
    if found is None or found[0] is not positional:
        heads = {k: (m.firsts, m.head, m.payloads_of) for k, m in positional.items()}
        tails = {k: (m.lasts, m.tail, m.payloads_of, m.longest) for k, m in positional.items()}
        # the mapping itself is kept, so that its id cannot be reused by another one
        found = _PROBES[id(positional)] = (positional, heads, tails)
    return found[1], found[2]


class Lexicon:
    """Hits of one document, queryable by kind and position."""

    def __init__(
        self,
        low: str = "",
        scanners: Iterable[PhraseMatcher] = (),
        positional: Mapping[str, PhraseMatcher] | None = None,
        hits: Iterable[Hit] = (),
        fold: str = "",
        fold_scanners: Iterable[tuple[PhraseMatcher, str]] = (),
    ):
        self.low = low
        self.fold = fold
        # case-sensitive words, scanned in ``fold`` per sentence: (matcher, kind of its hits)
        self.fold_scanners = tuple(fold_scanners)
        self.scanners = tuple(scanners)
        self.positional = positional or {}  # the rule set's, read only
        self._head_probes, self._tail_probes = _probes(positional)
        self.by_kind: dict[str, list[Hit]] = {}
        self._starts: dict[str, list[int]] = {}
        self._scanned: set[tuple[int, int]] = set()
        # (trie regex, payload lookup, raw regexes) of the scanners run per sentence
        self._sentence_scans: list[tuple[Any, Any, Any]] | None = None
        self._add(list(hits))

    def _add(self, hits: list[Hit], ordered: bool = False) -> None:
        """Index ``hits``; ``ordered``: they are already in ``_order`` (no sort needed)."""
        # sentences are scanned in text order, so new hits usually extend the lists in order
        by_kind, starts_of = self.by_kind, self._starts
        if not by_kind:
            # the first hits of the document (the usual case for the whole-text cue scan): no
            # merging with earlier hits, only grouping by kind in order
            for hit in hits if ordered else _sorted(hits):
                kind_hits = by_kind.get(hit.kind)
                if kind_hits is None:
                    by_kind[hit.kind] = [hit]
                    starts_of[hit.kind] = [hit.start]
                else:
                    kind_hits.append(hit)
                    starts_of[hit.kind].append(hit.start)
            return
        for hit in _sorted(hits):
            kind_hits = by_kind.get(hit.kind)
            if kind_hits is None:
                by_kind[hit.kind] = [hit]
                starts_of[hit.kind] = [hit.start]
                continue
            starts = starts_of[hit.kind]
            last = kind_hits[-1]
            if last.start > hit.start or (last.start == hit.start and last.end < hit.end):
                i = bisect.bisect_right([_order(h) for h in kind_hits], _order(hit))
                kind_hits.insert(i, hit)
                starts.insert(i, hit.start)
            else:
                kind_hits.append(hit)
                starts.append(hit.start)

    def scan_all(self, index: int) -> None:
        """Scan the whole text with scanner ``index`` (once): one pass over the document is
        cheaper than one call per sentence when most sentences need it (the cue words)."""
        key = (-1, index)
        if key in self._scanned or index >= len(self.scanners):
            return
        self._scanned.add(key)
        self._sentence_scans = None
        self._add(
            [
                Hit(h.start, h.end, kind, value)
                for h in self.scanners[index].finditer(self.low)
                for kind, value in h.payloads
            ]
        )

    def add_found(self, index: int, matches: list[str]) -> None:
        """Hits of scanner ``index`` from the texts another engine found in the document (in
        order, not overlapping): the batch path's replacement for :meth:`scan_all`."""
        self._scanned.add((-1, index))
        self._sentence_scans = None
        scanner, low, pos = self.scanners[index], self.low, 0
        right_strict = scanner.right_strict
        payloads_of = scanner.payloads_of
        word_chars, n = WORD_SET, len(low)
        hits: list[Hit] = []
        rescanned = False
        for matched in matches:
            start = low.find(matched, pos)
            if start < 0:
                continue
            end = start + len(matched)
            if (
                # the usual case, spelled out (a call costs more): no letter or digit either side
                (start == 0 or low[start - 1] not in word_chars)
                and (end >= n or low[end] not in word_chars)
            ) or bounded(low, start, end, letters_only=True, right_strict=right_strict):
                for k, v in payloads_of(matched):
                    hits.append(Hit(start, end, k, v))
            else:
                # the Rust scan (no lookbehind) took a phrase inside a word ("a levé" in "sa
                # levée"), which may hide a real one: re-scan that stretch with the trie
                rescanned = True
                hits.extend(
                    Hit(h.start, h.end, k, v)
                    for h in scanner.finditer(low, pos, min(len(low), end + 32))
                    for k, v in h.payloads
                )
            pos = end
        # matches come in text order, one span each: only a re-scan can disorder them
        self._add(list(dict.fromkeys(hits)) if rescanned else hits, ordered=not rescanned)

    def ensure(self, lo: int, hi: int) -> None:
        """Scan ``[lo, hi)`` (once) with the scanners not yet run on the whole text."""
        key = (lo, hi)
        if key in self._scanned:
            return
        self._scanned.add(key)
        scans = self._sentence_scans
        if scans is None:
            # (view, trie regex, payload lookup, raw regexes, kind): with a kind, the payloads
            # are values of that kind (the case-sensitive months); without, (kind, value) pairs
            scans = self._sentence_scans = [
                (self.low, s.pattern, s.payloads_of, s.regexes, None)
                for i, s in enumerate(self.scanners)
                if (-1, i) not in self._scanned
            ] + [(self.fold, s.pattern, s.payloads_of, s.regexes, k) for s, k in self.fold_scanners]
        hits: list[Hit] = []
        append = hits.append
        for text, pattern, payloads_of, regexes, kind in scans:
            if pattern is not None:
                # the trie regex read directly (the generator of PhraseMatcher.finditer and
                # its PhraseHit tuples cost ~1 us a hit here, where every sentence is read)
                for m in pattern.finditer(text, lo, hi):
                    start, end = m.span()
                    for payload in payloads_of(m.group()):
                        append(_scanned_hit(start, end, kind, payload))
            for rx, payload in regexes:
                for m in rx.finditer(text, lo, hi):
                    append(_scanned_hit(m.start(), m.end(), kind, payload))
        if hits:
            self._add(hits)

    def within(self, kind: str, lo: int, hi: int, value: Any = None) -> list[Hit]:
        """Hits of a scanned ``kind`` (and ``value``, if given) starting in ``[lo, hi)``."""
        hits = self.by_kind.get(kind)
        if not hits:
            return []
        starts = self._starts[kind]
        i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        if value is None:
            return hits[i:j]
        return [h for h in hits[i:j] if h.value == value]

    def starting_at(self, text: str, pos: int, hi: int, kind: str) -> Hit | None:
        """The word of ``kind`` that starts at ``pos`` after at most a little whitespace."""
        probe = self._head_probes.get(kind)
        if probe is not None:
            # PhraseMatcher.starting_at, inlined: this runs several times per number
            firsts, head, payloads_of = probe
            if firsts is not None:  # most lookups fail on the first character
                p = pos
                while p < hi and p - pos <= MAX_SKIP and text[p].isspace():
                    p += 1
                if p >= hi or text[p] not in firsts:
                    return None
            m = head.match(text, pos, hi) if head is not None else None
            if m is None:
                return None
            matched = m.group()
            lead = len(matched) - len(matched.lstrip())
            if lead > MAX_SKIP:
                return None
            payloads = payloads_of(matched[lead:])
            if not payloads:
                return None
            return _new_hit(Hit, (m.start() + lead, m.end(), kind, payloads[0]))
        p = pos
        while p < hi and p - pos < MAX_SKIP and text[p] in _TRAIL_SKIP:
            p += 1
        for hit in self.within(kind, p, p + 1):
            if hit.end <= hi:
                return hit
        return None

    def ending_at(self, text: str, pos: int, lo: int, kind: str) -> Hit | None:
        """The word of ``kind`` that ends at ``pos`` before at most a little whitespace."""
        probe = self._tail_probes.get(kind)
        if probe is not None:
            # PhraseMatcher.ending_at(text, pos, 40), inlined: this runs several times per number
            lasts, tail, payloads_of, longest = probe
            window = 40
            if lasts is not None:
                p = pos
                while p > 0 and pos - p < window and (text[p - 1].isspace() or text[p - 1] == "~"):
                    p -= 1
                if p <= 0 or text[p - 1] not in lasts:
                    return None
                if longest:
                    window = min(window, pos - p + longest + SPACE_SLACK)
            m = tail.search(text, max(0, pos - window), pos) if tail is not None else None
            if m is None or m.start() < lo:
                return None
            matched = m.group().rstrip().rstrip("~").rstrip()
            payloads = payloads_of(matched)
            if not payloads:
                return None
            start = m.start()
            return _new_hit(Hit, (start, start + len(matched), kind, payloads[0]))
        p = pos
        while p > lo and pos - p < MAX_SKIP and text[p - 1] in _TRAIL_SKIP:
            p -= 1
        hits = [h for h in self.by_kind.get(kind, ()) if h.end == p and h.start >= lo]
        return hits[0] if hits else None

    def values_at(self, start: int, end: int, kind: str) -> list[Any]:
        """All values of the ``kind`` word spanning exactly ``[start, end)``."""
        matcher = self.positional.get(kind)
        if matcher is not None:
            found = matcher.starting_at(self.low, start, end)
            return list(found.payloads) if found is not None and found.end == end else []
        return [h.value for h in self.by_kind.get(kind, ()) if h.start == start and h.end == end]
