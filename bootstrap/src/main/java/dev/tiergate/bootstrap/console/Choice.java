package dev.tiergate.bootstrap.console;

import java.util.Optional;

/**
 * One numbered thing the user can pick in a reply: a button (its custom_id) or one option of a menu
 * (the menu's custom_id and the option's value); picking it sends the component interaction Discord would.
 */
record Choice(int number, String customId, Optional<String> value, String label) {

    boolean isMenuOption() {
        return value.isPresent();
    }
}
