"""Advisory groups, their members, and polls with secret ballots.

A ballot never names its voter. It carries a voter key: a keyed hash of the poll and a random
salt that only the member's row holds (or, for an open poll, the browser's cookie). The database
keeps one ballot per key per poll (a unique constraint), so one member has one vote however many
requests arrive at once; removing a member deletes the salt, and their votes stay counted but can
never be linked back to anyone.
"""

import enum
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.database import utcnow
from engage.extensions import db


class GroupKind(enum.StrEnum):
    YOUNG_PEOPLE = "young_people"
    PARENTS = "parents"

    @property
    def label(self) -> str:
        return {
            "young_people": "Young people's advisory group",
            "parents": "Parents' advisory group",
        }[self]


AGE_BANDS = {
    "under_11": "10 or under",
    "11_13": "11 to 13",
    "14_16": "14 to 16",
    "17_19": "17 to 19",
    "20_25": "20 to 25",
    "adult": "Over 25",
}


class AdvisoryGroup(db.Model):
    __tablename__ = "advisory_groups"
    __table_args__ = (CheckConstraint("kind IN ('young_people', 'parents')", name="kind_is_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)
    #: shown in the meeting; anyone who types it in joins (None when joining by code is off)
    join_code: Mapped[str | None] = mapped_column(String(12), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    members: Mapped[list["Member"]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="Member.id"
    )
    polls: Mapped[list["Poll"]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="Poll.opens_at.desc()"
    )

    @property
    def kind_label(self) -> str:
        return GroupKind(self.kind).label

    @property
    def voice(self) -> str:
        """Whose voice the group's comments are, for the feedback inbox."""
        return "young_person" if self.kind == GroupKind.YOUNG_PEOPLE.value else "parent_carer"


class Member(db.Model):
    """A member of an advisory group: a display name, an optional age band, nothing else."""

    __tablename__ = "advisory_group_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_groups.id", ondelete="CASCADE"), index=True
    )
    #: None until the person opens their invite link and picks one
    display_name: Mapped[str | None] = mapped_column(String(40))
    age_band: Mapped[str | None] = mapped_column(String(10))
    #: the personal link's token, hashed; a new link replaces the old one
    invite_token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: random; with the app's secret it makes this member's voter key for each poll
    ballot_salt: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    group: Mapped[AdvisoryGroup] = relationship(back_populates="members")
    devices: Mapped[list["MemberDevice"]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )

    @property
    def has_joined(self) -> bool:
        return self.display_name is not None

    @property
    def age_band_label(self) -> str:
        return AGE_BANDS.get(self.age_band or "", "")


class MemberDevice(db.Model):
    """A phone or computer a member stays signed in on (a long-lived cookie holds the token)."""

    __tablename__ = "advisory_group_member_devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_group_members.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    member: Mapped[Member] = relationship(back_populates="devices")


class PollImage(db.Model):
    """A picture or symbol for a poll or an option, kept in the database with the poll."""

    __tablename__ = "poll_images"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_type: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ResultsShown(enum.StrEnum):
    AFTER_VOTING = "after_voting"
    AFTER_CLOSING = "after_closing"
    OFFICERS_ONLY = "officers_only"

    @property
    def label(self) -> str:
        return {
            "after_voting": "To each person once they have voted",
            "after_closing": "To everyone once the poll has closed",
            "officers_only": "Only to officers",
        }[self]


class Poll(db.Model):
    __tablename__ = "polls"
    __table_args__ = (
        CheckConstraint("max_choices >= 1", name="max_choices_is_positive"),
        CheckConstraint("closes_at > opens_at", name="closes_after_opening"),
        CheckConstraint(
            "results_shown IN ('after_voting', 'after_closing', 'officers_only')",
            name="results_shown_is_known",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: None for an open quick poll that anyone may answer (its results are indicative)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("advisory_groups.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(String(200))
    explanation: Mapped[str | None] = mapped_column(Text)
    image_id: Mapped[int | None] = mapped_column(ForeignKey("poll_images.id", ondelete="SET NULL"))
    image_alt: Mapped[str | None] = mapped_column(String(300))
    #: 1 for "choose one"; more for "choose up to N"
    max_choices: Mapped[int] = mapped_column(default=1)
    opens_at: Mapped[datetime]
    closes_at: Mapped[datetime]
    allow_change: Mapped[bool] = mapped_column(default=True)
    results_shown: Mapped[str] = mapped_column(String(20), default=ResultsShown.AFTER_VOTING.value)
    #: offer an optional "tell us why" box with the vote
    ask_why: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    group: Mapped[AdvisoryGroup | None] = relationship(back_populates="polls")
    options: Mapped[list["PollOption"]] = relationship(
        back_populates="poll", cascade="all, delete-orphan", order_by="PollOption.position"
    )

    @property
    def is_indicative(self) -> bool:
        return self.group_id is None

    @property
    def is_multiple_choice(self) -> bool:
        return self.max_choices > 1

    @property
    def option_ids(self) -> frozenset[int]:
        return frozenset(option.id for option in self.options)

    def is_open(self, now: datetime) -> bool:
        return self.opens_at <= now < self.closes_at

    def has_closed(self, now: datetime) -> bool:
        return now >= self.closes_at


class PollOption(db.Model):
    __tablename__ = "poll_options"

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    text: Mapped[str] = mapped_column(String(120))
    image_id: Mapped[int | None] = mapped_column(ForeignKey("poll_images.id", ondelete="SET NULL"))
    image_alt: Mapped[str | None] = mapped_column(String(300))

    poll: Mapped[Poll] = relationship(back_populates="options")


class Ballot(db.Model):
    """One vote in one poll. It holds a voter key, never a member: see the module docstring."""

    __tablename__ = "poll_ballots"
    __table_args__ = (UniqueConstraint("poll_id", "voter_key", name="uq_poll_ballots_one_each"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    voter_key: Mapped[str] = mapped_column(String(64))
    cast_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class BallotChoice(db.Model):
    __tablename__ = "poll_ballot_choices"
    __table_args__ = (Index("ix_poll_ballot_choices_option", "option_id"),)

    ballot_id: Mapped[int] = mapped_column(
        ForeignKey("poll_ballots.id", ondelete="CASCADE"), primary_key=True
    )
    option_id: Mapped[int] = mapped_column(
        ForeignKey("poll_options.id", ondelete="CASCADE"), primary_key=True
    )
