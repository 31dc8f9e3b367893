package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.config.ConfigException;
import fi.luukku.core.i18n.CitizenLanguage;
import java.time.Duration;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void trackingCodesComeFromTicketUrlsOrBareCodes() {
        assertThat(TrackingCodes.parse("http://localhost:8080/t/Ab12Cd34")).contains("Ab12Cd34");
        assertThat(TrackingCodes.parse("https://luukku.fi/t/Ab12-Cd34/")).contains("Ab12-Cd34");
        assertThat(TrackingCodes.parse(" Ab12Cd34 ")).contains("Ab12Cd34");
        assertThat(TrackingCodes.parse("http://evil.example/x?y=1")).isEmpty();
        assertThat(TrackingCodes.parse("Matti Meikäläinen")).isEmpty();
        assertThat(TrackingCodes.parse("")).isEmpty();
    }

    @Test
    void aScannerTypesFastAPersonDoesNot() {
        WedgeScanBuffer b = WedgeScanBuffer.defaults();
        long t = 1000;
        for (char c : "ABC123".toCharArray()) {
            assertThat(b.typed(c, t += 5)).isEmpty();
        }
        assertThat(b.typed('\r', t + 5)).contains("ABC123");

        WedgeScanBuffer human = WedgeScanBuffer.defaults();
        t = 1000;
        for (char c : "hello".toCharArray()) {
            human.typed(c, t += 120);
        }
        assertThat(human.typed('\r', t + 120)).isEqualTo(Optional.empty());

        WedgeScanBuffer stutter = WedgeScanBuffer.defaults(); // one slow character under load is still a scan
        t = 1000;
        for (char c : "http://x/t/Zx81Spec".toCharArray()) {
            stutter.typed(c, t += (c == 'S' ? 150 : 5));
        }
        assertThat(stutter.typed('\r', t + 5)).contains("http://x/t/Zx81Spec");
    }

    @Test
    void optionsHaveSafeDefaultsAndNameTheBadOne() {
        FeedbackOptions o = FeedbackOptions.parse(new String[] {"--point", "mikkeli"});
        // a production terminal started without options: touch screen only, and no staff panel without a PIN
        assertThat(o.simulatedButtons()).isFalse();
        assertThat(o.buttons()).isEqualTo("none");
        assertThat(o.buttonsPort()).isNull();
        assertThat(o.staffPanelEnabled()).isFalse();
        assertThat(o.staffPin()).isNull();
        FeedbackOptions demo = FeedbackOptions.parse(new String[] {"--point", "mikkeli", "--buttons", "sim"});
        assertThat(demo.simulatedButtons()).isTrue();
        assertThat(demo.staffPin()).isEqualTo(FeedbackOptions.DEFAULT_STAFF_PIN); // the demo's PIN
        FeedbackOptions demoPin =
                FeedbackOptions.parse(new String[] {"--point", "mikkeli", "--buttons", "sim", "--staff-pin", "5555"});
        assertThat(demoPin.staffPin()).isEqualTo("5555");
        assertThat(o.idleTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(o.buttonMap().answerFor(3)).isPresent();
        assertThat(o.defaultLanguage()).isEqualTo(CitizenLanguage.FI);

        FeedbackOptions serial = FeedbackOptions.parse(new String[] {
            "--point",
            "mikkeli",
            "--buttons",
            "serial:/dev/ttyUSB0",
            "--buttons-baud",
            "19200",
            "--buttons-map",
            "65=rating:1,66=rating:5",
            "--idle-seconds",
            "20",
            "--staff-pin",
            "9876",
            "--fullscreen"
        });
        assertThat(serial.buttonsPort()).isEqualTo("/dev/ttyUSB0");
        assertThat(serial.buttonsBaud()).isEqualTo(19200);
        assertThat(serial.buttonMap().answerFor('B')).isPresent();
        assertThat(serial.fullscreen()).isTrue();
        assertThat(serial.staffPin()).isEqualTo("9876");

        assertThatThrownBy(() -> FeedbackOptions.parse(new String[] {"--point", "mikkeli", "--buttons", "usb"}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--buttons");
        assertThatThrownBy(() -> FeedbackOptions.parse(new String[] {"--point", "mikkeli", "--idle-seconds", "x"}))
                .hasMessageContaining("--idle-seconds");
        assertThatThrownBy(() -> FeedbackOptions.parse(new String[] {"--point", "mikkeli", "--buttons-map", "1=foo:1"}))
                .hasMessageContaining("--buttons-map");
        assertThatThrownBy(() -> FeedbackOptions.parse(new String[] {"--point", "mikkeli", "--staff-pin", "12"}))
                .hasMessageContaining("--staff-pin");
    }

    @Test
    void theKioskModeOptionIsNotPassedOn() {
        assertThat(FeedbackMain.withoutMode(new String[] {"--mode", "feedback", "--point", "mikkeli"}))
                .containsExactly("--point", "mikkeli");
    }

    @Test
    void everyLanguageHasEveryText() {
        var fi = Messages.of(CitizenLanguage.FI).bundle().keySet();
        // staff-only texts (the PIN panel, the simulated buttons window) exist in the national languages and
        // English; the other citizen languages may fall back to English for them (see docs/translations.md)
        java.util.function.Predicate<String> staffOnly = k -> k.startsWith("staff.") || k.startsWith("sim.");
        var citizenKeys = fi.stream().filter(staffOnly.negate()).toList();
        assertThat(citizenKeys).isNotEmpty();
        for (CitizenLanguage l : CitizenLanguage.values()) {
            Messages m = Messages.of(l);
            ResourceBundle b = m.bundle();
            assertThat(b.getLocale().getLanguage()).isEqualTo(l.code());
            assertThat(fi).as(l.code() + ": no unknown keys").containsAll(b.keySet());
            boolean nationalOrEnglish = l == CitizenLanguage.FI || l == CitizenLanguage.SV || l == CitizenLanguage.EN;
            if (nationalOrEnglish) {
                assertThat(b.keySet()).as(l.code()).containsExactlyInAnyOrderElementsOf(fi);
            } else {
                assertThat(b.keySet())
                        .as(l.code() + ": every citizen-facing text")
                        .containsAll(citizenKeys);
            }
            for (String k : b.keySet()) {
                assertThat(b.getString(k)).as(l.code() + " " + k).isNotBlank();
            }
            for (String k : fi) {
                if (staffOnly.test(k) && !b.containsKey(k)) {
                    assertThat(m.get(k, 1, 2))
                            .as(l.code() + " " + k + " falls back to English")
                            .isEqualTo(Messages.of(CitizenLanguage.EN).get(k, 1, 2));
                }
            }
        }
        assertThat(Messages.of(CitizenLanguage.SV).get("progress", 2, 4)).isEqualTo("Fråga 2/4");
    }
}
