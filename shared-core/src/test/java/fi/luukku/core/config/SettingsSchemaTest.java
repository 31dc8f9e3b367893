package fi.luukku.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsSchemaTest {
    private final SettingsSchema schema = new SettingsSchema()
            .integer("session.hours", 12, 1, 720, "sign-in length")
            .bool("demo", false, "demo data")
            .text("host", "0.0.0.0", "listen address");

    @Test
    void defaultsAreOverlaidByTheGivenValues() {
        assertThat(schema.load(Map.of("session.hours", " 8 ")))
                .containsEntry("session.hours", "8")
                .containsEntry("demo", "false")
                .containsEntry("host", "0.0.0.0");
    }

    @Test
    void anUnknownKeyIsRefusedNamingTheNearestOne() {
        assertThatThrownBy(() -> schema.load(Map.of("sesion.hours", "1")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting sesion.hours; did you mean session.hours?");
        assertThatThrownBy(() -> schema.load(Map.of("colour", "red")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting colour");
    }

    @Test
    void aBadValueIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> schema.load(Map.of("session.hours", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("session.hours: must be 1..720, was 0");
        assertThatThrownBy(() -> schema.load(Map.of("session.hours", "many")))
                .hasMessage("session.hours: not a number: many");
        assertThatThrownBy(() -> schema.load(Map.of("demo", "yes"))).hasMessage("demo: must be true or false, was yes");
    }

    @Test
    void aPropertiesFileIsReadAndAMissingOneNamesTheOption(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("luukku.properties");
        Files.writeString(file, "session.hours = 3\n# a comment\n", StandardCharsets.UTF_8);
        assertThat(schema.load(SettingsSchema.read(file, "--config"))).containsEntry("session.hours", "3");
        assertThatThrownBy(() -> SettingsSchema.read(dir.resolve("missing"), "--config"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--config");
    }

    @Test
    void theDescriptionListsEveryKeyWithItsDefault() {
        assertThat(schema.describe())
                .contains("session.hours", "(default: 12)", "demo", "(default: false)", "host", "(default: 0.0.0.0)");
    }

    @Test
    void aKeyCannotBeDeclaredTwice() {
        assertThatThrownBy(() -> new SettingsSchema().text("a", "", "").text("a", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
