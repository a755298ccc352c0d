import textwrap
block = """
    def greet(name):
        print('hi', name)

    greet('you')
"""
print(textwrap.dedent(block))
print(repr(textwrap.dedent('  a\n    b\n  c')))
print(repr(textwrap.dedent('\ta\n  b')))
print(repr(textwrap.dedent('   \n  x\n \n  y')))
print(textwrap.indent('one\ntwo\n\nthree\n', '> '))
print(textwrap.indent('a\nb', '+ ', lambda line: line.startswith('b')))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('The quick brown fox jumps over the lazy dog', 25, placeholder='...'))
w = textwrap.TextWrapper(width=15, max_lines=2)
print(w.wrap('This text is far too long to fit in two short lines'))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print(e)
