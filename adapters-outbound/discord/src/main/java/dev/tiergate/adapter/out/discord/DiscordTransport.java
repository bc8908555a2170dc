package dev.tiergate.adapter.out.discord;

import io.micronaut.buffer.netty.NettyByteBufferFactory;
import io.micronaut.core.annotation.AnnotationMetadataResolver;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.body.ContextlessMessageBodyHandlerRegistry;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.LoadBalancer;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.client.netty.DefaultHttpClient;
import io.micronaut.http.client.netty.ssl.NettyClientSslBuilder;
import io.micronaut.http.codec.MediaTypeCodecRegistry;
import io.micronaut.runtime.ApplicationConfiguration;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The wire to Discord's REST API, on Micronaut's HTTP client made without an application context:
 * HTTP/1.1, no redirects, Discord's user agent, JSON bodies out and whatever status, headers and body
 * come back (a 4xx or 5xx is an {@link Answer}, not an error). The caller's thread waits for the answer
 * up to the timeout it names; the client's event loop only moves bytes. A timeout or transport failure
 * is a {@link NoAnswerException} whose message names neither the URL nor the underlying exception's
 * text, since the URL may hold an interaction token.
 */
final class DiscordTransport implements AutoCloseable {

    /** What Discord answered: the status, each header's first value (kept by lower-case name) and the body (may be empty). */
    record Answer(int status, Map<String, String> headers, String body) {

        Answer {
            Map<String, String> byName = new HashMap<>();
            headers.forEach((name, value) -> byName.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
            headers = Map.copyOf(byName);
        }

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /** No answer came: the timeout passed, the connection failed, or the waiting thread was interrupted. */
    static final class NoAnswerException extends Exception {

        private final boolean timedOut;

        NoAnswerException(String message, boolean timedOut) {
            super(message);
            this.timedOut = timedOut;
        }

        boolean timedOut() {
            return timedOut;
        }
    }

    private static final Argument<byte[]> BYTES = Argument.of(byte[].class);
    private static final int EVENT_LOOP_THREADS = 2;

    private final DiscordApiSettings settings;
    private final HttpClient client;

    DiscordTransport(DiscordApiSettings settings, String name) {
        this.settings = settings;
        this.client = client(settings, name);
    }

    /** The most one call may wait for its answer. */
    Duration requestTimeout() {
        return settings.requestTimeout();
    }

    /**
     * Sends {@code method} to {@code uri} with {@code headers} and {@code body} as JSON (none when null),
     * and waits up to {@code timeout} (at most {@link #requestTimeout()}) for the whole answer.
     */
    Answer send(String method, URI uri, Map<String, String> headers, Object body, Duration timeout)
            throws NoAnswerException {
        MutableHttpRequest<byte[]> request = HttpRequest.<byte[]>create(HttpMethod.parse(method), uri.toString())
                .header("User-Agent", DiscordHttp.USER_AGENT);
        if (body != null) {
            request.header("Content-Type", "application/json").body(DiscordHttp.write(body));
        }
        headers.forEach(request::header);
        Duration wait = timeout.compareTo(settings.requestTimeout()) < 0 ? timeout : settings.requestTimeout();
        HttpResponse<byte[]> response = await(client.exchange(request, BYTES, BYTES), wait);
        Map<String, String> received = new HashMap<>();
        response.getHeaders().forEachValue(received::putIfAbsent);
        String text = response.getBody().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse("");
        return new Answer(response.code(), received, text);
    }

    /** Closes the client and its event loop, dropping calls under way. */
    @Override
    public void close() {
        client.close();
    }

    /** The one answer {@code exchange} publishes, waited for on this thread; cancelled when the wait ends without it. */
    private static HttpResponse<byte[]> await(Publisher<HttpResponse<byte[]>> exchange, Duration timeout)
            throws NoAnswerException {
        CompletableFuture<HttpResponse<byte[]>> answer = new CompletableFuture<>();
        AtomicReference<Subscription> subscription = new AtomicReference<>();
        exchange.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                subscription.set(s);
                s.request(1);
            }

            @Override
            public void onNext(HttpResponse<byte[]> response) {
                answer.complete(response);
            }

            @Override
            public void onError(Throwable failure) {
                answer.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                // Also called after every onNext: build the exception (and its stack) only when it is the answer.
                if (!answer.isDone()) {
                    answer.completeExceptionally(new IllegalStateException("the exchange ended without a response"));
                }
            }
        });
        String noAnswer = "no answer within " + timeout.toMillis() + " ms";
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            cancel(subscription);
            throw new NoAnswerException(noAnswer, true);
        } catch (InterruptedException e) {
            cancel(subscription);
            Thread.currentThread().interrupt();
            throw new NoAnswerException("interrupted while waiting for Discord", false);
        } catch (ExecutionException e) {
            // Not chained: the client's exception text is not ours to vouch for and may carry the URL.
            if (e.getCause() instanceof ReadTimeoutException) {
                throw new NoAnswerException(noAnswer, true);
            }
            throw new NoAnswerException("transport failure (" + rootCause(e).getClass().getSimpleName() + ")", false);
        }
    }

    private static void cancel(AtomicReference<Subscription> subscription) {
        Subscription s = subscription.get();
        if (s != null) {
            s.cancel();
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * A client with the settings' timeouts, no redirects, and a body registry of raw bytes only. The
     * constructor taking that registry is deprecated in favour of ones that find a JSON mapper through an
     * application context or the class path; this client needs none, since it only moves bytes. Micronaut
     * logs request URIs, tokens included, at DEBUG: its logger stays under {@code io.micronaut}, never
     * under Tiergate's packages.
     */
    @SuppressWarnings("deprecation")
    private static HttpClient client(DiscordApiSettings settings, String name) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setConnectTimeout(settings.requestTimeout());
        configuration.setReadTimeout(settings.requestTimeout());
        configuration.setFollowRedirects(false);
        configuration.setExceptionOnErrorStatus(false);
        configuration.setNumOfThreads(EVENT_LOOP_THREADS);
        configuration.setLoggerName("io.micronaut.http.client.discord");
        ContextlessMessageBodyHandlerRegistry bodies =
                new ContextlessMessageBodyHandlerRegistry(new ApplicationConfiguration(), NettyByteBufferFactory.DEFAULT);
        return new DefaultHttpClient(LoadBalancer.fixed(settings.baseUrl()), configuration, null,
                Thread.ofPlatform().daemon().name("discord-" + name + "-", 0).factory(),
                new NettyClientSslBuilder(new ResourceResolver()), MediaTypeCodecRegistry.of(), bodies,
                AnnotationMetadataResolver.DEFAULT, ConversionService.SHARED);
    }
}
