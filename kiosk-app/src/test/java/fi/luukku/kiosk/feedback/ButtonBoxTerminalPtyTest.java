package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.device.buttons.ButtonBox;
import fi.luukku.core.device.buttons.ButtonMap;
import fi.luukku.core.device.buttons.ButtonStats;
import fi.luukku.core.device.buttons.PressFilter;
import fi.luukku.core.device.serial.JsscSerialLink;
import fi.luukku.core.device.serial.SerialSettings;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.testing.SocatPty;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal's button path end to end on a pseudo-terminal: bytes from a fake box (single presses, a bouncing
 * contact, a child hammering, an unknown byte) through jssc, the configured map, debounce and burst filter,
 * into the durable outbox, with the dropped presses recorded next to the answer.
 */
class ButtonBoxTerminalPtyTest {
    @TempDir
    Path dir;

    private final ObjectMapper mapper = JsonMapper.create();

    @Test
    void buttonBytesAreRecordedOncePerPressWithDroppedPressesCounted() throws Exception {
        assumeTrue(SocatPty.available(), "socat is not installed");
        try (DurableOutbox outbox = DurableOutbox.open(dir.resolve("data"), "fb", Clock.systemUTC());
                SocatPty pty = SocatPty.open(dir)) {
            FeedbackFlowViewModel flow = new FeedbackFlowViewModel(
                    new FeedbackRecorder(outbox, mapper, () -> {}),
                    new CurrentThreadTaskRunner(),
                    Clock.systemUTC(),
                    Duration.ofSeconds(45),
                    FeedbackFlowViewModel.TERMINAL_STEPS,
                    FeedbackSource.TERMINAL,
                    CitizenLanguage.SV);
            ButtonMap map = ButtonMap.parse(
                    "0x41=rating:1,0x42=rating:2,0x43=rating:3,0x44=rating:4,0x45=rating:5," + "0x48=outcome:handled");
            try (ButtonBox box = new ButtonBox(
                    map, new PressFilter(Duration.ofMillis(40), Duration.ofMillis(400)), Clock.systemUTC(), press -> {
                        synchronized (flow) {
                            flow.buttonPressed(press);
                        }
                    })) {
                box.attach(JsscSerialLink.open(
                        SerialSettings.of(pty.devicePort(), 9600, SerialSettings.FlowControl.NONE)));

                pty.send('E'); // one clean press: rating 5
                Thread.sleep(700);
                pty.send('B', 'B', 'B', 'B'); // one press, contacts bouncing
                Thread.sleep(700);
                for (int i = 0; i < 10; i++) { // a child pressing ten times, on two buttons
                    pty.send(i % 3 == 0 ? 'A' : 'C');
                    Thread.sleep(70);
                }
                Thread.sleep(700);
                pty.send('Z'); // not in the map
                pty.send('H');
                Thread.sleep(900);

                // a loaded machine may deliver two of the child's presses closer than the debounce time: then
                // one of the nine extra presses is counted as a bounce instead of a drop, never as an answer
                ButtonStats stats = box.stats();
                assertThat(stats.counted()).isEqualTo(4);
                assertThat(stats.unknownBytes()).isEqualTo(1);
                assertThat(stats.dropped() + stats.bounces()).isEqualTo(12);
                assertThat(stats.bounces()).isGreaterThanOrEqualTo(3);
            }
            List<StoredFeedback> stored = new ArrayList<>();
            for (var item : outbox.undelivered()) {
                stored.add(mapper.readValue(item.payload(), StoredFeedback.class));
            }
            assertThat(stored).hasSize(4);
            assertThat(stored).extracting(s -> s.request().rating()).containsExactly(5, 2, 1, null);
            assertThat(stored).extracting(s -> s.droppedPresses() + s.bounces()).containsExactly(0, 3, 9, 0);
            assertThat(stored.get(1).droppedPresses()).isZero();
            assertThat(stored.get(2).droppedPresses()).isGreaterThanOrEqualTo(7);
            assertThat(stored.get(3).request().outcome()).isEqualTo("HANDLED");
            assertThat(stored).allSatisfy(s -> {
                assertThat(s.request().source()).isEqualTo("BUTTONS");
                assertThat(s.request().language()).isEqualTo("sv");
            });
        }
    }
}
