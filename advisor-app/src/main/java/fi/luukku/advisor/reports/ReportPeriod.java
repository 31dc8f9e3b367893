package fi.luukku.advisor.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The days a report covers, both ends included: a day, an ISO week (Monday to Sunday), a calendar month or year,
 * or any from–to range of at most {@value #MAX_DAYS} days (the service refuses longer ones).
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;

    /** How the period was chosen; stepping forward and back keeps the kind. */
    public enum Kind {
        DAY,
        WEEK,
        MONTH,
        YEAR,
        RANGE
    }

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("a period may cover at most " + MAX_DAYS + " days");
        }
    }

    /** The period of the given kind that contains {@code day} (for RANGE: that one day). */
    public static ReportPeriod of(Kind kind, LocalDate day) {
        return switch (kind) {
            case DAY, RANGE -> new ReportPeriod(kind, day, day);
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportPeriod(kind, monday, monday.plusDays(6));
            }
            case MONTH -> {
                YearMonth m = YearMonth.from(day);
                yield new ReportPeriod(kind, m.atDay(1), m.atEndOfMonth());
            }
            case YEAR -> new ReportPeriod(kind, day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
        };
    }

    public static ReportPeriod day(LocalDate day) {
        return of(Kind.DAY, day);
    }

    public static ReportPeriod range(LocalDate from, LocalDate to) {
        return new ReportPeriod(Kind.RANGE, from, to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean isSingleDay() {
        return from.equals(to);
    }

    /** The same kind of period, {@code steps} periods later (earlier when negative); a range moves by its length. */
    public ReportPeriod shift(int steps) {
        return switch (kind) {
            case DAY -> of(kind, from.plusDays(steps));
            case WEEK -> of(kind, from.plusWeeks(steps));
            case MONTH -> of(kind, from.plusMonths(steps));
            case YEAR -> of(kind, from.plusYears(steps));
            case RANGE -> new ReportPeriod(kind, from.plusDays(days() * steps), to.plusDays(days() * steps));
        };
    }

    /** The calendar month of the period's start, when the period is exactly one month (billing is monthly). */
    public boolean isWholeMonth() {
        YearMonth m = YearMonth.from(from);
        return from.equals(m.atDay(1)) && to.equals(m.atEndOfMonth());
    }

    /** A short form for file names: {@code 2026-11}, {@code 2026-11-03}, {@code 2026-11-01_2026-11-14}. */
    public String fileLabel() {
        if (isSingleDay()) {
            return from.toString();
        }
        if (isWholeMonth()) {
            return YearMonth.from(from).toString();
        }
        if (from.getDayOfYear() == 1 && to.equals(from.with(TemporalAdjusters.lastDayOfYear()))) {
            return Integer.toString(from.getYear());
        }
        return from + "_" + to;
    }
}
