# Hello, world! The classic first program, plus a few first steps: variables,
# an f-string, a loop and a list.

print("Hello, world!")

name = "Glasspy"
version = 3.11
print(f"{name} runs Python {version}")

languages = ["Python", "C++", "WebAssembly"]
for position, language in enumerate(languages, start=1):
    print(position, language)
