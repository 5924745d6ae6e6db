"""Sentence splitting with character offsets into the original text.

Rules, in order: a line break ends a sentence; CJK full stops (。！？) end one at once, and so
does a '.' between two Hangul syllables (Korean text whose paragraph break was lost) and a
spaced hyphen between Han or kana (a Chinese or Japanese list whose line breaks were lost); a Latin
'.', '!', '?' or '…' ends one only when whitespace follows and the next word starts like a
sentence (a capital, a digit, an opening quote, a CJK character, or a camel-case name such as
"xAI"). A '.' after a known abbreviation ("Mrd.", "Inc.", "млн."), after a single capital
(an initial, unless a label word such as "Series" stands before it: "a Series A. Olix ..."
ends there), after a dotted token ("U.S.") or, where the language writes ordinals with a dot
(German "12. September"), after a one- or two-digit number, is not a sentence end.

Every sentence is at most ``MAX_SENTENCE`` characters: longer runs are cut at whitespace (or
hard-cut), which bounds the work later stages do per sentence whatever the input.
"""

from __future__ import annotations

import re
from collections.abc import Collection

MAX_SENTENCE = 1000

# A Latin mark only counts when spaces (no line break) and a visible character follow: that
# drops decimal points, dotted names and URLs inside the regex. The lookbehind makes a run of
# marks match once, from its first mark, and the possessive quantifiers never give back: no
# quadratic retries on a megabyte of dots.
# The pattern starts with a plain character class (the branches test the consumed character
# with lookbehinds): ``re`` then skips to candidate characters with a C-level charset scan; a
# leading lookahead or an alternation would make it try every position (twice the cost).
# Group 1 (the closing quotes after a Latin mark run) is None for a line break or 。！？.
_CANDIDATE = re.compile(
    r"[\n。！？.!?…-](?:(?<=\n)|(?<=[。！？])[。！？]*+[」』”’）)]*"
    # a Korean sentence's full stop with the next sentence glued on ("끌어냈다.연합뉴스"):
    # web text that lost its paragraph break
    r"|(?<=[\uac00-\ud7a3]\.)(?=[\uac00-\ud7a3])"
    # a list item of Chinese or Japanese text whose line breaks were lost ("…申请 [4] - 昆仑芯…"):
    # these languages write a dash as ——, so a spaced ASCII hyphen between Han or kana marks
    # (or after a citation's bracket) starts an item
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff\]] -)(?= [\u3040-\u30ff\u3400-\u9fff0-9])"
    r"|(?<=[.!?…])(?<![.!?…][.!?…])[.!?…]*+([\"'”’»)\]]*+)[^\S\n]++(?=(\S)(\S?)(\S?)))"
)
LIST_HYPHENS = 3  # spaced hyphens between CJK marks a page needs before they read as items
_CJK_HYPHEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff] - [\u3040-\u30ff\u3400-\u9fff0-9]")
_NUMERAL = frozenset("万亿億千百萬")


def _hyphen_list(text: str) -> bool:
    """The page writes its list items after spaced hyphens between CJK marks: three or more,
    or two around an item that states a figure ("融资动态 - 寒武纪完成10亿元融资 - 华为...";
    two around words only are a writer's dashes: "华为 - 一家中国公司 - 宣布")."""
    hyphens = list(_CJK_HYPHEN.finditer(text))
    if len(hyphens) >= LIST_HYPHENS:
        return True
    if len(hyphens) == 2:
        between = text[hyphens[0].end() - 1 : hyphens[1].start() + 1]
        return any(ch.isdigit() for ch in between)
    return False


def _list_hyphen(text: str, end: int, many: bool) -> bool:
    """The spaced hyphen ending at ``end`` starts a list item: right after a citation's
    bracket ("[4] - 昆仑芯"), or between CJK marks on a page that writes several of them (one
    or two are a writer's dash: "华为 - 一家中国公司 - 宣布"; ``many``: the page does), and
    never between two numbers ("1万 - 2万张": a range)."""
    if text[end - 3] == "]":
        return True
    before = text[end - 3]
    if text[end + 1 : end + 2].isdigit() and (
        before.isdigit() or (before in _NUMERAL and text[end - 4 : end - 3].isdigit())
    ):
        return False
    return many


_PLAIN = re.compile(r"[^\s.(\"'“‘«\[]+")  # a run that cannot hold an abbreviation's end
_OPENERS = set("\"'“‘«(¿¡[「『-–—•")


def _looks_like_start(first: str, second: str, third: str) -> bool:
    if first.isupper() or first.isdigit() or first in _OPENERS:
        return True
    if not first.isalpha():
        return True
    if not first.isascii() and not first.islower():
        return True  # CJK and other caseless scripts
    # camel-case names at sentence start: "xAI", "iPhone", "eBay"
    return second.isupper() or (second.isalpha() and third.isupper())


