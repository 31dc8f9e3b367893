package fi.luukku.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.config.ConfigException;
import fi.luukku.core.config.HelpRequested;
import fi.luukku.core.testing.UsageAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCommandLineTest {

    @Test
    void theOptionsAndSettingsReachTheConfiguration(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("luukku.properties");
        Files.writeString(file, "session.hours=4\nport=9000\nqueue.priorityCap=5\n", StandardCharsets.UTF_8);
        ServiceConfig c = ServiceMain.parse(new String[] {
            "--config", file.toString(), "--set", "queue.priorityCap=7", "--port", "0", "--demo", "--data", "d"
        });
        assertThat(c.intValue("session.hours")).isEqualTo(4); // from the file
        assertThat(c.intValue("queue.priorityCap")).isEqualTo(7); // --set wins over the file
        assertThat(c.port()).isZero(); // --port wins over both
        assertThat(c.demo()).isTrue();
        assertThat(c.dataDir()).isEqualTo(Path.of("d"));
        assertThat(c.get("host")).isEqualTo("0.0.0.0"); // default
    }

    @Test
    void aMisspeltOptionIsRefusedNamingTheNearestOne() {
        assertThatThrownBy(() -> ServiceMain.parse(new String[] {"--prot", "8080"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown option --prot; did you mean --port?");
    }

    @Test
    void aMisspeltSettingIsRefusedNamingTheNearestOne(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ServiceMain.parse(new String[] {"--set", "sesion.hours=1"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting sesion.hours; did you mean session.hours?");
        Path file = dir.resolve("luukku.properties");
        Files.writeString(file, "queue.priorityCapp=3\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ServiceMain.parse(new String[] {"--config", file.toString()}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting queue.priorityCapp; did you mean queue.priorityCap?");
        assertThatThrownBy(() -> ServiceMain.parse(
                        new String[] {"--config", dir.resolve("none").toString()}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--config");
    }

    @Test
    void aBadValueNamesItsKey() {
        assertThatThrownBy(() -> ServiceMain.parse(new String[] {"--set", "session.hours=0"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("session.hours: must be 1..720, was 0");
        assertThatThrownBy(() -> ServiceMain.parse(new String[] {"--set", "timeZone=Mars/Base"}))
                .hasMessageContaining("timeZone");
        assertThatThrownBy(() -> ServiceMain.parse(new String[] {"--set", "queue.priorityNeeds=MOBILITY,WINGS"}))
                .hasMessageContaining("queue.priorityNeeds")
                .hasMessageContaining("WINGS");
        assertThatThrownBy(() -> ServiceMain.parse(new String[] {"--set", "nokey"}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--set");
        assertThatThrownBy(() -> ServiceConfig.of(Map.of("port", "70000")))
                .hasMessage("port: must be 0..65535, was 70000");
    }

    @Test
    void helpListsEveryOptionAndSettingWithItsDefault() {
        assertThatThrownBy(() -> ServiceMain.parse(new String[] {"--help"}))
                .isInstanceOfSatisfying(HelpRequested.class, h -> {
                    assertThat(h.usage())
                            .contains("--demo", "--port", "--data", "--config", "--db-url", "--set", "--help");
                    ServiceConfig.SCHEMA.defaults().forEach((key, value) -> assertThat(h.usage())
                            .contains(key));
                    assertThat(h.usage()).contains("session.hours", "(default: 12)", "Default: 8080");
                    UsageAssertions.assertEveryOptionShowsADefault(h.usage(), "the server");
                });
    }
}
