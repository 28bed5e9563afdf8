# Past the end of standard support (1.29: 2025-03-23) and of extended support (2026-03-23).
resource "aws_eks_cluster" "legacy" {
  name     = "legacy"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = "1.29" # srm: expect SRM-EKS-003

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}

# In extended support only (1.32: standard support ended 2026-03-23).
resource "aws_eks_cluster" "analytics" {
  name     = "analytics"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = "1.32" # srm: expect SRM-EKS-003

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}

# From a variable whose default is an old version, older than the calendar.
variable "sandbox_version" {
  type    = string
  default = "1.21"
}

resource "aws_eks_cluster" "sandbox" {
  name     = "sandbox"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = var.sandbox_version # srm: expect SRM-EKS-003

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}
