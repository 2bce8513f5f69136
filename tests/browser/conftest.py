"""A live server and Debian's Chromium, driven by Playwright, with axe-core for accessibility.

Chromium comes from Debian (`apt-get install chromium`), never `playwright install`; axe-core
comes from the npm registry (package.json). Without either, these tests skip with the reason,
except under CI=true, where they fail.
"""

import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.support import skip_or_fail

CHROMIUM = Path("/usr/bin/chromium")
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def live_server(app):
    """The test app served on a free port on 127.0.0.1, in a thread, for the whole session."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        skip_or_fail("Chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("Playwright for Python is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    # axe-core is injected as a script; the page's own CSP would (rightly) refuse it.
    context = browser.new_context(base_url=live_server, bypass_csp=True)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_SCRIPT.exists():
        skip_or_fail("axe-core is not installed (npm ci)")
    return AXE_SCRIPT.read_text(encoding="utf-8")


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture
def axe_violations(axe_source):
    """Run axe-core on the current page; returns readable violations (empty when accessible)."""

    def _run(page) -> list[str]:
        page.add_script_tag(content=axe_source)
        result = page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            AXE_TAGS,
        )
        return [
            f"{violation['id']} ({violation['impact']}): {violation['help']} at "
            + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
            for violation in result["violations"]
        ]

    return _run
