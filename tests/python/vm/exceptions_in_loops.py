results = []
for item in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(item))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("|")
print(results)

def first_valid(items):
    for item in items:
        try:
            return 10 // item
        except ZeroDivisionError:
            continue
        except TypeError:
            return "type error"
    return "none valid"

print(first_valid([0, 0, 5]), first_valid([0, "a"]), first_valid([0]))

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retrying:", e)

errors = []
for exc_type in (ValueError, KeyError, IndexError, TypeError):
    try:
        raise exc_type("x")
    except (ValueError, IndexError) as e:
        errors.append("caught " + type(e).__name__)
    except Exception as e:
        errors.append("general " + type(e).__name__)
print(errors)
