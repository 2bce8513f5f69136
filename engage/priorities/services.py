"""Importing, exporting, activating and editing frameworks. Nothing here commits."""

from importlib import resources
from pathlib import Path

from sqlalchemy import select, update

from engage.audit.services import record_event
from engage.extensions import db
from engage.priorities.framework_yaml import (
    FrameworkData,
    PriorityData,
    dump_framework_yaml,
    parse_framework_yaml,
)
from engage.priorities.models import Framework, Priority

BUNDLED_PACKAGE = "engage.priorities"
BUNDLED_FOLDER = "frameworks"


class PriorityError(ValueError):
    """A change to a framework that cannot be made; the message says why."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def bundled_framework_names() -> list[str]:
    """The real strategies shipped with Engage, by file name ("blackpool", "darlington" ...)."""
    folder = resources.files(BUNDLED_PACKAGE) / BUNDLED_FOLDER
    return sorted(
        Path(entry.name).stem for entry in folder.iterdir() if entry.name.endswith(".yaml")
    )


def bundled_framework_text(name: str) -> str:
    if name not in bundled_framework_names():
        raise PriorityError(
            f"There is no bundled framework called {name!r}. "
            f"Choose one of: {', '.join(bundled_framework_names())}."
        )
    return (resources.files(BUNDLED_PACKAGE) / BUNDLED_FOLDER / f"{name}.yaml").read_text("utf-8")


def active_framework() -> Framework | None:
    return db.session.scalar(select(Framework).where(Framework.is_active.is_(True)))


def all_frameworks() -> list[Framework]:
    return list(
        db.session.scalars(select(Framework).order_by(Framework.is_active.desc(), Framework.area))
    )


def find_framework(area: str, title: str) -> Framework | None:
    return db.session.scalar(
        select(Framework).where(Framework.area == area, Framework.title == title)
    )


def import_framework_yaml(text: str | bytes, *, activate: bool = False) -> Framework:
    """Parse and validate the whole file first, then save it: a bad file changes nothing.

    A framework with the same area and title is updated in place, priority by priority (matched
    on slug), so links to its priorities survive a re-import.
    """
    data = parse_framework_yaml(text)  # raises FrameworkYamlError naming lines and problems
    return save_framework(data, activate=activate)


def save_framework(data: FrameworkData, *, activate: bool = False) -> Framework:
    framework = find_framework(data.area, data.title)
    created = framework is None
    if created:
        framework = Framework(area=data.area, title=data.title)
        db.session.add(framework)
    framework.source = data.source
    existing = {priority.slug: priority for priority in framework.priorities}
    kept = []
    for position, priority_data in enumerate(data.priorities):
        priority = existing.pop(priority_data.slug, None) or Priority(slug=priority_data.slug)
        _apply_priority_data(priority, priority_data)
        priority.position = position
        kept.append(priority)
    framework.priorities = kept
    db.session.flush()
    record_event(
        "framework.imported",
        f"{'Imported' if created else 'Re-imported'} {data.area}: {data.title} "
        f"({len(data.priorities)} priorities)",
        target=framework,
        removed=sorted(existing),
    )
    if activate:
        activate_framework(framework)
    return framework


def _apply_priority_data(priority: Priority, data: PriorityData) -> None:
    priority.title = data.title
    priority.short_name = data.short_name
    priority.description = data.description
    priority.keywords = list(data.keywords)
    priority.examples = list(data.examples)


def export_framework_yaml(framework: Framework) -> str:
    return dump_framework_yaml(framework.to_data())


def activate_framework(framework: Framework) -> None:
    """Make this the one active framework (the partial unique index backs this up)."""
    if framework.is_active:
        return
    db.session.execute(
        update(Framework).where(Framework.is_active.is_(True)).values(is_active=False)
    )
    db.session.flush()
    framework.is_active = True
    db.session.flush()
    record_event(
        "framework.activated", f"Made {framework.area}: {framework.title} active", target=framework
    )


def update_framework_details(
    framework: Framework, *, area: str, title: str, source: str | None
) -> None:
    other = find_framework(area, title)
    if other is not None and other.id != framework.id:
        raise PriorityError("There is already a framework with this area and title", "title")
    changes = _changes(framework, area=area, title=title, source=source or None)
    if changes:
        record_event(
            "framework.updated", f"Edited {area}: {title}", target=framework, changes=changes
        )


def update_priority(priority: Priority, data: PriorityData) -> None:
    """Change a priority's wording, keywords and examples; the change is audited."""
    _check_unique(priority.framework, data, priority)
    changes = _changes(
        priority,
        slug=data.slug,
        title=data.title,
        short_name=data.short_name,
        description=data.description,
        keywords=list(data.keywords),
        examples=list(data.examples),
    )
    if changes:
        record_event(
            "priority.updated",
            f"Edited priority {priority.slug} of {priority.framework.area}",
            target=priority,
            changes=changes,
        )


def add_priority(framework: Framework, data: PriorityData) -> Priority:
    _check_unique(framework, data, None)
    priority = Priority(slug=data.slug, position=len(framework.priorities))
    _apply_priority_data(priority, data)
    framework.priorities.append(priority)
    db.session.flush()
    record_event(
        "priority.added", f"Added priority {data.slug} to {framework.area}", target=priority
    )
    return priority


def _check_unique(framework: Framework, data: PriorityData, editing: Priority | None) -> None:
    for other in framework.priorities:
        if other is editing:
            continue
        if other.slug == data.slug:
            raise PriorityError(f"Another priority already uses the slug {data.slug}", "slug")
        if data.short_name and (other.short_name or "").lower() == data.short_name.lower():
            raise PriorityError(
                f"Another priority already has the short name {data.short_name}", "short_name"
            )


def _changes(record, **values) -> dict:
    """Apply values to a record and return what changed, for the audit log."""
    changes = {}
    for name, value in values.items():
        if getattr(record, name) != value:
            changes[name] = {"from": getattr(record, name), "to": value}
            setattr(record, name, value)
    return changes
