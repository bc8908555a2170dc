package dev.tiergate.adapter.in.http.discord;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a request body up to a limit and not a byte further: a declared or actual size beyond it is empty. */
final class BoundedBody {

    private BoundedBody() {
    }

    /** The body, or empty when {@code declaredLength} (negative: not declared) or the bytes read exceed {@code limit}. */
    static Optional<byte[]> read(long declaredLength, InputStream body, int limit) throws IOException {
        if (declaredLength > limit) {
            return Optional.empty();
        }
        byte[] read = body.readNBytes(limit + 1);
        return read.length > limit ? Optional.empty() : Optional.of(read);
    }
}
