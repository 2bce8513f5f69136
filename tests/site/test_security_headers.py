"""Every response carries the security headers; the CSP allows no inline script but GOV.UK's."""

import re

import pytest


@pytest.mark.parametrize("path", ["/", "/sign-in", "/accessibility-statement", "/no-such-page"])
def test_every_response_has_security_headers(client, path):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp
    assert "default-src 'self'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_the_only_inline_script_carries_this_responses_nonce(client):
    response = client.get("/")
    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
    html = response.get_data(as_text=True)
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert inline_scripts, "GOV.UK's js-enabled script should be there"
    assert all(f'nonce="{nonce}"' in attributes for attributes in inline_scripts)
    assert nonce != re.search(
        r"'nonce-([^']+)'", client.get("/").headers["Content-Security-Policy"]
    ).group(1)


def test_pages_load_no_assets_from_other_sites(client):
    html = client.get("/").get_data(as_text=True)
    assert not re.search(r'(src|href)="https?://(?!www\.nationalarchives\.gov\.uk)', html)
