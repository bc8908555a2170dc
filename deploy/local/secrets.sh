#!/usr/bin/env bash
# Prints fresh secrets for every secret Tiergate reads, in .env format (NAME=value, one a line), each 32
# bytes from /dev/urandom written as base64url without padding (43 characters). Run it once per
# environment and keep the output in the platform's secret store, never in the repository:
#   bash deploy/local/secrets.sh > tiergate.env
# DISCORD_BOT_TOKEN and DISCORD_PUBLIC_KEY come from Discord, not from here; NATS_USER is the operator's choice.
set -euo pipefail

secret() {
  head -c 32 /dev/urandom | base64 -w 0 | tr '+/' '-_' | tr -d '='
}

echo "# Tiergate secrets generated $(date -u +%Y-%m-%dT%H:%M:%SZ)"
for name in ADMIN_API_KEY_PEPPER METRICS_TOKEN DATABASE_PASSWORD NATS_PASSWORD; do
  echo "$name=$(secret)"
done
