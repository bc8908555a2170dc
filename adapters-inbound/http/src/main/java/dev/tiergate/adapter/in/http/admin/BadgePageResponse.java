package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a catalog in badge-id order; {@code next_cursor} fetches the next page, null on the last. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "BadgePage")
record BadgePageResponse(List<BadgeResponse> items, @Nullable String nextCursor) {
}
