"""Red team r13 F1: the bench's cases as a case system writes them (harness/dressing.py).

The dressing must change nothing the law decides: the reference's decision on a dressed case equals its decision on
the case undressed, over every golden of every benefit and many generated cases (the decisions echo only the
sags_id, which the dressing leaves alone). And it must remove both tells: every person has a CPR number consistent
with its birth date and a name, and every defaulted field is now present, now absent."""
from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter

import pytest

from harness import sample
from harness.compare import compare_decisions, load_policy
from harness.contract import schemas
from harness.contract.ydelse import alle
from harness.dressing import case_schema, dress, other_identity
from harness.golden.store import GOLDEN_DIR
from harness.reference import calculate
from harness.toolkit import personer
from harness.toolkit.errors import CaseError, OutOfScope

BENEFITS = ("sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse")
PERSONS = {"sygedagpenge": (("person",),),
           "kontanthjaelp": (("husstand", "ansoeger"), ("husstand", "aegtefaelle")),
           "ressourceforloebsydelse": (("person",),)}
DEFAULTED = {"sygedagpenge": ("ville_have_ret_til_arbejdsloeshedsdagpenge", "fravaer.foerste_dag_delvis"),
             "kontanthjaelp": ("husstand.ekstra_boernetilskud", "husstand.ansoeger.psykisk_lidelse"),
             "ressourceforloebsydelse": ("person.hjemmeboende",)}
GENERATED = 250                # per benefit and seed
SEEDS = (20261127, 7)
REAL = pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set")


def _decision(case: dict) -> object:
    try:
        return calculate(case)
    except (CaseError, OutOfScope) as exc:
        return f"{type(exc).__name__}: {exc}"


def _same(ydelse: str, dressed: object, plain: object) -> bool:
    """The same decision by the bench's own comparison (a decision's lists compared by their keys: an unordered
    list sent in another order may give its entries in that order), or the same kind of refusal (whose message may
    name a list entry by its place)."""
    if isinstance(dressed, dict) and isinstance(plain, dict):
        return compare_decisions(load_policy(), ydelse, plain, dressed) == []
    return isinstance(dressed, str) and isinstance(plain, str) and dressed.split(":")[0] == plain.split(":")[0]


def _get(case: dict, path: tuple[str, ...]) -> object:
    node: object = case
    for part in path:
        node = node.get(part) if isinstance(node, dict) else None
    return node


def _check_persons(ydelse: str, case: dict) -> int:
    """Every person in the case has a name and a CPR number that says the birth date the case states; how many."""
    n = 0
    for path in PERSONS[ydelse]:
        person = _get(case, path)
        if person is None:
            continue
        assert isinstance(person, dict) and isinstance(person.get("navn"), str) and person["navn"].strip()
        number = person["cpr"]
        assert personer.CPR.match(number), number
        born = personer.birth_date(number)
        assert born is not None, number
        stated = person.get("foedselsdato") or (case.get("foedselsdato") if path == ("person",) else None)
        if stated:
            assert born.isoformat() == stated, (number, stated)
        n += 1
    return n


def _generated(ydelse: str, seed: int) -> list[tuple[dict, dict]]:
    """(as the sample sends it, as the generator made it with the same case id)."""
    gen, rules = alle()[ydelse].generators, load_policy().rules(ydelse)
    assert gen is not None
    prefix = alle()[ydelse].beskrivelse.id_praefiks
    out = []
    for n in range(1, GENERATED + 1):
        sent = sample.generated(ydelse, gen, n, seed, prefix, None, rules)
        plain = gen.bulk_case(n, seed)
        plain["sags_id"] = sent["sags_id"]
        out.append((sent, plain))
    return out


@REAL
@pytest.mark.parametrize("ydelse", BENEFITS)
def test_every_golden_dressed_is_valid_and_decided_as_undressed(ydelse):
    valid = schemas.validator(ydelse, "case").is_valid
    persons = 0
    for path in sorted((GOLDEN_DIR / ydelse).glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))["case"]
        for k in range(2):
            dressed = dress(case, ydelse, random.Random(f"{path.name}:{k}"))
            assert valid(dressed), path.name
            assert _same(ydelse, _decision(dressed), _decision(case)), f"{path.name}: the dressing changed the decision"
            persons += _check_persons(ydelse, dressed)
    assert persons


