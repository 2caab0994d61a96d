#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates a frab/pretalx schedule JSON against the c3voc JSON schema, formats included.

Usage: check_frab_json.py SCHEMA.json SCHEDULE.json — prints each violation and exits 1 when there is any.
"""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    with open(sys.argv[2], encoding="utf-8") as handle:
        document = json.load(handle)
    validator = jsonschema.Draft6Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
    for error in errors:
        print("/".join(str(part) for part in error.path), error.message)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
