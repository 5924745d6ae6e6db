import os

import dagster as dg

from orchestration.defs.automation import inbox_fingerprint, sensors
from sources.settings import Settings


def _settings(tmp_path) -> Settings:
    return Settings.from_env({"LEDGER_HOME": str(tmp_path)})


def test_empty_or_missing_inbox_has_no_fingerprint(tmp_path):
    settings = _settings(tmp_path)
    assert inbox_fingerprint(settings) == ""
    settings.inbox_dir.mkdir(parents=True)
    assert inbox_fingerprint(settings) == ""


def test_fingerprint_changes_when_a_file_is_added_or_changed(tmp_path):
    settings = _settings(tmp_path)
    settings.inbox_dir.mkdir(parents=True)
    (settings.inbox_dir / "a.txt").write_text("xAI raised $6 billion.")
    first = inbox_fingerprint(settings)
    assert first and inbox_fingerprint(settings) == first
    (settings.inbox_dir / "b.md").write_text("# Colossus\n100,000 H100.")
    second = inbox_fingerprint(settings)
    assert second != first
    os.utime(settings.inbox_dir / "a.txt", ns=(1, 1))
    assert inbox_fingerprint(settings) != second


def test_inbox_sensor_requests_a_run_once_per_change(tmp_path):
    settings = _settings(tmp_path)
    (sensor,) = sensors(settings)
    with dg.build_sensor_context() as context:
        assert isinstance(sensor(context), dg.SkipReason)
    settings.inbox_dir.mkdir(parents=True)
    (settings.inbox_dir / "a.txt").write_text("Cortex has 50,000 H100.")
    with dg.build_sensor_context() as context:
        request = sensor(context)
        assert isinstance(request, dg.RunRequest)
        cursor = context.cursor
    with dg.build_sensor_context(cursor=cursor) as context:
        assert isinstance(sensor(context), dg.SkipReason)
