"""Officer pages to import, view, edit, activate and export frameworks; the public priorities page."""

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for

from engage.accounts.forms import ConfirmForm
from engage.accounts.roles import Role, officer_required, public
from engage.extensions import db
from engage.priorities import services
from engage.priorities.forms import FrameworkDetailsForm, ImportFrameworkForm, PriorityForm
from engage.priorities.framework_yaml import FrameworkYamlError
from engage.priorities.models import Framework, Priority

priorities_public = Blueprint("priorities_public", __name__)
priorities_admin = Blueprint("priorities_admin", __name__, url_prefix="/manage/priorities")


@priorities_public.route("/priorities")
@public
def list_priorities():
    """What the local partnership has said it is working on."""
    return render_template("priorities/list_priorities.html", framework=services.active_framework())


@priorities_admin.route("/")
@officer_required(Role.OFFICER)
def list_frameworks():
    return render_template("priorities/list_frameworks.html", frameworks=services.all_frameworks())


@priorities_admin.route("/import", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def import_framework():
    """Upload a YAML file; every problem is named with its line and nothing is saved."""
    form = ImportFrameworkForm()
    problems = []
    if form.validate_on_submit():
        try:
            framework = services.import_framework_yaml(
                form.file.data.read(), activate=form.activate.data
            )
        except FrameworkYamlError as error:
            problems = error.problems
            count = len(problems)
            form.file.errors.append(
                f"The file has {count} problem{'s' if count != 1 else ''}: fix "
                f"{'them' if count != 1 else 'it'} and upload the file again"
            )
        else:
            flash(f"Imported {framework.area}: {len(framework.priorities)} priorities.", "success")
            return redirect(url_for(".framework_details", framework_id=framework.id))
    status = 400 if form.errors else 200
    return render_template("priorities/import_framework.html", form=form, problems=problems), status


@priorities_admin.route("/<int:framework_id>")
@officer_required(Role.OFFICER)
def framework_details(framework_id: int):
    framework = db.get_or_404(Framework, framework_id)
    return render_template(
        "priorities/framework_details.html", framework=framework, activate_form=ConfirmForm()
    )


@priorities_admin.route("/<int:framework_id>/edit", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def edit_framework(framework_id: int):
    framework = db.get_or_404(Framework, framework_id)
    form = FrameworkDetailsForm(obj=framework)
    if form.validate_on_submit():
        try:
            services.update_framework_details(
                framework, area=form.area.data, title=form.title.data, source=form.source.data
            )
        except services.PriorityError as error:
            getattr(form, error.field or "title").errors.append(str(error))
        else:
            flash("Framework details saved.", "success")
            return redirect(url_for(".framework_details", framework_id=framework.id))
    return render_template("priorities/edit_framework.html", form=form, framework=framework)


@priorities_admin.route("/<int:framework_id>/activate", methods=["POST"])
@officer_required(Role.OFFICER)
def activate_framework(framework_id: int):
    framework = db.get_or_404(Framework, framework_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    services.activate_framework(framework)
    flash(f"{framework.area} is now the active framework.", "success")
    return redirect(url_for(".framework_details", framework_id=framework.id))


@priorities_admin.route("/<int:framework_id>/export.yaml")
@officer_required(Role.OFFICER)
def export_framework(framework_id: int):
    framework = db.get_or_404(Framework, framework_id)
    filename = "".join(c if c.isalnum() else "-" for c in framework.area.lower()).strip("-")
    return Response(
        services.export_framework_yaml(framework),
        mimetype="application/yaml",
        headers={"Content-Disposition": f'attachment; filename="{filename or "framework"}.yaml"'},
    )


@priorities_admin.route("/<int:framework_id>/priorities/new", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def add_priority(framework_id: int):
    framework = db.get_or_404(Framework, framework_id)
    form = PriorityForm()
    if form.validate_on_submit():
        try:
            services.add_priority(framework, form.to_data())
        except services.PriorityError as error:
            getattr(form, error.field or "slug").errors.append(str(error))
        else:
            flash("Priority added.", "success")
            return redirect(url_for(".framework_details", framework_id=framework.id))
    return render_template(
        "priorities/edit_priority.html", form=form, framework=framework, priority=None
    )


@priorities_admin.route("/<int:framework_id>/priorities/<int:priority_id>", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def edit_priority(framework_id: int, priority_id: int):
    priority = db.get_or_404(Priority, priority_id)
    if priority.framework_id != framework_id:
        abort(404)
    form = PriorityForm()
    if request.method == "GET":
        form.fill_from(priority.to_data())
    if form.validate_on_submit():
        try:
            services.update_priority(priority, form.to_data())
        except services.PriorityError as error:
            getattr(form, error.field or "slug").errors.append(str(error))
        else:
            flash("Priority saved.", "success")
            return redirect(url_for(".framework_details", framework_id=framework_id))
    return render_template(
        "priorities/edit_priority.html", form=form, framework=priority.framework, priority=priority
    )
