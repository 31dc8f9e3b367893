package fi.luukku.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.config.Cli;
import fi.luukku.core.config.ConfigException;
import fi.luukku.core.config.HelpRequested;
import fi.luukku.core.testing.UsageAssertions;
import fi.luukku.kiosk.feedback.FeedbackOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The kiosk's and the feedback terminal's command lines: typos are refused by name, --help shows defaults. */
class KioskCommandLineTest {

    @Test
    void aMisspeltKioskOptionStopsTheKioskNamingTheNearestOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli.Outcome outcome = KioskMain.check(
                new String[] {"--point", "mikkeli", "--printer", "sim", "--sonud", "off"},
                System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(outcome).isEqualTo(new Cli.Outcome(false, 2));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --sonud", "did you mean --sound?");
        assertThatThrownBy(() -> KioskConfig.parse(new String[] {"--point", "mikkeli", "--printr", "sim"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown option --printr; did you mean --printer?");
    }

    @Test
    void aMisspeltFeedbackOptionIsRefusedNamingTheNearestOne() {
        assertThatThrownBy(() ->
                        FeedbackOptions.parse(new String[] {"--point", "mikkeli", "--butons", "serial:/dev/ttyUSB0"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown option --butons; did you mean --buttons?");
    }

    @Test
    void theOldSpellingsStillWork() {
        KioskConfig c = KioskConfig.parse(new String[] {
            "--point", "mikkeli", "--printer=sim", "--kiosk", "--printer-window", "false", "--mode", "kiosk"
        });
        assertThat(c.fullscreen()).isTrue();
        assertThat(c.printerWindow()).isFalse();
        assertThat(KioskConfig.parse(new String[] {"--point", "mikkeli", "--printer", "sim"})
                        .printerWindow())
                .isTrue();
        assertThat(FeedbackOptions.parse(new String[] {"--point", "mikkeli", "--mode", "feedback", "--fullscreen"})
                        .fullscreen())
                .isTrue();
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        assertThatThrownBy(() -> KioskConfig.parse(new String[] {"--help"}))
                .isInstanceOfSatisfying(HelpRequested.class, h -> assertThat(h.usage())
                        .contains("Default: 60", "Default: 38400", "Default: false", "Default: none"));
        UsageAssertions.assertEveryOptionShowsADefault(KioskConfig.usage(), "the kiosk");
        UsageAssertions.assertEveryOptionShowsADefault(FeedbackOptions.usage(), "the feedback terminal");
    }
}
