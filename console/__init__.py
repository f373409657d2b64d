"""Digital urban management (数字城管) command console."""

__version__ = "0.1.0"
