package fi.luukku.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.config.ConfigException;
import fi.luukku.core.config.HelpRequested;
import fi.luukku.core.testing.UsageAssertions;
import org.junit.jupiter.api.Test;

class AdvisorCommandLineTest {

    @Test
    void aMisspeltOptionIsRefusedNamingTheNearestOne() {
        assertThatThrownBy(() -> AdvisorSettings.parse(new String[] {"--point", "mikkeli", "--pasword", "x"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown option --pasword; did you mean --password?");
        assertThatThrownBy(() -> AdvisorSettings.parse(new String[] {"--point", "mikkeli", "--sonud", "off"}))
                .hasMessage("unknown option --sonud; did you mean --sound?");
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        assertThatThrownBy(() -> AdvisorSettings.parse(new String[] {"--help"}))
                .isInstanceOfSatisfying(
                        HelpRequested.class, h -> assertThat(h.usage()).contains("Default: on", "Default: fi"));
        UsageAssertions.assertEveryOptionShowsADefault(AdvisorSettings.usage(), "the advisor app");
    }

    @Test
    void switchesWorkAloneOrWithAValue() {
        AdvisorSettings s = AdvisorSettings.parse(
                new String[] {"--point", "mikkeli", "--high-contrast", "--large-text=false", "--sound", "off"});
        assertThat(s.highContrast()).isTrue();
        assertThat(s.largeText()).isFalse();
        assertThat(s.sound()).isFalse();
    }
}
