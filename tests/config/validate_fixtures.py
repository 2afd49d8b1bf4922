#!/usr/bin/env python3
"""Checks config/schema/location.schema.json against the config fixtures and the
shipped configs: the schema is valid draft 2020-12, every valid fixture and
config/*.json passes it (a shared defaults file that a config names, without
its required keys), and many-errors.json fails at the keys the loader also
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
# Hidden files in config/ are the working copies scripts write beside a config
# while they run (scripts/config_copy.py: the soak's, the measurements'), not
# the project's configs.
configs = [data / "full.json", data / "minimal.json", data / "example.json",
           data / "site/relative-paths.json",
           *sorted(p for p in (root / "config").glob("*.json") if not p.name.startswith("."))]
# A shared defaults file that a config names holds the same keys, none required
# and no "defaults" of its own.
named_defaults = {(path.parent / json.loads(path.read_text())["defaults"]).resolve()
                  for path in configs if "defaults" in json.loads(path.read_text())}
defaults_schema = {k: v for k, v in schema.items() if k not in ("required", "if", "then")}
defaults_schema["not"] = {"required": ["defaults"]}
defaults_validator = jsonschema.Draft202012Validator(defaults_schema)
valid = []
for path in configs:
    if path.resolve() in named_defaults:
        continue
    valid.append(path)
    for error in validator.iter_errors(json.loads(path.read_text())):
        failures.append(f"{path}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")
for path in sorted(named_defaults):
    valid.append(path)
    for error in defaults_validator.iter_errors(json.loads(path.read_text())):
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
