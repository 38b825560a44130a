"""Typed models of the sygedagpenge case and decision; they mirror schemas/sygedagpenge/*.schema.json.

tests/reference/test_contract.py proves that the models and the schemas accept and reject the same documents.
The case's list entries (hours per week or month, earlier absences, extensions) are validated TypedDicts, plain
dicts after validation: a case can have dozens, and a model instance for each cost a fifth of the validation.
"""
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from typing_extensions import TypedDict

from harness.contract.common import Ret, Sum, Trin
from harness.contract.fields import STRICT, Beloeb, Cpr, Dato, Dec, Heltal, Maaned, SagsId, TrinRef

Status = Literal["loenmodtager", "selvstaendig", "ledig", "fleksjob", "elev"]
STRICT_ENTRY = ConfigDict(extra="forbid", strict=True)   # STRICT for a list entry (a dict, so not frozen)


class Person(BaseModel):
    model_config = STRICT
    navn: str | None = None
    cpr: Cpr | None = None


class Delvis(BaseModel):
    model_config = STRICT
    fravaerstimer_pr_uge: Dec | None = None
    selvstaendig_kan_udfoere: Literal["hoejst_en_fjerdedel", "hoejst_halvdelen", "mere_end_halvdelen"] | None = None


class Gradvis(TypedDict):
    __pydantic_config__ = STRICT_ENTRY  # type: ignore[misc]
    fra: Dato
    fravaerstimer_pr_uge: Dec


class Ferie(TypedDict):
    __pydantic_config__ = STRICT_ENTRY  # type: ignore[misc]
    fra: Dato
    til: Dato
    aftalt_med_kommunen: bool


class Fravaer(BaseModel):
    model_config = STRICT
    foerste_fravaersdag: Dato
    sidste_fravaersdag: Dato
    delvis: Delvis | None = None
    foerste_dag_delvis: bool = False
    gradvis: list[Gradvis] = Field(default_factory=list)
    ferie: list[Ferie] = Field(default_factory=list)


class Timer8Uger(TypedDict):
    __pydantic_config__ = STRICT_ENTRY  # type: ignore[misc]
    art: Literal["arbejde", "ferie", "sygdom", "andet_fravaer"]
    timer: Dec


class LoenMaaned(TypedDict):
    __pydantic_config__ = STRICT_ENTRY  # type: ignore[misc]
    maaned: Maaned
    loen: Beloeb
    timer: Dec


class _Job(BaseModel):
    """What every employment has: its hours and pay facts (the hourly earnings are the subclasses')."""
    model_config = STRICT
    ansat_fra: Dato
    tidligere_ansat_samme_arbejdsgiver: bool = False
    timer_seneste_8_uger: list[Timer8Uger] = Field(default_factory=list)
    ugentlig_arbejdstid: Dec
    overenskomstmaessig_ugentlig_arbejdstid: Dec | None = None
    arbejdsgiver_betaler_loen: bool = False
    loen_pr_uge_under_fravaer: Beloeb | None = None
    arbejdsgiver_forsikret_55: bool = False
    aftale_56: bool = False
    sidste_ansaettelsesdag: Dato | None = None
    dagpengesats_efter_ophoer: Beloeb | None = None


class Ansaettelse(_Job):
    """The employment the person is absent from: its hourly earnings (§ 47) either as a figure (`timefortjeneste`)
    or as the pay and hours the employer reported for the last months (`loen_maaneder`), never both."""
    timefortjeneste: Beloeb | None = None
    loen_maaneder: Annotated[list[LoenMaaned], Field(min_length=1, max_length=24)] | None = None

    @model_validator(mode="after")
    def _one_earnings(self) -> "Ansaettelse":
        if (self.timefortjeneste is None) == (self.loen_maaneder is None):
            raise ValueError("expected exactly one of timefortjeneste and loen_maaneder")
        return self


class AndenAnsaettelse(Ansaettelse):
    """A further employment in the same absence (several employments): its timefortjeneste given as a figure."""
    timefortjeneste: Beloeb
    loen_maaneder: None = None
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,40}$")
    fravaerstimer_pr_uge: Dec | None = None


class MaanedTimer(TypedDict):
    __pydantic_config__ = STRICT_ENTRY  # type: ignore[misc]
    maaned: Maaned
    timer: Dec


class Ledig(BaseModel):
    model_config = STRICT
    ret_til_arbejdsloeshedsdagpenge: bool
    supplerende_dagpenge: bool = False
    dagpengesats_pr_dag: Beloeb


class Selvstaendig(BaseModel):
    model_config = STRICT
    forsikring: Literal["ingen", "fra_1_fravaersdag", "fra_3_fravaersdag"]
    maaneder_i_vaesentligt_omfang_seneste_12: Heltal = Field(ge=0, le=12)
    virksomhed_maaneden_foer: bool
    beregningsgrundlag_pr_uge: Beloeb


class Uddannelse(BaseModel):
    model_config = STRICT
    afsluttet: Dato
    varighed_maaneder: Heltal = Field(ge=0)


