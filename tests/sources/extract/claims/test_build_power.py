"""Build durations and power capacities (sources/extract/claims/build_power.py); our own
sentences."""

import pytest


def test_a_power_figure_in_a_requirement_is_a_threshold(check):
    check("TVA approval is required for any single customer load above 100 megawatts.", "en", [])


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        ("ja", "xAIは将来的に電力を600メガワット超に増やす計画だ。", "at_least"),
        ("en", "CoreWeave's new campus will draw 250 MW or more.", "at_least"),
        ("zh", "微软的新数据中心供电能力约为500兆瓦左右。", "approx"),
    ],
)
def test_a_bound_after_the_power_unit(check, lang, text, qualifier):
    (claim,) = check(text, lang, [{"type": "power_capacity"}])
    assert claim.qualifier == qualifier


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Colossus 2 superará el gigavatio de potencia."),
        ("fr", "Colossus 2 dépassera le gigawatt de puissance."),
    ],
)
def test_the_gigawatt_with_an_article_is_one(check, lang, text):
    check(text, lang, [{"type": "power_capacity", "quantity": 1000.0, "qualifier": "at_least"}])
