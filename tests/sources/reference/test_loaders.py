"""Tests of sources/reference/loaders.py: offline snapshots, online fetches and the fallback."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import polars as pl

from sources.http import FetchResult, HttpClient
from sources.reference import chips, epoch_gpu_clusters, fx_rates, loaders
from sources.reference.snapshots import load_table, snapshot_path
from tests.conftest import Reply
from tests.sources.reference.archives import zip_archive

SAMPLE = Path(__file__).parent / "fixtures" / "gpu_clusters_sample.csv"


class LocalMirror:
    """An HttpClient that sends every request to the same path on the local test server."""

    def __init__(self, base_url: str) -> None:
        self._client = HttpClient(retries=0)
        self._base_url = base_url

    def get(self, url: str, **kwargs: object) -> FetchResult:
        return self._client.get(self._base_url + urlsplit(url).path, **kwargs)

    def __enter__(self) -> LocalMirror:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()


def test_offline_loads_the_bundled_snapshot() -> None:
    loaded = loaders.load_reference("ref_clusters", online=False)
    assert loaded.rows.equals(load_table("ref_clusters"))
    assert loaded.origin == "bundled snapshot clusters.csv"
    assert loaded.warning is None


def test_online_fetches_published_files_and_parses_them(http_server, tmp_path: Path) -> None:
    for module, body in (
        (chips, snapshot_path("ref_chips").read_bytes()),
        (epoch_gpu_clusters, SAMPLE.read_bytes()),
    ):
        http_server.route(urlsplit(module.DEFAULT_URL).path, Reply(body=body))
    ecb = zip_archive({"eurofxref-hist.csv": "Date,USD,JPY,\n2024-06-14,1.0686,167.8,\n"})
    http_server.route(urlsplit(fx_rates.DEFAULT_URL).path, Reply(body=ecb))

    def mirror() -> LocalMirror:
        return LocalMirror(http_server.base_url)

    clusters = loaders.load_reference(
        "epoch_gpu_clusters", online=True, client_factory=mirror, target_dir=tmp_path
    )
    assert clusters.warning is None
    assert clusters.rows["name"].to_list()[:1] == ["xAI Colossus Memphis Phase 3"]
    rates = loaders.load_reference(
        "fx_rates", online=True, client_factory=mirror, target_dir=tmp_path
    )
    assert rates.rows.height == 2  # the ECB's zip, saved under the snapshot's name, still parses
    assert loaders.load_reference(
        "ref_chips", online=True, client_factory=mirror, target_dir=tmp_path
    ).rows.equals(load_table("ref_chips"))


def test_online_failure_falls_back_to_the_snapshot_with_a_warning(
    http_server, tmp_path: Path
) -> None:
    http_server.route(urlsplit(chips.DEFAULT_URL).path, Reply(500))

    def mirror() -> LocalMirror:
        return LocalMirror(http_server.base_url)

    loaded = loaders.load_reference(
        "ref_chips", online=True, client_factory=mirror, target_dir=tmp_path
    )
    assert loaded.rows.equals(load_table("ref_chips"))
    assert loaded.origin == "bundled snapshot chips.csv"
    assert loaded.warning is not None
    assert loaded.warning.startswith("online load failed, bundled snapshot used")


def test_published_urls_are_settings(http_server, tmp_path: Path, monkeypatch) -> None:
    """Epoch, ECB and reference URLs come from the settings; the default client honours them."""
    # an Epoch export without the coordinate columns, as the real one was seen
    lean = pl.read_csv(SAMPLE, infer_schema=False).drop("latitude", "longitude").write_csv()
    epoch_url = http_server.route("/epoch/export.csv", Reply(body=lean.encode()))
    ecb = zip_archive({"eurofxref-hist.csv": "Date,USD,JPY,\n2024-06-14,1.0686,167.8,\n"})
    ecb_url = http_server.route("/ecb/hist.zip", Reply(body=ecb))
    http_server.route("/ref/chips.csv", Reply(body=snapshot_path("ref_chips").read_bytes()))
    monkeypatch.setenv("LEDGER_EPOCH_GPU_CLUSTERS_URL", epoch_url)
    monkeypatch.setenv("LEDGER_ECB_FX_URL", ecb_url)
    monkeypatch.setenv("LEDGER_REFERENCE_BASE_URL", http_server.url("/ref"))

    for table in ("epoch_gpu_clusters", "fx_rates", "ref_chips"):
        loaded = loaders.load_reference(table, online=True, target_dir=tmp_path)
        assert loaded.warning is None, loaded.warning
    assert sorted(h.path for h in http_server.requests) == [
        "/ecb/hist.zip",
        "/epoch/export.csv",
        "/ref/chips.csv",
    ]


def test_failed_fetch_names_its_url(http_server, tmp_path: Path, monkeypatch) -> None:
    url = http_server.route("/epoch/down.csv", Reply(404))
    monkeypatch.setenv("LEDGER_EPOCH_GPU_CLUSTERS_URL", url)
    loaded = loaders.load_reference("epoch_gpu_clusters", online=True, target_dir=tmp_path)
    assert loaded.failed_url == url
    assert "HTTP 404" in (loaded.warning or "")


def test_default_client_refuses_internal_addresses(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LEDGER_EPOCH_GPU_CLUSTERS_URL", "http://169.254.169.254/gpu_clusters.csv")
    loaded = loaders.load_reference("epoch_gpu_clusters", online=True, target_dir=tmp_path)
    assert "blocked" in (loaded.warning or "")
