"""An officer builds a consultation: details, pages, questions, order, preview and copies.

Once people have answered, edits that would lose answers are refused; wording fixes are kept
in the audit log.
"""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from engage.audit.models import AuditEvent
from engage.consultations import builder
from engage.consultations.models import Answer, Consultation, Question, Response
from engage.consultations.question_types import QuestionType
from engage.database import utcnow
from engage.extensions import db
from engage.priorities import services as priorities
from tests.consultations.factories import question_details
from tests.support import check_page

DETAILS = {
    "title": "Preparing for adulthood",
    "summary": "Tell us about moving on from school.",
    "easy_read_summary": "",
    "audiences": ["young_people", "parents_carers"],
    "opens_on": ["1", "4", "2030"],
    "opens_time": "09:00",
    "closes_on": ["22", "5", "2030"],
    "closes_time": "17:00",
    "minutes_to_complete": "15",
    "privacy_statement": "Only the SEND team reads your answers.",
    "contact_name": "SEND team",
    "contact_email": "send@council.example",
}


def _post(client, url, data):
    return client.post(url, data=data)


def test_officer_creates_a_consultation_with_uk_times(officer_client):
    response = _post(officer_client, "/manage/consultations/new", DETAILS)
    assert response.status_code == 302
    consultation = db.session.scalars(select(Consultation)).one()
    assert consultation.slug == "preparing-for-adulthood"
    # 9am on 1 April 2030 in London is 8am UTC (British Summer Time).
    assert consultation.opens_at.isoformat() == "2030-04-01T08:00:00+00:00"
    assert consultation.status.value == "scheduled"
    page = officer_client.page(response.headers["Location"])
    assert page.h1.get_text(strip=True) == "Preparing for adulthood"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": ""}, "title", "Enter a title"),
        ({"audiences": []}, "audiences", "Select who the consultation is for"),
        (
            {"closes_on": ["1", "3", "2030"]},
            "closes_on",
            "The closing date must be after the opening date",
        ),
        (
            {"closes_on": ["", "", ""]},
            "closes_on",
            "Enter both an opening and a closing date, or neither",
        ),
        ({"opens_time": "25:00"}, "opens_time", "Enter a real time, like 09:00 or 17:30"),
        (
            {"contact_email": "send"},
            "contact_email",
            "Enter an email address in the correct format",
        ),
        ({"minutes_to_complete": "0"}, "minutes_to_complete", "Minutes must be between 1 and 240"),
    ],
)
def test_bad_details_are_explained_next_to_the_field(officer_client, changes, field, message):
    response = _post(officer_client, "/manage/consultations/new", {**DETAILS, **changes})
    assert response.status_code == 400
    page = check_page(response.get_data(as_text=True))
    assert message in page.select_one(f"#{field}-error").get_text()
    assert db.session.scalar(select(func.count()).select_from(Consultation)) == 0


def test_officer_adds_pages_and_questions_of_each_type(officer_client, create_consultation):
    framework = priorities.import_framework_yaml(
        priorities.bundled_framework_text("blackpool"), activate=True
    )
    consultation = create_consultation()
    base = f"/manage/consultations/{consultation.id}"
    assert (
        _post(
            officer_client, f"{base}/sections/new", {"title": "About short breaks", "intro": ""}
        ).status_code
        == 302
    )
    section = consultation.sections[0]
    leisure = framework.priorities[2]
    for kind in QuestionType:
        data = {
            "type": kind.value,
            "text": f"A {kind.label} question",
            "required": "yes",
            "priorities": [str(leisure.id)],
        }
        if kind.has_options:
            data["options"] = "Holiday clubs\n\nOvernight stays\n  Sitting service  "
        response = _post(officer_client, f"{base}/sections/{section.id}/questions/new", data)
        assert response.status_code == 302, response.get_data(as_text=True)
    db.session.expire_all()
    kinds = [question.type for question in consultation.sections[0].questions]
    assert kinds == [kind.value for kind in QuestionType]
    choice = consultation.sections[0].questions[2]
    assert [option.label for option in choice.options] == [
        "Holiday clubs",
        "Overnight stays",
        "Sitting service",
    ]
    assert [p.slug for p in choice.priorities] == ["bp-3"]
    preview = officer_client.page(f"{base}/preview/1")
    assert "This is a preview" in preview.get_text()
    assert len(preview.select("fieldset, .govuk-form-group > label")) >= len(QuestionType)


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"type": "single_choice", "options": "Only one"}, "options", "Enter at least 2 options"),
        (
            {"type": "single_choice", "options": "Yes\nyes"},
            "options",
            "Each option must be different",
        ),
        (
            {"type": "multiple_choice", "options": "A\nB", "max_choices": "3"},
            "max_choices",
            "between 1 and 2",
        ),
        (
            {"type": "long_text", "max_length": "20"},
            "max_length",
            "Enter a number between 50 and 10,000",
        ),
        ({"type": "", "text": ""}, "text", "Enter the question"),
    ],
)
def test_bad_questions_are_explained(officer_client, create_consultation, data, field, message):
    consultation = create_consultation({"Page": []})
    section = consultation.sections[0]
    form = {"text": "Question", "required": "yes", **data}
    response = _post(
        officer_client,
        f"/manage/consultations/{consultation.id}/sections/{section.id}/questions/new",
        form,
    )
    assert response.status_code == 400
    assert (
        message
        in check_page(response.get_data(as_text=True)).select_one(f"#{field}-error").get_text()
    )


