"""Figures for the foundation: what a sign-in costs and how fast the public pages render.

Run: .venv/bin/python benchmarks/foundation.py   (prints figures; asserts nothing)
"""

import os
import statistics
import tempfile
import time

os.environ.setdefault("ENGAGE_INSTANCE_PATH", tempfile.mkdtemp())

from argon2 import PasswordHasher  # noqa: E402
from flask_migrate import upgrade  # noqa: E402

import config  # noqa: E402
from engage import create_app  # noqa: E402
from engage.demo.services import seed_demo  # noqa: E402
from engage.extensions import db  # noqa: E402


def time_calls(call, repeat: int) -> list[float]:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        timings.append(time.perf_counter() - start)
    return timings


def report(label: str, timings: list[float]) -> None:
    ms = sorted(t * 1000 for t in timings)
    print(
        f"{label:<44} median {statistics.median(ms):7.2f} ms   "
        f"p95 {ms[int(len(ms) * 0.95) - 1]:7.2f} ms   ({len(ms)} runs)"
    )


def main() -> None:
    hasher = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=2)  # production settings
    password_hash = hasher.hash("correct horse battery staple")
    report(
        "argon2id verify (64 MiB, t=3, p=2)",
        time_calls(lambda: hasher.verify(password_hash, "correct horse battery staple"), 20),
    )

    class BenchmarkConfig(config.DevelopmentConfig):
        SQLALCHEMY_DATABASE_URI = f"sqlite:///{os.environ['ENGAGE_INSTANCE_PATH']}/bench.sqlite3"
        RATELIMIT_ENABLED = False

    app = create_app(BenchmarkConfig)
    with app.app_context():
        upgrade()
        seed_demo("blackburn-with-darwen")
        db.session.commit()
    client = app.test_client()
    for path in ["/", "/priorities", "/sign-in", "/accessibility-statement"]:
        client.get(path)
        report(f"GET {path}", time_calls(lambda path=path: client.get(path), 200))
    client.post(
        "/sign-in", data={"email": "officer@engage.example", "password": "engage-demo-2026"}
    )
    report(
        "GET /manage/priorities/ (signed in)",
        time_calls(lambda: client.get("/manage/priorities/"), 200),
    )


if __name__ == "__main__":
    main()
