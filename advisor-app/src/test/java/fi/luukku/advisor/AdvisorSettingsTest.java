package fi.luukku.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.config.ConfigException;
import fi.luukku.core.i18n.Language;
import org.junit.jupiter.api.Test;

class AdvisorSettingsTest {
    @Test
    void readsTheDemoAutoLoginAndSound() {
        AdvisorSettings s = AdvisorSettings.parse(new String[] {
            "--server",
            "http://localhost:8080",
            "--point",
            "mikkeli",
            "--user",
            "advisor1",
            "--password",
            "demo",
            "--desk",
            "desk-1",
            "--sound",
            "off",
            "--lang",
            "sv"
        });
        assertThat(s.user()).isEqualTo("advisor1");
        assertThat(s.desk()).isEqualTo("desk-1");
        assertThat(s.sound()).isFalse();
        assertThat(s.language()).isEqualTo(Language.SV);
        assertThat(s.options().point()).isEqualTo("mikkeli");
    }

    @Test
    void soundIsOnAndFinnishByDefault() {
        AdvisorSettings s = AdvisorSettings.parse(new String[] {"--point", "mikkeli"});
        assertThat(s.sound()).isTrue();
        assertThat(s.language()).isEqualTo(Language.FI);
    }

    @Test
    void aBadValueNamesTheOption() {
        assertThatThrownBy(() -> AdvisorSettings.parse(new String[] {"--point", "mikkeli", "--sound", "loud"}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--sound");
        assertThatThrownBy(() -> AdvisorSettings.parse(new String[] {"--point", "mikkeli", "--colour", "red"}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--colour");
    }
}
