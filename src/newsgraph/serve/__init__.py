"""Serve: the HTTP JSON API (/api/v1) and the server-rendered web UI, in one FastAPI app.

    app = create_app("kb.sqlite", token=os.environ.get("NEWSGRAPH_TOKEN"))
    uvicorn.run(app, host="127.0.0.1", port=8000)

Every asset (CSS, JS, the API docs page) ships inside this package: no CDN, no network.
"""

from newsgraph.serve.app import create_app

__all__ = ["create_app"]
