# string's constants, capwords and Template.
import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('the quick  brown fox'), string.capwords('a-b-c', '-'))
t = string.Template('$who likes ${what}, costs $$5')
print(t.substitute(who='Tim', what='kung pao'), t.substitute({'who': 'Ann', 'what': 'tea'}))
print(string.Template('$a and $b').safe_substitute(a=1))
try:
    string.Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('oops $').substitute()
except ValueError as e:
    print(e)
print(string.Template('$x $y ${x}').get_identifiers(), string.Template('a $ b').is_valid())
print(string.Formatter().format('{0}-{name}', 1, name='n'))
