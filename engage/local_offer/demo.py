"""A few Local Offer services, so the directory can be tried straight away."""

from sqlalchemy import select

from engage.extensions import db
from engage.local_offer.directory import ServiceDetails, import_services
from engage.local_offer.models import Service

DEMO_SERVICES = [
    ServiceDetails(
        "Saturday Club", "Blackpool Carers Centre", "short_breaks", 8, 18, "Central Library",
        "Games, crafts, cooking and friends every Saturday morning, with one-to-one support "
        "for those who need it.",
        "Ask your social worker or the SEND team for a short breaks assessment.",
        "01253 000111", "club@carers.example", None,
    ),
    ServiceDetails(
        "Speech and language therapy", "NHS Blackpool", "health", 0, 18,
        "Clinics across Blackpool, schools and at home",
        "Assessment and therapy for children with speech, language and communication needs.",
        "A referral from your GP, health visitor or school.", "01253 000222", None, None,
    ),
    ServiceDetails(
        "Autism outreach team", "Blackpool Council", "education", 4, 16, "In schools",
        "Advice and training for mainstream schools supporting autistic pupils.",
        "Your child's school asks the team for support.", None, "outreach@council.example", None,
    ),
    ServiceDetails(
        "SENDIASS", "Blackpool Information, Advice and Support Service", "advice", 0, 25,
        "By phone, online and in person",
        "Free, impartial advice about SEND, EHC plans, appeals and tribunals.",
        "Ring, email or drop in; no referral needed.", "01253 000333", "iass@advice.example",
        "https://iass.example",
    ),
    ServiceDetails(
        "Travel training", "Blackpool Council", "transport", 11, 25, "Around Blackpool",
        "Learning to travel on buses and trams safely and on your own.",
        "Ask at your annual review or contact the transport team.", "01253 000444", None, None,
    ),
    ServiceDetails(
        "Supported internships", "Blackpool and The Fylde College", "adulthood", 16, 25,
        "Local employers", "A year of work placements with a job coach, for young people "
        "with an EHC plan.", "Talk to the college's SEND team by March.", None, None, None,
    ),
]  # fmt: skip


def seed_demo_services() -> int:
    """Adds the demo services not already there; returns how many were added."""
    existing = set(db.session.scalars(select(Service.name)))
    missing = [details for details in DEMO_SERVICES if details.name not in existing]
    return import_services(missing) if missing else 0
