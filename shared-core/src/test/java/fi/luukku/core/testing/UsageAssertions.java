package fi.luukku.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.config.OptionCatalogue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a program's {@code --help}: it lists every option of the program, each with its default. */
public final class UsageAssertions {
    private UsageAssertions() {}

    public static void assertEveryOptionShowsADefault(String usage, String program) {
        assertThat(OptionCatalogue.programs()).containsKey(program);
        for (String option : OptionCatalogue.programs().get(program)) {
            assertThat(usage).as("--help of " + program).contains(option);
        }
        Matcher m = Pattern.compile("(?m)^\\s{2,6}(?:-h, )?(--[a-z-]+)").matcher(usage);
        while (m.find()) {
            assertThat(OptionCatalogue.programs().get(program))
                    .as("OptionCatalogue lists every option of " + program)
                    .contains(m.group(1));
        }
        // each option's entry (from its name to the next option's) names a default; the help switch aside
        Matcher first = Pattern.compile("(?m)^\\s{2,6}(-h, )?--").matcher(usage);
        assertThat(first.find()).as("--help of " + program + " lists options").isTrue();
        String options = usage.substring(first.start());
        for (String entry : options.split("\n(?=\\s{2,6}(-h, )?--)")) {
            if (entry.isBlank() || entry.contains("--help")) {
                continue;
            }
            assertThat(entry).as("--help entry of " + program).containsIgnoringCase("default");
        }
    }
}
