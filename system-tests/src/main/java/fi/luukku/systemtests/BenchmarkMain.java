package fi.luukku.systemtests;

import fi.luukku.systemtests.bench.display.DisplayLatencyBenchmark;
import fi.luukku.systemtests.bench.service.ServiceBenchmark;
import java.util.Arrays;

/** {@code java -jar system-tests.jar service|display [options]}: the suite's benchmarks, see docs/benchmarks.md. */
public final class BenchmarkMain {
    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (what) {
            case "service" -> ServiceBenchmark.main(rest);
            case "display" -> DisplayLatencyBenchmark.main(rest);
            default -> {
                System.err.println("usage: BenchmarkMain service|display [options]  (see docs/benchmarks.md)");
                System.exit(2);
            }
        }
    }
}
