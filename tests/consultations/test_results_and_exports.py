"""Officers see what came back, export it, type in paper responses and publish the results."""

import csv
import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from engage.consultations import responding
from engage.consultations.models import Response
from engage.database import utcnow
from engage.extensions import db
from engage.feedback.models import Feedback
from tests.support import check_page


def _option(question, label):
    return str(next(option.id for option in question.options if option.label == label))


def answer_online(
    client_factory,
    consultation,
    *,
    how_often="Every month",
    other=None,
    change="More clubs.",
    relationship="parent_carer",
    formula=False,
):
    """One person answers through the public pages, in their own session."""
    client = client_factory()
    first, second = consultation.sections
    q1, q2, q3 = first.questions
    slug = consultation.slug
    client.post(f"/consultations/{slug}/start")
    page_one = {
        q1.field_name: "other" if other else _option(q1, how_often),
        f"{q1.field_name}-other": other or "",
        q2.field_name: [_option(q2, "Holiday clubs"), _option(q2, "Overnight stays")],
        f"{q3.field_name}-day": "3",
        f"{q3.field_name}-month": "11",
        f"{q3.field_name}-year": "2026",
    }
    assert client.post(f"/consultations/{slug}/questions/1", data=page_one).status_code == 302
    a, r, yn, short, long = second.questions
    page_two = {
        a.field_name: "5",
        r.field_name: "3",
        yn.field_name: "false",
        short.field_name: '=HYPERLINK("x")' if formula else "",
        long.field_name: change,
    }
    assert client.post(f"/consultations/{slug}/questions/2", data=page_two).status_code == 302
    client.post(
        f"/consultations/{slug}/about-you",
        data={"relationship": relationship} if relationship else {},
    )
    assert client.post(f"/consultations/{slug}/check-answers").status_code == 302


@pytest.fixture
def answered(app, short_breaks):
    answer_online(app.test_client, short_breaks)
    answer_online(
        app.test_client,
        short_breaks,
        how_often="Never",
        change="Nothing, it is fine.",
        relationship="young_person",
    )
    answer_online(
        app.test_client,
        short_breaks,
        other="Only in the summer",
        change="Cheaper transport.",
        relationship=None,
        formula=True,
    )
    return short_breaks


def test_results_count_each_answer_with_percentages(officer_client, answered):
    page = officer_client.page(f"/manage/consultations/{answered.id}/results")
    assert page.select_one(".govuk-body-l").get_text(strip=True) == "3 responses"
    first = page.select("main table")[1]  # after "Responses over time"
    rows = [
        [cell.get_text(strip=True) for cell in row.select("th, td")]
        for row in first.select("tbody tr")
    ]
    assert rows == [
        ["Every week", "0", "0.0%"],
        ["Every month", "1", "33.3%"],
        ["Never", "1", "33.3%"],
        ["Other", "1", "33.3%"],
    ]
    chart = page.select_one("svg.engage-bar-chart")
    assert chart["role"] == "img" and "Every month 33.3%" in chart.select_one("title").get_text()
    over_time = page.select_one("main table")
    assert [td.get_text(strip=True) for td in over_time.select("tbody td")][1] == "3"


def test_written_answers_can_be_narrowed_to_young_people(officer_client, answered):
    page = officer_client.page(
        f"/manage/consultations/{answered.id}/results?respondent=young_person"
    )
    answers = [
        row.select("td")[0].get_text(strip=True)
        for table in page.select("main table")
        for row in table.select("tbody tr")
        if len(row.select("td")) == 3 and row.select("td")[1].get_text(strip=True) == "Young person"
    ]
    assert answers == ["Nothing, it is fine."]
    assert "More clubs." not in page.get_text()
    assert (
        officer_client.get(
            f"/manage/consultations/{answered.id}/results?respondent=hacker"
        ).status_code
        == 400
    )


def test_csv_export_has_one_row_per_response_and_a_column_per_question(officer_client, answered):
    response = officer_client.get(f"/manage/consultations/{answered.id}/responses.csv")
    assert (
        response.headers["Content-Disposition"]
        == 'attachment; filename="short-breaks-and-respite-responses.csv"'
    )
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    header, body = rows[0], rows[1:]
    assert len(header) == 7 + len(answered.questions)
    assert header[7] == "Q1. How often do you use short breaks?"
    assert len(body) == 3
    by_reference = {row[0]: row for row in body}
    saved = {r.reference: r for r in db.session.scalars(select(Response))}
    assert set(by_reference) == set(saved)
    first = next(row for row in body if row[3] == "Parent or carer")
    assert first[7:11] == [
        "Every month",
        "Holiday clubs, Overnight stays",
        "3 November 2026",
        "Strongly agree",
    ]
    # A formula typed by a respondent is kept as text, never run by the spreadsheet.
    column = header.index("Q7. In a few words, what matters most?")
    assert any(row[column] == '\'=HYPERLINK("x")' for row in body)


