class ServiceError(Exception):
    def __init__(self, service, detail):
        super().__init__(f"{service}: {detail}")
        self.service = service

def call(service):
    try:
        return {"db": "ok"}[service]
    except KeyError:
        raise ServiceError(service, "unknown service") from None

print(call("db"))
try:
    call("cache")
except ServiceError as e:
    print("handled", e.service, e.__suppress_context__, repr(e.__context__))
call("queue")
