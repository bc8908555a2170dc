/** The PostgreSQL adapter: communities, profiles, the materialized ranking, seats and tiers, via Micronaut Data JDBC. */
package dev.tiergate.adapter.out.postgres;
