package dev.tiergate.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectoryCountTest {

    @Test
    void countsUpToTheCapExactlyWithThousandsGrouped() {
        assertThat(DirectoryCount.text(0)).isEqualTo("0 members");
        assertThat(DirectoryCount.text(1)).isEqualTo("1 member");
        assertThat(DirectoryCount.text(2_345)).isEqualTo("2,345 members");
        assertThat(DirectoryCount.text(DirectoryCount.CAP)).isEqualTo("10,000 members");
    }

    @Test
    void pastTheCapSaysOnlyMoreThanIt() {
        assertThat(DirectoryCount.countUpTo()).isEqualTo(DirectoryCount.CAP + 1);
        assertThat(DirectoryCount.text(DirectoryCount.countUpTo())).isEqualTo("10,000+ members");
    }
}
