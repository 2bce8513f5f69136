"""Feedback from paper forms and other survey tools, imported from a CSV file: the officer says
which column holds the words (and, if there are any, who said it and when), sees a preview with
every problem named by its row, and nothing is saved until the whole file is right.

Nothing here commits.
"""

import csv
import hashlib
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import select

from engage.extensions import db
from engage.feedback.models import Feedback, FeedbackSource
from engage.feedback.services import record_feedback
from engage.templating import LONDON

MAX_BYTES = 5_000_000
MAX_TEXT = 10_000
#: how people write who they are in other tools' exports
VOICE_WORDS = {
    "parent_carer": {"parent", "carer", "parent or carer", "parent/carer", "parent carer", "mum",
                     "dad", "parent_carer", "family"},
    "young_person": {"young person", "young_person", "yp", "child", "pupil", "student"},
    "professional": {"professional", "staff", "practitioner", "teacher", "senco", "worker"},
    "other": {"other"},
}  # fmt: skip
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y")
TEXT_COLUMN_GUESSES = ("text", "comment", "comments", "feedback", "response", "answer")


class ImportFileError(ValueError):
    """The file as a whole cannot be read; the message says why."""


@dataclass
class Mapping:
    text: str
    source_name: str
    voice: str | None = None
    received: str | None = None


@dataclass
class ImportRow:
    line: int  #: the line in the file (the header is line 1)
    text: str
    voice: str | None
    received_at: datetime | None


@dataclass
class CheckedFile:
    header: list[str]
    rows: list[dict]
    batch: str  #: names this file's rows, so it cannot be imported twice
    ready: list[ImportRow] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def read_file(data: bytes) -> tuple[list[str], list[dict], str]:
    """The header and rows of a CSV file; ImportFileError says why a file cannot be read."""
    if not data.strip():
        raise ImportFileError("The file is empty")
    if len(data) > MAX_BYTES:
        raise ImportFileError("The file must be smaller than 5MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(
            "The file is not saved as UTF-8: in Excel, choose Save As, then “CSV UTF-8”"
        ) from None
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip() for name in reader.fieldnames or [] if name and name.strip()]
    if not header:
        raise ImportFileError("The file has no header row naming its columns")
    rows = [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in reader]
    if not rows:
        raise ImportFileError("The file has a header row but no feedback under it")
    return header, rows, hashlib.sha256(data).hexdigest()[:16]


def guess_text_column(header: list[str]) -> str:
    for name in header:
        if name.lower() in TEXT_COLUMN_GUESSES:
            return name
    return header[0]


def _voice(value: str) -> str | None:
    value = value.strip().lower()
    for voice, words in VOICE_WORDS.items():
        if value in words:
            return voice
    raise ValueError


def _date(value: str) -> datetime:
    for pattern in DATE_FORMATS:
        try:
            day = datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
        if day > date.today():
            raise ValueError
        return datetime.combine(day, time(12, 0), tzinfo=LONDON)
    raise ValueError


def check_file(data: bytes, mapping: Mapping) -> CheckedFile:
    """Every row checked against the mapping: the rows ready to import, or every problem."""
    header, rows, batch = read_file(data)
    checked = CheckedFile(header, rows, batch)
    for column in (mapping.text, mapping.voice, mapping.received):
        if column and column not in header:
            checked.problems.append((1, f"There is no column called “{column}”"))
    if checked.problems:
        return checked
    if already_imported(batch):
        checked.problems.append((1, "This file has already been imported"))
        return checked
    for line, row in enumerate(rows, start=2):
        text = row.get(mapping.text, "")
        voice = received = None
        if not text:
            checked.problems.append((line, f"The “{mapping.text}” column is empty"))
        elif len(text) > MAX_TEXT:
            checked.problems.append((line, f"The text must be {MAX_TEXT:,} characters or fewer"))
        if mapping.voice and row.get(mapping.voice):
            try:
                voice = _voice(row[mapping.voice])
            except ValueError:
                checked.problems.append((
                    line,
                    f"“{row[mapping.voice]}” in “{mapping.voice}” is not parent or carer, young "
                    "person, professional or other",
                ))  # fmt: skip
        if mapping.received and row.get(mapping.received):
            try:
                received = _date(row[mapping.received])
            except ValueError:
                checked.problems.append((
                    line,
                    f"“{row[mapping.received]}” in “{mapping.received}” is not a date in the past, "
                    "like 31/10/2026 or 2026-10-31",
                ))  # fmt: skip
        checked.ready.append(ImportRow(line, text, voice, received))
    if checked.problems:
        checked.ready = []
    return checked


def already_imported(batch: str) -> bool:
    return (
        db.session.scalar(
            select(Feedback.id)
            .where(Feedback.origin_type == "import", Feedback.origin_id.startswith(f"{batch}:"))
            .limit(1)
        )
        is not None
    )


def import_rows(checked: CheckedFile, mapping: Mapping, now: datetime) -> int:
    """Record every row as feedback (each analysed as it arrives). Returns how many."""
    if checked.problems or not checked.ready:
        raise ImportFileError("The file has problems: nothing has been imported")
    for row in checked.ready:
        record_feedback(
            source=FeedbackSource.IMPORT,
            origin_type="import",
            origin_id=f"{checked.batch}:{row.line}",
            context=f"Imported: {mapping.source_name}",
            text=row.text,
            voice=row.voice,
            received_at=row.received_at or now,
        )
    return len(checked.ready)
