#!/usr/bin/env python3
"""A copy of a location config with some keys changed, for the measuring scripts.

The copy is written beside the original, in the same folder, so every path in
it (feed and live sources, venue graph, shared defaults, font files, logo...)
resolves as the original's does, whatever keys the config format gains: only
the changed keys differ. Objects in CHANGES are merged key by key into the
config's own (as a location config merges its shared defaults); anything else
replaces the key. The copy's name starts with a dot and holds ".copy-" (git
ignores it); the caller removes it.

    scripts/config_copy.py CONFIG [CHANGES_JSON]     prints the copy's path

As a module (measure-start.py, soak.sh): copy_beside(config, changes) -> path,
and merged(config): the config's own keys over those of its "defaults" file,
to read what the kiosk will see.
"""
import itertools
import json
import os
import sys

_counter = itertools.count()


def _merge(base, changes):
    out = dict(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


def _load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def merged(config):
    own = _load(config)
    defaults = own.get("defaults")
    if not isinstance(defaults, str):
        return own
    path = os.path.join(os.path.dirname(os.path.abspath(config)), defaults)
    return _merge(_load(path), {k: v for k, v in own.items() if k != "defaults"})


def copy_beside(config, changes):
    folder, name = os.path.split(os.path.abspath(config))
    stem = os.path.splitext(name)[0]
    path = os.path.join(folder, f".{stem}.copy-{os.getpid()}-{next(_counter)}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(_merge(_load(config), changes), f, ensure_ascii=False, indent=2)
    return path


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    print(copy_beside(sys.argv[1], json.loads(sys.argv[2]) if len(sys.argv) == 3 else {}))
