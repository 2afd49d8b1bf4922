#!/usr/bin/env python3
"""A misbehaving feed server for the feed client tests (Python 3 stdlib only).

Usage: fault_server.py FEED_A FEED_B
Binds 127.0.0.1 on a free port and prints "PORT <n>" on stdout once listening.

GET /feed          answers according to the current mode (below)
GET /_mode/<mode>  sets the mode; answers "ok"
GET /_count        how many requests /feed has received so far

Modes:
  a, b           feed A or B, ETag "a"/"b"; If-None-Match with that ETag gives 304
  404, 500       that status with a small HTML page
  stall          headers and a few body bytes, then silence for 60 s
  reset          half of feed A, then a TCP reset (SO_LINGER 0)
  truncated      Content-Length larger than the body actually sent, then close
  html           an HTML page with status 200
  big-length     Content-Length 4 MiB (a valid start of JSON, then padding)
  big-chunked    4 MiB without Content-Length (read until close)
  invalid-utf8   feed A with bytes 0xFF 0xFE inside a title
  empty          status 200, empty body
  deflate        feed B with Content-Encoding: deflate (when accepted)
  gzip           feed B with Content-Encoding: gzip (when accepted)
It exits on SIGTERM; a stalled answer never blocks that.
"""
import socket
import struct
import sys
import threading
import time
import zlib
import gzip
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FEEDS = {}
STATE = {"mode": "a", "count": 0}
LOCK = threading.Lock()
BIG = 4 * 1024 * 1024


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):  # quiet: the tests read results, not logs
        pass

    def send_body(self, status, body, content_type="application/json", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/_mode/"):
            with LOCK:
                STATE["mode"] = self.path[len("/_mode/"):]
            self.send_body(200, b"ok", "text/plain")
            return
        if self.path == "/_count":
            with LOCK:
                count = STATE["count"]
            self.send_body(200, str(count).encode(), "text/plain")
            return
        if self.path != "/feed":
            self.send_body(404, b"no such path", "text/plain")
            return
        with LOCK:
            STATE["count"] += 1
            mode = STATE["mode"]
        getattr(self, "mode_" + mode.replace("-", "_"), self.mode_unknown)()

    def serve_feed(self, name):
        etag = '"%s"' % name
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_body(200, FEEDS[name], headers=[("ETag", etag)])

    def mode_a(self):
        self.serve_feed("a")

    def mode_b(self):
        self.serve_feed("b")

    def mode_404(self):
        self.send_body(404, b"<html><body>Not found</body></html>", "text/html")

    def mode_500(self):
        self.send_body(500, b"<html><body>Internal error</body></html>", "text/html")

    def mode_stall(self):
        self.send_response(200)
        self.send_header("Content-Length", str(len(FEEDS["a"])))
        self.end_headers()
        self.wfile.write(FEEDS["a"][:10])
        time.sleep(60)

    def mode_reset(self):
        body = FEEDS["a"]
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        time.sleep(0.05)
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def mode_truncated(self):
        body = FEEDS["a"]
        self.send_response(200)
        self.send_header("Content-Length", str(len(body) + 1000))
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def mode_html(self):
        page = b"<!DOCTYPE html>\n<html><head><title>Captive portal</title></head>" \
               b"<body><p>Please log in to the venue Wi-Fi.</p></body></html>\n"
        self.send_body(200, page, "text/html")

    def big_body(self):
        start = b'{"version": 1, "venue": {"name": "'
        return start + b"x" * (BIG - len(start))

    def mode_big_length(self):
        self.send_body(200, self.big_body())

    def mode_big_chunked(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        body = self.big_body()
        try:
            for i in range(0, len(body), 65536):
                self.wfile.write(body[i:i + 65536])
        except OSError:
            pass  # the client hung up once over its limit: expected
        self.close_connection = True

    def mode_invalid_utf8(self):
        body = FEEDS["a"].replace(b"Feed version A", b"Feed \xff\xfe version A", 1)
        assert body != FEEDS["a"]
        self.send_body(200, body)

    def mode_empty(self):
        self.send_body(200, b"")

    def encoded(self, name, encoder):
        if name not in self.headers.get("Accept-Encoding", ""):
            self.send_body(406, b"encoding not accepted", "text/plain")
            return
        self.send_body(200, encoder(FEEDS["b"]),
                       headers=[("Content-Encoding", name), ("ETag", '"b-%s"' % name)])

    def mode_deflate(self):
        self.encoded("deflate", zlib.compress)

    def mode_gzip(self):
        self.encoded("gzip", gzip.compress)

    def mode_unknown(self):
        self.send_body(400, b"unknown mode", "text/plain")


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client that hangs up early (over its size limit, or stopped) is
        # what several modes are about: no traceback for that.
        if not isinstance(sys.exc_info()[1], (ConnectionError, BrokenPipeError)):
            super().handle_error(request, client_address)


def main():
    with open(sys.argv[1], "rb") as f:
        FEEDS["a"] = f.read()
    with open(sys.argv[2], "rb") as f:
        FEEDS["b"] = f.read()
    server = Server(("127.0.0.1", 0), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
