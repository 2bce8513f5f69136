"""Commissioners see, per service and per category, how many reviews, the average rating and its
trend by quarter, aspect averages, and how many reviews were rejected and why."""

import csv
import io
from datetime import UTC, datetime

from openpyxl import load_workbook

from engage.extensions import db
from engage.reviews import ratings, services


def _review_in(write_review, moderator, service, number, month, rating, publish=True, **fields):
    review = write_review(service, number, rating=str(rating), **fields)
    review.submitted_at = datetime(2026, month, 10, 12, tzinfo=UTC)
    if publish is True:
        services.publish_review(review, moderator)
    elif publish:
        services.reject_review(review, moderator, publish)
    db.session.commit()
    return review


def test_the_report_counts_published_reviews_by_service_category_and_quarter(
    officer_client, moderator, create_service, write_review
):
    club = create_service(name="Saturday Club", category="short_breaks")
    respite = create_service(name="Overnight respite", category="short_breaks")
    therapy = create_service(name="Speech therapy", category="health")
    _review_in(write_review, moderator, club, 1, 2, 5, ease_rating="4", communication_rating="2")
    _review_in(write_review, moderator, club, 2, 5, 3, ease_rating="2", communication_rating=None)
    _review_in(write_review, moderator, respite, 3, 5, 4)
    _review_in(write_review, moderator, therapy, 4, 8, 1)
    _review_in(write_review, moderator, club, 5, 5, 1, publish="offensive")
    _review_in(write_review, moderator, club, 6, 6, 1, publish="names_staff")
    _review_in(write_review, moderator, therapy, 7, 9, 5, publish="offensive")
    _review_in(write_review, moderator, club, 8, 9, 1, publish=False)  # still waiting

    report = ratings.reviews_report()
    club_line = next(line for line in report.services if line.name == "Saturday Club")
    assert club_line.totals.reviews == 2 and club_line.totals.average == 4.0
    assert club_line.totals.aspect_average("ease_rating") == 3.0
    assert club_line.totals.aspect_average("communication_rating") == 2.0  # one answered
    assert club_line.totals.aspect_average("waiting_rating") is None
    assert club_line.totals.rejected == 2 and club_line.totals.rejected_share == 50
    assert [(q, t.reviews, t.average) for q, t in club_line.trend] == [
        ("2026 Q1", 1, 5.0),
        ("2026 Q2", 1, 3.0),
    ]
    breaks = next(line for line in report.categories if line.name == "Short breaks and respite")
    assert breaks.totals.reviews == 3 and breaks.totals.average == 4.0
    assert [(q, t.reviews, t.average) for q, t in breaks.trend] == [
        ("2026 Q1", 1, 5.0),
        ("2026 Q2", 2, 3.5),
    ]
    health = next(line for line in report.categories if line.name == "Health")
    assert health.totals.reasons_text == "1 it contains offensive language"
    assert report.quarters == ["2026 Q1", "2026 Q2", "2026 Q3"]

    page = officer_client.page("/manage/reviews/report")
    by_category = page.select("table")[0].get_text(" ", strip=True)
    assert "Short breaks and respite 3 4.0" in by_category
    trend = page.select("table")[1].get_text(" ", strip=True)
    assert "2026 Q2" in trend and "3.5 (2)" in trend
    only_health = officer_client.page("/manage/reviews/report?category=health").get_text()
    assert "Speech therapy" in only_health and "Saturday Club" not in only_health


def test_the_report_downloads_as_csv_and_excel(
    officer_client, moderator, create_service, write_review
):
    club = create_service(name='=HYPERLINK("http://x")', category="short_breaks")
    _review_in(write_review, moderator, club, 1, 2, 5)
    _review_in(write_review, moderator, club, 2, 3, 2, publish="advertising")
    rows = list(
        csv.reader(
            io.StringIO(officer_client.get("/manage/reviews/report.csv").get_data(as_text=True))
        )
    )
    assert rows[0][:6] == [
        "Level",
        "Name",
        "Category",
        "Period",
        "Published reviews",
        "Average rating",
    ]
    service_all_time = rows[1]
    assert service_all_time[0] == "Service" and service_all_time[1].startswith("'=")  # no formula
    assert service_all_time[3:6] == ["All time", "1", "5.0"]
    assert service_all_time[-3:] == ["1", "50", "1 it is advertising"]
    assert rows[-1][:4] == [
        "Category",
        "Short breaks and respite",
        "Short breaks and respite",
        "2026 Q1",
    ]
    with officer_client.get("/manage/reviews/report.xlsx") as excel:
        sheet = load_workbook(io.BytesIO(excel.data)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == rows[0] and values[1][4] == 1 and values[1][5] == 5.0