def test_questions_and_pages_can_be_reordered(officer_client, create_consultation):
    consultation = create_consultation(
        {
            "First": [
                question_details(QuestionType.YES_NO, "One?"),
                question_details(QuestionType.YES_NO, "Two?"),
            ],
            "Second": [],
        }
    )
    first, second = consultation.sections
    two = first.questions[1]
    base = f"/manage/consultations/{consultation.id}"
    _post(officer_client, f"{base}/questions/{two.id}/move", {"direction": "up"})
    _post(officer_client, f"{base}/sections/{second.id}/move", {"direction": "up"})
    db.session.expire_all()
    assert [s.title for s in consultation.sections] == ["Second", "First"]
    assert [q.text for q in first.questions] == ["Two?", "One?"]


def _answered(short_breaks) -> Question:
    question = short_breaks.sections[0].questions[0]
    response = Response(consultation_id=short_breaks.id, reference="ENG-TEST-0002")
    response.answers = [Answer(question_id=question.id, value={"option": question.options[0].id})]
    db.session.add(response)
    db.session.commit()
    return question


def test_edits_that_would_orphan_answers_are_refused(officer_client, short_breaks):
    question = _answered(short_breaks)
    base = f"/manage/consultations/{short_breaks.id}"
    response = _post(officer_client, f"{base}/questions/{question.id}/delete", {})
    assert response.status_code == 409
    assert "You cannot delete a question people have answered" in response.get_data(as_text=True)
    data = {"type": "yes_no", "text": question.text, "required": "yes"}
    text = _post(officer_client, f"{base}/questions/{question.id}", data).get_data(as_text=True)
    assert "You cannot change the type of a question people have answered" in text
    data = {
        "type": "single_choice",
        "text": question.text,
        "required": "yes",
        "options": "Every week\nEvery month",
    }
    text = _post(officer_client, f"{base}/questions/{question.id}", data).get_data(as_text=True)
    assert "You cannot remove options from a question people have answered" in text
    section = question.section
    text = _post(officer_client, f"{base}/sections/{section.id}/delete", {}).get_data(as_text=True)
    assert "You cannot delete this section" in text
    db.session.expire_all()
    assert [o.label for o in question.options] == ["Every week", "Every month", "Never"]


def test_wording_fixes_are_allowed_and_audited_after_responses(officer_client, short_breaks):
    question = _answered(short_breaks)
    data = {
        "type": "single_choice",
        "text": "How often do you use a short break?",
        "required": "yes",
        "options": "Every week\nEvery month\nNever\nOnly in the holidays",
        "allow_other": "y",
    }
    response = _post(
        officer_client, f"/manage/consultations/{short_breaks.id}/questions/{question.id}", data
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert question.text == "How often do you use a short break?"
    assert [o.label for o in question.options][-1] == "Only in the holidays"
    event = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "consultation.question_updated")
    ).one()
    assert "(it has answers)" in event.summary
    assert event.details["changes"]["text"]["from"] == "How often do you use short breaks?"


def test_unanswered_questions_can_be_deleted(officer_client, short_breaks):
    question = short_breaks.sections[1].questions[0]
    base = f"/manage/consultations/{short_breaks.id}"
    page = officer_client.page(f"{base}/questions/{question.id}/delete")
    assert page.h1.get_text(strip=True).startswith("Are you sure you want to delete")
    assert _post(officer_client, f"{base}/questions/{question.id}/delete", {}).status_code == 302
    db.session.expire_all()
    assert len(short_breaks.sections[1].questions) == 4
    assert [q.position for q in short_breaks.sections[1].questions] == [0, 1, 2, 3]


def test_a_consultation_is_duplicated_without_dates_or_responses(officer_client, short_breaks):
    _answered(short_breaks)
    response = _post(officer_client, f"/manage/consultations/{short_breaks.id}/duplicate", {})
    copy = db.session.scalars(select(Consultation).where(Consultation.id != short_breaks.id)).one()
    assert response.headers["Location"] == f"/manage/consultations/{copy.id}"
    assert copy.title == "Copy of Short breaks and respite" and copy.status.value == "draft"
    assert [q.text for q in copy.questions] == [q.text for q in short_breaks.questions]
    assert copy.questions[0].options[0].id != short_breaks.questions[0].options[0].id
    assert not builder.has_responses(copy)


def test_status_follows_the_dates(create_consultation):
    now = utcnow()
    consultation = create_consultation(opens_at=None, closes_at=None)
    assert consultation.status_at(now).value == "draft"
    consultation.opens_at, consultation.closes_at = (
        now + timedelta(hours=1),
        now + timedelta(days=1),
    )
    assert consultation.status_at(now).value == "scheduled"
    assert consultation.status_at(now + timedelta(hours=2)).value == "open"
    assert consultation.status_at(now + timedelta(days=2)).value == "closed"
    consultation.results_published_at = now
    assert consultation.status_at(now + timedelta(days=2)).value == "results_published"


def test_officers_list_shows_status_and_response_counts(officer_client, short_breaks):
    _answered(short_breaks)
    page = officer_client.page("/manage/consultations/")
    row = page.select_one("tbody tr")
    assert row.select_one("a").get_text() == "Short breaks and respite"
    assert "Open" in row.get_text() and row.select("td")[-1].get_text(strip=True) == "1"
