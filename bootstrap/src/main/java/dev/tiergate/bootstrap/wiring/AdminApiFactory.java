package dev.tiergate.bootstrap.wiring;

import dev.tiergate.adapter.out.nats.NatsDeadLetterAdapter;
import dev.tiergate.application.port.in.apikey.AdmitApiRequestUseCase;
import dev.tiergate.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.tiergate.application.port.in.apikey.CreateApiKeyUseCase;
import dev.tiergate.application.port.in.apikey.ListApiKeysUseCase;
import dev.tiergate.application.port.in.apikey.RevokeApiKeyUseCase;
import dev.tiergate.application.port.in.audit.QueryAuditLogUseCase;
import dev.tiergate.application.port.in.audit.RecordAuditUseCase;
import dev.tiergate.application.port.in.deadletter.ListDeadLettersUseCase;
import dev.tiergate.application.port.in.deadletter.ReplayDeadLetterUseCase;
import dev.tiergate.application.port.out.apikey.ApiKeyHashPort;
import dev.tiergate.application.port.out.apikey.ApiKeyStorePort;
import dev.tiergate.application.port.out.audit.AuditLogPort;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.application.service.apikey.AdmitApiRequestService;
import dev.tiergate.application.service.apikey.AuthenticateApiKeyService;
import dev.tiergate.application.service.apikey.CreateApiKeyService;
import dev.tiergate.application.service.apikey.ListApiKeysService;
import dev.tiergate.application.service.apikey.RevokeApiKeyService;
import dev.tiergate.application.service.audit.QueryAuditLogService;
import dev.tiergate.application.service.audit.RecordAuditService;
import dev.tiergate.application.service.deadletter.ListDeadLettersService;
import dev.tiergate.application.service.deadletter.ReplayDeadLetterService;
import dev.tiergate.bootstrap.apikeys.PepperedApiKeyHash;
import dev.tiergate.bootstrap.config.TiergateSettings;
import io.micronaut.context.annotation.Factory;
import io.nats.client.Connection;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Creates what the admin API's gate and its operator routes use: API keys (hashed under the pepper of
 * the settings), their rate limit, the audit log, and the dead letters on the service's NATS connection.
 */
@Factory
class AdminApiFactory {

    @Singleton
    ApiKeyHashPort apiKeyHash(TiergateSettings settings) {
        return new PepperedApiKeyHash(settings.adminApi().pepper());
    }

    @Singleton
    CreateApiKeyUseCase createApiKey(ApiKeyStorePort store, ApiKeyHashPort hashes, Clock clock) {
        return new CreateApiKeyService(store, hashes, new SecureRandom(), clock);
    }

    @Singleton
    ListApiKeysUseCase listApiKeys(ApiKeyStorePort store) {
        return new ListApiKeysService(store);
    }

    @Singleton
    RevokeApiKeyUseCase revokeApiKey(ApiKeyStorePort store, Clock clock) {
        return new RevokeApiKeyService(store, clock);
    }

    @Singleton
    AuthenticateApiKeyUseCase authenticateApiKey(ApiKeyStorePort store, ApiKeyHashPort hashes, Clock clock) {
        return new AuthenticateApiKeyService(store, hashes, clock);
    }

    @Singleton
    AdmitApiRequestUseCase admitApiRequest(RateLimitPort limits, TiergateSettings settings) {
        return new AdmitApiRequestService(limits, settings.rateLimits());
    }

    @Singleton
    RecordAuditUseCase recordAudit(AuditLogPort log, Clock clock) {
        return new RecordAuditService(log, clock);
    }

    @Singleton
    QueryAuditLogUseCase queryAuditLog(AuditLogPort log) {
        return new QueryAuditLogService(log);
    }

    @Singleton
    NatsDeadLetterAdapter deadLetters(Connection connection) {
        return new NatsDeadLetterAdapter(connection);
    }

    @Singleton
    ListDeadLettersUseCase listDeadLetters(NatsDeadLetterAdapter deadLetters) {
        return new ListDeadLettersService(deadLetters);
    }

    @Singleton
    ReplayDeadLetterUseCase replayDeadLetter(NatsDeadLetterAdapter deadLetters) {
        return new ReplayDeadLetterService(deadLetters);
    }
}
