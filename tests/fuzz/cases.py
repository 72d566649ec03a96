"""Fuzz cases for the command line, drawn from a random.Random: malformed import files, hostile
mappings and options, damaged project files. Shared by tests/fuzz/test_fuzz.py (hypothesis, a fixed
budget) and benchmarks/fuzz.py (N cases with a seed).

A case is plain data (``Case``: files as bytes, the argv, which file is the project), so a failing
one is saved as JSON under tests/fuzz/regressions/ and replayed by the test forever after.

What every case must show (``run_case``): exit 0, 1 (validate found issues) or 2, never an
exception out of ``cli.main``; after a failure (exit != 0) the project's bytes unchanged; after a
read command the bytes unchanged whatever the exit; no journal, WAL or temporary file left beside it.
"""
from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import random
import sqlite3
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

JOURNEY = "Insurance end to end"
READS = [["info"], ["info", "--json"], ["validate"], ["rank"], ["roadmap"], ["pareto"], ["drivers"],
         ["rank", "--json"], ["review"]]
HOSTILE = ["<img src=x width=30000 height=30000> J", "<b>bold</b>", "\x1b]0;pwned\x07title", "\x1b[31mred\x1b[0m",
           "' OR 1=1 --", "a" * 300, "\u202egnp.exe", "名字 旅程", "", " ", "x\x00y", "\ud800"[:0] + "emoji 😀",
           "%s%n%x", "../../etc/passwd", "NaN", "-1", "9" * 400, "\r\n", "=cmd|' /C calc'!A0"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "big5", "cp1252", "latin-1", "utf-32"]
BAD_ENCODINGS = ["rot13", "hex", "undefined", "punycode", "idna", "utf\x00-8", "zzz", "base64", "utf-7"]
SQL_DAMAGE = [
    "UPDATE stages SET lanes = '{bad' WHERE rowid = (SELECT min(rowid) FROM stages)",
    "UPDATE stages SET emotions = '[1,' WHERE rowid = (SELECT max(rowid) FROM stages)",
    "UPDATE project SET value = '[1, 2]' WHERE key = 'title'",
    "UPDATE project SET value = '{\"a\": 1}' WHERE key = 'default_journey'",
    "UPDATE project SET value = '\"nope\"' WHERE key = 'rank_weights'",
    "UPDATE project SET value = 'not json' WHERE key = 'generation'",
    "UPDATE stages SET name = CAST(X'C328' AS TEXT) WHERE rowid = (SELECT min(rowid) FROM stages)",
    "INSERT INTO initiative_pain_points VALUES ('in-gone', 'pp-gone', 9)",
    "ALTER TABLE stages DROP COLUMN name",
    "ALTER TABLE pain_points RENAME COLUMN title TO titel",
    "UPDATE stages SET id = NULL WHERE rowid = (SELECT min(rowid) FROM stages)",
    "UPDATE pain_points SET severity = 'abc' WHERE rowid = (SELECT min(rowid) FROM pain_points)",
    "UPDATE pain_points SET stage = 'st-gone' WHERE rowid = (SELECT min(rowid) FROM pain_points)",
    "UPDATE datasets SET mapping = '[]' WHERE rowid = (SELECT min(rowid) FROM datasets)",
    "UPDATE datasets SET kind = 'zzz' WHERE rowid = (SELECT min(rowid) FROM datasets)",
    "UPDATE survey_items SET position = 99 WHERE rowid = (SELECT min(rowid) FROM survey_items)",
    "UPDATE journeys SET name = NULL WHERE rowid = (SELECT min(rowid) FROM journeys)",
    "DELETE FROM journeys",
    "PRAGMA user_version = 0", "PRAGMA user_version = -1", "PRAGMA user_version = 99",
    "PRAGMA application_id = 1",
    "DROP TABLE IF EXISTS survey_items",
]


@dataclass
class Case:
    kind: str                       # import | mapping | damaged
    argv: list                      # with {project}, {file}, {mapping} placeholders
    files: dict = field(default_factory=dict)   # name -> bytes (project.jmap, data file, m.json)
    note: str = ""

    def to_json(self) -> str:
        return json.dumps({"kind": self.kind, "argv": self.argv, "note": self.note,
                           "files": {k: base64.b64encode(v).decode() for k, v in self.files.items()}})

    @classmethod
    def from_json(cls, text: str) -> "Case":
        d = json.loads(text)
        return cls(d["kind"], d["argv"], {k: base64.b64decode(v) for k, v in d["files"].items()}, d.get("note", ""))


