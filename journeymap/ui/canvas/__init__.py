"""The journey canvas (QGraphicsView): scene, items, gestures, minimap, export."""
