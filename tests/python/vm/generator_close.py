def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally runs")

g = gen()
print(next(g))
g.close()
g.close()
print("closed twice fine")

g = gen()
g.close()
print("closing unstarted prints nothing")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

r = returns_on_close()
next(r)
print(r.close())

def state():
    yield

st = state()
print(st.gi_running, st.gi_frame is not None, st.gi_suspended)
next(st)
print(st.gi_running, st.gi_frame is not None, st.gi_suspended)
st.close()
print(st.gi_running, st.gi_frame is None, st.gi_suspended)
