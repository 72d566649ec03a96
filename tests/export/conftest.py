import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from project_fixtures import hostile_bundle, hostile_path, sample_bundle, sample_path  # noqa: E402,F401
