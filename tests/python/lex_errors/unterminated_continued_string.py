# A backslash continues a single-quoted string onto the next line, but
# the string never ends before the end of the file.
message = "first part \
second part
