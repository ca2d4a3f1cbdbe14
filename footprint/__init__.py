"""footprint: a personal digital footprint auditor for practitioners (self-audit only)."""

__version__ = "0.1.0"
