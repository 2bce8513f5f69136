"""Public pages: find a service in the Local Offer, and read about it."""

from flask import Blueprint, render_template, request

from engage.accounts.roles import public
from engage.extensions import db
from engage.local_offer import directory
from engage.local_offer.models import CATEGORY_LABELS, MAX_AGE, Service
from engage.reviews import ratings
from engage.reviews import services as review_services

local_offer = Blueprint("local_offer", __name__, url_prefix="/local-offer")


@local_offer.route("/")
@public
def find_services():
    """Search and filters work as a plain GET form, so links to results can be shared."""
    words = request.args.get("q", "").strip()[:200]
    category = request.args.get("category", "")
    category = category if category in CATEGORY_LABELS else ""
    age_text = request.args.get("age", "").strip()
    age = int(age_text) if age_text.isdigit() and int(age_text) <= MAX_AGE else None
    age_error = f"Enter an age from 0 to {MAX_AGE}, like 7" if age_text and age is None else None
    services = directory.find_services(words, category or None, age)
    return render_template(
        "local_offer/find_services.html",
        services=services,
        ratings=ratings.summaries_for([service.id for service in services]),
        words=words,
        category=category,
        age_text=age_text,
        age_error=age_error,
        categories=CATEGORY_LABELS,
        searched=bool(words or category or age_text),
    ), (400 if age_error else 200)


@local_offer.route("/services/<int:service_id>")
@public
def service(service_id: int):
    """The service, its rating summary and its published reviews (only published ones count)."""
    service = db.get_or_404(Service, service_id)
    return render_template(
        "local_offer/service.html",
        service=service,
        summary=ratings.rating_summary(service.id),
        reviews=review_services.published_reviews(service),
    )
