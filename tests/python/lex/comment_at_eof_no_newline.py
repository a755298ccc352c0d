# The file ends with a comment and no newline after it.
word = "python"
print(word[::-1])
if word:
    print(len(word))
    # last comment, inside a block, no newline