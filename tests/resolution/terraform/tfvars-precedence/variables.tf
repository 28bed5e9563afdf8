variable "v1" { default = "private" }
variable "v2" { default = "private" }
variable "v3" { default = "private" }
variable "v4" { default = "private" }
variable "v5" { default = "private" }
variable "v6" { default = "private" }
