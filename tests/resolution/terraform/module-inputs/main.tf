module "public_site" {
  source = "./modules/bucket"
  name   = "public-site"
  acl    = "public-read"
}

module "private_site" {
  source = "./modules/bucket"
  name   = "private-site"
}

module "web" {
  source       = "./modules/web"
  for_each     = { admin = ["0.0.0.0/0"], office = ["10.1.0.0/16"] }
  ssh_sources  = each.value
}
