# Brace escaping, field numbering mode errors and stray braces in str.format.
print("{{}}".format(), "{{{0}}}".format(5), "{{0}}".format(5), "}}{{".format(), "{{x}} {}".format(1))
for fmt in ("{", "}", "x}y", "{0", "{0}}", "{{{", "{}{0}", "{0}{}", "{a}{}", "{:", "{0:{1}", "{!}", "{0!}"):
    try:
        print(repr(fmt), repr(fmt.format(1, 2, a=3)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{}-{}".format(1, 2), "{a}{}{b}".format(0, a=1, b=2), "{0}{a}".format(9, a=8))
try:
    "{}{}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
print("{:}".format(3), "{0:}".format("s"), "{!s:}".format(1.5))
print("unused args ok: {}".format(1, 2, 3), "{x}".format(x=1, y=2))
print("{:%}".format(0.5), "{:>{w}}".format("r", w=3), "{0:{fill}^{w}}".format("c", fill="-", w=5))
