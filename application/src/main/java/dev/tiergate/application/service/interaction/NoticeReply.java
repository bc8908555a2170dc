package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.out.interaction.Reply;

/** The short, true messages a member gets when a command cannot be answered normally. */
final class NoticeReply {

    static final Reply UNREADABLE = Reply.notice("Sorry",
            "This command could not be read, please try again.");
    static final Reply FAILED = Reply.notice("Sorry",
            "Something went wrong on our side. Please try again in a moment.");
    static final Reply TOO_SLOW = Reply.notice("Sorry",
            "That took too long to answer. Please try again in a moment.");
    static final Reply GUILD_ONLY = Reply.notice("Server only",
            "Tiergate commands work inside a server, not in direct messages.");
    static final Reply LIMITS_UNAVAILABLE = Reply.notice("Sorry",
            "Tiergate cannot check its limits right now. Please try again in a moment.");

    static final Reply NOT_YOURS = Reply.notice("Not yours",
            "Those buttons belong to the member who ran the command. Run it yourself to get your own.");
    static final Reply ADMINS_ONLY = Reply.notice("Admins only",
            "This command is for the community's admins.");

    private NoticeReply() {
    }

    static Reply slowDown(long seconds) {
        return Reply.notice("Slow down", "You are sending commands too fast. Try again in " + seconds + " s.");
    }

    /** A bad option value; the field and problem come from Tiergate's own validation, never from the input. */
    static Reply invalid(String field, String problem) {
        return Reply.notice("Cannot do that", "`" + field + "` " + problem + ".");
    }

    /** Names the command only when it looks like one: the name is untrusted input. */
    static Reply unknown(String name) {
        String shown = name != null && name.matches("[a-z0-9_-]{1,32}") ? "/" + name : "that command";
        return Reply.notice("Unknown command", "Tiergate does not offer " + shown + ".");
    }
}
