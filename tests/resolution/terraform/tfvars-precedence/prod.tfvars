v4 = "private"
v5 = "private"
