# TypeErrors and IndexErrors of str operators: concatenation, repetition, indexing, item assignment, in.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, IndexError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)
s = "abc"
attempt("str + int", lambda: s + 1)
attempt("int + str", lambda: 1 + s)
attempt("str + bytes", lambda: s + b"x")
attempt("str + None", lambda: s + None)
attempt("str * str", lambda: s * "2")
attempt("str * float", lambda: s * 2.0)
attempt("str * -1", lambda: s * -1)
attempt("str * 0", lambda: s * 0)
attempt("True * str", lambda: True * s)
attempt("index 3", lambda: s[3])
attempt("index -4", lambda: s[-4])
attempt("index str", lambda: s["a"])
attempt("index float", lambda: s[1.0])
attempt("index None", lambda: s[None])
attempt("slice ok", lambda: s[None:None])
attempt("item set", lambda: s.__setitem__(0, "x"))
attempt("item del", lambda: s.__delitem__(0))
attempt("int in str", lambda: 1 in s)
attempt("None in str", lambda: None in s)
attempt("'' in str", lambda: "" in s)
attempt("str - str", lambda: s - "a")
attempt("-str", lambda: -s)
attempt("str < int", lambda: s < 1)
attempt("str == int", lambda: s == 1)
attempt("str % tuple", lambda: "%s-%s" % ("a", "b"))
attempt("ord 2", lambda: ord("ab"))
attempt("ord int", lambda: ord(5))
attempt("ord empty", lambda: ord(""))
attempt("ord bytes", lambda: ord(b"A"))
attempt("chr str", lambda: chr("a"))
def assign():
    t = "xyz"
    t[0] = "X"
attempt("assign", assign)