# -- the good material the cases are made from ------------------------------------------------

def survey_csv(rng: random.Random, rows: int) -> str:
    lines = ["id,segment,date,satisfied,Claim speed,Quote"]
    for i in range(rows):
        lines.append(f"r{i},{rng.choice(['Gold', 'Basic', '金卡'])},2026-{rng.randint(1, 12):02d}-"
                     f"{rng.randint(1, 28):02d},{rng.choice(['yes', 'no'])},{rng.randint(1, 5)},{rng.randint(1, 5)}")
    return "\n".join(lines) + "\n"


def survey_mapping(name: str = "S") -> dict:
    return {"kind": "survey", "name": name, "journey": JOURNEY, "create_stages": True, "id": "id",
            "segment": "segment", "date": "date",
            "outcome": {"column": "satisfied", "type": "binary", "positive": ["yes"]},
            "items": [{"column": "Claim speed", "stage": "Reports a claim", "scale": [1, 5]},
                      {"column": "Quote", "stage": "Gets an online quote", "scale": [1, 5], "missing": [0]}]}


def feedback_csv(rng: random.Random, rows: int) -> str:
    words = ["slow", "rude staff", "等了很久", "price", "", "  ", "great", '"quoted, text"']
    lines = ["text,reason,score,date,source"]
    for i in range(rows):
        lines.append(f"{rng.choice(words)},{rng.choice(['late', '', 'price'])},{rng.randint(1, 5)},"
                     f"2026-10-{rng.randint(1, 28):02d}T10:00:00{rng.choice(['Z', '+01:00', '+02:00', ''])},"
                     f"{rng.choice(['customer', 'employee', 'staff'])}")
    return "\n".join(lines) + "\n"


def feedback_mapping(name: str = "F") -> dict:
    return {"kind": "feedback", "name": name, "journey": JOURNEY, "create_stages": True, "text": "text",
            "reason": "reason", "score": "score", "scale": [1, 5], "date": "date", "source_column": "source",
            "stage": "Reports a claim"}


def operations_csv(rng: random.Random, rows: int) -> str:
    lines = ["stage,date,calls,Calls,aht_s"]
    for _ in range(rows):
        lines.append(f"{rng.choice(['Reports a claim', 'Gets an online quote'])},2026-{rng.randint(1, 12):02d}-01,"
                     f"{rng.randint(0, 900)},{rng.randint(0, 9)},{rng.uniform(10, 900):.1f}")
    return "\n".join(lines) + "\n"


def operations_mapping(name: str = "O") -> dict:
    return {"kind": "operations", "name": name, "journey": JOURNEY, "create_stages": True, "stage_column": "stage",
            "period": "month", "date": "date",
            "metrics": [{"column": "calls", "metric": "Contact volume", "agg": "sum"},
                        {"column": "aht_s", "metric": "Average handling time", "agg": "mean", "better": "lower"}]}


GOOD = {"survey": (survey_csv, survey_mapping), "feedback": (feedback_csv, feedback_mapping),
        "operations": (operations_csv, operations_mapping)}


def base_project(folder: Path) -> bytes:
    """The insurance template with one survey imported: the project every case starts from."""
    from journeymap.cli import main
    from journeymap.samples.templates import build
    from journeymap.storage import write
    path = folder / "base.jmap"
    write.save(build("insurance"), path)
    (folder / "base.csv").write_text(survey_csv(random.Random(0), 60), encoding="utf-8")
    (folder / "base.json").write_text(json.dumps(survey_mapping("Base survey")), encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["import", str(path), str(folder / "base.csv"), "--mapping", str(folder / "base.json")]) == 0
    return path.read_bytes()


# -- mutations --------------------------------------------------------------------------------

def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(9)
        at = rng.randrange(len(data) + 1)
        if op == 0 and data:
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif op == 1:
            data[at:at] = rng.choice([b'"', b",", b";", b"\n", b"\r", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
                                      b"\t", b'""', b"\x1b[2J", "é".encode(), "汉".encode("gb18030")])
        elif op == 2:
            del data[at:at + rng.randint(1, 40)]
        elif op == 3:
            data = data[:at]
        elif op == 4:
            data[at:at] = b"x" * rng.choice([1000, 140_000])
        elif op == 5:
            data += b",,,,\n\n" * rng.randint(1, 3)
        elif op == 6:
            data[at:at] = rng.choice(HOSTILE).encode("utf-8", "surrogatepass")
        elif op == 7:
            data = data.replace(b",", rng.choice([b";", b"\t", b"|", b", "]))
        else:
            data[at:at] = str(rng.choice([10 ** 400, -1, 0, 99, 1e308, "NaN", "inf", "5.5"])).encode()
    return bytes(data)


