# Required TLS.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Web sessions"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true       # srm: ok SRM-ELC-002
  transit_encryption_mode    = "required" # srm: ok SRM-ELC-002
}

# Enabled with the mode unset (required).
resource "aws_elasticache_replication_group" "leaderboard" {
  replication_group_id       = "leaderboard"
  description                = "Game leaderboard"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  transit_encryption_enabled = true # srm: ok SRM-ELC-002
}