def test_excel_export_matches_the_csv(officer_client, answered):
    csv_rows = list(
        csv.reader(
            io.StringIO(
                officer_client.get(f"/manage/consultations/{answered.id}/responses.csv").get_data(
                    as_text=True
                )
            )
        )
    )
    with officer_client.get(f"/manage/consultations/{answered.id}/responses.xlsx") as response:
        assert (
            response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        workbook = load_workbook(io.BytesIO(response.data), read_only=True)
    sheet = workbook["Responses"]
    excel_rows = [
        ["" if cell is None else str(cell) for cell in row]
        for row in sheet.iter_rows(values_only=True)
    ]
    assert excel_rows == csv_rows


def test_every_free_text_answer_becomes_feedback(answered):
    feedback = db.session.scalars(select(Feedback).order_by(Feedback.id)).all()
    texts = {item.text: item for item in feedback}
    assert set(texts) >= {
        "More clubs.",
        "Nothing, it is fine.",
        "Cheaper transport.",
        "Only in the summer",
    }
    young = texts["Nothing, it is fine."]
    assert young.source == "consultation" and young.voice == "young_person"
    assert young.context == "Short breaks and respite: What should we change?"
    assert young.analysed_at is None


def test_officer_enters_a_paper_response_with_its_channel(officer_client, short_breaks):
    q1 = short_breaks.sections[0].questions[0]
    long_text = short_breaks.sections[1].questions[4]
    url = f"/manage/consultations/{short_breaks.id}/responses/new"
    page = officer_client.page(url)
    assert len(page.select("main h2")) == 2
    response = officer_client.post(
        url,
        data={
            "channel": "paper",
            "relationship": "parent_carer",
            q1.field_name: _option(q1, "Never"),
            long_text.field_name: "Written on the form.",
        },
    )
    assert response.status_code == 302
    saved = db.session.scalars(select(Response)).one()
    assert saved.channel == "paper" and saved.entered_by_id is not None
    assert len(saved.answers) == 2
    assert db.session.scalars(select(Feedback)).one().text == "Written on the form."


def test_a_paper_response_needs_its_channel_and_valid_answers(officer_client, short_breaks):
    q1 = short_breaks.sections[0].questions[0]
    response = officer_client.post(
        f"/manage/consultations/{short_breaks.id}/responses/new", data={q1.field_name: "12345"}
    )
    assert response.status_code == 400
    page = check_page(response.get_data(as_text=True))
    summary = page.select_one(".govuk-error-summary").get_text()
    assert (
        "Select how the response was given" in summary
        and "Select one of the options shown" in summary
    )
    assert db.session.scalars(select(Response)).first() is None


def test_results_are_published_only_after_closing(officer_client, client, answered):
    url = f"/manage/consultations/{answered.id}/publish-results"
    assert officer_client.get(url).status_code == 409
    answered.opens_at, answered.closes_at = (
        utcnow() - timedelta(days=10),
        utcnow() - timedelta(days=1),
    )
    db.session.commit()
    response = officer_client.post(
        url,
        data={"summary": "You told us holiday clubs matter most.\nWe will fund 40 more places."},
    )
    assert response.status_code == 302
    public = client.page(f"/consultations/{answered.slug}")
    assert "We will fund 40 more places." in public.get_text()
    assert not public.select(".govuk-button--start")
    listed = client.page("/consultations/")
    assert "Closed, with results" in listed.get_text()


def test_drafts_are_not_counted_in_results(officer_client, app, short_breaks):
    client = app.test_client()
    client.post(f"/consultations/{short_breaks.slug}/start")
    page = officer_client.page(f"/manage/consultations/{short_breaks.id}/results")
    assert page.select_one(".govuk-body-l").get_text(strip=True) == "0 responses"
    assert responding.delete_expired_drafts(utcnow() + timedelta(days=60)) == 1
