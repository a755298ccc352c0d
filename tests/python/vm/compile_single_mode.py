# compile(..., 'single'): one interactive statement; expression values go to sys.displayhook.
import sys

shown = []
sys.displayhook = shown.append
ns = {}
for source in ["1 + 2", "x = 5", "x * 2", "None", "'text'", "if x:\n    x\n    x + 1\n",
               "for i in range(2): i", "def f():\n    return 7\n", "f()", "[x, x]", "x;x+1",
               "# only a comment\n\n", "1\n\n# trailing comment\n"]:
    try:
        exec(compile(source, "<single>", "single"), ns)
    except SyntaxError as e:
        print("SyntaxError", repr(source), e.msg, e.lineno, e.offset, repr(e.text))
print(shown)
sys.displayhook = sys.__displayhook__
for source in ["1\n2", "x = 1\ny = 2\n", "if 1:\n  pass\nelse:\n  pass\nz = 3", "for x in y: pass", "",
               "\n", "a b", "1 +"]:
    try:
        compile(source, "<s>", "single")
        print("ok", repr(source))
    except SyntaxError as e:
        print(type(e).__name__, repr(source), e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
code = compile("40 + 2", "<s>", "single")
print(code.co_name, code.co_filename, code.co_consts)
exec(code)
import builtins
print(builtins._)
