"""Officers import feedback from paper forms and other survey tools as a CSV file: they say
which column is which, see every row's problems, and the whole file goes in or nothing does."""

import base64
import io

import pytest
from sqlalchemy import func, select

from engage.audit.models import AuditEvent
from engage.extensions import db
from engage.feedback.models import Feedback

GOOD = (
    "Comment,Who,Date\n"
    "We waited a year for an EHCP assessment.,Parent,03/10/2026\n"
    "The youth club is brilliant.,Young person,2026-10-04\n"
    "Transport was late again.,,\n"
)


def _upload(client, content: bytes):
    return client.post(
        "/manage/feedback/import",
        data={"file": (io.BytesIO(content), "feedback.csv")},
        content_type="multipart/form-data",
    )


def _import(client, content: bytes, **mapping):
    data = {
        "content": base64.b64encode(content).decode(),
        "text_column": "Comment",
        "voice_column": "Who",
        "date_column": "Date",
        "source_name": "Paper forms from the summer fair",
    }
    data.update(mapping)
    return client.post("/manage/feedback/import/map", data=data)


def test_an_officer_maps_the_columns_previews_and_imports_the_whole_file(officer_client, blackpool):
    preview = _upload(officer_client, GOOD.encode())
    assert preview.status_code == 200
    page = preview.get_data(as_text=True)
    assert "The file has 3 rows of feedback" in page and "We waited a year" in page
    assert '<option value="Comment" selected' in page  # the words' column is guessed

    response = _import(officer_client, GOOD.encode())
    assert response.headers["Location"] == "/manage/feedback/?source=import"
    pieces = db.session.scalars(select(Feedback).order_by(Feedback.origin_id)).all()
    assert [(p.voice, p.received_at.date().isoformat() if p.voice else None) for p in pieces] == [
        ("parent_carer", "2026-10-03"),
        ("young_person", "2026-10-04"),
        (None, None),
    ]
    assert all(p.source == "import" and p.analysed_at is not None for p in pieces)
    assert pieces[0].context == "Imported: Paper forms from the summer fair"
    assert db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "feedback.imported")
    ).one()

    again = _import(officer_client, GOOD.encode())
    assert again.status_code == 400 and "This file has already been imported" in again.get_data(
        as_text=True
    )
    assert db.session.scalar(select(func.count()).select_from(Feedback)) == 3


def test_every_bad_row_is_named_and_nothing_is_saved(officer_client, blackpool):
    bad = (
        b"Comment,Who,Date\n"
        b"Fine row.,Parent,01/10/2026\n"
        b",Parent,01/10/2026\n"
        b"Who is this?,Grandad,01/10/2026\n"
        b"When was this?,Parent,31/13/2026\n"
    )
    response = _import(officer_client, bad)
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "There are 3 problems: nothing has been imported" in text
    assert "Row 3: The “Comment” column is empty" in text
    assert "Row 4: “Grandad” in “Who” is not parent or carer" in text
    assert "Row 5: “31/13/2026” in “Date” is not a date in the past" in text
    assert text.startswith("<!DOCTYPE html>") and "<title>Error: Check the import" in text
    assert db.session.scalar(select(Feedback.id)) is None
    missing = _import(officer_client, GOOD.encode(), source_name="")
    assert missing.status_code == 400 and "Say where the feedback came from" in missing.get_data(
        as_text=True
    )


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "The file is empty"),
        (b"Comment\n", "The file has a header row but no feedback under it"),
        ("Comment\nCaf\xe9 was shut\n".encode("latin-1"), "The file is not saved as UTF-8"),
    ],
)
def test_a_file_that_cannot_be_read_says_why_beside_the_field(officer_client, content, message):
    response = _upload(officer_client, content)
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert 'id="file-error"' in text and message in text
