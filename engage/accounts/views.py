"""Signing in and out, and accepting an invitation."""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user

from engage.accounts import services
from engage.accounts.forms import ConfirmForm, SetPasswordForm, SignInForm
from engage.accounts.roles import officer_required, public
from engage.extensions import limiter
from engage.urls import is_safe_redirect

accounts = Blueprint("accounts", __name__)

SIGN_IN_FAILED = "Enter a correct email address and password"


def _sign_in_failed(response) -> bool:
    """Only failed attempts count towards the limits: a failure re-renders the form (200)."""
    return request.method == "POST" and response.status_code == 200


def _account_key() -> str:
    return "sign-in-account:" + services.normalise_email(request.form.get("email", ""))


@accounts.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(
    lambda: current_app.config["LOGIN_FAILURES_PER_ADDRESS"],
    methods=["POST"],
    deduct_when=_sign_in_failed,
    scope="sign-in-address",
)
@limiter.limit(
    lambda: current_app.config["LOGIN_FAILURES_PER_ACCOUNT"],
    key_func=_account_key,
    methods=["POST"],
    deduct_when=_sign_in_failed,
    scope="sign-in-account",
)
@public
def sign_in():
    """Officers sign in; every failure gets the same message, so accounts cannot be guessed."""
    if current_user.is_authenticated:
        return redirect(url_for("dashboard.home"))
    form = SignInForm()
    if form.validate_on_submit():
        officer = services.authenticate(form.email.data, form.password.data)
        if officer is not None:
            login_user(officer)
            next_url = request.args.get("next")
            return redirect(next_url if is_safe_redirect(next_url) else url_for("dashboard.home"))
        form.email.errors.append(SIGN_IN_FAILED)
        form.password.errors.append(SIGN_IN_FAILED)
    return render_template("accounts/sign_in.html", form=form)


@accounts.route("/sign-out", methods=["POST"])
@officer_required()
def sign_out():
    form = ConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    logout_user()
    flash("You have signed out.")
    return redirect(url_for("accounts.sign_in"))


@accounts.route("/invitations/<token>", methods=["GET", "POST"])
@public
def accept_invite(token: str):
    """An invited officer sets their password with the one-time link an admin gave them."""
    officer = services.find_invited_officer(token)
    if officer is None:
        return render_template("accounts/invite_invalid.html"), 404
    form = SetPasswordForm()
    if form.validate_on_submit():
        try:
            services.accept_invite(officer, form.password.data)
        except services.AccountError as error:
            form.password.errors.append(str(error))
        else:
            login_user(officer)
            return redirect(url_for("dashboard.home"))
    return render_template("accounts/accept_invite.html", form=form, officer=officer)
