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
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = Path(__file__).resolve().parent
USER_AGENT = (
    "AIComputeLedger/0.1 (+https://github.com/ai-compute-ledger/ledger; open data warehouse)"
)

_TRUE = {"1", "true", "yes", "on"}


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
        )

    def export_env(self) -> None:
        """Publish the resolved paths to the environment so dbt and Dagster subprocesses agree."""
        os.environ["LEDGER_HOME"] = str(self.home)
        os.environ["LEDGER_DUCKDB_PATH"] = str(self.duckdb_path)
        os.environ["DAGSTER_HOME"] = str(self.dagster_home)
        os.environ["LEDGER_INBOX"] = str(self.inbox_dir)
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


def get_settings() -> Settings:
    return Settings.from_env()
