"""A minimal browser for the harness: cookies, the login form's CSRF token, form posts. Standard library only."""
import re
import urllib.parse
import uuid


class Browser:
    def __init__(self, scratch):
        self.scratch = scratch
        self.cookies = {}

    def _headers(self, extra=None):
        headers = {"Host": "127.0.0.1:%d" % self.scratch.port}
        if self.cookies:
            headers["Cookie"] = "; ".join("%s=%s" % pair for pair in sorted(self.cookies.items()))
        headers.update(extra or {})
        return headers

    def _remember(self, headers):
        for name, value in headers:
            if name.lower() == "set-cookie":
                pair = value.split(";")[0].split("=", 1)
                if len(pair) == 2:
                    self.cookies[pair[0]] = pair[1]

    def request(self, method, path, body=None, headers=None):
        conn = self.scratch.connection()
        try:
            conn.request(method, path, body=body, headers=self._headers(headers))
            response = conn.getresponse()
            raw = response.getheaders()
            self._remember(raw)
            return response.status, dict(raw), response.read().decode("utf-8", "replace")
        finally:
            conn.close()

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields, origin=None):
        body = urllib.parse.urlencode(fields).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if origin:
            headers["Origin"] = origin
        return self.request("POST", path, body, headers)

    def post_multipart(self, path, fields, files=()):
        boundary = "harness-" + uuid.uuid4().hex
        parts = []
        for name, value in fields:
            parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n" % (boundary, name)).encode() + value.encode() + b"\r\n")
        for name, filename, data in files:
            parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                          % (boundary, name, filename)).encode() + data + b"\r\n")
        body = b"".join(parts) + ("--%s--\r\n" % boundary).encode()
        return self.request("POST", path, body, {"Content-Type": "multipart/form-data; boundary=" + boundary})

    @staticmethod
    def hidden(name, html):
        match = re.search(r'name="%s" value="([^"]*)"' % re.escape(name), html)
        return match.group(1) if match else ""

    def log_in(self, token):
        _, _, page = self.get("/login")
        return self.post("/login", [("_csrf", self.hidden("_csrf", page)), ("token", token)])
