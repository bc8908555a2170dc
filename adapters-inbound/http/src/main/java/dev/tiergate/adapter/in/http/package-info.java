/** Inbound HTTP: health now; the Discord interactions endpoint and admin API later. */
package dev.tiergate.adapter.in.http;
