variable "site_acl" {
  type    = string
  default = "public-read"
}

variable "logs_acl" {
  type = string
}
