package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyField;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every embed limit Discord enforces, at and beyond the boundary, and how cuts are marked. */
class EmbedRendererTest {

    private final EmbedRenderer renderer = new EmbedRenderer();

    @Test
    void rendersTitleDescriptionFieldsAndTheFixedColourAsGiven() {
        DiscordEmbed embed = renderer.render(new Reply("Your position", "**nym** is ranked **#12**.",
                List.of(new ReplyField("Score", "1,234.5", true), new ReplyField("Status", "Fedaykin", false)), true));

        assertThat(embed.title()).isEqualTo("Your position");
        assertThat(embed.description()).isEqualTo("**nym** is ranked **#12**.");
        assertThat(embed.color()).isEqualTo(0xE8A33D);
        assertThat(embed.fields()).containsExactly(new DiscordEmbed.Field("Score", "1,234.5", true),
                new DiscordEmbed.Field("Status", "Fedaykin", false));
    }

    @Test
    void anHttpsPictureBecomesTheThumbnailAndAnyOtherIsLeftOut() {
        String avatar = "https://cdn.discordapp.com/avatars/1/abc.png";

        assertThat(renderer.render(reply("t", "d").withThumbnail(Optional.of(avatar))).thumbnail())
                .isEqualTo(new DiscordEmbed.Image(avatar));
        assertThat(renderer.render(reply("t", "d").withThumbnail(Optional.of("http://example.com/a.png"))).thumbnail())
                .isNull();
        assertThat(renderer.render(reply("t", "d").withThumbnail(Optional.of("https://x/" + "a".repeat(3000))))
                .thumbnail()).isNull();
        assertThat(renderer.render(reply("t", "d")).thumbnail()).isNull();
    }

    @Test
    void aTitleAtTheLimitIsKeptAndALongerOneIsCutTo256WithAnEllipsis() {
        assertThat(renderer.render(reply("t".repeat(256), "d")).title()).isEqualTo("t".repeat(256));

        String title = renderer.render(reply("t".repeat(300), "d")).title();

        assertThat(title).hasSize(256).isEqualTo("t".repeat(255) + "…");
    }

    @Test
    void aDescriptionLongerThan4096IsCutWithAnEllipsis() {
        assertThat(renderer.render(reply("t", "d".repeat(4096))).description()).isEqualTo("d".repeat(4096));

        String description = renderer.render(reply("t", "d".repeat(5000))).description();

        assertThat(description).hasSize(4096).endsWith("d…");
    }

    @Test
    void blankTitleAndDescriptionAreLeftOut() {
        DiscordEmbed embed = renderer.render(new Reply(" ", null, List.of(new ReplyField("a", "b", false)), false));

        assertThat(embed.title()).isNull();
        assertThat(embed.description()).isNull();
    }

    @Test
    void aReplyWithNothingInItStillRendersAnEmbedDiscordAccepts() {
        DiscordEmbed embed = renderer.render(new Reply("", "", List.of(), false));

        assertThat(embed.description()).isEqualTo("—");
    }

    @Test
    void fieldNamesAndValuesAreCutToTheirLimits() {
        DiscordEmbed embed = renderer.render(withFields(List.of(
                new ReplyField("n".repeat(256), "v".repeat(1024), false),
                new ReplyField("n".repeat(257), "v".repeat(1025), false))));

        assertThat(embed.fields().get(0).name()).isEqualTo("n".repeat(256));
        assertThat(embed.fields().get(0).value()).isEqualTo("v".repeat(1024));
        assertThat(embed.fields().get(1).name()).isEqualTo("n".repeat(255) + "…");
        assertThat(embed.fields().get(1).value()).isEqualTo("v".repeat(1023) + "…");
    }

    @Test
    void emptyOrBlankFieldNamesAndValuesBecomeADash() {
        DiscordEmbed embed = renderer.render(withFields(List.of(
                new ReplyField("Status", "", true), new ReplyField("", "x", true), new ReplyField(null, "  ", true))));

        assertThat(embed.fields()).extracting(DiscordEmbed.Field::name, DiscordEmbed.Field::value)
                .containsExactly(tuple("Status", "—"),
                        tuple("—", "x"), tuple("—", "—"));
    }

    @Test
    void twentyFiveFieldsAreKeptWhole() {
        DiscordEmbed embed = renderer.render(withFields(numberedFields(25)));

        assertThat(embed.fields()).hasSize(25);
        assertThat(embed.fields().getLast().value()).isEqualTo("value 25");
    }

    @Test
    void fieldsBeyondTwentyFiveAreDroppedAndTheLastKeptOneIsMarked() {
        DiscordEmbed embed = renderer.render(withFields(numberedFields(30)));

        assertThat(embed.fields()).hasSize(25);
        assertThat(embed.fields().get(23).value()).isEqualTo("value 24");
        assertThat(embed.fields().getLast().name()).isEqualTo("field 25");
        assertThat(embed.fields().getLast().value()).isEqualTo("value 25…");
    }

