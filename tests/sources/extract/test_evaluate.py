"""Scoring against facts (sources/extract/evaluate.py)."""

import pytest

from sources.extract.evaluate import (
    Counts,
    close,
    f1_interval,
    format_errors,
    format_reliability,
    format_table,
    matches,
    miss_cause,
    number_agrees,
    pair_facts,
    paired_f1_difference,
    run_dev_set,
    score,
    true_claims,
)

ROUND = {
    "type": "funding_round",
    "subject": "xAI",
    "chip_model": None,
    "status": "closed",
    "amount": 5e9,
    "currency": "USD",
    "qualifier": "exact",
}


def test_close_within_one_percent_or_both_null():
    assert close(100.0, 100.9) and not close(100.0, 102.0)
    assert close(None, None) and not close(None, 1.0)


def test_match_needs_type_subject_chip_status_and_number():
    assert matches(dict(ROUND, subject="XAI"), ROUND)  # canonical names compared without case
    for change in (
        {"type": "valuation"},
        {"subject": "OpenAI"},
        {"chip_model": "H100-SXM"},
        {"status": "reported"},
        {"amount": 7e9},
        {"currency": "EUR"},
    ):
        assert not matches(dict(ROUND, **change), ROUND), change


def test_valuation_numbers_in_usd_or_stated_currency():
    fact = {"type": "valuation", "valuation_usd": 24e9}
    assert number_agrees({"valuation_usd": 24.1e9}, fact)
    assert number_agrees({"amount": 24e9, "currency": "USD"}, fact)
    fact_eur = {"type": "valuation", "valuation": 5.8e9, "valuation_currency": "EUR"}
    assert number_agrees({"amount": 5.8e9, "currency": "EUR", "valuation_usd": 6.3e9}, fact_eur)
    assert not number_agrees({"amount": 5.8e9, "currency": "USD"}, fact_eur)


def test_vague_quantities_match_when_both_are_null():
    fact = {"type": "cluster_size", "quantity": None}
    assert number_agrees({"quantity": None}, fact) and not number_agrees({"quantity": 1e5}, fact)


def test_score_counts_qualifiers_separately():
    preds = {"k": [dict(ROUND, qualifier="approx"), dict(ROUND, subject="OpenAI")]}
    facts = {"k": [ROUND, dict(ROUND, amount=1e9)]}
    report = score(preds, facts, {"k": "en"})
    assert (report.overall.tp, report.overall.predicted, report.overall.facts) == (1, 2, 2)
    assert report.overall.qualifier_ok == 0
    assert report.by_language["en"].f1 == 0.5
    assert len(report.misses) == 1 and len(report.false_positives) == 1
    assert "funding_round" in format_table(report)
    assert any("misses (1)" in line for line in format_errors(report))


def test_counts_without_data_are_zero():
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)


def test_dev_set_runs(tmp_path):
    articles = tmp_path / "articles.jsonl"
    facts = tmp_path / "facts.jsonl"
    articles.write_text(
        '{"key": "en-1", "text": "xAI raised $5 billion in March.", "language": "en", '
        '"published": "2024-06-01"}\n'
    )
    facts.write_text(
        '{"key": "en-1", "type": "funding_round", "subject": "xAI", "chip_model": null, '
        '"status": "closed", "amount": 5000000000, "currency": "USD", "qualifier": "exact"}\n'
    )
    report = run_dev_set(tmp_path)
    assert (report.overall.tp, report.overall.facts) == (1, 1)


def test_miss_cause_names_the_part_of_the_reading_that_failed():
    fact = dict(ROUND, chip_model=None)
    assert miss_cause(fact, []) == "nothing read"
    assert miss_cause(fact, [dict(fact, subject="OpenAI")]) == "other subject"
    assert miss_cause(fact, [dict(fact, amount=fact["amount"] * 3)]) == "other figure"
    both = dict(fact, subject="OpenAI", amount=fact["amount"] * 3)
    assert miss_cause(fact, [both]) == "other subject and figure"
    assert miss_cause(fact, [dict(fact, chip_model="H100-SXM")]) == "other chip"
    assert miss_cause(fact, [dict(fact, status="planned")]) == "other status"
    # an exact reading beside it was matched to another fact of the article
    assert miss_cause(fact, [dict(fact, status="planned"), dict(fact)]) == "read once for two facts"
    # where status is scored apart, an agreeing claim left over was taken by another fact
    assert miss_cause(fact, [dict(fact)], match_status=False) == "read once for two facts"
    # the most specific cause wins when several predictions are near
    assert miss_cause(fact, [both, dict(fact, subject="OpenAI")]) == "other subject"


def test_table_counts_misses_by_cause():
    facts = {"k": [ROUND, dict(ROUND, subject="Mistral AI", amount=7e8)]}
    report = score({"k": [dict(ROUND, subject="OpenAI")]}, facts, {"k": "en"})
    table = format_table(report)
    assert "misses by cause (2): other subject 1, other subject and figure 1" in table
    assert any(line.endswith("(other subject)") for line in format_errors(report))


def test_table_says_why_nothing_was_read_when_the_scorer_had_a_trace():
    facts = {"k": [ROUND, dict(ROUND, type="valuation", valuation_usd=3e10)]}
    report = score({"k": []}, facts, {"k": "en"})
    assert "nothing read, why" not in format_table(report)  # (no trace: the dev set)
    report.nothing_read_why = ["no cue word", "read, no claim"]
    assert "nothing read, why (2): no cue word 1, read, no claim 1" in format_table(report)
    assert any(line.endswith("(nothing read: no cue word)") for line in format_errors(report))


