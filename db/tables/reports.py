"""Issued reports (统计月报): the figures of a period frozen when an administrator issues them.

An issued month is never recounted: reprinting renders the frozen figures, so the paper
handed to the street office today and a copy printed next year are the same document.
Records that arrive late for an issued month are not lost: the next month's report shows
the difference as a correction line, and that line is frozen with it in turn.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

import db.tables.base  # noqa: F401
from db.tables.visits import Visit


class ReportIssue(SQLModel, table=True):
    __tablename__ = "report_issue"
    # One issue per period and kind: a second one would be a second truth; reprint instead.
    __table_args__ = (UniqueConstraint("kind", "period_first"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(max_length=12)  # "month"
    period_first: date
    period_last: date
    issued_at: datetime
    issued_by: Optional[int] = Field(default=None, foreign_key="user.id")
    issued_by_name: str = Field(max_length=64)  # the account's name as the audit trail has it
    prepared_by: str = Field(default="", max_length=50)  # 填报人, printed on the sign-off line
    reviewed_by: str = Field(default="", max_length=50)  # 审核人
    figures_json: str  # the frozen figures and the document facts (center name) as issued
    corrections_json: str = Field(default="[]")  # corrections to earlier issued months it carries


# The statistics read a month of check-ins (about 80,000 rows in a busy center) per figure
# set. This index holds every column they aggregate, so SQLite answers from the index alone
# instead of visiting each row of the visit table: 3-4x faster on a year-old store. It
# belongs to the statistics, so it is declared here; it lives on the visit table.
VISIT_STATISTICS_INDEX = Index("ix_visit_statistics", Visit.check_in_at, Visit.purpose_id, Visit.headcount,
                               Visit.visitor_id)
