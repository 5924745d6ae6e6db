"""The calibrated confidence (sources/extract/calibration.py and ``ledger calibrate``)."""

import io
import json
import math
from datetime import date

import pytest

from orchestration.cli import main as ledger
from sources.extract.calibration import (
    CATEGORICAL,
    MODEL_PATH,
    NUMERIC,
    OTHER,
    Model,
    Shift,
    bundled_model,
    calibrate,
    claim_features,
    fit,
    fit_shift,
)
from sources.extract.claim import Claim
from sources.extract.commands import run_calibrate
from sources.extract.extractor import EXTRACTOR_VERSION, extract
from sources.extract.gazetteer import default_gazetteer
from sources.extract.realnews import unseen_sets, write_text_file

ROUND = "Anthropic closed a $4 billion round led by Amazon, the company said on Tuesday."
LATER = "Its rival xAI has 100,000 Nvidia H100 chips in Memphis, a person familiar said."


def _claim(**fields: object) -> Claim:
    base = dict(
        type="funding_round", subject="Anthropic", owner=None, chip_model=None, scope=None,
        quantity=None, quantity_high=None, qualifier="exact", amount=4e9, amount_high=None,
        currency="USD", amount_usd=4e9, valuation=None, valuation_currency=None,
        valuation_usd=None, valuation_basis=None, status="closed", as_of="2024-03-27",
        evidence=ROUND, start=0, end=len(ROUND), language="en", confidence=0.85,
        rule="en.funding_round.money_raise",
    )  # fmt: skip
    return Claim(**{**base, **fields})


def test_features_of_a_claim_of_our_own():
    gaz = default_gazetteer()
    text = ROUND + " " + LATER
    first = _claim()
    # the subject is taken from the story: the evidence sentence does not name it
    second = _claim(
        type="chip_holding", subject="Anthropic", chip_model="H100-SXM", quantity=100_000.0,
        amount=None, amount_usd=None, currency=None, status="operational", as_of="2024-02",
        evidence=LATER, start=len(ROUND) + 1, end=len(text), confidence=0.7,
        rule="en.chip_holding.qty_chip#2",
    )  # fmt: skip
    a, b = claim_features(
        [first, second], text_chars=len(text), published=date(2024, 3, 28), gazetteer=gaz
    )
    assert set(a) == set(CATEGORICAL) | set(NUMERIC)
    assert a["type"] == "funding_round" and a["rule"] == "money_raise"
    assert a["subject_kind"] == "company" and a["subject_in_evidence"] == "yes"
    assert a["magnitude"] == "funding_round:9" and a["as_of"] == "same"
    assert a["chip"] == "none" and a["scope"] == "none"
    assert a["hand_confidence"] == 0.85 and a["position"] == 0.0
    assert a["sentence_claims"] == 0.0  # alone in its sentence
    assert a["article_claims"] == pytest.approx(1 / 5)  # log2(2) / 5
    assert b["rule"] == "qty_chip" and b["chip"] == "named"
    assert b["subject_in_evidence"] == "no" and b["as_of"] == "before"
    assert b["magnitude"] == "chip_holding:5"
    assert b["position"] == pytest.approx((len(ROUND) + 1) / len(text))


def test_a_name_read_from_the_text_and_foreign_money():
    gaz = default_gazetteer()
    claim = _claim(subject="Zorblax Robotics", currency="JPY", amount=3e10, amount_usd=None)
    (f,) = claim_features([claim], text_chars=len(ROUND), published=None, gazetteer=gaz)
    assert f["subject_kind"] == "read" and f["subject_in_evidence"] == "no"
    assert f["magnitude"] == "funding_round:foreign" and f["as_of"] == "dated"


@pytest.mark.parametrize("figure", [math.inf, -math.inf, math.nan, 0.0, -3.0])
def test_a_figure_that_is_not_finite_and_positive_has_no_magnitude(figure):
    gaz = default_gazetteer()
    money = _claim(amount=figure, amount_usd=figure)
    count = _claim(type="chip_holding", quantity=figure, amount=None, amount_usd=None)
    a, b = claim_features([money, count], text_chars=len(ROUND), published=None, gazetteer=gaz)
    assert a["magnitude"] == "funding_round:vague" and b["magnitude"] == "chip_holding:vague"


