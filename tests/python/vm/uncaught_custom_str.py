class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self):
        return f"HTTP {self.status} for {self.url}"

def fetch(url):
    if "missing" in url:
        raise HttpError(404, url)
    return f"content of {url}"

print(fetch("/index"))
try:
    fetch("/missing")
except HttpError as e:
    print("caught:", e, e.args)
fetch("/missing/page")
