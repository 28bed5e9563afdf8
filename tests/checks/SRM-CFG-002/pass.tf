resource "aws_iam_role" "config" {
  name = "aws-config-recorder"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "config.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_s3_bucket" "config" {
  bucket = "acme-config-history"
}

# Records every supported type (the default) and is started by a status.
resource "aws_config_configuration_recorder" "main" { # srm: ok SRM-CFG-002
  name     = "main"
  role_arn = aws_iam_role.config.arn
}

resource "aws_config_delivery_channel" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.config.bucket
  depends_on     = [aws_config_configuration_recorder.main]
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.main]
}

# The explicit ALL_SUPPORTED_RESOURCE_TYPES strategy, with global types, started by a status that
# names the recorder's default name literally.
resource "aws_config_configuration_recorder" "default" { # srm: ok SRM-CFG-002
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported                 = true # srm: ok SRM-CFG-002
    include_global_resource_types = true

    recording_strategy {
      use_only = "ALL_SUPPORTED_RESOURCE_TYPES" # srm: ok SRM-CFG-002
    }
  }
}

resource "aws_config_configuration_recorder_status" "default" {
  name       = "default"
  is_enabled = true
}

# A status whose is_enabled comes from a variable without a default: unknown, not a finding.
variable "recorder_enabled" {
  type = bool
}

resource "aws_config_configuration_recorder" "regional" { # srm: unknown SRM-CFG-002
  name     = "regional"
  role_arn = aws_iam_role.config.arn
}

resource "aws_config_configuration_recorder_status" "regional" {
  name       = aws_config_configuration_recorder.regional.name
  is_enabled = var.recorder_enabled
}
