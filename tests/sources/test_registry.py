"""The shared lists (sources/registry.py) and the copies that cannot import them (dbt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from sources import registry
from sources.extract.rules import RULES_DIR, load_rules
from sources.news.language import normalize_language, script_language

DBT = Path(__file__).resolve().parents[2] / "dbt_project"


def dbt_vars() -> dict:
    return yaml.safe_load((DBT / "dbt_project.yml").read_text())["vars"]


def test_dbt_vars_are_the_registry():
    found = dbt_vars()
    assert found["claim_types"] == {
        t.name: {"subject": t.subject, "measure": t.measure} for t in registry.CLAIM_TYPE_INFO
    }
    assert list(found["claim_types"]) == list(registry.CLAIM_TYPES)
    assert found["claim_statuses"] == list(registry.STATUSES)
    assert found["claim_qualifiers"] == list(registry.QUALIFIERS)
    assert found["claim_scopes"] == list(registry.SCOPES)


# the list of a check constraint such as "status in ('operational', 'planned')"
CHECK_IN_LIST = re.compile(r"\bin \(((?:'[^']*'(?:, )?)+)\)")


def _accepted_values(node):
    """Every literal ``accepted_values`` list and check-constraint ``in`` list in a parsed yml
    tree (a mart states its allowed values as a check constraint of its contract)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "accepted_values" and isinstance(value, dict):
                values = value.get("arguments", value).get("values")
                if isinstance(values, list):
                    yield values
            if key == "expression" and node.get("type") == "check":
                for listed in CHECK_IN_LIST.findall(value):
                    yield [item.strip("'") for item in listed.split(", ")]
            yield from _accepted_values(value)
    elif isinstance(node, list):
        for item in node:
            yield from _accepted_values(item)


def test_dbt_models_read_the_vocabulary_from_the_vars():
    """A literal list that is a whole registry list is a second copy: use the var instead."""
    whole = [
        set(registry.CLAIM_TYPES),
        set(registry.STATUSES),
        set(registry.QUALIFIERS),
        set(registry.SCOPES),
    ]
    copies = [
        (path.name, values)
        for path in sorted((DBT / "models").rglob("*.yml"))
        for values in _accepted_values(yaml.safe_load(path.read_text()))
        if set(values) in whole
    ]
    assert copies == []


def test_every_rule_file_belongs_to_a_registry_language():
    files = {p.name for p in RULES_DIR.glob("*.toml")} - {"common.toml"}
    named = {lang.rules for lang in registry.LANGUAGE_INFO if lang.rules}
    assert files == named


@pytest.mark.parametrize("code", registry.RULE_LANGUAGES)
def test_a_language_with_rules_is_read_with_them(code):
    assert load_rules(code).code == code


def test_a_language_without_rules_is_read_with_the_fallback():
    for code in ["xx", *(lang.code for lang in registry.LANGUAGE_INFO if not lang.rules)]:
        assert load_rules(code).code == registry.FALLBACK_LANGUAGE


def test_each_language_is_normalized_and_each_script_decides_one():
    scripts = [lang.script for lang in registry.LANGUAGE_INFO if lang.script != "latin"]
    assert len(scripts) == len(set(scripts))
    for lang in registry.LANGUAGE_INFO:
        assert normalize_language(lang.code) == lang.code
        assert normalize_language(lang.name) == lang.code
        for iso3 in lang.iso3:
            assert normalize_language(iso3) == lang.code
    assert script_language("한국어 기사입니다") == registry.language("ko").code


def test_claim_types_have_a_known_default_status_subject_and_measure():
    for entry in registry.CLAIM_TYPE_INFO:
        assert entry.default_status in registry.STATUSES
        assert entry.held_status in ("operational", "closed")
        assert entry.subject in ("cluster", "company")
        assert entry.measure in ("chips", "days", "mw", "money")
    assert set(registry.DEFAULT_STATUS) == set(registry.CLAIM_TYPES)


def test_a_claim_type_defaults_to_its_held_status_unless_given_another():
    """Power is the one type news states mostly before the fact holds (a site's design
    capacity); the others default to the status of a fact that holds."""
    assert registry.HELD_STATUS["power_capacity"] == "operational"
    assert registry.DEFAULT_STATUS["power_capacity"] == "planned"
    assert registry.DEFAULT_STATUS["cluster_size"] == registry.HELD_STATUS["cluster_size"]
    assert registry.DEFAULT_STATUS["funding_round"] == "closed"
