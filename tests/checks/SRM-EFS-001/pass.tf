resource "aws_kms_key" "efs" {
  description         = "EFS at-rest encryption"
  enable_key_rotation = true
}

# Encrypted with a customer-managed key.
resource "aws_efs_file_system" "shared" {
  creation_token = "shared-home"
  encrypted      = true # srm: ok SRM-EFS-001
  kms_key_id     = aws_kms_key.efs.arn
}

# Encrypted with the AWS managed key.
resource "aws_efs_file_system" "media" {
  creation_token = "media-uploads"
  encrypted      = true # srm: ok SRM-EFS-001
}
