"""The public "Tell us what you think" form: a short form for anything, about a service or not."""

import secrets

from flask import Blueprint, current_app, redirect, render_template, url_for
from sqlalchemy import select

from engage.accounts.roles import public
from engage.database import utcnow
from engage.extensions import db, limiter
from engage.feedback.forms import TELL_US_LIMIT, TellUsForm
from engage.feedback.models import FeedbackSource
from engage.feedback.services import record_feedback
from engage.local_offer.models import Service

feedback = Blueprint("feedback", __name__)


@feedback.route("/tell-us", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["TELL_US_RATE_LIMIT"], methods=["POST"])
@public
def tell_us():
    form = TellUsForm()
    services = db.session.execute(select(Service.id, Service.name).order_by(Service.name)).all()
    form.service_id.choices = [(0, "No, or I am not sure"), *services]
    if form.validate_on_submit():
        service = db.session.get(Service, form.service_id.data) if form.service_id.data else None
        now = utcnow()
        record_feedback(
            source=FeedbackSource.WEB_FORM,
            origin_type="web_form",
            origin_id=secrets.token_hex(8),  # the form is its own origin: nothing to link back to
            context=f"“Tell us what you think” form{f': about {service.name}' if service else ''}",
            text=form.text.data,
            voice=form.voice.data or None,
            received_at=now,
            contact_email=form.email.data.lower() if form.email.data else None,
            wants_updates=form.wants_updates.data,
        )
        return redirect(url_for(".thank_you"))
    return render_template("feedback/tell_us.html", form=form, limit=TELL_US_LIMIT), (
        400 if form.errors else 200
    )


@feedback.route("/tell-us/thank-you")
@public
def thank_you():
    return render_template("feedback/thank_you.html")
