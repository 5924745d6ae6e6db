"""The Dagster UI as a person uses it, driven in Chromium by Playwright.

Starts ``dg dev`` (what ``make ui`` runs) on a free 127.0.0.1 port against a built warehouse,
opens the lineage, finds every asset group, opens the leaderboard and its latest
materialization metadata, launches a materialization from the UI and waits for it to succeed.
Screenshots go to ``test-artifacts/ui/``. Skips, saying why, when no browser is installed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.orchestration.conftest import PROJECT_ROOT

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.xdist_group("warehouse")]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "ui"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass(frozen=True)
class UI:
    base: str
    top_cluster: str  # rank 1 of the operational leaderboard, shown in its metadata


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _graphql(base: str, query: str, variables: dict | None = None) -> dict:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(
        f"{base}/graphql", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


@pytest.fixture
def ui(built_home, tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: install it (apt-get install chromium) to run")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    home, _ = built_home
    home = home.copy_to(tmp_path / "ui_home")
    port = _free_port()
    log = (tmp_path / "dg_dev.log").open("w")
    proc = subprocess.Popen(
        [
            str(PROJECT_ROOT / ".venv" / "bin" / "dg"),
            "dev",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=PROJECT_ROOT,
        env=home.env(),
        stdout=log,
        stderr=subprocess.STDOUT,
        # its own process group: dg dev starts a webserver and a daemon of its own, and the
        # teardown stops all three (a SIGKILL of dg alone would leave them running, busy, in
        # the rest of the test run)
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"{base}/server_info", timeout=2)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(
                        "dg dev did not start:\n" + (tmp_path / "dg_dev.log").read_text()[-3000:]
                    )
                time.sleep(1)
        with duckdb.connect(str(home.duckdb_path), read_only=True) as conn:
            top = conn.execute(
                "select cluster_name from marts.cluster_leaderboard "
                "where status = 'operational' and not is_unlikely "
                "order by rank, cluster_name limit 1"
            ).fetchall()[0][0]
        yield UI(base, top)
    finally:
        _stop_group(proc)
        log.close()


def _stop_group(proc: subprocess.Popen) -> None:
    """SIGTERM to the process group ``proc`` leads, then SIGKILL to what is left of it."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        pass
    except ProcessLookupError:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # the webserver or daemon dg did not stop
    proc.wait(timeout=10)


def test_ui_lineage_leaderboard_and_launch(ui):
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.set_default_timeout(60_000)

        # 1. the asset lineage, with every group
        page.goto(f"{ui.base}/asset-groups", wait_until="domcontentloaded")
        # the community pop-up shown on first load
        with contextlib.suppress(Exception):
            page.get_by_text("Skip", exact=True).click(timeout=10_000)
        for group in ("reference", "news", "warehouse"):
            expect(page.get_by_text(group, exact=True).first).to_be_visible()
        page.wait_for_timeout(2_000)
        page.screenshot(path=str(ARTIFACTS / "lineage.png"))

        # 2. the leaderboard asset and its latest materialization metadata
        page.goto(f"{ui.base}/assets/marts/cluster_leaderboard", wait_until="domcontentloaded")
        page.wait_for_timeout(1_500)
        page.screenshot(path=str(ARTIFACTS / "leaderboard.png"), full_page=True)
        expect(page.get_by_text("Latest materialization").first).to_be_visible()
        row = page.locator("tr", has_text="top_clusters").first
        row.scroll_into_view_if_needed()
        expect(row).to_be_visible()
        row.get_by_text("[Show Markdown]").click()  # markdown metadata opens in a dialog
        expect(page.get_by_role("dialog")).to_contain_text(ui.top_cluster)
        page.wait_for_timeout(1_000)  # let the dialog finish fading in
        page.screenshot(path=str(ARTIFACTS / "leaderboard_top_clusters.png"))
        page.keyboard.press("Escape")

        # 3. launch a materialization from the UI and see it succeed
        page.goto(f"{ui.base}/assets/raw/ref_chips", wait_until="domcontentloaded")
        page.locator("button:has-text('Materialize')").first.click()
        deadline = time.monotonic() + 180
        status = None
        while time.monotonic() < deadline:
            runs = _graphql(
                ui.base,
                '{ runsOrError(filter: {pipelineName: "__ASSET_JOB"}) '
                "{ ... on Runs { results { runId status } } } }",
            )["data"]["runsOrError"]["results"]
            status = runs[0]["status"] if runs else None
            if status in {"SUCCESS", "FAILURE", "CANCELED"}:
                break
            time.sleep(2)
        assert status == "SUCCESS", f"the run launched from the UI ended {status}"
        page.goto(f"{ui.base}/runs", wait_until="domcontentloaded")
        expect(page.get_by_text("Success").first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "runs.png"))
        browser.close()
