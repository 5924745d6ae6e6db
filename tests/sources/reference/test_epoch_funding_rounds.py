"""Tests of sources/reference/epoch_funding_rounds.py."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from sources.http import HttpClient
from sources.reference import epoch_funding_rounds as rounds
from sources.reference.errors import SnapshotFormatError, SnapshotRowError
from sources.reference.snapshots import snapshot_path
from sources.schemas import EPOCH_FUNDING_ROUNDS
from tests.conftest import Reply
from tests.sources.reference.archives import zip_archive

# Epoch's published header (Notes holds long free text, often over several lines).
HEADER = (
    "Id,Company,Close date,Status,Funding (equity),Funding (debt),Valuation (post-money),"
    "Report date,Notes,Type,Confidence,Exclude from graph view\n"
)
FULL = (
    HEADER
    + 'May 2024 24B Series B,xAI,5/27/2024,Closed,6000000000,,24000000000,5/27/2024,"Our note,\n'
    'on two lines",Primary,Confident,\n'
    "June 2024 Series B,Mistral AI,6/11/2024,Closed,500000000,140000000,640000000,6/11/2024,,"
    '"Primary,Debt",Confident,TRUE\n'
    "Sep 2025 10B,xAI,,Late discussions,10000000000,,2E+11,9/19/2025,,"
    '"Primary,Debt",Likely,\n'
).encode()


def _snapshot() -> bytes:
    return snapshot_path("epoch_funding_rounds").read_bytes()


def test_bundled_snapshot_holds_the_xai_series_b() -> None:
    result = rounds.parse(_snapshot(), file_name="epoch_funding_rounds.csv")
    assert result.rows.schema == EPOCH_FUNDING_ROUNDS
    assert (result.rows.height, result.quarantine.height) == (36, 0)
    series_b = result.rows.filter(
        (pl.col("company") == "xAI") & (pl.col("close_date") == date(2024, 5, 27))
    ).row(0, named=True)
    assert series_b["round_name"] == "May 2024 24B Series B"
    assert series_b["equity_usd"] == 6e9
    assert series_b["post_money_valuation_usd"] == 24e9
    assert series_b["total_usd"] == 6e9
    assert series_b["status"] == "Closed"
    assert series_b["source_urls"] == "https://epoch.ai/data/ai-companies"
    assert set(result.rows["company"]) == {"OpenAI", "Anthropic", "xAI", "Mistral AI"}


def test_full_format_drops_notes_and_sums_equity_and_debt() -> None:
    rows = rounds.parse(FULL).rows
    assert rows.select(
        "round_name", "total_usd", "round_type", "exclude_from_graph_view"
    ).rows() == [
        ("May 2024 24B Series B", 6e9, "Primary", False),
        ("June 2024 Series B", 640e6, "Primary,Debt", True),
        ("Sep 2025 10B", 10e9, "Primary,Debt", False),
    ]
    in_talks = rows.row(2, named=True)
    assert in_talks["close_date"] is None
    assert in_talks["report_date"] == date(2025, 9, 19)
    assert in_talks["post_money_valuation_usd"] == 2e11
    assert "Our note" not in rows.write_csv()
    assert pl.read_csv(rounds.trim(FULL), infer_schema=False).columns == list(
        rounds.SNAPSHOT_COLUMNS
    )


def test_reads_the_file_inside_ai_companies_zip() -> None:
    archive = zip_archive(
        {"ai_companies.csv": "Name\nOpenAI\n", "ai_companies_funding_rounds.csv": FULL}
    )
    result = rounds.parse(archive, file_name="ai_companies.zip")
    assert result.rows.equals(rounds.parse(FULL).rows)


def test_missing_column_is_an_error_naming_file_and_column() -> None:
    data = FULL.replace(b"Valuation (post-money)", b"Valuation")
    with pytest.raises(SnapshotFormatError, match=r"rounds\.csv: .*'Valuation \(post-money\)'"):
        rounds.parse(data, file_name="rounds.csv")


def test_bad_date_is_quarantined_and_strict_raises() -> None:
    data = FULL.replace(b"5/27/2024,Closed", b"27 May 2024,Closed")
    result = rounds.parse(data, file_name="rounds.csv")
    assert result.quarantine.select("file", "row_number", "column_name", "value").rows() == [
        ("rounds.csv", 1, "Close date", "27 May 2024")
    ]
    assert result.rows["round_name"].to_list() == ["June 2024 Series B", "Sep 2025 10B"]
    with pytest.raises(SnapshotRowError, match=r"rounds\.csv: row 1, column 'Close date'"):
        rounds.parse(data, file_name="rounds.csv", strict=True)


def test_fetch_downloads_the_csv(http_server) -> None:
    url = http_server.route("/data/ai_companies_funding_rounds.csv", Reply(body=FULL))
    with HttpClient(retries=0) as client:
        assert rounds.parse(rounds.fetch(client, url)).rows.height == 3
