"""With REDIS_URL set, sign-in failure counts are shared by every process of the app."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support import skip_or_fail

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# One "worker process": its own app with Redis for limits, two failed sign-ins for one account.
WORKER = textwrap.dedent(
    """
    import sys
    from engage import create_app
    from engage.extensions import db
    import config

    class Settings(config.TestingConfig):
        SQLALCHEMY_DATABASE_URI = sys.argv[1]
        REDIS_URL = sys.argv[2]
        RATELIMIT_STORAGE_URI = sys.argv[2]
        LOGIN_FAILURES_PER_ACCOUNT = "3 per 15 minutes"

    app = create_app(Settings)
    with app.app_context():
        db.create_all()  # a throwaway database for this test only
    client = app.test_client()
    for _ in range(2):
        response = client.post("/sign-in", data={"email": "shared@council.example", "password": "wrong"})
        print(response.status_code)
    """
)


@pytest.fixture
def redis_url():
    url = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")
    try:
        import redis

        connection = redis.Redis.from_url(url, socket_connect_timeout=1)
        connection.flushdb()
    except Exception as error:  # noqa: BLE001 - any failure means "no Redis here"
        skip_or_fail(f"Redis is not reachable at {url} ({error})")
    yield url
    connection.flushdb()


def test_two_processes_share_one_count_of_failures(redis_url, tmp_path):
    database = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    statuses = []
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-c", WORKER, database, redis_url],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        statuses += result.stdout.split()
    # Three failures are allowed in all; the fourth, in the second process, is refused.
    assert statuses == ["200", "200", "200", "429"]
