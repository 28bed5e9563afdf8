v3 = "authenticated-read"
v4 = "public-read"
