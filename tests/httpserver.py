"""A local HTTP server with misbehaving routes, for URL tests (never the internet)."""

from __future__ import annotations

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_HTML = """<!doctype html><html><head><title>Harbour Reopens | Coast News</title></head><body>
<nav>Home | News | Sport</nav><article><h1>Harbour Reopens</h1>
<p>The harbour reopened on Saturday after a storm closed it for a week, the port authority said.</p>
<p>"We worked day and night to clear the channel for the fishing fleet," said harbour master Ann Lee.</p>
<p>Fishermen said the closure had cost them thousands of pounds in lost catches and repairs.</p>
</article><footer>Subscribe to Coast News</footer></body></html>"""

ARTICLE_TEXT = "Café owners in Zürich said the new rules were “unfair and rushed” for small businesses."

MiB = 1024 * 1024


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, content_type: str, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/article.html":
            self._send(200, ARTICLE_HTML.encode(), "text/html; charset=utf-8")
        elif path == "/article.txt":
            self._send(200, ARTICLE_TEXT.encode(), "text/plain; charset=utf-8")
        elif path == "/wrong-charset-latin1":  # says UTF-8, is Windows-1252
            self._send(200, ARTICLE_TEXT.encode("cp1252"), "text/plain; charset=utf-8")
        elif path == "/wrong-charset-utf8":  # says Latin-1, is UTF-8
            self._send(200, ARTICLE_TEXT.encode("utf-8"), "text/plain; charset=iso-8859-1")
        elif path == "/missing":
            self._send(404, b"not here", "text/plain")
        elif path == "/broken":
            self._send(500, b"oops", "text/plain")
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
        elif path == "/slow":
            time.sleep(5)
            self._send(200, b"too late", "text/plain")
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/huge-declared":
            self._send(200, b"", "text/plain", length=100 * MiB)
        elif path == "/huge":  # 100 MB without a Content-Length: only the cap stops it
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            chunk = (b"All work and no play makes Jack a dull boy. " * 1000)[: 64 * 1024]
            try:
                for _ in range(100 * MiB // len(chunk)):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self._send(404, b"unknown route", "text/plain")


class LocalServer:
    def __init__(self) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
