"""Jobs, schedules and sensors: news hourly and reference data weekly when online, the inbox
sensor always, dbt models downstream eagerly (their automation condition), GDELT by day.

Anything that reaches the network defaults to STOPPED unless ``LEDGER_ONLINE=1``.
"""

import hashlib

import dagster as dg

from sources.settings import Settings

BUILD_JOB = "build_warehouse"
NEWS_JOB = "ingest_news"
REFERENCE_JOB = "refresh_reference"
GDELT_JOB = "backfill_gdelt"

_gdelt = dg.AssetSelection.assets(["raw", "gdelt_articles"])
_news = dg.AssetSelection.groups("news") - _gdelt
_reference = dg.AssetSelection.groups("reference")


def jobs() -> list:
    return [
        dg.define_asset_job(
            BUILD_JOB,
            selection=dg.AssetSelection.all() - _gdelt,
            description="Everything on the bundled (or online) data: reference, news, claims, "
            "then dbt. What `ledger build` / `make run` runs.",
            executor_def=dg.in_process_executor,
        ),
        dg.define_asset_job(
            NEWS_JOB,
            selection=_news,
            description="Ingest new articles (inbox, sample corpus, feeds when online) and "
            "extract their claims.",
            executor_def=dg.in_process_executor,
        ),
        dg.define_asset_job(
            REFERENCE_JOB,
            selection=_reference,
            description="Reload chips, companies, clusters, Epoch AI tables and FX rates.",
            executor_def=dg.in_process_executor,
        ),
        dg.define_asset_job(
            GDELT_JOB,
            selection=_gdelt,
            description="Pull one day of GDELT DOC 2.0 results per partition (backfill a range "
            "from the UI).",
            executor_def=dg.in_process_executor,
        ),
    ]


def schedules(settings: Settings) -> list[dg.ScheduleDefinition]:
    online = (
        dg.DefaultScheduleStatus.RUNNING if settings.online else dg.DefaultScheduleStatus.STOPPED
    )
    return [
        dg.ScheduleDefinition(
            name="news_hourly",
            cron_schedule="7 * * * *",
            job_name=NEWS_JOB,
            default_status=online,
            description="Hourly news ingestion (feeds reach the network: on only when online).",
        ),
        dg.ScheduleDefinition(
            name="reference_weekly",
            cron_schedule="30 3 * * 1",
            job_name=REFERENCE_JOB,
            default_status=online,
            description="Weekly refresh of Epoch AI tables, FX rates and reference files.",
        ),
    ]


def inbox_fingerprint(settings: Settings) -> str:
    """A digest of the inbox listing (names, sizes, modification times)."""
    inbox = settings.inbox_dir
    if not inbox.exists():
        return ""
    files = sorted(p for p in inbox.rglob("*") if p.is_file())
    if not files:
        return ""
    digest = hashlib.sha256()
    for path in files:
        stat = path.stat()
        digest.update(f"{path.relative_to(inbox)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def sensors(settings: Settings) -> list[dg.SensorDefinition]:
    @dg.sensor(
        name="inbox_sensor",
        job_name=NEWS_JOB,
        minimum_interval_seconds=30,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description=f"Ingests files dropped into the inbox folder ({settings.inbox_dir}).",
    )
    def inbox_sensor(context: dg.SensorEvaluationContext):
        fingerprint = inbox_fingerprint(settings)
        if not fingerprint or fingerprint == context.cursor:
            return dg.SkipReason("No new or changed files in the inbox.")
        context.update_cursor(fingerprint)
        return dg.RunRequest(run_key=f"inbox-{fingerprint[:16]}")

    return [inbox_sensor]
