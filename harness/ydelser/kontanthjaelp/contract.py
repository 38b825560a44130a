"""Typed models of the kontanthjælp case and decision; they mirror schemas/kontanthjaelp/*.schema.json.

tests/reference_kontanthjaelp/test_contract.py proves that models and schemas accept and reject the same
documents. Money and decimals are checked against the schema's string patterns here too (the shared
fields.Beloeb accepts any decimal string), so "100" is rejected by both.
"""
from typing import Literal

from pydantic import BaseModel, Field

from harness.contract.common import Post, Ret, Sum, Trin
from harness.contract.fields import STRICT, Art, Beloeb, Cpr, Dato, Dec, Heltal, Maaned, SagsId, TrinRef

Rolle = Literal["ansoeger", "aegtefaelle"]


# --- case ---------------------------------------------------------------------------------------------

class HistorikMaaned(BaseModel):
    model_config = STRICT
    maaned: Maaned
    timer: Dec
    paa_hjaelp: bool


class Person(BaseModel):
    model_config = STRICT
    navn: str | None = None
    cpr: Cpr | None = None
    foedselsdato: Dato
    soeger_hjaelp: bool = True
    hjemmeboende: bool = False
    opfylder_opholds_og_beskaeftigelseskrav: bool = True
    har_2_5_aars_beskaeftigelse: bool = False
    aktivitetsparat: bool = False
    fritaget_225_timersregel: bool = False
    erhvervskompetencegivende_uddannelse: bool = True
    gravid_12_uge_fra: Dato | None = None
    psykisk_lidelse: bool = False
    aktivitetstillaeg_straks: bool = False
    formue: Beloeb | None = None
    historik: list[HistorikMaaned] = Field(default_factory=list)


class Barn(BaseModel):
    model_config = STRICT
    foedselsdato: Dato
    fraflyttet: Dato | None = None


class Aendring(BaseModel):
    """A change in the household on a date: a new forhold (marriage, cohabitation, separation) or a person moving
    home or out. Which months it affects is FT-KH-AENDRING."""
    model_config = STRICT
    dato: Dato
    type: Literal["forhold", "bopael"]
    forhold: Literal["enlig", "gift", "samlevende"] | None = None
    person: Rolle | None = None
    hjemmeboende: bool | None = None

    def model_post_init(self, __context: object) -> None:
        if self.type == "forhold" and (self.forhold is None or self.person is not None or self.hjemmeboende is not None):
            raise ValueError("an aendring of type 'forhold' has the field 'forhold' (and no person or hjemmeboende)")
        if self.type == "bopael" and (self.person is None or self.hjemmeboende is None or self.forhold is not None):
            raise ValueError("an aendring of type 'bopael' has the fields 'person' and 'hjemmeboende' (and no forhold)")


class Husstand(BaseModel):
    model_config = STRICT
    forhold: Literal["enlig", "gift", "samlevende"]
    ansoeger: Person
    aegtefaelle: Person | None = None
    boern: list[Barn] = Field(default_factory=list)
    ekstra_boernetilskud: bool = False
    aendringer: list[Aendring] = Field(default_factory=list)

    def model_post_init(self, __context: object) -> None:
        par = self.forhold != "enlig" or any(a.forhold not in (None, "enlig") for a in self.aendringer)
        if not par and self.aegtefaelle is not None:
            raise ValueError("forhold 'enlig' must not have an aegtefaelle (unless an aendring makes them a couple)")
        if par and self.aegtefaelle is None:
            raise ValueError("a couple (forhold, or a later aendring, gift or samlevende) requires the field 'aegtefaelle'")


class Indkomst(BaseModel):
    model_config = STRICT
    arbejdstimer: Dec | None = None
    arbejdsindtaegt: Beloeb | None = None
    anden_indtaegt: Beloeb | None = None
    feriegodtgoerelse: Beloeb | None = None
    feriedage: Heltal | None = Field(default=None, ge=1, le=23)

    def model_post_init(self, __context: object) -> None:
        if (self.feriegodtgoerelse is None) != (self.feriedage is None):
            raise ValueError("feriegodtgoerelse and feriedage come together (the holiday held in the month, aktivloven § 32)")