    @Test
    void aFieldThatOverrunsTheTotalIsCutToFillExactly6000() {
        // 256 + 4096 + (10 + 1000) = 5362; the second field has 638 left: 10 for its name, 628 for its value.
        DiscordEmbed embed = renderer.render(new Reply("t".repeat(256), "d".repeat(4096), List.of(
                new ReplyField("n".repeat(10), "v".repeat(1000), false),
                new ReplyField("m".repeat(10), "w".repeat(1000), false),
                new ReplyField("never", "shown", false)), false));

        assertThat(embed.fields()).hasSize(2);
        assertThat(embed.fields().get(0).value()).isEqualTo("v".repeat(1000));
        assertThat(embed.fields().get(1).value()).hasSize(628).isEqualTo("w".repeat(627) + "…");
        assertThat(total(embed)).isEqualTo(6000);
    }

    @Test
    void aFieldWithNoRoomLeftIsDroppedAndAnEllipsisIsAppendedToTheLastKeptField() {
        // 256 + 4096 + 1025 + 622 = 5999: one unit is left, so the ellipsis is appended.
        DiscordEmbed embed = renderer.render(new Reply("t".repeat(256), "d".repeat(4096), List.of(
                new ReplyField("a", "v".repeat(1024), false),
                new ReplyField("b", "w".repeat(621), false),
                new ReplyField("dropped", "x", false)), false));

        assertThat(embed.fields()).extracting(DiscordEmbed.Field::name).containsExactly("a", "b");
        assertThat(embed.fields().get(1).value()).isEqualTo("w".repeat(621) + "…");
        assertThat(total(embed)).isEqualTo(6000);
    }

    @Test
    void aFieldWithNoRoomLeftIsDroppedAndTheEllipsisReplacesTheLastCharacterWhenTheTotalIsFull() {
        // 256 + 4096 + 1025 + 623 = 6000: nothing is left, so the ellipsis takes the last character's place.
        DiscordEmbed embed = renderer.render(new Reply("t".repeat(256), "d".repeat(4096), List.of(
                new ReplyField("a", "v".repeat(1024), false),
                new ReplyField("b", "w".repeat(622), false),
                new ReplyField("dropped", "x", false)), false));

        assertThat(embed.fields()).extracting(DiscordEmbed.Field::name).containsExactly("a", "b");
        assertThat(embed.fields().get(1).value()).isEqualTo("w".repeat(621) + "…");
        assertThat(total(embed)).isEqualTo(6000);
    }

    @Test
    void theWorstCaseReplyStaysWithinEveryLimit() {
        List<ReplyField> huge = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new ReplyField("n".repeat(400), "v".repeat(2000), false)).toList();

        DiscordEmbed embed = renderer.render(new Reply("t".repeat(1000), "d".repeat(9000), huge, false));

        assertThat(embed.title()).hasSizeLessThanOrEqualTo(256);
        assertThat(embed.description()).hasSizeLessThanOrEqualTo(4096);
        assertThat(embed.fields()).hasSizeLessThanOrEqualTo(25).allSatisfy(field -> {
            assertThat(field.name()).hasSizeBetween(1, 256);
            assertThat(field.value()).hasSizeBetween(1, 1024);
        });
        assertThat(total(embed)).isLessThanOrEqualTo(6000);
        assertThat(embed.fields().getLast().value()).endsWith("…");
    }

    @Test
    void cutsNeverSplitASurrogatePair() {
        // The 255th unit is the high half of an emoji, so the cut keeps 254 units and the whole emoji goes.
        String title = renderer.render(reply("a".repeat(254) + "😀" + "bbb", "d")).title();

        assertThat(title).isEqualTo("a".repeat(254) + "…");
        assertThat(title.chars().noneMatch(unit -> Character.isSurrogate((char) unit))).isTrue();
    }

    @Test
    void lengthsAreCountedInUtf16Units() {
        // 128 emoji are 256 UTF-16 units (but 128 code points): exactly at the limit, so kept whole.
        String emoji = "😀".repeat(128);
        assertThat(renderer.render(reply(emoji, "d")).title()).isEqualTo(emoji);

        // One more emoji is 258 units: cut.
        assertThat(renderer.render(reply(emoji + "😀", "d")).title()).isEqualTo("😀".repeat(127) + "…");
    }

    private static Reply reply(String title, String description) {
        return new Reply(title, description, List.of(), false);
    }

    private static Reply withFields(List<ReplyField> fields) {
        return new Reply("Title", "Description", fields, false);
    }

    private static List<ReplyField> numberedFields(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new ReplyField("field " + i, "value " + i, true)).toList();
    }

    private static int total(DiscordEmbed embed) {
        int total = length(embed.title()) + length(embed.description());
        for (DiscordEmbed.Field field : embed.fields()) {
            total += field.name().length() + field.value().length();
        }
        return total;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
