# Form feeds (page breaks) in the indentation: a form feed resets the
# column count, so it is ignored at the start of a line.

def area(w, h):
    return w * h

print(area(3, 4))
if True:
        side = 5
    print(area(side, side))
# a comment after a form feed
print('done')
