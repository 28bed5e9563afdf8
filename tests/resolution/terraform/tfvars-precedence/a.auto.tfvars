v2 = "private"
v3 = "private"