class MaanedInput(BaseModel):
    model_config = STRICT
    maaned: Maaned
    ansoeger: Indkomst | None = None
    aegtefaelle: Indkomst | None = None
    boligstoette: Beloeb | None = None
    saerlig_stoette: Beloeb | None = None
    voksne_i_boligen: Heltal | None = Field(default=None, ge=1, le=20)


class Haendelse(BaseModel):
    model_config = STRICT
    dato: Dato
    type: Literal["ansoegning", "partshoering", "afgoerelse", "udbetaling"]
    vedroerer: Literal["bevilling", "timeregel_225", "nedsaettelse", "bortfald", "andet"] | None = None
    person: Rolle | None = None
    begrundelse: str | None = None
    beloeb: Beloeb | None = None
    maaned: Maaned | None = None


class KontanthjaelpCase(BaseModel):
    model_config = STRICT
    schema_version: Literal["1.0"]
    ydelse: Literal["kontanthjaelp"]
    sags_id: SagsId
    husstand: Husstand
    maaneder: list[MaanedInput] = Field(min_length=1)
    haendelser: list[Haendelse] = Field(default_factory=list)


# --- decision -----------------------------------------------------------------------------------------

class Stoette(BaseModel):
    model_config = STRICT
    foer: Beloeb
    nedsaettelse: Beloeb
    efter: Beloeb
    trin: TrinRef


class Formue(BaseModel):
    model_config = STRICT
    formue: Beloeb
    graense: Beloeb
    fradrag: Beloeb
    trin: TrinRef


class Sats(BaseModel):
    model_config = STRICT
    kategori: Art
    beloeb: Beloeb
    trin: TrinRef


class Timeregel225(BaseModel):
    model_config = STRICT
    krav_gaelder: bool
    maaneder_paa_hjaelp: int = Field(ge=0)
    timer: Dec
    opfyldt: bool
    trin: TrinRef


class Reduktion(BaseModel):
    model_config = STRICT
    art: Literal["nedsaettelse_225", "bortfald_225"]
    beloeb: Beloeb
    tidligst_fra: Dato | None
    anvendt: bool
    trin: TrinRef


class Loft(BaseModel):
    model_config = STRICT
    kategori: str
    graense: Beloeb
    samlet: Beloeb
    overskridelse: Beloeb
    trin: TrinRef


class PersonResultat(BaseModel):
    model_config = STRICT
    rolle: Rolle
    sats: Sats | None
    tillaeg: list[Post]
    fradrag: list[Post]
    timeregel_225: Timeregel225 | None
    reduktion: Reduktion | None
    loft: Loft | None
    hjaelp: Sum


class MaanedResultat(BaseModel):
    model_config = STRICT
    maaned: Maaned
    lov: Literal["foer_2025_07", "fra_2025_07"]
    ret: Ret
    personer: list[PersonResultat]
    formue: Formue
    saerlig_stoette: Stoette
    boligstoette: Stoette
    udbetalt: Sum


class Krav(BaseModel):
    model_config = STRICT
    art: Literal["nedsaettelse_225", "bortfald_225"]
    person: Rolle
    lovens_virkning: Dato
    afgoerelse: Dato | None
    tidligst_virkning: Dato | None
    hjemlet: bool
    note: str
    trin: TrinRef


class IAlt(BaseModel):
    model_config = STRICT
    udbetalt: Sum
    saerlig_stoette_nedsat: Sum
    boligstoette_nedsat: Sum


class KontanthjaelpDecision(BaseModel):
    model_config = STRICT
    schema_version: Literal["1.0"]
    ydelse: Literal["kontanthjaelp"]
    sags_id: str
    maaneder: list[MaanedResultat]
    afgoerelseskrav: list[Krav]
    i_alt: IAlt
    begrundelse: list[Trin]
