# Audit and authenticator logs enabled.
resource "aws_eks_cluster" "platform" {
  name                      = "platform"
  role_arn                  = "arn:aws:iam::111122223333:role/eks-cluster"
  enabled_cluster_log_types = ["audit", "authenticator"] # srm: ok SRM-EKS-002

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}

# All five log types.
resource "aws_eks_cluster" "analytics" {
  name     = "analytics"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  enabled_cluster_log_types = [ # srm: ok SRM-EKS-002
    "api",
    "audit",
    "authenticator",
    "controllerManager",
    "scheduler",
  ]

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}
