"""Serves 城管通, the field client's static web app, at /field/ (issue 9)."""

from __future__ import annotations

from fastapi import FastAPI

from console.services.app import Services


def install(app: FastAPI, services: Services) -> None:
    """Add this part's routes (and any background work) to the server's app."""
