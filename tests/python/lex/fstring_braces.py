# Doubled braces are literal braces in f-strings (and in format strings).
key = "answer"
value = 42
print(f"{{}}")
print(f"{{{key}}}")
print(f"{{ {key}: {value} }}")
print(f"set literal: {{{value}, {value + 1}}}")
template = "{{literal}} {0}"
print(template.format("formatted"))
json_like = f'{{"{key}": {value}}}'
print(json_like)
print(f"{'{'}{'}'}", f"}}{{")
# \N{...} in a (non-raw) f-string is a named escape, not a replacement field;
# in a raw f-string the braces are a replacement field again.
print(f"\N{BULLET} {key}", rf"\N{key}", f"\N{LEFT CURLY BRACKET}{value}\N{RIGHT CURLY BRACKET}")
