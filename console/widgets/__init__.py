"""Qt widgets of the desktop console: the main window, dock panels, dialogs and item models.

Everything here runs on the GUI thread unless a docstring says otherwise. Widgets never
write SQL: writes go through ``console.services``; reads through ``CaseQuery`` or
``console.services.panel_queries``.
"""
