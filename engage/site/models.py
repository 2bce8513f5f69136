from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from engage.database import utcnow
from engage.extensions import db


class SiteSettings(db.Model):
    """The local area this instance serves. There is exactly one row (id 1)."""

    __tablename__ = "site_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    #: shown in the service navigation and page titles, e.g. "Have your say on SEND"
    service_name: Mapped[str] = mapped_column(String(80))
    #: the local area, e.g. "Blackpool"
    area_name: Mapped[str] = mapped_column(String(80))
    #: who runs the service and is the data controller, e.g. "Blackpool Council"
    organisation_name: Mapped[str] = mapped_column(String(120))
    contact_email: Mapped[str] = mapped_column(String(254))
    contact_phone: Mapped[str] = mapped_column(String(40))
    contact_address: Mapped[str] = mapped_column(Text)
    #: "alpha" or "beta", shown in the phase banner
    phase: Mapped[str] = mapped_column(String(10), default="beta")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
