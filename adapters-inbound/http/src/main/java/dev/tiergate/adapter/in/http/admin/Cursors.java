package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.application.port.in.badge.MemberBadgeCursor;
import dev.tiergate.application.port.in.deadletter.DeadLetterId;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.audit.AuditCursor;
import dev.tiergate.domain.badge.BadgeId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code cursor} query parameter of every admin list: an opaque token (base64url of where the last
 * page ended) that a client only hands back. A token that was not made here is a 400, never a wrong page.
 */
final class Cursors {

    static final String PARAMETER = "cursor";
    private static final int MAX_LENGTH = 256;
    private static final Pattern AUDIT = Pattern.compile("(-?[0-9]{1,19})\\.([0-9]{1,9}) ([1-9][0-9]{0,18})");
    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,18}");

    private Cursors() {
    }

    static String ofBadge(BadgeId last) {
        return encode(last.value());
    }

    static Optional<BadgeId> badge(String cursor) {
        return decode(cursor).map(text -> parsed(() -> new BadgeId(text)));
    }

    static String ofMemberBadge(MemberBadgeCursor last) {
        return encode(last.awardedAt() + " " + last.badge().value());
    }

    static Optional<MemberBadgeCursor> memberBadge(String cursor) {
        return decode(cursor).map(text -> parsed(() -> {
            int space = text.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new MemberBadgeCursor(Instant.parse(text.substring(0, space)),
                    new BadgeId(text.substring(space + 1)));
        }));
    }

    static String ofApiKey(ApiKeyId last) {
        return encode(last.value());
    }

    static Optional<ApiKeyId> apiKey(String cursor) {
        return decode(cursor).map(text -> {
            if (!ApiKeyId.isValid(text)) {
                throw malformed();
            }
            return new ApiKeyId(text);
        });
    }

    /** {@code <epoch second>.<nanos> <id>}: exact to the nanosecond, so no record is skipped or repeated. */
    static String ofAudit(AuditCursor last) {
        return encode(last.at().getEpochSecond() + "." + last.at().getNano() + " " + last.id());
    }

    static Optional<AuditCursor> audit(String cursor) {
        return decode(cursor).map(text -> matched(AUDIT, text, parts -> new AuditCursor(
                Instant.ofEpochSecond(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2))),
                Long.parseLong(parts.group(3)))));
    }

    static String ofDeadLetter(DeadLetterId last) {
        return encode(Long.toString(last.sequence()));
    }

    static Optional<DeadLetterId> deadLetter(String cursor) {
        return decode(cursor).map(text -> matched(POSITIVE, text, parts -> new DeadLetterId(Long.parseLong(parts.group()))));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> decode(String cursor) {
        if (cursor == null) {
            return Optional.empty();
        }
        if (cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw malformed();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            throw malformed();
        }
    }

    private static <T> T matched(Pattern format, String text, Function<Matcher, T> value) {
        Matcher parts = format.matcher(text);
        if (!parts.matches()) {
            throw malformed();
        }
        return parsed(() -> value.apply(parts));
    }

    /** Whatever a forged token makes a parser or a value's own checks throw, it is still only a bad cursor. */
    private static <T> T parsed(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException notOurs) {
            throw malformed();
        }
    }

    private static ApiProblem malformed() {
        return ApiProblem.badRequest(PARAMETER, "not a cursor this list handed out");
    }
}
