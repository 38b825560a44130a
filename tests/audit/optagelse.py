"""Recorded audit input for the tests: generated cases with the reference's decisions, some of them planted
wrong by hand, and personal data (CPR numbers, names) in every case, so a test can see that none leaves."""
from __future__ import annotations

import copy
import hashlib
import hmac
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

import orjson

from harness.contract.ydelse import find
from harness.reference import OutOfScope, calculate

SALT = "kommunens-hemmelige-noegle"


@cache
def key(salt: str = SALT) -> bytes:
    """The pseudonym key as docs/audit.md gives it (scrypt of the salt), not by the code under test."""
    return hashlib.scrypt(salt.encode(), salt=b"ydelsestjek audit: pseudonym key v1", n=2**17, r=8, p=1,
                          maxmem=2**28, dklen=32)


def pseudonym(sags_id: str, kind: str = "sag", salt: str = SALT) -> str:
    """Computed here as the documentation says (HMAC-SHA256 under the key derived from the salt), not by the code
    under test."""
    return hmac.new(key(salt), f"{kind}\0{sags_id}".encode(), hashlib.sha256).hexdigest()[:24]


def cpr(i: int) -> str:
    return f"{(i % 28) + 1:02d}0{(i % 9) + 1}{70 + i % 30:02d}-{1000 + i:04d}"


def navn(i: int) -> str:
    return f"Testborger{i:05d} Hansen-Ødegaard"


@dataclass
class Plantet:
    """One wrong decision planted by hand, and what the audit must find (computed by the planting, not the code)."""
    sags_id: str
    felter: dict[str, Decimal | None]     # differing field -> kroner (None: not a paid amount)
    maaneder: dict[str, Decimal] = field(default_factory=dict)   # month -> kroner
    klasser: set[str] = field(default_factory=set)
    rod_regel: str | None = None           # the root rule of the field marked `rod_felt`
    rod_felt: str | None = None

    @property
    def kroner(self) -> Decimal:
        return sum((k for k in self.felter.values() if k is not None), Decimal("0"))


def cases(ydelse: str, n: int, seed: int = 11) -> list[tuple[dict, dict]]:
    """(case, full reference decision) for n in-scope generated cases, each with a CPR number and a name."""
    gen = find(ydelse).generators
    out = []
    i = 0
    while len(out) < n:
        case = gen.bulk_case(i, seed)
        i += 1
        case["sags_id"] = f"SAG-{ydelse[:3].upper()}-{i:06d}"
        person = i if ydelse == "sygedagpenge" else 5000 + i   # one citizen per case
        if ydelse == "sygedagpenge":
            case["person"] = {"cpr": cpr(person), "navn": navn(person)}
        else:
            case["husstand"]["ansoeger"]["cpr"] = cpr(person)
            case["husstand"]["ansoeger"]["navn"] = navn(person)
        try:
            out.append((case, calculate(case)))
        except OutOfScope:
            continue
    return out


def _kr(x: Decimal) -> str:
    return f"{x.quantize(Decimal('0.01')):f}"


def _steps(d: dict) -> dict:
    return {s["id"]: s for s in d["begrundelse"]}