def _is_abbreviation(
    text: str,
    dot: int,
    abbreviations: Collection[str],
    ordinal_dot: bool,
    letter_labels: Collection[str] = frozenset(),
    scale_abbreviations: Collection[str] = frozenset(),
) -> bool:
    before = text[max(0, dot - 20) : dot]
    if not before or before[-1].isspace():
        return False
    # the word the dot ends (its last 20 characters at most)
    token = before.rsplit(None, 1)[-1].lstrip("(\"'“‘«[")
    if not token:
        return False
    if token.lower() in abbreviations:
        return True
    if token[0].isdigit() and token.lstrip("0123456789.,").lower() in scale_abbreviations:
        return True  # a scale abbreviation glued to its number ("5Mrd. Euro", "5Mio. €")
    if len(token) == 1 and token.isalpha() and token.isupper():
        # an initial ("J. Smith"), not a letter naming a round or class ("a Series A.", "a
        # pre-Series A.", "its “Series B.”")
        words = text[max(0, dot - 24) : dot - 1].rsplit(None, 1)[-1:]
        label = words[0].rsplit("-", 1)[-1].lstrip("(\"'“‘«[").lower() if words else ""
        return label not in letter_labels
    if "." in token and token.replace(".", "").isalpha() and len(token) <= 8:
        return True  # "U.S.", "z.B.", "т.е."
    return ordinal_dot and token.isdigit() and len(token) <= 2


def _after_figure(text: str, dot: int, figure_abbreviations: Collection[str]) -> bool:
    """Whether the dot ends a scale abbreviation written after a number ("15 млрд.")."""
    head, _, token = text[max(0, dot - 24) : dot].rpartition(" ")
    head = head.rstrip()
    word = token.lstrip("0123456789.,")
    if word != token and token[:1].isdigit():  # glued to its number: "600M. La"
        return word.lower() in figure_abbreviations
    return token.lower() in figure_abbreviations and bool(head) and head[-1].isdigit()


def split_sentences(
    text: str,
    abbreviations: Collection[str] = frozenset(),
    *,
    ordinal_dot: bool = False,
    max_len: int = MAX_SENTENCE,
    figure_abbreviations: Collection[str] = frozenset(),
    letter_labels: Collection[str] = frozenset(),
    scale_abbreviations: Collection[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, whitespace-trimmed, never empty.

    ``abbreviations`` are lower-case tokens without their final dot ("mrd", "inc");
    ``figure_abbreviations`` those of them that end a sentence after a number when a
    capitalised word follows ("$15 млрд. Ожидается": scale words, where nouns are lower-case);
    ``scale_abbreviations`` the scale words among them, which end no sentence when glued to a
    number ("5Mrd. Euro"; a glued "21st." or "150m." does end one).
    """
    spans: list[tuple[int, int]] = []
    append = spans.append
    longest = max(3, max(map(len, abbreviations), default=0) + 1)
    n = len(text)
    begin = 0
    many_hyphens: bool | None = None
    for m in _CANDIDATE.finditer(text):
        quotes, first, second, third = m.groups()
        if quotes is None:  # a line break or a list item's hyphen (not part of the sentence)
            end = m.end()  # or 。！？ (part of it)
            if text[end - 1] == "-":
                if many_hyphens is None:  # (counted once, for the first hyphen only)
                    many_hyphens = _hyphen_list(text)
                if not _list_hyphen(text, end, many_hyphens):
                    continue
            cut = end - 1 if text[end - 1] in "\n-" else end
        else:
            if not first.isupper() and not _looks_like_start(first, second, third):
                continue
            cut, end = m.end(1), m.end()  # the next sentence starts after the spaces
            dot = m.start()
            if (
                # a single ".", closing quotes aside
                m.start(1) == dot + 1
                and text[dot] == "."
                # a word longer than every abbreviation, with no dot, ends most sentences:
                # one C-level match rules that out before the full check
                and not (dot >= longest and _PLAIN.fullmatch(text, dot - longest, dot))
                and _is_abbreviation(
                    text, dot, abbreviations, ordinal_dot, letter_labels, scale_abbreviations
                )
                and not (
                    figure_abbreviations
                    and second.islower()
                    and _after_figure(text, dot, figure_abbreviations)
                )
            ):
                continue
        if 0 < cut - begin <= max_len and not text[begin].isspace() and not text[cut - 1].isspace():
            append((begin, cut))  # the usual case: nothing to trim or cut
        else:
            _emit(text, begin, cut, spans, max_len)
        begin = end
    _emit(text, begin, n, spans, max_len)
    return spans


def _emit(text: str, start: int, end: int, spans: list[tuple[int, int]], max_len: int) -> None:
    if 0 < end - start <= max_len and not text[start].isspace() and not text[end - 1].isspace():
        spans.append((start, end))  # the usual case: nothing to trim or cut
        return
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > max_len:
        cut = text.rfind(" ", start + max_len // 2, start + max_len)
        if cut <= start:
            cut = start + max_len
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
