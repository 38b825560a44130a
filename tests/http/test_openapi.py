"""The OpenAPI 3.1 contract: well-formed, every $ref resolves, the benefit schemas are referenced (not copied),
and what the sample service really answers over HTTP validates against it."""
from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from harness.contract import schemas
from tests.http.conftest import TOKEN

OPENAPI = Path(__file__).resolve().parents[2] / "harness" / "contract" / "openapi.yaml"
DOC = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def refs(node: object, out: list) -> list:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            out.append(node["$ref"])
        for value in node.values():
            refs(value, out)
    elif isinstance(node, list):
        for value in node:
            refs(value, out)
    return out


def pointer(doc: dict, ref: str) -> object:
    node = doc
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def test_structure_is_openapi_3_1():
    assert DOC["openapi"].startswith("3.1.")
    assert DOC["info"]["title"] and DOC["info"]["version"]
    assert set(DOC["paths"]) == {"/info", "/v1/{ydelse}/decisions", "/v1/{ydelse}/decisions/batch"}
    for path, item in DOC["paths"].items():
        for method, op in item.items():
            assert method in METHODS, (path, method)
            assert op["responses"] and "200" in op["responses"], (path, method)
            assert op["operationId"]
            templated = {p.strip("{}") for p in path.split("/") if p.startswith("{")}
            declared = {pointer(DOC, p["$ref"])["name"] if "$ref" in p else p["name"] for p in op.get("parameters", [])}
            assert templated == declared, (path, templated, declared)
    assert DOC["components"]["securitySchemes"]["bearer"] == {"type": "http", "scheme": "bearer"}


def test_every_ref_resolves_and_benefit_schemas_are_referenced_not_copied():
    all_refs = refs(DOC, [])
    files = set()
    for ref in all_refs:
        if ref.startswith("#/"):
            pointer(DOC, ref)                                    # KeyError if dangling
        else:
            target = (OPENAPI.parent / ref.split("#")[0]).resolve()
            assert target.is_file(), ref
            assert json.loads(target.read_text(encoding="utf-8"))["$id"]
            files.add(target)
    for benefit in schemas.benefits():                       # every benefit the contract knows, both directions
        assert schemas.schema_path(benefit, "case").resolve() in files
        assert schemas.schema_path(benefit, "decision").resolve() in files
    text = OPENAPI.read_text(encoding="utf-8")
    assert "foerste_fravaersdag" not in text and "udbetalinger" not in text    # not copied


@pytest.fixture(scope="module")
def component():
    """A validator for `#/components/schemas/<name>` with the schema files resolved like a client would."""
    base = OPENAPI.resolve().as_uri()
    resources = [(base, Resource(contents=DOC, specification=DRAFT202012))]
    for path in schemas.schema_files():
        contents = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(contents)
        resources += [(path.resolve().as_uri(), resource), (contents["$id"], resource)]
    registry = Registry().with_resources(resources)

    def validate(name: str, instance: object) -> list[str]:
        v = Draft202012Validator({"$ref": f"{base}#/components/schemas/{name}"}, registry=registry,
                                 format_checker=FormatChecker())
        return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in v.iter_errors(instance)]
    return validate


