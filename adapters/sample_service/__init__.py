"""A sample candidate service: the reference behind the HTTP contract, with fault injection (issue 6)."""
from adapters.sample_service.app import create_app
from adapters.sample_service.faults import Faults, FaultSpecError

__all__ = ["FaultSpecError", "Faults", "create_app"]
