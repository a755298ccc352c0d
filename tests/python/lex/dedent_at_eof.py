# The file ends deep inside nested blocks: several DEDENT tokens are produced
# at the end of the file.
def walk(n):
    for i in range(n):
        if i % 2:
            for j in range(i):
                if j == i - 1:
                    print(i, j)


class Later:
    def method(self):
        while True:
            try:
                walk(6)
            finally:
                if True:
                    break
Later().method()
if __name__ == "__main__":
    for k in range(2):
        if k:
            while k:
                print("last line, four levels deep")
                k -= 1
