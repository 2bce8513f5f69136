"""The .ics file sent with each confirmation: one event, in UK time, that calendars update in
place when a session moves (same UID, higher SEQUENCE) or is cancelled."""

from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from engage.database import utcnow
from engage.focus_groups.models import FocusGroupSession, SessionMode

LONDON = ZoneInfo("Europe/London")


def session_calendar(session: FocusGroupSession, *, include_joining_details: bool) -> bytes:
    """An RFC 5545 calendar holding this session. Joining details only for confirmed people."""
    calendar = Calendar()
    calendar.add("prodid", "-//Engage//Focus groups//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if session.cancelled_at else "PUBLISH")
    event = Event()
    event.add("uid", f"{session.calendar_uid}@engage")
    event.add("sequence", session.calendar_sequence)
    event.add("dtstamp", utcnow())
    event.add("dtstart", session.starts_at.astimezone(LONDON))
    event.add("dtend", session.ends_at.astimezone(LONDON))
    event.add("summary", f"Focus group: {session.focus_group.topic}")
    event.add("location", session.location)
    description = [session.focus_group.description]
    if session.mode == SessionMode.ONLINE.value and include_joining_details:
        description.append(f"How to join: {session.joining_details or ''}")
    if session.accessibility:
        description.append(f"Access: {session.accessibility}")
    event.add("description", "\n\n".join(description))
    event.add("status", "CANCELLED" if session.cancelled_at else "CONFIRMED")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
