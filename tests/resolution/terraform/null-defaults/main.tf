# a variable that defaults to null leaves the argument unset, as Terraform does: the provider
# default applies (no ACL; publicly_accessible = false), nothing is unknown
variable "acl" {
  type    = string
  default = null
}

variable "public" {
  type    = bool
  default = null
}

resource "aws_s3_bucket_acl" "site" {
  bucket = "site"
  acl    = var.acl # srm: ok SRM-S3-002
}

resource "aws_db_instance" "db" {
  engine              = "postgres"
  publicly_accessible = var.public # srm: ok SRM-RDS-002
  db_subnet_group_name = "private"
}

resource "aws_db_instance" "written" {
  engine              = "postgres"
  publicly_accessible = null == null ? true : false # srm: expect SRM-RDS-002
}
