e = SyntaxError("m", ("x.py", None, 3, "abc def", 2, 6))
e.add_note("n")
raise e
