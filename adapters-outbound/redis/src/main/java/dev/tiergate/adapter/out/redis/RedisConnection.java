package dev.tiergate.adapter.out.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.NettyCustomizer;
import io.netty.channel.Channel;
import io.netty.handler.flush.FlushConsolidationHandler;
import java.time.Duration;
import java.util.function.Function;
import java.util.concurrent.CompletionStage;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one shared Lettuce connection to Redis: commands time out after the configured milliseconds,
 * are rejected at once (never queued) while disconnected, and at most {@link #REQUEST_QUEUE_SIZE}
 * await an answer (as many again may wait to be written); beyond that a command fails at once.
 * Redis being down at start does not fail the process: the first connection is retried in the
 * background, and after that Lettuce reconnects by itself.
 */
public final class RedisConnection implements AutoCloseable {

    /** Lettuce's bound on commands awaiting an answer, and on those waiting to be written. */
    static final int REQUEST_QUEUE_SIZE = 8_192;

    private static final Logger LOG = LoggerFactory.getLogger(RedisConnection.class);
    private static final Duration RETRY_FIRST_CONNECT_EVERY = Duration.ofMillis(500);
    private static final Delay RECONNECT_DELAY = Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(1), 2,
            TimeUnit.MILLISECONDS);

    private final RedisSettings settings;
    private final ClientResources resources;
    private final RedisClient client;
    private final RedisURI uri;
    private final AtomicReference<StatefulRedisConnection<String, String>> connection = new AtomicReference<>();
    private final AtomicBoolean firstFailure = new AtomicBoolean(true);
    private volatile boolean closed;

    public RedisConnection(RedisSettings settings) {
        this.settings = settings;
        this.resources = DefaultClientResources.builder()
                .commandLatencyRecorder(CommandLatencyRecorder.disabled())
                .reconnectDelay(RECONNECT_DELAY)
                .nettyCustomizer(new ConsolidatedFlushes())
                .build();
        this.uri = RedisURI.create(settings.url());
        uri.setTimeout(settings.commandTimeout());
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(REQUEST_QUEUE_SIZE)
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(max(settings.commandTimeout(), Duration.ofMillis(500))).build())
                .build());
        connectFirstTime();
    }

    /** The asynchronous commands of the shared connection; fails at once while it is not yet established. */
    RedisAsyncCommands<String, String> commands() {
        StatefulRedisConnection<String, String> current = connection.get();
        if (current == null) {
            throw new RedisConnectionException("not connected to Redis yet; connecting in the background");
        }
        return current.async();
    }

    Duration commandTimeout() {
        return settings.commandTimeout();
    }

    /**
     * Runs one command and waits for its result; any failure (down, timed out, interrupted) becomes an
     * {@link UncheckedIOException} saying "{@code store} unavailable" and its kind, never its arguments.
     */
    <T> T await(String store, Function<RedisAsyncCommands<String, String>, CompletionStage<T>> command) {
        // Lettuce times the command out itself; this bound only guards against a lost completion.
        long bound = commandTimeout().multipliedBy(2).toMillis();
        try {
            return command.apply(commands()).toCompletableFuture().get(bound, TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw unavailable(store, failed.getCause());
        } catch (TimeoutException | RuntimeException failed) {
            throw unavailable(store, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unavailable(store, interrupted);
        }
    }

    private static UncheckedIOException unavailable(String store, Throwable cause) {
        String message = store + " unavailable: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new UncheckedIOException(message, new IOException(message, cause));
    }

    @Override
    public void close() {
        closed = true;
        StatefulRedisConnection<String, String> current = connection.getAndSet(null);
        if (current != null) {
            current.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    /** Waits a little for the first connection so that a healthy start decides from Redis at once. */
    private void connectFirstTime() {
        try {
            connectInBackground().get(settings.commandTimeout().multipliedBy(4).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException notYet) {
            // connectInBackground has logged it and keeps trying.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One attempt; a failed one schedules the next, so the first connection is retried until close(). */
    private CompletableFuture<StatefulRedisConnection<String, String>> connectInBackground() {
        if (closed) {
            return CompletableFuture.failedFuture(new RedisConnectionException("closed"));
        }
        return client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture().whenComplete((established, failure) -> {
            if (failure != null) {
                if (firstFailure.compareAndSet(true, false)) {
                    LOG.warn("Redis at {} is not reachable yet ({}); limits come from the local fallback meanwhile",
                            settings, rootMessage(failure));
                } else {
                    LOG.debug("Redis still not reachable: {}", rootMessage(failure));
                }
                if (!closed) {
                    resources.eventExecutorGroup().schedule(this::connectInBackground,
                            RETRY_FIRST_CONNECT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                }
            } else if (closed || !connection.compareAndSet(null, established)) {
                established.closeAsync();
            } else {
                LOG.info("Connected to Redis at {}", settings);
            }
        });
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Lets commands written close together leave in one flush (one syscall) instead of one each,
     * which is what keeps many decisions in flight on one connection cheap.
     */
    private static final class ConsolidatedFlushes implements NettyCustomizer {

        @Override
        public void afterChannelInitialized(Channel channel) {
            channel.pipeline().addFirst(new FlushConsolidationHandler(
                    FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
        }
    }
}
