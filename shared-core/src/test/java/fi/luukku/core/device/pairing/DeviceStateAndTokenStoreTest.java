package fi.luukku.core.device.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.device.printer.PrinterStatus;
import fi.luukku.core.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceStateAndTokenStoreTest {
    @TempDir
    Path dir;

    @Test
    void printerStatusBytesMapToHeartbeatStates() {
        // DLE EOT 1 / 2 / 4 answers as an ESC/POS printer sends them (fixed bits 0x12 set)
        assertThat(DeviceState.printer(PrinterStatus.fromStatusBytes(0x12, 0x12, 0x12)))
                .isEqualTo("OK");
        assertThat(DeviceState.printer(PrinterStatus.fromStatusBytes(0x12, 0x12, 0x12 | 0x0C)))
                .isEqualTo("PAPER_LOW");
        assertThat(DeviceState.printer(PrinterStatus.fromStatusBytes(0x1A, 0x12 | 0x20, 0x12 | 0x60)))
                .isEqualTo("PAPER_OUT");
        assertThat(DeviceState.printer(PrinterStatus.fromStatusBytes(0x1A, 0x12 | 0x04, 0x12)))
                .isEqualTo("COVER_OPEN");
        assertThat(DeviceState.printer(PrinterStatus.fromStatusBytes(0x1A, 0x12, 0x12)))
                .isEqualTo("OFFLINE");
        assertThat(DeviceState.printer(PrinterStatus.NOT_RESPONDING)).isEqualTo("OFFLINE");
        assertThat(DeviceState.printer(null)).isEqualTo("NONE");
    }

    @Test
    void tokenIsStoredPrivatelyReadBackAndCleared() throws Exception {
        TokenStore store = new TokenStore(dir.resolve("data"), JsonMapper.create());
        assertThat(store.load()).isEmpty();
        store.save(new DeviceCredential("secret-token", "k1@mikkeli", "KIOSK", "mikkeli"));
        assertThat(store.load()).contains(new DeviceCredential("secret-token", "k1@mikkeli", "KIOSK", "mikkeli"));
        if (Files.getFileAttributeView(store.file(), PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                    .isEqualTo("rw-------");
        }
        assertThat(new DeviceCredential("secret-token", "k1@mikkeli", "KIOSK", "mikkeli").toString())
                .doesNotContain("secret-token");
        store.clear();
        assertThat(store.load()).isEmpty();
    }

    @Test
    void aBrokenFileMeansPairingAgainNotACrash() throws Exception {
        TokenStore store = new TokenStore(dir, JsonMapper.create());
        Files.writeString(store.file(), "{not json");
        assertThat(store.load()).isEmpty();
        Files.writeString(store.file(), "{\"token\": \"\"}");
        assertThat(store.load()).isEmpty();
    }
}
