"""How fast Engage records consultation responses, against a bare Flask app; how fast and how
lean the exports are.

    .venv/bin/python benchmarks/consultation_submit.py [--database-url URL] [--responses 400]
        [--concurrency 8] [--export-rows 100000] [--workers 2]

1. Serves Engage with gunicorn on 127.0.0.1 and fills in a ten-question consultation for each
   of --responses people (start, answer, about you) through the real pages, with CSRF tokens.
   Then it times the submissions themselves (the POST that turns a draft into a response: it
   checks every answer, writes the response, its ten answers and the feedback rows), from
   --concurrency clients at once.
2. Serves benchmarks/bare_app.py the same way, on the same database, and times one-row POSTs.
3. Prints submissions per second, p50 and p99 latency for both, and the ratio (target >= 0.5).
4. Writes --export-rows responses straight into the database and, in a fresh process, times
   the CSV and the Excel export and reports that process's peak memory (target < 200 MB).

The database defaults to a temporary SQLite file; give --database-url for PostgreSQL (an empty
database: the benchmark builds the schema with the migrations). It asserts nothing.
"""

import argparse
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def csrf_token_in(page: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


class Client:
    """One person's browser: a keep-alive connection and a cookie."""

    def __init__(self, port: int):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookie = ""

    def request(
        self, method: str, path: str, form: dict | list | None = None
    ) -> tuple[int, str, str]:
        headers = {"Cookie": self.cookie} if self.cookie else {}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode()
        set_cookie = response.getheader("Set-Cookie")
        if set_cookie:
            self.cookie = set_cookie.split(";", 1)[0]
        return response.status, response.getheader("Location") or "", text

    def csrf(self, path: str) -> str:
        _, _, page = self.request("GET", path)
        return csrf_token_in(page)


def serve(app_target: str, port: int, env: dict, workers: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            GUNICORN,
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            app_target,
        ],
        cwd=ROOT,
        env={**os.environ, **env},
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"{app_target} did not start")


def timed(calls, concurrency: int) -> tuple[float, list[float]]:
    latencies: list[float] = []
    lock = threading.Lock()

    def run(call):
        start = time.perf_counter()
        call()
        elapsed = time.perf_counter() - start
        with lock:
            latencies.append(elapsed)

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(run, calls))
    return time.perf_counter() - started, latencies


def report(name: str, rates: list[float], latencies: list[float]) -> float:
    """The median round's rate, and latency percentiles over every request of every round."""
    ms = sorted(latency * 1000 for latency in latencies)
    rate = statistics.median(rates)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    print(
        f"{name:<38} {rate:7.1f} per second (rounds: {', '.join(f'{r:.0f}' for r in rates)})"
        f"   p50 {statistics.median(ms):6.1f} ms   p99 {p99:6.1f} ms"
    )
    return rate


def submission(client, slug: str):
    def call():
        status, location, _ = client.request(
            "POST", f"/consultations/{slug}/check-answers", {"csrf_token": client.token}
        )
        if status != 302 or not location.endswith("/confirmation"):
            raise SystemExit(f"a submission was not recorded: {status} {location}")

    return call


_thread_client = threading.local()


def row_insert(pool: list, number: int):
    """One bare POST; each client thread keeps one connection from the pool for the round."""

    def call():
        if getattr(_thread_client, "pool", None) is not pool:
            _thread_client.pool, _thread_client.client = pool, pool.pop()
        _thread_client.client.request("POST", "/submit", {"answer": f"response {number}"})

    return call


def benchmark_environment(args) -> dict:
    """Production settings on --database-url (or a temporary SQLite file), for Engage and the
    bare app alike; says what the run is on."""
    workdir = tempfile.mkdtemp(prefix="engage-bench-")
    database = args.database_url or f"sqlite:///{workdir}/bench.sqlite3"
    print(
        f"Database: {database.split('://')[0]}; gunicorn workers: {args.workers}; "
        f"clients at once: {args.concurrency}; machine: {os.cpu_count()} cores"
    )
    return {
        "ENGAGE_CONFIG": "production",
        "DATABASE_URL": database,
        "SECRET_KEY": "b" * 64,
        "SESSION_COOKIE_SECURE": "false",
        "ENGAGE_INSTANCE_PATH": workdir,
        "MAIL_BACKEND": "console",
        "BARE_DATABASE_URL": database.replace("postgresql://", "postgresql+psycopg://"),
    }


