#!/usr/bin/env python3
"""Validate herstelsite --format json output against diagnostics.schema.json.

Usage: validate.py FILE.json...   (or - for standard input)
Exit 0 when every document is valid, 1 otherwise (each problem printed), 2 when the
python jsonschema package is missing (apt install python3-jsonschema).
"""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    print("validate.py: the python jsonschema package is missing (apt install python3-jsonschema)", file=sys.stderr)
    sys.exit(2)

schema = json.loads((pathlib.Path(__file__).parent / "diagnostics.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
status = 0
for name in sys.argv[1:] or ["-"]:
    text = sys.stdin.read() if name == "-" else pathlib.Path(name).read_text()
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        print(f"{name}: not one JSON document: {error}", file=sys.stderr)
        status = 1
        continue
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
        print(f"{name}: {'/'.join(map(str, error.path)) or '(document)'}: {error.message}", file=sys.stderr)
        status = 1
sys.exit(status)
