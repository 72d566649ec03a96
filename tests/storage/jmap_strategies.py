"""Hypothesis strategies for whole projects: every dataclass in core/model.py, with valid references.

Values are drawn from each field's annotation (so a new field is covered without editing
this file): unicode text including Chinese, None where a field allows it, floats with
infinities but no NaN (SQLite stores NaN as NULL), dicts and lists for the JSON columns.
References are drawn from the ids already made, parents first.
"""
from __future__ import annotations

import dataclasses

from hypothesis import strategies as st

from journeymap.core import model
from journeymap.core.project import REFERENCES, Project, ProjectError

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12) | \
    st.sampled_from(["旅程", "客户体验 CX", "Café ☕", "", " ", "'; DROP TABLE stages; --"])
FLOAT = st.floats(allow_nan=False, width=64)
INT = st.integers(-(2 ** 63), 2 ** 63 - 1)
JSON = st.recursive(st.none() | st.booleans() | st.integers(-10 ** 12, 10 ** 12) | FLOAT | TEXT,
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                    max_leaves=8)
REFS = {(kind, fname): (target, rule) for kind, fname, target, rule in REFERENCES}


def for_annotation(annotation: str):
    a = annotation.replace(" ", "")
    optional = a.endswith("|None")
    base = {"str": TEXT, "float": FLOAT, "int": INT, "dict[str,float]": st.dictionaries(TEXT, FLOAT, max_size=3),
            "dict[str,str]": st.dictionaries(TEXT, TEXT, max_size=3),
            "dict": st.dictionaries(TEXT, JSON, max_size=3), "list[str]": st.lists(TEXT, max_size=3),
            "list[float]": st.lists(FLOAT, max_size=3)}[a.removesuffix("|None")]
    return base | st.none() if optional else base


def _reference(draw, ids, target, rule, optional):
    pool = ids.get(target, [])
    if rule == "list":
        return draw(st.lists(st.sampled_from(pool), unique=True, max_size=3)) if pool else []
    if not pool:
        return None
    choice = st.sampled_from(pool)
    return draw(choice | st.none()) if optional else draw(choice)


def entity(draw, kind: str, key: str, ids: dict):
    """One entity of ``kind`` with id (or name) ``key``; None if a required parent is missing."""
    cls = model.ENTITY_TYPES[kind]
    values = {}
    for f in dataclasses.fields(cls):
        optional = str(f.type).replace(" ", "").endswith("|None")
        if f.name in ("id",) or (kind == "mappings" and f.name == "name"):
            values[f.name] = key
        elif (kind, f.name) in REFS:
            value = _reference(draw, ids, *REFS[(kind, f.name)], optional)
            if value is None and not optional:
                return None
            values[f.name] = value
        else:
            values[f.name] = draw(for_annotation(str(f.type)))
    return cls(**values)


@st.composite
def projects(draw, max_per_kind: int = 4) -> Project:
    info = model.ProjectInfo(**{f.name: draw(for_annotation(str(f.type)))
                                for f in dataclasses.fields(model.ProjectInfo)})
    project = Project(info)
    ids: dict[str, list[str]] = {}
    for kind in model.ENTITY_TYPES:  # parents first
        keys = draw(st.lists(TEXT.filter(bool), unique=True, max_size=max_per_kind))
        for key in keys:
            made = entity(draw, kind, key, ids)
            if made is None:
                continue
            try:
                project.add(made)
            except ProjectError:  # a journey name drawn twice: names are unique
                continue
            ids.setdefault(kind, []).append(key)
    return project
