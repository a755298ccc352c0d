# ast.literal_eval: accepted literals and rejected expressions.
import ast

for text in ["42", "-3.5", "1+2j", "-1-2j", "'s'", "b'b'", "(1, [2, {3: 'x'}])", "{1, 2}",
             "set()", "None", "True", " \t[ ]", "{'a': (1,)}", "...", "0x10"]:
    print(repr(text), '->', repr(ast.literal_eval(text)))
for text in ["x", "1 + x", "f()", "[i for i in y]", "2 * 3", "'a' + 'b'"]:
    try:
        ast.literal_eval(text)
    except ValueError as e:
        print(repr(text), 'ValueError:', str(e).split(':')[0])
print(ast.literal_eval(ast.parse("[1, -2]", mode="eval")))
print(ast.literal_eval(ast.Constant(7)))
