#!/usr/bin/env python3
"""Keeps docs/operations.md true: its Prometheus rules block passes `promtool
check rules`, its scrape config passes `promtool check config` (with the rules
file beside it), its fleet defaults block is a JSON object without an id or
defaults of its own, and every signpost_* metric that either block names is
one the kiosk writes (src/app/fleet_metrics.cpp).

Usage: check_operations_doc.py SOURCE_DIR"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import textwrap

root = pathlib.Path(sys.argv[1])
doc = (root / "docs/operations.md").read_text()
blocks = []  # (language, text) of every fenced block, its indentation taken off
for m in re.finditer(r"^([ \t]*)```(\w*)\n(.*?)^\1```", doc, re.S | re.M):
    blocks.append((m.group(2), textwrap.dedent(m.group(3))))

rules = [text for lang, text in blocks if lang == "yaml" and text.startswith("groups:")]
configs = [text for lang, text in blocks if lang == "yaml" and "scrape_configs:" in text]
defaults = [text for lang, text in blocks if lang == "json"]
failures = []
if len(rules) != 1 or len(configs) != 1 or len(defaults) != 1:
    failures.append(f"expected one rules block, one scrape config and one defaults block, found "
                    f"{len(rules)}, {len(configs)}, {len(defaults)}")
else:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        (tmp / "signpost.rules.yml").write_text(rules[0])
        (tmp / "prometheus.yml").write_text(configs[0])
        for args in (["check", "rules", "signpost.rules.yml"],
                     ["check", "config", "prometheus.yml"]):
            run = subprocess.run(["promtool", *args], cwd=tmp, capture_output=True, text=True)
            if run.returncode != 0:
                failures.append(f"promtool {' '.join(args)}: {run.stdout}{run.stderr}")
    fleet = json.loads(defaults[0])
    if not isinstance(fleet, dict) or "id" in fleet or "defaults" in fleet:
        failures.append("the fleet's defaults block must be an object without id or defaults")
    written = set(re.findall(r'"(signpost_[a-z_]+)', (root / "src/app/fleet_metrics.cpp").read_text()))
    named = set(re.findall(r"\b(signpost_[a-z_]+)", rules[0] + configs[0] + doc))
    named -= {"signpost_boards"}  # the job's name, not a metric
    for name in sorted(named - written):
        failures.append(f"{name}: named in docs/operations.md, not written by the kiosk")

for line in failures:
    print(line)
print(f"docs/operations.md: {len(blocks)} blocks, {len(failures)} problems")
sys.exit(1 if failures else 0)
