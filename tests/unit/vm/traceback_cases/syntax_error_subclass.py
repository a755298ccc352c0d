class E(SyntaxError): pass
raise E("m", (None, 2, 3, "abc def", 2, 6))
