# tokenize.detect_encoding without a declaration, with a cookie, with a BOM.
import tokenize

def lines(data):
    return iter(data.splitlines(True)).__next__

print(tokenize.detect_encoding(lines(b"x = 1\ny = 2\n")))
print(tokenize.detect_encoding(lines(b"# -*- coding: latin-1 -*-\nx = 1\n")))
print(tokenize.detect_encoding(lines(b"#!/usr/bin/env python\n# coding=utf-8\nx\n")))
print(tokenize.detect_encoding(lines(b"\xef\xbb\xbfx = 1\n")))
print(tokenize.detect_encoding(lines(b"")))
toks = list(tokenize.tokenize(lines(b"# coding: latin-1\ns = '\xe9'\n")))
print(toks[0].string, repr(toks[4].string))
