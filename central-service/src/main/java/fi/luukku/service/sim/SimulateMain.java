package fi.luukku.service.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./luukku simulate [--runs N] [--check] scenarios/<file>.json…}: simulates each scenario and prints the naive
 * and the look-ahead estimator side by side.
 */
public final class SimulateMain {
    private SimulateMain() {}

    public static void main(String[] args) throws Exception {
        int runs = 30;
        boolean check = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(value(args, ++i, "--runs"));
                case "--check" -> check = true;
                case "-h", "--help" -> {
                    System.out.println("Usage: ./luukku simulate [--runs N (30)] [--check] scenarios/<file>.json…");
                    System.out.println("  --runs   forward runs of the look-ahead estimator per estimate (default 30)");
                    System.out.println("  --check  exit 1 when the goal is not met on some scenario");
                    return;
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        System.err.println("luukku simulate: unknown option " + args[i] + " (known: --runs, --check)");
                        System.exit(2);
                    }
                    files.add(Path.of(args[i]));
                }
            }
        }
        if (files.isEmpty()) {
            System.err.println("luukku simulate: name one or more scenario files, e.g. scenarios/mikkeli-pilot.json");
            System.exit(2);
        }
        boolean allMet = true;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("luukku simulate: no scenario file " + f);
                System.exit(2);
            }
            Scenario sc = Scenario.load(f);
            long t0 = System.nanoTime();
            PointSimulation sim = new PointSimulation(sc, runs);
            Scoreboard score = sim.run();
            List<String> names = sim.estimatorNames();
            System.out.print(score.report(
                    sc.name() + " (" + f + ", seed " + sc.seed() + ", " + sc.days() + " days)",
                    names.get(1),
                    names.get(0)));
            System.out.printf("  simulated in %.1f s%n%n", (System.nanoTime() - t0) / 1e9);
            allMet &= score.goalMet(names.get(1), names.get(0));
        }
        if (check && !allMet) {
            System.exit(1);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            System.err.println("luukku simulate: " + option + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
