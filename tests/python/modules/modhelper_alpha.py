# A helper module imported by import_user_module.py (also runs on its own).
print("running modhelper_alpha as", __name__)
VALUE = 42


def double(x):
    return 2 * x
