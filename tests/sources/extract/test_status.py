"""Status precedence (sources/extract/status.py)."""

from sources.extract.status import Cue, StatusContext, resolve_status


def ctx(cues, clauses=((0, 100, False),), figures=(50,), subjects=(), next_denial=False):
    return StatusContext(
        tuple(Cue(s, e, k) for s, e, k in cues),
        tuple(clauses),
        tuple(figures),
        tuple(subjects),
        next_denial,
    )


def test_defaults_per_type():
    assert resolve_status(ctx([]), "cluster_size", 50) == "operational"
    assert resolve_status(ctx([]), "funding_round", 50) == "closed"


def test_denial_beats_everything():
    assert (
        resolve_status(ctx([(0, 5, "denied"), (10, 14, "planned")]), "funding_round", 50)
        == "denied"
    )


def test_next_sentence_denial_only_answers_reports_and_plans_of_money():
    reported = ctx([(0, 5, "reported")], next_denial=True)
    assert resolve_status(reported, "funding_round", 50) == "denied"
    assert resolve_status(ctx([], next_denial=True), "funding_round", 50) == "closed"
    assert (
        resolve_status(ctx([(0, 5, "planned")], next_denial=True), "cluster_size", 50) == "planned"
    )


def test_reports_beat_plans():
    assert (
        resolve_status(ctx([(0, 5, "planned"), (60, 70, "reported")]), "funding_round", 50)
        == "reported"
    )


def test_attribution_needs_a_news_outlet():
    assert resolve_status(ctx([(0, 12, "according")]), "funding_round", 50) == "closed"
    assert (
        resolve_status(ctx([(0, 12, "according"), (13, 22, "media")]), "funding_round", 50)
        == "reported"
    )


def test_hearsay_in_another_figures_clause_does_not_cover():
    clauses = ((0, 40, False), (40, 100, False))
    c = ctx([(45, 55, "reported")], clauses=clauses, figures=(20, 60))
    assert resolve_status(c, "funding_round", 20) == "closed"
    assert resolve_status(c, "funding_round", 60) == "reported"
    # a hearsay clause with no figure of its own covers the whole sentence
    c = ctx([(45, 55, "reported")], clauses=clauses, figures=(20,))
    assert resolve_status(c, "funding_round", 20) == "reported"


def test_plans_propagate_to_subjectless_clauses_not_to_relative_ones():
    clauses = ((0, 30, False), (30, 60, True), (60, 100, False))
    c = ctx([(5, 10, "planned")], clauses=clauses, figures=(40, 80))
    assert resolve_status(c, "cluster_size", 80) == "planned"
    assert resolve_status(c, "cluster_size", 40) == "operational"
    # a clause with its own subject keeps its own tense
    c = ctx([(5, 10, "planned")], clauses=clauses, figures=(40, 80), subjects=(62,))
    assert resolve_status(c, "cluster_size", 80) == "operational"


def test_future_time_makes_a_plan():
    assert resolve_status(ctx([]), "chip_holding", 50, future_time=True) == "planned"
