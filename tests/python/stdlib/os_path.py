# os and os.path: constants, path manipulation (split, join, splitext, normpath, ...),
# the environment mapping, fspath and PathLike.
import os
import os.path
from os import path as p2

print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull, os.altsep)
print(os.path is p2, os.path.__name__, os.path.sep)
for p in ["", "/", "a/b/", "/a/b.txt", "a.tar.gz", ".bashrc", "a/.b", "..", "a/b/../c", "//a//b/./c/",
          "/..", "../x/..", "a/b.c/d", "///x"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)),
          repr(os.path.dirname(p)), os.path.normpath(p), os.path.isabs(p))
print(os.path.join("a", "b", "/c", "d"), os.path.join("a", ""), os.path.join("", "x"), os.path.join("a/", "b"))
print(os.path.commonprefix(["abc", "abd"]), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.relpath("/a/b/c", "/a/d"))
print(os.path.join(b"a", b"b"), os.path.splitext(b"x.py"), os.path.basename(b"/q/r"))
for bad in [lambda: os.path.join("a", 1), lambda: os.fspath(1), lambda: os.path.join("a", b"b")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class Where:
    def __fspath__(self):
        return "some/where.txt"


print(os.fspath(Where()), os.path.splitext(Where()), isinstance(Where(), os.PathLike))
os.environ["GLASSPY_DEMO"] = "1"
print(os.environ["GLASSPY_DEMO"], os.getenv("GLASSPY_DEMO"), os.getenv("GLASSPY_NOPE", "default"))
try:
    os.environ["GLASSPY_NOPE"]
except KeyError as e:
    print("KeyError", e)
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.exists("/no/such/file.txt"))
