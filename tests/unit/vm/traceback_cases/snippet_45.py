eval("x +", {})
