# No control-plane logging at all.
resource "aws_eks_cluster" "platform" { # srm: expect SRM-EKS-002
  name     = "platform"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}

# API and authenticator logs, but no audit log.
resource "aws_eks_cluster" "analytics" {
  name                      = "analytics"
  role_arn                  = "arn:aws:iam::111122223333:role/eks-cluster"
  enabled_cluster_log_types = ["api", "authenticator"] # srm: expect SRM-EKS-002

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}

# An empty list.
resource "aws_eks_cluster" "sandbox" {
  name                      = "sandbox"
  role_arn                  = "arn:aws:iam::111122223333:role/eks-cluster"
  enabled_cluster_log_types = [] # srm: expect SRM-EKS-002

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}
