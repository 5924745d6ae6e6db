"""A reference fetch that fails is a row in raw.ingest_errors, not only a log line."""

from __future__ import annotations

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from orchestration.defs import reference
from orchestration.defs.resources import LedgerSettings
from tests.conftest import Reply

FX_ASSET = next(a for a in reference.reference_assets if a.key.path[-1] == "fx_rates")


def test_failed_reference_fetch_is_recorded(tmp_path, http_server, monkeypatch):
    url = http_server.route("/ecb/hist.zip", Reply(503, b"maintenance"))
    for name, value in {
        "LEDGER_HOME": str(tmp_path),
        "LEDGER_DUCKDB_PATH": str(tmp_path / "ledger.duckdb"),
        "LEDGER_ONLINE": "1",
        "LEDGER_ECB_FX_URL": url,
        "LEDGER_HTTP_RETRIES": "0",
    }.items():
        monkeypatch.setenv(name, value)
    result = dg.materialize(
        [FX_ASSET],
        resources={
            "duckdb": DuckDBResource(database=str(tmp_path / "ledger.duckdb")),
            "ledger": LedgerSettings(),
        },
    )
    assert result.success  # the bundled snapshot stands in
    with duckdb.connect(str(tmp_path / "ledger.duckdb"), read_only=True) as conn:
        rows = conn.execute("select source, url, error from raw.ingest_errors").fetchall()
    assert len(rows) == 1
    source, failed_url, error = rows[0]
    assert (source, failed_url) == ("reference", url)
    assert "HTTP 503" in error
