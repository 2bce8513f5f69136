"""How fast Engage takes advisory-group votes, against the same bare Flask + SQLAlchemy app as
the consultation benchmark.

    .venv/bin/python benchmarks/poll_vote.py [--database-url URL] [--votes 400] [--rounds 3]
        [--concurrency 8] [--workers 2]

It builds the schema with the migrations, one young people's advisory group with --votes
members (each signed in on their own device) and one poll per round, then serves Engage and
benchmarks/bare_app.py with gunicorn on 127.0.0.1. In each round every member votes once in
that round's poll (the real vote page's POST: CSRF check, the member's device, the one-vote-each
insert, the choice, the commit and the redirect), --concurrency at a time; then the bare app
inserts as many rows. It prints votes per second, p50 and p99 latency for both and the ratio
(target: at least 0.5), and checks that every vote was counted exactly once. It asserts nothing.
"""

import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.consultation_submit import (  # noqa: E402
    PYTHON,
    Client,
    benchmark_environment,
    free_port,
    report,
    row_insert,
    serve,
    timed,
)


class Voter:
    """A member's own phone: a keep-alive connection, their member cookie and a session."""

    def __init__(self, port: int, device_token: str):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies = {"engage_member": device_token}

    def request(self, method: str, path: str, form: dict | None = None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, value = header.split(";", 1)[0].partition("=")
            self.cookies[name] = value
        return response.status, response.getheader("Location") or "", text


def build_database(env: dict, members: int, rounds: int) -> dict:
    script = f"""
import json
from datetime import timedelta
from flask_migrate import upgrade
from engage import create_app
from engage.database import utcnow
from engage.extensions import db
from engage.polls import services
from engage.polls.services import GroupDetails, OptionDetails, PollDetails
app = create_app()
with app.app_context():
    upgrade()
    group = services.create_group(GroupDetails("Benchmark group", "young_people"))
    polls = [services.create_poll(group, PollDetails(
        question=f"Benchmark poll {{n}}", opens_at=utcnow() - timedelta(minutes=1),
        closes_at=utcnow() + timedelta(days=1), allow_change=False,
        options=[OptionDetails("Library"), OptionDetails("Park"), OptionDetails("Cafe")]))
        for n in range({rounds})]
    tokens = []
    for n in range({members}):
        member = services.join_with_code(group, f"Member {{n}}", None)
        tokens.append(services.sign_in_device(member))
    db.session.commit()
    print(json.dumps({{"tokens": tokens, "polls": [
        {{"id": p.id, "options": [o.id for o in p.options]}} for p in polls]}}))
"""
    output = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env={**os.environ, **env}, capture_output=True,
        text=True, check=True,
    ).stdout  # fmt: skip
    return json.loads(output.strip().splitlines()[-1])


def vote(voter: Voter, poll: dict, number: int):
    def call():
        choice = poll["options"][number % len(poll["options"])]
        status, location, _ = voter.request(
            "POST", f"/polls/{poll['id']}", {"csrf_token": voter.token, "choice": choice}
        )
        if status != 302 or "/voted" not in location:
            raise SystemExit(f"a vote was not taken: {status} {location}")

    return call


def count_ballots(env: dict) -> list[int]:
    script = """
from sqlalchemy import func, select
from engage import create_app
from engage.extensions import db
from engage.polls.models import Ballot
app = create_app()
with app.app_context():
    print(list(db.session.execute(select(func.count()).select_from(Ballot)
        .group_by(Ballot.poll_id).order_by(Ballot.poll_id)).scalars()))
"""
    output = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env={**os.environ, **env}, capture_output=True,
        text=True, check=True,
    ).stdout  # fmt: skip
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url")
    parser.add_argument("--votes", type=int, default=400, help="members, each voting once a round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating timed rounds per app")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    env = benchmark_environment(args)
    setup = build_database(env, args.votes, args.rounds)
    subprocess.run(
        [PYTHON, "-c", "from benchmarks.bare_app import create_app; create_app()"],
        cwd=ROOT, env={**os.environ, **env}, check=True,
    )  # fmt: skip
    engage_port, bare_port = free_port(), free_port()
    engage = serve("engage:create_app()", engage_port, env, args.workers)
    bare = serve("benchmarks.bare_app:create_app()", bare_port, env, args.workers)
    try:
        voters = []
        for token in setup["tokens"]:  # each phone opens the vote page once (not timed)
            voter = Voter(engage_port, token)
            _, _, page = voter.request("GET", f"/polls/{setup['polls'][0]['id']}")
            voter.token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
            voters.append(voter)
        bare_clients = [Client(bare_port) for _ in range(args.concurrency)]
        for number in range(50):
            bare_clients[0].request("POST", "/submit", {"answer": f"warm-up {number}"})
        engage_rates, engage_latencies, bare_rates, bare_latencies = [], [], [], []
        for poll in setup["polls"]:
            calls = [vote(voter, poll, n) for n, voter in enumerate(voters)]
            elapsed, latencies = timed(calls, args.concurrency)
            engage_rates.append(len(calls) / elapsed)
            engage_latencies += latencies
            pool = list(bare_clients)
            elapsed, latencies = timed(
                [row_insert(pool, n) for n in range(len(calls))], args.concurrency
            )
            bare_rates.append(len(calls) / elapsed)
            bare_latencies += latencies
    finally:
        for server in (engage, bare):
            server.terminate()
            server.wait()
    engage_rate = report("Engage: a member's vote", engage_rates, engage_latencies)
    bare_rate = report("Bare Flask: insert one row", bare_rates, bare_latencies)
    print(
        f"Ratio Engage / bare                {engage_rate / bare_rate:8.2f}   (target: at least 0.5)"
    )
    print(f"Ballots per poll: {count_ballots(env)} (each should be {args.votes})")


if __name__ == "__main__":
    main()
