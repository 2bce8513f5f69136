"""A parent answers a consultation: pages, errors, save and return, check answers, one response."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from engage.consultations import responding
from engage.consultations.models import Draft, Response
from engage.database import utcnow
from engage.extensions import db
from tests.support import check_page


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def _options(consultation, page: int, question: int) -> dict[str, str]:
    q = consultation.sections[page].questions[question]
    return {option.label: str(option.id) for option in q.options}


def _page_one(consultation, **overrides) -> dict:
    questions = consultation.sections[0].questions
    data = {
        questions[0].field_name: _options(consultation, 0, 0)["Every month"],
        questions[1].field_name: [_options(consultation, 0, 1)["Holiday clubs"]],
        f"{questions[2].field_name}-day": "",
        f"{questions[2].field_name}-month": "",
        f"{questions[2].field_name}-year": "",
        "action": "continue",
    }
    data.update(overrides)
    return data


def _page_two(consultation, **overrides) -> dict:
    q = consultation.sections[1].questions
    data = {
        q[0].field_name: "4",
        q[1].field_name: "2",
        q[2].field_name: "true",
        q[3].field_name: "Being listened to",
        q[4].field_name: "More holiday clubs near us, please.",
        "action": "continue",
    }
    data.update(overrides)
    return data


def _start(client, consultation):
    response = client.post(f"/consultations/{consultation.slug}/start")
    assert response.headers["Location"] == f"/consultations/{consultation.slug}/questions/1"


def test_a_parent_completes_a_consultation_and_gets_a_reference(client, short_breaks):
    slug = short_breaks.slug
    start = client.page(f"/consultations/{slug}")
    assert start.select_one(".govuk-button--start").get_text(strip=True) == "Start now"
    assert "We keep them for two years" in start.get_text()
    _start(client, short_breaks)
    page = client.page(f"/consultations/{slug}/questions/1")
    assert page.h1.get_text(strip=True) == "Your family"
    assert (
        client.post(f"/consultations/{slug}/questions/1", data=_page_one(short_breaks)).status_code
        == 302
    )
    response = client.post(f"/consultations/{slug}/questions/2", data=_page_two(short_breaks))
    assert response.headers["Location"] == f"/consultations/{slug}/about-you"
    response = client.post(
        f"/consultations/{slug}/about-you",
        data={"relationship": "parent_carer", "email": "Parent@Example.org", "wants_receipt": "y"},
    )
    assert response.headers["Location"] == f"/consultations/{slug}/check-answers"
    check = client.page(f"/consultations/{slug}/check-answers")
    answers = {
        row.select_one("dt").get_text(strip=True): row.select_one("dd").get_text(" ", strip=True)
        for row in check.select(".govuk-summary-list__row")
    }
    assert answers["How often do you use short breaks?"] == "Every month"
    assert answers["Which short breaks have you used?"] == "Holiday clubs"
    assert answers["When did you last use one?"] == "Not answered"
    assert answers["Short breaks meet my family's needs"] == "Agree"
    assert answers["Would you recommend them?"] == "Yes"
    assert answers["Email address"] == "parent@example.org"
    assert answers["Email me"] == "a copy of my answers"
    response = client.post(f"/consultations/{slug}/check-answers")
    assert response.headers["Location"] == f"/consultations/{slug}/confirmation"
    confirmation = client.page(f"/consultations/{slug}/confirmation")
    reference = confirmation.select_one(".govuk-panel__body strong").get_text(strip=True)
    saved = db.session.scalars(select(Response)).one()
    assert saved.reference == reference and reference.startswith("ENG-")
    assert saved.respondent_relationship == "parent_carer" and saved.email == "parent@example.org"
    assert saved.wants_receipt and not saved.wants_updates
    assert len(saved.answers) == 7  # the optional date was skipped
    assert _count(Draft) == 0


def test_errors_are_shown_next_to_each_field_and_nothing_saved_is_lost(client, short_breaks):
    slug = short_breaks.slug
    _start(client, short_breaks)
    client.post(f"/consultations/{slug}/questions/1", data=_page_one(short_breaks))
    q = short_breaks.sections[1].questions
    bad = _page_two(short_breaks, **{q[0].field_name: "", q[4].field_name: "x" * 301})
    response = client.post(f"/consultations/{slug}/questions/2", data=bad)
    assert response.status_code == 400
    page = check_page(response.get_data(as_text=True))
    assert page.title.get_text().startswith("Error: What you think")
    summary = [a.get_text(strip=True) for a in page.select(".govuk-error-summary a")]
    assert summary == [
        "Select an answer",
        "Your answer must be 300 characters or fewer (it has 301)",
    ]
    assert (
        page.select_one(f"#{q[0].field_name}-error")
        .get_text(strip=True)
        .endswith("Select an answer")
    )
    # What the person typed is still there for them to fix.
    assert page.select_one(f"#{q[4].field_name}").get_text() == "x" * 301
    assert page.select_one(f"#{q[3].field_name}")["value"] == "Being listened to"
    # Page one's answers are still saved.
    page_one = client.page(f"/consultations/{slug}/questions/1")
    chosen = page_one.select_one("input[type=radio][checked]")
    assert chosen["value"] == _options(short_breaks, 0, 0)["Every month"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (0, "999", "Select one of the options shown"),
        (0, "other", "Tell us your other answer"),
        (1, ["1", "2", "3"], "Select one of the options shown"),
    ],
)
def test_tampered_or_incomplete_choices_are_refused(client, short_breaks, field, value, message):
    _start(client, short_breaks)
    name = short_breaks.sections[0].questions[field].field_name
    response = client.post(
        f"/consultations/{short_breaks.slug}/questions/1",
        data=_page_one(short_breaks, **{name: value}),
    )
    assert response.status_code == 400
    page = check_page(response.get_data(as_text=True))
    link = page.select_one(".govuk-error-summary a")
    assert link.get_text(strip=True) == message
    assert page.select_one(link["href"]) is not None, "the error links to a field on the page"


def test_too_many_choices_are_refused(client, short_breaks):
    _start(client, short_breaks)
    options = list(_options(short_breaks, 0, 1).values())
    name = short_breaks.sections[0].questions[1].field_name
    response = client.post(
        f"/consultations/{short_breaks.slug}/questions/1",
        data=_page_one(short_breaks, **{name: options}),
    )
    assert "Select no more than 2 options" in response.get_data(as_text=True)


def test_save_and_return_with_the_code_on_another_device(app, client, short_breaks):
    slug = short_breaks.slug
    _start(client, short_breaks)
    q = short_breaks.sections[0].questions
    partial = {q[0].field_name: _options(short_breaks, 0, 0)["Never"], "action": "save"}
    response = client.post(f"/consultations/{slug}/questions/1", data=partial)
    assert response.status_code == 302
    saved = client.page(response.headers["Location"], follow_redirects=True)
    code = saved.select_one(".govuk-panel__body strong").get_text(strip=True)
    link = saved.select_one("a.engage-break-anywhere")["href"]
    assert len(code) == 9 and code[4] == "-"
    # Refreshing the page does not show the code again, but the saved answers stay.
    other_device = app.test_client()
    response = other_device.post(
        f"/consultations/{slug}/resume", data={"code": code.lower().replace("-", " ")}
    )
    assert response.headers["Location"] == f"/consultations/{slug}/questions/1"
    page = check_page(other_device.get(f"/consultations/{slug}/questions/1").get_data(as_text=True))
    assert (
        page.select_one("input[type=radio][checked]")["value"]
        == _options(short_breaks, 0, 0)["Never"]
    )
    # The link works too.
    third_device = app.test_client()
    path = (
        link.split("engage.test", 1)[-1]
        if "engage.test" in link
        else link[link.index("/consultations") :]
    )
    assert third_device.get(path).headers["Location"] == f"/consultations/{slug}/questions/1"


def test_a_forged_or_expired_code_is_refused(client, short_breaks):
    slug = short_breaks.slug
    response = client.post(f"/consultations/{slug}/resume", data={"code": "AAAA-BBBB"})
    assert response.status_code == 400
    page = check_page(response.get_data(as_text=True))
    assert "Enter the code you were given" in page.select_one("#code-error").get_text()
    assert client.get(f"/consultations/{slug}/resume/not-a-real-token").status_code == 404


def test_drafts_are_never_counted_and_are_deleted_when_they_expire(app, client, short_breaks):
    _start(client, short_breaks)
    client.post(f"/consultations/{short_breaks.slug}/questions/1", data=_page_one(short_breaks))
    assert _count(Draft) == 1 and _count(Response) == 0
    draft = db.session.scalars(select(Draft)).one()
    draft.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    # An expired draft is not shown to anyone, even the person who started it.
    response = client.get(f"/consultations/{short_breaks.slug}/questions/1")
    assert response.headers["Location"] == f"/consultations/{short_breaks.slug}?expired=1"
    result = app.test_cli_runner().invoke(args=["consultations", "delete-expired-drafts"])
    assert "Deleted 1 expired draft." in result.output
    assert _count(Draft) == 0


def _complete(client, consultation):
    _start(client, consultation)
    client.post(f"/consultations/{consultation.slug}/questions/1", data=_page_one(consultation))
    client.post(f"/consultations/{consultation.slug}/questions/2", data=_page_two(consultation))
    client.post(f"/consultations/{consultation.slug}/about-you", data={})


def test_submitting_twice_records_one_response(client, short_breaks):
    _complete(client, short_breaks)
    first = client.post(f"/consultations/{short_breaks.slug}/check-answers")
    second = client.post(f"/consultations/{short_breaks.slug}/check-answers")
    assert first.headers["Location"] == second.headers["Location"]
    assert _count(Response) == 1


def test_a_double_click_sent_with_the_old_session_finds_the_first_response(app, short_breaks):
    """The second request carries the session from before the first one finished."""
    client = app.test_client()
    _complete(client, short_breaks)
    with client.session_transaction() as before_submit:
        old_session = dict(before_submit)
    client.post(f"/consultations/{short_breaks.slug}/check-answers")
    with client.session_transaction() as session:
        session.clear()
        session.update(old_session)
    again = client.post(f"/consultations/{short_breaks.slug}/check-answers")
    assert again.headers["Location"] == f"/consultations/{short_breaks.slug}/confirmation"
    assert _count(Response) == 1


def test_the_database_refuses_two_responses_from_one_draft(client, short_breaks):
    _complete(client, short_breaks)
    draft = db.session.scalars(select(Draft)).one()
    responding.submit_draft(short_breaks, draft, responding.question_index(short_breaks))
    db.session.commit()
    duplicate = Response(
        consultation_id=short_breaks.id, reference="ENG-TEST-0001", submission_key=draft.key_hash
    )
    db.session.add(duplicate)
    with pytest.raises(Exception, match="(?i)unique"):
        db.session.flush()
    db.session.rollback()


def test_check_answers_sends_people_back_to_unanswered_required_questions(client, short_breaks):
    _start(client, short_breaks)
    client.post(f"/consultations/{short_breaks.slug}/questions/1", data=_page_one(short_breaks))
    response = client.post(f"/consultations/{short_breaks.slug}/check-answers")
    assert response.headers["Location"] == f"/consultations/{short_breaks.slug}/questions/2"
    assert _count(Response) == 0


@pytest.mark.parametrize(
    ("opens", "closes", "message"),
    [(1, 10, "This consultation is not open yet."), (-10, -1, "This consultation has closed.")],
)
def test_a_consultation_that_is_not_open_accepts_nothing(
    client, create_consultation, opens, closes, message
):
    now = utcnow()
    consultation = create_consultation(
        {"Page": []}, opens_at=now + timedelta(days=opens), closes_at=now + timedelta(days=closes)
    )
    page = client.page(f"/consultations/{consultation.slug}")
    assert not page.select(".govuk-button--start")
    response = client.post(f"/consultations/{consultation.slug}/start")
    assert response.status_code == 409 and message in response.get_data(as_text=True)
    assert _count(Draft) == 0


def test_answers_sent_after_closing_are_refused_and_the_draft_kept(client, short_breaks):
    _start(client, short_breaks)
    short_breaks.closes_at = utcnow() - timedelta(minutes=1)
    short_breaks.opens_at = utcnow() - timedelta(days=2)
    db.session.commit()
    response = client.post(
        f"/consultations/{short_breaks.slug}/questions/1", data=_page_one(short_breaks)
    )
    assert response.status_code == 409
    assert "This consultation has closed." in response.get_data(as_text=True)


def test_about_you_asks_for_an_email_only_when_one_is_wanted(client, short_breaks):
    _complete(client, short_breaks)
    response = client.post(
        f"/consultations/{short_breaks.slug}/about-you", data={"wants_updates": "y"}
    )
    assert response.status_code == 400
    assert "Enter your email address, or untick the emails you asked for" in response.get_data(
        as_text=True
    )
    response = client.post(
        f"/consultations/{short_breaks.slug}/about-you", data={"email": "not-an-email"}
    )
    assert "Enter an email address in the correct format" in response.get_data(as_text=True)


def test_a_draft_consultation_is_not_public(client, create_consultation):
    consultation = create_consultation({"Page": []}, opens_at=None, closes_at=None)
    assert client.get(f"/consultations/{consultation.slug}").status_code == 404
    assert consultation.title not in client.get("/consultations/").get_data(as_text=True)


def test_the_public_list_shows_open_consultations(client, short_breaks):
    page = client.page("/consultations/")
    assert page.select_one("main h3 a").get_text(strip=True) == "Short breaks and respite"


def test_a_receipt_is_emailed_when_asked_for(client, short_breaks):
    from engage.email.models import OutboxEmail

    _start(client, short_breaks)
    client.post(f"/consultations/{short_breaks.slug}/questions/1", data=_page_one(short_breaks))
    client.post(f"/consultations/{short_breaks.slug}/questions/2", data=_page_two(short_breaks))
    client.post(
        f"/consultations/{short_breaks.slug}/about-you",
        data={"email": "carer@example.org", "wants_receipt": "y"},
    )
    client.post(f"/consultations/{short_breaks.slug}/check-answers")
    reference = db.session.scalars(select(Response)).one().reference
    email = db.session.scalars(select(OutboxEmail)).one()
    assert email.to_address == "carer@example.org" and email.purpose == "consultation.receipt"
    assert email.subject == f"Your response to Short breaks and respite ({reference})"
    assert "What should we change?\nMore holiday clubs near us, please." in email.body_text
    assert "When did you last use one?\nNot answered" in email.body_text


def test_no_email_is_sent_without_asking(client, short_breaks):
    from engage.email.models import OutboxEmail

    _complete(client, short_breaks)
    client.post(f"/consultations/{short_breaks.slug}/check-answers")
    assert db.session.scalars(select(OutboxEmail)).first() is None


def test_the_save_and_return_link_is_emailed_when_asked_for(client, short_breaks):
    from engage.email.models import OutboxEmail

    _complete(client, short_breaks)
    client.post(
        f"/consultations/{short_breaks.slug}/about-you",
        data={"email": "carer@example.org", "wants_resume_link": "y"},
    )
    q = short_breaks.sections[0].questions
    response = client.post(
        f"/consultations/{short_breaks.slug}/questions/1",
        data={q[0].field_name: _options(short_breaks, 0, 0)["Never"], "action": "save"},
    )
    saved = client.page(response.headers["Location"], follow_redirects=True)
    assert "We have also emailed the link to carer@example.org." in saved.get_text()
    code = saved.select_one(".govuk-panel__body strong").get_text(strip=True)
    email = db.session.scalars(select(OutboxEmail)).one()
    assert email.purpose == "consultation.resume_link" and code in email.body_text
    assert "/resume/" in email.body_text


def test_a_question_added_while_someone_answers_is_asked_before_they_submit(client, short_breaks):
    """The per-process index of questions is refreshed when officers change the structure."""
    from engage.consultations import builder
    from engage.consultations.question_types import QuestionType
    from tests.consultations.factories import question_details

    _complete(client, short_breaks)
    assert (
        responding.first_missing_page(
            responding.question_index(short_breaks), db.session.scalars(select(Draft)).one()
        )
        is None
    )
    builder.add_question(
        short_breaks.sections[1], question_details(QuestionType.YES_NO, "Did you get a choice?")
    )
    db.session.commit()
    response = client.post(f"/consultations/{short_breaks.slug}/check-answers")
    assert response.headers["Location"] == f"/consultations/{short_breaks.slug}/questions/2"
    assert _count(Response) == 0
