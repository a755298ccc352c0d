# A literal as the target of with ... as.
with open('f') as 'name':
    pass
