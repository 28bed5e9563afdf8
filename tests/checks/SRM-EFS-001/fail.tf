# Unset: the default is false.
resource "aws_efs_file_system" "shared" { # srm: expect SRM-EFS-001
  creation_token   = "shared-home"
  performance_mode = "generalPurpose"
  throughput_mode  = "elastic"
}

# Explicitly unencrypted.
resource "aws_efs_file_system" "media" {
  creation_token = "media-uploads"
  encrypted      = false # srm: expect SRM-EFS-001
}
