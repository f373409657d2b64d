"""`console serve`: the application in a production ASGI server (uvicorn)."""

from __future__ import annotations

import logging

from console.server.app import create_app
from console.services.app import open_services

DEFAULT_PORT = 8780


def serve(url: str | None, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
          log_level: str = "info") -> int:
    import uvicorn

    services = open_services(url)
    app = create_app(services)
    from sqlalchemy.engine import make_url

    shown = make_url(str(services.db.url)).render_as_string(hide_password=True)
    logging.getLogger("console.server").info("serving %s on %s:%s", shown, host, port)
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False,
                            proxy_headers=True, server_header=False)
    try:
        uvicorn.Server(config).run()
    finally:
        services.close()
    return 0
