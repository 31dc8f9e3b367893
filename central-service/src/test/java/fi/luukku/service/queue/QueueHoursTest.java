package fi.luukku.service.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A queue's hours on a day: its authority's rows first, then the point's; dated exceptions before the pattern. */
class QueueHoursTest {
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

    static long at(LocalDate day, int h, int m) {
        return ZonedDateTime.of(day.atTime(h, m), HELSINKI).toInstant().toEpochMilli();
    }

    static final List<QueueHours.Row> ROWS = List.of(
            new QueueHours.Row(null, 1, null, "09:00", "16:00", false),
            new QueueHours.Row(null, 2, null, "09:00", "16:00", false),
            new QueueHours.Row("kela", 1, null, "13:00", "15:00", false),
            new QueueHours.Row("kela", 1, null, "10:00", "12:00", false),
            new QueueHours.Row(null, null, "2026-12-08", null, null, true));

    static final Map<String, String> QUEUES = Map.of("K", "kela", "V", "vero");

    @Test
    void aPointIsOpenWhileItsOwnOrAnAuthoritysHoursRunAndUnknownHoursCountAsOpen() {
        assertThat(QueueHours.pointOpenAt(ROWS, at(MONDAY, 9, 30), HELSINKI)).isTrue();
        assertThat(QueueHours.pointOpenAt(ROWS, at(MONDAY, 3, 0), HELSINKI)).isFalse(); // night: devices may be off
        assertThat(QueueHours.pointOpenAt(ROWS, at(MONDAY.plusDays(1), 10, 0), HELSINKI))
                .isFalse(); // closed day
        assertThat(QueueHours.pointOpenAt(ROWS, at(MONDAY.plusDays(6), 10, 0), HELSINKI))
                .isFalse(); // Sunday
        assertThat(QueueHours.pointOpenAt(List.of(), at(MONDAY, 3, 0), HELSINKI))
                .isTrue();
    }

    @Test
    void anAuthoritysOwnHoursWinOverThePointsAndComeInOrder() {
        Map<String, List<QueueState.Period>> h = QueueHours.periods(ROWS, QUEUES, MONDAY, HELSINKI);
        assertThat(h.get("K"))
                .containsExactly(
                        new QueueState.Period(at(MONDAY, 10, 0), at(MONDAY, 12, 0)),
                        new QueueState.Period(at(MONDAY, 13, 0), at(MONDAY, 15, 0)));
        assertThat(h.get("V")).containsExactly(new QueueState.Period(at(MONDAY, 9, 0), at(MONDAY, 16, 0)));
    }

    @Test
    void aClosedDateAndADayWithoutRowsAreClosedAndNoRowsAtAllMeansUnknown() {
        assertThat(QueueHours.periods(ROWS, QUEUES, MONDAY.plusDays(1), HELSINKI)
                        .get("V"))
                .isEmpty();
        assertThat(QueueHours.periods(ROWS, QUEUES, MONDAY.plusDays(5), HELSINKI)
                        .get("K"))
                .isEmpty();
        assertThat(QueueHours.periods(List.of(), QUEUES, MONDAY, HELSINKI)).isEmpty();
        QueueState s = new QueueState(
                at(MONDAY, 8, 0),
                List.of(),
                List.of(),
                List.of(),
                2,
                null,
                null,
                QueueHours.periods(ROWS, QUEUES, MONDAY, HELSINKI));
        assertThat(s.queueCallableAt("V", at(MONDAY, 8, 50))).isFalse();
        assertThat(s.nextOpening("V", at(MONDAY, 8, 50))).isEqualTo(at(MONDAY, 9, 0));
        assertThat(s.queueCallableAt("V", at(MONDAY, 9, 0))).isTrue();
        assertThat(s.queueCallableAt("K", at(MONDAY, 12, 30))).isFalse();
        assertThat(s.queueCallableAt("K", at(MONDAY, 15, 30))).isTrue();
        assertThat(s.queueCallableAt("unknown", at(MONDAY, 3, 0))).isTrue();
    }
}
