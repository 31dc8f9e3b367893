package fi.luukku.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.config.ConfigException;
import fi.luukku.core.i18n.Language;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DisplayOptionsTest {

    private static DisplayOptions parse(String... args) {
        return DisplayOptions.parse(args);
    }

    @Test
    void defaultsSuitALobbyBoard() {
        DisplayOptions o = parse("--server", "http://localhost:8080", "--point", "mikkeli");
        assertThat(o.fullscreen()).isFalse();
        assertThat(o.desk()).isEmpty();
        assertThat(o.sound()).isEqualTo(DisplayOptions.SoundMode.CHIME);
        assertThat(o.languages()).isEmpty();
        assertThat(o.token()).isNull(); // no demo token: the stored one, else pairing
        assertThat(o.width()).isEqualTo(1920);
        assertThat(o.hold()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void readsEveryOption() {
        DisplayOptions o = parse(
                "--server",
                "http://h:1",
                "--point",
                "kiiminki",
                "--token",
                "tok",
                "--data",
                "/tmp/x",
                "--fullscreen",
                "--desk",
                "k-desk-2",
                "--sound",
                "speech",
                "--languages",
                "sv,fi",
                "--speech-language",
                "sv",
                "--size",
                "1080x1920",
                "--hold-seconds",
                "8",
                "--resync-after-seconds",
                "30");
        assertThat(o.fullscreen()).isTrue();
        assertThat(o.desk()).contains("k-desk-2");
        assertThat(o.sound()).isEqualTo(DisplayOptions.SoundMode.SPEECH);
        assertThat(o.languages()).containsExactly(Language.SV, Language.FI);
        assertThat(o.speechLanguage()).contains(Language.SV);
        assertThat(o.width()).isEqualTo(1080);
        assertThat(o.height()).isEqualTo(1920);
        assertThat(o.hold()).isEqualTo(Duration.ofSeconds(8));
        assertThat(o.resyncAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.token()).isEqualTo("tok");
        assertThat(parse("--point", "mikkeli", "--sound", "off").sound()).isEqualTo(DisplayOptions.SoundMode.OFF);
    }

    @Test
    void badValuesNameTheOption() {
        assertThatThrownBy(() -> parse("--point", "mikkeli", "--sound", "loud"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--sound");
        assertThatThrownBy(() -> parse("--point", "mikkeli", "--languages", "fi,de"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--languages");
        assertThatThrownBy(() -> parse("--point", "mikkeli", "--size", "big"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--size");
        assertThatThrownBy(() -> parse("--point", "mikkeli", "--desk"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--desk");
        assertThatThrownBy(() -> parse("--point", "mikkeli", "--hold-seconds", "0"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--hold-seconds");
        assertThatThrownBy(() -> parse("--point", "mikkeli", "--speech-language", "de"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--speech-language");
    }
}
