"""The journey graph: validation, loops, layout order and paths."""
from __future__ import annotations

from journeymap.core import graph
from journeymap.core import model as m
from journeymap.core.project import Project
from journeymap.samples import templates


def journey(edges, roles=None, extra=()):
    """A journey whose stages are the letters in ``edges`` ("AB" is A -> B) and ``extra``."""
    roles = roles or {}
    project = Project()
    project.add(m.Journey("j", "J"))
    project.add(m.Phase("p", "j", "P"))
    names = sorted({c for e in edges for c in e} | set(extra))
    for n in names:
        project.add(m.Stage(n, "j", "p", f"Stage {n}", role=roles.get(n, "step")))
    for i, (a, b) in enumerate(edges):
        project.add(m.Transition(f"t{i}", "j", a, b))
    return project


def codes(project, code):
    return sorted(tuple(p.ids) for p in graph.validate(project, "j") if p.code == code)


def test_clean_line_has_no_problems():
    project = journey(["AB", "BC"], {"A": "entry", "C": "terminal"})
    assert graph.validate(project, "j") == []


def test_unreachable_stages():
    project = journey(["AB", "XY"], {"A": "entry", "B": "terminal", "Y": "terminal"})
    assert codes(project, "unreachable") == [("X",), ("Y",)]


def test_dead_end_that_is_not_terminal():
    project = journey(["AB", "AC"], {"A": "entry", "C": "terminal"})
    assert codes(project, "dead-end") == [("B",)]
    problem = next(p for p in graph.validate(project, "j") if p.code == "dead-end")
    assert problem.level == "error" and "Stage B" in problem.message


def test_transition_to_a_missing_stage():
    project = journey(["AB"], {"A": "entry", "B": "terminal"})
    project.add(m.Transition("t-bad", "j", "B", "st-gone"))
    problems = [p for p in graph.validate(project, "j") if p.code == "missing-stage"]
    assert [p.ids for p in problems] == [("t-bad",)]
    assert "st-gone" in problems[0].message and problems[0].level == "error"
    # the missing end is not a stage: no unreachable/dead-end noise about it
    assert not [p for p in graph.validate(project, "j") if "st-gone" in p.ids]


def test_loops_are_reported_as_loops_not_errors():
    project = journey(["AB", "BC", "CB", "CD"], {"A": "entry", "D": "terminal"})
    problems = graph.validate(project, "j")
    assert [p.level for p in problems] == ["info"]
    assert problems[0].code == "loop" and set(problems[0].ids) == {"B", "C"}
    assert "Stage B -> Stage C -> Stage B" in problems[0].message or \
        "Stage C -> Stage B -> Stage C" in problems[0].message
    g = graph.build(project, "j")
    assert graph.back_edges(g) == [("C", "B")]
    assert graph.loops(g) == [["B", "C"]]


def test_self_loop():
    project = journey(["AB", "BB", "BC"], {"A": "entry", "C": "terminal"})
    g = graph.build(project, "j")
    assert graph.loops(g) == [["B"]]
    assert [p.code for p in graph.validate(project, "j")] == ["loop"]


def test_generations_break_loops():
    project = journey(["AB", "BC", "CB", "CD", "AD"], {"A": "entry", "D": "terminal"})
    g = graph.build(project, "j")
    assert graph.generations(g) == [["A"], ["B"], ["C"], ["D"]]


def test_generations_of_a_branch():
    project = journey(["AB", "AC", "BD", "CD"], {"A": "entry", "D": "terminal"})
    assert graph.generations(graph.build(project, "j")) == [["A"], ["B", "C"], ["D"]]


def test_generations_of_a_pure_cycle_start_somewhere():
    project = journey(["AB", "BC", "CA"])
    gens = graph.generations(graph.build(project, "j"))
    assert sorted(n for g in gens for n in g) == ["A", "B", "C"] and len(gens) == 3


def test_entry_to_exit_paths():
    project = journey(["AB", "AC", "BD", "CD", "DB", "CE"], {"A": "entry", "D": "terminal", "E": "terminal"})
    paths = graph.paths(graph.build(project, "j"))
    assert sorted(paths) == [["A", "B", "D"], ["A", "C", "D"], ["A", "C", "E"]]


def test_paths_without_marked_roles_use_sources_and_sinks():
    project = journey(["AB", "BC"])
    assert graph.paths(graph.build(project, "j")) == [["A", "B", "C"]]


def test_paths_are_capped():
    edges = [f"{a}{b}" for a, b in zip("ABCDEFGHIJ", "BCDEFGHIJK")] + \
        [f"{a}{b}" for a, b in zip("ABCDEFGHIJ", "CDEFGHIJKK")]
    project = journey(edges, {"A": "entry", "K": "terminal"})
    assert len(graph.paths(graph.build(project, "j"), limit=7)) == 7


def test_no_entry_is_a_warning_and_isolated_stage_is_unreachable():
    project = journey(["AB"], {"B": "terminal"}, extra="Z")
    found = {p.code: p.level for p in graph.validate(project, "j")}
    assert found["no-entry"] == "warning"
    assert codes(project, "unreachable") == []  # without entries, sources count as entries
    assert codes(project, "dead-end") == [("Z",)]


def test_ranges():
    project = journey(["AB"], {"A": "entry", "B": "terminal"})
    project.update("stages", "A", emotion=4.0)
    project.update("transitions", "t0", share=1.5)
    assert {p.code for p in graph.validate(project, "j")} == {"emotion-range", "share-range"}


def test_templates_validate_without_errors():
    for name in templates.TEMPLATES:
        project = templates.build(name)
        for j in project.all("journeys"):
            problems = graph.validate(project, j.id)
            assert not [p for p in problems if p.level == "error"], (name, problems)


def test_insurance_template_loops():
    project = templates.build("insurance")
    loops = [p for p in graph.validate(project, "jn-ins") if p.code == "loop"]
    assert len(loops) == 2