def build_database(env: dict) -> tuple[str, int]:
    """Schema by the migrations, plus a ten-question open consultation. Returns its slug and id."""
    script = """
from flask_migrate import upgrade
from engage import create_app
from engage.extensions import db
from engage.consultations import builder
from engage.consultations.question_types import QuestionType
from engage.database import utcnow
from datetime import timedelta
app = create_app()
with app.app_context():
    upgrade()
    details = builder.ConsultationDetails(
        title="Benchmark consultation", summary="Ten questions.", easy_read_summary=None,
        audiences=["parents_carers"], opens_at=utcnow() - timedelta(days=1),
        closes_at=utcnow() + timedelta(days=30), minutes_to_complete=10,
        privacy_statement="Benchmark.", contact_name="Team", contact_email="team@example.org")
    consultation = builder.create_consultation(details)
    section = builder.add_section(consultation, "Questions", None)
    def q(kind, text, **extra):
        values = dict(type=kind, text=text, hint=None, required=True, options=[], allow_other=False,
                      max_choices=None, max_length=None, priority_ids=[])
        values.update(extra)
        builder.add_question(section, builder.QuestionDetails(**values))
    q(QuestionType.SINGLE_CHOICE, "How often?", options=["Weekly", "Monthly", "Never"])
    q(QuestionType.MULTIPLE_CHOICE, "Which?", options=["Clubs", "Overnight", "Sitting"])
    q(QuestionType.AGREE_SCALE, "Meets needs")
    q(QuestionType.RATING, "Booking")
    q(QuestionType.YES_NO, "Recommend?")
    q(QuestionType.DATE, "When?")
    q(QuestionType.SHORT_TEXT, "What matters?")
    q(QuestionType.LONG_TEXT, "What should change?")
    q(QuestionType.AGREE_SCALE, "Information is clear")
    q(QuestionType.LONG_TEXT, "Anything else?")
    db.session.commit()
    print(consultation.slug, consultation.id)
"""
    output = subprocess.run(
        [PYTHON, "-c", script],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return output[-2], int(output[-1])


def answers_for(page: str) -> dict:
    """A complete, valid page of answers, read off the form itself."""
    form: dict = {}
    for name in dict.fromkeys(re.findall(r'name="(q\d+)"', page)):
        values = re.findall(rf'name="{name}" type="(?:radio|checkbox)" value="([^"]+)"', page)
        if values:
            form[name] = values[:1]
        elif re.search(rf'<textarea[^>]*name="{name}"', page):
            form[name] = "We waited eight months for an assessment and nobody called us back."
        else:
            form[name] = "Being listened to"
    for name in dict.fromkeys(re.findall(r'name="(q\d+)-day"', page)):
        form.update({f"{name}-day": "3", f"{name}-month": "11", f"{name}-year": "2026"})
    return form


def prepare_respondent(port: int, slug: str) -> Client:
    client = Client(port)
    token = client.csrf(f"/consultations/{slug}")
    client.request("POST", f"/consultations/{slug}/start", {"csrf_token": token})
    _, _, page = client.request("GET", f"/consultations/{slug}/questions/1")
    token = csrf_token_in(page)
    status, location, _ = client.request(
        "POST",
        f"/consultations/{slug}/questions/1",
        {**answers_for(page), "csrf_token": token, "action": "continue"},
    )
    assert status == 302 and location.endswith("/about-you"), (status, location)
    token = client.csrf(f"/consultations/{slug}/about-you")
    client.request(
        "POST",
        f"/consultations/{slug}/about-you",
        {"csrf_token": token, "relationship": "parent_carer"},
    )
    client.token = client.csrf(f"/consultations/{slug}/check-answers")
    return client


def export_in_fresh_process(env: dict, consultation_id: int, rows: int) -> None:
    script = f"""
import resource, time, sys
from engage import create_app
from engage.extensions import db
from engage.consultations.models import Consultation
from engage.consultations import results
app = create_app()
with app.app_context():
    consultation = db.session.get(Consultation, {consultation_id})
    start = time.perf_counter(); size = 0
    for chunk in results.csv_chunks(consultation):
        size += len(chunk)
    csv_seconds = time.perf_counter() - start
    db.session.expunge_all()
    start = time.perf_counter()
    excel = results.excel_file(consultation); excel.seek(0, 2); excel_size = excel.tell(); excel.close()
    excel_seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"CSV export of {rows:,} responses        {{csv_seconds:6.1f}} s   {{size / 1e6:6.1f}} MB")
print(f"Excel export of {rows:,} responses      {{excel_seconds:6.1f}} s   {{excel_size / 1e6:6.1f}} MB")
print(f"Peak memory of the exporting process   {{peak:6.0f}} MB (target: under 200 MB)")
"""
    subprocess.run([PYTHON, "-c", script], cwd=ROOT, env={**os.environ, **env}, check=True)


def insert_responses(env: dict, consultation_id: int, rows: int) -> None:
    """Many responses at once, straight into the tables (the pages are timed above)."""
    script = f"""
import random
from engage import create_app
from engage.extensions import db
from engage.consultations.models import Consultation, Response, Answer
from engage.consultations.responding import new_reference
from engage.database import utcnow
from sqlalchemy import insert, select, func
app = create_app()
with app.app_context():
    consultation = db.session.get(Consultation, {consultation_id})
    questions = consultation.questions
    def value(q):
        kind = q.type
        if kind == "single_choice": return {{"option": q.options[0].id}}
        if kind == "multiple_choice": return [o.id for o in q.options[:2]]
        if kind in ("agree_scale", "rating"): return random.randint(1, 5)
        if kind == "yes_no": return random.random() < 0.5
        if kind == "date": return "2026-11-03"
        return "We waited eight months for an assessment and nobody called us back. " * 2
    start_id = (db.session.scalar(select(func.max(Response.id))) or 0) + 1
    now = utcnow()
    for batch in range(0, {rows}, 5000):
        ids = range(start_id + batch, start_id + min(batch + 5000, {rows}))
        db.session.execute(insert(Response), [dict(id=i, consultation_id={consultation_id},
            reference=f"BEN-{{i:09d}}", channel="online", respondent_relationship="parent_carer",
            wants_receipt=False, wants_updates=False, submitted_at=now) for i in ids])
        db.session.execute(insert(Answer), [dict(response_id=i, question_id=q.id, value=value(q))
            for i in ids for q in questions])
        db.session.commit()
    # What autovacuum does within a minute of a load this size: without fresh statistics the
    # planner reads every answer for each batch of the export.
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE consultation_responses, consultation_answers")
"""
    subprocess.run([PYTHON, "-c", script], cwd=ROOT, env={**os.environ, **env}, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url")
    parser.add_argument("--responses", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3, help="alternating timed rounds per app")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--export-rows", type=int, default=100_000)
    args = parser.parse_args()

    env = benchmark_environment(args)
    slug, consultation_id = build_database(env)
    # The bare app's table, made once here: workers that each made it at start-up could collide.
    subprocess.run(
        [PYTHON, "-c", "from benchmarks.bare_app import create_app; create_app()"],
        cwd=ROOT,
        env={**os.environ, **env},
        check=True,
    )

    engage_port, bare_port = free_port(), free_port()
    engage = serve("engage:create_app()", engage_port, env, args.workers)
    bare = serve("benchmarks.bare_app:create_app()", bare_port, env, args.workers)
    try:
        # Everyone fills in their answers first; only the submissions are timed.
        respondents = [
            prepare_respondent(engage_port, slug) for _ in range(args.responses * args.rounds)
        ]
        bare_clients = [Client(bare_port) for _ in range(args.concurrency)]
        for number in range(50):  # warm the bare app up too
            bare_clients[0].request("POST", "/submit", {"answer": f"warm-up {number}"})
        engage_rates, engage_latencies, bare_rates, bare_latencies = [], [], [], []
        for round_number in range(args.rounds):
            batch = respondents[round_number * args.responses : (round_number + 1) * args.responses]
            elapsed, latencies = timed(
                [submission(client, slug) for client in batch], args.concurrency
            )
            engage_rates.append(args.responses / elapsed)
            engage_latencies += latencies
            pool = list(bare_clients)
            elapsed, latencies = timed(
                [row_insert(pool, n) for n in range(args.responses)], args.concurrency
            )
            bare_rates.append(args.responses / elapsed)
            bare_latencies += latencies
    finally:
        for server in (engage, bare):
            server.terminate()
            server.wait()
    engage_rate = report("Engage: submit a 10-question response", engage_rates, engage_latencies)
    bare_rate = report("Bare Flask: insert one row", bare_rates, bare_latencies)
    print(
        f"Ratio Engage / bare                {engage_rate / bare_rate:8.2f}   (target: at least 0.5)"
    )

    if args.export_rows:
        insert_responses(env, consultation_id, args.export_rows - args.responses)
        export_in_fresh_process(env, consultation_id, args.export_rows)


if __name__ == "__main__":
    main()
