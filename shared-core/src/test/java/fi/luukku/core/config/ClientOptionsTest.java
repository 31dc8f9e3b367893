package fi.luukku.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

    @Test
    void readsTheCommonOptions() {
        ClientOptions o = ClientOptions.parse(
                new String[] {"--server", "http://host:8080/", "--point", "mikkeli", "--token", "t"}, "kiosk");
        assertThat(o.server()).isEqualTo("http://host:8080");
        assertThat(o.point()).isEqualTo("mikkeli");
        assertThat(o.token()).isEqualTo("t");
        assertThat(o.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".luukku", "kiosk-mikkeli"));
    }

    @Test
    void aMissingOrMalformedPointIsRefusedWithTheOptionNamed() {
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"--server", "http://x"}, "kiosk"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--point");
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"--point", "Mikkeli!"}, "kiosk"))
                .hasMessageContaining("--point");
    }

    @Test
    void aServerThatIsNotAnHttpUrlIsRefused() {
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"--server", "localhost", "--point", "a"}, "k"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--server");
    }

    @Test
    void strayArgumentsAreRefused() {
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"mikkeli"}, "k"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("mikkeli");
    }

    @Test
    void anUnknownOptionIsRefusedNamingTheNearestValidOne() {
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"--point", "mikkeli", "--sever", "http://x"}, "k"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown option --sever; did you mean --server?");
    }

    @Test
    void anOptionOfAnotherAppIsNamedWithItsOwner() {
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"--point", "mikkeli", "--sonud", "off"}, "k"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("did you mean --sound?")
                .hasMessageContaining("display");
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"--help"}, "k"))
                .isInstanceOfSatisfying(HelpRequested.class, h -> assertThat(h.usage())
                        .contains("--server", "Default: http://localhost:8080", "--point", "--token", "--data"));
    }
}
