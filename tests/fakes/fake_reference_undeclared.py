"""The fake reference without METADATA: a candidate that declares no benefit (the run needs --ydelse)."""
from tests.fakes.fake_reference import calculate  # noqa: F401 - the module protocol
