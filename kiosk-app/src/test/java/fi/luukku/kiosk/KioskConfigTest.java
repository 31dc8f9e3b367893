package fi.luukku.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.config.ConfigException;
import fi.luukku.core.kiosk.EmergencyRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KioskConfigTest {

    static KioskConfig parse(String... extra) {
        List<String> args = new ArrayList<>(List.of("--point", "mikkeli", "--printer", "sim"));
        args.addAll(List.of(extra));
        return KioskConfig.parse(args.toArray(String[]::new));
    }

    @Test
    void offlineRangeIsParsedAndOptional() {
        assertThat(parse("--offline-range", "900-949").offlineRange()).isEqualTo(new EmergencyRange(900, 949));
        assertThat(parse().offlineRange()).isNull();
        assertThatThrownBy(() -> parse("--offline-range", "949-900"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--offline-range");
        assertThatThrownBy(() -> parse("--offline-range", "lots"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--offline-range");
    }

    @Test
    void aMissingPrinterOptionStopsTheKioskWithExitCode2NamingTheOption() {
        var err = new java.io.ByteArrayOutputStream();
        int code = KioskMain.checkConfig(
                new String[] {"--point", "mikkeli"},
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("--printer");
        assertThatThrownBy(() -> KioskConfig.parse(new String[] {"--point", "mikkeli"}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--printer");
    }

    @Test
    void theSimulatedPrinterOnlyWhenAskedForExplicitly() {
        KioskConfig c = parse();
        assertThat(c.printer()).isEqualTo("sim");
        assertThat(c.printerPort()).isNull();
        assertThat(KioskMain.checkConfig(new String[] {"--point", "mikkeli", "--printer", "sim"}, System.err))
                .isZero();
    }

    @Test
    void thereIsNoDefaultStaffPin() {
        assertThat(parse().staffPin()).isNull();
        assertThat(parse("--staff-pin", "4711").staffPin()).isEqualTo("4711");
        assertThatThrownBy(() -> parse("--staff-pin", "12"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--staff-pin");
    }

    @Test
    void withoutKioskIdAStableRandomIdIsKeptInTheDataDirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        KioskConfig a = parse("--data", dir.resolve("a").toString());
        assertThat(a.kioskId()).isNull();
        String id = a.resolvedKioskId();
        assertThat(id).matches("kiosk-[0-9a-f]{10}");
        assertThat(a.resolvedKioskId()).isEqualTo(id); // the same after a restart
        assertThat(java.nio.file.Files.readString(dir.resolve("a").resolve("kiosk-id"))
                        .trim())
                .isEqualTo(id);
        // another kiosk of the same point (its own data directory) gets another id, so another offline block
        assertThat(parse("--data", dir.resolve("b").toString()).resolvedKioskId())
                .isNotEqualTo(id);
        // an explicit id wins and is not stored
        assertThat(parse("--data", dir.resolve("c").toString(), "--kiosk-id", "lobby-2")
                        .resolvedKioskId())
                .isEqualTo("lobby-2");
        assertThat(dir.resolve("c").resolve("kiosk-id")).doesNotExist();
    }
}
