"""One settings object for the whole Ledger, read from environment variables.

Both the Dagster resources and the dbt profile read the DuckDB path from here (the dbt profile
through the ``LEDGER_DUCKDB_PATH`` variable that :func:`Settings.export_env` sets), so there is
exactly one warehouse file per ``LEDGER_HOME``.

| variable | default | meaning |
|---|---|---|
| ``LEDGER_HOME`` | ``<project>/data`` | runtime data (git-ignored): warehouse, downloads |
| ``LEDGER_DUCKDB_PATH`` | ``$LEDGER_HOME/ledger.duckdb`` | the warehouse file |
| ``LEDGER_ONLINE`` | ``0`` | ``1`` switches on connectors that reach the network |
| ``LEDGER_FEEDS_FILE`` | ``sources/news/feeds.toml`` | the RSS/Atom feed list |
| ``LEDGER_INBOX`` | ``$LEDGER_HOME/inbox`` | folder whose files are ingested as articles |
| ``DAGSTER_HOME`` | ``$LEDGER_HOME/dagster`` | the Dagster instance (run history shown in the UI) |
| ``LEDGER_BATCH_ARTICLES`` | ``20000`` | articles extracted per batch (memory follows the batch) |
| ``LEDGER_BATCH_MB`` | ``64`` | inbox file content read per ingestion batch, in MiB |
| ``LEDGER_DUCKDB_MEMORY_LIMIT`` | ``1GB`` | DuckDB memory cap, build and dbt (spills beyond it) |
| ``LEDGER_FETCH_ALLOW`` | (empty) | non-public networks fetches may reach (CIDR, comma list) |
| ``LEDGER_HTTP_TIMEOUT`` | ``20`` | seconds per network operation (connect, each read) |
| ``LEDGER_HTTP_RETRIES`` | ``2`` | extra attempts after a timeout, 5xx or 429 |
| ``LEDGER_HTTP_RETRY_AFTER_MAX`` | ``60`` | longest ``Retry-After`` waited; longer fails |
| ``LEDGER_FETCH_BUDGET`` | ``600`` | seconds one connector run may spend on the network |
| ``LEDGER_GDELT_TIMEOUT`` | ``60`` | seconds per GDELT request (it often needs 40 s) |
| ``LEDGER_GDELT_PAUSE`` | ``5`` | seconds between GDELT requests |
| ``LEDGER_GDELT_RATE_LIMIT_PAUSE`` | ``60`` | pause after GDELT's rate limit, before one retry |
| ``LEDGER_EPOCH_GPU_CLUSTERS_URL`` | Epoch's CSV | Epoch GPU clusters file (CSV or zip) |
| ``LEDGER_EPOCH_FUNDING_ROUNDS_URL`` | Epoch's CSV | Epoch funding rounds file |
| ``LEDGER_ECB_FX_URL`` | the ECB's zip | ECB euro reference rates history |
| ``LEDGER_REFERENCE_BASE_URL`` | this repository | base URL of updated gazetteer CSVs |
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = Path(__file__).resolve().parent
USER_AGENT = (
    "AIComputeLedger/0.1 (+https://github.com/ai-compute-ledger/ledger; open data warehouse)"
)

DEFAULT_EPOCH_GPU_CLUSTERS_URL = "https://epoch.ai/data/gpu_clusters.csv"
DEFAULT_EPOCH_FUNDING_ROUNDS_URL = "https://epoch.ai/data/ai_companies_funding_rounds.csv"
DEFAULT_ECB_FX_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
DEFAULT_REFERENCE_BASE_URL = (
    "https://raw.githubusercontent.com/ai-compute-ledger/ledger/main/sources/reference/data/"
)

_TRUE = {"1", "true", "yes", "on"}
# a size as DuckDB's memory_limit takes it: 1GB, 512MB, 1.5GiB
_SIZE = re.compile(r"^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", re.IGNORECASE)


class SettingsError(ValueError):
    """An environment variable holds a value the Ledger cannot use (the message names it)."""


def _number(env: dict[str, str], name: str, default: float, *, minimum: float = 0.0) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a number") from None
    if value < minimum:
        raise SettingsError(f"{name}={raw!r} must be at least {minimum:g}")
    return value


def _networks(env: dict[str, str], name: str) -> tuple[str, ...]:
    """Comma-separated CIDR networks or addresses, each checked here so a typo fails early."""
    items = [part.strip() for part in env.get(name, "").split(",") if part.strip()]
    for item in items:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise SettingsError(f"{name}: {item!r} is not an IP address or network") from None
    return tuple(items)


@dataclass(frozen=True)
class Settings:
    home: Path
    duckdb_path: Path
    online: bool
    feeds_file: Path
    inbox_dir: Path
    dagster_home: Path
    batch_articles: int = 20_000
    batch_bytes: int = 64 * 1024 * 1024
    duckdb_memory_limit: str = "1GB"
    fetch_allow: tuple[str, ...] = ()
    http_timeout: float = 20.0
    http_retries: int = 2
    retry_after_max: float = 60.0
    fetch_budget: float = 600.0
    gdelt_timeout: float = 60.0
    gdelt_pause: float = 5.0
    gdelt_rate_limit_pause: float = 60.0
    epoch_gpu_clusters_url: str = DEFAULT_EPOCH_GPU_CLUSTERS_URL
    epoch_funding_rounds_url: str = DEFAULT_EPOCH_FUNDING_ROUNDS_URL
    ecb_fx_url: str = DEFAULT_ECB_FX_URL
    reference_base_url: str = DEFAULT_REFERENCE_BASE_URL

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        home = Path(env.get("LEDGER_HOME") or PROJECT_ROOT / "data").expanduser().resolve()
        duckdb_path = Path(env.get("LEDGER_DUCKDB_PATH") or home / "ledger.duckdb").expanduser()
        return cls(
            home=home,
            duckdb_path=duckdb_path.resolve(),
            online=env.get("LEDGER_ONLINE", "0").strip().lower() in _TRUE,
            feeds_file=Path(
                env.get("LEDGER_FEEDS_FILE") or SOURCES_DIR / "news" / "feeds.toml"
            ).expanduser(),
            inbox_dir=Path(env.get("LEDGER_INBOX") or home / "inbox").expanduser().resolve(),
            dagster_home=Path(env.get("DAGSTER_HOME") or home / "dagster").expanduser().resolve(),
            batch_articles=_positive_int(env, "LEDGER_BATCH_ARTICLES", 20_000),
            batch_bytes=_positive_int(env, "LEDGER_BATCH_MB", 64) * 1024 * 1024,
            duckdb_memory_limit=_size(env, "LEDGER_DUCKDB_MEMORY_LIMIT", "1GB"),
            fetch_allow=_networks(env, "LEDGER_FETCH_ALLOW"),
            http_timeout=_number(env, "LEDGER_HTTP_TIMEOUT", 20.0, minimum=0.1),
            http_retries=int(_number(env, "LEDGER_HTTP_RETRIES", 2)),
            retry_after_max=_number(env, "LEDGER_HTTP_RETRY_AFTER_MAX", 60.0),
            fetch_budget=_number(env, "LEDGER_FETCH_BUDGET", 600.0, minimum=1.0),
            gdelt_timeout=_number(env, "LEDGER_GDELT_TIMEOUT", 60.0, minimum=0.1),
            gdelt_pause=_number(env, "LEDGER_GDELT_PAUSE", 5.0),
            gdelt_rate_limit_pause=_number(env, "LEDGER_GDELT_RATE_LIMIT_PAUSE", 60.0),
            epoch_gpu_clusters_url=_url(env, "LEDGER_EPOCH_GPU_CLUSTERS_URL")
            or DEFAULT_EPOCH_GPU_CLUSTERS_URL,
            epoch_funding_rounds_url=_url(env, "LEDGER_EPOCH_FUNDING_ROUNDS_URL")
            or DEFAULT_EPOCH_FUNDING_ROUNDS_URL,
            ecb_fx_url=_url(env, "LEDGER_ECB_FX_URL") or DEFAULT_ECB_FX_URL,
            reference_base_url=_url(env, "LEDGER_REFERENCE_BASE_URL", base=True)
            or DEFAULT_REFERENCE_BASE_URL,
        )

    @property
    def run_dir(self) -> Path:
        """Pid files of running builds' subprocesses (read by the crash recovery)."""
        return self.home / "run"

    def export_env(self) -> None:
        """Publish the resolved paths to the environment so dbt and Dagster subprocesses agree."""
        os.environ["LEDGER_HOME"] = str(self.home)
        os.environ["LEDGER_DUCKDB_PATH"] = str(self.duckdb_path)
        os.environ["DAGSTER_HOME"] = str(self.dagster_home)
        os.environ["LEDGER_INBOX"] = str(self.inbox_dir)
        os.environ["LEDGER_DUCKDB_MEMORY_LIMIT"] = self.duckdb_memory_limit
        # dagster-dbt puts each dbt invocation's artifacts under DBT_TARGET_PATH
        os.environ["DBT_TARGET_PATH"] = str(self.home / "dbt_target")

    def ensure_dirs(self) -> None:
        for path in (self.home, self.duckdb_path.parent, self.inbox_dir, self.dagster_home):
            path.mkdir(parents=True, exist_ok=True)


def _positive_int(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from None
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {value}")
    return value


def _size(env: dict[str, str], name: str, default: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        return default
    if not _SIZE.match(value):
        raise SettingsError(f"{name}={value!r} is not a size such as 1GB or 512MB")
    return value


def _url(env: dict[str, str], name: str, *, base: bool = False) -> str | None:
    value = env.get(name, "").strip()
    if not value:
        return None
    if not value.lower().startswith(("http://", "https://")):
        raise SettingsError(f"{name}={value!r} must be an http(s) URL")
    return value if not base or value.endswith("/") else value + "/"


def get_settings() -> Settings:
    return Settings.from_env()
