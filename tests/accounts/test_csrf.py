"""Every form refuses a post without a CSRF token."""

import pytest

from engage.accounts.roles import Role


@pytest.fixture
def csrf_enabled(app):
    app.config["WTF_CSRF_ENABLED"] = True
    yield
    app.config["WTF_CSRF_ENABLED"] = False


def _post_routes(app):
    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods:
            values = {
                name: 1 if "int" in type(rule._converters[name]).__name__.lower() else "x"
                for name in rule.arguments
            }
            yield rule.build(values)[1]


def test_every_form_refuses_a_post_without_a_token(app, client, create_officer, sign_in):
    sign_in(create_officer(Role.ADMIN))
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        urls = list(_post_routes(app))
        assert len(urls) >= 8
        for url in urls:
            response = client.post(url, data={"email": "a@b.example", "password": "x" * 12})
            assert response.status_code == 400, (
                f"POST {url} without a token: {response.status_code}"
            )
            assert "Your form has expired" in response.get_data(as_text=True), url
    finally:
        app.config["WTF_CSRF_ENABLED"] = False


def test_sign_in_works_with_the_token_from_the_form(client, create_officer, csrf_enabled):
    officer = create_officer(Role.OFFICER)
    page = client.page("/sign-in")
    token = page.select_one("input[name=csrf_token]")["value"]
    response = client.post(
        "/sign-in",
        data={
            "email": officer.email,
            "password": "correct horse battery staple",
            "csrf_token": token,
        },
    )
    assert response.status_code == 302
