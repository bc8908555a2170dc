package dev.tiergate.bootstrap.config;

/** Development relaxes what production demands (TLS to NATS, real Discord credentials). */
public enum TiergateEnvironment {
    DEVELOPMENT, PRODUCTION
}
