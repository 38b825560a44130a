"""The shadow audit (`ydelsestjek audit`): every historical case recomputed by the reference and compared with the
decision a system actually made (recorded), or asks a candidate, or the seeded generator's cases; mismatches in a
Parquet store, kroner at risk per probable defect, rule and month, cases and citizens hit; sharded and resumable,
on a local process pool or on Dask. See docs/audit.md.

kilder (inputs and shards) -> arbejde (one shard in a worker: fast path, slow path, rows) -> revision (the
coordinator: engine, shard log, resume, merge) -> tal (figures) -> rapport (summary.md, rapport.html).
"""
from .revision import AuditConfig, AuditInterrupted, AuditOutcome, audit

__all__ = ["AuditConfig", "AuditInterrupted", "AuditOutcome", "audit"]
