package fi.luukku.core.device.buttons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PressFilterTest {
    private final PressFilter filter = new PressFilter(Duration.ofMillis(40), Duration.ofMillis(1500));
    private final List<ButtonPress> out = new ArrayList<>();

    private void press(int b, long at) {
        out.addAll(filter.offer(b, ButtonAnswer.rating(b), at));
    }

    @Test
    void aSinglePressIsReportedWhenTheBurstWindowIsOver() {
        press(4, 1000);
        assertThat(filter.poll(2000)).isEmpty();
        ButtonPress p = filter.poll(2500).orElseThrow();
        assertThat(p.answer()).isEqualTo(ButtonAnswer.rating(4));
        assertThat(p.droppedPresses()).isZero();
        assertThat(filter.countedTotal()).isEqualTo(1);
    }

    @Test
    void aChildPressingTenTimesCountsOnceAndTheNineOthersAreCountedAsDropped() {
        for (int i = 0; i < 10; i++) {
            press(i % 2 == 0 ? 5 : 1, 1000 + i * 200L);
        }
        assertThat(out).isEmpty();
        ButtonPress p = filter.poll(1000 + 9 * 200L + 1500).orElseThrow();
        assertThat(p.answer().ratingValue()).isEqualTo(5);
        assertThat(p.droppedPresses()).isEqualTo(9);
        assertThat(filter.droppedTotal()).isEqualTo(9);
        assertThat(filter.countedTotal()).isEqualTo(1);
    }

    @Test
    void contactBounceOfTheSameButtonIsNotAPress() {
        press(3, 1000);
        press(3, 1005);
        press(3, 1020);
        press(3, 1050); // 30 ms after the last bounce: still bouncing
        ButtonPress p = filter.poll(3000).orElseThrow();
        assertThat(p.droppedPresses()).isZero();
        assertThat(p.bounces()).isEqualTo(3);
        assertThat(filter.bouncesTotal()).isEqualTo(3);
    }

    @Test
    void pressesFarEnoughApartAreCountedSeparately() {
        press(2, 1000);
        press(5, 4000);
        press(5, 8000);
        assertThat(out).extracting(ButtonPress::rawByte).containsExactly(2, 5);
        assertThat(filter.poll(10_000)).isPresent();
        assertThat(filter.countedTotal()).isEqualTo(3);
        assertThat(filter.droppedTotal()).isZero();
    }

    @Test
    void theBurstLastsWhileTheChildKeepsPressing() {
        press(1, 0);
        press(2, 1400);
        press(3, 2800);
        assertThat(filter.poll(4000)).isEmpty();
        ButtonPress p = filter.poll(4300).orElseThrow();
        assertThat(p.rawByte()).isEqualTo(1);
        assertThat(p.droppedPresses()).isEqualTo(2);
    }
}
