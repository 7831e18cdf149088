"""Posts (岗位) and their four fixes (四确定): a place, an A holder and a B backup, the
duties, and the service standard with its time limit. A post no longer staffed is
deactivated, not deleted: old rosters name it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlmodel import Session, col, delete, func, select

from db.engine import Store
from db.tables import Post, PostCover, Staff
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import POSTS, Changes, Done
from desk.errors import NotFound, Refusal
from desk.sync.outbox import emit
from desk.text import clean_text


@dataclass(frozen=True)
class PostForm:
    name: str
    location: str = ""
    duties: str = ""
    service_standard: str = ""
    time_limit: str = ""
    holder_id: int | None = None
    backup_id: int | None = None
    cover_ids: tuple[int, ...] = ()
    sort_order: int = 0


@dataclass(frozen=True)
class PostInfo:
    id: int
    name: str
    location: str
    duties: str
    service_standard: str
    time_limit: str
    holder_id: int | None
    holder_name: str
    backup_id: int | None
    backup_name: str
    cover_ids: tuple[int, ...]
    sort_order: int
    active: bool

    def form(self) -> PostForm:
        return PostForm(self.name, self.location, self.duties, self.service_standard,
                        self.time_limit, self.holder_id, self.backup_id, self.cover_ids,
                        self.sort_order)

    def can_cover(self, staff_id: int) -> bool:
        return staff_id in (self.holder_id, self.backup_id) or staff_id in self.cover_ids


def _snapshot(post: Post, cover_ids: tuple[int, ...]) -> dict[str, Any]:
    return {"name": post.name, "location": post.location, "duties": post.duties,
            "service_standard": post.service_standard, "time_limit": post.time_limit,
            "holder_id": post.holder_id, "backup_id": post.backup_id,
            "cover_ids": list(cover_ids), "active": post.active}


class PostService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, *, include_inactive: bool = False) -> list[PostInfo]:
        with self.store.read() as session:
            return load_posts(session, include_inactive=include_inactive)

    def get(self, post_id: int) -> PostInfo:
        with self.store.read() as session:
            for info in load_posts(session, include_inactive=True, only=post_id):
                return info
        raise NotFound("There is no post number {id}; the list may be out of date.", id=post_id)

    def create(self, actor: Actor, form: PostForm) -> Done[PostInfo]:
        actor.require_admin()
        checked = _validated(form)
        with self.store.write() as session:
            _check_people(session, checked)
            _check_unique(session, checked.name, None)
            post = Post(name=checked.name)
            _apply(post, checked)
            if not checked.sort_order:  # new posts go to the end, in the order they were added
                post.sort_order = (session.exec(select(func.max(Post.sort_order))).one() or 0) + 1
            session.add(post)
            session.flush()
            _set_cover(session, post.id or 0, checked.cover_ids)
            record(session, actor, "post.create", entity="post", entity_id=post.id,
                   after=_snapshot(post, checked.cover_ids))
            emit(session, "roster.post", _public(post))
            post_id = post.id or 0
        return Done(self.get(post_id), Changes.of(POSTS))

    def update(self, actor: Actor, post_id: int, form: PostForm) -> Done[PostInfo]:
        actor.require_admin()
        checked = _validated(form)
        with self.store.write() as session:
            post = _row(session, post_id)
            _check_people(session, checked)
            _check_unique(session, checked.name, post_id)
            old_cover = _cover_of(session, post_id)
            before = _snapshot(post, old_cover)
            _apply(post, checked)
            session.add(post)
            _set_cover(session, post_id, checked.cover_ids)
            record(session, actor, "post.update", entity="post", entity_id=post_id,
                   before=before, after=_snapshot(post, checked.cover_ids))
            emit(session, "roster.post", _public(post))
        return Done(self.get(post_id), Changes.of(POSTS))

    def set_active(self, actor: Actor, post_id: int, active: bool) -> Done[PostInfo]:
        actor.require_admin()
        with self.store.write() as session:
            post = _row(session, post_id)
            if post.active != active:
                post.active = active
                session.add(post)
                record(session, actor, "post.activate" if active else "post.deactivate",
                       entity="post", entity_id=post_id)
                emit(session, "roster.post", _public(post))
        return Done(self.get(post_id), Changes.of(POSTS))


def load_posts(session: Session, *, include_inactive: bool = False, only: int | None = None) -> list[PostInfo]:
    """Posts with their A/B names and cover lists, in two queries."""
    query = select(Post).order_by(col(Post.sort_order), col(Post.name))
    if not include_inactive:
        query = query.where(col(Post.active).is_(True))
    if only is not None:
        query = query.where(Post.id == only)
    posts = list(session.exec(query))
    names = dict(session.exec(select(Staff.id, Staff.name)).all())
    covers: dict[int, list[int]] = {}
    for post_id, staff_id in session.exec(select(PostCover.post_id, PostCover.staff_id)):
        covers.setdefault(post_id, []).append(staff_id)
    return [
        PostInfo(
            id=post.id or 0, name=post.name, location=post.location, duties=post.duties,
            service_standard=post.service_standard, time_limit=post.time_limit,
            holder_id=post.holder_id, holder_name=names.get(post.holder_id, "") if post.holder_id else "",
            backup_id=post.backup_id, backup_name=names.get(post.backup_id, "") if post.backup_id else "",
            cover_ids=tuple(sorted(covers.get(post.id or 0, ()))), sort_order=post.sort_order,
            active=post.active,
        )
        for post in posts
    ]


def _validated(form: PostForm) -> PostForm:
    name = clean_text(form.name, field="Post name", max_length=50, required=True)
    if form.holder_id is not None and form.holder_id == form.backup_id:
        raise Refusal("The A holder and the B backup of a post must be two different people: "
                      "B covers when A is out.")
    return replace(
        form,
        name=name,
        location=clean_text(form.location, field="Office location", max_length=100),
        duties=clean_text(form.duties, field="Duties", max_length=1000, multiline=True),
        service_standard=clean_text(form.service_standard, field="Service standard",
                                    max_length=500, multiline=True),
        time_limit=clean_text(form.time_limit, field="Time limit", max_length=50),
        cover_ids=tuple(sorted(set(form.cover_ids) - {form.holder_id, form.backup_id} - {None})),
    )


def _check_people(session: Session, form: PostForm) -> None:
    wanted = {i for i in (form.holder_id, form.backup_id, *form.cover_ids) if i is not None}
    if not wanted:
        return
    found = set(session.exec(select(Staff.id).where(col(Staff.id).in_(wanted))))
    missing = sorted(wanted - found)
    if missing:
        raise NotFound("There is no staff member number {id}; the list may be out of date.", id=missing[0])


def _check_unique(session: Session, name: str, post_id: int | None) -> None:
    clash = session.exec(select(Post.id).where(Post.name == name)).first()
    if clash is not None and clash != post_id:
        raise Refusal("There is already a post called {name}.", name=name)


def _apply(post: Post, form: PostForm) -> None:
    post.name = form.name
    post.location = form.location
    post.duties = form.duties
    post.service_standard = form.service_standard
    post.time_limit = form.time_limit
    post.holder_id = form.holder_id
    post.backup_id = form.backup_id
    post.sort_order = form.sort_order


def _cover_of(session: Session, post_id: int) -> tuple[int, ...]:
    return tuple(sorted(session.exec(select(PostCover.staff_id).where(PostCover.post_id == post_id))))


def _set_cover(session: Session, post_id: int, staff_ids: tuple[int, ...]) -> None:
    session.exec(delete(PostCover).where(col(PostCover.post_id) == post_id))  # type: ignore[call-overload]
    for staff_id in staff_ids:
        session.add(PostCover(post_id=post_id, staff_id=staff_id))


def _public(post: Post) -> dict[str, Any]:
    return {"post_id": post.id, "name": post.name, "location": post.location, "duties": post.duties,
            "service_standard": post.service_standard, "time_limit": post.time_limit,
            "holder_id": post.holder_id, "backup_id": post.backup_id, "active": post.active}


def _row(session: Session, post_id: int) -> Post:
    post = session.get(Post, post_id)
    if post is None:
        raise NotFound("There is no post number {id}; the list may be out of date.", id=post_id)
    return post
