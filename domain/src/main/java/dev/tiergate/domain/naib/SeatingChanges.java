package dev.tiergate.domain.naib;

import dev.tiergate.domain.profile.UserId;
import java.util.List;

/** Who takes a seat and who loses one after the council is re-seated. */
public record SeatingChanges(List<UserId> seated, List<UserId> unseated) {

    public SeatingChanges {
        seated = List.copyOf(seated);
        unseated = List.copyOf(unseated);
    }

    public boolean isEmpty() {
        return seated.isEmpty() && unseated.isEmpty();
    }
}
