"""The ``ledger extract``, ``ledger eval`` and ``ledger calibrate`` commands (argparse wiring
lives in the ``ledger`` console script; ``python -m sources.extract`` offers the first two on
their own)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sources.extract.compare import SavedRun, comparison, read_run, write_run
from sources.extract.evaluate import (
    DEV_DIR,
    Report,
    format_errors,
    format_reliability,
    format_summary,
    format_table,
    run_dev_set,
)
from sources.extract.extractor import EXTRACTOR_VERSION, extract
from sources.extract.realnews import (
    REALNEWS_DIR,
    BenchmarkError,
    annotation_folders,
    collect_texts,
    fetch_missing,
    load_benchmark,
    run_benchmark,
    unseen_sets,
)
from sources.settings import Settings, get_settings

if TYPE_CHECKING:
    from sources.extract.crossfit import Article


def run_extract(
    paths: list[str],
    published: date | None,
    lang: str | None,
    out: TextIO,
    stdin: TextIO,
    *,
    err: TextIO | None = None,
) -> int:
    """Print one JSON object per claim per line: ``document`` (the path as given) and every
    claim field. ``-`` reads stdin. Returns 0, or 1 if a file could not be read (the others
    are still processed)."""
    err = err if err is not None else sys.stderr
    status = 0
    for path in paths:
        if path == "-":
            text = stdin.read()
        else:
            try:
                text = Path(path).read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                err.write(f"ledger extract: cannot read {path}: {exc.strerror or exc}\n")
                status = 1
                continue
        for claim in extract(text, language=lang, published=published):
            record = {"document": path, **claim.to_dict()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return status


def run_eval(
    out: TextIO,
    *,
    verbose: bool = False,
    dev_dir: Path | str | None = None,
) -> int:
    """Score the extractor on the development set and print precision, recall and F1 per
    claim type, per language and overall (and the misses and false positives with
    ``verbose``). Returns 0, or 1 when the development set is missing."""
    folder = Path(dev_dir) if dev_dir is not None else DEV_DIR
    if not (folder / "articles.jsonl").is_file() or not (folder / "facts.jsonl").is_file():
        out.write(f"ledger eval: no development set in {folder}\n")
        return 1
    report = run_dev_set(folder)
    out.write(format_table(report) + "\n")
    if verbose:
        for line in format_errors(report):
            out.write(line + "\n")
    return 0


def run_eval_real(
    texts_dir: Path | str | Sequence[Path | str],
    out: TextIO,
    *,
    verbose: bool = False,
    bench_dir: Path | str | None = None,
    settings: Settings | None = None,
    all_sets: bool = False,
    save_claims: Path | str | None = None,
    compare: Path | str | None = None,
) -> int:
    """Score the extractor on the real-news benchmark, with the texts read from ``texts_dir``
    (one folder or several; and, online, fetched into ``$LEDGER_HOME/realnews/``). With
    ``all_sets``, score the benchmark and every held-out set beside it
    (:func:`sources.extract.realnews.annotation_folders`) and print one row per set.
    ``save_claims`` writes the claims read, a JSON line per scored article, for a later
    ``compare``: that run then says, per set, how many claims were added, dropped or moved in
    confidence and the F1 difference with its paired interval (counts only, so it may be run
    on an unseen set: :mod:`sources.extract.compare`).
    Returns 0 when it scored, 1 when the annotation is missing or there is no text to score,
    2 when the ``compare`` file cannot be read or the ``save_claims`` folder is missing (the
    message says what to do)."""
    settings = settings or get_settings()
    dirs = [Path(texts_dir)] if isinstance(texts_dir, (str, Path)) else [Path(d) for d in texts_dir]
    root = Path(bench_dir) if bench_dir is not None else REALNEWS_DIR
    # the files of --compare and --save-claims are checked before any scoring
    earlier = None
    try:
        earlier = read_run(Path(compare)) if compare is not None else None
    except (OSError, ValueError) as exc:
        out.write(f"ledger eval --compare: {exc}\n")
        return 2
    save_path = Path(save_claims) if save_claims is not None else None
    if save_path is not None and not save_path.parent.is_dir():
        out.write(f"ledger eval --save-claims: no folder {save_path.parent}\n")
        return 2
    if not all_sets:
        scored = _score_set(root, dirs, out, settings, verbose=verbose)
        if scored is None:
            return 1
        _save_and_compare([(root.name, scored)], save_path, earlier, out)
        out.write(format_table(scored) + "\n")
        out.write("reliability of the confidence\n" + format_reliability(scored) + "\n")
        if note := _fitted_on_note(root):
            out.write(note + "\n")
        if verbose:
            _write_errors(scored, root, out)
        return 0
    rows: list[tuple[str, Report]] = []
    for folder in annotation_folders(root):
        out.write(f"{folder.name}: ")
        report = _score_set(folder, dirs, out, settings, verbose=verbose)
        if report is None:
            continue
        rows.append((folder.name, report))
        if verbose:
            out.write(format_table(report) + "\n")
            _write_errors(report, folder, out)
    if not rows:
        return 1
    _save_and_compare(rows, save_path, earlier, out)
    pooled = Report(
        match_status=False,
        predictions={f"{n}/{k}": p for n, r in rows for k, p in r.predictions.items()},
        facts={f"{n}/{k}": f for n, r in rows for k, f in r.facts.items()},
    )
    out.write("reliability of the confidence, all sets\n" + format_reliability(pooled) + "\n")
    scored = {name for name, _report in rows}
    fitted = [_fitted_on(f) for f in annotation_folders(root) if f.name in scored]
    if any(model for model, _shift in fitted):
        out.write(
            f"note: the calibration model was fitted on {sum(m for m, _ in fitted)} of these "
            f"{len(rows)} sets (not a held-out measure; ledger calibrate --held-out gives one)\n"
        )
    if any(shift for _model, shift in fitted):
        out.write(
            f"note: its shift to unseen text was fitted on {sum(s for _, s in fitted)} of them "
            "(ledger calibrate --shift --held-out gives a held-out measure)\n"
        )
    out.write(format_summary(rows) + "\n")
    return 0


def _save_and_compare(
    rows: list[tuple[str, Report]],
    save_path: Path | None,
    earlier: SavedRun | None,
    out: TextIO,
) -> None:
    """Write the claims of the scored sets to ``save_path``, and say how they differ from
    the ``earlier`` run, set by set (:mod:`sources.extract.compare`)."""
    if save_path is not None:
        write_run(rows, save_path, EXTRACTOR_VERSION)
        out.write(f"claims of {len(rows)} set(s) saved to {save_path}\n")
    for name, report in rows if earlier is not None else ():
        out.write(comparison(name, report, earlier) + "\n")


def _write_errors(report: Report, folder: Path, out: TextIO) -> None:
    """The misses and false positives of a set, unless the set is held out as unseen
    (:func:`sources.extract.realnews.unseen_sets`): reading them would fit the next rules to it."""
    if folder.name in unseen_sets(folder.parent) | unseen_sets(folder):
        out.write(
            f"({folder.name} is held out as unseen in {folder.parent.name}/UNSEEN: its misses "
            "and false positives are not listed; take it out of that file once a round of "
            "rules has been scored on it)\n"
        )
        return
    for line in format_errors(report):
        out.write(line + "\n")


def _score_set(
    folder: Path, dirs: list[Path], out: TextIO, settings: Settings, *, verbose: bool
) -> Report | None:
    """Score one annotation folder with the texts found in ``dirs`` (fetched when online);
    None, with the reason written, when there is nothing to score."""
    try:
        bench = load_benchmark(folder)
    except BenchmarkError as exc:
        out.write(f"ledger eval --real: {exc}\n")
        return None
    store = settings.home / "realnews"
    texts = collect_texts(bench, [*dirs, store])
    if texts.missing and settings.online:
        out.write(f"fetching {len(texts.missing)} missing texts into {store}\n")
        from sources.http import HttpClient

        with HttpClient.from_settings(settings) as client:
            failed = fetch_missing(bench, texts.missing, store, client)
        if failed:
            out.write(f"could not fetch {len(failed)}: {', '.join(failed)}\n")
        texts = collect_texts(bench, [*dirs, store])
    if not texts.by_key:
        where = ", ".join(str(d) for d in dirs)
        out.write(
            f"ledger eval --real: none of the {len(bench.articles)} benchmark texts is in "
            f"{where} or {store}; put them there as <key>.txt (URL, language, an empty line, "
            "the text) or run with LEDGER_ONLINE=1 to fetch them\n"
        )
        return None
    out.write(
        f"{len(texts.by_key)} of {len(bench.articles)} articles, "
        f"{sum(len(bench.facts.get(k, [])) for k in texts.by_key)} facts"
        + (f"; {len(texts.missing)} texts missing" if texts.missing else "")
        + (f"; {len(texts.changed)} differ from the annotated text" if texts.changed else "")
        + "\n"
    )
    if verbose and texts.missing:
        out.write(f"missing texts: {', '.join(texts.missing)}\n")
    return run_benchmark(bench, texts.by_key)


def run_calibrate(
    bench_dirs: Sequence[Path | str],
    texts_dirs: Sequence[Path | str],
    out: TextIO,
    *,
    model_path: Path | str | None = None,
    today: date | None = None,
    held_out: bool = False,
    shift: bool = False,
) -> int:
    """Rerun the extractor (hand-set confidences) on the annotated real-news sets of
    ``bench_dirs``, with their texts found in ``texts_dirs``, fit the calibration model on its
    claims and write it (default: the bundled ``calibration.json``). With ``held_out``, write
    no model: print, for each set, the model fitted on the others scored on it
    (:mod:`sources.extract.crossfit`). With ``shift``, keep the model and fit only its shift to
    unseen text (:class:`sources.extract.calibration.Shift`) on these sets, which must be sets
    the rules were not tuned on (with ``held_out``: per set, the shift fitted on the others).
    Returns 0, or 1 when a set's annotation is missing or no claim was read (or, with
    ``held_out``, fewer than two sets were given)."""
    from sources.extract.calibration import (
        MODEL_PATH,
        fit,
        labelled_examples,
        load_model,
        save_model,
    )
    from sources.extract.crossfit import Article, format_held_out, leave_one_set_out
    from sources.extract.extractor import EXTRACTOR_VERSION
    from sources.extract.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    sets: list[tuple[str, list[Article]]] = []
    trained_on = []
    for bench_dir in bench_dirs:
        try:
            bench = load_benchmark(Path(bench_dir))
        except BenchmarkError as exc:
            out.write(f"ledger calibrate: {exc}\n")
            return 1
        texts = collect_texts(bench, [Path(d) for d in texts_dirs])
        name = _set_name(Path(bench_dir))
        if not texts.by_key:
            # a set with no text given is not fitted on (nor named among the model's sets)
            out.write(f"{name}: none of its {len(bench.articles)} texts given: left out\n")
            continue
        articles = []
        for key, text in texts.by_key.items():
            article = bench.articles[key]
            claims = extract(
                text, language=article.language, published=article.published, calibrate=False
            )
            facts = bench.facts.get(key, [])
            examples = labelled_examples(
                claims,
                facts,
                text_chars=len(text),  # as the extractor measures it (the text as given)
                published=article.published,
                gazetteer=gaz,
            )
            articles.append(Article([c.to_dict() for c in claims], facts, examples))
        found = [e for a in articles for e in a.examples]
        sets.append((name, articles))
        trained_on.append(
            {
                "set": name,
                "articles": len(texts.by_key),
                "claims": len(found),
                "true": sum(1 for _, y in found if y),
            }
        )
        out.write(
            f"{name}: {len(texts.by_key)} of {len(bench.articles)} articles, "
            f"{len(found)} claims, {trained_on[-1]['true']} true\n"
        )
    examples = [e for _, articles in sets for a in articles for e in a.examples]
    if not examples:
        out.write("ledger calibrate: no claim read: nothing to fit\n")
        return 1
    path = Path(model_path) if model_path is not None else MODEL_PATH
    if shift:
        return _calibrate_shift(sets, trained_on, path, out, today=today, held_out=held_out)
    if held_out:
        if len(sets) < 2:
            out.write("ledger calibrate --held-out: give two annotated sets or more\n")
            return 1
        out.write(format_held_out(leave_one_set_out(sets)) + "\n")
        return 0
    meta = {
        "extractor_version": EXTRACTOR_VERSION,
        "trained": (today or date.today()).isoformat(),
        "sets": trained_on,
    }
    model = fit(examples, meta=meta)
    had_shift = path.is_file() and load_model(path).shift is not None
    save_model(model, path)
    out.write(
        f"fitted on {len(examples)} claims ({model.meta['true']} true), "
        f"{len(model.names)} features: {path}\n"
    )
    if had_shift:
        out.write(
            "the shift to unseen text was fitted on the old model's log-odds and is dropped: "
            "fit it again with ledger calibrate --shift\n"
        )
    return 0


def _calibrate_shift(
    sets: list[tuple[str, list[Article]]],
    trained_on: list[dict],
    path: Path,
    out: TextIO,
    *,
    today: date | None,
    held_out: bool,
) -> int:
    """Fit the shift of the model at ``path`` to unseen text on the claims of ``sets`` (or,
    with ``held_out``, print per set the shift fitted on the others scored on it), and write
    the model back with it. A set the model itself was fitted on is refused: its claims are
    the model's training data, not unseen text."""
    from sources.extract.calibration import MODEL_PATH, brier, fit_shift, load_model, save_model
    from sources.extract.logistic import sigmoid

    # the model to shift: the one at ``path`` (written before), else the bundled one
    model = load_model(path if path.is_file() else MODEL_PATH)
    overlap = sorted({s.get("set") for s in model.meta.get("sets", [])} & {n for n, _ in sets})
    if overlap:
        out.write(
            f"ledger calibrate --shift: the model was fitted on {', '.join(overlap)}: a shift is "
            "fitted on sets the model and the rules were not fitted on\n"
        )
        return 1
    per_set = [
        (name, [(model.log_odds(f), y) for a in articles for f, y in a.examples])
        for name, articles in sets
    ]
    if held_out:
        per_set = [(name, pairs) for name, pairs in per_set if pairs]  # (a set with no claim)
        if len(per_set) < 2:
            out.write(
                "ledger calibrate --shift --held-out: give two annotated sets or more with claims\n"
            )
            return 1
        out.write(
            f"{'set':16} {'claims':>6} {'true':>5} {'Brier':>6} {'shifted':>7} {'const':>6}\n"
        )
        for name, pairs in per_set:
            others = [p for other, ps in per_set if other != name for p in ps]
            shift = fit_shift(others)
            share = sum(1 for _, y in others if y) / len(others)
            out.write(
                f"{name:16} {len(pairs):6d} {sum(1 for _, y in pairs if y):5d} "
                f"{brier((sigmoid(z), y) for z, y in pairs):6.3f} "
                f"{brier((sigmoid(shift.apply(z)), y) for z, y in pairs):7.3f} "
                f"{brier((share, y) for _, y in pairs):6.3f}\n"
            )
        out.write(
            "(Brier of the model as it is, with the shift fitted on the other sets, and of a "
            "constant: the other sets' share of true claims)\n"
        )
        return 0
    from sources.extract.extractor import EXTRACTOR_VERSION

    pairs = [p for _, ps in per_set for p in ps]
    meta = {
        "extractor_version": EXTRACTOR_VERSION,
        "trained": (today or date.today()).isoformat(),
        "sets": trained_on,
    }
    shift = fit_shift(pairs, meta=meta)
    save_model(model.with_shift(shift), path)
    out.write(
        f"shift to unseen text fitted on {len(pairs)} claims ({shift.meta['true']} true): "
        f"log-odds x {shift.slope:.3f} {shift.offset:+.3f}; Brier "
        f"{brier((sigmoid(z), y) for z, y in pairs):.3f} -> "
        f"{brier((sigmoid(shift.apply(z)), y) for z, y in pairs):.3f} on them: {path}\n"
    )
    return 0


