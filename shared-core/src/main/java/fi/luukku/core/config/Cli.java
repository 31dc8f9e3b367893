package fi.luukku.core.config;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one command-line layer of every Luukku entry point: parses arguments into a picocli {@code @Command}
 * object. Anything the program does not know stops it with a {@link ConfigException} that names the option and
 * suggests the nearest valid one; {@code --help} raises {@link HelpRequested} with the usage, which lists every
 * option with its default.
 */
public final class Cli {
    private Cli() {}

    /** What a main does after checking its options: run, or exit with the code. */
    public record Outcome(boolean run, int exitCode) {}

    /** Fills {@code command}'s annotated fields from {@code args} and returns it. */
    public static <T> T parse(T command, String[] args) {
        CommandLine cl = commandLine(command);
        ParseResult result;
        try {
            result = cl.parseArgs(args);
        } catch (UnmatchedArgumentException e) {
            throw new ConfigException(unmatched(cl.getCommandSpec(), e.getUnmatched()), e);
        } catch (ParameterException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        if (result.isUsageHelpRequested()) {
            throw new HelpRequested(usage(command));
        }
        return command;
    }

    /** The usage text: every option with its default. */
    public static String usage(Object command) {
        return commandLine(command).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /**
     * Runs a main's option check before anything starts: prints the usage for {@code --help} (exit 0) or the
     * problem for bad options (exit 2, naming the option), else lets the program run.
     */
    public static Outcome check(String program, Runnable parse, PrintStream out, PrintStream err) {
        try {
            parse.run();
            return new Outcome(true, 0);
        } catch (HelpRequested h) {
            out.print(h.usage());
            out.flush();
            return new Outcome(false, 0);
        } catch (ConfigException e) {
            err.println(program + ": " + e.getMessage());
            err.println(program + ": see " + program + " --help for every option and its default");
            err.flush();
            return new Outcome(false, 2);
        }
    }

    static CommandLine commandLine(Object command) {
        CommandLine cl = new CommandLine(command);
        cl.setExpandAtFiles(false); // a password may start with '@'
        cl.setOverwrittenOptionsAllowed(true); // the last one wins, as before
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(false);
        cl.setUsageHelpWidth(110);
        return cl;
    }

    static String unmatched(CommandSpec spec, List<String> tokens) {
        Optional<String> option = tokens.stream().filter(t -> t.startsWith("-")).findFirst();
        if (option.isEmpty()) {
            return "unexpected argument '" + (tokens.isEmpty() ? "" : tokens.get(0))
                    + "' (options look like --name value)";
        }
        String typed = option.get();
        int eq = typed.indexOf('=');
        String name = eq > 0 ? typed.substring(0, eq) : typed;
        Optional<String> near = Nearest.to(name, optionNames(spec));
        if (near.isPresent()) {
            return "unknown option " + name + "; did you mean " + near.get() + "?";
        }
        Optional<String> elsewhere = Nearest.to(name, OptionCatalogue.names());
        if (elsewhere.isPresent()) {
            String other = elsewhere.get();
            return "unknown option " + name + (other.equals(name) ? "" : "; did you mean " + other + "?") + " (" + other
                    + " is an option of " + OptionCatalogue.owners(other) + ", not of " + spec.name() + ")";
        }
        return "unknown option " + name;
    }

    static Set<String> optionNames(CommandSpec spec) {
        Set<String> names = new TreeSet<>();
        for (OptionSpec o : spec.options()) {
            for (String n : o.names()) {
                if (n.startsWith("--")) {
                    names.add(n);
                }
            }
        }
        return names;
    }
}
