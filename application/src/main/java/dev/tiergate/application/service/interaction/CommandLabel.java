package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.interaction.MemberCommand;

/** The metric label of a command: one of a fixed few, so an unknown name never becomes a label. */
final class CommandLabel {

    private CommandLabel() {
    }

    static String of(MemberCommand command) {
        return switch (command) {
            case MemberCommand.ShowPosition p -> "position";
            case MemberCommand.ShowThreshold t -> "threshold";
            case MemberCommand.ViewProfile v -> "profile-view";
            case MemberCommand.Unreadable u -> "unreadable";
            case MemberCommand.Unknown u -> "unknown";
        };
    }
}
