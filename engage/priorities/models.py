from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.database import utcnow
from engage.extensions import db
from engage.priorities.framework_yaml import FrameworkData, PriorityData


class Framework(db.Model):
    """A local area's strategy: its priorities. At most one framework is active at a time."""

    __tablename__ = "frameworks"
    __table_args__ = (
        UniqueConstraint("area", "title", name="uq_frameworks_area_title"),
        # The database itself guarantees one active framework, whatever two requests do at once.
        Index(
            "uq_frameworks_one_active",
            "is_active",
            unique=True,
            sqlite_where=text("is_active"),
            postgresql_where=text("is_active"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    area: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(300))
    #: where the priorities come from, e.g. the strategy document
    source: Mapped[str | None] = mapped_column(String(300))
    is_active: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    priorities: Mapped[list["Priority"]] = relationship(
        back_populates="framework",
        order_by="Priority.position",
        cascade="all, delete-orphan",
    )

    def to_data(self) -> FrameworkData:
        """The YAML form of this framework, for export and for the text-analysis engine."""
        return FrameworkData(
            area=self.area,
            title=self.title,
            source=self.source,
            priorities=tuple(priority.to_data() for priority in self.priorities),
        )

    def __repr__(self) -> str:
        return f"<Framework {self.id} {self.area!r}>"


class Priority(db.Model):
    __tablename__ = "priorities"
    __table_args__ = (
        UniqueConstraint("framework_id", "slug", name="uq_priorities_framework_slug"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(
        ForeignKey("frameworks.id", ondelete="CASCADE"), index=True
    )
    #: stable identifier within the framework, used in YAML and by the analysis engine
    slug: Mapped[str] = mapped_column(String(60))
    #: the strategy's own wording
    title: Mapped[str] = mapped_column(Text)
    #: a label for tables and tags, e.g. "Preparing for adulthood"
    short_name: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(Text)
    #: words and phrases people use about this priority (help the text analysis)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: example sentences someone might say about it (help the text analysis)
    examples: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: order within the framework, from 0
    position: Mapped[int] = mapped_column(default=0)

    framework: Mapped[Framework] = relationship(back_populates="priorities")

    @property
    def label(self) -> str:
        return self.short_name or self.title

    def to_data(self) -> PriorityData:
        return PriorityData(
            slug=self.slug,
            title=self.title,
            short_name=self.short_name,
            description=self.description,
            keywords=tuple(self.keywords or ()),
            examples=tuple(self.examples or ()),
        )

    def __repr__(self) -> str:
        return f"<Priority {self.slug}>"
