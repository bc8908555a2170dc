package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.domain.apikey.ApiScope;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.openapi.annotation.OpenAPIExclude;
import io.micronaut.openapi.annotation.OpenAPIExtraSchema;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the admin API's OpenAPI document, which the build generates from these controllers into the
 * jar ({@value #DOCUMENT}); it is read once, so a jar without it fails at the first request, loudly. The
 * document covers the admin API only: health and the Discord endpoint are not for API clients.
 */
@Controller("/api/v1/openapi.yml")
@Tag(name = "Documentation")
@OpenAPIDefinition(
        info = @Info(title = "Tiergate admin API", version = "v1",
                description = "Run the communities Tiergate serves: their rules, badges, scores, members and figures,"
                        + " and the API's own keys, audit log and dead letters. Every route takes an API key in the"
                        + " Authorization header (Bearer), never in the URL; a refusal is"
                        + " {\"error\": \"…\", \"field\": \"…\"}. Lists are keyset pages: a limit clamped to the"
                        + " list's bounds (a number is never refused for its size), the next page from next_cursor."),
        security = @SecurityRequirement(name = OpenApiController.API_KEY))
@OpenAPIExtraSchema(ApiError.class)
@OpenAPIExclude(packages = {"dev.tiergate.adapter.in.http", "dev.tiergate.adapter.in.http.discord"})
@SecurityScheme(name = OpenApiController.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An admin API key (tg_…) with the read, write or admin scope")
class OpenApiController {

    static final String API_KEY = "apiKey";
    static final String DOCUMENT = "META-INF/swagger/tiergate-admin-api.yml";
    static final String YAML = "application/yaml";

    private final byte[] document;

    OpenApiController() {
        try (InputStream stream = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (stream == null) {
                throw new IllegalStateException("the jar holds no " + DOCUMENT);
            }
            document = stream.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Get(produces = YAML)
    @RequiresScope(ApiScope.READ)
    @Operation(summary = "This document")
    HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).contentType(MediaType.of(YAML));
    }
}
