def step_one():
    raise ValueError("step one failed")

def step_two():
    try:
        step_one()
    except ValueError as e:
        raise KeyError("step two") from e

def step_three():
    try:
        step_two()
    except KeyError:
        raise RuntimeError("step three gave up")

print("running")
step_three()
