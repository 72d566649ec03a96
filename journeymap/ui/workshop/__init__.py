"""Workshop mode: the facilitator's room. Capture by keyboard, dot voting in rounds (at the screen
and from phones), presentation on a projector, results and take-away PDFs."""
