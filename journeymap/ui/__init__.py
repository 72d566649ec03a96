"""The Qt layer. Importing it guards against a PySide6 6.12.0 bug first (see pyside_fix)."""
from . import pyside_fix

pyside_fix.apply()
