/** Inbound HTTP: the admin API under /api/v1, its one gate (keys, scopes, rate limit, audit) and its resources. */
package dev.tiergate.adapter.in.http.admin;
