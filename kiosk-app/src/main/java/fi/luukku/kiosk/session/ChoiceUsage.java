package fi.luukku.kiosk.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How often each home-screen choice led to a ticket at this kiosk in the last days: the most used tiles come
 * first, so the commonest ticket is one tap after the language. Choices never taken keep the point's order.
 */
public final class ChoiceUsage {
    /** How far back a ticket still counts. */
    public static final Duration WINDOW = Duration.ofDays(14);

    private final Clock clock;
    private final Deque<Entry> entries = new ArrayDeque<>();

    private record Entry(String choice, Instant at) {}

    public ChoiceUsage(Clock clock) {
        this.clock = clock;
    }

    /** A ticket was issued through this choice (e.g. {@code authority:kela}, {@code life:moving}). */
    public synchronized void used(String choice) {
        entries.addLast(new Entry(choice, clock.instant()));
        prune();
    }

    public synchronized int count(String choice) {
        prune();
        return (int) entries.stream().filter(e -> e.choice().equals(choice)).count();
    }

    /** The items most used first; ties (and never used ones) keep their given order. */
    public synchronized <T> List<T> ordered(List<T> items, Function<T, String> choiceOf) {
        prune();
        Map<String, Integer> counts = new HashMap<>();
        for (Entry e : entries) {
            counts.merge(e.choice(), 1, Integer::sum);
        }
        return items.stream()
                .sorted(Comparator.comparingInt((T t) -> -counts.getOrDefault(choiceOf.apply(t), 0)))
                .toList();
    }

    private void prune() {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!entries.isEmpty() && entries.peekFirst().at().isBefore(oldest)) {
            entries.removeFirst();
        }
    }
}
