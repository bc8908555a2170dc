package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.application.port.in.apikey.ApiKeyPage;
import dev.tiergate.application.port.in.apikey.ApiKeyRevocation;
import dev.tiergate.application.port.in.apikey.CreateApiKeyCommand;
import dev.tiergate.application.port.in.apikey.CreateApiKeyUseCase;
import dev.tiergate.application.port.in.apikey.ListApiKeysQuery;
import dev.tiergate.application.port.in.apikey.ListApiKeysUseCase;
import dev.tiergate.application.port.in.apikey.RevokeApiKeyCommand;
import dev.tiergate.application.port.in.apikey.RevokeApiKeyUseCase;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.shared.InvalidFieldException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.util.OptionalInt;

/**
 * The admin API's own keys, admin scope only: create one (its secret is in this one answer, never
 * cached), list them without secrets, revoke one. Rotation: create the next key, move clients, revoke
 * the old one; both work in between. The first key comes from the {@code api-keys create} command.
 */
@Controller("/api/v1/api-keys")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "API keys")
class ApiKeysController {

    private static final String CREATE_EXAMPLE = """
            {"name": "deploy bot", "scope": "write", "expires_in_days": 90}""";

    private final CreateApiKeyUseCase create;
    private final ListApiKeysUseCase list;
    private final RevokeApiKeyUseCase revoke;

    ApiKeysController(CreateApiKeyUseCase create, ListApiKeysUseCase list, RevokeApiKeyUseCase revoke) {
        this.create = create;
        this.list = list;
        this.revoke = revoke;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Creates a key (201); the secret is in this answer only. expires_in_days 1-3650, none: never")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = "object"), examples = @ExampleObject(CREATE_EXAMPLE)))
    HttpResponse<CreatedApiKeyResponse> createApiKey(HttpRequest<?> request, @Nullable @Body InputStream body) {
        RequestFields fields = JsonRequest.object(request.getContentLength(), body, "");
        String name = fields.requiredText("name");
        String scope = fields.requiredText("scope");
        OptionalInt days = fields.integer("expires_in_days");
        fields.finish();
        CreateApiKeyCommand command;
        try {
            command = new CreateApiKeyCommand(name, ApiScope.fromLabel(scope), days);
        } catch (InvalidFieldException invalid) {
            throw ApiProblem.invalid(invalid);
        }
        return HttpResponse.created(CreatedApiKeyResponse.of(create.createApiKey(command)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "One page of keys in id order, revoked and expired ones included (limit 1-1000, default 10)")
    ApiKeyPageResponse listApiKeys(@Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        ApiKeyPage page = list.listApiKeys(new ListApiKeysQuery(Cursors.apiKey(cursor), ListLimit.parse(limit)));
        return new ApiKeyPageResponse(page.keys().stream().map(ApiKeyResponse::of).toList(),
                page.next().map(Cursors::ofApiKey).orElse(null));
    }

    @Delete(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Revokes a key for good; revoking it again changes nothing")
    ApiKeyRevocationResponse revokeApiKey(@PathVariable String id) {
        ApiKeyId key = RequestFields.domain("id", id, ApiKeyId::new);
        return switch (revoke.revokeApiKey(new RevokeApiKeyCommand(key))) {
            case ApiKeyRevocation.Revoked(var revoked) -> new ApiKeyRevocationResponse("revoked", ApiKeyResponse.of(revoked));
            case ApiKeyRevocation.AlreadyRevoked(var revoked) ->
                    new ApiKeyRevocationResponse("already_revoked", ApiKeyResponse.of(revoked));
            case ApiKeyRevocation.NoSuchKey _ -> throw ApiProblem.notFound("id", "API key not found");
        };
    }
}