def _fitted_on(folder: Path) -> tuple[bool, bool]:
    """Whether the bundled calibration model, and its shift to unseen text, were fitted on this
    annotation folder's claims."""
    from sources.extract.calibration import bundled_model

    name = _set_name(folder)
    model = bundled_model()
    shift_sets = model.shift.meta.get("sets", []) if model.shift is not None else []
    return (
        any(s.get("set") == name for s in model.meta.get("sets", [])),
        any(s.get("set") == name for s in shift_sets),
    )


def _fitted_on_note(folder: Path) -> str | None:
    """A note when the bundled model or its shift was fitted on this annotation folder's
    claims (its reliability table then flatters it), else None."""
    name = _set_name(folder)
    model, shift = _fitted_on(folder)
    if model:
        return (
            f"note: the calibration model was fitted on {name}'s claims: this table is not a "
            "held-out measure (ledger calibrate --held-out gives one)"
        )
    if shift:
        return (
            f"note: the shift to unseen text was fitted on {name}'s claims: this table is not a "
            "held-out measure (ledger calibrate --shift --held-out gives one)"
        )
    return None


def _set_name(folder: Path) -> str:
    """The annotation folder as the project names it (relative to tests/realnews if inside)."""
    try:
        rel = folder.resolve().relative_to(REALNEWS_DIR.resolve())
    except ValueError:
        return folder.name
    return "realnews" if str(rel) == "." else f"realnews/{rel}"
