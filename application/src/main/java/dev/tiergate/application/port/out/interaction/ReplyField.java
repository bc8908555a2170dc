package dev.tiergate.application.port.out.interaction;

/** One labelled value of a reply; {@code inline} lets Discord place fields side by side. */
public record ReplyField(String name, String value, boolean inline) {
}
