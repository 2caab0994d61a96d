#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a Stand Lab calendar with an independent parser (Debian's python3-icalendar).

Usage: check_ics.py CALENDAR.ics EXPECTED.json
EXPECTED holds {"tzid": ..., "count": N, "events": {UID: {"dtstart": UTC, "dtend": UTC, "summary": ...,
"status": ...}}} with times as YYYY-MM-DDTHH:MM:SSZ. Every start and end is read twice: through the
Olson zone the TZID names and through the file's own VTIMEZONE, and both must give the expected instant.
Prints one line per problem and exits 1 when there is any.
"""
import datetime
import json
import sys

import icalendar


def utc_text(value):
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    with open(sys.argv[1], "rb") as handle:
        raw = handle.read()
    calendar = icalendar.Calendar.from_ical(raw)
    with open(sys.argv[2], encoding="utf-8") as handle:
        expected = json.load(handle)
    errors = []
    # RFC 5545 3.1: lines end in CRLF, fold at 75 octets, and a fold never splits a UTF-8 character.
    for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if len(line) > 75:
            errors.append("line %d is %d octets long" % (number, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            errors.append("line %d splits a UTF-8 character" % number)
    if not raw.endswith(b"\r\n") or b"\n" in raw.replace(b"\r\n", b""):
        errors.append("lines do not all end in CRLF")
    zones = {str(zone["TZID"]): zone.to_tz() for zone in calendar.walk("VTIMEZONE")}
    if expected["tzid"] not in zones:
        errors.append("no VTIMEZONE for %s (found %s)" % (expected["tzid"], sorted(zones)))
    events = list(calendar.walk("VEVENT"))
    if len(events) != expected["count"]:
        errors.append("%d events, expected %d" % (len(events), expected["count"]))
    seen = set()
    for event in events:
        uid = str(event["UID"])
        if uid in seen:
            errors.append("UID %s appears twice" % uid)
        seen.add(uid)
        want = expected["events"].get(uid)
        if want is None:
            errors.append("unexpected UID %s" % uid)
            continue
        for key in ("DTSTART", "DTEND"):
            prop = event[key]
            tzid = prop.params.get("TZID")
            if tzid != expected["tzid"]:
                errors.append("%s %s has TZID %s" % (uid, key, tzid))
                continue
            through_olson = event.decoded(key)
            naive = prop.dt.replace(tzinfo=None)
            own = zones[tzid]
            through_own = own.localize(naive) if hasattr(own, "localize") else naive.replace(tzinfo=own)
            for how, value in (("Olson zone", through_olson), ("VTIMEZONE", through_own)):
                if utc_text(value) != want[key.lower()]:
                    errors.append("%s %s via %s is %s, expected %s" % (uid, key, how, utc_text(value), want[key.lower()]))
        if str(event.get("SUMMARY")) != want["summary"]:
            errors.append("%s summary %r, expected %r" % (uid, str(event.get("SUMMARY")), want["summary"]))
        if str(event.get("STATUS")) != want["status"]:
            errors.append("%s status %s, expected %s" % (uid, event.get("STATUS"), want["status"]))
        if "DTSTAMP" not in event:
            errors.append("%s has no DTSTAMP" % uid)
    for line in errors:
        print(line)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
