#!/usr/bin/env bash
# Builds bootstrap/target/tiergate.jar when it is missing or any source or POM is newer than it;
# otherwise builds nothing. run.sh and console.sh call it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/local/jdk.sh
source "$here/jdk.sh" >/dev/null
cd "$here/../.."

jar=bootstrap/target/tiergate.jar
if [ ! -f "$jar" ] || [ -n "$(find . \( -name target -o -name .git \) -prune -o -type f \
    \( -path '*/src/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
  echo "build: building $jar (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
  [ -f "$jar" ] || { echo "build: ERROR: the build finished but $jar is missing" >&2; exit 1; }
else
  echo "build: $jar is up to date"
fi