def mutate_json(rng: random.Random, value, depth: int = 0):
    """A mapping with one to three keys broken: removed, retyped, or given a hostile value."""
    if not isinstance(value, dict) or depth > 2:
        return rng.choice([None, True, 0, -1, 1e308, float("nan"), float("inf"), 10 ** 400, "", "x" * 300,
                           [], {}, [float("nan"), 5], [5, 1], [1, 10 ** 400], rng.choice(HOSTILE), [[[]]],
                           {"column": rng.choice(HOSTILE)}])
    value = dict(value)
    for _ in range(rng.randint(1, 3)):
        key = rng.choice(list(value) + ["encoding", "date_format", "sheet", "period", "weight"])
        r = rng.random()
        if r < 0.2:
            value.pop(key, None)
        elif r < 0.4 and key in value and isinstance(value[key], list) and value[key] and isinstance(value[key][0], dict):
            items = list(value[key])
            i = rng.randrange(len(items))
            items[i] = mutate_json(rng, items[i], depth + 1)
            value[key] = items
        elif r < 0.55 and isinstance(value.get(key), dict):
            value[key] = mutate_json(rng, value[key], depth + 1)
        elif key == "encoding":
            value[key] = rng.choice(BAD_ENCODINGS + ENCODINGS)
        elif key == "date_format":
            value[key] = rng.choice(["%", "%Q", "%s", "%Y%Y", "%d/%m/%Y", "%Y-%m-%d", "abc"])
        else:
            value[key] = mutate_json(rng, None, depth + 1)
    return value


def _dump(rng: random.Random, mapping) -> bytes:
    text = json.dumps(mapping, ensure_ascii=False)   # NaN and Infinity come out as JSON extensions
    r = rng.random()
    if r < 0.05:
        return b"[" * 50_000 + b"]" * 50_000
    if r < 0.1:
        return text.encode("utf-16")
    if r < 0.15:
        return text[:rng.randrange(len(text) + 1)].encode()
    return text.encode("utf-8", "surrogatepass")


def import_case(rng: random.Random, project: bytes) -> Case:
    kind = rng.choice(list(GOOD))
    make_csv, make_mapping = GOOD[kind]
    text = make_csv(rng, rng.choice([1, 3, 8, 40]))
    data = text.encode(rng.choice(ENCODINGS), errors="replace")
    mapping = make_mapping(rng.choice(["S", "F", "O", "Base survey", rng.choice(HOSTILE)]))
    r = rng.random()
    if r < 0.45:
        data = mutate_bytes(rng, data)
    elif r < 0.8:
        mapping = mutate_json(rng, mapping)
    else:
        data, mapping = mutate_bytes(rng, data), mutate_json(rng, mapping)
    name = rng.choice(["s.csv", "s.txt", "s.xlsx", "export.dat"])
    if rng.random() < 0.1:
        data = _xlsx(rng, text)
    argv = ["import", "{project}", "{file}", "--mapping", "{mapping}"]
    if rng.random() < 0.3:
        argv += ["--encoding", rng.choice(BAD_ENCODINGS + ENCODINGS)]
    for flag in ("--dry-run", "--skip-invalid", "--replace"):
        if rng.random() < 0.2:
            argv.append(flag)
    if rng.random() < 0.3:
        argv += ["--name", rng.choice(HOSTILE).replace("\x00", "") or "n"]
    return Case("import", argv, {"project.jmap": project, name: data, "m.json": _dump(rng, mapping)},
                note=f"{kind} import")


