v1 = "public-read"
v2 = "public-read"
