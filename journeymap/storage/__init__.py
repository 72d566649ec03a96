"""The project file (.jmap): SQLite, one table per entity kind, versioned.

Import the submodules you need: ``read`` uses only the standard library, so read-only
commands stay fast; ``write`` and ``datasets`` are for saving and importing.
"""
