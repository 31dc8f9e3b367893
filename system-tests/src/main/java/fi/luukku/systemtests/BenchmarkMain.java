package fi.luukku.systemtests;

import fi.luukku.core.config.Cli;
import fi.luukku.core.config.Nearest;
import fi.luukku.systemtests.bench.display.DisplayLatencyBenchmark;
import fi.luukku.systemtests.bench.service.ServiceBenchmark;
import java.util.Arrays;
import java.util.List;

/** {@code java -jar system-tests.jar service|display [options]}: the suite's benchmarks, see docs/benchmarks.md. */
public final class BenchmarkMain {
    static final List<String> BENCHMARKS = List.of("service", "display", "history");

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (what) {
            case "service" -> ServiceBenchmark.main(rest);
            case "display" -> DisplayLatencyBenchmark.main(rest);
            case "history" -> fi.luukku.systemtests.bench.service.HistoryBenchmark.main(rest);
            case "--help", "-h" -> System.out.print(usage());
            default -> {
                System.err.println(unknown(what));
                System.exit(2);
            }
        }
    }

    /** Both benchmarks with every option and its default. */
    static String usage() {
        return "Usage: luukku bench service|display [options]  (see docs/benchmarks.md)\n\n"
                + Cli.usage(new ServiceBenchmark.Options()) + "\n" + Cli.usage(new DisplayLatencyBenchmark.Options());
    }

    static String unknown(String what) {
        if (what.isEmpty()) {
            return "luukku bench: name a benchmark: service or display (--help lists their options)";
        }
        return "luukku bench: unknown benchmark " + what
                + Nearest.to(what, BENCHMARKS)
                        .map(n -> "; did you mean " + n + "?")
                        .orElse("")
                + " (service or display; --help lists their options)";
    }
}
