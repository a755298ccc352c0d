class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if len(user["name"]) < 2:
        raise ValidationError("name", "too short")
    return True

print(validate({"name": "ann"}))
try:
    validate({})
except ValidationError as e:
    print("handled", e.field, e)
validate({"name": "x"})
