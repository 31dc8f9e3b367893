package fi.luukku.advisor.help;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.advisor.Texts;
import fi.luukku.core.events.LuukkuEvent;
import fi.luukku.core.json.JsonMapper;

/**
 * The words for a {@code device.alert} on the point's stream (a kiosk's printer out of paper, a display silent for
 * over two minutes), so the desks see it at once; null when the event is not a readable device alert.
 */
public final class DeviceAlertText {
    public static final String TYPE = "device.alert";
    private static final ObjectMapper MAPPER = JsonMapper.create();

    private DeviceAlertText() {}

    public static String of(Texts texts, LuukkuEvent event) {
        if (event == null || !TYPE.equals(event.type()) || event.data() == null) {
            return null;
        }
        try {
            JsonNode d = MAPPER.readTree(event.data());
            String device = d.path("device").asText("?");
            if ("silent".equals(d.path("kind").asText())) {
                return texts.format("device.alert.silent", device);
            }
            String state = d.path("state").asText("");
            String key = "device.printer." + state;
            String words = texts.has(key) ? texts.get(key) : state;
            return texts.format("device.alert.printer", device, words);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
