# after `terraform init`, the installed copy in .terraform/modules is scanned
module "s3" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.0"
  acl     = "public-read"
}
