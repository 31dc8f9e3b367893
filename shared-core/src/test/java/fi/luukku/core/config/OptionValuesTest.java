package fi.luukku.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class OptionValuesTest {

    @Test
    void numbersOutsideTheirRangeOrNotNumbersAreRefusedNamingTheOption() {
        assertThat(OptionValues.intOption("idle-seconds", " 45 ", 5, 3600)).isEqualTo(45);
        assertThatThrownBy(() -> OptionValues.intOption("idle-seconds", "2", 5, 3600))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--idle-seconds must be 5..3600, was 2");
        assertThatThrownBy(() -> OptionValues.intOption("idle-seconds", "soon", 5, 3600))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--idle-seconds must be a whole number, was 'soon'");
    }

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        ScannerOptions scanner;
    }

    @Test
    void theScannerMixinReadsAndChecksItsTwoOptions() {
        Probe none = Cli.parse(new Probe(), new String[] {});
        assertThat(none.scanner.scanner()).isNull();
        assertThat(none.scanner.baud()).isEqualTo(9600);
        Probe one =
                Cli.parse(new Probe(), new String[] {"--scanner", "serial:/dev/ttyACM0", "--scanner-baud", "115200"});
        assertThat(one.scanner.scanner()).isEqualTo("serial:/dev/ttyACM0");
        assertThat(one.scanner.baud()).isEqualTo(115200);
        Probe bad = Cli.parse(new Probe(), new String[] {"--scanner", "/dev/ttyACM0"});
        assertThatThrownBy(bad.scanner::scanner)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--scanner must be serial:PORT");
        assertThatThrownBy(() -> Cli.parse(new Probe(), new String[] {"--scaner", "serial:x"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown option --scaner; did you mean --scanner?");
    }
}
