package fi.luukku.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.config.ConfigException;
import fi.luukku.core.config.HelpRequested;
import fi.luukku.core.testing.UsageAssertions;
import org.junit.jupiter.api.Test;

class DisplayCommandLineTest {

    @Test
    void aMisspeltOptionIsRefusedNamingTheNearestOne() {
        assertThatThrownBy(() -> DisplayOptions.parse(new String[] {"--point", "mikkeli", "--sonud", "off"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown option --sonud; did you mean --sound?");
        assertThatThrownBy(() -> DisplayOptions.parse(new String[] {"--point", "mikkeli", "--fulscreen"}))
                .hasMessage("unknown option --fulscreen; did you mean --fullscreen?");
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        assertThatThrownBy(() -> DisplayOptions.parse(new String[] {"--help"}))
                .isInstanceOfSatisfying(HelpRequested.class, h -> assertThat(h.usage())
                        .contains("Default: chime", "Default: 1920x1080"));
        UsageAssertions.assertEveryOptionShowsADefault(DisplayOptions.usage(), "the display");
    }

    @Test
    void flagsTakeAnOptionalValue() {
        assertThat(DisplayOptions.parse(new String[] {"--point", "mikkeli", "--fullscreen"})
                        .fullscreen())
                .isTrue();
        assertThat(DisplayOptions.parse(new String[] {"--point", "mikkeli", "--fullscreen=false"})
                        .fullscreen())
                .isFalse();
    }
}