@pytest.mark.parametrize("ydelse", BENEFITS)
@pytest.mark.parametrize("seed", SEEDS)
def test_the_samples_generated_cases_are_dressed_valid_and_decided_as_undressed(ydelse, seed):
    valid = schemas.validator(ydelse, "case").is_valid
    decided = changed = 0
    for sent, plain in _generated(ydelse, seed):
        changed += sent != plain
        assert valid(sent)
        d = _decision(sent)
        assert _same(ydelse, d, _decision(plain)), f"{sent['sags_id']}: the dressing changed the decision"
        decided += isinstance(d, dict)
        _check_persons(ydelse, sent)
    # most cases are changed: a case that already names its persons and writes none of its defaults is not
    assert decided >= GENERATED // 2 and changed >= 0.75 * GENERATED


@pytest.mark.parametrize("ydelse", BENEFITS)
def test_each_defaulted_field_is_written_out_in_about_half_the_cases_and_is_reproducible(ydelse):
    """Both tells gone: a defaulted field written out says nothing (present in about half the cases that lack it),
    and neither does a case with all of them written out."""
    defaulted = DEFAULTED[ydelse]
    assert case_schema(ydelse) is not None
    written: Counter[str] = Counter()
    pairs = _generated(ydelse, SEEDS[0])
    for sent, plain in pairs:
        for key in defaulted:
            if _get(plain, tuple(key.split("."))) is None and _get(sent, tuple(key.split("."))) is not None:
                written[key] += 1
    for key in defaulted:
        lacking = sum(_get(plain, tuple(key.split("."))) is None for _, plain in pairs)
        assert 0.35 * lacking < written[key] < 0.65 * lacking, (key, written[key], lacking)
    # as a case system's export: a good share of the cases write every default they lack, as many write none
    # (red team r14: written 50/50 per field, almost no case wrote all of them)
    styles = Counter()
    for sent, plain in pairs:
        lacking = [k for k in defaulted if _get(plain, tuple(k.split("."))) is None]
        if len(lacking) >= 2:
            shown = sum(_get(sent, tuple(k.split("."))) is not None for k in lacking)
            styles["all" if shown == len(lacking) else "none" if shown == 0 else "some"] += 1
    total = sum(styles.values())
    assert len(defaulted) < 2 or (total and styles["all"] > 0.25 * total and styles["none"] > 0.25 * total
                                  and styles["some"] > 0), styles
    assert [s for s, _ in _generated(ydelse, SEEDS[0])] == [s for s, _ in pairs]      # the seed replays the sample


def test_a_cpr_number_says_its_birth_date_and_century():
    rng = random.Random(1)
    for born in (dt.date(1858, 1, 1), dt.date(1899, 12, 31), dt.date(1936, 2, 29), dt.date(1937, 6, 1),
                 dt.date(1999, 12, 31), dt.date(2000, 1, 1), dt.date(2036, 7, 7), dt.date(2037, 1, 1),
                 dt.date(2057, 12, 31)):
        for _ in range(50):
            number = personer.cpr(born, rng)
            assert personer.birth_date(number) == born, number
            assert personer.passes_mod11(number), number      # as every number issued before 2007 (red team r14)
    assert personer.birth_date("300280-1234") is None            # 30 February
    assert personer.passes_mod11("070761-4285") and not personer.passes_mod11("070761-4286")
    forms = {len(personer.cpr(dt.date(1980, 1, 1), rng)) for _ in range(100)}
    assert forms == {10, 11}                  # with and without the hyphen, as case systems write it (red team r13)
    assert personer.is_woman(personer.cpr(dt.date(1980, 1, 1), rng, kvinde=True))
    assert not personer.is_woman(personer.cpr(dt.date(1980, 1, 1), rng, kvinde=False))
    on = dt.date(2024, 2, 29)
    for age in (18, 25, 66):
        born = personer.born_at_age(age, on, rng)
        years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
        assert years == age


