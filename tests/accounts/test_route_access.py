"""Every officer page refuses anonymous people and officers without the role.

This walks the app's URL map, so a new route is covered the moment it is registered: it must be
marked @public or guarded by @officer_required, or this test fails.
"""

import pytest

from engage.accounts.roles import Role

DUMMY_VALUES = {"integer": 1, "unicode": "not-a-real-value", "path": "not/real"}


def _url_for_rule(rule) -> str:
    values = {}
    for name in rule.arguments:
        converter = type(rule._converters[name]).__name__.removesuffix("Converter").lower()
        values[name] = DUMMY_VALUES.get(converter, "x")
    return rule.build(values)[1]


def _routes(app):
    """Every (rule, view, method); signing out comes last, so the walk stays signed in."""
    rules = sorted(app.url_map.iter_rules(), key=lambda rule: rule.endpoint == "accounts.sign_out")
    for rule in rules:
        if rule.endpoint == "static":
            continue
        view = app.view_functions[rule.endpoint]
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule, view, method


def test_every_route_is_either_public_or_guarded(app):
    unguarded = [
        f"{method} {rule.rule} ({rule.endpoint})"
        for rule, view, method in _routes(app)
        if not getattr(view, "is_public", False) and not hasattr(view, "allowed_roles")
    ]
    assert unguarded == [], "routes neither @public nor @officer_required"


def test_officer_pages_send_anonymous_people_to_sign_in(app, client):
    checked = 0
    for rule, view, method in _routes(app):
        if getattr(view, "is_public", False):
            continue
        url = _url_for_rule(rule)
        response = client.open(url, method=method)
        assert response.status_code == 302, f"{method} {url} gave {response.status_code}"
        assert response.headers["Location"].startswith("/sign-in"), f"{method} {url}"
        checked += 1
    assert checked >= 10, "expected to find the officer pages"


@pytest.mark.parametrize("role", list(Role))
def test_officer_pages_refuse_roles_they_are_not_for(app, client, create_officer, sign_in, role):
    sign_in(create_officer(role))
    for rule, view, method in _routes(app):
        if getattr(view, "is_public", False):
            continue
        url = _url_for_rule(rule)
        response = client.open(url, method=method)
        response.close()  # a download (a spooled Excel file) is closed, as a server would
        if role in view.allowed_roles:
            assert response.status_code != 403, f"{role} refused {method} {url}"
        else:
            assert response.status_code == 403, f"{role} reached {method} {url}"
            assert "You do not have permission" in response.get_data(as_text=True)


def test_admin_pages_are_for_admins_only(app):
    admin_only = {
        rule.endpoint
        for rule, view, _ in _routes(app)
        if getattr(view, "allowed_roles", None) == frozenset({Role.ADMIN})
    }
    assert {
        "officers_admin.list_officers",
        "audit.list_events",
        "site_admin.edit_settings",
    } <= admin_only
