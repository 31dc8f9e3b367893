package fi.luukku.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of every Luukku entry point, by program, so that an option given to the wrong program (the
 * display's {@code --sound} to the kiosk, say) is named with the program that has it. A system test checks this
 * list against each program's real command line.
 */
public final class OptionCatalogue {
    private static final List<String> CLIENT = List.of("--server", "--point", "--token", "--data", "--help");

    private static final Map<String, List<String>> PROGRAMS = catalogue();

    private OptionCatalogue() {}

    private static Map<String, List<String>> catalogue() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("the server", List.of("--demo", "--port", "--data", "--config", "--db-url", "--set", "--help"));
        m.put(
                "the kiosk",
                client(
                        "--mode",
                        "--printer",
                        "--printer-baud",
                        "--printer-flow",
                        "--printer-model",
                        "--printer-logo",
                        "--printer-window",
                        "--scanner",
                        "--scanner-baud",
                        "--kiosk-id",
                        "--fullscreen",
                        "--kiosk",
                        "--staff-pin",
                        "--idle-seconds",
                        "--ticket-seconds",
                        "--location",
                        "--language",
                        "--reception-service",
                        "--offline-block",
                        "--offline-range"));
        m.put(
                "the feedback terminal",
                client(
                        "--mode",
                        "--buttons",
                        "--buttons-baud",
                        "--buttons-map",
                        "--buttons-debounce-ms",
                        "--buttons-burst-ms",
                        "--scanner",
                        "--scanner-baud",
                        "--idle-seconds",
                        "--fullscreen",
                        "--staff-pin",
                        "--language"));
        m.put(
                "the advisor app",
                client("--user", "--password", "--desk", "--sound", "--lang", "--high-contrast", "--large-text"));
        m.put(
                "the display",
                client(
                        "--fullscreen",
                        "--desk",
                        "--sound",
                        "--languages",
                        "--speech-language",
                        "--size",
                        "--hold-seconds",
                        "--resync-after-seconds",
                        "--espeak"));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static List<String> client(String... own) {
        List<String> all = new ArrayList<>(CLIENT);
        all.addAll(List.of(own));
        return List.copyOf(all);
    }

    /** Every program's options, by the program's name ("the kiosk", …). */
    public static Map<String, List<String>> programs() {
        return PROGRAMS;
    }

    /** Every option of any Luukku program. */
    public static Set<String> names() {
        Set<String> all = new TreeSet<>();
        PROGRAMS.values().forEach(all::addAll);
        return all;
    }

    /** The programs that take {@code option}, e.g. "the advisor app and the display". */
    public static String owners(String option) {
        List<String> owners = new ArrayList<>();
        PROGRAMS.forEach((program, options) -> {
            if (options.contains(option)) {
                owners.add(program);
            }
        });
        if (owners.size() <= 1) {
            return owners.isEmpty() ? "no Luukku program" : owners.get(0);
        }
        return String.join(", ", owners.subList(0, owners.size() - 1)) + " and " + owners.get(owners.size() - 1);
    }
}
