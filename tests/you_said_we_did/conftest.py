import pytest


@pytest.fixture(autouse=True)
def request_context(app):
    """Services called directly still build the links in their emails, as a request would."""
    with app.test_request_context(base_url="https://engage.example"):
        yield
