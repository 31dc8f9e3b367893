package fi.luukku.service.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A short seeded run of the busy-morning scenario meets the issue's goal, and a seed gives the same run again. */
class SimulationGoalTest {
    static Scenario shortBusyMorning() throws Exception {
        return busyMorning(3, 2);
    }

    static Scenario busyMorning(int warmupDays, int days) throws Exception {
        Scenario s = Scenario.load(Path.of("../scenarios/busy-morning.json"));
        return new Scenario(
                s.name(),
                s.seed(),
                s.zone(),
                s.startDate(),
                warmupDays,
                days,
                s.priorityCap(),
                s.recallMinutes(),
                s.defaultServiceMinutes(),
                s.services(),
                s.appointments(),
                s.desks(),
                s.queueHours());
    }

    @Test
    @Timeout(120)
    void theLookAheadEstimatorMeetsTheGoalOnAShortBusyMorning() throws Exception {
        long t0 = System.nanoTime();
        Scoreboard score = new PointSimulation(shortBusyMorning(), 20).run();
        assertThat(score.waits()).isGreaterThan(150);
        assertThat(score.atIssue("look-ahead").maeMinutes())
                .isLessThanOrEqualTo(score.atIssue("naive").maeMinutes() / 2);
        assertThat(score.shown("look-ahead").maeMinutes())
                .isLessThanOrEqualTo(score.shown("naive").maeMinutes() / 2);
        assertThat(score.atIssue("look-ahead").within5()).isGreaterThanOrEqualTo(0.8);
        assertThat(score.shown("look-ahead").within5()).isGreaterThanOrEqualTo(0.8);
        assertThat(score.goalMet("look-ahead", "naive")).isTrue();
        System.out.println("short busy morning simulated in " + Duration.ofNanos(System.nanoTime() - t0));
    }

    @Test
    @Timeout(120)
    void theSameSeedGivesTheSameRun() throws Exception {
        Scenario s = busyMorning(1, 1);
        Scoreboard a = new PointSimulation(s, 5).run();
        Scoreboard b = new PointSimulation(s, 5).run();
        assertThat(a.waits()).isEqualTo(b.waits());
        assertThat(a.shown("look-ahead")).isEqualTo(b.shown("look-ahead"));
        assertThat(a.atIssue("naive")).isEqualTo(b.atIssue("naive"));
    }
}
