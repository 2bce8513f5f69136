"""The directory's rules: adding and changing services, finding them, and importing a CSV file
whole or not at all. Nothing here commits."""

import csv
import io
import re
from dataclasses import dataclass

from sqlalchemy import or_, select

from engage.audit.services import record_event
from engage.extensions import db
from engage.local_offer.models import CATEGORY_LABELS, MAX_AGE, Service

CSV_COLUMNS = [
    "name",
    "provider",
    "category",
    "age_from",
    "age_to",
    "delivered_at",
    "description",
    "how_to_access",
    "contact_phone",
    "contact_email",
    "website",
]
REQUIRED = {
    "name": "a name",
    "provider": "a provider",
    "category": "a category",
    "delivered_at": "where it is delivered",
    "description": "a description",
    "how_to_access": "how to access it",
}
LIMITS = {"name": 200, "provider": 200, "delivered_at": 300, "contact_phone": 40, "website": 500}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_IMPORT_BYTES = 2_000_000


@dataclass
class ServiceDetails:
    name: str
    provider: str
    category: str
    age_from: int
    age_to: int
    delivered_at: str
    description: str
    how_to_access: str
    contact_phone: str | None = None
    contact_email: str | None = None
    website: str | None = None


@dataclass
class RowProblem:
    row: int  #: the line in the file (the header is line 1)
    problems: list[str]


class CsvFileError(ValueError):
    """The file as a whole cannot be read; the message says why."""


def create_service(details: ServiceDetails) -> Service:
    service = Service(**vars(details))
    db.session.add(service)
    db.session.flush()
    record_event(
        "local_offer.service_added", f"Added {service.name} to the Local Offer", target=service
    )
    return service


def update_service(service: Service, details: ServiceDetails) -> None:
    for name, value in vars(details).items():
        setattr(service, name, value)
    record_event("local_offer.service_changed", f"Changed {service.name}", target=service)


def find_services(words: str = "", category: str | None = None, age: int | None = None):
    """Services matching the words (in name, provider or description), a category and an age."""
    query = select(Service).order_by(Service.name)
    for word in words.split()[:8]:
        pattern = f"%{word}%"
        query = query.where(
            or_(
                Service.name.ilike(pattern),
                Service.provider.ilike(pattern),
                Service.description.ilike(pattern),
            )
        )
    if category:
        query = query.where(Service.category == category)
    if age is not None:
        query = query.where(Service.age_from <= age, Service.age_to >= age)
    return db.session.scalars(query).all()


def _category_value(text: str) -> str | None:
    cleaned = text.strip().lower()
    for value, label in CATEGORY_LABELS.items():
        if cleaned in (value, label.lower()):
            return value
    return None


def check_row(values: dict[str, str]) -> tuple[ServiceDetails | None, list[str]]:
    """One row's problems in plain words, or the service it describes."""
    values = {key: (values.get(key) or "").strip() for key in CSV_COLUMNS}
    problems = [f"Enter {what}" for key, what in REQUIRED.items() if not values[key]]
    for key, limit in LIMITS.items():
        if len(values[key]) > limit:
            problems.append(
                f"{key.replace('_', ' ').capitalize()} must be {limit} characters or fewer"
            )
    category = _category_value(values["category"]) if values["category"] else None
    if values["category"] and category is None:
        problems.append(
            f"Category '{values['category']}' is not one of: {', '.join(CATEGORY_LABELS.values())}"
        )
    ages = []
    for key, default in (("age_from", 0), ("age_to", MAX_AGE)):
        text = values[key]
        if not text:
            ages.append(default)
        elif text.isdigit() and int(text) <= MAX_AGE:
            ages.append(int(text))
        else:
            problems.append(
                f"{key.replace('_', ' ').capitalize()} must be a whole number from 0 to {MAX_AGE}"
            )
    if len(ages) == 2 and ages[0] > ages[1]:
        problems.append("Age from must not be more than age to")
    if values["contact_email"] and not EMAIL.match(values["contact_email"]):
        problems.append(f"Contact email '{values['contact_email']}' is not an email address")
    if values["website"] and not values["website"].startswith(("https://", "http://")):
        problems.append("Website must start with https://")
    if problems:
        return None, problems
    return (
        ServiceDetails(
            name=values["name"],
            provider=values["provider"],
            category=category,
            age_from=ages[0],
            age_to=ages[1],
            delivered_at=values["delivered_at"],
            description=values["description"],
            how_to_access=values["how_to_access"],
            contact_phone=values["contact_phone"] or None,
            contact_email=values["contact_email"] or None,
            website=values["website"] or None,
        ),
        [],
    )


def read_services_csv(data: bytes) -> tuple[list[ServiceDetails], list[RowProblem]]:
    """Every row checked; the services, and every row's problems (empty when all are good)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise CsvFileError("The file must be smaller than 2 MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CsvFileError("The file must be a CSV saved as UTF-8") from error
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in REQUIRED if column not in (reader.fieldnames or [])]
    if missing:
        raise CsvFileError(
            f"The file must have a header row with the columns: {', '.join(missing)}"
        )
    services, problems = [], []
    for line, row in enumerate(reader, start=2):
        details, row_problems = check_row(row)
        if row_problems:
            problems.append(RowProblem(line, row_problems))
        else:
            services.append(details)
    if not services and not problems:
        raise CsvFileError("The file has no services in it")
    return services, problems


def import_services(services: list[ServiceDetails]) -> int:
    for details in services:
        db.session.add(Service(**vars(details)))
    db.session.flush()
    record_event("local_offer.imported", f"Imported {len(services)} services into the Local Offer")
    return len(services)
