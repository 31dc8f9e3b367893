package fi.luukku.core.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScannerTest {

    @Test
    void serialScannerSplitsCodesOnCrLfAcrossChunks() throws Exception {
        List<String> codes = new ArrayList<>();
        var link = new fi.luukku.core.device.serial.SerialLink() {
            @Override
            public void write(byte[] data) {}

            @Override
            public byte[] read(int max, int timeoutMillis) {
                return new byte[0];
            }

            @Override
            public void onData(java.util.function.Consumer<byte[]> listener) {}

            @Override
            public void purge() {}

            @Override
            public String portName() {
                return "fake";
            }

            @Override
            public void close() {}
        };
        SerialScanner s = SerialScanner.start(link, codes::add);
        s.accept("BOOK".getBytes(StandardCharsets.UTF_8));
        s.accept("-123\r\n\r\nX9".getBytes(StandardCharsets.UTF_8));
        s.accept("\n".getBytes(StandardCharsets.UTF_8));
        assertThat(codes).containsExactly("BOOK-123", "X9");
    }

    @Test
    void wedgeDetectorAcceptsFastBurstsOnly() {
        KeyboardWedgeDetector d = new KeyboardWedgeDetector(30, 4);
        long t = 1_000_000_000L;
        for (char c : "AB12CD".toCharArray()) {
            d.typed(c, t += 5_000_000L);
        }
        assertThat(d.enter(t + 5_000_000L)).contains("AB12CD");

        for (char c : "SLOW".toCharArray()) {
            d.typed(c, t += 300_000_000L);
        }
        assertThat(d.enter(t + 5_000_000L)).isEmpty();

        d.typed('A', t += 5_000_000L);
        assertThat(d.enter(t + 5_000_000L)).as("too short").isEmpty();
    }
}
