# An assignment expression rebinding the comprehension's loop variable.
values = [i := 0 for i in range(3)]
