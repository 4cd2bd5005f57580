"""Parses an iCalendar file with the independent `icalendar` package and prints, per event,
its UID, status, start and whether it has an alarm. Usage: check_calendar.py FILE"""
import sys

import icalendar

with open(sys.argv[1], "rb") as handle:
    calendar = icalendar.Calendar.from_ical(handle.read())
for event in calendar.walk("VEVENT"):
    alarms = len(event.walk("VALARM"))
    print(f"{event['UID']}|{event['STATUS']}|{event.decoded('DTSTART')}|{alarms}|{event['SUMMARY']}")
