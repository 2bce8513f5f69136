import enum
import secrets
from datetime import datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.consultations.question_types import QuestionSpec, QuestionType
from engage.database import utcnow
from engage.extensions import db
from engage.priorities.models import Priority


class Audience(enum.StrEnum):
    PARENTS_CARERS = "parents_carers"
    YOUNG_PEOPLE = "young_people"
    PROFESSIONALS = "professionals"

    @property
    def label(self) -> str:
        return {
            "parents_carers": "Parents and carers",
            "young_people": "Young people",
            "professionals": "Professionals",
        }[self]


class Status(enum.StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    OPEN = "open"
    CLOSED = "closed"
    RESULTS_PUBLISHED = "results_published"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Relationship(enum.StrEnum):
    PARENT_CARER = "parent_carer"
    YOUNG_PERSON = "young_person"
    PROFESSIONAL = "professional"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "parent_carer": "Parent or carer",
            "young_person": "Young person",
            "professional": "Professional",
            "other": "Other",
        }[self]


class Channel(enum.StrEnum):
    ONLINE = "online"
    PAPER = "paper"
    PHONE = "phone"
    EMAIL = "email"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return {
            "online": "Online",
            "paper": "Paper form",
            "phone": "Phone call",
            "email": "Email",
            "in_person": "In person",
        }[self]


