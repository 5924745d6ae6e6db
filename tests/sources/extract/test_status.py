"""Status precedence (sources/extract/status.py)."""

import pytest

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


def test_plan_before_a_clause_with_its_own_subject_does_not_cover_a_later_figure():
    # "The money is to go into compute: Anthropic uses Rainier, which houses 500,000 chips"
    c = ctx(
        [(10, 14, "planned")],
        clauses=((0, 40, False), (40, 70, False), (70, 100, False)),
        figures=(80,),
        subjects=(42,),
    )
    assert resolve_status(c, "cluster_size", 80) == "operational"
    assert resolve_status(ctx([(10, 14, "planned")], figures=(80,)), "cluster_size", 80) == (
        "planned"
    )


def test_a_figure_dated_in_the_past_is_not_covered_by_another_clauses_plan():
    c = ctx([(10, 14, "planned")], clauses=((0, 40, False), (40, 100, False)), figures=(60,))
    assert resolve_status(c, "funding_round", 60) == "planned"
    assert resolve_status(c, "funding_round", 60, past_time=True) == "closed"


def test_a_speaker_in_the_figures_clause_takes_it_out_of_a_leading_report():
    clauses = ((0, 10, False), (10, 50, False), (50, 100, False))
    c = ctx([(0, 6, "reported"), (55, 57, "official"), (60, 61, "planned")], clauses, (30, 70))
    assert resolve_status(c, "cluster_size", 30) == "reported"
    assert resolve_status(c, "cluster_size", 70) == "planned"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Colossus already runs 150,000 GPUs and will grow to 300,000 GPUs by 2026."),
        ("de", "Colossus umfasst bereits 150.000 GPUs und soll bis 2026 auf 300.000 GPUs wachsen."),
        ("fr", "Colossus compte déjà 150 000 GPU et devrait passer à 300 000 GPU d'ici 2026."),
        ("it", "Colossus conta già 150.000 GPU e dovrebbe salire a 300.000 GPU entro il 2026."),
        ("es", "Colossus ya cuenta con 150.000 GPU y podría llegar a 300.000 GPU en 2026."),
        (
            "ru",
            "Colossus уже насчитывает 150 тыс. GPU и должен вырасти до 300 тыс. GPU к 2026 году.",
        ),
        (
            "id",
            "Colossus kini memiliki 150.000 GPU dan akan diperluas menjadi 300.000 GPU pada 2026.",
        ),
        ("zh", "Colossus超算目前拥有15万块GPU，并将在2026年扩展至30万块GPU。"),
    ],
)
def test_status_and_time_per_coordinated_clause(check, lang, text):
    claims = check(
        text,
        lang,
        [
            {"subject": "Colossus", "quantity": 150_000.0, "status": "operational"},
            {"subject": "Colossus", "quantity": 300_000.0, "status": "planned"},
        ],
    )
    # "by 2026" is the year's end, "in 2026" the year; the present figure keeps its own date
    dates = {c.quantity: c.as_of for c in claims}
    assert dates[300_000.0] in ("2026", "2026-12")
    assert dates[150_000.0] != dates[300_000.0]


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("ja", "ソフトバンクはオープンAIに最大100億ドルを出資する方向で調整している。", "planned"),
        ("ru", "xAI не комментирует сообщения о раунде на 20 млрд долларов.", "reported"),
        (
            "it",
            "L'aumento di capitale valuterebbe Mistral AI circa 14 miliardi di euro.",
            "reported",
        ),
    ],
)
def test_plan_and_report_words_round_2(run, lang, text, status):
    claims = run(text, lang)
    assert len(claims) == 1 and claims[0].status == status
