# return at module level; reported by the compiler, not the parser.
x = 1
return x
