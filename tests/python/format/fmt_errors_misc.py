bad_specs = [(5, "<>"), (5, "10.2.3"), (5, "=^"), ("s", "d"), (1.5, ",_"), (5, "#,"), ("x", "0=5"),
             (5, "-+"), (5, "1000000000000000000000"), ("x", ".-1")]
for value, spec in bad_specs:
    try:
        print(repr(format(value, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(value), repr(spec), type(e).__name__, e)
for template in ("{:}", "{!}", "{!r:}", "{0!rr}", "{0:", "}{"):
    try:
        print(repr(template.format("v")))
    except ValueError as e:
        print(repr(template), type(e).__name__, e)
try:
    f"{5:{'x'}}"
except ValueError as e:
    print(type(e).__name__, e)
