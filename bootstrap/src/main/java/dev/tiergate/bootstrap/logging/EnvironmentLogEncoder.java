package dev.tiergate.bootstrap.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

/**
 * Encodes with the {@code production} encoder when TIERGATE_ENV is production (read as the settings
 * read it: case and surrounding spaces ignored) and with the {@code development} encoder otherwise;
 * logback.xml configures both. Chosen once, when logging starts, so even the refusal of a bad
 * setting is logged in the production format.
 */
public final class EnvironmentLogEncoder extends EncoderBase<ILoggingEvent> {

    private final boolean production;
    private Encoder<ILoggingEvent> productionEncoder;
    private Encoder<ILoggingEvent> developmentEncoder;
    private Encoder<ILoggingEvent> chosen;

    public EnvironmentLogEncoder() {
        this(System.getenv("TIERGATE_ENV"));
    }

    EnvironmentLogEncoder(String environment) {
        this.production = environment != null && environment.strip().equalsIgnoreCase("production");
    }

    public void setProduction(Encoder<ILoggingEvent> encoder) {
        this.productionEncoder = encoder;
    }

    public void setDevelopment(Encoder<ILoggingEvent> encoder) {
        this.developmentEncoder = encoder;
    }

    @Override
    public void start() {
        chosen = production ? productionEncoder : developmentEncoder;
        if (chosen == null) {
            addError("EnvironmentLogEncoder needs both a <production> and a <development> encoder");
            return;
        }
        super.start();
    }

    @Override
    public byte[] headerBytes() {
        return chosen.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return chosen.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return chosen.footerBytes();
    }
}
