# No newline at the end, and the last line is inside nested blocks: the
# tokenizer must still produce NEWLINE, the DEDENTs and ENDMARKER.
for i in range(3):
    if i:
        print("i =", i)