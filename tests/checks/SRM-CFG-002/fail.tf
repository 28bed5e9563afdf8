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

# Records only the listed resource types.
resource "aws_config_configuration_recorder" "selected" {
  name     = "selected-types"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported  = false # srm: expect SRM-CFG-002
    resource_types = ["AWS::EC2::Instance", "AWS::S3::Bucket"]
  }
}

resource "aws_config_configuration_recorder_status" "selected" {
  name       = aws_config_configuration_recorder.selected.name
  is_enabled = true
}

# Records everything except some types.
resource "aws_config_configuration_recorder" "with_exclusions" {
  name     = "with-exclusions"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported = false

    exclusion_by_resource_types {
      resource_types = ["AWS::EC2::NetworkInterface"]
    }

    recording_strategy {
      use_only = "EXCLUSION_BY_RESOURCE_TYPES" # srm: expect SRM-CFG-002
    }
  }
}

resource "aws_config_configuration_recorder_status" "with_exclusions" {
  name       = aws_config_configuration_recorder.with_exclusions.name
  is_enabled = true
}

# Records everything but is never started: no recorder status refers to it.
resource "aws_config_configuration_recorder" "never_started" { # srm: expect SRM-CFG-002
  name     = "never-started"
  role_arn = aws_iam_role.config.arn
}

# Started by a status whose is_enabled is false: the finding sits on the status.
resource "aws_config_configuration_recorder" "stopped" {
  name     = "stopped"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder_status" "stopped" {
  name       = aws_config_configuration_recorder.stopped.name
  is_enabled = false # srm: expect SRM-CFG-002
}
