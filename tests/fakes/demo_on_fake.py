"""The demo candidate's defects applied to the fake calculator, so the demo can be tested without the reference."""
from adapters.demo.candidate import METADATA, make_calculate  # noqa: F401 - METADATA is part of the module protocol
from tests.fakes.fake_reference import calculate as _base

calculate = make_calculate(_base)
