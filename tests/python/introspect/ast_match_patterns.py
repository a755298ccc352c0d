# Dumps of match statements and their patterns.
import ast

src = '''
match command:
    case [x, y, *rest]:
        pass
    case {"k": v, **others}:
        pass
    case Point(x=0, y=yy) | None as p:
        pass
    case 1 | -2 | 3.5 | "s":
        pass
    case _ if cond:
        pass
'''
print(ast.dump(ast.parse(src), indent=1))
