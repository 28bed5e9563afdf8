# Transit encryption unset: the default is false.
resource "aws_elasticache_replication_group" "sessions" { # srm: expect SRM-ELC-002
  replication_group_id       = "sessions"
  description                = "Web sessions"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
}

# Enabled, but in the "preferred" migration mode that still accepts plain-text clients.
resource "aws_elasticache_replication_group" "queue" {
  replication_group_id       = "job-queue"
  description                = "Background job queue"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred" # srm: expect SRM-ELC-002
}

# Explicitly off.
resource "aws_elasticache_replication_group" "leaderboard" {
  replication_group_id       = "leaderboard"
  description                = "Game leaderboard"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  transit_encryption_enabled = false # srm: expect SRM-ELC-002
}
