"""Qt item models over the core (house rule 2: they pass core changes on)."""
