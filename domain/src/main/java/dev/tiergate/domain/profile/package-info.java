/** Member profiles: nym, bio, score, tenure and private fields. */
package dev.tiergate.domain.profile;
