"""The parts of one absence beyond the employment in `ansaettelse`: each further employment (several employments)
and a business run beside the employment (Ankestyrelsen P 23-22). Each part is seen as a case of its own — the
same person, absence and earlier absences — so the same rules decide it; what is the person's (§ 32's hours across
every employment, § 53's threshold, the duration) is decided once, in the main part (FT-SDP-FLERE-JOB)."""
from __future__ import annotations

from harness.toolkit.errors import OutOfScope
from harness.ydelser.sygedagpenge.contract import Anmeldelser, Ansaettelse, Delvis, SygedagpengeCase

LOENMODTAGERE = ("loenmodtager", "fleksjob", "elev")
INGEN_ANMELDELSER = Anmeldelser()


def andre(sag: SygedagpengeCase) -> list[tuple[str, SygedagpengeCase]]:
    """(id, the part seen as a case) for each further employment, then 'selvstaendig' for a business."""
    out = []
    for a in sag.andre_ansaettelser:
        job = Ansaettelse.model_construct(**{k: getattr(a, k) for k in Ansaettelse.model_fields})
        delvis = None if a.fravaerstimer_pr_uge is None else Delvis.model_construct(
            fravaerstimer_pr_uge=a.fravaerstimer_pr_uge, selvstaendig_kan_udfoere=None)
        fravaer = sag.fravaer.model_copy(update={"delvis": delvis, "gradvis": []})
        out.append((a.id, sag.model_copy(update={"ansaettelse": job, "fravaer": fravaer, "andre_ansaettelser": [],
                                                 "anmeldelser": INGEN_ANMELDELSER, "selvstaendig": None})))
    if sag.status in LOENMODTAGERE and sag.selvstaendig is not None:
        if sag.fravaer.delvis is not None or sag.fravaer.gradvis:
            # § 53, stk. 3 judges a partially sick business by how much of its normal work the person can do, which
            # the case does not say for a business beside the employment: not decided rather than guessed as a full
            # absence (FT-SDP-FLERE-JOB)
            raise OutOfScope("sygedagpengeloven § 53, stk. 3 for a business beside a partial absence from the "
                             "employment: the case does not say how much of the business's work the person can do")
        out.append(("selvstaendig", sag.model_copy(update={
            "status": "selvstaendig", "ansaettelse": None, "andre_ansaettelser": [],
            "anmeldelser": INGEN_ANMELDELSER, "uddannelse": None, "ville_have_ret_til_arbejdsloeshedsdagpenge": False})))
    return out
