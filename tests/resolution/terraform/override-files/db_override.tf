resource "aws_db_instance" "db" {
  publicly_accessible = false # srm: ok SRM-RDS-002
}
