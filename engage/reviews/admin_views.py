"""Moderators' pages (the queue, one review, replies) and officers' pages (replying for a
provider, and the reports for commissioners)."""

from flask import (
    Blueprint,
    Response,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_login import current_user
from govuk_frontend_wtf.main import wtforms_errors

from engage import spreadsheets
from engage.accounts.forms import ConfirmForm
from engage.accounts.roles import Role, officer_required
from engage.audit.services import record_event
from engage.extensions import db
from engage.local_offer.models import CATEGORY_LABELS, Service
from engage.reviews import ratings, services
from engage.reviews.forms import (
    REVIEW_LIMIT,
    AcknowledgeSafeguardingForm,
    PublishForm,
    RejectForm,
    RejectReplyForm,
    ReplyForm,
)
from engage.reviews.models import ASPECTS, Review, ReviewReply

reviews_admin = Blueprint("reviews_admin", __name__, url_prefix="/manage/reviews")


@reviews_admin.route("/")
@officer_required(Role.MODERATOR)
def moderation_queue():
    """Safeguarding first, then flagged and reported reviews, then the rest."""
    return render_template(
        "reviews/admin/moderation_queue.html",
        queue=services.moderation_queue(),
        replies=services.replies_to_moderate(),
    )


def _moderation_page(review: Review, status: int = 200, error: str | None = None, **forms):
    """The review with its flags highlighted and the three forms (acknowledge, publish, reject);
    a form that failed comes back with its errors, the others fresh."""
    title, body = (
        (review.published_title, review.published_body)
        if review.published_title
        else services.suggested_redaction(review)
    )
    forms = {
        "acknowledge_form": forms.get("acknowledge_form")
        or AcknowledgeSafeguardingForm(formdata=None, prefix="acknowledge"),
        "publish_form": forms.get("publish_form")
        or PublishForm(formdata=None, prefix="publish", title=title, body=body),
        "reject_form": forms.get("reject_form") or RejectForm(formdata=None, prefix="reject"),
    }
    errors = [{"text": error}] if error else []
    for form in forms.values():
        if form.errors:
            errors += wtforms_errors(form)["errorList"]
    return render_template(
        "reviews/admin/moderate_review.html",
        review=review,
        pieces=services.highlighted(review),
        redaction_suggested=(title, body) != (review.title, review.body),
        errors=errors,
        actions=services.SAFEGUARDING_ACTIONS,
        **forms,
    ), status


@reviews_admin.route("/<int:review_id>")
@officer_required(Role.MODERATOR)
def moderate_review(review_id: int):
    return _moderation_page(db.get_or_404(Review, review_id))


@reviews_admin.route("/<int:review_id>/acknowledge", methods=["POST"])
@officer_required(Role.MODERATOR)
def acknowledge_safeguarding(review_id: int):
    review = db.get_or_404(Review, review_id)
    form = AcknowledgeSafeguardingForm(prefix="acknowledge")
    if not form.validate_on_submit():
        return _moderation_page(review, 400, acknowledge_form=form)
    services.acknowledge_safeguarding(review, current_user, form.action.data)
    flash("Safeguarding concern acknowledged.", "success")
    return redirect(url_for(".moderate_review", review_id=review.id))


@reviews_admin.route("/<int:review_id>/publish", methods=["POST"])
@officer_required(Role.MODERATOR)
def publish_review(review_id: int):
    review = db.get_or_404(Review, review_id)
    form = PublishForm(prefix="publish")
    if not form.validate_on_submit():
        return _moderation_page(review, 400, publish_form=form)
    try:
        services.publish_review(review, current_user, form.title.data, form.body.data)
    except services.ModerationRefused as refused:
        return _moderation_page(review, 409, publish_form=form, error=str(refused))
    flash(f"Review published on {review.service.name}.", "success")
    return redirect(url_for(".moderation_queue"))


@reviews_admin.route("/<int:review_id>/reject", methods=["POST"])
@officer_required(Role.MODERATOR)
def reject_review(review_id: int):
    review = db.get_or_404(Review, review_id)
    form = RejectForm(prefix="reject")
    if not form.validate_on_submit():
        return _moderation_page(review, 400, reject_form=form)
    try:
        services.reject_review(review, current_user, form.reason.data)
    except services.ModerationRefused as refused:
        return _moderation_page(review, 409, reject_form=form, error=str(refused))
    flash("Review rejected. The reviewer has been told why.", "success")
    return redirect(url_for(".moderation_queue"))


# Replies -------------------------------------------------------------------------------------
@reviews_admin.route("/services/<int:service_id>")
@officer_required(Role.OFFICER)
def service_reviews(service_id: int):
    """A service's published reviews, to reply to for the provider."""
    service = db.get_or_404(Service, service_id)
    return render_template(
        "reviews/admin/service_reviews.html",
        service=service,
        reviews=services.published_reviews(service),
        summary=ratings.rating_summary(service.id),
    )


@reviews_admin.route("/<int:review_id>/reply", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def write_reply(review_id: int):
    review = db.get_or_404(Review, review_id)
    form = ReplyForm()
    if not form.is_submitted():
        form.responder.data = review.reply.responder if review.reply else review.service.provider
        form.body.data = review.reply.body if review.reply else ""
    error = None
    if form.validate_on_submit():
        try:
            services.write_reply(review, current_user, form.responder.data, form.body.data)
        except services.ModerationRefused as refused:
            error = str(refused)
        else:
            flash("Reply sent for moderation.", "success")
            return redirect(url_for(".service_reviews", service_id=review.service_id))
    return render_template(
        "reviews/admin/write_reply.html",
        review=review,
        form=form,
        error=error,
        review_limit=REVIEW_LIMIT,
    ), (400 if form.errors else 409 if error else 200)


def _reply_page(reply: ReviewReply, status: int = 200, form=None, error=None):
    return render_template(
        "reviews/admin/moderate_reply.html",
        reply=reply,
        review=reply.review,
        publish_form=ConfirmForm(prefix="publish"),
        form=form or RejectReplyForm(formdata=None, prefix="reject"),
        error=error,
    ), status


@reviews_admin.route("/replies/<int:reply_id>")
@officer_required(Role.MODERATOR)
def moderate_reply(reply_id: int):
    return _reply_page(db.get_or_404(ReviewReply, reply_id))


@reviews_admin.route("/replies/<int:reply_id>/publish", methods=["POST"])
@officer_required(Role.MODERATOR)
def publish_reply(reply_id: int):
    reply = db.get_or_404(ReviewReply, reply_id)
    if not ConfirmForm(prefix="publish").validate_on_submit():
        return _reply_page(reply, 400)
    try:
        services.publish_reply(reply, current_user)
    except services.ModerationRefused as refused:
        return _reply_page(reply, 409, error=str(refused))
    flash("Reply published.", "success")
    return redirect(url_for(".moderation_queue"))


@reviews_admin.route("/replies/<int:reply_id>/reject", methods=["POST"])
@officer_required(Role.MODERATOR)
def reject_reply(reply_id: int):
    reply = db.get_or_404(ReviewReply, reply_id)
    form = RejectReplyForm(prefix="reject")
    if not form.validate_on_submit():
        return _reply_page(reply, 400, form=form)
    try:
        services.reject_reply(reply, current_user, form.note.data)
    except services.ModerationRefused as refused:
        return _reply_page(reply, 409, form=form, error=str(refused))
    flash("Reply sent back to its writer.", "success")
    return redirect(url_for(".moderation_queue"))


# Reports -------------------------------------------------------------------------------------
def _chosen_category() -> str | None:
    category = request.args.get("category", "")
    return category if category in CATEGORY_LABELS else None


@reviews_admin.route("/report")
@officer_required(Role.OFFICER)
def reviews_report():
    """Per service and per category: reviews, ratings and their trend, and rejections."""
    category = _chosen_category()
    return render_template(
        "reviews/admin/reviews_report.html",
        report=ratings.reviews_report(category),
        category=category or "",
        categories=CATEGORY_LABELS,
        aspects=ASPECTS,
    )


def _export_rows():
    category = _chosen_category()
    return category, ratings.export_rows(ratings.reviews_report(category))


@reviews_admin.route("/report.csv")
@officer_required(Role.OFFICER)
def export_report_csv():
    category, rows = _export_rows()
    record_event("review.report_exported", "Exported the reviews report as CSV", category=category)
    return Response(
        "".join(spreadsheets.csv_chunks(ratings.EXPORT_HEADER, rows)),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="reviews-report.csv"'},
    )


@reviews_admin.route("/report.xlsx")
@officer_required(Role.OFFICER)
def export_report_excel():
    category, rows = _export_rows()
    record_event(
        "review.report_exported", "Exported the reviews report as Excel", category=category
    )
    return send_file(
        spreadsheets.excel_file("Reviews", ratings.EXPORT_HEADER, rows),
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name="reviews-report.xlsx",
    )