def test_sample_service_answers_validate_against_the_contract(reference_service, component):
    from harness.golden.store import load_goldens
    by_benefit: dict[str, list] = {}
    for g in load_goldens():
        by_benefit.setdefault(g.ydelse, []).append(g)
    assert set(by_benefit) == set(schemas.benefits())
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=reference_service.url, headers=headers) as client:
        info = client.get("/info").json()
        assert component("Metadata", info) == [] and set(info["ydelser"]) == set(by_benefit)
        for ydelse, goldens in by_benefit.items():
            goldens = goldens[:12]
            single = client.post(f"/v1/{ydelse}/decisions", json=goldens[0].case)
            assert single.status_code == 200 and component("DecisionResult", single.json()) == []
            assert single.json()["decision"] == goldens[0].decision
            batch = client.post(f"/v1/{ydelse}/decisions/batch", json={"cases": [g.case for g in goldens]})
            items = batch.json()["results"]
            assert [i["sags_id"] for i in items] == [g.case["sags_id"] for g in goldens]
            assert all(component("CaseResult", i) == [] for i in items)
            assert [i["decision"] for i in items] == [g.decision for g in goldens]
            bad = client.post(f"/v1/{ydelse}/decisions", json={**goldens[0].case, "ydelse": 7})
            assert bad.status_code == 422 and component("ErrorResult", bad.json()) == []
            other = next(b for b in by_benefit if b != ydelse) if len(by_benefit) > 1 else None
            if other:     # a case of one benefit sent to another's path is refused, not computed
                wrong = client.post(f"/v1/{other}/decisions", json=goldens[0].case)
                assert wrong.status_code == 422 and "is not the path's" in wrong.json()["error"]["message"]
        sdp = by_benefit["sygedagpenge"][0].case
        broken = {k: v for k, v in sdp.items() if k != "status"}
        broken_answer = client.post("/v1/sygedagpenge/decisions", json=broken)
        assert broken_answer.status_code == 422 and component("ErrorResult", broken_answer.json()) == []
        assert broken_answer.json()["error"]["problems"][0]["field"]
        early = json.loads(json.dumps(sdp))
        early["fravaer"] = {"foerste_fravaersdag": "2010-01-04", "sidste_fravaersdag": "2010-02-01"}
        skipped = client.post("/v1/sygedagpenge/decisions", json=early)
        assert skipped.status_code == 200 and component("SkippedResult", skipped.json()) == []
        assert component("CaseResult", {"sags_id": "x", "decision": {"not": "a decision"}}) != []   # the check can fail
        assert client.get("/info", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_the_benefit_lists_are_the_registry():
    """The path parameter's enum and the Case/Decision lists name exactly the installed benefits."""
    from harness.contract.ydelse import alle
    assert DOC["components"]["parameters"]["ydelse"]["schema"]["enum"] == sorted(alle())
    for kind in ("Case", "Decision"):
        files = [ref["$ref"].split("/")[2] for ref in DOC["components"]["schemas"][kind]["oneOf"]]
        assert files == sorted(alle()), kind


def _internal_refs_resolve(doc: dict) -> list[str]:
    all_refs = refs(doc, [])
    for ref in all_refs:
        assert ref.startswith("#/"), ref                       # stands alone: no file, no URL
        pointer(doc, ref)
    return all_refs


def test_the_served_document_has_one_path_per_benefit_and_stands_alone(reference_service):
    from harness.contract.openapi import document
    from harness.contract.ydelse import alle
    served = httpx.get(reference_service.url + "/openapi.json").json()
    assert served == json.loads(json.dumps(document()))
    names = sorted(alle())
    assert set(served["paths"]) == {"/info"} | {f"/v1/{n}/decisions{s}" for n in names for s in ("", "/batch")}
    _internal_refs_resolve(served)
    registry = Registry().with_resource("urn:served", Resource(contents=served, specification=DRAFT202012))
    golden = {g.ydelse: g for g in __import__("harness.golden.store", fromlist=["x"]).load_goldens()}
    for n in names:
        op = served["paths"][f"/v1/{n}/decisions"]["post"]
        assert "parameters" not in op and op["operationId"] == f"decide_{n}"
        body = op["requestBody"]["content"]["application/json"]["schema"]
        assert body == {"$ref": f"#/components/schemas/Case_{n}"}
        v = Draft202012Validator({"$ref": f"urn:served#/components/schemas/Case_{n}"}, registry=registry,
                                 format_checker=FormatChecker())
        assert v.is_valid(golden[n].case)                                   # its own benefit's case
        assert not v.is_valid({**golden[n].case, "sags_id": 7})
        others = [o for o in names if o != n]
        assert all(not v.is_valid(golden[o].case) for o in others)         # not another benefit's


def test_unknown_benefit_is_404_and_only_a_string_sags_id_is_echoed(reference_service, component):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=reference_service.url, headers=headers) as client:
        for path in ("/v1/_/decisions", "/v1/ukendt/decisions/batch", "/v1/Sygedagpenge/decisions"):
            got = client.post(path, json={"cases": []})
            assert got.status_code == 404 and component("ErrorResult", got.json()) == [], path
        bad = client.post("/v1/sygedagpenge/decisions", json={"sags_id": {}, "ydelse": "sygedagpenge"})
        assert bad.status_code == 422 and component("ErrorResult", bad.json()) == [] and bad.json().get("sags_id") is None
        batch = client.post("/v1/sygedagpenge/decisions/batch", json={"cases": [{"sags_id": 5}, "x"]}).json()
        assert component("CaseResult", batch["results"][0]) == [] and batch["results"][0]["sags_id"] is None
        too_many = client.post("/v1/sygedagpenge/decisions/batch", json={"cases": [{}] * 1001})
        assert too_many.status_code == 422 and "at most 1000" in too_many.json()["error"]["message"]


def test_openapi_command_writes_the_served_document(tmp_path):
    from typer.testing import CliRunner

    from harness.cli import app
    from harness.contract.openapi import document
    res = CliRunner().invoke(app, ["openapi", "--out", str(tmp_path / "openapi.json")])
    assert res.exit_code == 0, res.output
    assert json.loads((tmp_path / "openapi.json").read_text(encoding="utf-8")) == json.loads(json.dumps(document()))
