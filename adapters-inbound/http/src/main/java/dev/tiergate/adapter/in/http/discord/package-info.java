/** Discord's HTTP interactions endpoint: signed requests in, the wire envelope to the workers, their initial response back. */
package dev.tiergate.adapter.in.http.discord;
