package dev.tiergate.adapter.out.discord;

import dev.tiergate.application.port.out.interaction.ComponentRow;
import dev.tiergate.application.port.out.interaction.ReplyComponent;
import java.util.List;

/**
 * Renders a reply's rows of controls as Discord action rows, fitting every text to Discord's limits.
 * Row count, buttons per row, options per menu and custom ids are already bounded by the reply model.
 */
final class ComponentRenderer {

    static final int LABEL_LIMIT = 80;
    static final int PLACEHOLDER_LIMIT = 150;
    static final int OPTION_TEXT_LIMIT = 100;

    List<DiscordComponent> render(List<ComponentRow> rows) {
        return rows.stream()
                .<DiscordComponent>map(row -> new DiscordComponent.ActionRow(
                        row.components().stream().map(ComponentRenderer::component).toList()))
                .toList();
    }

    private static DiscordComponent component(ReplyComponent component) {
        return switch (component) {
            case ReplyComponent.Button button -> new DiscordComponent.Button(button.customId(),
                    button.selected() ? DiscordComponent.PRIMARY : DiscordComponent.SECONDARY,
                    DiscordText.required(button.label(), LABEL_LIMIT), button.disabled());
            case ReplyComponent.Select select -> new DiscordComponent.StringSelect(select.customId(),
                    DiscordText.optional(select.placeholder(), PLACEHOLDER_LIMIT),
                    select.options().stream().map(ComponentRenderer::option).toList(),
                    select.minValues(), select.maxValues());
        };
    }

    private static DiscordComponent.Option option(ReplyComponent.SelectOption option) {
        return new DiscordComponent.Option(DiscordText.required(option.label(), OPTION_TEXT_LIMIT),
                DiscordText.required(option.value(), OPTION_TEXT_LIMIT),
                DiscordText.optional(option.description(), OPTION_TEXT_LIMIT),
                option.selected() ? Boolean.TRUE : null);
    }
}
