"""``python -m journeymap`` is the ``journeymap`` command."""
import sys

from journeymap.cli import main

if __name__ == "__main__":
    sys.exit(main())
