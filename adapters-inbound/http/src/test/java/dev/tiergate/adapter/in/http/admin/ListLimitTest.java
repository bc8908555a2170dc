package dev.tiergate.adapter.in.http.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.shared.PageLimit;
import org.junit.jupiter.api.Test;

class ListLimitTest {

    @Test
    void anAbsentLimitIsTheDefault() {
        assertThat(ListLimit.parse(null)).isEqualTo(new PageLimit(PageLimit.DEFAULT));
    }

    @Test
    void everyWholeNumberIsClampedToOneThroughOneThousand() {
        assertThat(ListLimit.parse("-1")).isEqualTo(new PageLimit(1));
        assertThat(ListLimit.parse("0")).isEqualTo(new PageLimit(1));
        assertThat(ListLimit.parse("25")).isEqualTo(new PageLimit(25));
        assertThat(ListLimit.parse("1000000000")).isEqualTo(new PageLimit(1000));
        assertThat(ListLimit.parse("100000000000000000000000000000")).isEqualTo(new PageLimit(1000));
    }

    @Test
    void anythingButAWholeNumberIsRefusedNamingTheParameter() {
        for (String notANumber : new String[] {"abc", "", "1.5", "1e3", " 5", "0x10", "9".repeat(65)}) {
            assertThatThrownBy(() -> ListLimit.parse(notANumber)).as(notANumber).isInstanceOf(ApiProblem.class)
                    .extracting(problem -> ((ApiProblem) problem).body())
                    .isEqualTo(new ApiError("must be a whole number", "limit"));
        }
    }
}