class Consultation(db.Model):
    __tablename__ = "consultations"
    __table_args__ = (
        CheckConstraint(
            "closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at",
            name="closes_after_opening",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: the public address: /consultations/<slug>
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    easy_read_summary: Mapped[str | None] = mapped_column(Text)
    #: Audience values: who it is for
    audiences: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: None until an officer sets the dates; together they make the status
    opens_at: Mapped[datetime | None]
    closes_at: Mapped[datetime | None]
    #: minutes it takes, shown on the start page
    minutes_to_complete: Mapped[int] = mapped_column(default=10)
    privacy_statement: Mapped[str] = mapped_column(Text)
    contact_name: Mapped[str] = mapped_column(String(120))
    contact_email: Mapped[str] = mapped_column(String(254))
    #: changed on every change to pages or questions, so caches of the structure know to refresh
    structure_token: Mapped[str] = mapped_column(
        String(32), default=lambda: secrets.token_hex(8), server_default="initial"
    )
    results_summary: Mapped[str | None] = mapped_column(Text)
    results_published_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    sections: Mapped[list["Section"]] = relationship(
        back_populates="consultation", order_by="Section.position", cascade="all, delete-orphan"
    )

    def status_at(self, moment: datetime) -> Status:
        if self.results_published_at is not None:
            return Status.RESULTS_PUBLISHED
        if self.opens_at is None or self.closes_at is None:
            return Status.DRAFT
        if moment < self.opens_at:
            return Status.SCHEDULED
        if moment < self.closes_at:
            return Status.OPEN
        return Status.CLOSED

    @property
    def status(self) -> Status:
        return self.status_at(utcnow())

    @property
    def questions(self) -> list["Question"]:
        return [question for section in self.sections for question in section.questions]

    @property
    def audience_labels(self) -> list[str]:
        return [Audience(value).label for value in self.audiences]


class Section(db.Model):
    """One page for the respondent."""

    __tablename__ = "consultation_sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    #: optional words at the top of the page
    intro: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    consultation: Mapped[Consultation] = relationship(back_populates="sections")
    questions: Mapped[list["Question"]] = relationship(
        back_populates="section", order_by="Question.position", cascade="all, delete-orphan"
    )


question_priorities = Table(
    "consultation_question_priorities",
    db.metadata,
    Column(
        "question_id", ForeignKey("consultation_questions.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("priority_id", ForeignKey("priorities.id", ondelete="CASCADE"), primary_key=True),
)

QUESTION_TYPE_VALUES = ", ".join(f"'{kind.value}'" for kind in QuestionType)


class Question(db.Model):
    __tablename__ = "consultation_questions"
    __table_args__ = (CheckConstraint(f"type IN ({QUESTION_TYPE_VALUES})", name="type_is_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(
        ForeignKey("consultation_sections.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    hint: Mapped[str | None] = mapped_column(Text)
    required: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)
    #: long text: the most characters accepted (shown to the respondent)
    max_length: Mapped[int | None]
    #: single choice: offer "Other, please say"
    allow_other: Mapped[bool] = mapped_column(default=False)
    #: multiple choice: the most options a person may choose
    max_choices: Mapped[int | None]

    section: Mapped[Section] = relationship(back_populates="questions")
    options: Mapped[list["QuestionOption"]] = relationship(
        back_populates="question", order_by="QuestionOption.position", cascade="all, delete-orphan"
    )
    priorities: Mapped[list[Priority]] = relationship(secondary=question_priorities)

    @property
    def kind(self) -> QuestionType:
        return QuestionType(self.type)

    @property
    def spec(self) -> QuestionSpec:
        return QuestionSpec(
            type=self.kind,
            text=self.text,
            required=self.required,
            option_ids=tuple(option.id for option in self.options),
            option_labels={option.id: option.label for option in self.options},
            allow_other=self.allow_other,
            max_choices=self.max_choices,
            max_length=self.max_length,
        )

    @property
    def field_name(self) -> str:
        return f"q{self.id}"


class QuestionOption(db.Model):
    __tablename__ = "consultation_question_options"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("consultation_questions.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(default=0)

    question: Mapped[Question] = relationship(back_populates="options")


class Draft(db.Model):
    """Answers in progress. Never counted as a response; deleted when it expires."""

    __tablename__ = "consultation_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    #: sha256 of the key kept in the respondent's session; becomes the response's submission key
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: sha256 of the long token in a save-and-return link
    resume_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    #: sha256 of the short code shown on screen
    resume_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    #: {question id: cleaned answer}
    answers: Mapped[dict] = mapped_column(JSON, default=dict)
    #: the optional "About you" answers: relationship, email and each consent
    about_you: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)

    consultation: Mapped[Consultation] = relationship()


RELATIONSHIP_VALUES = ", ".join(f"'{value.value}'" for value in Relationship)
CHANNEL_VALUES = ", ".join(f"'{value.value}'" for value in Channel)


class Response(db.Model):
    """A submitted response: what a person told us, kept as they said it."""

    __tablename__ = "consultation_responses"
    __table_args__ = (
        CheckConstraint(
            f"relationship IS NULL OR relationship IN ({RELATIONSHIP_VALUES})",
            name="relationship_is_known",
        ),
        CheckConstraint(f"channel IN ({CHANNEL_VALUES})", name="channel_is_known"),
        # Every read of responses is one consultation's, usually in the order they came: one
        # index serves both, and each submission writes one index entry fewer than with two.
        Index(
            "ix_consultation_responses_consultation_submitted", "consultation_id", "submitted_at"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"))
    #: shown to the respondent on the confirmation page, e.g. "ENG-K7M3-Q9XT"
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    #: the draft's key hash: the database refuses a second response from one draft
    submission_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(20), default=Channel.ONLINE.value)
    respondent_relationship: Mapped[str | None] = mapped_column("relationship", String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    wants_receipt: Mapped[bool] = mapped_column(default=False)
    wants_updates: Mapped[bool] = mapped_column(default=False)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: the officer who typed it in from paper, phone or email
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))

    consultation: Mapped[Consultation] = relationship()
    answers: Mapped[list["Answer"]] = relationship(
        back_populates="response", cascade="all, delete-orphan"
    )


class Answer(db.Model):
    __tablename__ = "consultation_answers"
    __table_args__ = (
        UniqueConstraint(
            "response_id", "question_id", name="uq_consultation_answers_response_question"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: found by the unique (response, question) index, which starts with it: no index of its own,
    #: so each submitted answer writes one index entry fewer
    response_id: Mapped[int] = mapped_column(
        ForeignKey("consultation_responses.id", ondelete="CASCADE")
    )
    question_id: Mapped[int] = mapped_column(ForeignKey("consultation_questions.id"), index=True)
    value: Mapped[object] = mapped_column(JSON)

    response: Mapped[Response] = relationship(back_populates="answers")
    question: Mapped[Question] = relationship()
