"""Issue 15's new situations at the level of single rules: the folkepensionsalder table (pensionsloven § 1 a),
the jobafklaringsforløb's dated law, the parts of several employments and the partial first day."""
import datetime as dt

import pytest

from harness.reference import OutOfScope, calculate
from harness.toolkit.begrundelse import Begrundelse
from harness.ydelser.sygedagpenge.reference import parameters, varighed
from harness.ydelser.sygedagpenge.reference.sag import parse
from tests.reference.sager import loenmodtager, med


@pytest.mark.parametrize(("foedt", "naaet"), [
    ("1953-12-31", "2018-12-31"),   # 65 (born before 1954)
    ("1954-03-01", "2019-09-01"),   # 65½
    ("1955-07-01", "2022-07-01"),   # 67
    ("1963-02-10", "2031-02-10"),   # 68 (research E8.2)
    ("1970-12-31", "2039-12-31"),   # 69 (research E8.3)
    ("1971-01-01", "2041-01-01"),   # 70 from the 1971 cohort (AES)
])
def test_the_folkepensionsalder_by_birth_date(foedt, naaet):
    sag = parse(med(loenmodtager("2026-03-02", "2026-04-30"), "foedselsdato", foedt))
    assert varighed.folkepension_fra(sag, parameters(), Begrundelse()) == dt.date.fromisoformat(naaet)


def test_a_jobafklaringsforloeb_from_2027_is_out_of_scope_not_guessed():
    # Counted from 1 July 2026 (F + 30): the 111th day is Wed 2 December -> stop 31 December 2026 -> 1 January 2027,
    # the day the jobafklaringsforløb is announced to be replaced.
    case = loenmodtager("2026-06-01", "2027-01-02", ansat_fra="2020-01-01")
    with pytest.raises(OutOfScope, match="2027"):
        calculate(case)
    # Ending on 31 December the absence stops before any handoff: nothing to decide about 2027.
    d = calculate(loenmodtager("2026-06-01", "2026-12-31", ansat_fra="2020-01-01"))
    assert (d["varighed"]["revurderingstidspunkt"], d["varighed"]["jobafklaring_fra"]) == ("2026-12-02", None)


def test_several_employments_each_part_has_its_own_employer_period_and_steps():
    case = med(loenmodtager("2026-03-02", "2026-04-17", ansat_fra="2020-01-01", timefortjeneste="140.00", ugentlig="30"),
               "andre_ansaettelser", [{"id": "B", "ansat_fra": "2026-02-02", "timefortjeneste": "140.00",
                                       "ugentlig_arbejdstid": "7"}])
    d = calculate(case)
    b = d["andre_ansaettelser"][0]
    assert (b["id"], b["arbejdsgiverperiode"], b["kommune_betaler_fra"]["dato"]) == ("B", None, "2026-03-02")
    assert d["arbejdsgiverperiode"]["til"] == "2026-03-31"
    ids = {s["id"] for s in d["begrundelse"]}
    assert all(row["trin"] in ids for row in d["udbetalinger"])
    # § 32 is the person's: the part repeats the main part's right, not a second § 32 step.
    assert b["ret_kommune"]["trin"] == d["ret_kommune"]["trin"]


def test_the_partial_first_day_moves_every_date_that_counts_from_the_first_day():
    # Went home sick Friday 6 March 2026, absent from Monday 9 March: the employer period and the § 40 deadline
    # count from Monday.
    case = med(med(loenmodtager("2026-03-06", "2026-05-29", ansat_fra="2020-01-01"), "fravaer/foerste_dag_delvis", True),
               "anmeldelser", {"arbejdsgiver_til_kommune": "2026-04-14"})
    d = calculate(case)
    assert (d["arbejdsgiverperiode"]["fra"], d["arbejdsgiverperiode"]["til"]) == ("2026-03-09", "2026-04-07")
    frist = next(f for f in d["frister"] if f["hjemmel"].startswith("sygedagpengeloven § 40"))
    assert frist["frist"] == "2026-04-14"   # 7 days after the employer period (§ 40, stk. 2)


def test_an_employment_ending_before_the_first_whole_fravaersdag_is_not_a_valid_case():
    # Went home sick Friday 6 March 2026; the first whole fraværsdag is Monday 9 March (Ankestyrelsen 10-21). An
    # employment that ended on Sunday 8 March does not reach it: the person is then no lønmodtager on the first
    # fraværsdag, and the case says so instead of being decided as one.
    from harness.toolkit.errors import CaseError
    case = med(med(loenmodtager("2026-03-06", "2026-04-30", ansat_fra="2020-01-01"), "fravaer/foerste_dag_delvis", True),
               "ansaettelse/sidste_ansaettelsesdag", "2026-03-08")
    with pytest.raises(CaseError, match="2026-03-09, the first whole fraværsdag"):
        parse(case)
    assert calculate(med(case, "ansaettelse/sidste_ansaettelsesdag", "2026-03-09"))["arbejdsgiverperiode"]["til"] == \
        "2026-03-09"
