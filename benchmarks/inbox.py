"""How fast the officers' feedback inbox lists, filters and counts with 100,000 pieces.

    .venv/bin/python benchmarks/inbox.py [--database-url URL] [--pieces 100000] [--repeats 5]

It builds the schema with the migrations, makes the Blackpool strategy active, writes --pieces
pieces of feedback straight into the tables (every channel and voice, two years of dates,
sentiments, one or two priority tags each, some personal-data and safeguarding flags), runs
ANALYZE on PostgreSQL as autovacuum would, then signs an officer in and times whole inbox pages
(the request, its queries, the counts and the template) in-process, for the unfiltered first
page, a deep page, and each filter, with the total each one found. Target: under 300 ms a page
on PostgreSQL. It asserts nothing.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "We waited eight months for an EHCP assessment and nobody rang us back",
    "The short breaks club is brilliant and my son loves it",
    "Transport to college is late every day",
    "The SENCO listened to us at last",
    "CAMHS said the waiting list is a year",
    "Respite has been cut again",
]


#: one in a hundred pieces mentions each of these, as a rarer word would be
ASIDES = [f"Also {word}." for word in (
    "wheelchair", "hoist", "sensory", "dyslexia", "autism", "epilepsy", "speech", "makaton",
    "signing", "hearing", "sight", "toileting", "feeding", "sleep", "anxiety", "bullying",
    "exclusion", "tribunal", "mediation", "budget", "direct payments", "carers", "siblings",
    "grandparents", "holidays", "swimming", "football", "drama", "music", "art",
)] + [""] * 70  # fmt: skip


def fill(pieces: int) -> None:
    from sqlalchemy import insert, select

    from engage.database import utcnow
    from engage.extensions import db
    from engage.feedback.models import Feedback, FeedbackTag
    from engage.priorities.models import Priority

    random.seed(7)
    priority_ids = list(db.session.scalars(select(Priority.id)))
    sources = ["consultation", "review", "poll", "web_form", "officer_notes", "import"]
    voices = ["parent_carer", "parent_carer", "young_person", "professional", None]
    sentiments = ["negative", "negative", "mixed", "neutral", "positive"]
    now = utcnow()
    for start in range(0, pieces, 5000):
        rows = []
        for number in range(start, min(start + 5000, pieces)):
            flagged = number % 997 == 0
            rows.append(
                {
                    "id": number + 1,
                    "source": sources[number % len(sources)],
                    "origin_type": "benchmark",
                    "origin_id": str(number),
                    "context": f"Benchmark {number % 40}",
                    "text": f"{random.choice(SENTENCES)}. {random.choice(SENTENCES)}. "
                    f"{random.choice(ASIDES)} (#{number})",
                    "voice": voices[number % len(voices)],
                    "received_at": now - timedelta(minutes=number * 10),
                    "analysed_at": now,
                    "sentiment": sentiments[number % len(sentiments)],
                    "sentiment_score": 0.0,
                    "key_phrases": [],
                    "personal_data": [],
                    "safeguarding": [],
                    "has_safeguarding_flag": flagged,
                    "has_personal_data": number % 53 == 0,
                    "reviewed_at": now if number % 3 == 0 else None,
                    "wants_updates": False,
                }
            )
        db.session.execute(insert(Feedback.__table__), rows)
        tags = []
        for row in rows:
            for priority_id in random.sample(priority_ids, random.choice((1, 1, 2))):
                tags.append({"feedback_id": row["id"], "priority_id": priority_id,
                             "status": "suggested", "score": 0.5, "reasons": []})  # fmt: skip
        db.session.execute(insert(FeedbackTag.__table__), tags)
        db.session.commit()
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE feedback, feedback_tags")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url")
    parser.add_argument("--pieces", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="engage-bench-")
    os.environ.update(
        ENGAGE_CONFIG="production",
        DATABASE_URL=args.database_url or f"sqlite:///{workdir}/inbox.sqlite3",
        SECRET_KEY="b" * 64,
        SESSION_COOKIE_SECURE="false",
        ENGAGE_INSTANCE_PATH=workdir,
    )
    from flask_migrate import upgrade

    from engage import create_app
    from engage.accounts.roles import Role
    from engage.accounts.services import create_officer
    from engage.extensions import db
    from engage.priorities import services as priorities

    app = create_app()
    app.config["WTF_CSRF_ENABLED"] = False  # the benchmark signs in without reading the form
    with app.app_context():
        upgrade()
        framework = priorities.import_framework_yaml(
            priorities.bundled_framework_text("blackpool"), activate=True
        )
        create_officer("bench@council.example", "Bench", Role.OFFICER, "inbox-timing-Secret-42")
        db.session.commit()
        priority = framework.priorities[0].id
        started = time.perf_counter()
        fill(args.pieces)
        print(
            f"Database: {db.engine.dialect.name}; {args.pieces:,} pieces written in "
            f"{time.perf_counter() - started:.0f} s"
        )
    client = app.test_client()
    client.post(
        "/sign-in", data={"email": "bench@council.example", "password": "inbox-timing-Secret-42"},
        base_url="https://localhost",
    )  # fmt: skip
    pages = {
        "first page, no filter": "",
        "page 1,000": "?page=1000",
        "priority": f"?priority={priority}",
        "sentiment": "?sentiment=negative",
        "source": "?source=review",
        "voice": "?voice=young_person",
        "date range": "?from=2026-01-01&to=2026-03-31",
        "flag: personal data": "?flag=personal_data",
        "not yet reviewed": "?not_reviewed=1",
        "text search, common word": "?q=respite",
        "text search, rarer word": "?q=wheelchair",
        "everything at once": f"?priority={priority}&sentiment=negative&voice=parent_carer"
        "&not_reviewed=1&q=waited",
    }
    client.get("/manage/feedback/", base_url="https://localhost")  # templates compiled once
    print(f"{'inbox page':<26} {'median':>8} {'slowest':>8}   matching")
    for name, query in pages.items():
        timings = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            response = client.get(f"/manage/feedback/{query}", base_url="https://localhost")
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (name, response.status_code)
        body = response.get_data(as_text=True)
        found = body.split('aria-live="polite">', 1)[1].split(" piece", 1)[0].strip()
        print(f"{name:<26} {statistics.median(timings):6.0f} ms {max(timings):6.0f} ms   {found}")
    print("Target: under 300 ms a page on PostgreSQL.")


if __name__ == "__main__":
    main()
