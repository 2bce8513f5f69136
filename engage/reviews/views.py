"""Public pages: write a review, confirm it from the email link, report a review, the policy."""

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    session,
    url_for,
)

from engage.accounts.roles import public
from engage.extensions import db, limiter
from engage.local_offer.models import Service
from engage.reviews import services
from engage.reviews.forms import REVIEW_LIMIT, ReportForm, ReviewForm
from engage.reviews.models import ASPECTS, REJECTION_REASONS, Review, ReviewStatus

reviews = Blueprint("reviews", __name__, url_prefix="/local-offer")


@reviews.route("/services/<int:service_id>/write-a-review", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["REVIEW_RATE_LIMIT"], methods=["POST"])
@public
def write_review(service_id: int):
    """One page: ratings, the review, who you are, and your email to confirm it."""
    service = db.get_or_404(Service, service_id)
    form = ReviewForm()
    if form.validate_on_submit():
        review = services.submit_review(service, form.to_details())
        session["review_sent_to"] = review.email
        return redirect(url_for(".check_your_email", service_id=service.id))
    return render_template(
        "reviews/write_review.html",
        service=service,
        form=form,
        aspects=[getattr(form, column) for column, _, _ in ASPECTS],
        review_limit=REVIEW_LIMIT,
    ), (400 if form.errors else 200)


@reviews.route("/services/<int:service_id>/write-a-review/check-your-email")
@public
def check_your_email(service_id: int):
    service = db.get_or_404(Service, service_id)
    return render_template(
        "reviews/check_your_email.html",
        service=service,
        email=session.get("review_sent_to"),
        valid_days=current_app.config["REVIEW_CONFIRMATION_DAYS"],
    )


@reviews.route("/reviews/confirm/<token>")
@public
def confirm_review(token: str):
    """The link in the email: the review goes to the moderators (following it again is fine)."""
    review = services.find_review_to_confirm(token)
    if review is None:
        abort(404)
    if services.confirmation_expired(review):
        return render_template("reviews/link_expired.html", review=review), 410
    services.confirm_review(review)
    return render_template("reviews/review_confirmed.html", review=review)


@reviews.route("/reviews/<int:review_id>/report", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["REVIEW_REPORT_RATE_LIMIT"], methods=["POST"])
@public
def report_review(review_id: int):
    review = db.get_or_404(Review, review_id)
    if review.status != ReviewStatus.PUBLISHED.value:
        return render_template("reviews/already_reported.html", review=review), 410
    form = ReportForm()
    if form.validate_on_submit():
        services.report_review(review, form.reason.data, form.details.data)
        return redirect(url_for(".review_reported", service_id=review.service_id))
    return render_template("reviews/report_review.html", review=review, form=form), (
        400 if form.errors else 200
    )


@reviews.route("/services/<int:service_id>/review-reported")
@public
def review_reported(service_id: int):
    return render_template(
        "reviews/review_reported.html", service=db.get_or_404(Service, service_id)
    )


@reviews.route("/review-policy")
@public
def review_policy():
    return render_template("reviews/review_policy.html", reasons=REJECTION_REASONS)
