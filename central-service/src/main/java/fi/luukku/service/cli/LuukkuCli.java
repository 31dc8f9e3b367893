package fi.luukku.service.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The administration commands of the launcher ({@code ./luukku admin …}, {@code ./luukku config …}). The server
 * itself starts from {@link fi.luukku.service.ServiceMain}.
 */
@Command(
        name = "luukku",
        mixinStandardHelpOptions = true,
        subcommands = {AdminCommand.class, ConfigCommand.class},
        description = "Luukku administration commands")
public final class LuukkuCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new LuukkuCli()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say 'admin' or 'config'");
    }
}
