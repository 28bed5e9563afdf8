resource "aws_kms_key" "cache" {
  description         = "ElastiCache at-rest encryption"
  enable_key_rotation = true
}

# Encrypted with a customer-managed key.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Web sessions"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true # srm: ok SRM-ELC-001
  kms_key_id                 = aws_kms_key.cache.arn
  transit_encryption_enabled = true
}

# Valkey with the setting unset (default true).
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

# Secondary of a global datastore: inherits the primary's setting (unknown, no finding).
resource "aws_elasticache_replication_group" "sessions_eu" { # srm: ok SRM-ELC-001
  replication_group_id        = "sessions-eu"
  description                 = "Web sessions, secondary region"
  global_replication_group_id = "ldgnf-sessions"
  num_cache_clusters          = 2
}
