#!/usr/bin/env python3
"""engine/plan/plan.schema.json against the plan-format examples: every example is valid,
and documents the loader rejects for their shape are invalid. The C++ loader is the source
of truth; this keeps the published schema in step with it."""
import glob, json, os, sys

import jsonschema

root = sys.argv[1]
schema = json.load(open(os.path.join(root, "engine/plan/plan.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

failures = []
examples = sorted(glob.glob(os.path.join(root, "tests/data/plan/format-*.json")))
if len(examples) < 5:
    failures.append(f"expected at least 5 examples, found {len(examples)}")
for path in examples:
    for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
        failures.append(f"{path}: {error.json_path}: {error.message}")

rejected = [
    '{}', '[]', '{"rows": null}', '{"rows": {}}', '{"format": "planlint.plan/2", "rows": []}',
    '{"rows": ["Tiêu chí 1.1"]}', '{"rows": [{"owners": 3}]}', '{"rows": [{"actions": ["Họp", true]}]}',
    '{"rows": [{"timeline": 2024}]}', '{"rows": [{"timeline": {"start": 5}}]}',
    '{"rows": [{"target_level": 7}]}', '{"rows": [{"target_level": 0}]}',
    '{"rows": [], "self_assessment": {"results": [{"level": 2.5}]}}',
    '{"rows": [], "self_assessment": {"target_level": false}}',
    '{"rows": [], "school": {"level": "THCS"}}', '{"rows": [], "school": "Trường THCS"}',
    '{"rows": [], "sections": {}}',
]
for text in rejected:
    if validator.is_valid(json.loads(text)):
        failures.append(f"schema accepts what the loader rejects: {text}")

for f in failures:
    print(f)
print(f"{len(examples)} examples valid, {len(rejected)} invalid documents rejected" if not failures else "FAILED")
sys.exit(1 if failures else 0)
