#!/usr/bin/env python3
"""A small HTTP server on 127.0.0.1 for the tests of fetching a URL; never touches the network.

Usage: server.py PORTFILE [LIFETIME [CERT.pem KEY.pem]]

Listens on free ports of 127.0.0.1: one answers the paths below, another accepts connections and
never answers, and with a certificate and key a third answers the same paths over TLS. Writes
"PORT SILENT_PORT [TLS_PORT]" to PORTFILE once they listen, and stops by itself after LIFETIME
seconds (default 300).

  /page.html          tests/fetch/page.html as text/html; charset=utf-8
  /plain.txt          tests/fetch/plain.txt as text/plain
  /redirect           302 to /page.html;  /redirect-loop: 302 to itself
  /redirect-file      302 to a file: URL
  /gzip.html          page.html gzip-encoded; 406 when the client did not ask for gzip
  /koi8.html          a Russian page in KOI8-R, said only by the Content-Type header
  /big                51 MiB of text, no Content-Length;  /big-declared: Content-Length 60 MB
  /truncated          Content-Length 5000 and 20 bytes, then the connection closes
  /binary             random bytes as image/png
  /changing.html      page.html with a counter in its first paragraph, one more each request
  /slow.html          page.html sent in 40 pieces over about 8 s
  /once.html          page.html the first time, then 503 Service Unavailable
  anything else       404 Not Found
"""
import gzip
import http.server
import os
import random
import socket
import ssl
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def fixture(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return f.read()


PAGE = fixture("page.html")
KOI8 = ("<!DOCTYPE html><html><head><title>Новости</title></head><body><article>"
        "<h1>Паром для острова</h1><p>Совет города проголосовал во вторник за покупку "
        "второго парома. Новое судно начнёт работу в марте 2026 года.</p></article>"
        "</body></html>").encode("koi8-r")
counter = [0]
once = [0]
counter_lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, fmt, *args):
        pass

    def send(self, code, body, ctype="text/html; charset=utf-8", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if not any(k == "Content-Length" for k, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        p = self.path
        if p == "/page.html":
            self.send(200, PAGE)
        elif p == "/plain.txt":
            self.send(200, fixture("plain.txt"), "text/plain; charset=utf-8")
        elif p == "/redirect":
            self.send(302, b"moved", headers=[("Location", "/page.html")])
        elif p == "/redirect-loop":
            self.send(302, b"again", headers=[("Location", "/redirect-loop")])
        elif p == "/redirect-file":
            self.send(302, b"elsewhere", headers=[("Location", "file:///etc/hostname")])
        elif p == "/gzip.html":
            if "gzip" not in self.headers.get("Accept-Encoding", ""):
                self.send(406, b"ask for gzip")
            else:
                self.send(200, gzip.compress(PAGE), headers=[("Content-Encoding", "gzip")])
        elif p == "/koi8.html":
            self.send(200, KOI8, "text/html; charset=KOI8-R")
        elif p == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            line = b"All work and no play makes a dull article.\n" * 24000
            sent = 0
            try:
                while sent < 51 << 20:
                    self.wfile.write(line)
                    sent += len(line)
            except OSError:
                pass
        elif p == "/big-declared":
            self.send(200, b"x" * 100, "text/plain", [("Content-Length", "60000000")])
        elif p == "/truncated":
            self.send(200, b"<p>only the start of", headers=[("Content-Length", "5000")])
        elif p == "/binary":
            rnd = random.Random(7)
            self.send(200, bytes(rnd.randrange(256) for _ in range(4096)), "image/png")
        elif p == "/changing.html":
            with counter_lock:
                counter[0] += 1
                n = counter[0]
            body = PAGE.replace(b"voted on Tuesday",
                                b"voted (edition %d) on Tuesday" % n, 1)
            self.send(200, body)
        elif p == "/once.html":
            with counter_lock:
                once[0] += 1
                n = once[0]
            if n == 1:
                self.send(200, PAGE)
            else:
                self.send(503, b"<h1>Down</h1>")
        elif p == "/slow.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            step = len(PAGE) // 40 + 1
            try:
                for i in range(0, len(PAGE), step):
                    self.wfile.write(PAGE[i:i + step])
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        else:
            self.send(404, b"<h1>Not here</h1>")


def silent(sock):
    """Accepts connections and keeps them open without a word."""
    held = []
    while True:
        try:
            conn, _ = sock.accept()
        except OSError:
            return
        held.append(conn)


def main():
    portfile = sys.argv[1]
    lifetime = float(sys.argv[2]) if len(sys.argv) > 2 else 300.0
    http.server.ThreadingHTTPServer.daemon_threads = True
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    quiet = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    quiet.bind(("127.0.0.1", 0))
    quiet.listen(16)
    threading.Thread(target=silent, args=(quiet,), daemon=True).start()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ports = [server.server_address[1], quiet.getsockname()[1]]
    if len(sys.argv) > 4:
        tls = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(sys.argv[3], sys.argv[4])
        tls.socket = ctx.wrap_socket(tls.socket, server_side=True)
        threading.Thread(target=tls.serve_forever, daemon=True).start()
        ports.append(tls.server_address[1])
    tmp = portfile + ".tmp"
    with open(tmp, "w") as f:
        f.write(" ".join(str(p) for p in ports) + "\n")
    os.rename(tmp, portfile)
    time.sleep(lifetime)
    os._exit(0)


if __name__ == "__main__":
    main()
