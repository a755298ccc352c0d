# FizzBuzz: for 1..20 print "Fizz" for multiples of 3, "Buzz" for multiples
# of 5, "FizzBuzz" for multiples of both, and the number otherwise.

def fizzbuzz(n):
    word = ""
    if n % 3 == 0:
        word += "Fizz"
    if n % 5 == 0:
        word += "Buzz"
    return word or str(n)   # an empty string is falsy, so `or` picks the number


for n in range(1, 21):
    print(fizzbuzz(n))
