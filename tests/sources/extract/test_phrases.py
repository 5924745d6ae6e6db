"""Trie phrase matching (sources/extract/phrases.py)."""

import re

import pytest

from sources.extract.phrases import PhraseMatcher, bounded, phrase_key, rust_pattern, trie_pattern


def test_longest_phrase_wins_and_payloads_merge():
    m = PhraseMatcher.build([("mrd", 1), ("mrd.", 2), ("mrd.", 3)])
    hits = list(m.finditer("6 mrd. dollar"))
    assert [(h.start, h.end, h.payloads) for h in hits] == [(2, 6, (2, 3))]


def test_word_boundaries_against_letters_and_digits_but_not_cjk():
    m = PhraseMatcher.build([("h100", "chip")])
    assert [h.start for h in m.finditer("h100 and h1000 and ah100 and 英伟达h100芯片")] == [0, 32]


def test_letters_only_boundaries_let_words_touch_digits():
    m = PhraseMatcher.build([("rp", "IDR"), ("mw", "mw")], letters_only=True)
    assert [(h.start, h.end) for h in m.finditer("rp93 and 150mw and grip")] == [(0, 2), (12, 14)]


def test_space_and_hyphen_variants():
    m = PhraseMatcher.build([("post-money", "post"), ("grace blackwell", "gb200")])
    text = "post money, postmoney, post-money, grace-blackwell"
    assert len(list(m.finditer(text))) == 4


def test_stems_and_literals_share_payloads():
    m = PhraseMatcher.build([("удвоит", "planned"), ("удвоит*", "growth")])
    first, second = m.finditer("удвоит и удвоится")
    assert first.payloads == ("planned", "growth")
    assert second.payloads == ("growth",)


def test_case_sensitive_matching():
    m = PhraseMatcher.build([("Meta", "meta")], case_sensitive=True)
    assert [h.start for h in m.finditer("la meta de Meta")] == [11]


def test_ending_at_and_starting_at():
    m = PhraseMatcher.build([("more than", "at_least"), ("billion", 1e9)])
    text = "more than 6 billion"
    assert m.ending_at(text, 10).payloads == ("at_least",)
    assert m.starting_at(text, 11).payloads == (1e9,)
    assert m.starting_at(text, 0, 5) is None


def test_regex_entries():
    m = PhraseMatcher.build([(r"re:\bsoll\b.{0,20}\bhaben\b", "reported")])
    (hit,) = m.finditer("er soll es gesammelt haben")
    assert hit.payloads == ("reported",)


def test_top_level_branches_start_with_a_literal():
    # the first-character scan of re needs every top-level branch to start with a literal
    pattern = trie_pattern(["apple", "banana", "法"], left_boundary=True, right_boundary=True)
    assert not pattern.startswith("(?<")
    assert re.compile(pattern).findall("an apple, 法 and bananas") == ["apple", "法"]


def test_phrase_key_and_bounded():
    assert phrase_key("post - money") == "postmoney"
    assert not bounded("Metaverse", 0, 4, letters_only=False)
    assert bounded("Rp95", 0, 2, letters_only=True)
    assert not bounded("H1000", 0, 4, letters_only=True)


def test_rust_pattern_spells_the_same_variants():
    assert rust_pattern(["post-money"]) == r"(?:post[\-\x{2010}\x{2011}\x{2013}\s]?money)"
    assert rust_pattern(["a b", "ab"]).startswith("(?:a[")


def test_a_phrase_starting_with_a_hyphen_needs_it_or_a_word_start():
    matcher = PhraseMatcher.build([("-backed", "investor")], letters_only=True)
    assert [h.payloads for h in matcher.finditer("microsoft-backed openai")] == [("investor",)]
    assert [h.payloads for h in matcher.finditer("microsoft backed it")] == [("investor",)]
    assert [h.payloads for h in matcher.finditer("backed by microsoft")] == [("investor",)]
    assert list(matcher.finditer("an unbacked claim")) == []
    # no optional first character: ``re`` can skip to the characters a phrase starts with
    assert not re.match(r"\(\?:\[[^\]]*\]\?", matcher.pattern.pattern)


# A phrase ending in an optional hyphen makes trie_pattern check each phrase end inside the
# trie, as it did before the right boundary was written once after it; "qqzz-" occurs in no
# text below, so both patterns must find exactly the same spans.
_PER_END = "qqzz-"
_PHRASES = ["h1", "h100", "mrd", "mrd.", "xai", "x.ai", "grace blackwell", "a100", "ai", "ра"]
_TEXTS = [
    "h1 h100 h1000 gh100 h100s h1-x h1.5",
    "5 mrd. euro, 5 mrd euro, 5mrd., mrdx, 3 mrd1",
    "xai's x.ai xaix ai-lab 2ai ai2 aix лаборатория ра ра1 раз",
    "grace blackwell grace-blackwell gracex blackwellx a100s a100 a1000",
    "xai公司 h100芯片 ai。 mrd，",
]


@pytest.mark.parametrize(
    ("letters_only", "right_strict"), [(False, False), (True, False), (True, True)]
)
def test_the_right_boundary_written_once_finds_what_a_check_at_each_end_finds(
    letters_only, right_strict
):
    def spans(phrases: list[str], stems: list[str]) -> list[list[tuple[int, int]]]:
        rx = re.compile(
            trie_pattern(
                phrases,
                stems=stems,
                right_boundary=True,
                left_boundary=True,
                letters_only=letters_only,
                right_strict=right_strict,
            )
        )
        return [[m.span() for m in rx.finditer(text)] for text in _TEXTS]

    once = trie_pattern(_PHRASES, right_boundary=True, letters_only=letters_only)
    each = trie_pattern([*_PHRASES, _PER_END], right_boundary=True, letters_only=letters_only)
    assert once.count("(?!") < each.count("(?!")  # written once vs at each end
    for stems in ([], ["blackw", "лабор"]):
        assert spans(_PHRASES, stems) == spans([*_PHRASES, _PER_END], stems)
    # h1, h100, and h1 before "-x" and ".5"; not h1000, gh100 or h100s
    assert spans(_PHRASES, [])[0] == [(0, 2), (3, 7), (26, 28), (31, 33)]
