"""A window that is never closed (a script, a benchmark) is torn down with the interpreter: its undo
stack's destructor clears it and announces indexChanged to the window's undo tooltips, which read the
deleted stack ("RuntimeError: Internal C++ object (QUndoStack) already deleted", seen at the end of
benchmarks/bench_refresh.py). The exit must be quiet."""
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys
    from journeymap.app import create_app
    from journeymap.core import commands
    from journeymap.storage.read import open_project
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.session import Session

    app = create_app([])
    window = MainWindow(Session(open_project(sys.argv[1])), autosave_folder=sys.argv[2])
    window.project_did_load()
    window.show()
    app.processEvents()
    stage = window.session.project.stages_of(window.session.journey_id)[0]
    window.session.push(commands.rename("stages", stage.id, name="Renamed"))
    window.session.undo_stack.setClean()
    print("done")
""")


def test_a_window_left_open_exits_without_a_traceback(sample_copy, tmp_path):
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(sample_copy), str(tmp_path / "recovery")],
                          capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "done" in done.stdout
    assert "Traceback" not in done.stderr and "RuntimeError" not in done.stderr, done.stderr[-2000:]
