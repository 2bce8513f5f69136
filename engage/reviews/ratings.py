"""What the ratings add up to: a service's summary for families, and reports for commissioners.

Only published reviews count. The database does the counting (grouped by service and month);
Python only folds months into quarters and services into categories.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import extract, func, select

from engage.extensions import db
from engage.local_offer.models import CATEGORY_LABELS, Service
from engage.reviews.models import ASPECTS, RejectionReason, Review, ReviewStatus


@dataclass
class RatingSummary:
    count: int
    average: float | None  #: to one decimal place
    #: reviews per star, 5 down to 1
    stars: dict[int, int]

    def share(self, star: int) -> int:
        """The percentage of reviews with this many stars, rounded."""
        return round(100 * self.stars[star] / self.count) if self.count else 0


def rating_summary(service_id: int) -> RatingSummary:
    rows = db.session.execute(
        select(Review.rating, func.count())
        .where(Review.service_id == service_id, Review.status == ReviewStatus.PUBLISHED.value)
        .group_by(Review.rating)
    ).all()
    stars = {star: 0 for star in range(5, 0, -1)}
    stars.update(dict(rows))
    count = sum(stars.values())
    average = round(sum(star * n for star, n in stars.items()) / count, 1) if count else None
    return RatingSummary(count, average, stars)


def summaries_for(service_ids: list[int]) -> dict[int, tuple[int, float]]:
    """Count and average rating for many services at once, for the directory's results."""
    rows = db.session.execute(
        select(Review.service_id, func.count(), func.avg(Review.rating))
        .where(Review.service_id.in_(service_ids), Review.status == ReviewStatus.PUBLISHED.value)
        .group_by(Review.service_id)
    ).all()
    return {service_id: (count, round(float(average), 1)) for service_id, count, average in rows}


# Reports -------------------------------------------------------------------------------------
@dataclass
class Totals:
    """Sums that can be added up across months, services and categories."""

    reviews: int = 0
    rating_sum: int = 0
    aspect_sums: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    aspect_counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    rejected: int = 0
    reasons: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, other: "Totals") -> None:
        self.reviews += other.reviews
        self.rating_sum += other.rating_sum
        self.rejected += other.rejected
        for name in other.aspect_sums:
            self.aspect_sums[name] += other.aspect_sums[name]
            self.aspect_counts[name] += other.aspect_counts[name]
        for reason, count in other.reasons.items():
            self.reasons[reason] += count

    @property
    def average(self) -> float | None:
        return round(self.rating_sum / self.reviews, 1) if self.reviews else None

    def aspect_average(self, column: str) -> float | None:
        count = self.aspect_counts.get(column, 0)
        return round(self.aspect_sums[column] / count, 1) if count else None

    @property
    def moderated(self) -> int:
        return self.reviews + self.rejected

    @property
    def rejected_share(self) -> int | None:
        """The percentage of moderated reviews that were rejected."""
        return round(100 * self.rejected / self.moderated) if self.moderated else None

    @property
    def reasons_text(self) -> str:
        return "; ".join(
            f"{count} {RejectionReason(reason).label.lower()}"
            for reason, count in sorted(self.reasons.items(), key=lambda item: -item[1])
        )


@dataclass
class ReportLine:
    """One service or one category: all-time totals and the published reviews by quarter."""

    name: str
    category: str
    totals: Totals = field(default_factory=Totals)
    quarters: dict[str, Totals] = field(default_factory=lambda: defaultdict(Totals))

    @property
    def trend(self) -> list[tuple[str, Totals]]:
        return sorted(self.quarters.items())


@dataclass
class ReviewsReport:
    services: list[ReportLine]
    categories: list[ReportLine]
    quarters: list[str]


def reviews_report(category: str | None = None) -> ReviewsReport:
    """Per service and per category: reviews, average rating and its trend by quarter (of when
    reviews were written), aspect averages, and the share rejected and why."""
    year, month = extract("year", Review.submitted_at), extract("month", Review.submitted_at)
    published = (
        select(
            Review.service_id,
            year,
            month,
            func.count(),
            func.sum(Review.rating),
            *(func.sum(getattr(Review, column)) for column, _, _ in ASPECTS),
            *(func.count(getattr(Review, column)) for column, _, _ in ASPECTS),
        )
        .where(Review.status == ReviewStatus.PUBLISHED.value)
        .group_by(Review.service_id, year, month)
    )
    rejected = (
        select(Review.service_id, Review.rejection_reason, func.count())
        .where(Review.status == ReviewStatus.REJECTED.value)
        .group_by(Review.service_id, Review.rejection_reason)
    )
    services_query = select(Service.id, Service.name, Service.category).order_by(Service.name)
    if category:
        services_query = services_query.where(Service.category == category)
    lines = {
        service_id: ReportLine(name, CATEGORY_LABELS[service_category])
        for service_id, name, service_category in db.session.execute(services_query)
    }
    columns = [column for column, _, _ in ASPECTS]
    for service_id, y, m, count, rating_sum, *aspects in db.session.execute(published):
        if service_id not in lines:
            continue
        month_totals = Totals(reviews=count, rating_sum=rating_sum or 0)
        for index, column in enumerate(columns):
            month_totals.aspect_sums[column] = aspects[index] or 0
            month_totals.aspect_counts[column] = aspects[len(columns) + index] or 0
        quarter = f"{int(y)} Q{(int(m) - 1) // 3 + 1}"
        lines[service_id].totals.add(month_totals)
        lines[service_id].quarters[quarter].add(month_totals)
    for service_id, reason, count in db.session.execute(rejected):
        if service_id in lines:
            lines[service_id].totals.add(Totals(rejected=count, reasons={reason: count}))

    categories: dict[str, ReportLine] = {}
    for line in lines.values():
        summary = categories.setdefault(line.category, ReportLine(line.category, line.category))
        summary.totals.add(line.totals)
        for quarter, totals in line.quarters.items():
            summary.quarters[quarter].add(totals)
    quarters = sorted({quarter for line in lines.values() for quarter in line.quarters})
    return ReviewsReport(
        services=list(lines.values()),
        categories=sorted(categories.values(), key=lambda line: line.name),
        quarters=quarters,
    )


EXPORT_HEADER = [
    "Level",
    "Name",
    "Category",
    "Period",
    "Published reviews",
    "Average rating",
    *(name for _, _, name in ASPECTS),
    "Rejected reviews",
    "Share rejected (%)",
    "Why rejected",
]


def export_rows(report: ReviewsReport) -> list[list]:
    """One row per service and per category for all time, then one per quarter with reviews:
    long rows that a spreadsheet can pivot."""
    rows = []
    for level, lines in (("Service", report.services), ("Category", report.categories)):
        for line in lines:
            for period, totals in [("All time", line.totals), *line.trend]:
                rows.append(
                    [
                        level,
                        line.name,
                        line.category,
                        period,
                        totals.reviews,
                        totals.average if totals.average is not None else "",
                        *(
                            "" if totals.aspect_average(c) is None else totals.aspect_average(c)
                            for c, _, _ in ASPECTS
                        ),
                        totals.rejected,
                        "" if totals.rejected_share is None else totals.rejected_share,
                        totals.reasons_text,
                    ]
                )
    return rows
