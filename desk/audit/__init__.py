"""The audit trail: every change, who made it, when, and the record before and after."""
