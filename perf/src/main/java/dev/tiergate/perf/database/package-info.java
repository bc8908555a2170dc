/**
 * The database goals (P5, P6, P7, P9's heap half): a community of a million members seeded once per run, read
 * and written through Tiergate's own PostgreSQL adapters, against pgbench on the same tables.
 */
package dev.tiergate.perf.database;
