# Nothing may follow **kwargs.
def f(**kwargs, x):
    pass
