"""Public pages (home, legal pages, contact) and the admin settings page."""

from flask import Blueprint, flash, redirect, render_template, url_for

from engage.accounts.roles import Role, officer_required, public
from engage.priorities.services import active_framework
from engage.site import services
from engage.site.forms import SiteSettingsForm

site = Blueprint("site", __name__)
site_admin = Blueprint("site_admin", __name__, url_prefix="/manage/settings")


@site.route("/")
@public
def home():
    return render_template("site/home.html", framework=active_framework())


@site.route("/accessibility-statement")
@public
def accessibility_statement():
    return render_template("site/accessibility_statement.html")


@site.route("/privacy-notice")
@public
def privacy_notice():
    return render_template("site/privacy_notice.html")


@site.route("/cookies")
@public
def cookies():
    return render_template("site/cookies.html")


@site.route("/contact")
@public
def contact():
    return render_template("site/contact.html")


@site_admin.route("/", methods=["GET", "POST"])
@officer_required(Role.ADMIN)
def edit_settings():
    form = SiteSettingsForm(obj=services.current_settings())
    if form.validate_on_submit():
        services.update_settings(
            **{name: getattr(form, name).data for name in services.EDITABLE_FIELDS}
        )
        flash("Settings saved.", "success")
        return redirect(url_for(".edit_settings"))
    return render_template("site/edit_settings.html", form=form)
