"""Dialogs: they load() what they show and save() what the user chose, nothing more."""