def test_table_splits_read_no_claim_by_the_reason_the_figure_was_dropped_for():
    facts = {"k": [ROUND, dict(ROUND, type="valuation", valuation_usd=3e10), ROUND, ROUND]}
    report = score({"k": []}, facts, {"k": "en"})
    report.nothing_read_why = [
        "read, dropped: no subject",
        "read, dropped: no subject",
        "read, dropped: below minimum amount",
        "read, no claim",
    ]
    assert (
        "nothing read, why (4): read, no claim 4 (dropped: no subject 2, below minimum amount 1,"
        " none recorded 1)"
    ) in format_table(report)
    errors = list(format_errors(report))
    assert any(line.endswith("(nothing read: read, dropped: no subject)") for line in errors)


def test_each_fact_takes_one_prediction_preferring_the_right_status():
    reported = dict(ROUND, status="reported")
    preds = [reported, dict(ROUND), reported]
    # the first fact takes the closed reading, though a reported one comes first; the second
    # fact takes the first reading left
    assert pair_facts(preds, [ROUND, ROUND], match_status=False) == [1, 0]
    assert true_claims(preds, [ROUND, ROUND]) == [True, True, False]
    # with the status part of a match, the reported readings match nothing
    assert pair_facts(preds, [ROUND, ROUND]) == [1, None]
    assert true_claims([dict(ROUND, amount=7e9)], [ROUND]) == [False]


def test_reliability_bins_claims_and_rescores_above_thresholds():
    predictions = {
        "a": [dict(ROUND, confidence=0.75), dict(ROUND, amount=7e9, confidence=0.45)],
        "b": [dict(ROUND, subject="OpenAI", confidence=0.55)],
    }
    facts = {"a": [ROUND], "b": [dict(ROUND, subject="OpenAI")]}
    rows = {
        line[:16].strip(): line[16:].split()
        for line in format_reliability(
            score(predictions, facts, {}, match_status=False)
        ).splitlines()
    }
    assert rows["[0.4, 0.5)"] == ["1", "0.45", "0.00"]
    assert rows["[0.5, 0.6)"] == ["1", "0.55", "1.00"]
    assert rows["[0.7, 1.0)"] == ["1", "0.75", "1.00"]
    assert rows["[0.0, 0.3)"] == ["0", "-", "-"]
    assert rows["all claims"] == ["0.67", "1.00", "0.80", "3"]
    assert rows["conf >= 0.5"] == ["1.00", "1.00", "1.00", "2"]
    assert rows["conf >= 0.6"] == ["1.00", "0.50", "0.67", "1"]


def _report_of(articles: dict[str, tuple[int, int, int]]):
    """A report whose articles have (true claims, false claims, missed facts)."""
    preds, facts, langs = {}, {}, {}
    for key, (true, false, missed) in articles.items():
        amounts = [1e9 * (i + 1) for i in range(true + missed)]
        facts[key] = [dict(ROUND, amount=a) for a in amounts]
        preds[key] = [dict(ROUND, amount=a) for a in amounts[:true]]
        preds[key] += [dict(ROUND, subject="OpenAI", amount=1e9 * (i + 1)) for i in range(false)]
        langs[key] = "en" if key < "m" else "de"
    return score(preds, facts, langs, match_status=False)


def test_f1_interval_brackets_the_score_and_is_the_same_twice():
    report = _report_of({"a": (3, 0, 0), "b": (0, 2, 2), "c": (2, 1, 1), "n": (1, 1, 0)})
    low, high = f1_interval(report)
    assert low < report.overall.f1 < high
    assert f1_interval(report) == (low, high)  # seeded: a table prints the same twice


def test_f1_interval_of_articles_that_all_score_alike_is_a_point():
    report = _report_of({"a": (2, 1, 1), "b": (2, 1, 1), "c": (2, 1, 1)})
    assert f1_interval(report) == (report.overall.f1, report.overall.f1)


def test_f1_interval_needs_two_articles_and_can_take_a_subset():
    report = _report_of({"a": (2, 1, 1), "b": (2, 1, 1), "n": (0, 2, 2)})
    assert f1_interval(report, ["a"]) is None
    assert f1_interval(report, ["a", "b"]) == (2 / 3, 2 / 3)  # two articles alike: a point
    low, high = f1_interval(report)
    assert low < 2 / 3 <= high
    table = format_table(report)
    assert "F1 95%" in table.splitlines()[0]
    overall = next(line for line in table.splitlines() if line.startswith("overall"))
    assert overall.split()[-1] == "{:.2f}-{:.2f}".format(*f1_interval(report))


def test_a_paired_difference_of_one_reading_with_itself_is_zero():
    report = _report_of({"a": (3, 0, 0), "b": (0, 2, 2), "c": (2, 1, 1), "n": (1, 1, 0)})
    assert paired_f1_difference(report, report) == (0.0, 0.0, 0.0)


def test_a_reading_better_on_every_article_has_an_interval_above_zero():
    articles = {key: (1, 1, 1) for key in "abcdefgh"}
    before = _report_of(articles)
    after = _report_of({key: (2, 0, 0) for key in articles})  # every miss and false claim fixed
    delta, low, high = paired_f1_difference(before, after)
    assert delta == pytest.approx(1.0 - before.overall.f1) and 0 < low <= delta <= high
    # the same articles drawn for both: one article's change alone cannot be told from chance
    one = _report_of({**articles, "a": (2, 0, 0)})
    delta, low, _high = paired_f1_difference(before, one)
    assert delta > 0 and low == 0.0
    assert paired_f1_difference(before, _report_of({"a": (1, 1, 1)})) is None  # one shared
