package fi.luukku.service.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.config.Cli;
import fi.luukku.core.config.ConfigException;
import fi.luukku.core.config.HelpRequested;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code ./luukku simulate} parses its command line through the shared options layer. */
class SimulateCommandLineTest {

    @Test
    void optionsAndScenarioFilesAreRead() {
        SimulateMain.Options o =
                Cli.parse(new SimulateMain.Options(), new String[] {"--runs", "5", "--check", "a.json", "b.json"});
        assertThat(o.runs).isEqualTo(5);
        assertThat(o.check).isTrue();
        assertThat(o.files).containsExactly(Path.of("a.json"), Path.of("b.json"));
        SimulateMain.Options defaults = Cli.parse(new SimulateMain.Options(), new String[] {"s.json"});
        assertThat(defaults.runs).isEqualTo(30);
        assertThat(defaults.check).isFalse();
    }

    @Test
    void aMisspeltOptionStopsItNamingTheNearestOne() {
        assertThatThrownBy(() -> Cli.parse(new SimulateMain.Options(), new String[] {"--rnus", "5", "s.json"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown option --rnus; did you mean --runs?");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli.Outcome outcome = Cli.check(
                "luukku simulate",
                () -> Cli.parse(new SimulateMain.Options(), new String[] {"--chek"}),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(outcome.run()).isFalse();
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--chek", "did you mean --check?");
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        assertThatThrownBy(() -> Cli.parse(new SimulateMain.Options(), new String[] {"--help"}))
                .isInstanceOf(HelpRequested.class)
                .satisfies(e -> assertThat(((HelpRequested) e).usage())
                        .contains("--runs", "Default: 30", "--check", "Default: false"));
    }
}
