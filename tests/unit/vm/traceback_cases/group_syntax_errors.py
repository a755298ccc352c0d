raise ExceptionGroup("g", [SyntaxError("bad", ("f.py", 2, 3, "  abc def\n", 2, 6)), IndentationError("ind", ("f.py", 2, 3, "  abc def\n", 2, 6))])
