package dev.tiergate.adapter.out.postgres;

/** A LIKE pattern matching exactly the strings that start with a literal text: {@code \ % _} are escaped with {@code \}. */
final class LikePrefix {

    private LikePrefix() {
    }

    static String of(String literal) {
        return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
