"""``python -m journeymap`` is the ``journeymap`` command (and the frozen app's entry point)."""
import runpy
import sys

from journeymap.cli import main

# kaleido's browser library starts Chromium through a small Python script run with ``sys.executable``
# (to hand it file descriptors 3 and 4). In the frozen app ``sys.executable`` is JourneyMap itself, so
# that call arrives here: run the script as the library meant, instead of reading it as a project path.
BROWSER_WRAPPER = "_unix_pipe_chromium_wrapper.py"


def frozen_helper_script(argv: list[str]) -> str | None:
    if getattr(sys, "frozen", False) and len(argv) > 1 and argv[1].endswith(BROWSER_WRAPPER):
        return argv[1]
    return None


if __name__ == "__main__":
    script = frozen_helper_script(sys.argv)
    if script:
        sys.argv = sys.argv[1:]
        runpy.run_path(script, run_name="__main__")
        sys.exit(0)
    sys.exit(main())
