# A group with notes on the group and on a member, raised from a cause.
def check():
    try:
        int("x")
    except ValueError as cause:
        member = OSError(5, "disk unhappy")
        member.add_note("member note")
        group = ExceptionGroup("checks failed", [member, KeyError("k")])
        group.add_note("group note 1")
        group.add_note("group note 2")
        raise group from cause

check()
