# A SyntaxError from exec() of a string names "<string>" and shows the bad line with a caret range.
snippet = "x = [1, 2,\ny = 3"
exec("a = 1")
print("a is", a)
exec("result = (1 +\n  * 2)")
