#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks Stand Lab's letter drafts with independent parsers (Python's email package, python3-icalendar).

Usage: check_eml.py FOLDER EXPECTED.json
EXPECTED maps file names to {"name": ..., "address": ..., "subject": ...}; every .eml in FOLDER must be
listed. Each draft must parse as a MIME message marked X-Unsent: 1, with ASCII-only headers of at most
78 characters, a To and Subject that decode to the expected text, a UTF-8 text part, and a
text/calendar attachment that python3-icalendar reads with at least one VEVENT.
Prints one line per problem and exits 1 when there is any.
"""
import email
import email.policy
import json
import os
import sys

import icalendar


def check(path, expected, errors):
    name = os.path.basename(path)
    with open(path, "rb") as handle:
        raw = handle.read()
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        if len(line) > 78:
            errors.append(f"{name}: header line longer than 78: {line[:40]!r}")
        if any(byte > 127 for byte in line):
            errors.append(f"{name}: header not ASCII: {line[:40]!r}")
    if b"\n" in raw.replace(b"\r\n", b""):
        errors.append(f"{name}: a line ends in a bare LF")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if message.defects:
        errors.append(f"{name}: defects {message.defects}")
    if message["X-Unsent"] != "1":
        errors.append(f"{name}: no X-Unsent: 1")
    to = message["To"]
    if to is None or len(to.addresses) != 1:
        errors.append(f"{name}: To is not one address: {to}")
    else:
        address = to.addresses[0]
        if address.display_name != expected["name"]:
            errors.append(f"{name}: To name {address.display_name!r} != {expected['name']!r}")
        if address.addr_spec != expected["address"]:
            errors.append(f"{name}: To address {address.addr_spec!r} != {expected['address']!r}")
    if str(message["Subject"]) != expected["subject"]:
        errors.append(f"{name}: Subject {str(message['Subject'])!r} != {expected['subject']!r}")
    if not message.is_multipart():
        errors.append(f"{name}: not multipart")
        return
    text = message.get_body(preferencelist=("plain",))
    if text is None or not text.get_content().strip():
        errors.append(f"{name}: no text part")
    elif "body" in expected and expected["body"] not in text.get_content():
        errors.append(f"{name}: the text lacks {expected['body']!r}")
    calendars = [part for part in message.iter_attachments() if part.get_content_type() == "text/calendar"]
    if len(calendars) != 1:
        errors.append(f"{name}: {len(calendars)} calendar attachments")
        return
    calendar = icalendar.Calendar.from_ical(calendars[0].get_payload(decode=True))
    events = [c for c in calendar.walk("VEVENT")]
    if len(events) < 1:
        errors.append(f"{name}: the calendar has no event")


def main():
    folder = sys.argv[1]
    with open(sys.argv[2], encoding="utf-8") as handle:
        expected = json.load(handle)
    errors = []
    found = sorted(f for f in os.listdir(folder) if f.endswith(".eml"))
    if found != sorted(expected):
        errors.append(f"files {found} != expected {sorted(expected)}")
    for file_name in found:
        if file_name in expected:
            check(os.path.join(folder, file_name), expected[file_name], errors)
    for error in errors:
        print(error)
    print(f"{len(found)} drafts checked")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
