"""Officer pages: add and change services, and import them from a CSV file (checked whole)."""

from flask import Blueprint, flash, redirect, render_template, url_for
from sqlalchemy import select

from engage.accounts.roles import Role, officer_required
from engage.extensions import db
from engage.local_offer import directory
from engage.local_offer.forms import ConfirmImportForm, ImportForm, ServiceForm
from engage.local_offer.models import CATEGORY_LABELS, Service

local_offer_admin = Blueprint("local_offer_admin", __name__, url_prefix="/manage/local-offer")


@local_offer_admin.route("/")
@officer_required(Role.OFFICER)
def list_services():
    services = db.session.scalars(select(Service).order_by(Service.name)).all()
    return render_template("local_offer/admin/list_services.html", services=services)


@local_offer_admin.route("/new", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def new_service():
    form = ServiceForm()
    if form.validate_on_submit():
        service = directory.create_service(form.to_details())
        flash(f"{service.name} added to the Local Offer.", "success")
        return redirect(url_for(".list_services"))
    return render_template("local_offer/admin/edit_service.html", form=form, service=None), (
        400 if form.errors else 200
    )


@local_offer_admin.route("/<int:service_id>/edit", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def edit_service(service_id: int):
    service = db.get_or_404(Service, service_id)
    form = ServiceForm()
    if not form.is_submitted():
        form.fill_from(service)
    if form.validate_on_submit():
        directory.update_service(service, form.to_details())
        flash(f"{service.name} saved.", "success")
        return redirect(url_for(".list_services"))
    return render_template("local_offer/admin/edit_service.html", form=form, service=service), (
        400 if form.errors else 200
    )


@local_offer_admin.route("/import", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def import_services():
    """Step 1: upload. Every row is checked; any problem and nothing is saved, with each row's
    problems listed. A clean file is shown for confirmation (step 2)."""
    form = ImportForm()
    if form.validate_on_submit():
        data = form.file.data.read()
        try:
            services, problems = directory.read_services_csv(data)
        except directory.CsvFileError as error:
            form.file.errors.append(str(error))
        else:
            if problems:
                form.file.errors.append(
                    f"{len(problems)} row{'s' if len(problems) != 1 else ''} need"
                    f"{'s' if len(problems) == 1 else ''} fixing. Nothing has been imported."
                )
                return render_template(
                    "local_offer/admin/import_services.html", form=form, problems=problems
                ), 400
            confirm = ConfirmImportForm(content=data.decode("utf-8-sig"))
            return render_template(
                "local_offer/admin/confirm_import.html",
                services=services,
                form=confirm,
                labels=CATEGORY_LABELS,
            )
    return render_template("local_offer/admin/import_services.html", form=form, problems=[]), (
        400 if form.errors else 200
    )


@local_offer_admin.route("/import/confirm", methods=["POST"])
@officer_required(Role.OFFICER)
def confirm_import():
    form = ConfirmImportForm()
    if not form.validate_on_submit():
        return redirect(url_for(".import_services"))
    try:
        services, problems = directory.read_services_csv(form.content.data.encode())
    except directory.CsvFileError:
        services, problems = [], None
    if problems or not services:
        flash("The file changed or could not be read again. Nothing has been imported.", "error")
        return redirect(url_for(".import_services"))
    count = directory.import_services(services)
    flash(f"{count} services imported.", "success")
    return redirect(url_for(".list_services"))
