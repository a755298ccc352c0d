# A traffic-light and turnstile state machine driven by events, with transitions in a
# dict keyed by tuples and a match statement handling events with payloads.
TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}


class Turnstile:
    def __init__(self):
        self.state = "locked"
        self.coins = 0
        self.passes = 0

    def handle(self, event):
        match event:
            case ("coin", int(amount)) if amount >= 25:
                self.coins += amount
                kind = "coin"
            case ("coin", amount):
                print(f"  rejected coin {amount}")
                return
            case "push":
                kind = "push"
                if self.state == "unlocked":
                    self.passes += 1
            case ("reset",):
                self.__init__()
                print("  reset")
                return
            case unknown:
                print(f"  ignoring {unknown!r}")
                return
        new = TRANSITIONS[self.state, kind]
        print(f"  {self.state:>8} --{kind}--> {new}")
        self.state = new


t = Turnstile()
for ev in ["push", ("coin", 25), "push", "push", ("coin", 5), ("coin", 50), ("coin", 25),
           "push", "kick", ("reset",), ("coin", 100)]:
    t.handle(ev)
print(t.state, t.coins, t.passes)
