# Implicit concatenation of adjacent string literals: plain with plain, plain with
# f-strings in any order, u-prefixed first (ast kind 'u'), raw with escaped, and over
# several lines inside parentheses.
n = 3
print("abc" "def")
print("plain " f"then f {n}" " then plain")
print(f"{n}" "x" f"{n * 2}" f"" "")
print(u"unicode prefix " "then plain")
print("plain first " u"then u")
print(r"raw \n" "escaped \\n" R'\t')
print('single' "double" '''triple single''' """triple double""")
message = (
    "line one, "
    'line two, '
    f"line {n}, "
    """and the end"""
)
print(message)
print("a" "b" == "ab", len("x" "y" "z"))
joined = ("first" # a comment between the parts
          "second")
print(joined)
print(f"{'inner' 'concat'}" "outer")
print("tab\t" r"raw\t" f"f\t{n}" rf"rf\t{n}")
