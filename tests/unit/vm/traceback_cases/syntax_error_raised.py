raise SyntaxError('bad thing', ('foo.py', 3, 5, '    x = 1 +* 2\n', 3, 8))
