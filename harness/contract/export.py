"""The JSON Schemas of the machinery's records and configuration files, exported from their models.

The models (records.py, config.py, golden.py, messages.py) are the source; the schema files in schemas/ are what
other languages, editors and reviewers read. Regenerate them after changing a model:

    python -m harness.contract.export           # write every schema file
    python -m harness.contract.export --check   # exit 1, naming the files, when one differs from its model

tests/test_contract_schemas.py runs the check, so CI fails when a committed schema is stale.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter

from . import config, golden, messages, records, ydelse

SCHEMA_DIR = Path(__file__).parent / "schemas"
BASE_ID = "https://ydelsestjek.dk/contract/schemas/"
DIALECT = "https://json-schema.org/draft/2020-12/schema"

# schema file (relative to schemas/) -> the model it is exported from
SCHEMAS: dict[str, type[BaseModel] | TypeAdapter[Any]] = {
    "results.schema.json": records.RunResults,
    "records/case-record.schema.json": records.CaseRecord,
    "records/finding.schema.json": records.Finding,
    "records/gate-result.schema.json": records.GateResult,
    "records/run.schema.json": records.RunFile,
    "records/golden.schema.json": golden.GoldenFile,
    "records/manifest.schema.json": golden.Manifest,
    "records/candidate-metadata.schema.json": messages.CandidateMetadata,
    "records/answer.schema.json": TypeAdapter(messages.Answer),
    "config/rollout-policy.schema.json": config.RolloutPolicy,
    "config/waivers.schema.json": config.WaiverRegister,
    "config/compare-policy.schema.json": config.ComparePolicyFile,
    "config/comparison-rules.schema.json": config.ComparisonRules,
    "config/parameters.schema.json": config.ParameterFile,
    "config/interpretations.schema.json": config.InterpretationFile,
    "config/benefit.schema.json": ydelse.Beskrivelse,
    "config/labels.schema.json": config.Labels,
    "config/rules.schema.json": config.RuleCatalogue,
}
TITLES = {"records/answer.schema.json": "A candidate's answer for one case (adapter protocol): decision, skipped or errored"}


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of schema file `name`, as exported from its model."""
    source = SCHEMAS[name]
    body = source.json_schema() if isinstance(source, TypeAdapter) else source.model_json_schema()
    head: dict[str, Any] = {"$schema": DIALECT, "$id": BASE_ID + name}
    if name in TITLES:
        head["title"] = TITLES[name]
    return {**head, **body}


def text(name: str) -> str:
    return json.dumps(schema(name), ensure_ascii=False, indent=2) + "\n"


def stale(root: Path = SCHEMA_DIR) -> list[str]:
    """The schema files that are missing or differ from their model's export."""
    return [name for name in SCHEMAS
            if not (root / name).exists() or (root / name).read_text(encoding="utf-8") != text(name)]


def write(root: Path = SCHEMA_DIR) -> list[Path]:
    written = []
    for name in SCHEMAS:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text(name):
            path.write_text(text(name), encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.contract.export", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 when a schema file is stale")
    args = parser.parse_args(argv)
    if args.check:
        names = stale()
        for name in names:
            print(f"{SCHEMA_DIR / name}: differs from its model; run `python -m harness.contract.export`", file=sys.stderr)
        return 1 if names else 0
    for path in write():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
