#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helps translators work on the Qt Linguist files without Linguist.

  scripts/ts-tool.py todo LANG [--all]   prints the messages of translations/standlab_LANG.ts that still
                                          need a translation, as JSON: [{"context", "source", "comment",
                                          "numerus"}]
  scripts/ts-tool.py apply LANG FILE      reads JSON [{"context", "source", "translation"}] (a list of
                                          forms for plural messages) and fills those messages in.

  scripts/ts-tool.py english-plurals       fills the plural forms of the English file from the source
                                          text: "%n session(s)" -> "%n session" / "%n sessions".

Run `cmake --build build -t update_translations` first so the .ts files know every string.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ts_path(language):
    return ROOT / "translations" / f"standlab_{language}.ts"


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def needs_work(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished",):
        return True
    if message.get("numerus") == "yes":
        return any(not (form.text or "").strip() for form in translation.iter("numerusform"))
    return not (translation.text or "").strip()


def todo(language, everything):
    tree = ET.parse(ts_path(language))
    out = []
    for context, message in messages(tree):
        if everything or needs_work(message):
            out.append({
                "context": context,
                "source": message.findtext("source"),
                "comment": message.findtext("comment") or message.findtext("extracomment") or "",
                "numerus": message.get("numerus") == "yes",
            })
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(language, path):
    done = json.loads(Path(path).read_text(encoding="utf-8"))
    wanted = {(d["context"], d["source"]): d["translation"] for d in done}
    tree = ET.parse(ts_path(language))
    filled = 0
    for context, message in messages(tree):
        key = (context, message.findtext("source"))
        if key not in wanted:
            continue
        text = wanted[key]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
        filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(language).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                                 encoding="utf-8")
    print(f"{filled} of {len(done)} translations applied to {ts_path(language).name}", file=sys.stderr)


def english_plurals():
    import re
    tree = ET.parse(ts_path("en"))
    done = []
    for context, message in messages(tree):
        if message.get("numerus") != "yes" or not needs_work(message):
            continue
        source = message.findtext("source")
        singular = re.sub(r"\((e?s)\)", "", source)
        plural = re.sub(r"\((e?s)\)", r"\1", source)
        done.append({"context": context, "source": source, "translation": [singular, plural]})
    path = Path("/tmp") / "standlab-en-plurals.json"
    path.write_text(json.dumps(done, ensure_ascii=False), encoding="utf-8")
    apply("en", path)


def main(argv):
    if len(argv) >= 3 and argv[1] == "todo":
        todo(argv[2], "--all" in argv)
    elif len(argv) == 2 and argv[1] == "english-plurals":
        english_plurals()
    elif len(argv) == 4 and argv[1] == "apply":
        apply(argv[2], argv[3])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
