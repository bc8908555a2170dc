package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.adapter.in.http.UnreadBody;
import dev.tiergate.application.port.in.apikey.AdmitApiRequestCommand;
import dev.tiergate.application.port.in.apikey.AdmitApiRequestUseCase;
import dev.tiergate.application.port.in.apikey.ApiKeyAuthentication;
import dev.tiergate.application.port.in.apikey.AuthenticateApiKeyCommand;
import dev.tiergate.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.tiergate.application.port.in.audit.RecordAuditCommand;
import dev.tiergate.application.port.in.audit.RecordAuditUseCase;
import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.audit.AuditActor;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one gate of the admin API, in this order: a credential in the URL is a 400 (C7); no usable key
 * in {@code Authorization: Bearer} is a 401 with one generic body whatever was wrong (C7, C10); a body
 * declared larger than {@link JsonRequest#MAX_BYTES} is a 413; the key's own budget under the
 * {@code admin-api} rate limit answers 429 when spent and 503 while the limiter's store is down (fails
 * closed, C13); a key whose scope does not include the route's {@link RequiresScope} is a 403. Only then
 * does the route run, with the caller on the request ({@link AdminCaller}). Whatever happened, exactly
 * one audit row records the request with its final status (C8); the key itself is never logged.
 */
@ServerFilter(AdminApiFilter.PATTERN)
final class AdminApiFilter {

    static final String PATTERN = "/api/v1/**";
    private static final Logger LOG = LoggerFactory.getLogger(AdminApiFilter.class);

    private final AuthenticateApiKeyUseCase authentication;
    private final AdmitApiRequestUseCase rateLimit;
    private final RecordAuditUseCase audit;

    AdminApiFilter(AuthenticateApiKeyUseCase authentication, AdmitApiRequestUseCase rateLimit,
            RecordAuditUseCase audit) {
        this.authentication = authentication;
        this.rateLimit = rateLimit;
        this.audit = audit;
    }

    /** Runs off the event loop: authentication, the rate limit and the audit row each wait on a store. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    MutableHttpResponse<?> guard(HttpRequest<?> request, @Nullable RouteMatch<?> route,
            FilterContinuation<MutableHttpResponse<?>> continuation) {
        AuditedRequest audited = audited(request, route);
        AuditActor actor = AuditActor.ANONYMOUS;
        MutableHttpResponse<?> response = null;
        try {
            if (CredentialsInUrl.present(request.getParameters().asMap(), pathValues(request, route))) {
                // The path variables may hold the key itself: the audit log must not keep it.
                audited = audited.withoutTarget();
                response = refuse(HttpStatus.BAD_REQUEST, "API keys are accepted only in the Authorization header");
                return response;
            }
            Optional<ApiKey> caller = authenticate(request);
            if (caller.isEmpty()) {
                response = refuse(HttpStatus.UNAUTHORIZED, "unauthorized").header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                return response;
            }
            ApiKey key = caller.get();
            actor = AuditActor.of(key.id());
            Optional<MutableHttpResponse<?>> refusal = admit(request, route, key);
            if (refusal.isPresent()) {
                response = refusal.get();
                return response;
            }
            request.setAttribute(AdminCaller.ATTRIBUTE, key);
            response = continuation.proceed();
            return response;
        } finally {
            record(actor, audited, request, response == null ? HttpStatus.INTERNAL_SERVER_ERROR.getCode() : response.code());
        }
    }

    private Optional<ApiKey> authenticate(HttpRequest<?> request) {
        return BearerCredentials.key(request.getHeaders().getAll(HttpHeaders.AUTHORIZATION))
                .map(presented -> authentication.authenticateApiKey(new AuthenticateApiKeyCommand(presented)))
                .flatMap(outcome -> outcome instanceof ApiKeyAuthentication.Authenticated(ApiKey key)
                        ? Optional.of(key)
                        : Optional.empty());
    }

    /** The refusal an authenticated request gets before its route runs, if any. */
    private Optional<MutableHttpResponse<?>> admit(HttpRequest<?> request, @Nullable RouteMatch<?> route, ApiKey key) {
        if (request.getContentLength() > JsonRequest.MAX_BYTES) {
            return Optional.of(UnreadBody.closeConnection(refuse(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "body larger than " + JsonRequest.MAX_BYTES / 1024 + " KiB")));
        }
        Optional<MutableHttpResponse<?>> limited = switch (rateLimit.admitApiRequest(new AdmitApiRequestCommand(key.id()))) {
            case RateLimitDecision.Throttled(Duration retryAfter) -> Optional.of(refuse(HttpStatus.TOO_MANY_REQUESTS,
                    "rate limited").header(HttpHeaders.RETRY_AFTER, Long.toString(wholeSeconds(retryAfter))));
            case RateLimitDecision.Unavailable _ ->
                    Optional.of(refuse(HttpStatus.SERVICE_UNAVAILABLE, "rate limiter unavailable, try again later"));
            case RateLimitDecision.Allowed _ -> Optional.empty();
        };
        if (limited.isPresent()) {
            return limited;
        }
        return key.scope().includes(requiredScope(route))
                ? Optional.empty()
                : Optional.of(refuse(HttpStatus.FORBIDDEN, "this key's scope does not allow this route"));
    }

    /** The route's scope, the method's before the controller's; ADMIN when neither says (fails closed). */
    static ApiScope requiredScope(@Nullable RouteMatch<?> route) {
        if (route == null) {
            // Nothing to protect: Micronaut answers 404 or 405, only to an authenticated caller.
            return ApiScope.READ;
        }
        return route.getAnnotationMetadata().enumValue(RequiresScope.class, ApiScope.class).orElse(ApiScope.ADMIN);
    }

    private void record(AuditActor actor, AuditedRequest audited, HttpRequest<?> request, int status) {
        try {
            audit.recordAudit(new RecordAuditCommand(actor, audited.action(), audited.target(), source(request), status));
        } catch (RuntimeException failed) {
            // The answer stands (the action may have happened); the missing row must be seen.
            LOG.error("Could not write the audit row of {} by {} ({}): {}", audited.action(), actor, status,
                    failed.toString());
        }
    }

    private static AuditedRequest audited(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        return route instanceof UriRouteMatch<?, ?> matched
                ? AuditedRequest.of(request.getMethodName(), matched.getRouteInfo().getUriMatchTemplate().toString(),
                        matched.getVariableValues())
                : AuditedRequest.of(request.getMethodName(), null, Map.of());
    }

    private static List<String> pathValues(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        List<String> segments = Arrays.asList(request.getPath().split("/"));
        if (route == null) {
            return segments;
        }
        return Stream.concat(segments.stream(),
                route.getVariableValues().values().stream().map(String::valueOf)).toList();
    }

    private static String source(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static long wholeSeconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    private static MutableHttpResponse<ApiError> refuse(HttpStatus status, String error) {
        return HttpResponse.<ApiError>status(status).body(new ApiError(error, null));
    }
}
