# Augmented assignment to a call.
f() *= 2
