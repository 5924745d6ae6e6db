"""Per-document word index (sources/extract/lexicon.py)."""

from sources.extract import lexicon as lx
from sources.extract.rules import load_rules
from sources.extract.textnorm import fold, lower_fold


def lexicon(text, lang="en"):
    rules = load_rules(lang)
    low = lower_fold(text)
    lex = rules.lexicon_for(low, fold(text))
    lex.scan_all(1)
    return low, lex


def test_scanned_and_positional_kinds():
    text = "OpenAI raised more than $6 billion, reportedly."
    low, lex = lexicon(text)
    cues = [h.value for h in lex.within(lx.CUE, 0, len(text))]
    assert [c for c in cues if c in ("raise", "reported")] == ["raise", "reported"]
    six = text.index("6")
    assert lex.ending_at(low, six, 0, lx.CUR_PREFIX).value == "USD"
    assert lex.ending_at(low, six - 1, 0, lx.BOUND).value == "at_least"
    assert lex.starting_at(low, six + 1, len(text), lx.SCALE).value == 1e9


def test_found_elsewhere_is_checked_and_rescanned():
    text = "sa levée de fonds"
    low, _ = lexicon(text, "fr")
    rules = load_rules("fr")
    lex = rules.lexicon_for(low, fold(text))
    # a scan without word boundaries found "a levé" inside "sa levée": it is rejected and the
    # stretch re-read, which finds the real words
    lex.add_found(1, ["a levé"])
    assert {low[h.start : h.end] for h in lex.within(lx.CUE, 0, len(text))} == {"levée de fonds"}


def test_ensure_scans_a_sentence_once():
    text = "Hundreds of thousands of GPUs. A million more."
    _low, lex = lexicon(text)
    lex.ensure(0, 30)
    lex.ensure(0, 30)
    assert len(lex.within(lx.VAGUE, 0, len(text))) == 1


def test_positional_lookups_agree_with_the_phrase_matcher():
    # Lexicon.starting_at / ending_at inline PhraseMatcher.starting_at / ending_at (a hot
    # path): at every position of real-looking text they must give the same words
    texts = {
        "en": "xAI raised more than $6 billion, up to 1.2 gigawatts and at least 100,000 GPUs.",
        "de": "Rund 6 Milliarden Dollar, mehr als 200.000 Chips und bis zu 1,5 Gigawatt.",
        "zh": "xAI完成超过60亿美元融资，约10万块H100，至少1.2吉瓦。",
    }
    hits = 0
    for lang, text in texts.items():
        low, lex = lexicon(text, lang)
        for kind, matcher in load_rules(lang).positional.items():
            for pos in range(len(low) + 1):
                found = matcher.starting_at(low, pos, len(low))
                want = (
                    None
                    if found is None or not found.payloads or found.start - pos > lx.MAX_SKIP
                    else (found.start, found.end, found.payloads[0])
                )
                got = lex.starting_at(low, pos, len(low), kind)
                assert (got and (got.start, got.end, got.value)) == want, (lang, kind, pos)
                found = matcher.ending_at(low, pos, 40)
                want = (
                    None
                    if found is None or not found.payloads
                    else (found.start, found.end, found.payloads[0])
                )
                got = lex.ending_at(low, pos, 0, kind)
                assert (got and (got.start, got.end, got.value)) == want, (lang, kind, pos)
                hits += got is not None
    assert hits > 10  # the texts do hold bounds, scales, currencies and units
