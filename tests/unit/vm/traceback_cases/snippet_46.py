compile("def f(:", "s.py", "exec")
