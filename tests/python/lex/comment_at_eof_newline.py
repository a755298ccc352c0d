# The file ends with a comment line that has its newline.
word = "level"
print(word, "is a palindrome:", word == word[::-1])
# final comment
