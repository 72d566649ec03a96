"""The journey canvas (QGraphicsView): scene, items, gestures, minimap, export."""
from journeymap.ui import pyside_fix

pyside_fix.apply()  # the canvas paints most; app start-up applies it too
