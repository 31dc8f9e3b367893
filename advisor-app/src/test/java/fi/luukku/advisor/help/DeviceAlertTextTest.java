package fi.luukku.advisor.help;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.Texts;
import fi.luukku.core.events.LuukkuEvent;
import fi.luukku.core.i18n.Language;
import org.junit.jupiter.api.Test;

class DeviceAlertTextTest {
    @Test
    void aPrinterFaultAndASilentDeviceAreSaidInTheAdvisorsLanguage() {
        LuukkuEvent paper = new LuukkuEvent(
                7, "device.alert", "{\"device\":\"kiosk-1\",\"kind\":\"printer\",\"state\":\"PAPER_OUT\"}");
        LuukkuEvent silent = new LuukkuEvent(
                8, "device.alert", "{\"device\":\"display-1\",\"kind\":\"silent\",\"state\":\"no heartbeat\"}");
        assertThat(DeviceAlertText.of(Texts.of(Language.FI), paper))
                .isEqualTo("Laite kiosk-1: tulostimesta on paperi loppu");
        assertThat(DeviceAlertText.of(Texts.of(Language.EN), paper))
                .isEqualTo("Device kiosk-1: printer is out of paper");
        assertThat(DeviceAlertText.of(Texts.of(Language.SV), silent)).startsWith("Enheten display-1 har inte hörts av");
    }

    @Test
    void otherEventsAndUnreadableDataAreNotAlerts() {
        assertThat(DeviceAlertText.of(Texts.of(Language.EN), new LuukkuEvent(1, "ticket.called", "{}")))
                .isNull();
        assertThat(DeviceAlertText.of(Texts.of(Language.EN), new LuukkuEvent(2, "device.alert", "not json")))
                .isNull();
    }
}
