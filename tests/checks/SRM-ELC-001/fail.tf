# Redis OSS with at-rest encryption unset: the default is false for redis.
resource "aws_elasticache_replication_group" "sessions" { # srm: expect SRM-ELC-001
  replication_group_id       = "sessions"
  description                = "Web sessions"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  transit_encryption_enabled = true
}

# Engine unset (redis) and encryption explicitly off.
resource "aws_elasticache_replication_group" "queue" {
  replication_group_id       = "job-queue"
  description                = "Background job queue"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  transit_encryption_enabled = true
  at_rest_encryption_enabled = false # srm: expect SRM-ELC-001
}

# Near miss: Valkey encrypts at rest unless told otherwise.
resource "aws_elasticache_replication_group" "leaderboard" { # srm: ok SRM-ELC-001
  replication_group_id       = "leaderboard"
  description                = "Game leaderboard"
  engine                     = "valkey"
  engine_version             = "8.0"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  transit_encryption_enabled = true
}
