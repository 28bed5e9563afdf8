"""srm-lint: find the customer's side of AWS's shared responsibility model in Terraform and
CloudFormation, before deployment."""

__version__ = "0.1.0"
