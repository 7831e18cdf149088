from __future__ import annotations

import statistics
from dataclasses import dataclass, field


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


@dataclass
class Figure:
    """One measured figure, its limit, and the baseline it is compared with."""

    name: str
    value: float
    unit: str
    limit: float | None = None
    baseline: float | None = None
    baseline_name: str = ""
    max_ratio: float | None = None
    notes: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline

    @property
    def ok(self) -> bool:
        within_limit = self.limit is None or self.value <= self.limit
        within_ratio = self.max_ratio is None or (self.ratio is not None and self.ratio <= self.max_ratio)
        return within_limit and within_ratio

    def as_dict(self) -> dict:
        return {
            "name": self.name, "value": round(self.value, 3), "unit": self.unit, "limit": self.limit,
            "baseline": None if self.baseline is None else round(self.baseline, 3),
            "baseline_name": self.baseline_name,
            "ratio": None if self.ratio is None else round(self.ratio, 2),
            "max_ratio": self.max_ratio, "ok": self.ok, "notes": self.notes, **self.extra,
        }


def summary(samples: list[float]) -> dict:
    return {"n": len(samples), "p50": percentile(samples, 50), "p95": percentile(samples, 95),
            "p99": percentile(samples, 99), "mean": statistics.fmean(samples) if samples else 0}
