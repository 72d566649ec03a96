"""The journey as a directed graph (networkx): validation, loops, layout order, paths."""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .project import Project


@dataclass(frozen=True)
class Problem:
    """One finding of ``validate``: ``level`` is error | warning | info."""
    level: str
    code: str
    message: str
    ids: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"level": self.level, "code": self.code, "message": self.message, "ids": list(self.ids)}


def build(project: Project, journey_id: str) -> nx.DiGraph:
    """Stages are nodes (with their attributes); transitions are edges keyed by id."""
    graph = nx.DiGraph()
    for stage in project.stages_of(journey_id):
        graph.add_node(stage.id, name=stage.name, role=stage.role, phase=stage.phase)
    for t in project.where("transitions", journey=journey_id):
        graph.add_edge(t.source, t.target, id=t.id, kind=t.kind, share=t.share, label=t.label)
    return graph


def entries(graph: nx.DiGraph) -> list[str]:
    """Stages marked entry; failing that, stages nothing leads to."""
    marked = [n for n, d in graph.nodes(data=True) if d.get("role") == "entry"]
    return marked or [n for n in graph.nodes if graph.in_degree(n) == 0]


def exits(graph: nx.DiGraph) -> list[str]:
    marked = [n for n, d in graph.nodes(data=True) if d.get("role") == "terminal"]
    return marked or [n for n in graph.nodes if graph.out_degree(n) == 0]


def back_edges(graph: nx.DiGraph) -> list[tuple[str, str]]:
    """Edges that close a loop, found by depth-first search from the entries in order.

    Removing them leaves a DAG; these are the loops a reader sees (complaint loops,
    repeat contacts), as opposed to the forward flow.
    """
    starts = entries(graph) + sorted(graph.nodes, key=lambda n: graph.nodes[n].get("name", ""))
    state: dict[str, int] = {}  # 1 on stack, 2 finished
    found: list[tuple[str, str]] = []
    for start in starts:
        if start in state:
            continue
        stack = [(start, iter(graph.successors(start)))]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                found.append((node, child))
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(graph.successors(child))))
    return found


def loops(graph: nx.DiGraph) -> list[list[str]]:
    """Each loop as the list of stages it passes, one per back edge."""
    dag = graph.copy()
    dag.remove_edges_from(back_edges(graph))
    result = []
    for source, target in back_edges(graph):
        try:
            path = nx.shortest_path(dag, target, source)
        except nx.NetworkXNoPath:
            path = [target, source]
        result.append(path)
    return result


def generations(graph: nx.DiGraph) -> list[list[str]]:
    """Topological generations with loops broken: the column order for auto-layout."""
    dag = graph.copy()
    dag.remove_edges_from(back_edges(graph))
    return [sorted(g, key=lambda n: graph.nodes[n].get("name", "")) for g in nx.topological_generations(dag)]


def paths(graph: nx.DiGraph, *, limit: int = 200) -> list[list[str]]:
    """Entry-to-exit paths over the loop-free graph, at most ``limit`` of them."""
    dag = graph.copy()
    dag.remove_edges_from(back_edges(graph))
    found: list[list[str]] = []
    for start in entries(graph):
        for end in exits(graph):
            if start == end:
                found.append([start])
                continue
            for path in nx.all_simple_paths(dag, start, end):
                found.append(path)
                if len(found) >= limit:
                    return found
    return found


def validate(project: Project, journey_id: str) -> list[Problem]:
    """Graph and integrity checks for one journey."""
    problems: list[Problem] = []
    stages = {s.id: s for s in project.stages_of(journey_id)}
    phases = {p.id for p in project.where("phases", journey=journey_id)}
    name = lambda sid: stages[sid].name if sid in stages else sid  # noqa: E731
    for t in project.where("transitions", journey=journey_id):
        for end in (t.source, t.target):
            if end not in stages:
                problems.append(Problem("error", "missing-stage",
                                        f"transition {t.id} points to a missing stage {end!r}", (t.id,)))
    for s in stages.values():
        if s.phase is not None and s.phase not in phases:
            problems.append(Problem("error", "missing-phase",
                                    f"stage {s.name!r} is in a phase this journey lacks", (s.id,)))
        if s.emotion is not None and not -3 <= s.emotion <= 3:
            problems.append(Problem("error", "emotion-range",
                                    f"stage {s.name!r} has emotion {s.emotion}, outside -3..+3", (s.id,)))
    graph = build(project, journey_id)
    graph.remove_nodes_from([n for n in list(graph.nodes) if n not in stages])
    if stages and not [n for n, d in graph.nodes(data=True) if d.get("role") == "entry"]:
        problems.append(Problem("warning", "no-entry", "no stage is marked as an entry"))
    reachable: set[str] = set()
    for start in entries(graph):
        reachable |= {start} | nx.descendants(graph, start)
    for sid in stages:
        if sid not in reachable:
            problems.append(Problem("error", "unreachable",
                                    f"stage {name(sid)!r} cannot be reached from an entry", (sid,)))
        elif graph.out_degree(sid) == 0 and stages[sid].role != "terminal":
            problems.append(Problem("error", "dead-end",
                                    f"stage {name(sid)!r} leads nowhere and is not marked terminal", (sid,)))
    for loop in loops(graph):
        problems.append(Problem("info", "loop",
                                "loop: " + " -> ".join(name(s) for s in loop + loop[:1]), tuple(loop)))
    for t in project.where("transitions", journey=journey_id):
        if t.share is not None and not 0 <= t.share <= 1:
            problems.append(Problem("error", "share-range",
                                    f"transition {name(t.source)!r} -> {name(t.target)!r} has share "
                                    f"{t.share}, outside 0..1", (t.id,)))
    return problems
