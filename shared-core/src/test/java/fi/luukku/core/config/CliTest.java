package fi.luukku.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

class CliTest {
    @Command(name = "luukku sample", showDefaultValues = true)
    static final class Sample {
        @Option(names = "--sound", defaultValue = "chime", description = "How calls sound.")
        String sound;

        @Option(names = "--count", defaultValue = "3", description = "How many.")
        int count;

        @Mixin
        HelpOption help;
    }

    @Test
    void optionsFillTheCommand() {
        Sample s = Cli.parse(new Sample(), new String[] {"--sound", "off", "--count=5"});
        assertThat(s.sound).isEqualTo("off");
        assertThat(s.count).isEqualTo(5);
    }

    @Test
    void aMisspeltOptionIsRefusedNamingTheNearestOne() {
        assertThatThrownBy(() -> Cli.parse(new Sample(), new String[] {"--sonud", "off"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown option --sonud; did you mean --sound?");
        assertThatThrownBy(() -> Cli.parse(new Sample(), new String[] {"--sonud=off"}))
                .hasMessage("unknown option --sonud; did you mean --sound?");
    }

    @Test
    void anOptionOfAnotherProgramIsNamedWithThatProgram() {
        assertThatThrownBy(() -> Cli.parse(new Sample(), new String[] {"--butons", "serial:/dev/ttyUSB0"}))
                .hasMessageContaining("did you mean --buttons?")
                .hasMessageContaining("the feedback terminal");
    }

    @Test
    void aStrayArgumentOrABadValueNamesIt() {
        assertThatThrownBy(() -> Cli.parse(new Sample(), new String[] {"mikkeli"}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'mikkeli'");
        assertThatThrownBy(() -> Cli.parse(new Sample(), new String[] {"--count", "many"}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--count");
        assertThatThrownBy(() -> Cli.parse(new Sample(), new String[] {"--sound"}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--sound");
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        assertThatThrownBy(() -> Cli.parse(new Sample(), new String[] {"--help"}))
                .isInstanceOfSatisfying(HelpRequested.class, h -> assertThat(h.usage())
                        .contains("--sound", "Default: chime", "--count", "Default: 3", "--help"));
    }

    @Test
    void checkPrintsHelpOrTheProblemAndGivesTheExitCode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(Cli.check("luukku sample", () -> Cli.parse(new Sample(), new String[] {"--sonud"}), o, e))
                .isEqualTo(new Cli.Outcome(false, 2));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("luukku sample: unknown option --sonud", "--sound");
        assertThat(Cli.check("luukku sample", () -> Cli.parse(new Sample(), new String[] {"-h"}), o, e))
                .isEqualTo(new Cli.Outcome(false, 0));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: luukku sample");
        assertThat(Cli.check("luukku sample", () -> Cli.parse(new Sample(), new String[] {}), o, e))
                .isEqualTo(new Cli.Outcome(true, 0));
    }

    @Test
    void ownersOfAnOptionAreNamed() {
        assertThat(OptionCatalogue.owners("--sound")).isEqualTo("the advisor app and the display");
        assertThat(OptionCatalogue.owners("--demo")).isEqualTo("the server");
    }
}
