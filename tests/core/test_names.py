"""Kinds and fields in words, translatable (issue 9 item 8: 'Delete evidenc', 'no evidenc with id')."""
from journeymap.core import commands, names
from journeymap.core.model import ENTITY_TYPES
from journeymap.samples.templates import build


def test_every_kind_has_a_name_and_none_is_cut_short():
    assert set(names.KINDS) == set(ENTITY_TYPES)
    for kind in ENTITY_TYPES:
        assert names.noun(kind) and names.noun(kind, 2) and "_" not in names.noun(kind)
    assert names.noun("evidence") == "evidence item" and names.noun("feedback", 3) == "comments"


def test_labels_go_through_the_installed_translator():
    project = build("insurance")
    stage = project.stages_of(project.default_journey().id)[0]
    seen = []

    def translate(context, text):
        seen.append((context, text))
        return {"stage": "环节", "Change {fields} of {noun} '{title}'": "修改{noun}“{title}”的{fields}",
                "customer action": "客户行为"}.get(text, text)
    names.set_translator(translate)
    try:
        label = commands.edit("stages", stage.id, customer_action="x").describe(project)
    finally:
        names.set_translator(None)
    assert label == f"修改环节“{stage.name}”的客户行为"
    assert all(context == "Names" for context, _ in seen)
    assert commands.edit("stages", stage.id, customer_action="y").describe(project).startswith("Change")
