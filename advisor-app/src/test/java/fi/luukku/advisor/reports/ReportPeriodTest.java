package fi.luukku.advisor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
    private static final LocalDate WED = LocalDate.of(2026, 11, 18);

    @Test
    void eachKindCoversItsCalendarUnit() {
        assertThat(ReportPeriod.of(ReportPeriod.Kind.DAY, WED))
                .extracting("from", "to")
                .containsExactly(WED, WED);
        assertThat(ReportPeriod.of(ReportPeriod.Kind.WEEK, WED))
                .extracting("from", "to")
                .containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));
        assertThat(ReportPeriod.of(ReportPeriod.Kind.MONTH, WED))
                .extracting("from", "to")
                .containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(ReportPeriod.of(ReportPeriod.Kind.YEAR, WED).days()).isEqualTo(365);
    }

    @Test
    void steppingKeepsTheKind() {
        ReportPeriod feb = ReportPeriod.of(ReportPeriod.Kind.MONTH, LocalDate.of(2028, 1, 31))
                .shift(1);
        assertThat(feb.from()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(feb.to()).isEqualTo(LocalDate.of(2028, 2, 29));
        ReportPeriod range = ReportPeriod.range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10));
        assertThat(range.shift(-1).from()).isEqualTo(LocalDate.of(2026, 10, 22));
        assertThat(range.shift(-1).to()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void aReversedOrOverlongPeriodIsRefused() {
        assertThatThrownBy(() -> ReportPeriod.range(WED, WED.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReportPeriod.range(WED, WED.plusDays(365)).days()).isEqualTo(366);
        assertThatThrownBy(() -> ReportPeriod.range(WED, WED.plusDays(366)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("366");
    }

    @Test
    void fileLabelsNameThePeriod() {
        assertThat(ReportPeriod.of(ReportPeriod.Kind.MONTH, WED).fileLabel()).isEqualTo("2026-11");
        assertThat(ReportPeriod.of(ReportPeriod.Kind.YEAR, WED).fileLabel()).isEqualTo("2026");
        assertThat(ReportPeriod.day(WED).fileLabel()).isEqualTo("2026-11-18");
        assertThat(ReportPeriod.of(ReportPeriod.Kind.WEEK, WED).fileLabel()).isEqualTo("2026-11-16_2026-11-22");
    }
}
