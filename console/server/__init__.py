"""The center's application server (DESIGN §3, `console serve`)."""
