"""`flask seed-demo` gives a working demo, and running it twice duplicates nothing."""

from sqlalchemy import func, select

from engage.accounts.models import Officer
from engage.consultations.models import Consultation, Response
from engage.extensions import db
from engage.priorities.models import Framework, Priority
from engage.priorities.services import active_framework


def _counts() -> dict[str, int]:
    return {
        model.__name__: db.session.scalar(select(func.count()).select_from(model))
        for model in (Framework, Priority, Officer, Consultation, Response)
    }


def test_seed_demo_loads_frameworks_and_officers_who_can_sign_in(app, client):
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert "officer@engage.example  password: engage-demo-2026" in result.output
    assert _counts() == {
        "Framework": 5,
        "Priority": 31,
        "Officer": 3,
        "Consultation": 1,
        "Response": 30,
    }
    assert active_framework().area == "Blackpool"
    response = client.post(
        "/sign-in", data={"email": "officer@engage.example", "password": "engage-demo-2026"}
    )
    assert response.headers["Location"] == "/manage/"


def test_running_seed_demo_twice_duplicates_nothing(app):
    runner = app.test_cli_runner()
    runner.invoke(args=["seed-demo"])
    first = _counts()
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert _counts() == first


def test_the_demo_consultation_is_open_with_results(app, client, officer_client):
    app.test_cli_runner().invoke(args=["seed-demo"])
    consultation = db.session.scalars(select(Consultation)).one()
    assert consultation.status.value == "open"
    start = client.page(f"/consultations/{consultation.slug}")
    assert start.select_one(".govuk-button--start")
    results = officer_client.page(f"/manage/consultations/{consultation.id}/results")
    assert results.select_one(".govuk-body-l").get_text(strip=True) == "30 responses"
    assert "nobody rang us back" in results.get_text().lower()


def test_seed_demo_refuses_to_run_in_production(app):
    app.config["ENV_NAME"] = "production"
    try:
        result = app.test_cli_runner().invoke(args=["seed-demo"])
    finally:
        app.config["ENV_NAME"] = "testing"
    assert result.exit_code == 1 and "not in production" in result.output
    assert _counts()["Officer"] == 0
