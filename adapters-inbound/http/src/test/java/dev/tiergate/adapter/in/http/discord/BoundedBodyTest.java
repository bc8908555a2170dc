package dev.tiergate.adapter.in.http.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        assertThat(BoundedBody.read(-1, new ByteArrayInputStream(new byte[10]), 10)).hasValueSatisfying(
                body -> assertThat(body).hasSize(10));
        assertThat(BoundedBody.read(0, new ByteArrayInputStream(new byte[0]), 10)).hasValueSatisfying(
                body -> assertThat(body).isEmpty());
    }

    @Test
    void aBodyOverTheLimitIsRefusedAfterReadingOneByteMoreAtMost() throws IOException {
        CountingStream stream = new CountingStream(1000);

        assertThat(BoundedBody.read(-1, stream, 10)).isEmpty();
        assertThat(stream.read).isEqualTo(11);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReading() throws IOException {
        CountingStream stream = new CountingStream(1000);

        assertThat(BoundedBody.read(1000, stream, 10)).isEmpty();
        assertThat(stream.read).isZero();
    }

    /** A stream of {@code size} zero bytes that counts what was taken from it. */
    private static final class CountingStream extends InputStream {
        private final int size;
        int read;

        CountingStream(int size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0;
        }
    }
}
