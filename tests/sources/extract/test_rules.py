"""The rule files and their loader (sources/extract/rules.py)."""

import tomllib

import pytest

from sources.extract import lexicon as lx
from sources.extract.rules import CUE_KINDS, RULES_DIR, _read, load_rules
from sources.registry import RULE_LANGUAGES as LANGUAGES


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_has_its_words(code):
    rules = load_rules(code)
    assert rules.code == code
    assert rules.group in (".", ",", "\u00a0", "\u202f")
    data = _read(RULES_DIR / f"{code}.toml")
    for kind in (
        "raise",
        "valuation",
        "cluster",
        "planned",
        "reported",
        "denied",
        "increment",
        "part",
        "funding_total",
        "build",
        "growth",
    ):
        assert data["cues"].get(kind), (code, kind)
    for section in ("percent", "vague"):
        assert data["numbers"].get(section), (code, section)
    assert rules.cjk or rules.positional[lx.SCALE].pattern is not None


def test_unknown_sections_and_cue_kinds_are_errors(tmp_path):
    bad = tmp_path / "xx.toml"
    bad.write_text('[cues]\nraisse = ["raise"]\n')
    with pytest.raises(ValueError, match="unknown cue kinds"):
        _read(bad)
    bad.write_text("[cuez]\n")
    with pytest.raises(ValueError, match="unknown sections"):
        _read(bad)


def test_rule_files_only_use_documented_cue_kinds():
    for path in RULES_DIR.glob("*.toml"):
        data = tomllib.loads(path.read_text())
        assert set(data.get("cues", {})) <= set(CUE_KINDS), path.name


def test_unknown_language_falls_back_to_english():
    assert load_rules("xx").code == "en"
    assert load_rules(None).code == "en"


def test_babel_month_names_are_used():
    rules = load_rules("id")
    assert list(rules.months.finditer("Agustus"))  # CLDR's name, not typed in the rule file


def test_short_function_words_are_read_per_sentence_only():
    rules = load_rules("pt")
    assert list(rules.cue_lexicon.finditer("a empresa"))
    # a scan without word boundaries (the batch path's Rust regex) would find them everywhere
    assert "a" not in rules.anchor_phrases


def test_anchor_lexicon_holds_the_words_that_pick_candidate_sentences():
    rules = load_rules("en")
    values = {v for h in rules.anchor_lexicon.finditer("xai raised $6 billion") for v in h.payloads}
    assert ("anchor", "raise") in values
    chips = {v for h in rules.anchor_lexicon.finditer("100,000 gpus") for v in h.payloads}
    assert ("anchor", "noun") in chips
    # status and time words are read per candidate sentence, not in the whole text
    assert "will" in rules.cue_lexicon.literal and "will" not in rules.anchor_phrases
    power = {v for h in rules.anchor_lexicon.finditer("150 megawatts") for v in h.payloads}
    assert ("anchor", "power") in power


@pytest.mark.parametrize("code", LANGUAGES)
def test_count_words_come_from_the_language_file(code):
    """The words that open a count of companies or a span of raising are the language's own
    number words plus its ``span_quantifiers``: English "several" is not a German count."""
    rules = load_rules(code)
    data = _read(RULES_DIR / f"{code}.toml")
    quantifiers = set(data["money"].get("span_quantifiers", []))
    assert quantifiers <= rules.count_tokens
    if code != "en":
        assert not {"few", "several"} & rules.count_tokens - quantifiers
    else:
        assert {"few", "several", "five"} <= rules.count_tokens


def test_a_key_nothing_reads_is_an_error(tmp_path, monkeypatch):
    """A misspelt key ("span_quantifier") would otherwise be ignored without a word."""
    from sources.extract import rules

    (tmp_path / "common.toml").write_text((RULES_DIR / "common.toml").read_text())
    english = (RULES_DIR / "en.toml").read_text()
    (tmp_path / "en.toml").write_text(english.replace("span_quantifiers =", "span_quantifier ="))
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    with pytest.raises(
        ValueError, match=r"en.toml: unknown keys in \[money\]: \['span_quantifier'\]"
    ):
        load_rules.__wrapped__("en")
    # [bounds] and [units] hold kinds: a kind that is none is an error too
    for wrong, section in (("at_leats =", "bounds"), ("dayz =", "units")):
        first = {"bounds": "at_least =", "units": "day ="}[section]
        (tmp_path / "en.toml").write_text(english.replace(first, wrong, 1))
        with pytest.raises(ValueError, match=rf"unknown keys in \[{section}\]"):
            load_rules.__wrapped__("en")
    (tmp_path / "en.toml").write_text(english)
    assert load_rules.__wrapped__("en").count_tokens == load_rules("en").count_tokens
