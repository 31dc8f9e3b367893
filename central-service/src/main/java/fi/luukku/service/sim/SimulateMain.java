package fi.luukku.service.sim;

import fi.luukku.core.config.Cli;
import fi.luukku.core.config.HelpOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./luukku simulate [--runs N] [--check] scenarios/<file>.json…}: simulates each scenario and prints the naive
 * and the look-ahead estimator side by side. Its command line goes through the shared {@link Cli} layer like every
 * other entry point: a misspelt option stops it naming the nearest valid one.
 */
public final class SimulateMain {
    private SimulateMain() {}

    /** The command line. */
    @Command(
            name = "luukku simulate",
            showDefaultValues = true,
            description = "Simulates days at a service point and scores the wait estimates.")
    static final class Options {
        @Option(
                names = "--runs",
                paramLabel = "N",
                defaultValue = "30",
                description = "Forward runs of the look-ahead estimator per estimate.")
        int runs;

        @Option(
                names = "--check",
                defaultValue = "false",
                showDefaultValue = CommandLine.Help.Visibility.ALWAYS,
                description = "Exit 1 when the goal is not met on some scenario.")
        boolean check;

        @Parameters(
                paramLabel = "SCENARIO",
                arity = "0..*",
                showDefaultValue = CommandLine.Help.Visibility.NEVER,
                description = "Scenario files, e.g. scenarios/*.json.")
        List<Path> files = new ArrayList<>();

        @Mixin
        HelpOption help;
    }

    public static void main(String[] args) throws Exception {
        Options[] parsed = new Options[1];
        Cli.Outcome outcome =
                Cli.check("luukku simulate", () -> parsed[0] = Cli.parse(new Options(), args), System.out, System.err);
        if (!outcome.run()) {
            System.exit(outcome.exitCode());
            return;
        }
        int runs = parsed[0].runs;
        boolean check = parsed[0].check;
        List<Path> files = parsed[0].files;
        if (runs < 1) {
            System.err.println("luukku simulate: --runs must be at least 1");
            System.exit(2);
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
}
