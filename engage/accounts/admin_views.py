"""Admin pages to invite, change and deactivate officers."""

from flask import Blueprint, abort, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import select

from engage.accounts import services
from engage.accounts.forms import ChangeRoleForm, ConfirmForm, InviteOfficerForm
from engage.accounts.models import Officer
from engage.accounts.roles import Role, officer_required
from engage.extensions import db

officers_admin = Blueprint("officers_admin", __name__, url_prefix="/manage/officers")


def _get_officer(officer_id: int) -> Officer:
    return db.get_or_404(Officer, officer_id)


@officers_admin.route("/")
@officer_required(Role.ADMIN)
def list_officers():
    officers = db.session.scalars(
        select(Officer).order_by(Officer.active.desc(), Officer.full_name)
    )
    return render_template("accounts/list_officers.html", officers=list(officers))


@officers_admin.route("/invite", methods=["GET", "POST"])
@officer_required(Role.ADMIN)
def invite_officer():
    form = InviteOfficerForm()
    if form.validate_on_submit():
        try:
            officer, token = services.invite_officer(
                current_user, form.email.data, form.full_name.data, Role(form.role.data)
            )
        except services.AccountError as error:
            getattr(form, error.field or "email").errors.append(str(error))
        else:
            invite_url = url_for("accounts.accept_invite", token=token, _external=True)
            return render_template(
                "accounts/invite_created.html", officer=officer, invite_url=invite_url
            )
    return render_template("accounts/invite_officer.html", form=form)


@officers_admin.route("/<int:officer_id>", methods=["GET", "POST"])
@officer_required(Role.ADMIN)
def officer_details(officer_id: int):
    """One officer: change their role."""
    officer = _get_officer(officer_id)
    form = ChangeRoleForm(role=officer.role)
    if form.validate_on_submit():
        try:
            services.change_role(current_user, officer, Role(form.role.data))
        except services.AccountError as error:
            form.role.errors.append(str(error))
        else:
            return redirect(url_for(".list_officers"))
    return render_template(
        "accounts/officer_details.html", officer=officer, form=form, status_form=ConfirmForm()
    )


@officers_admin.route("/<int:officer_id>/deactivate", methods=["GET", "POST"])
@officer_required(Role.ADMIN)
def deactivate_officer(officer_id: int):
    """Ask to confirm, then stop the officer signing in."""
    officer = _get_officer(officer_id)
    form = ConfirmForm()
    error = None
    if form.validate_on_submit():
        try:
            services.deactivate_officer(current_user, officer)
        except services.AccountError as refused:
            error = str(refused)
        else:
            return redirect(url_for(".list_officers"))
    return render_template(
        "accounts/deactivate_officer.html", officer=officer, form=form, error=error
    ), (409 if error else 200)


@officers_admin.route("/<int:officer_id>/reactivate", methods=["POST"])
@officer_required(Role.ADMIN)
def reactivate_officer(officer_id: int):
    officer = _get_officer(officer_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    services.reactivate_officer(officer)
    return redirect(url_for(".officer_details", officer_id=officer.id))
