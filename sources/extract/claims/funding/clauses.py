"""Strong clauses: the stretch of a sentence between semicolons and clause-break words
(brackets and commas do not end it). A role word, an investee or a list reaches no further.
"""

from __future__ import annotations

import bisect
import re

from sources.extract.claims.context import View

_STRONG_BREAK = re.compile(r"[;；]")


def strong_cuts(view: View) -> list[int]:
    """Sorted positions of the semicolons and clause-break words of the sentence."""
    cuts = view.strong_cuts
    if cuts is None:
        text, start, end = view.text, view.start, view.end
        cuts = [c.start for c in view.kinds("clause_break")]
        # two finds spare the scan in the usual sentence, which has no semicolon
        if text.find(";", start, end) >= 0 or text.find("；", start, end) >= 0:
            cuts += [m.start() for m in _STRONG_BREAK.finditer(text, start, end)]
        cuts.sort()  # for bisect: asked for every role cue and amount
        view.strong_cuts = cuts
    return cuts


def strong_clause(view: View, pos: int) -> tuple[int, int]:
    """The stretch between semicolons and clause-break words around ``pos`` (brackets and
    commas do not end it)."""
    cuts = strong_cuts(view)
    i = bisect.bisect_right(cuts, pos)
    return (cuts[i - 1] if i else view.start), (cuts[i] if i < len(cuts) else view.end)
