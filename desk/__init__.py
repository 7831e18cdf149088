"""Desk — the front desk of a Party-Mass Service Center (党群服务中心前台).

This package is the domain: services, rules and documents. It never imports Qt or the
UI (an import-linter contract in pyproject.toml checks that).
"""

__version__ = "0.1.0"
