#!/usr/bin/env python3
"""Checks config/schema/location.schema.json against the config fixtures and the
shipped configs: the schema is valid draft 2020-12, every valid fixture and
config/*.json passes it, and many-errors.json fails at the keys the loader also
reports (all but the time zone, which only the program can check). Checks the
venue graphs (tests/data/config/graphs, config/venues) against
config/schema/venue-graph.schema.json the same way.

Usage: validate_fixtures.py SOURCE_DIR"""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(sys.argv[1])
schema = json.loads((root / "config/schema/location.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
data = root / "tests/data/config"

failures = []
valid = [data / "full.json", data / "minimal.json", data / "example.json",
         data / "site/relative-paths.json", *sorted((root / "config").glob("*.json"))]
for path in valid:
    for error in validator.iter_errors(json.loads(path.read_text())):
        failures.append(f"{path}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")

expected = {"", "/id", "/location/name", "/feed/source", "/feed/poll_seconds", "/display/width",
            "/display/rotation", "/pages/0/kind", "/pages/0/dwell_seconds", "/languages",
            "/theme/background", "/directions/ccib/arrow"}
found = {"/" + "/".join(map(str, e.absolute_path)) if e.absolute_path else ""
         for e in validator.iter_errors(json.loads((data / "many-errors.json").read_text()))}
if found != expected:
    failures.append(f"many-errors.json: schema errors at {sorted(found)}, expected {sorted(expected)}")

# Venue graphs: the fixtures and the shipped ones, against their own schema.
graph_schema = json.loads((root / "config/schema/venue-graph.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(graph_schema)
graph_validator = jsonschema.Draft202012Validator(graph_schema)
graphs = [*sorted((data / "graphs").glob("*.json")), *sorted((root / "config/venues").glob("*.json"))]
for path in graphs:
    for error in graph_validator.iter_errors(json.loads(path.read_text())):
        failures.append(f"{path}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")
valid += graphs

for line in failures:
    print(line)
print(f"{len(valid)} valid files checked, {len(failures)} problems")
sys.exit(1 if failures else 0)
