"""Fast multi-phrase matching with Python's ``re``: phrase lists compiled into prefix tries.

A plain alternation of a thousand phrases makes ``re`` try every branch at every position
(about 1 ms per 2 KB); the same phrases factored into a trie regex cost about 50 us, because
each position fails on the first character of a handful of branches. ``re`` has no
Aho-Corasick, and pulling in a C extension for it is not worth it at these sizes.

Phrase syntax (as written in the rule files):

- ``plain words``: literal, case-folded unless the matcher is case-sensitive; a space matches
  any run of whitespace, a hyphen matches a hyphen, a space or nothing ("post-money",
  "post money", "postmoney").
- ``stem*``: the stem followed by any letters (inflected forms: "привлек*" for "привлекла").
- ``re:<pattern>``: a raw regular expression, for the few cues that need one. Keep them free
  of unbounded nested repetition.

Word boundaries are checked against Latin, Greek and Cyrillic letters and digits only, never
against CJK characters: "英伟达H100芯片" contains "H100".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

WORD_CHARS = (
    "0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af"
    "\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff"
)
LETTERS = (
    "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af"
    "\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff"
)
_WORD_RE = re.compile(f"[{WORD_CHARS}]")
# no word character before the phrase's first one (checked after one consumed character)
LEFT_AFTER_FIRST = f"(?<![{WORD_CHARS}].)"
RIGHT = f"(?![{WORD_CHARS}])"
# Word lists (not names) only need to stand apart from letters: "Rp95", "150MW", "1er mai".
LEFT_AFTER_FIRST_LETTERS = f"(?<![{LETTERS}].)"
RIGHT_LETTERS = f"(?![{LETTERS}])"

_SP, _HY = "\x00", "\x01"
_HY_LEAD = "\x03"  # a hyphen (or space) that starts a phrase: required, see trie_pattern
_HYPHEN_LEAD_RX = r"[-\u2010\u2011\u2013\s]"
SPACE_SLACK = 8  # extra whitespace a matched phrase may hold beyond its written form
_SPACE_RX = r"[\s\-\u2010\u2011]+"  # "Grace Blackwell" also matches "Grace-Blackwell"
_HYPHEN_RX = r"[-\u2010\u2011\u2013\s]?"
_KEY_DROP = re.compile(r"[\s\-\u2010\u2011\u2013]+")


_RUST_META = set("\\.+*?()|[]{}^$#&-~")
RUST_LETTERS = (
    "a-zA-Z\\x{00AA}\\x{00B5}\\x{00BA}\\x{00C0}-\\x{00D6}\\x{00D8}-\\x{00F6}"
    "\\x{00F8}-\\x{02AF}\\x{0370}-\\x{03FF}\\x{0400}-\\x{052F}\\x{1E00}-\\x{1EFF}"
)


def rust_pattern(phrases: Iterable[str]) -> str:
    """The same phrases as a Rust regex (polars' ``str.extract_all``): an alternation, longest
    first (Rust takes the first alternative that matches at the leftmost position), with the
    same whitespace, hyphen and stem ("word*") rules as :func:`trie_pattern`. Word boundaries
    are not expressed (Rust regex has no lookbehind): callers check them on each match."""
    alts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        stem = phrase.endswith("*") and len(phrase) > 1
        body = phrase[:-1].strip() if stem else phrase
        out: list[str] = []
        for tok in _tokens(body):
            if tok == _SP:
                out.append(r"[\s\-\x{2010}\x{2011}]+")
            elif tok == _HY:
                out.append(r"[\-\x{2010}\x{2011}\x{2013}\s]?")
            else:
                out.append(rust_literal(tok))
        alts.append("".join(out) + (f"[{RUST_LETTERS}]*" if stem else ""))
    return "(?:" + "|".join(alts) + ")" if alts else "(?:$^)"


def rust_literal(text: str) -> str:
    """``text`` as a literal in a Rust regex (its metacharacters escaped)."""
    return "".join("\\" + c if c in _RUST_META else c for c in text)


def phrase_key(text: str) -> str:
    """The lookup key of a phrase or of a matched text: whitespace and hyphens dropped."""
    return _KEY_DROP.sub("", text)


def _tokens(phrase: str) -> list[str]:
    out: list[str] = []
    for ch in phrase:
        if ch.isspace():
            if out and out[-1] == _SP:
                continue
            out.append(_SP)
        elif ch in "-\u2010\u2011\u2013":
            out.append(_HY)
        else:
            out.append(ch)
    return out


def _token_rx(tok: str) -> str:
    if tok == _SP:
        return _SPACE_RX
    if tok == _HY:
        return _HYPHEN_RX
    if tok == _HY_LEAD:
        return _HYPHEN_LEAD_RX
    return re.escape(tok)


def _leading_hyphen_variants(tokens: list[str]) -> list[list[str]]:
    """A phrase that starts with a hyphen ("-backed") as two branches: with a hyphen or space
    that must be there, and without it. An optional first character would let a match start
    anywhere and stop ``re`` from skipping to the characters a phrase can start with (~5x
    slower on a whole sentence)."""
    if not tokens or tokens[0] != _HY:
        return [tokens]
    rest = tokens[1:]
    return [[_HY_LEAD, *rest], rest] if rest else [[_HY_LEAD]]


_STEM = "\x02"  # trie marker: a stem ends here, any letters may follow


def trie_pattern(
    phrases: Iterable[str],
    *,
    right_boundary: bool = False,
    left_boundary: bool = False,
    stems: Iterable[str] = (),
    letters_only: bool = False,
    right_strict: bool = False,
) -> str:
    """A regex (no groups) matching any of ``phrases`` (and ``stems`` followed by letters),
    longest first, factored as a trie.

    Every top-level branch starts with a literal character, which lets ``re`` skip positions
    by their first character (a leading lookbehind would disable that and cost ~4x). The
    left word-boundary check therefore sits after the first character: ``a(?<![W].)``
    asserts that the character before the match is not a word character.
    With ``right_boundary``, a phrase that ends in a letter or digit must not be followed by
    one. A failed check backtracks into the trie, so a longer phrase ("mrd.") is still
    preferred over its prefix ("mrd").

    The right check is written once, after the trie, when that says the same as a check at
    each phrase end (see :func:`_end_check`): ``re`` compiles every copy of a character class
    anew, about 0.3 ms each on a quiet machine, and the rule files hold some 26,000 phrase
    ends, which made compiling them most of the extractor's start-up.
    """
    root: dict[str, Any] = {}
    hoistable = True  # every phrase end is a character the check can look back at
    for phrase in phrases:
        for toks in _leading_hyphen_variants(_tokens(phrase)):
            node = root
            for tok in toks:
                node = node.setdefault(tok, {})
            node[""] = {}
            # an empty phrase, or one ending in an optional hyphen, may end where its last
            # character is not the text's
            hoistable = hoistable and bool(toks) and toks[-1] != _HY
    for stem in stems:
        for toks in _leading_hyphen_variants(_tokens(stem)):
            node = root
            for tok in toks:
                node = node.setdefault(tok, {})
            node[_STEM] = {}
            # a stem's own check follows its letters; after no letters and a digit, it asks
            # less than the digit's check would
            hoistable = hoistable and bool(toks) and not toks[-1].isdigit()

    left_rx = LEFT_AFTER_FIRST_LETTERS if letters_only else LEFT_AFTER_FIRST
    right_rx = RIGHT_LETTERS if letters_only and not right_strict else RIGHT
    hoist = right_boundary and hoistable

    def build(node: dict[str, Any], last: str, depth: int) -> str:
        alts = []
        for tok, child in sorted(node.items()):
            if not tok or tok == _STEM:
                continue
            head = _token_rx(tok)
            if depth == 0 and left_boundary and len(tok) == 1 and _WORD_RE.match(tok):
                # a phrase that starts with a digit must not continue a number ("H1" in "GH100")
                head += LEFT_AFTER_FIRST if tok.isdigit() else left_rx
            alts.append(head + build(child, tok, depth + 1))
        if _STEM in node:
            alts.append(f"[{LETTERS}]*" + right_rx)
        if "" in node:
            needs = right_boundary and not hoist and bool(_WORD_RE.match(last))
            # a phrase that ends with a digit must not run into more digits ("H1" in "H100")
            alts.append((RIGHT if last.isdigit() else right_rx) if needs else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    body = build(root, "", 0)
    return f"(?:{body}){_end_check(right_rx)}" if hoist else body


def _end_check(right_rx: str) -> str:
    """The right boundary of every phrase end at once, looking back at the phrase's last
    character: none after a non-word character; after a digit, no word character ("H1" is
    not in "H100"); after a letter, nothing ``right_rx`` rejects."""
    if right_rx == RIGHT:
        return f"(?:(?<![{WORD_CHARS}])|{RIGHT})"
    return f"(?:(?<![{WORD_CHARS}])|(?<=[0-9]){RIGHT}|(?<=[{LETTERS}]){right_rx})"


def _char_set(ranges: str) -> frozenset[str]:
    """The characters of a regex character-class body such as ``WORD_CHARS``."""
    return frozenset(c for c in map(chr, range(0x2000)) if re.match(f"[{ranges}]", c))


# set lookups: ~10x cheaper than a regex call per character
_WORD_SET = _char_set(WORD_CHARS)
WORD_SET = _WORD_SET  # letters and digits of the scripts with word boundaries (a frozenset)
_LETTER_SET = _char_set(LETTERS)


def is_letter(ch: str) -> bool:
    """A Latin, Greek or Cyrillic letter: the characters word boundaries are checked against
    (a CJK character is not one)."""
    return ch in _LETTER_SET


def bounded(
    text: str, start: int, end: int, *, letters_only: bool, right_strict: bool = False
) -> bool:
    """Whether ``text[start:end]`` stands apart from its neighbours the way the trie's
    boundary checks require (see :func:`trie_pattern`)."""
    if start > 0:
        first = text[start]
        edge = _WORD_SET if not letters_only or first.isdigit() else _LETTER_SET
        if first in edge and text[start - 1] in edge:
            return False
    if end < len(text):
        last = text[end - 1]
        edge = _WORD_SET if not letters_only or right_strict or last.isdigit() else _LETTER_SET
        if last in edge and text[end] in edge:
            return False
    return True


# the regexes of a matcher, around its trie (see PhraseMatcher.pattern, tail, head)
_TEMPLATES = {"pattern": "{}", "tail": "(?:{})[\\s~]*\\Z", "head": "\\s*(?:{})"}


class PhraseHit(NamedTuple):
    start: int
    end: int
    payloads: tuple[Any, ...]


@dataclass
class PhraseMatcher:
    """Finds the phrases of a list in a text and returns their payloads.

    Build with :meth:`build`; run on ``lower_fold`` text (or ``fold`` text when
    ``case_sensitive``).
    """

    case_sensitive: bool = False
    right_strict: bool = False
    body: str | None = None  # the trie regex source; compiled on first use
    literal: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    stems: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    max_stem: int = 0
    regexes: list[tuple[re.Pattern[str], Any]] = field(default_factory=list)
    # the characters a phrase can start / end with (None: unknown, no shortcut): most
    # positional lookups fail, and a set test is ~20x cheaper than running the regex
    firsts: frozenset[str] | None = None
    lasts: frozenset[str] | None = None
    longest: int = 0  # characters of the longest literal phrase (0: unknown, with stems)
    _cache: dict[str, tuple[Any, ...]] = field(default_factory=dict, repr=False)
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)

    # Compiling a trie of a few thousand phrases takes ~50 ms; a language has dozens of
    # matchers and a run may need only some: each regex is compiled when first used. The
    # cache is read before the source is built: formatting a source copies the whole trie.
    def _compile(self, name: str) -> re.Pattern[str] | None:
        found = self._compiled.get(name)
        if found is None and self.body is not None:
            found = self._compiled[name] = re.compile(_TEMPLATES[name].format(self.body))
        return found

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """The trie regex: any phrase."""
        return self._compile("pattern")

    @property
    def tail(self) -> re.Pattern[str] | None:
        """A phrase that ends the searched text (after optional whitespace or '~')."""
        return self._compile("tail")

    @property
    def head(self) -> re.Pattern[str] | None:
        """A phrase at the start of the matched text (after optional whitespace)."""
        return self._compile("head")

    @classmethod
    def build(
        cls,
        entries: Iterable[tuple[str, Any]],
        *,
        case_sensitive: bool = False,
        letters_only: bool = False,
        right_strict: bool = False,
    ):
        """Compile ``(phrase, payload)`` pairs (a phrase may repeat with other payloads).

        ``letters_only``: word boundaries are checked against letters only, so a phrase may
        touch a digit ("Rp95", "150MW"); names keep the stricter default ("H100" is not in
        "H1000"). ``right_strict`` (with ``letters_only``): a digit may come before the phrase
        but not after it: a cue word touches a number ("80GB") but is not the start of a model
        name ("GB200")."""
        self = cls(case_sensitive=case_sensitive, right_strict=right_strict)
        words: list[str] = []
        stem_words: list[str] = []
        literal: dict[str, list[Any]] = {}
        stems: dict[str, list[Any]] = {}
        for raw, payload in entries:
            phrase = raw.strip()
            if not phrase:
                continue
            if phrase.startswith("re:"):
                flags = 0 if case_sensitive else re.IGNORECASE
                self.regexes.append((re.compile(phrase[3:], flags), payload))
                continue
            if not case_sensitive:
                phrase = phrase.lower()
            if phrase.endswith("*") and len(phrase) > 1:
                stem = phrase[:-1].strip()
                stems.setdefault(phrase_key(stem), []).append(payload)
                stem_words.append(stem)
                continue
            literal.setdefault(phrase_key(phrase), []).append(payload)
            words.append(phrase)
        if not self.regexes:
            heads = [_tokens(w)[0] for w in words + stem_words]
            if _HY not in heads:
                self.firsts = frozenset(heads)
            if not stem_words:
                self.lasts = frozenset(w[-1] for w in words)
                self.longest = max((len(w) for w in words), default=0)
        self.literal = {k: tuple(dict.fromkeys(v)) for k, v in literal.items()}
        self.stems = {k: tuple(dict.fromkeys(v)) for k, v in stems.items()}
        self.max_stem = max((len(k) for k in self.stems), default=0)
        if words or stem_words:
            body = trie_pattern(
                words,
                right_boundary=True,
                left_boundary=True,
                stems=stem_words,
                letters_only=letters_only,
                right_strict=right_strict,
            )
            self.body = body
        return self

    def _payloads(self, matched: str) -> tuple[Any, ...]:
        found = self._cache.get(matched)
        if found is None:
            found = self._lookup(matched)
            if len(self._cache) < 50_000:
                self._cache[matched] = found
        return found

    def _lookup(self, matched: str) -> tuple[Any, ...]:
        key = phrase_key(matched)
        found = self.literal.get(key, ())
        if self.max_stem:
            # a word can be both a listed form and an inflection of a stem ("удвоит")
            for n in range(min(len(key), self.max_stem), 0, -1):
                stem = self.stems.get(key[:n])
                if stem is not None:
                    return tuple(dict.fromkeys(found + stem))
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[PhraseHit]:
        """Non-overlapping hits in ``text[pos:endpos]`` (regex entries may overlap others)."""
        end = len(text) if endpos is None else endpos
        if self.pattern is not None:
            for m in self.pattern.finditer(text, pos, end):
                yield PhraseHit(m.start(), m.end(), self._payloads(m.group()))
        for rx, payload in self.regexes:
            for m in rx.finditer(text, pos, end):
                yield PhraseHit(m.start(), m.end(), (payload,))

    def ending_at(self, text: str, pos: int, window: int = 48) -> PhraseHit | None:
        """The phrase that ends at ``pos`` (whitespace and '~' may sit between), if any."""
        if self.body is None:
            return None
        if self.lasts is not None:
            p = pos
            while p > 0 and pos - p < window and (text[p - 1].isspace() or text[p - 1] == "~"):
                p -= 1
            if p <= 0 or text[p - 1] not in self.lasts:
                return None
            if self.longest:
                # no phrase starts further back than its length (plus a few extra spaces
                # inside it): a shorter window spares ``search`` most start positions
                window = min(window, pos - p + self.longest + SPACE_SLACK)
        tail = self.tail
        if tail is None:
            return None
        m = tail.search(text, max(0, pos - window), pos)
        if m is None:
            return None
        matched = m.group().rstrip().rstrip("~").rstrip()
        return PhraseHit(m.start(), m.start() + len(matched), self._payloads(matched))

    def starting_at(self, text: str, pos: int, endpos: int | None = None) -> PhraseHit | None:
        """The phrase that starts at ``pos`` after optional whitespace, if any."""
        if self.body is None:
            return None
        end = len(text) if endpos is None else endpos
        if self.firsts is not None:
            p = pos
            while p < end and text[p].isspace():
                p += 1
            if p >= end or text[p] not in self.firsts:
                return None
        head = self.head
        if head is None:
            return None
        m = head.match(text, pos, end)
        if m is None:
            return None
        matched = m.group()
        lead = len(matched) - len(matched.lstrip())
        return PhraseHit(m.start() + lead, m.end(), self._payloads(matched[lead:]))

    def payloads_of(self, matched: str) -> tuple[Any, ...]:
        """The payloads of a matched text (as found by another engine)."""
        return self._payloads(matched)

    def __bool__(self) -> bool:
        return self.body is not None or bool(self.regexes)
