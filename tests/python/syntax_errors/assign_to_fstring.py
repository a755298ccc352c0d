# An f-string as an assignment target.
f'{x}' = 1
