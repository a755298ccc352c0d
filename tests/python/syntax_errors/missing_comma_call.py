# Missing comma between call arguments.
print('total' count)
