package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.application.port.in.apikey.CreatedApiKey;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/** A key just created, with {@code secret}: the whole key, shown this once and never again. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CreatedApiKey")
record CreatedApiKeyResponse(ApiKeyResponse key,
        @Schema(description = "The whole key for the Authorization header; it cannot be shown again",
                example = "tg_Ab3dE5gH_…") String secret) {

    static CreatedApiKeyResponse of(CreatedApiKey created) {
        return new CreatedApiKeyResponse(ApiKeyResponse.of(created.key()), created.secret());
    }

    @Override
    public String toString() {
        return "CreatedApiKeyResponse[key=" + key + "]";
    }
}
