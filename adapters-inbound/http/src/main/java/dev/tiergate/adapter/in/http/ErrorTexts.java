package dev.tiergate.adapter.in.http;

import io.micronaut.http.HttpStatus;
import java.util.Locale;

/**
 * The only words an HTTP error body carries when no route chose its own: a fixed text per status,
 * never an exception message, a class name or anything the client sent.
 */
final class ErrorTexts {

    static final String INTERNAL_ERROR = "internal error";

    private ErrorTexts() {
    }

    /** "not found", "method not allowed", "unsupported media type", …; any 5xx is "internal error". */
    static String forStatus(int code) {
        if (code >= 500) {
            return INTERNAL_ERROR;
        }
        try {
            return HttpStatus.valueOf(code).getReason().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException unknownCode) {
            return "request refused";
        }
    }
}
