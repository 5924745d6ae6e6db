"""Length-preserving text normalization, so offsets found in the normalized text index the
original text exactly.

Two views of a document are used: ``fold`` (full-width ASCII to ASCII, ideographic space to a
space: digits become parseable, letters keep their case for case-sensitive names) and
``lower_fold`` (the same, lower-cased, for case-insensitive keyword matching). Both have the
same length as the input. NFKC is not used because it changes lengths (e.g. "㎿" -> "MW").
"""

from __future__ import annotations

import re

# Full-width forms U+FF01..U+FF5E map one-to-one onto ASCII U+0021..U+007E. The full-width
# comma and the ideographic comma stay: in CJK text they separate clauses, not digit groups.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if cp != 0xFF0C}
_FOLD[0x3000] = 0x20  # ideographic space
_FOLD[0x2212] = 0x2D  # minus sign
_FOLD[0xFF5E] = 0x7E  # full-width tilde (a range mark in CJK text)
_FOLD[0x301C] = 0x7E  # wave dash 〜 (a range mark in Japanese text)

# the same mapping as two lists, for polars' ``str.replace_many`` (the batch prescan lower-cases
# in Rust: ``lower_fold`` in Python costs ~20 us per 2 KB article there)
FOLD_FROM = [chr(k) for k in _FOLD]
FOLD_TO = [chr(v) for v in _FOLD.values()]

_NEEDS_FOLD = re.compile("[\uff01-\uff0b\uff0d-\uff5e\u3000\u2212\u301c]")


def fold(text: str) -> str:
    """Full-width ASCII to ASCII; same length as ``text``."""
    # str.translate with a dict costs ~50 ns per character; most texts need no folding
    return text.translate(_FOLD) if _NEEDS_FOLD.search(text) else text


def lower_fold(text: str, folded: str | None = None) -> str:
    """``fold`` then lower-case, keeping the length (the rare characters whose lower-case form
    is longer, like 'İ', are left as they are). Pass ``folded`` if already computed."""
    folded = fold(text) if folded is None else folded
    low = folded.lower()
    if len(low) == len(folded):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in folded)


# a run of Han characters some of which carry a pinyin reading in brackets ("計(jì)劃"), as
# some pages print them; the readings cut words apart
_PINYIN = "\\((?=[a-z\u00e0-\u01dc]{1,7}\\))[a-z]*[\u00e0-\u01dc][a-z\u00e0-\u01dc]*\\)"
_HAN_RUN = re.compile(f"(?:[\u3400-\u9fff](?:{_PINYIN})?)+")
_RUBY = re.compile(f"(?<=[\u3400-\u9fff]){_PINYIN}")  # with a tone mark: not "(Kimi)"
_PROBE = re.compile(_PINYIN)


def drop_ruby(text: str) -> str:
    """``text`` with the pinyin readings inside Han words removed and the characters of each
    run closed up ("計(jì)劃進(jìn)一步" -> "計劃進一步" and spaces after), same length; ``text``
    itself when it has none."""
    # (a probe that starts with the bracket: a regex that starts with the look-behind tries
    # every position and costs a Chinese article ~0.2 ms)
    if "(" not in text or _PROBE.search(text) is None:
        return text
    return _HAN_RUN.sub(_close_up, text)


def _close_up(m: re.Match[str]) -> str:
    run = m.group()
    if "(" not in run:
        return run
    han = _RUBY.sub("", run)
    return han + " " * (len(run) - len(han))
