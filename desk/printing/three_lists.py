"""The three lists (三个清单): services offered, residents' demands, resources shared.

One A4 portrait wall sheet in three sections, each a ruled table whose section name and
column headings repeat when it runs onto another page:

1. the service items in short form (category, name, time limit, post, place);
2. residents' demands (需求意向) still waiting or being worked on — recorded, dispatched
   or taken — with the resident's name masked (张*) and no phone, so a neighbour can
   take one (接单) without anyone's privacy on the wall;
3. resources partner units share (共享资源): who offers what, their public contact, and
   when it is available.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk.printing.document import MARGIN, DocumentHeader, build_pdf, house_styles, para
from desk.printing.duty_sheet import chinese_date
from desk.printing.fonts import fit_size
from desk.printing.grid import Block, Cell, Grid, Padding, Run, text_cell
from desk.printing.service_list import CATEGORY_SHADE, COLUMN_SHADE, CenterFacts, center_facts
from desk.printing.wording import THREE_LISTS
from desk.services.items import CatalogueSnapshot, ItemInfo
from desk.services.lists import DISPATCHED, RECORDED, TAKEN, DemandInfo, ResourceInfo
from desk.text import mask_name

# The demands a resident or a party member can still do something about.
OPEN_DEMANDS = (RECORDED, DISPATCHED, TAKEN)
NAME_SIZE = 12
MIN_NAME_SIZE = 9
TEXT_SIZE = 10.5
SMALL_SIZE = 9.5
HEADING_SIZE = 15
GREY = colors.HexColor("#404040")
PADDING = Padding(top=3, bottom=4, side=3)
# Column widths in mm across the 180 mm between the margins.
SERVICE_COLUMNS = (26, 10, 56, 24, 26, 38)  # 类别, 序号, 服务事项, 服务时限, 责任岗位, 办理地点
DEMAND_COLUMNS = (10, 62, 20, 36, 52)  # 序号, 需求内容, 提出人, 登记日期, 办理情况
RESOURCE_COLUMNS = (10, 38, 52, 38, 42)  # 序号, 提供单位, 资源内容, 联系方式, 开放时间


@dataclass(frozen=True)
class ThreeListsData:
    center: CenterFacts
    snapshot: CatalogueSnapshot
    demands: tuple[DemandInfo, ...]
    resources: tuple[ResourceInfo, ...]
    zone: tzinfo  # the center's: demand dates are stored in UTC


def read_three_lists(desk, fallback_name: str = "Desk") -> ThreeListsData:  # noqa: ANN001 - a DeskContext
    demands = [demand for demand in desk.demands.list() if demand.state in OPEN_DEMANDS]
    demands.sort(key=lambda demand: (demand.created_at, demand.id))  # the longest waiting first
    return ThreeListsData(center_facts(desk, fallback_name), desk.catalogue.catalogue_snapshot(), tuple(demands),
                          tuple(desk.resources.list()), desk.clock.zone)


def _widths(columns: Sequence[float]) -> list[float]:
    usable = A4[0] - 2 * MARGIN
    total = sum(columns)
    return [usable * width / total for width in columns]


def _header(title: str, keys: Sequence[str]) -> Block:
    cells = [Cell(((Run(title, HEADING_SIZE),),), row=0, column=0, columns=len(keys), align="left",
                  shade=CATEGORY_SHADE)]
    cells += [text_cell(THREE_LISTS[key], TEXT_SIZE, row=1, column=column) for column, key in enumerate(keys)]
    return Block(2, cells)


def _grid(columns: Sequence[float], title: str, keys: Sequence[str], blocks: list[Block]) -> Grid:
    return Grid(_widths(columns), _header(title, keys), blocks, padding=PADDING, header_shade=COLUMN_SHADE)


def _or_none(text: str) -> str:
    return text.strip() or THREE_LISTS["none"]


def _services(snapshot: CatalogueSnapshot) -> list[Block]:
    """One block per category, its name spanning its rows (kept on one page when it fits).

    A long item name is set smaller rather than wrapped where it can be: a name wrapped
    beside other cells reads interleaved with them when the PDF is searched or copied.
    """
    name_width = _widths(SERVICE_COLUMNS)[2] - 2 * PADDING.side
    groups: dict[int, list[ItemInfo]] = {}
    for item in snapshot.items:
        groups.setdefault(item.category_id, []).append(item)
    blocks, number = [], 0
    for items in groups.values():
        block = Block(len(items), [text_cell(items[0].category, NAME_SIZE, column=0, rows=len(items))])
        for row, item in enumerate(items):
            number += 1
            block.cells += [
                text_cell(str(number), TEXT_SIZE, row=row, column=1),
                text_cell(item.name, fit_size(item.name, NAME_SIZE, name_width, MIN_NAME_SIZE), row=row,
                          column=2, align="left"),
                text_cell(item.time_limit, TEXT_SIZE, row=row, column=3),
                text_cell(_or_none(item.post), TEXT_SIZE, row=row, column=4),
                text_cell(_or_none(item.place), SMALL_SIZE, row=row, column=5, align="left"),
            ]
        blocks.append(block)
    return blocks


def demand_state(demand: DemandInfo) -> str:
    """待派单 / 已派单：党员 第一党支部 王建国 / 已接单办理中：…"""
    if demand.state == RECORDED:
        return THREE_LISTS["state_recorded"]
    kind = THREE_LISTS.get(f"taker_{demand.taker_kind}", "")
    taker = " ".join(part for part in (kind, demand.taker_name) if part) or THREE_LISTS["none"]
    key = "state_taken" if demand.state == TAKEN else "state_dispatched"
    return THREE_LISTS[key].format(taker=taker)


def _demands(demands: Sequence[DemandInfo], zone: tzinfo) -> list[Block]:
    blocks = []
    for number, demand in enumerate(demands, start=1):
        recorded = demand.created_at.astimezone(zone).date()
        what = demand.title if not demand.detail else f"{demand.title}\n{demand.detail}"
        blocks.append(Block(1, [
            text_cell(str(number), TEXT_SIZE, column=0),
            text_cell(what, TEXT_SIZE, column=1, align="left"),
            # The name is masked here whatever the caller passed: this sheet hangs in the lobby.
            text_cell(_or_none(mask_name(demand.resident)), TEXT_SIZE, column=2),
            text_cell(chinese_date(recorded), TEXT_SIZE, column=3),
            text_cell(demand_state(demand), TEXT_SIZE, column=4, align="left"),
        ]))
    return blocks


def _resources(resources: Sequence[ResourceInfo]) -> list[Block]:
    blocks = []
    for number, resource in enumerate(resources, start=1):
        what = resource.title if not resource.description else f"{resource.title}\n{resource.description}"
        contact = "\n".join(part for part in (resource.contact, resource.phone) if part)
        blocks.append(Block(1, [
            text_cell(str(number), TEXT_SIZE, column=0),
            text_cell(resource.unit, NAME_SIZE, column=1, align="left"),
            text_cell(what, TEXT_SIZE, column=2, align="left"),
            text_cell(_or_none(contact), TEXT_SIZE, column=3),
            text_cell(_or_none(resource.availability), TEXT_SIZE, column=4, align="left"),
        ]))
    return blocks


def render_three_lists(data: ThreeListsData, *, printed_at: datetime) -> bytes:
    """The three lists as a PDF, A4 portrait."""
    house = house_styles(wall=True)
    body = house.body
    story: list[Flowable] = [para(THREE_LISTS["lead"], body), Spacer(1, 2 * mm)]
    sections = (
        ("section_services", "no_services", len(data.snapshot.items), SERVICE_COLUMNS,
         ("col_category", "col_number", "col_item", "col_limit", "col_post", "col_place"),
         lambda: _services(data.snapshot)),
        ("section_demands", "no_demands", len(data.demands), DEMAND_COLUMNS,
         ("col_number", "col_demand", "col_resident", "col_recorded", "col_state"),
         lambda: _demands(data.demands, data.zone)),
        ("section_resources", "no_resources", len(data.resources), RESOURCE_COLUMNS,
         ("col_number", "col_unit", "col_resource", "col_contact", "col_availability"),
         lambda: _resources(data.resources)),
    )
    for title_key, empty_key, count, columns, keys, blocks in sections:
        title = THREE_LISTS[title_key].format(count=count)
        if count:
            story.append(_grid(columns, title, keys, blocks()))
        else:
            story += [para(title, house.heading), para(THREE_LISTS[empty_key], body)]
        story.append(Spacer(1, 5 * mm))
    story.append(para(THREE_LISTS["as_of"].format(date=chinese_date(printed_at.date()),
                                                  version=data.snapshot.version), body))
    if data.center.supervision_phone:
        story.append(para(THREE_LISTS["supervision"].format(phone=data.center.supervision_phone), house.heading))
    if data.center.address:
        story.append(para(THREE_LISTS["address"].format(address=data.center.address), body))
    header = DocumentHeader(data.center.name, THREE_LISTS["title"], chinese_date(printed_at.date()))
    return build_pdf(story, header=header, printed_at=printed_at)


def build_three_lists(desk) -> bytes:  # noqa: ANN001 - a DeskContext
    return render_three_lists(read_three_lists(desk), printed_at=desk.clock.now())
