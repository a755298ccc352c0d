# This file starts with a UTF-8 byte order mark (EF BB BF).
greeting = "héllo wörld"
print(greeting, len(greeting), len(greeting.encode("utf-8")))
print(sorted(set(greeting) - set(" ")))
