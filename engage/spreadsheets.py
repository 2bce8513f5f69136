"""CSV and Excel exports shared by every feature: rows made safe, written without holding them."""

import csv
import io
import tempfile
from collections.abc import Iterable, Iterator

from openpyxl import Workbook


def spreadsheet_safe(value):
    """Spreadsheet programs run cells that start with = + - @ as formulas: make them text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_chunks(header: list, rows: Iterable[list], rows_per_chunk: int = 500) -> Iterator[str]:
    """CSV text a few hundred rows at a time, for a streamed download."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for number, row in enumerate(rows, start=1):
        writer.writerow([spreadsheet_safe(value) for value in row])
        if number % rows_per_chunk == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def excel_file(sheet_title: str, header: list, rows: Iterable[list]):
    """An .xlsx in a temporary file (openpyxl's write-only mode streams rows); the caller
    (send_file) closes it once it has been sent."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    sheet.append(header)
    for row in rows:
        sheet.append([spreadsheet_safe(value) for value in row])
    output = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115
    workbook.save(output)
    output.seek(0)
    return output
