#!/usr/bin/env python3
# vim: set fileencoding=utf-8 :
# The coding cookie may also be on the second line, after a shebang.
snow = "☃ and ❄"
print(snow, [hex(ord(c)) for c in snow if ord(c) > 127])
