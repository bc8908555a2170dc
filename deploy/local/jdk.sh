#!/usr/bin/env bash
# Finds a JDK >= 25 and Maven, and exports JAVA_HOME, PATH and MAVEN_OPTS for them.
#
# Sourced by the other scripts (`source deploy/local/jdk.sh`), which set -euo pipefail themselves;
# this file leaves the caller's shell options alone so that sourcing it from an interactive
# shell is safe. Run directly (`bash deploy/local/jdk.sh`) it just reports what it found.
# The default `java` on these machines is OpenJDK 17, so PATH alone is not enough: Tiergate
# compiles with release 25 and relies on JDK 24+ virtual threads.

TIERGATE_MIN_JAVA=25

# Major version of a version string: 25.0.3 -> 25, 25-ea -> 25, 1.8.0_392 -> 8.
tiergate_major_of() {
  local v=${1#1.}
  v=${v%%[!0-9]*}
  echo "${v:-0}"
}

# Succeeds if $1 is a JDK (java and javac; Maven needs the compiler) whose java reports >= 25.
tiergate_is_jdk25() {
  local home=$1 version
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  # awk reads all of the output (no early exit, so no SIGPIPE under pipefail) and skips
  # lines such as "Picked up JAVA_TOOL_OPTIONS".
  version=$("$home/bin/java" -version 2>&1 | awk -F'"' '/ version "/ && v == "" { v = $2 } END { print v }') || return 1
  [ "$(tiergate_major_of "$version")" -ge "$TIERGATE_MIN_JAVA" ]
}

# Prints the first JDK >= 25 found, in the order: JAVA_HOME, temurin-25*, *25*, any release file.
tiergate_find_jdk() {
  local d release_version
  if [ -n "${JAVA_HOME:-}" ]; then
    if tiergate_is_jdk25 "$JAVA_HOME"; then
      echo "$JAVA_HOME"
      return 0
    fi
    echo "jdk: ignoring JAVA_HOME=$JAVA_HOME: not a JDK $TIERGATE_MIN_JAVA or newer" >&2
  fi
  for d in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25*; do
    if [ -d "$d" ] && tiergate_is_jdk25 "$d"; then
      echo "$d"
      return 0
    fi
  done
  for d in /usr/lib/jvm/*; do
    [ -f "$d/release" ] || continue
    release_version=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$d/release")
    if [ "$(tiergate_major_of "$release_version")" -ge "$TIERGATE_MIN_JAVA" ] && tiergate_is_jdk25 "$d"; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

# apt-get update at most once per run, also across the scripts this one's caller starts.
tiergate_apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "jdk: need to install $* but not running as root: install it, or re-run as root" >&2
    return 1
  fi
  if [ -z "${TIERGATE_APT_UPDATED:-}" ]; then
    echo "jdk: apt-get update (to install $*)"
    apt-get update -q || echo "jdk: apt-get update failed; trying the package lists already on the machine" >&2
    export TIERGATE_APT_UPDATED=1
  fi
  echo "jdk: apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

# Succeeds if apt knows an installable candidate for package $1.
tiergate_apt_has() {
  local policy
  policy=$(apt-cache policy "$1" 2>/dev/null) || return 1
  case $policy in
    *"Candidate: (none)"*) return 1 ;;
    *"Candidate:"*) return 0 ;;
    *) return 1 ;;
  esac
}

tiergate_setup_java() {
  local jdk pkg
  if ! jdk=$(tiergate_find_jdk); then
    # Temurin normally comes from Adoptium's own apt repository, which this machine cannot
    # reach; try the package only if some configured repository offers it.
    if [ "$(id -u)" -eq 0 ] && [ -z "${TIERGATE_APT_UPDATED:-}" ]; then
      echo "jdk: no JDK $TIERGATE_MIN_JAVA found; asking apt whether a repository offers one"
      apt-get update -q || echo "jdk: apt-get update failed; using the package lists already on the machine" >&2
      export TIERGATE_APT_UPDATED=1
    fi
    for pkg in temurin-25-jdk openjdk-25-jdk-headless; do
      if tiergate_apt_has "$pkg"; then
        tiergate_apt_install "$pkg" || true
        break
      fi
    done
    if ! jdk=$(tiergate_find_jdk); then
      cat >&2 <<EOF
jdk: no JDK $TIERGATE_MIN_JAVA or newer found.
jdk: looked at JAVA_HOME, /usr/lib/jvm/temurin-25*, /usr/lib/jvm/*25* and every /usr/lib/jvm/*/release;
jdk: no configured apt repository offers temurin-25-jdk (Debian does not ship it).
jdk: Tiergate needs a Temurin (or other) JDK 25 installed under /usr/lib/jvm,
jdk: e.g. /usr/lib/jvm/temurin-25-jdk-amd64, or JAVA_HOME pointing at a JDK 25.
EOF
      return 1
    fi
  fi
  export JAVA_HOME=$jdk
  case ":$PATH:" in
    *":$JAVA_HOME/bin:"*) ;;
    *) export PATH="$JAVA_HOME/bin:$PATH" ;;
  esac
  # JDK 24+ warns about Maven's (Guice's) use of sun.misc.Unsafe on every run; silence it once.
  case " ${MAVEN_OPTS:-} " in
    *" --sun-misc-unsafe-memory-access=allow "*) ;;
    *) export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}" ;;
  esac
  echo "jdk: using $JAVA_HOME"

  if ! command -v mvn >/dev/null 2>&1; then
    tiergate_apt_install maven || {
      echo "jdk: Maven (mvn) is missing and could not be installed: apt-get install maven" >&2
      return 1
    }
  fi
}

# When sourced, a failure returns non-zero from `source`, which stops a caller under set -e;
# when run directly, it exits.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  tiergate_setup_java
  java -version
  mvn -v
else
  tiergate_setup_java || return 1
fi
