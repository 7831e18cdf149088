"""Visitor check-in: walk-ins, returning residents, pass scans, check-out, the visit log."""
