# In standard support on the data file's as-of date.
resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = "1.35" # srm: ok SRM-EKS-003

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}

# Unset: the current default version.
resource "aws_eks_cluster" "analytics" { # srm: ok SRM-EKS-003
  name     = "analytics"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}

# Newer than every version in the calendar: released after its as-of date.
resource "aws_eks_cluster" "canary" {
  name     = "canary"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = "1.36" # srm: ok SRM-EKS-003

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}
