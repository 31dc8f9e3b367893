package fi.luukku.service.sim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A service point's days to simulate, read from a JSON file in {@code scenarios/}. Times of day are "HH:mm";
 * weekdays are MON…SUN; rates are walk-ins per hour.
 *
 * @param name shown in the report
 * @param seed the random seed (the same seed gives the same run)
 * @param zone the time zone of the point
 * @param startDate the first scored day (ISO date)
 * @param warmupDays days simulated before it, not scored, from which service times and arrival rates are learned
 * @param days scored days
 * @param priorityCap the call rule's cap
 * @param recallMinutes how long a desk waits for a customer who does not come before calling the next
 * @param defaultServiceMinutes what the estimators assume before they have learned anything
 * @param services what customers come for
 * @param appointments booked visits
 * @param desks desks, their queue levels and staffing shifts
 * @param queueHours optional opening hours per queue ("K" → periods on weekdays); no desk calls from a queue that is
 *     closed and opens later that day, and the estimators are told the hours as the service tells them
 */
public record Scenario(
        String name,
        long seed,
        String zone,
        String startDate,
        int warmupDays,
        int days,
        int priorityCap,
        double recallMinutes,
        double defaultServiceMinutes,
        List<Service> services,
        List<Appointments> appointments,
        List<Desk> desks,
        Map<String, List<Shift>> queueHours) {

    /** A scenario without opening hours per queue. */
    public Scenario(
            String name,
            long seed,
            String zone,
            String startDate,
            int warmupDays,
            int days,
            int priorityCap,
            double recallMinutes,
            double defaultServiceMinutes,
            List<Service> services,
            List<Appointments> appointments,
            List<Desk> desks) {
        this(
                name,
                seed,
                zone,
                startDate,
                warmupDays,
                days,
                priorityCap,
                recallMinutes,
                defaultServiceMinutes,
                services,
                appointments,
                desks,
                null);
    }

    /**
     * A service customers queue for.
     *
     * @param id the service (service times are per service)
     * @param queue the queue its tickets enter
     * @param arrivalsPerHour walk-ins per hour by hour of day ("8" → 4.5)
     * @param weekdayFactor multiplies the rates on a weekday ("MON" → 1.3); missing days count 1, "SAT"/"SUN" 0
     * @param serviceMinutes the service-time distribution
     * @param priorityShare share of walk-ins with a priority need
     * @param noShowShare share who are gone when called
     * @param next what happens after the service: the probability of going on to each other service (a transfer,
     *     a step of a service chain, or the outcome of triage of an "I don't know" ticket)
     */
    public record Service(
            String id,
            String queue,
            Map<String, Double> arrivalsPerHour,
            Map<String, Double> weekdayFactor,
            Distribution serviceMinutes,
            double priorityShare,
            double noShowShare,
            Map<String, Double> next) {}

    /**
     * A service-time distribution: lognormal (by its median and sigma) or empirical (minutes drawn with equal
     * probability).
     */
    public record Distribution(Double median, Double sigma, List<Double> empirical) {}

    /**
     * Booked visits of a service.
     *
     * @param service the service booked
     * @param perDay how many are booked each weekday (a slot each {@code slotMinutes} from {@code from})
     * @param from first slot time of day
     * @param slotMinutes slot length
     * @param arriveMinutesEarly mean minutes customers arrive before their time (negative: late)
     * @param arriveSpreadMinutes standard deviation of that
     * @param noShowShare share who never come
     */
    public record Appointments(
            String service,
            int perDay,
            String from,
            int slotMinutes,
            double arriveMinutesEarly,
            double arriveSpreadMinutes,
            double noShowShare) {}

    /** A desk, the queues it serves with their levels (1 first), and when it is staffed. */
    public record Desk(String id, Map<String, Integer> queues, List<Shift> shifts) {}

    /** A staffed period on the given weekdays (all weekdays MON–FRI when empty). */
    public record Shift(String from, String to, List<String> weekdays) {}

    public static Scenario load(Path file) throws IOException {
        ObjectMapper m = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Scenario s = m.readValue(file.toFile(), Scenario.class);
        s.validate();
        return s;
    }

    void validate() {
        if (services == null || services.isEmpty() || desks == null || desks.isEmpty()) {
            throw new IllegalArgumentException(name + ": a scenario needs services and desks");
        }
        for (Service s : services) {
            if (s.serviceMinutes() == null
                    || (s.serviceMinutes().median() == null
                            && s.serviceMinutes().empirical() == null)) {
                throw new IllegalArgumentException(s.id() + ": serviceMinutes needs a median or an empirical list");
            }
            if (s.next() != null) {
                for (String n : s.next().keySet()) {
                    if (service(n) == null) {
                        throw new IllegalArgumentException(s.id() + ": next names unknown service " + n);
                    }
                }
            }
        }
        if (appointments != null) {
            for (Appointments a : appointments) {
                if (service(a.service()) == null) {
                    throw new IllegalArgumentException("appointments name unknown service " + a.service());
                }
            }
        }
    }

    public Service service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
