"""The Local Offer directory: the area's SEND services, which families can find and review."""

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from engage.database import utcnow
from engage.extensions import db


class Category(enum.StrEnum):
    EDUCATION = "education"
    HEALTH = "health"
    SOCIAL_CARE = "social_care"
    SHORT_BREAKS = "short_breaks"
    LEISURE = "leisure"
    ADVICE = "advice"
    TRANSPORT = "transport"
    ADULTHOOD = "adulthood"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self.value]


CATEGORY_LABELS = {
    "education": "Education",
    "health": "Health",
    "social_care": "Social care",
    "short_breaks": "Short breaks and respite",
    "leisure": "Leisure and activities",
    "advice": "Advice and support",
    "transport": "Transport",
    "adulthood": "Preparing for adulthood",
}
CATEGORY_VALUES = ", ".join(f"'{value}'" for value in CATEGORY_LABELS)
MAX_AGE = 25


class Service(db.Model):
    __tablename__ = "local_offer_services"
    __table_args__ = (
        CheckConstraint(f"category IN ({CATEGORY_VALUES})", name="category_is_known"),
        CheckConstraint(
            f"age_from >= 0 AND age_to <= {MAX_AGE} AND age_from <= age_to", name="ages_make_sense"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    #: the organisation that runs it
    provider: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20), index=True)
    age_from: Mapped[int] = mapped_column(default=0)
    age_to: Mapped[int] = mapped_column(default=MAX_AGE)
    #: where it is delivered: a venue, an area, "at home", "online"
    delivered_at: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text)
    how_to_access: Mapped[str] = mapped_column(Text)
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS[self.category]

    @property
    def ages(self) -> str:
        return f"{self.age_from} to {self.age_to}"
