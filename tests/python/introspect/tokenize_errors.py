# Errors tokenize raises after yielding the tokens before them.
import tokenize

def run(source):
    lines = iter(source.splitlines(True))
    seen = []
    try:
        for tok in tokenize.generate_tokens(lambda: next(lines, '')):
            seen.append(tok.string)
    except tokenize.TokenError as e:
        print('TokenError', e.args, seen)
    except IndentationError as e:
        print('IndentationError', e.args, seen)
    else:
        print('ok', seen)

run('x = """never closed\n')
run('y = (1,\n2\n')
run('if x:\n        a\n    b\n')
run('z = $\n')
print(issubclass(tokenize.TokenError, Exception))