def _examples() -> list[tuple[dict, bool]]:
    """Closed rounds are true nine times in ten, reported ones once in ten; nothing else
    differs."""
    base = claim_features(
        [_claim()],
        text_chars=len(ROUND),
        published=date(2024, 3, 28),
        gazetteer=default_gazetteer(),
    )[0]
    out = []
    for i in range(200):
        closed = i % 2 == 0
        flipped = (i // 2) % 10 == 0
        out.append(({**base, "status": "closed" if closed else "reported"}, closed != flipped))
    return out


def test_a_fit_recovers_an_obvious_signal():
    examples = _examples()
    model = fit(examples, l2=0.1, min_count=5)
    closed = model.probability(examples[0][0])
    reported = model.probability(examples[1][0])
    assert closed == pytest.approx(0.9, abs=0.02)
    assert reported == pytest.approx(0.1, abs=0.02)
    assert model.weights[model.names.index("status=closed")] > 0
    # an unseen value falls into the pooled "other" column
    unseen = model.probability({**examples[0][0], "status": "denied"})
    assert unseen == model.probability({**examples[0][0], "status": OTHER})


def test_fitting_is_deterministic_and_the_model_round_trips():
    examples = _examples()
    one = fit(examples, min_count=5, meta={"trained": "2026-01-01"})
    two = fit(examples, min_count=5, meta={"trained": "2026-01-01"})
    assert one.to_json() == two.to_json()
    again = Model.from_json(json.loads(json.dumps(one.to_json())))
    assert again.probability(examples[0][0]) == one.probability(examples[0][0])


def test_the_bundled_model_loads_and_gives_probabilities():
    model = bundled_model()
    assert model.meta["extractor_version"] and model.meta["examples"] > 1000
    # the sets of tests/realnews/UNSEEN are the lead's unseen check: never trained on
    unseen = unseen_sets()
    assert unseen and not any(s["set"].split("/")[-1] in unseen for s in model.meta["sets"])
    raw = extract(ROUND + " " + LATER, language="en", published=date(2024, 3, 28), calibrate=False)
    assert raw
    calibrated = calibrate(
        [Claim(**c.to_dict()) for c in raw],
        text_chars=len(ROUND + " " + LATER),
        published=date(2024, 3, 28),
        gazetteer=default_gazetteer(),
    )
    assert all(0 < c.confidence < 1 for c in calibrated)
    # the extractor's default path gives the same calibrated numbers
    done = extract(ROUND + " " + LATER, language="en", published=date(2024, 3, 28))
    assert [c.confidence for c in done] == [c.confidence for c in calibrated]


@pytest.fixture
def tiny_sets(tmp_path):
    bench = tmp_path / "bench"
    bench.mkdir()
    articles = [
        {"key": "en-a", "url": "https://n.invalid/a", "language": "en", "published": "2024-03-28"},
        {"key": "en-b", "url": "https://n.invalid/b", "language": "en", "published": "2024-03-29"},
    ]  # fmt: skip
    facts = [
        {"key": "en-a", "type": "funding_round", "subject": "Anthropic", "chip_model": None,
         "amount": 4e9, "currency": "USD", "status": "closed", "qualifier": "exact"},
    ]  # fmt: skip
    (bench / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    (bench / "facts.jsonl").write_text("".join(json.dumps(f) + "\n" for f in facts))
    texts = tmp_path / "texts"
    write_text_file(texts / "en-a.txt", "https://n.invalid/a", "en", ROUND)
    write_text_file(texts / "en-b.txt", "https://n.invalid/b", "en", LATER)
    return bench, texts


def test_calibrate_command_on_a_tiny_benchmark(tiny_sets, tmp_path):
    bench, texts = tiny_sets
    out = io.StringIO()
    path = tmp_path / "model.json"
    assert run_calibrate([bench], [texts], out, model_path=path, today=date(2026, 1, 2)) == 0
    model = json.loads(path.read_text())
    assert model["extractor_version"] == EXTRACTOR_VERSION and model["trained"] == "2026-01-02"
    assert model["sets"] == [{"set": "bench", "articles": 2, "claims": 2, "true": 1}]
    assert "bench: 2 of 2 articles, 2 claims, 1 true" in out.getvalue()
    # the ledger command writes the same model (dates aside); texts may sit in several folders
    again = tmp_path / "again.json"
    other = tmp_path / "other"
    other.mkdir()
    (texts / "en-b.txt").rename(other / "en-b.txt")
    args = ["--real", str(texts), "--real", str(other), "--bench", str(bench), "--out", str(again)]
    assert ledger(["calibrate", *args]) == 0
    assert json.loads(again.read_text())["weights"] == model["weights"]


def test_calibrate_command_without_annotation(tmp_path, capsys):
    out = io.StringIO()
    assert run_calibrate([tmp_path / "none"], [tmp_path], out, model_path=tmp_path / "m") == 1
    assert "no articles.jsonl" in out.getvalue() and not (tmp_path / "m").exists()


def test_the_bundled_model_was_fitted_on_this_extractor_version():
    """A change of the rules (a new EXTRACTOR_VERSION) needs a refit, since the model learns
    from what the rules read. Refit from the repository's root with the texts of the annotated
    sets (every set but those listed in tests/realnews/UNSEEN is fitted on by default):

        ledger calibrate --real /path/to/realnews/texts --real /path/to/holdout/texts ...

    and check ``ledger calibrate ... --held-out`` (tests/realnews/README.md)."""
    assert bundled_model().meta["extractor_version"] == EXTRACTOR_VERSION
    assert json.loads(MODEL_PATH.read_text())["extractor_version"] == EXTRACTOR_VERSION


def test_a_chinese_text_with_readings_is_calibrated_on_the_length_calibrate_measures():
    # pinyin readings inside the words are dropped before the rules read the text
    text = "中国公司智谱宣布完成新一轮融(róng)资(zī)，金额为10亿元人民币。"
    published = date(2024, 5, 2)
    raw = extract(text, language="zh", published=published, calibrate=False)
    assert raw
    expected = calibrate(
        [Claim(**c.to_dict()) for c in raw],
        text_chars=len(text),  # what ledger calibrate passes
        published=published,
        gazetteer=default_gazetteer(),
    )
    done = extract(text, language="zh", published=published)
    assert [c.confidence for c in done] == [c.confidence for c in expected]


def test_calibrate_held_out_prints_each_set_scored_by_the_others_and_writes_no_model(
    tiny_sets, tmp_path
):
    bench, texts = tiny_sets
    second = tmp_path / "second"
    second.mkdir()
    for name in ("articles.jsonl", "facts.jsonl"):
        (second / name).write_text((bench / name).read_text())
    out = io.StringIO()
    path = tmp_path / "model.json"
    code = run_calibrate([bench, second], [texts], out, model_path=path, held_out=True)
    lines = out.getvalue().splitlines()
    assert code == 0 and not path.exists()
    assert lines[2].startswith("held out")
    assert lines[3].split()[:3] == ["bench", "2", "1"]
    assert lines[4].split()[:3] == ["second", "2", "1"]
    assert lines[5].startswith("mean") and "pooled held-out: 4 claims" in out.getvalue()
    # one set alone cannot be held out
    alone = io.StringIO()
    assert run_calibrate([bench], [texts], alone, model_path=path, held_out=True) == 1
    assert "two annotated sets" in alone.getvalue() and not path.exists()


def test_ledger_calibrate_fits_on_every_set_but_the_unseen_by_default(monkeypatch, tmp_path):
    from orchestration import cli
    from sources.extract import commands, realnews

    root = tmp_path / "realnews"
    for sub in ("", "holdout", "holdout7"):
        (root / sub).mkdir(parents=True, exist_ok=True)
        (root / sub / "articles.jsonl").write_text("")
    (root / "UNSEEN").write_text("holdout7\n")
    monkeypatch.setattr(realnews, "REALNEWS_DIR", root)
    seen = {}
    monkeypatch.setattr(
        commands, "run_calibrate", lambda benches, *a, **k: seen.update(b=benches, **k) or 0
    )
    assert cli.main(["calibrate", "--real", str(tmp_path), "--held-out"]) == 0
    assert seen["b"] == [str(root), str(root / "holdout")] and seen["held_out"] is True


def test_a_set_without_texts_is_left_out_of_the_fit(tiny_sets, tmp_path):
    bench, texts = tiny_sets
    textless = tmp_path / "textless"
    textless.mkdir()
    article = {"key": "en-z", "url": "https://n.invalid/z", "language": "en"}
    (textless / "articles.jsonl").write_text(json.dumps({**article, "published": "2024-01-02"}))
    (textless / "facts.jsonl").write_text("")
    out = io.StringIO()
    path = tmp_path / "model.json"
    assert run_calibrate([bench, textless], [texts], out, model_path=path) == 0
    assert [s["set"] for s in json.loads(path.read_text())["sets"]] == ["bench"]
    assert "textless: none of its 1 texts given: left out" in out.getvalue()


def test_a_fitted_model_is_freed_once_dropped():
    import gc
    import weakref

    examples = _examples()
    model = fit(examples, min_count=5)
    assert 0 < model.probability(examples[0][0]) < 1  # (its weight tables are built)
    gone = weakref.ref(model)
    del model
    gc.collect()
    assert gone() is None  # no process-wide cache keeps it (--held-out fits one per set)


def test_an_article_with_no_claims_has_no_features():
    """(``ledger calibrate`` reads negative controls too: no claim, nothing to encode.)"""
    features = claim_features(
        [], text_chars=100, published=date(2025, 1, 1), gazetteer=default_gazetteer()
    )
    assert features == []


def test_a_shift_fit_recovers_how_the_log_odds_move_on_new_text():
    import random

    rng = random.Random(3)
    pairs = []
    for _ in range(6000):
        z = rng.uniform(-3, 4)
        pairs.append((z, rng.random() < 1 / (1 + math.exp(-(0.5 * z - 0.6)))))
    shift = fit_shift(pairs, meta={"sets": [{"set": "x"}]})
    assert shift.slope == pytest.approx(0.5, abs=0.08)
    assert shift.offset == pytest.approx(-0.6, abs=0.15)
    assert shift.meta["claims"] == 6000 and shift.meta["sets"] == [{"set": "x"}]
    assert fit_shift(pairs) == fit_shift(pairs)  # deterministic


def test_a_model_applies_its_shift_and_round_trips_with_it():
    examples = _examples()
    model = fit(examples, min_count=5)
    moved = model.with_shift(Shift(0.5, -1.0, {"sets": [{"set": "realnews/holdout9"}]}))
    features = examples[0][0]
    z = model.log_odds(features)
    assert model.probability(features) == pytest.approx(1 / (1 + math.exp(-z)))
    assert moved.probability(features) == pytest.approx(1 / (1 + math.exp(-(0.5 * z - 1.0))))
    again = Model.from_json(json.loads(json.dumps(moved.to_json())))
    assert again.shift == moved.shift and again.probability(features) == moved.probability(features)
    assert Model.from_json(model.to_json()).shift is None


def test_calibrate_shift_keeps_the_model_and_a_refit_drops_the_shift(tiny_sets, tmp_path):
    bench, texts = tiny_sets
    second = tmp_path / "second"
    second.mkdir()
    for name in ("articles.jsonl", "facts.jsonl"):
        (second / name).write_text((bench / name).read_text())
    path = tmp_path / "model.json"
    path.write_text(MODEL_PATH.read_text())  # the bundled model, to shift
    out = io.StringIO()
    assert run_calibrate([bench], [texts], out, model_path=path, shift=True) == 0
    written = json.loads(path.read_text())
    bundled = json.loads(MODEL_PATH.read_text())
    assert written["weights"] == bundled["weights"]  # the model itself is kept
    assert written["unseen_shift"]["sets"] == [
        {"set": "bench", "articles": 2, "claims": 2, "true": 1}
    ]
    assert "shift to unseen text fitted on 2 claims (1 true)" in out.getvalue()
    # per set, the shift fitted on the others
    held = io.StringIO()
    assert (
        run_calibrate([bench, second], [texts], held, model_path=path, shift=True, held_out=True)
        == 0
    )
    assert held.getvalue().splitlines()[-3].split()[:3] == ["bench", "2", "1"]
    # a refit of the model drops the shift fitted on the old model's log-odds
    refit = io.StringIO()
    assert run_calibrate([bench], [texts], refit, model_path=path) == 0
    assert "unseen_shift" not in json.loads(path.read_text())
    assert "fit it again with ledger calibrate --shift" in refit.getvalue()
    # the refitted model learnt from bench's claims: no shift is fitted on them
    refused = io.StringIO()
    assert run_calibrate([bench], [texts], refused, model_path=path, shift=True) == 1
    assert "the model was fitted on bench" in refused.getvalue()
    assert "unseen_shift" not in json.loads(path.read_text())


def test_ledger_calibrate_shift_fits_on_the_shift_sets_by_default(monkeypatch, tmp_path):
    """The sets listed in SHIFT, not every unseen set: holdout8 is a blind check."""
    from orchestration import cli
    from sources.extract import commands, realnews

    root = tmp_path / "realnews"
    for sub in ("", "holdout", "holdout7", "holdout8"):
        (root / sub).mkdir(parents=True, exist_ok=True)
        (root / sub / "articles.jsonl").write_text("")
    (root / "UNSEEN").write_text("holdout7\nholdout8\n")
    (root / "SHIFT").write_text("holdout7\n")
    monkeypatch.setattr(realnews, "REALNEWS_DIR", root)
    seen = {}
    monkeypatch.setattr(
        commands, "run_calibrate", lambda benches, *a, **k: seen.update(b=benches, **k) or 0
    )
    assert cli.main(["calibrate", "--real", str(tmp_path), "--shift"]) == 0
    assert seen["b"] == [str(root / "holdout7")] and seen["shift"] is True