def test_a_stated_age_or_an_inconsistent_cpr_number_is_respected():
    """Generic by the schema: an age without a birth date gives a birth date consistent with it on the case's date;
    a CPR number contradicting the stated birth date is drawn again; Danish letters are in the names."""
    schema = {"type": "object", "properties": {
        "dato": {"type": "string"},
        "p": {"type": "object", "properties": {"navn": {"type": "string"}, "cpr": {"type": "string"},
                                               "alder": {"type": "integer"}}},
        "q": {"type": "object", "properties": {"navn": {"type": "string"}, "cpr": {"type": "string"},
                                               "foedselsdato": {"type": "string"}}},
        "ja": {"type": "boolean", "default": False}}}
    names = set()
    for k in range(200):
        case = {"dato": "2025-03-01", "p": {"alder": 30},
                "q": {"foedselsdato": "1990-05-17", "cpr": "010101-1234", "navn": "Anna Jensen"}}
        out = dress(case, "x", random.Random(k), schema=schema)
        born = personer.birth_date(out["p"]["cpr"])
        assert born is not None and dt.date(1994, 3, 2) <= born <= dt.date(1995, 3, 1)
        assert out["q"]["cpr"].startswith("170590") and out["q"]["navn"] == "Anna Jensen"
        assert personer.is_woman(out["q"]["cpr"])                      # Anna: even last digit
        names.add(out["p"]["navn"])
        assert case["p"] == {"alder": 30}                               # the case itself is not changed
    assert any(c in n for n in names for c in "æøåÆØÅ")


@pytest.mark.parametrize("ydelse", ("kontanthjaelp", "ressourceforloebsydelse"))
def test_the_identity_property_holds_on_the_reference_and_catches_a_system_using_the_name(ydelse):
    gen = alle()[ydelse].generators
    assert gen is not None
    prop = next(p for p in gen.PROPERTIES if p.name == "navn_og_cpr_uden_betydning")
    checked = 0
    for sent, _ in _generated(ydelse, SEEDS[1])[:60]:
        d = _decision(sent)
        if not isinstance(d, dict):
            continue
        other = other_identity(sent, ydelse)
        assert other != sent and _decision(other) == d
        assert prop.check(calculate, sent, d) is None
        name = json.dumps(sent, ensure_ascii=False)

        def by_name(case: dict, name: str = name) -> dict:       # pays nothing when the name is another
            out = calculate(case)
            return out if json.dumps(case, ensure_ascii=False) == name else {**out, "maaneder": []}
        assert prop.check(by_name, sent, d)
        checked += 1
    assert checked >= 20


def _lists_in_a_fresh_process(state: str) -> dict:
    """Faker's lists as personer._lists() gives them in a new process with `state` as its state folder, and whether
    that process imported Faker."""
    import subprocess
    import sys
    code = ("import json, sys; from harness.toolkit import personer; lists = personer._lists(); "
            "print(json.dumps({'faker': 'faker' in sys.modules, 'lists': lists}))")
    env = {**__import__("os").environ, "YDELSESTJEK_STATE_DIR": state}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_the_name_lists_are_faker_s_and_kept_copies_are_used_only_when_they_are_sound(tmp_path):
    """The name lists are read from the state folder's sealed copy instead of importing Faker (its package start
    costs a run tens of ms) only while the copy is this user's, unedited and made from the same provider files; a
    copy edited to one short list (resealed or not), a broken one, or one made from other provider files is rebuilt
    from Faker."""
    from harness import seal
    first = _lists_in_a_fresh_process(str(tmp_path))
    assert first["faker"] is True
    kept = tmp_path / personer.NAMES_CACHE
    again = _lists_in_a_fresh_process(str(tmp_path))
    assert again == {"faker": False, "lists": first["lists"]}
    assert sum(len(names) for three in first["lists"].values() for names in three) > 5000

    seal_line, payload = kept.read_bytes().split(b"\n", 1)
    data = json.loads(payload)
    short = {**data, "lists": {k: [["Bo"], ["Ida"], ["Hansen"]] for k in data["lists"]}}
    secret = (tmp_path / seal.KEY_FILE).read_text(encoding="ascii").strip()

    def sealed(doc: dict, key: bytes) -> bytes:
        body = json.dumps(doc).encode()
        return seal.mac(key, personer.CACHE_DOMAIN, body).encode() + b"\n" + body

    for planted in (seal_line + b"\n" + json.dumps(short).encode(),                   # edited, old seal
                    sealed(short, b"another user's key"),                               # resealed without the key
                    sealed({**data, "stamp": [[r[0], r[1] + 1, r[2]] for r in data["stamp"]]},
                           bytes.fromhex(secret)),                                      # made from other files
                    sealed({**data, "lists": {**data["lists"], "da_DK": [[1], [2], [3]]}},
                           bytes.fromhex(secret)),                                      # not names
                    sealed({**data, "lists": {k: v for k, v in data["lists"].items() if k != "tr_TR"}},
                           bytes.fromhex(secret)),                                      # a locale less
                    b"\x00not json"):
        kept.write_bytes(planted)
        assert _lists_in_a_fresh_process(str(tmp_path)) == {"faker": True, "lists": first["lists"]}
    short_sealed = sealed(short, bytes.fromhex(secret))     # the control: the same edit sealed with the key is read
    kept.write_bytes(short_sealed)
    assert _lists_in_a_fresh_process(str(tmp_path))["lists"]["da_DK"] == [["Bo"], ["Ida"], ["Hansen"]]


