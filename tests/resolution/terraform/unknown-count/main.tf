variable "buckets" {
  type = map(string)
}

variable "create" {
  type = bool
}

# the collection is unknown: one instance whose values are unknown
resource "aws_s3_bucket_acl" "each" {
  for_each = var.buckets
  bucket   = each.key
  acl      = each.value # srm: unknown SRM-S3-002
}

# count is unknown, but what the instance would be is known: still checked
resource "aws_s3_bucket_acl" "maybe" {
  count  = var.create ? 1 : 0
  bucket = "maybe"
  acl    = "public-read" # srm: expect SRM-S3-002
}

resource "aws_security_group" "web" {
  dynamic "ingress" { # srm: unknown SRM-NET-001
    for_each = var.buckets
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = [ingress.value]
    }
  }
}
