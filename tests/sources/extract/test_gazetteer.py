"""The entity gazetteer (sources/extract/gazetteer.py), on small frames and on the bundled
reference data."""

import gc
import weakref

import polars as pl

from sources.extract.gazetteer import (
    REFERENCE_TABLES,
    Entity,
    Gazetteer,
    default_gazetteer,
    reference_gazetteer,
)
from sources.extract.textnorm import fold, lower_fold
from sources.reference.snapshots import load_table


def names(gaz, text):
    return [
        (text[m.start : m.end], m.entity.kind, m.entity.name)
        for m in gaz.find(fold(text), lower_fold(text))
    ]


def test_aliases_scripts_and_cases(gaz):
    text = "Facebook, 脸书, X.AI, エヌビディア, Nvidia, NVIDIA and la meta de Meta"
    assert names(gaz, text) == [
        ("Facebook", "company", "Meta"),
        ("脸书", "company", "Meta"),
        ("X.AI", "company", "xAI"),
        ("エヌビディア", "company", "NVIDIA"),
        ("Nvidia", "company", "NVIDIA"),
        ("NVIDIA", "company", "NVIDIA"),
        ("Meta", "company", "Meta"),
    ]


def test_chips_plural_hyphen_and_cjk_neighbours(gaz):
    # (a generation, "Hopper GPUs", is no chip name: several chips share it)
    text = "H100s, H-100, Grace-Blackwell superchips, 英伟达H100芯片, Hopper GPUs, H1000"
    assert [n for _, _, n in names(gaz, text)] == [
        "H100-SXM",
        "H100-SXM",
        "GB200",
        "NVIDIA",
        "H100-SXM",
    ]


def test_cluster_owner_and_longest_match(gaz):
    found = names(gaz, "Colossus 2 is not Colossus; 巨像 and Колосс")
    assert [n for _, _, n in found] == ["Colossus 2", "Colossus", "Colossus", "Colossus"]
    entity = gaz.find("Colossus", "colossus")[0].entity
    assert (entity.kind, entity.owner) == ("cluster", "xAI")


def test_capitalized_variant_is_not_used_for_clusters(gaz):
    # Google's "Jupiter network fabric" is not the JUPITER supercomputer
    assert names(gaz, "Jupiter network fabric and JUPITER") == [("JUPITER", "cluster", "JUPITER")]


def test_cyrillic_case_endings(gaz):
    assert names(gaz, "Кластер Майкрософта") == [("Майкрософта", "company", "Microsoft")]


def test_locate_checks_matches_found_elsewhere(gaz):
    text = "Metaverse fans and Meta"
    found = gaz.locate(text, ["Meta", "Meta"])
    assert [(m.start, m.entity.name) for m in found] == [(19, "Meta")]


def test_rust_pattern_finds_the_same_aliases(gaz):
    text = "Facebook bought H100s; 英伟达H100芯片 in Колосс"
    found = pl.Series([text]).str.extract_all(gaz.rust_pattern()).to_list()[0]
    assert [m.entity.name for m in gaz.locate(fold(text), found)] == [
        m.entity.name for m in gaz.find(fold(text), lower_fold(text))
    ]


def test_default_gazetteer_reads_the_bundled_reference_data():
    gaz = default_gazetteer()
    assert gaz.company("xAI") is not None
    assert {m.entity.name for m in gaz.find("xAI Colossus H100", "xai colossus h100")} >= {
        "Colossus",
        "H100-SXM",
    }


def test_reference_gazetteer_takes_frames_and_fingerprints_their_rows():
    tables = {name: load_table(name) for name in REFERENCE_TABLES}
    same = reference_gazetteer(tables)
    assert same.fingerprint == default_gazetteer().fingerprint
    # row order is not content: a reshuffled reload keeps the fingerprint
    shuffled = {name: frame.reverse() for name, frame in tables.items()}
    assert reference_gazetteer(shuffled).fingerprint == same.fingerprint
    extra = pl.DataFrame(
        [{"company_id": "xai", "alias": "Quillwort Systems", "language": None}],
        schema=tables["ref_company_aliases"].schema,
    )
    tables["ref_company_aliases"] = pl.concat([tables["ref_company_aliases"], extra])
    changed = reference_gazetteer(tables)
    assert changed.fingerprint != same.fingerprint
    text = "Quillwort Systems"
    assert [m.entity.name for m in changed.find(fold(text), lower_fold(text))] == ["xAI"]


def test_name_kinds_and_forms_are_kept_on_the_gazetteer_and_freed_with_it():
    xai = Entity("company", "c1", "xAI")
    colossus = Entity("cluster", "k1", "Colossus", owner="xAI")
    chip = Entity("chip", "h100", "H100-SXM")
    gaz = Gazetteer([("xAI", xai), ("X.AI Corp", xai), ("Colossus", colossus), ("H100", chip)])
    kinds = gaz.name_kinds()
    assert kinds == {"xAI": "company", "Colossus": "cluster"}  # chips are no subject
    assert gaz.name_kinds() is kinds  # computed once
    # an owner is written by its cluster's name too
    assert gaz.name_forms()["xAI"] == ("colossus", "x.ai corp", "xai")
    assert gaz.name_forms()["Colossus"] == ("colossus",)
    gone = weakref.ref(gaz)
    del gaz, kinds
    gc.collect()
    assert gone() is None  # no process-wide cache keeps it alive


def test_a_lower_case_brand_also_matches_capitalized_at_a_sentence_start():
    """'kestrelcloud' is written so by the company, 'Kestrelcloud' at a sentence's start; an
    ordinary word in lower case stays unmatched when a cluster is named so."""
    brand = Entity("company", "c1", "kestrelcloud")
    site = Entity("cluster", "k1", "harbor")
    gaz = Gazetteer([("kestrelcloud", brand), ("harbor", site)])
    text = "Kestrelcloud opened Harbor; kestrelcloud and harbor grew."
    assert names(gaz, text) == [
        ("Kestrelcloud", "company", "kestrelcloud"),
        ("kestrelcloud", "company", "kestrelcloud"),
        ("harbor", "cluster", "harbor"),
    ]
