"""The phone's map: vector tiles of the console's layers and a style read from the same QML files (issue 9)."""

from __future__ import annotations

from fastapi import FastAPI

from console.services.app import Services


def install(app: FastAPI, services: Services) -> None:
    """Add this part's routes (and any background work) to the server's app."""
