"""JourneyMap: a desktop workbench for customer-experience journey mapping."""

__version__ = "0.1.0"