def _lists(node: object, schema: dict, path: str, out: dict[str, list]) -> None:
    """Every list under node with its schema path ([] for an item), keyed by that path."""
    from harness.dressing import _folded
    if isinstance(node, list):
        out.setdefault(path, []).append((node, schema))
        items = schema.get("items")
        for v in node if isinstance(items, dict) else ():
            _lists(v, _folded(items), path + "[]", out)
    elif isinstance(node, dict):
        for name, sub in schema.get("properties", {}).items():
            if name in node:
                _lists(node[name], _folded(sub), f"{path}.{name}", out)


@pytest.mark.parametrize("ydelse", BENEFITS)
def test_unordered_lists_are_sent_as_written_newest_first_or_shuffled_and_ordered_ones_never(ydelse):
    """Red team r18: every list came in date order, so a system reading a list's last entry as its newest was right
    on every case the bench made. A list the contract marks `x-uordnet` is now sent in the order written, reversed or
    shuffled, each in about a third of the cases; a list whose order the contract fixes (a gradvis tilbagevenden's
    periods, holidays) keeps it."""
    schema = case_schema(ydelse)
    assert schema is not None
    styles: Counter[str] = Counter()
    for sent, plain in _generated(ydelse, SEEDS[0]):
        got: dict[str, list] = {}
        had: dict[str, list] = {}
        _lists(sent, schema, "", got)
        _lists(plain, schema, "", had)
        for path, entries in had.items():
            assert sorted(_fingerprint(v) for lst, _ in got[path] for v in lst) == \
                sorted(_fingerprint(v) for lst, _ in entries for v in lst), path              # nothing lost or added
            if "[]" in path:
                continue                      # a list inside a list's entries: its order is seen in the outer one's
            for (before, s), (after, _) in zip(entries, got[path]):
                if len({_fingerprint(v) for v in before}) < max(len(before), 2):
                    continue                                        # one entry, or two the same: no order to see
                if s.get("x-uordnet") is not True:
                    assert [v.get("fra") for v in after] == [v.get("fra") for v in before], path
                    continue
                order = [_fingerprint(v) for v in after]
                written = [_fingerprint(v) for v in before]
                styles["skrevet" if order == written else "nyeste_foerst" if order == written[::-1] else "tilfaeldig"] += 1
    total = sum(styles.values())
    assert total > 50, styles
    for style in ("skrevet", "nyeste_foerst", "tilfaeldig"):
        assert styles[style] > 0.15 * total, styles


def _fingerprint(entry: object) -> str:
    """An entry by what the generator wrote of it: the dressing adds identity and defaulted yes/no fields, and
    reorders the lists inside it (checked on their own)."""
    if isinstance(entry, dict):
        return json.dumps({k: v for k, v in entry.items() if k not in ("cpr", "navn")
                           and not isinstance(v, (bool, list, dict))}, sort_keys=True)
    return json.dumps(entry, sort_keys=True)


@pytest.mark.parametrize("ydelse", BENEFITS)
def test_the_oracle_free_properties_hold_on_the_reference_for_dressed_cases(ydelse):
    """The fuzz stage checks its properties on dressed cases, whose unordered lists come in any order: a property
    that took the last month listed for the latest (kontanthjælp's en_maaned_alene did) would call the law wrong."""
    gen = alle()[ydelse].generators

    def decide(case: dict) -> dict | None:
        try:
            return calculate(case)
        except (CaseError, OutOfScope):
            return None
    checked = 0
    for n in range(150):
        case = dress(gen.bulk_case(n, 21), ydelse, random.Random(n))
        if (d := decide(case)) is None:
            continue
        checked += 1
        for prop in gen.PROPERTIES:
            assert prop.check(decide, case, d) is None, (prop.name, case["sags_id"])
    assert checked > 100
