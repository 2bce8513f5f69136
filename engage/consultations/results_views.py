"""Officer pages for what came back: results, exports, publishing, and responses typed in for
people who answered on paper, by phone or by email."""

from flask import Response as HttpResponse
from flask import (
    abort,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    stream_with_context,
    url_for,
)
from flask_login import current_user
from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextArea
from wtforms import SubmitField, TextAreaField
from wtforms.validators import InputRequired

from engage.accounts.roles import Role, officer_required
from engage.audit.services import record_event
from engage.consultations import responding, results
from engage.consultations.admin_views import _consultation, consultations_admin
from engage.consultations.models import Channel, Relationship, Status
from engage.forms import EngageForm, at_most


class PublishResultsForm(EngageForm):
    summary = TextAreaField(
        "Results summary",
        description="What people told us and what happens next. This is shown on the public page.",
        validators=[
            InputRequired("Enter a results summary"),
            at_most("Results summary", 10000),
        ],
        widget=GovTextArea(),
    )
    submit = SubmitField("Publish results", widget=GovSubmitInput())


def _filename(consultation, extension: str) -> str:
    return f"{consultation.slug}-responses.{extension}"


@consultations_admin.route("/<int:consultation_id>/results")
@officer_required(Role.OFFICER)
def consultation_results(consultation_id: int):
    consultation = _consultation(consultation_id)
    relationship = request.args.get("respondent") or None
    if relationship and relationship not in {value.value for value in Relationship}:
        abort(400)
    return render_template(
        "consultations/admin/consultation_results.html",
        consultation=consultation,
        total=results.response_count(consultation),
        question_results=results.question_results(consultation, relationship),
        by_day=results.responses_by_day(consultation),
        relationship=relationship,
        relationships=list(Relationship),
    )


@consultations_admin.route("/<int:consultation_id>/responses.csv")
@officer_required(Role.OFFICER)
def export_csv(consultation_id: int):
    consultation = _consultation(consultation_id)
    record_event(
        "consultation.exported",
        f"Exported responses to {consultation.title} as CSV",
        target=consultation,
    )
    return HttpResponse(
        stream_with_context(results.csv_chunks(consultation)),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{_filename(consultation, "csv")}"'},
    )


@consultations_admin.route("/<int:consultation_id>/responses.xlsx")
@officer_required(Role.OFFICER)
def export_excel(consultation_id: int):
    consultation = _consultation(consultation_id)
    record_event(
        "consultation.exported",
        f"Exported responses to {consultation.title} as Excel",
        target=consultation,
    )
    return send_file(
        results.excel_file(consultation),
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name=_filename(consultation, "xlsx"),
    )


@consultations_admin.route("/<int:consultation_id>/publish-results", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def publish_results(consultation_id: int):
    consultation = _consultation(consultation_id)
    form = PublishResultsForm(summary=consultation.results_summary)
    if consultation.status not in (Status.CLOSED, Status.RESULTS_PUBLISHED):
        form.summary.errors = []
        error = "You can publish results once the consultation has closed."
        return render_template(
            "consultations/admin/publish_results.html",
            consultation=consultation,
            form=form,
            error=error,
        ), 409
    if form.validate_on_submit():
        results.publish_results(consultation, form.summary.data)
        flash("Results published on the public page.", "success")
        return redirect(url_for(".consultation_results", consultation_id=consultation.id))
    return render_template(
        "consultations/admin/publish_results.html", consultation=consultation, form=form, error=None
    ), (400 if form.errors else 200)


@consultations_admin.route("/<int:consultation_id>/responses/new", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def enter_response(consultation_id: int):
    """Type in a response given on paper, by phone, by email or in person."""
    consultation = _consultation(consultation_id)
    if consultation.status == Status.DRAFT:
        abort(404)
    errors, sent = {}, None
    if request.method == "POST":
        sent = request.form
        answers = {}
        for section in consultation.sections:
            result = responding.clean_section(section, request.form, require_answers=False)
            errors.update(result.errors)
            answers.update(result.answers)
        channel = request.form.get("channel", "")
        relationship = request.form.get("relationship") or None
        if channel not in {value.value for value in Channel} - {Channel.ONLINE.value}:
            errors["channel"] = "Select how the response was given"
        if relationship and relationship not in {value.value for value in Relationship}:
            errors["relationship"] = "Select one of the options shown"
        if not errors:
            reference = responding.enter_response(
                consultation,
                answers,
                channel=channel,
                relationship=relationship,
                officer=current_user,
            )
            flash(f"Response {reference} saved.", "success")
            return redirect(url_for(".enter_response", consultation_id=consultation.id))
    state = {
        question.id: responding.field_state(question, None, sent)
        for question in consultation.questions
    }
    return render_template(
        "consultations/admin/enter_response.html",
        consultation=consultation,
        state=state,
        errors=errors,
        sent=sent or {},
        channels=[value for value in Channel if value != Channel.ONLINE],
        relationships=list(Relationship),
    ), (400 if errors else 200)
