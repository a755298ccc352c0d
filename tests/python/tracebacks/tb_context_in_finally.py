# An exception in a finally block while another is propagating.
def cleanup_fails():
    try:
        raise ValueError("original problem")
    finally:
        resource = None
        resource.close()

cleanup_fails()
