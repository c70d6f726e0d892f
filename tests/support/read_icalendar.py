"""Reads iCalendar files with Python's icalendar library and prints what it found as JSON.

Used by the end-to-end feed tests: a second, independent iCalendar parser beside ical.js.
Usage: python3 read_icalendar.py FILE... ; prints [{"file", "name", "timezone", "events": [...]}].
"""
import json
import sys

from icalendar import Calendar


def event(component):
    start = component.get("DTSTART").dt
    return {
        "uid": str(component.get("UID")),
        "summary": str(component.get("SUMMARY")),
        "start": start.isoformat(),
        "url": str(component.get("URL", "")),
        "alarms": [alarm.get("TRIGGER").dt.total_seconds() for alarm in component.walk("VALARM")],
    }


def read(path):
    with open(path, "rb") as handle:
        calendar = Calendar.from_ical(handle.read())
    if calendar.name != "VCALENDAR":
        raise ValueError(f"{path}: not a VCALENDAR")
    return {
        "file": path,
        "name": str(calendar.get("X-WR-CALNAME", "")),
        "timezone": str(calendar.get("X-WR-TIMEZONE", "")),
        "events": [event(component) for component in calendar.walk("VEVENT")],
    }


print(json.dumps([read(path) for path in sys.argv[1:]]))
