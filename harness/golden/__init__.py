"""Approved golden results: reading a golden set with its integrity and signature checks (store), the signed
approvals and the trusted approvers (signing), and per-field diffs in Danish (diff)."""
