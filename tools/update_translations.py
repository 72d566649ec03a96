"""Keeps the UI's Qt Linguist sources current: ``.venv/bin/python tools/update_translations.py``.

1. ``pyside6-lupdate`` extracts every ``tr()`` string of journeymap/ (never generated code) into
   resources/translations/journeymap_<lang>.ts, keeping what translators already wrote.
2. lupdate cannot see the context of a module-level ``tr()`` helper (``def tr(text): return
   QCoreApplication.translate("HeatLegend", text)``) or of ``tr = self.tr``: it files those under "None",
   where Qt would never look them up. They are moved to the context the code really uses, found with ``ast``.
3. With ``--seed FILE.json`` ({source: 简体}), unfinished zh_CN messages take the seed's text, and
   unfinished zh_TW messages take it converted by OpenCC (Taiwan phrasing) with docs/glossary.md's
   regional terms; a translator's own text is never overwritten.
4. ``--release`` compiles the .ts into .qm (``pyside6-lrelease``) beside them: build output, not source.
5. The Qt-free layers' gettext catalogues, resources/locale/<lang>/LC_MESSAGES/journeymap.po, take every
   ``_()`` / ``N_()`` message of journeymap/ (Babel's extractor) and the English labels of
   journeymap/charts/labels.py; the same seed fills them, so UI, charts and exports say one word for a term.
"""
from __future__ import annotations

import argparse
import ast
import datetime
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "zh_TW")
BIN = Path(sys.executable).parent


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "journeymap").rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts: Path) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "absolute",
                    *files, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


@cache
def _contexts_of(path: Path) -> tuple[str | None, list[tuple[int, int, str]]]:
    """(the module's tr() helper context, [(first, last line, class name)] of classes aliasing self.tr)."""
    text = path.read_text(encoding="utf-8")
    helper = (re.search(r"def tr\(\w+[^)]*\)[^:]*:\s*\n\s*return (?:QCoreApplication\.translate|_translate)"
                        r"\(\s*\"([^\"]+)\"", text)
              or re.search(r"\btr = lambda \w+: QCoreApplication\.translate\(\s*\"([^\"]+)\"", text))
    spans = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ClassDef):
            spans.append((node.lineno, node.end_lineno or node.lineno, node.name))
    return (helper[1] if helper else None), spans


def context_for(filename: str, line: int) -> str | None:
    path = (TS_DIR / filename).resolve()
    helper, classes = _contexts_of(path)
    inner = [c for c in classes if c[0] <= line <= c[1]]
    source = path.read_text(encoding="utf-8").splitlines()
    # `tr = self.tr` inside a method: the enclosing class is the context.
    if inner and any(re.search(r"\btr = self\.tr\b", s) for s in source[inner[-1][0] - 1:line]):
        return inner[-1][2]
    return helper or (inner[-1][2] if inner else None)


def noop_aliases(path: Path) -> list[tuple[str, str, int]]:
    """(context, source, line) of ``T("...")`` calls where the module says
    ``T = lambda text: QT_TRANSLATE_NOOP("Context", text)``: lupdate does not follow the alias."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = {}
    translate = set()   # `t = QCoreApplication.translate`: t("Context", "text") calls
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute)
                and node.value.attr == "translate" and getattr(node.value.value, "id", "") == "QCoreApplication"):
            translate.update(t.id for t in node.targets if isinstance(t, ast.Name))
    for node in tree.body:
        # def _tr(text): return QCoreApplication.translate("Context", text)
        if (isinstance(node, ast.FunctionDef) and node.args.args and len(node.body) >= 1
                and isinstance(node.body[-1], ast.Return) and isinstance(node.body[-1].value, ast.Call)):
            call = node.body[-1].value
            name = getattr(call.func, "attr", None) or getattr(call.func, "id", None)
            if (name in ("translate", "_translate") and len(call.args) >= 2
                    and isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == node.args.args[0].arg):
                aliases[node.name] = call.args[0].value
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda)
                and isinstance(node.value.body, ast.Call)
                and getattr(node.value.body.func, "id", "") in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3")
                and isinstance(node.value.body.args[0], ast.Constant)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    aliases[target.id] = node.value.body.args[0].value
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", None) in aliases and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append((aliases[node.func.id], node.args[0].value, node.lineno))
        elif (isinstance(node, ast.Call) and getattr(node.func, "id", None) in translate and len(node.args) >= 2
              and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])):
            found.append((node.args[0].value, node.args[1].value, node.lineno))
    return found


def in_fstrings(path: Path) -> list[tuple[str, str, int]]:
    """(class, source, line) of ``self.tr("...")`` inside f-strings, which lupdate does not read."""
    found = []
    for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(cls, ast.ClassDef):
            continue
        for joined in ast.walk(cls):
            if not isinstance(joined, ast.JoinedStr):
                continue
            for node in ast.walk(joined):
                if (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "tr"
                        and getattr(node.func.value, "id", None) == "self" and node.args
                        and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    found.append((cls.name, node.args[0].value, node.lineno))
    return found


def add_aliased(ts: Path) -> int:
    """Adds the aliased and f-string messages lupdate missed (unfinished until seeded or restored)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    added = 0
    for path in sources():
        for context, source, line in noop_aliases(path) + in_fstrings(path):
            target = contexts.get(context)
            if target is None:
                target = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = context
                contexts[context] = target
            if any(m.findtext("source") == source for m in target.findall("message")):
                continue
            message = ET.SubElement(target, "message")
            ET.SubElement(message, "location", filename=os.path.relpath(path, TS_DIR), line=str(line))
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")
            added += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return added


def translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> finished <translation> element: what a run must not lose."""
    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                found[(context.findtext("name") or "", message.findtext("source"))] = translation
    return found


def restore(ts: Path, memory: dict[tuple[str, str], ET.Element]) -> None:
    """lupdate drops the translations of messages fix_contexts moved (their context is not the code's
    literal one, so it calls them obsolete); put them back after the move."""
    tree = ET.parse(ts)
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            old = memory.get((context.findtext("name") or "", message.findtext("source")))
            translation = message.find("translation")
            if old is not None and translation is not None and translation.get("type") == "unfinished":
                message.remove(translation)
                message.append(old)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def fix_contexts(ts: Path) -> int:
    """Moves messages out of lupdate's "None" context; returns how many could not be placed."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    # core/names.py's texts are looked up in "Names"; lupdate files `names.tr(...)` under "names".
    renamed = {"names": "Names"}
    lost = 0
    for orphan_name in ("None", "", *renamed):
        lost += _place(root, contexts, contexts.pop(orphan_name, None), renamed.get(orphan_name))
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return lost


def _place(root, contexts: dict, orphan, fixed: str | None) -> int:
    lost = 0
    for message in list(orphan) if orphan is not None else []:
        if message.tag != "message":
            continue
        loc = message.find("location")
        name = fixed or (context_for(loc.get("filename"), int(loc.get("line"))) if loc is not None else None)
        if name is None:
            lost += 1
            continue
        target = contexts.get(name)
        if target is None:
            target = ET.SubElement(root, "context")
            ET.SubElement(target, "name").text = name
            contexts[name] = target
        same = [m for m in target.findall("message") if m.findtext("source") == message.findtext("source")]
        if same:  # already there (seeded or translated before): keep its translation, add the location
            same[0].insert(0, loc)
        else:
            target.append(message)
        orphan.remove(message)
    if orphan is not None and not orphan.findall("message"):
        root.remove(orphan)
    return lost


# Whole texts whose Taiwan word is not a conversion of the mainland one (a table's row and column).
TW_EXACT = {"列": "欄", "行": "列", "行数": "列數"}


def to_taiwan(text: str) -> str:
    if text in TW_EXACT:
        return TW_EXACT[text]
    sys.path.insert(0, str(ROOT))
    from journeymap.samples.chinese import to_script
    return to_script(text, "zh_TW")


