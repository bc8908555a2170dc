package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyComponent;
import dev.tiergate.application.port.out.interaction.ReplyField;

/** Asserts that a reply fits Discord's embed and component limits, counting characters as Discord does. */
final class DiscordReplyLimits {

    private DiscordReplyLimits() {
    }

    static void assertFits(Reply reply) {
        int total = length(reply.title()) + length(reply.description());
        assertThat(length(reply.title())).as("title").isBetween(1, 256);
        assertThat(length(reply.description())).as("description").isLessThanOrEqualTo(4096);
        assertThat(reply.fields()).as("fields").hasSizeLessThanOrEqualTo(25);
        for (ReplyField field : reply.fields()) {
            assertThat(length(field.name())).as("field name").isBetween(1, 256);
            assertThat(length(field.value())).as("value of " + field.name()).isBetween(1, 1024);
            total += length(field.name()) + length(field.value());
        }
        assertThat(total).as("all text").isLessThanOrEqualTo(6000);
        reply.rows().forEach(row -> row.components().forEach(component -> {
            assertThat(component.customId().length()).as("custom id").isLessThanOrEqualTo(100);
            if (component instanceof ReplyComponent.Button button) {
                assertThat(length(button.label())).as("button label").isBetween(1, 80);
            }
            if (component instanceof ReplyComponent.Select select) {
                select.options().forEach(option -> {
                    assertThat(length(option.label())).as("option label").isBetween(1, 100);
                    assertThat(length(option.value())).as("option value").isBetween(1, 100);
                    assertThat(length(option.description())).as("option description").isLessThanOrEqualTo(100);
                });
            }
        }));
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
