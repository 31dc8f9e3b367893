package fi.luukku.core.device.buttons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.luukku.core.device.serial.JsscSerialLink;
import fi.luukku.core.device.serial.SerialSettings;
import fi.luukku.core.testing.SocatPty;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jssc driver against a fake button box on a socat pseudo-terminal pair. */
class ButtonBoxPtyTest {

    @Test
    void countsPressesFiltersBounceAndCountsDroppedBurstPresses(@TempDir Path dir) throws Exception {
        assumeTrue(SocatPty.available(), "socat is not installed");
        BlockingQueue<ButtonPress> presses = new LinkedBlockingQueue<>();
        try (SocatPty pty = SocatPty.open(dir);
                ButtonBox box = new ButtonBox(
                        ButtonMap.parse("1=rating:1,2=rating:2,3=rating:3,4=rating:4,5=rating:5"),
                        new PressFilter(Duration.ofMillis(40), Duration.ofMillis(300)),
                        Clock.systemUTC(),
                        presses::add)) {
            box.attach(JsscSerialLink.open(SerialSettings.of(pty.devicePort(), 9600, SerialSettings.FlowControl.NONE)));

            pty.send(4);
            ButtonPress single = presses.poll(3, TimeUnit.SECONDS);
            assertThat(single).isNotNull();
            assertThat(single.answer()).isEqualTo(ButtonAnswer.rating(4));
            assertThat(single.droppedPresses()).isZero();

            pty.send(3, 3, 3); // one press whose contacts bounced
            ButtonPress bounced = presses.poll(3, TimeUnit.SECONDS);
            assertThat(bounced).isNotNull();
            assertThat(bounced.answer()).isEqualTo(ButtonAnswer.rating(3));
            assertThat(bounced.droppedPresses()).isZero();
            assertThat(bounced.bounces()).isEqualTo(2);

            for (int i = 0; i < 10; i++) { // a child hammering the buttons
                pty.send(i % 2 == 0 ? 5 : 1);
                Thread.sleep(60);
            }
            ButtonPress burst = presses.poll(3, TimeUnit.SECONDS);
            assertThat(burst).isNotNull();
            assertThat(burst.answer()).isEqualTo(ButtonAnswer.rating(5));
            // under load two presses of one button may arrive closer than the debounce time and count as a bounce
            assertThat(burst.droppedPresses() + burst.bounces()).isEqualTo(9);

            pty.send(0x7f); // not in the map
            // nothing may come of it: the queue stays empty for half a second
            Awaitility.await()
                    .during(Duration.ofMillis(500))
                    .atMost(Duration.ofSeconds(2))
                    .until(presses::isEmpty);
            ButtonStats stats = box.stats();
            assertThat(stats.counted()).isEqualTo(3);
            assertThat(stats.dropped() + stats.bounces()).isEqualTo(11);
            assertThat(stats.unknownBytes()).isEqualTo(1);
        }
    }
}
