"""What the city publishes for a center's lists, as plain values: the standard service
catalogue and the monthly lists of shared resources.

No database imports: the hub's ``publish`` command reads payloads into these shapes
(``desk.sync.apply_payloads``) to refuse a wrong one before it reaches any desk, and the
desk's services merge the same shapes (``upstream.py``, ``resource_import.py``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CityItem:
    code: str
    category: str
    name: str
    description: str = ""
    eligibility: str = ""
    materials: str = ""
    steps: str = ""
    time_limit: str = "即时办结"
    fee: str = "免费"


@dataclass(frozen=True)
class CityCatalogue:
    version: str  # the city's catalogue version, e.g. "2027.1"
    items: tuple[CityItem, ...]


@dataclass(frozen=True)
class CityResource:
    unit: str
    title: str
    category: str = ""  # 政策支持 | 资金倾斜 | 服务下沉 | 设施建设: the city's words, shown as they are
    description: str = ""
    contact: str = ""
    phone: str = ""  # the unit's public number
    availability: str = ""


@dataclass(frozen=True)
class CityResourceList:
    key: str  # the city's name for the list, e.g. "2027-03"
    version: str  # a new version of the same key replaces the list
    items: tuple[CityResource, ...]
    title: str = ""
