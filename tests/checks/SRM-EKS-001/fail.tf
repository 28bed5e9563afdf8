# Public endpoint with the default CIDR (0.0.0.0/0).
resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = "1.34"

  vpc_config { # srm: expect SRM-EKS-001
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}

# Public endpoint explicitly open to the whole IPv4 internet next to a private range.
resource "aws_eks_cluster" "analytics" {
  name     = "analytics"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = "1.34"

  vpc_config {
    subnet_ids              = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["203.0.113.0/24", "0.0.0.0/0"] # srm: expect SRM-EKS-001
  }
}