def _xlsx(rng: random.Random, text: str) -> bytes:
    import csv
    import zipfile

    import openpyxl
    wb = openpyxl.Workbook()
    for row in csv.reader(io.StringIO(text)):
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    if rng.random() < 0.5:
        return buf.getvalue()
    src, out = zipfile.ZipFile(io.BytesIO(buf.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for n in src.namelist():
            d = src.read(n)
            if "worksheets/" in n and rng.random() < 0.5:
                continue
            if n.endswith(".xml") and rng.random() < 0.3:
                d = mutate_bytes(rng, d)
            dst.writestr(n, d)
    return out.getvalue()


def damaged_case(rng: random.Random, project: bytes) -> Case:
    with tempfile.TemporaryDirectory(prefix="jm-fuzz-") as tmp:
        path = Path(tmp) / "p.jmap"
        path.write_bytes(project)
        note = []
        if rng.random() < 0.7:
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = OFF")
            for sql in rng.sample(SQL_DAMAGE, rng.randint(1, 2)):
                try:
                    conn.execute(sql)
                    note.append(sql[:60])
                except sqlite3.DatabaseError:
                    pass
            conn.close()
        data = bytearray(path.read_bytes())
    if rng.random() < 0.4:
        page = 4096
        for _ in range(rng.randint(1, 3)):
            at = rng.choice([rng.randrange(100), rng.randrange(len(data))])
            n = rng.choice([1, 8, 200, page])
            data[at:at + n] = bytes(rng.randrange(256) for _ in range(min(n, len(data) - at)))
        note.append("bytes overwritten")
    if rng.random() < 0.1:
        data = data[:rng.randrange(len(data))]
        note.append("truncated")
    if rng.random() < 0.1 and len(data) > 20:
        data[18] = data[19] = 2
        note.append("WAL header")
    command = rng.choice(READS)
    return Case("damaged", [command[0], "{project}", *command[1:]], {"project.jmap": bytes(data)},
                note="; ".join(note))


def make_case(rng: random.Random, project: bytes) -> Case:
    r = rng.random()
    if r < 0.45:
        return import_case(rng, project)
    if r < 0.55:
        case = import_case(rng, project)
        case.files["m.json"] = _dump(rng, mutate_json(rng, mutate_json(rng, json.loads(
            case.files["m.json"].decode("utf-8", "replace")) if _is_json(case.files["m.json"]) else {})))
        case.kind = "mapping"
        return case
    return damaged_case(rng, project)


def _is_json(data: bytes) -> bool:
    try:
        return isinstance(json.loads(data.decode("utf-8")), dict)
    except (ValueError, RecursionError):
        return False


# -- running one ------------------------------------------------------------------------------

@dataclass
class Outcome:
    code: int | None
    failure: str | None      # None: the case behaved; else a kind: traceback, exit, changed, leftover
    detail: str = ""


def run_case(case: Case) -> Outcome:
    from journeymap.cli import main
    with tempfile.TemporaryDirectory(prefix="jm-fuzz-") as tmp:
        folder = Path(tmp)
        paths = {}
        for name, data in case.files.items():
            (folder / name).write_bytes(data)
            paths[name] = str(folder / name)
        project = folder / "project.jmap"
        data_file = next((p for n, p in paths.items() if n not in ("project.jmap", "m.json")), "")
        argv = [a.format(project=project, file=data_file, mapping=paths.get("m.json", "")) if "{" in a else a
                for a in case.argv]
        before = project.read_bytes()
        names_before = sorted(os.listdir(folder))
        out, err = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(argv)
        except SystemExit as exc:       # argparse on a bad option
            code = exc.code if isinstance(exc.code, int) else 2
        except BaseException:          # noqa: BLE001 - this is what the fuzzer looks for
            return Outcome(None, "traceback", traceback.format_exc()[-3000:])
        after = project.read_bytes()
        names_after = sorted(os.listdir(folder))
        reading = argv[0] != "import" or "--dry-run" in argv
        if code not in (0, 1, 2) or (code == 1 and argv[0] != "validate"):
            return Outcome(code, "exit", err.getvalue()[-1000:])
        if (code != 0 or reading) and after != before:
            return Outcome(code, "changed", f"exit {code}: {err.getvalue()[-800:]}")
        if names_after != names_before:
            return Outcome(code, "leftover", f"{sorted(set(names_after) - set(names_before))}")
        if "Traceback" in err.getvalue():
            return Outcome(code, "traceback", err.getvalue()[-3000:])
        return Outcome(code, None)


def save_regression(case: Case, outcome: Outcome, folder: Path) -> Path:
    import hashlib
    folder.mkdir(parents=True, exist_ok=True)
    text = case.to_json()
    path = folder / f"{outcome.failure}-{hashlib.sha1(text.encode()).hexdigest()[:12]}.json"
    path.write_text(text, encoding="utf-8")
    return path