def seed(ts: Path, lang: str, table: dict[str, str]) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or translation.get("type") != "unfinished" or source not in table:
            continue
        text = table[source] if lang == "zh_CN" else to_taiwan(table[source])
        forms = translation.findall("numerusform")
        if forms:  # `%n` messages: Chinese has one plural form
            for form in forms:
                form.text = text
        else:
            translation.text = text
        del translation.attrib["type"]
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def rederive_taiwan() -> int:
    """zh_TW's texts again from zh_CN's (after a change of TW_TERMS): returns how many changed."""
    cn = ET.parse(TS_DIR / "journeymap_zh_CN.ts").getroot()
    simplified = {(c.findtext("name"), m.findtext("source")): m.find("translation")
                  for c in cn.findall("context") for m in c.findall("message")}
    path = TS_DIR / "journeymap_zh_TW.ts"
    tree = ET.parse(path)
    changed = 0
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            source = simplified.get((context.findtext("name"), message.findtext("source")))
            if source is None or source.get("type") == "unfinished":
                continue
            ours, theirs = message.find("translation"), source.findall("numerusform") or [source]
            targets = ours.findall("numerusform") or [ours]
            for target, text in zip(targets, theirs):
                new = to_taiwan(text.text or "")
                if target.text != new:
                    target.text, changed = new, changed + 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    from babel.messages.pofile import read_po, write_po
    with (LOCALE_DIR / "zh_CN" / "LC_MESSAGES" / "journeymap.po").open("rb") as handle:
        cn_po = {m.id: m.string for m in read_po(handle) if m.id}
    tw_path = LOCALE_DIR / "zh_TW" / "LC_MESSAGES" / "journeymap.po"
    with tw_path.open("rb") as handle:
        tw_po = read_po(handle)
    for message in tw_po:
        if message.id and cn_po.get(message.id) and message.string != to_taiwan(cn_po[message.id]):
            message.string, changed = to_taiwan(cn_po[message.id]), changed + 1
    with tw_path.open("wb") as handle:
        write_po(handle, tw_po, width=110, sort_output=True)
    return changed


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [m.findtext("source") for m in root.iter("message")
            if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"]


def release(ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True)


LOCALE_DIR = ROOT / "resources" / "locale"
# _() and N_() mark messages; an export's Column titles and Sheet names are messages too.
KEYWORDS = {"_": None, "gettext": None, "N_": None, "Column": (2,), "Sheet": (1,), "Chart": (2,)}


def catalogue_messages() -> dict[str, list[tuple[str, int]]]:
    """msgid -> [(file, line)] of every Qt-free message in journeymap/: calls of the KEYWORDS with a
    literal at the keyword's position, found with ``ast`` (so also inside f-strings, which Babel's
    extractor skips)."""
    found: dict[str, list[tuple[str, int]]] = {}
    for path in sources():
        rel = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in KEYWORDS:
                continue
            index = (KEYWORDS[name] or (1,))[0] - 1
            if len(node.args) > index and isinstance(node.args[index], ast.Constant) \
                    and isinstance(node.args[index].value, str) and node.args[index].value:
                found.setdefault(node.args[index].value, []).append((rel, node.lineno))
    sys.path.insert(0, str(ROOT))
    from journeymap.charts.labels import _EN
    from journeymap.core.names import CODES, PARTS
    labels = (ROOT / "journeymap" / "charts" / "labels.py").read_text(encoding="utf-8")
    for key, text in _EN.items():
        if key.startswith("part."):
            continue   # the parts' names: core/names.py PARTS, below
        line = labels[:max(labels.find(f'"{key}":'), 0)].count("\n") + 1
        found.setdefault(text, []).append(("journeymap/charts/labels.py", line))
    names = (ROOT / "journeymap" / "core" / "names.py").read_text(encoding="utf-8")
    for key, text in [*PARTS.items(), *CODES.items()]:
        line = names[:max(names.find(f'"{key}":'), 0)].count("\n") + 1
        found.setdefault(text, []).append(("journeymap/core/names.py", line))
    return found


def update_catalogue(lang: str, table: dict[str, str]) -> list[str]:
    """Rewrites ``lang``'s .po from the code's messages, keeping what translators wrote; returns the
    messages left without a translation."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po
    path = LOCALE_DIR / lang / "LC_MESSAGES" / "journeymap.po"
    old = {}
    if path.exists():
        with path.open("rb") as handle:
            old = {m.id: m.string for m in read_po(handle) if m.id and m.string and not m.fuzzy}
    fixed = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc)  # no churn from dates in the header
    catalog = Catalog(locale=lang, project="JourneyMap", domain="journeymap", charset="utf-8",
                      creation_date=fixed, revision_date=fixed, version="1", copyright_holder="JourneyMap",
                      msgid_bugs_address="", last_translator="tools/update_translations.py --seed",
                      language_team=f"JourneyMap {lang}")
    left = []
    for msgid, locations in sorted(catalogue_messages().items()):
        text = old.get(msgid) or (table.get(msgid) and (table[msgid] if lang == "zh_CN"
                                                         else to_taiwan(table[msgid])))
        catalog.add(msgid, text or "", locations=locations)
        if not text:
            left.append(msgid)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=110, omit_header=False, sort_output=True)
    return left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, help="JSON {English source: 简体} for unfinished messages")
    parser.add_argument("--release", action="store_true", help="also compile .qm files")
    parser.add_argument("--no-extract", action="store_true", help="skip lupdate (compile or seed only)")
    parser.add_argument("--rederive-tw", action="store_true",
                        help="write zh_TW again from zh_CN (after changing the regional terms)")
    args = parser.parse_args(argv)
    if args.rederive_tw:
        print(f"zh_TW: {rederive_taiwan()} texts changed")
    table = json.loads(args.seed.read_text(encoding="utf-8")) if args.seed else {}
    for lang in LANGS:
        ts = TS_DIR / f"journeymap_{lang}.ts"
        if not args.no_extract:
            memory = translations(ts)
            run_lupdate(ts)
            lost = fix_contexts(ts)
            add_aliased(ts)
            restore(ts, memory)
            if lost:
                print(f"{ts.name}: {lost} messages with no context the code uses", file=sys.stderr)
        if table:
            seed(ts, lang, table)
        left = unfinished(ts)
        print(f"{ts.name}: {len(left)} unfinished")
        if args.release:
            release(ts)
        left = update_catalogue(lang, table)
        print(f"locale/{lang}/LC_MESSAGES/journeymap.po: {len(left)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
