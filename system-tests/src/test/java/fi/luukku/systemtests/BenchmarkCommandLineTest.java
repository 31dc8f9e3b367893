package fi.luukku.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.config.Cli;
import fi.luukku.core.config.ConfigException;
import fi.luukku.systemtests.bench.display.DisplayLatencyBenchmark;
import fi.luukku.systemtests.bench.service.ServiceBenchmark;
import org.junit.jupiter.api.Test;

class BenchmarkCommandLineTest {

    @Test
    void aMisspeltBenchmarkOrOptionIsRefusedNamingTheNearestOne() {
        assertThat(BenchmarkMain.unknown("servce")).contains("unknown benchmark servce; did you mean service?");
        assertThatThrownBy(() -> Cli.parse(new ServiceBenchmark.Options(), new String[] {"--tikets", "10"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown option --tikets; did you mean --tickets?");
        assertThatThrownBy(() -> Cli.parse(new DisplayLatencyBenchmark.Options(), new String[] {"--warmpu", "1"}))
                .hasMessage("unknown option --warmpu; did you mean --warmup?");
    }

    @Test
    void helpListsBothBenchmarksWithEveryDefault() {
        assertThat(BenchmarkMain.usage())
                .contains("luukku bench service", "Default: 2000", "Default: 1,100,500", "--db-url", "--db-schema")
                .contains("luukku bench display", "Default: 200", "Default: 30", "--gap-ms");
    }
}
