package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.config.ConfigException;
import fi.luukku.core.device.scanner.SerialScanner;
import fi.luukku.core.device.serial.JsscSerialLink;
import fi.luukku.core.device.serial.SerialLink;
import fi.luukku.core.device.serial.SerialSettings;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.testing.SocatPty;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --scanner serial:PORT}: a serial QR scanner's read links the answer to the visit, as a wedge scan does. */
class SerialScanInputTest {
    @TempDir
    Path dir;

    private final ObjectMapper mapper = JsonMapper.create();
    private DurableOutbox outbox;
    private FeedbackFlowViewModel flow;

    @BeforeEach
    void setUp() {
        outbox = DurableOutbox.open(dir.resolve("data"), "fb", Clock.systemUTC());
        flow = new FeedbackFlowViewModel(
                new FeedbackRecorder(outbox, mapper, () -> {}),
                new CurrentThreadTaskRunner(),
                Clock.systemUTC(),
                Duration.ofSeconds(45),
                FeedbackFlowViewModel.TERMINAL_STEPS,
                FeedbackSource.TERMINAL,
                CitizenLanguage.FI);
    }

    @AfterEach
    void tearDown() {
        outbox.close();
    }

    /** A serial link that hands out what the test feeds. */
    static final class FakeLink implements SerialLink {
        Consumer<byte[]> listener;
        boolean closed;

        @Override
        public void write(byte[] data) {}

        @Override
        public byte[] read(int max, int timeoutMillis) {
            return new byte[0];
        }

        @Override
        public void onData(Consumer<byte[]> listener) {
            this.listener = listener;
        }

        @Override
        public void purge() {}

        @Override
        public String portName() {
            return "fake";
        }

        @Override
        public void close() {
            closed = true;
        }

        void feed(String s) {
            listener.accept(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aScannedTicketLinksTheAnswerToTheVisit() throws Exception {
        FakeLink link = new FakeLink();
        SerialScanner scanner = SerialScanInput.attach(link, new CurrentThreadTaskRunner(), flow);
        link.feed("EAN 6414 x\r\n"); // not a ticket: ignored
        assertThat(flow.step()).isEqualTo(FeedbackStep.START);
        link.feed("https://luukku.example/t/Zx8");
        link.feed("1Spec\r\n"); // a code may arrive in pieces
        assertThat(flow.trackingCodeProperty().get()).isEqualTo("Zx81Spec");
        assertThat(flow.step()).isEqualTo(FeedbackStep.RATING);
        flow.chooseRating(5);
        flow.skip();
        flow.skip();
        flow.skip();
        flow.skip();
        var r = mapper.readValue(outbox.undelivered().get(0).payload(), StoredFeedback.class)
                .request();
        assertThat(r.trackingCode()).isEqualTo("Zx81Spec");
        scanner.close();
        assertThat(link.closed).isTrue();
    }

    @Test
    void theScannerWorksThroughARealSerialPort() throws Exception {
        assumeTrue(SocatPty.available(), "socat is not installed");
        try (SocatPty pty = SocatPty.open(dir);
                SerialScanner scanner = SerialScanInput.attach(
                        JsscSerialLink.open(SerialSettings.of(pty.devicePort(), 9600, SerialSettings.FlowControl.NONE)),
                        new CurrentThreadTaskRunner(),
                        flow)) {
            byte[] code = "http://x/t/Qr42Scan\r".getBytes(StandardCharsets.US_ASCII);
            int[] bytes = new int[code.length];
            for (int i = 0; i < code.length; i++) {
                bytes[i] = code[i];
            }
            pty.send(bytes);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> flow.trackingCodeProperty().get() != null);
            assertThat(flow.trackingCodeProperty().get()).isEqualTo("Qr42Scan");
        }
    }

    @Test
    void theScannerOption() {
        FeedbackOptions none = FeedbackOptions.parse(new String[] {"--point", "mikkeli"});
        assertThat(none.scannerPort()).isNull();
        FeedbackOptions o = FeedbackOptions.parse(
                new String[] {"--point", "mikkeli", "--scanner", "serial:/dev/ttyACM0", "--scanner-baud", "115200"});
        assertThat(o.scannerPort()).isEqualTo("/dev/ttyACM0");
        assertThat(o.scannerBaud()).isEqualTo(115200);
        assertThatThrownBy(() -> FeedbackOptions.parse(new String[] {"--point", "mikkeli", "--scanner", "usb"}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--scanner");
        assertThatThrownBy(() -> FeedbackOptions.parse(new String[] {"--point", "mikkeli", "--scanner", "serial:"}))
                .hasMessageContaining("--scanner");
    }
}
