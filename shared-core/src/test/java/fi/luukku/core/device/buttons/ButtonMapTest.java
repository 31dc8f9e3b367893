package fi.luukku.core.device.buttons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ButtonMapTest {

    @Test
    void parsesAnInlineMapInDecimalHexAndCharacters() {
        ButtonMap m = ButtonMap.parse("1=rating:1, 0x32=rating:2,'c'=outcome:handled,7=alone:no,8=outcome:not-handled");
        assertThat(m.answerFor(1)).contains(ButtonAnswer.rating(1));
        assertThat(m.answerFor(0x32)).contains(ButtonAnswer.rating(2));
        assertThat(m.answerFor('c')).contains(new ButtonAnswer(ButtonAnswer.Kind.OUTCOME, "HANDLED"));
        assertThat(m.answerFor(7)).contains(new ButtonAnswer(ButtonAnswer.Kind.ALONE, "NO"));
        assertThat(m.answerFor(8)).contains(new ButtonAnswer(ButtonAnswer.Kind.OUTCOME, "NOT_HANDLED"));
        assertThat(m.answerFor(9)).isEmpty();
    }

    @Test
    void loadsAPropertiesFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("buttons.properties");
        Files.writeString(f, "# five smileys\n0x41=rating:1\n0x45=rating:5\n");
        ButtonMap m = ButtonMap.parse(f.toString());
        assertThat(m.answerFor('A')).contains(ButtonAnswer.rating(1));
        assertThat(m.answerFor('E')).contains(ButtonAnswer.rating(5));
    }

    @Test
    void defaultMapsBytesAndDigitsToRatings() {
        ButtonMap m = ButtonMap.parse(null);
        assertThat(m.answerFor(5)).contains(ButtonAnswer.rating(5));
        assertThat(m.answerFor('1')).contains(ButtonAnswer.rating(1));
    }

    @Test
    void badEntriesAreNamed() {
        assertThatThrownBy(() -> ButtonMap.parse("1=rating:9"))
                .hasMessageContaining("byte 1")
                .hasMessageContaining("1..5");
        assertThatThrownBy(() -> ButtonMap.parse("x=rating:1")).hasMessageContaining("'x' is not a byte");
        assertThatThrownBy(() -> ButtonMap.parse("1=rating:1,1=rating:2")).hasMessageContaining("twice");
        assertThatThrownBy(() -> ButtonMap.parse("1=mood:happy")).hasMessageContaining("unknown answer kind");
    }
}