class Anmeldelser(BaseModel):
    model_config = STRICT
    borger_til_arbejdsgiver: Dato | None = None
    arbejdsgiver_til_kommune: Dato | None = None
    underretningsbrev: Dato | None = None
    borger_til_kommune: Dato | None = None
    undskyldende_forhold: bool = False
    refusion_dispensation: bool = False


class Periode(TypedDict):
    __pydantic_config__ = STRICT_ENTRY  # type: ignore[misc]
    fra: Dato
    til: Dato


class Forlaengelse(TypedDict):
    __pydantic_config__ = STRICT_ENTRY  # type: ignore[misc]
    grund: Literal["nr1_revalidering", "nr2_afklaring", "nr3_laegebehandling", "nr4_rehabiliteringsteam",
                   "nr5_livstruende_sygdom", "nr6_arbejdsskade", "nr7_foertidspension"]
    afgoerelsesdato: Dato


class SygedagpengeCase(BaseModel):
    model_config = STRICT
    schema_version: Literal["1.0"]
    ydelse: Literal["sygedagpenge"]
    sags_id: SagsId
    person: Person | None = None
    status: Status
    fravaer: Fravaer
    ansaettelse: Ansaettelse | None = None
    beskaeftigelse_seneste_6_maaneder: list[MaanedTimer] = Field(default_factory=list)
    ville_have_ret_til_arbejdsloeshedsdagpenge: bool = False
    ledig: Ledig | None = None
    selvstaendig: Selvstaendig | None = None
    uddannelse: Uddannelse | None = None
    anmeldelser: Anmeldelser = Anmeldelser()   # frozen, so one shared empty default is safe
    tidligere_sygeperioder: list[Periode] = Field(default_factory=list)
    forlaengelser: list[Forlaengelse] = Field(default_factory=list)
    andre_ansaettelser: list[AndenAnsaettelse] = Field(default_factory=list)
    foedselsdato: Dato | None = None

    def model_post_init(self, __context: object) -> None:
        required = {"loenmodtager": "ansaettelse", "fleksjob": "ansaettelse", "elev": "ansaettelse",
                    "ledig": "ledig", "selvstaendig": "selvstaendig"}[self.status]
        if getattr(self, required) is None:
            raise ValueError(f"status {self.status!r} requires the field {required!r}")


# --- decision -------------------------------------------------------------------------------------------

class DatoRef(BaseModel):
    model_config = STRICT
    dato: Dato
    trin: TrinRef


class Arbejdsgiverperiode(BaseModel):
    model_config = STRICT
    fra: Dato
    til: Dato
    trin: TrinRef


class Satsperiode(BaseModel):
    model_config = STRICT
    fra: Dato
    til: Dato
    loft_pr_uge: Beloeb
    loft_pr_time: Dec
    timesats: Dec | None
    ugebeloeb: Beloeb
    loft_anvendt: bool
    trin: TrinRef


class Ugepost(BaseModel):
    model_config = STRICT
    uge: str = Field(pattern=r"^\d{4}-W\d{2}$")
    fra: Dato
    til: Dato
    dage: int = Field(ge=0, le=5)
    timer: Dec | None
    beloeb: Beloeb
    trin: TrinRef


class Varighed(BaseModel):
    model_config = STRICT
    revurderingstidspunkt: Dato | None
    forlaengelse: str | None
    sidste_betalingsdag: Dato | None
    ophoersaarsag: Literal["INGEN_RET", "FRAVAER_SLUT", "VARIGHEDSBEGRAENSNING", "FORLAENGELSE_UDLOEBET",
                           "VARIGHEDSBEGRAENSNING_25", "FERIE_UDEN_AFTALE"]
    jobafklaring_fra: DatoRef | None
    trin: TrinRef


class Frist(BaseModel):
    model_config = STRICT
    id: str
    hjemmel: str
    frist: Dato
    modtaget: Dato | None
    overholdt: bool
    konsekvens: str
    trin: TrinRef


class Del(BaseModel):
    """A further employment's (or a business's) own part of the decision."""
    model_config = STRICT
    id: str
    ret_arbejdsgiver: Ret
    arbejdsgiverperiode: Arbejdsgiverperiode | None
    ret_kommune: Ret
    kommune_betaler_fra: DatoRef | None
    satsperioder: list[Satsperiode]
    refusion: list[Ugepost]
    refusion_i_alt: Sum


class SygedagpengeDecision(BaseModel):
    model_config = STRICT
    schema_version: Literal["1.0"]
    ydelse: Literal["sygedagpenge"]
    sags_id: str
    ret_arbejdsgiver: Ret
    arbejdsgiverperiode: Arbejdsgiverperiode | None
    ret_kommune: Ret
    kommune_betaler_fra: DatoRef | None
    satsperioder: list[Satsperiode]
    udbetalinger: list[Ugepost]
    udbetalt_i_alt: Sum
    refusion: list[Ugepost]
    refusion_i_alt: Sum
    andre_ansaettelser: list[Del]
    varighed: Varighed
    frister: list[Frist]
    begrundelse: list[Trin]
