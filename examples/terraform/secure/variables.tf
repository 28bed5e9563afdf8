variable "region" {
  description = "AWS Region to deploy into."
  type        = string
  default     = "eu-west-1"
}

variable "name" {
  description = "Prefix for every resource name."
  type        = string
  default     = "acme-shop"
}

variable "vpc_id" {
  description = "VPC for the application and the database."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets for the database subnet group."
  type        = list(string)
}

variable "ssh_allowed_cidrs" {
  description = "CIDR blocks allowed to reach the application servers over SSH."
  type        = list(string)
  default     = ["10.0.0.0/16"]
}

variable "db_instance_class" {
  description = "Instance class of the database."
  type        = string
  default     = "db.t4g.micro"
}

variable "account_id" {
  description = "The AWS account that owns the buckets (only its log deliveries are accepted)."
  type        = string
}
