#!/usr/bin/env python3
"""Validates documents against a JSON Schema with python3-jsonschema, for grantcheck's tests.

usage: validate_json.py SCHEMA DOCUMENT...

SCHEMA is checked against its own meta-schema first. A DOCUMENT ending in
.yaml or .yml is read as YAML the way YAML 1.2 and editors' YAML language
servers read it: an unquoted 2025-06-01 stays a string. Prints one line per
problem and exits 1 when there is any, 2 when a file cannot be read.
"""
import json
import sys

import jsonschema
import yaml


class Yaml12Dates(yaml.SafeLoader):
    """PyYAML's safe loader without YAML 1.1 timestamps."""


Yaml12Dates.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith((".yaml", ".yml")):
            return yaml.load(f, Loader=Yaml12Dates)
        return json.load(f)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        schema = load(argv[1])
        documents = [(path, load(path)) for path in argv[2:]]
    except (OSError, ValueError, yaml.YAMLError) as e:
        print(f"cannot read: {e}")
        return 2
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=jsonschema.FormatChecker())
    problems = 0
    for path, doc in documents:
        for error in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: /{where}: {error.message}")
            problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
