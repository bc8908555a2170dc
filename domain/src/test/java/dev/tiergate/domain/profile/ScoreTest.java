package dev.tiergate.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreTest {

    @Test
    void keepsEighteenFractionalDigitsExactly() {
        Score score = Score.parse("1234.000000000000000001");
        assertThat(score.value().scale()).isEqualTo(Score.SCALE);
        assertThat(score.toPlainString()).isEqualTo("1234.000000000000000001");
        assertThat(score.compareTo(Score.parse("1234"))).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1e5", "NaN", "1.0000000000000000001", " 1", "0x10", "", "1,5"})
    void rejectsAnythingButAPlainNonNegativeDecimal(String text) {
        assertThatThrownBy(() -> Score.parse(text)).hasMessageStartingWith("score:");
    }

    @Test
    void othersSeeItRoundedHalfUp() {
        assertThat(Score.parse("2.5").rounded()).isEqualTo(BigInteger.valueOf(3));
        assertThat(Score.parse("2.49").rounded()).isEqualTo(BigInteger.valueOf(2));
    }

    @Test
    void gapIsNeverNegative() {
        assertThat(Score.parse("5").gapTo(Score.parse("3"))).isEqualTo(Score.ZERO);
        assertThat(Score.parse("3").gapTo(Score.parse("5.5"))).isEqualTo(Score.parse("2.5"));
    }

    @Test
    void walletNeverPrintsItself() {
        WalletAddress wallet = new WalletAddress("0xABCDEFabcdef0123456789abcdef0123456789ab");
        assertThat(wallet.toString()).doesNotContain("abcdef0123456789").endsWith("89ab");
        assertThat(wallet.value()).isEqualTo("0xabcdefabcdef0123456789abcdef0123456789ab");
    }
}
