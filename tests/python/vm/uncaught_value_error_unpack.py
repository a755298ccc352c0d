# The third pair has no "=": unpacking its split() fails, uncaught.
def parse_pair(text):
    key, value = text.split("=")
    return key.strip(), value.strip()

print(parse_pair("a = 1"))
print(parse_pair("name=glasspy"))
pairs = ["x=1", "y=2", "z"]
for p in pairs:
    print(parse_pair(p))
print("not reached")
#
#
#
#