def plant(records: list[tuple[dict, dict]]) -> tuple[list[dict], list[Plantet]]:
    """Lines for a recorded file (case + decision), with wrong decisions planted in some of them."""
    lines = [{"case": c, "decision": copy.deepcopy(d)} for c, d in records]
    planted: list[Plantet] = []
    used: set[int] = set()

    def pick(pred) -> int:
        i = next(i for i, (c, d) in enumerate(records) if i not in used and pred(c, d))
        used.add(i)
        return i

    sdp = [i for i, (c, _) in enumerate(records) if c["ydelse"] == "sygedagpenge"]
    if sdp:
        # 1. one week paid 100 kr. too much (and the total with it): +100, in that week's month
        i = pick(lambda c, d: c["ydelse"] == "sygedagpenge" and len(d["udbetalinger"]) >= 3)
        d = lines[i]["decision"]
        week = d["udbetalinger"][1]
        week["beloeb"] = _kr(Decimal(week["beloeb"]) + 100)
        d["udbetalt_i_alt"]["beloeb"] = _kr(Decimal(d["udbetalt_i_alt"]["beloeb"]) + 100)
        f = f"udbetalinger[{week['uge']}].beloeb"
        planted.append(Plantet(c_id(records, i), {f: Decimal("100.00"), "udbetalt_i_alt.beloeb": None},
                               {week["fra"][:7]: Decimal("100.00")}, {"forkert_beloeb"},
                               _steps(d)[week["trin"]]["regel"], f))
        # 2. a forgotten AM-bidrag, explained by the candidate itself: its § 47 step gives the wage before the 8 %,
        #    and the last week is paid 37.50 kr. more. The root is § 47 (the candidate's own explanation), not § 50.
        i = pick(lambda c, d: c["ydelse"] == "sygedagpenge" and len(d["udbetalinger"]) >= 2
                 and any(s["regel"] == "SDL-47-TIMEFORTJENESTE" for s in d["begrundelse"])
                 and not any(s["loft_anvendt"] for s in d["satsperioder"]) and not c.get("andre_ansaettelser")
                 and not c["fravaer"].get("gradvis") and "sidste_ansaettelsesdag" not in c["ansaettelse"])
        #    (the week's root is then § 47's wage, not a cap, a gradvis step or § 51 after the employment ended)
        d = lines[i]["decision"]
        s47 = next(s for s in d["begrundelse"] if s["regel"] == "SDL-47-TIMEFORTJENESTE")
        s47["resultat"]["timefortjeneste_efter_am"] = s47["input"]["timefortjeneste_foer_am"]
        week = d["udbetalinger"][-1]
        week["beloeb"] = _kr(Decimal(week["beloeb"]) + Decimal("37.50"))
        d["udbetalt_i_alt"]["beloeb"] = _kr(Decimal(d["udbetalt_i_alt"]["beloeb"]) + Decimal("37.50"))
        f = f"udbetalinger[{week['uge']}].beloeb"
        planted.append(Plantet(c_id(records, i), {f: Decimal("37.50"), "udbetalt_i_alt.beloeb": None},
                               {week["fra"][:7]: Decimal("37.50")}, {"forkert_beloeb"}, "SDL-47-TIMEFORTJENESTE", f))
        # 3. a week not paid at all: minus that week's amount
        i = pick(lambda c, d: c["ydelse"] == "sygedagpenge" and len(d["udbetalinger"]) >= 3)
        d = lines[i]["decision"]
        week = d["udbetalinger"].pop(2)
        amount = Decimal(week["beloeb"])
        d["udbetalt_i_alt"]["beloeb"] = _kr(Decimal(d["udbetalt_i_alt"]["beloeb"]) - amount)
        planted.append(Plantet(c_id(records, i), {f"udbetalinger[{week['uge']}]": -amount, "udbetalt_i_alt.beloeb": None},
                               {week["fra"][:7]: -amount}, {"forkert_beloeb"}))
        # 4. refusion to the employer 10 kr. short in its first week
        i = pick(lambda c, d: c["ydelse"] == "sygedagpenge" and len(d["refusion"]) >= 2)
        d = lines[i]["decision"]
        week = d["refusion"][0]
        week["beloeb"] = _kr(Decimal(week["beloeb"]) - 10)
        d["refusion_i_alt"]["beloeb"] = _kr(Decimal(d["refusion_i_alt"]["beloeb"]) - 10)
        planted.append(Plantet(c_id(records, i), {f"refusion[{week['uge']}].beloeb": Decimal("-10.00"),
                                                  "refusion_i_alt.beloeb": None},
                               {week["fra"][:7]: Decimal("-10.00")}, {"forkert_beloeb"}))
        # 5. the kommune's start one day late, nothing else: a date, no kroner
        i = pick(lambda c, d: c["ydelse"] == "sygedagpenge" and d["kommune_betaler_fra"] is not None)
        d = lines[i]["decision"]
        import datetime as dt
        day = dt.date.fromisoformat(d["kommune_betaler_fra"]["dato"]) + dt.timedelta(days=1)
        d["kommune_betaler_fra"]["dato"] = day.isoformat()
        planted.append(Plantet(c_id(records, i), {"kommune_betaler_fra.dato": None}, {}, {"forkert_dato"},
                               _steps(d)[d["kommune_betaler_fra"]["trin"]]["regel"], "kommune_betaler_fra.dato"))
        # 6. the system failed on the case
        i = pick(lambda c, d: c["ydelse"] == "sygedagpenge")
        lines[i] = {"case": lines[i]["case"], "errored": True,
                    "message": f"NullPointerException for {records[i][0]['person']['cpr']} ({records[i][0]['person']['navn']})"}
        planted.append(Plantet(c_id(records, i), {"(hele afgørelsen)": None}, {}, {"fejl_timeout"}))
        # 7. an answer that breaks the contract and echoes the citizen's name and CPR number
        i = pick(lambda c, d: c["ydelse"] == "sygedagpenge" and d["ret_kommune"]["aarsager"])
        d = lines[i]["decision"]
        d["ret_kommune"]["aarsager"] = [records[i][0]["person"]["navn"]]
        d["sags_id"] = records[i][0]["person"]["cpr"].replace("-", "")
        # the readable rest is still compared (harness/compare/differ.py): the reasons changed are a wrong right
        planted.append(Plantet(c_id(records, i), {}, {}, {"ugyldigt_svar", "forkert_afgoerelse_om_ret"}))
        # 8. not wrong at all: the steps renumbered (T01 -> T0001) — the fast path says no, the comparison says equal
        i = pick(lambda c, d: c["ydelse"] == "sygedagpenge" and len(d["begrundelse"]) > 3)
        lines[i]["decision"] = _renumber(lines[i]["decision"])
    kh = [i for i, (c, _) in enumerate(records) if c["ydelse"] == "kontanthjaelp"]
    if kh:
        # 9. kontanthjælp: a month paid 200 kr. too much
        i = pick(lambda c, d: c["ydelse"] == "kontanthjaelp" and any(Decimal(m["udbetalt"]["beloeb"]) > 0 for m in d["maaneder"]))
        d = lines[i]["decision"]
        month = next(m for m in d["maaneder"] if Decimal(m["udbetalt"]["beloeb"]) > 0)
        month["udbetalt"]["beloeb"] = _kr(Decimal(month["udbetalt"]["beloeb"]) + 200)
        d["i_alt"]["udbetalt"]["beloeb"] = _kr(Decimal(d["i_alt"]["udbetalt"]["beloeb"]) + 200)
        f = f"maaneder[{month['maaned']}].udbetalt.beloeb"
        planted.append(Plantet(c_id(records, i), {f: Decimal("200.00"), "i_alt.udbetalt.beloeb": None},
                               {month["maaned"]: Decimal("200.00")}, {"forkert_beloeb"}))
    return lines, planted


def c_id(records, i: int) -> str:
    return records[i][0]["sags_id"]


def _renumber(decision: dict) -> dict:
    text = orjson.dumps(decision).decode()
    for s in sorted(decision["begrundelse"], key=lambda s: -len(s["id"])):
        text = text.replace(f'"{s["id"]}"', f'"T00{s["id"][1:]}"')
    return orjson.loads(text)


def write(path: Path, lines: list[dict], metadata: dict | None = None, junk: bool = True) -> Path:
    with open(path, "wb") as f:
        if metadata is not None:
            f.write(orjson.dumps({"metadata": metadata}) + b"\n")
        for n, line in enumerate(lines):
            f.write(orjson.dumps(line) + b"\n")
            if junk and n == len(lines) // 2:
                f.write(b'{"case": {"sags_id": "broken line, not JSON"\n')   # an unreadable line: counted, not a mismatch
    return path


def personal_strings(records: list[tuple[dict, dict]]) -> set[str]:
    out = set()
    for c, _ in records:
        out.add(c["sags_id"])
        person = c.get("person") or c.get("husstand", {}).get("ansoeger", {})
        if person.get("cpr"):
            out |= {person["cpr"], person["cpr"].replace("-", ""), person["navn"]}
    return out
