package fi.luukku.kiosk.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/**
 * Vector pictograms for the kiosk's tiles, drawn on a 24×24 grid and scaled to any size (so they stay sharp in
 * large text and on a 4K screen). Their colour follows the text's ({@code .pictogram} in the stylesheet), so
 * high contrast recolours them too. An authority or life event is matched by words in its id or icon name; an
 * unknown one gets a neutral mark, never nothing.
 */
public final class Pictograms {
    private static final Map<String, String> PATHS = new LinkedHashMap<>();

    static {
        String info = "M12 2A10 10 0 1 1 11.99 2ZM11 10h2v8h-2ZM11 6h2v2.2h-2Z";
        String umbrella = "M12 3C6.8 3 2.6 6.8 2 12h9v6.5a1.5 1.5 0 0 1-3 0V17H6v1.5a3.5 3.5 0 0 0 7 0V12h9"
                + "C21.4 6.8 17.2 3 12 3Z";
        String shield = "M12 2 4 5v6c0 5.2 3.4 9.6 8 11 4.6-1.4 8-5.8 8-11V5ZM12 6.5l1.4 3 3.2.3-2.4 2.2.7 3.2"
                + "-2.9-1.7-2.9 1.7.7-3.2-2.4-2.2 3.2-.3Z";
        String taxDocument = "M5 2h14v20H5ZM9 7.2a1.6 1.6 0 1 0 .01 0ZM15 15.2a1.6 1.6 0 1 0 .01 0Z"
                + "M14.8 6.3l1.4 1.4-7 10-1.4-1.4Z";
        String idCard = "M2 5h20v14H2ZM4.5 8v8h6V8ZM12.5 9h7v1.6h-7ZM12.5 12h7v1.6h-7ZM12.5 15h4.5v1.5h-4.5Z";
        String briefcase = "M9 3h6a1 1 0 0 1 1 1v2h5a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"
                + "V4a1 1 0 0 1 1-1ZM10 4.6V6h4V4.6Z";
        String globe = "M12 2A10 10 0 1 1 11.99 2ZM12 4c-1.5 2-2.4 4.6-2.5 7h5c-.1-2.4-1-5-2.5-7ZM4.1 11h3.9"
                + "c.1-2.3.8-4.6 1.9-6.6A8 8 0 0 0 4.1 11ZM14.1 4.4c1.1 2 1.8 4.3 1.9 6.6h3.9a8 8 0 0 0-5.8-6.6Z"
                + "M4.1 13a8 8 0 0 0 5.8 6.6c-1.1-2-1.8-4.3-1.9-6.6ZM9.5 13c.1 2.4 1 5 2.5 7 1.5-2 2.4-4.6 2.5-7Z"
                + "M16 13c-.1 2.3-.8 4.6-1.9 6.6a8 8 0 0 0 5.8-6.6Z";
        String map = "M2 6l6.5-3 7 3L22 3v15l-6.5 3-7-3L2 21ZM9.5 5.2v11.7l5 2.1V7.3Z";
        String townHall = "M12 2 3 7v2h18V7ZM5 10h2.5v8H5ZM10.75 10h2.5v8h-2.5ZM16.5 10H19v8h-2.5ZM3 19h18v2H3Z";
        String house = "M12 3l10 9h-3v9h-5v-6h-4v6H5v-9H2Z";
        String child = "M12 2.5a3 3 0 1 1-.01 0ZM6.5 9.5h11l-1.4 6.5H14v5.5h-4V16H7.9Z";
        String clock = "M12 2A10 10 0 1 1 11.99 2ZM11 5.5v7.1l5.2 3.1 1-1.7-4.2-2.5V5.5Z";
        String candle = "M9.5 10h5v12h-5ZM12 2c1.6 2.2 2.3 3.4 2.3 4.6a2.3 2.3 0 0 1-4.6 0c0-1.2.7-2.4 2.3-4.6Z";
        String shop = "M3 3h18l1 6a3 3 0 0 1-5 2.2A3 3 0 0 1 12 11.2a3 3 0 0 1-5 0A3 3 0 0 1 2 9ZM4 13h16v8H4Z"
                + "M9 15v6h6v-6Z";
        String question = "M12 2A10 10 0 1 1 11.99 2ZM11 16.2h2.2v2.2H11ZM12 5.5a4 4 0 0 1 4 4c0 2.2-2.1 2.7-2.8"
                + " 3.8V14.6H11v-1.6c0-1.8 1.8-2.4 2.5-3.2A1.8 1.8 0 1 0 10.2 9.5H8a4 4 0 0 1 4-4Z";
        String calendar = "M3 5h18v16H3ZM5 10v9h14v-9ZM7 2h2.2v4.5H7ZM14.8 2H17v4.5h-2.2ZM7 12h3v3H7Z";
        String support = "M12 1.8a2.2 2.2 0 1 1-.01 0ZM4 6.5h16v2.2h-5.6V22h-2.2v-6.5h-.4V22H9.6V8.7H4Z";
        String dot = "M12 2A10 10 0 1 1 11.99 2ZM12 8a4 4 0 1 0 .01 0Z";
        PATHS.put("neuvonta", info);
        PATHS.put("advice", info);
        PATHS.put("info", info);
        PATHS.put("kela", umbrella);
        PATHS.put("social", umbrella);
        PATHS.put("poliisi", shield);
        PATHS.put("police", shield);
        PATHS.put("vero", taxDocument);
        PATHS.put("tax", taxDocument);
        PATHS.put("dvv", idCard);
        PATHS.put("population", idCard);
        PATHS.put("te", briefcase);
        PATHS.put("employment", briefcase);
        PATHS.put("work", briefcase);
        PATHS.put("job", briefcase);
        PATHS.put("migri", globe);
        PATHS.put("globe", globe);
        PATHS.put("finland", globe);
        PATHS.put("mml", map);
        PATHS.put("land", map);
        PATHS.put("kunta", townHall);
        PATHS.put("municipal", townHall);
        PATHS.put("city", townHall);
        PATHS.put("home", house);
        PATHS.put("muutto", house);
        PATHS.put("moving", house);
        PATHS.put("child", child);
        PATHS.put("lapsi", child);
        PATHS.put("retire", clock);
        PATHS.put("elake", clock);
        PATHS.put("pension", clock);
        PATHS.put("death", candle);
        PATHS.put("kuolema", candle);
        PATHS.put("business", shop);
        PATHS.put("yritys", shop);
        PATHS.put("company", shop);
        PATHS.put("dont-know", question);
        PATHS.put("appointment", calendar);
        PATHS.put("support", support);
    }

    private Pictograms() {}

    /** The pictogram's path for an id or icon name ("kela", "police-permits", "home"), or the neutral mark. */
    public static String pathFor(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String exact = PATHS.get(n);
        if (exact != null) {
            return exact;
        }
        for (var e : PATHS.entrySet()) {
            for (String part : n.split("[-_ .:]")) {
                if (part.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return "M12 2A10 10 0 1 1 11.99 2ZM12 8a4 4 0 1 0 .01 0Z";
    }

    /** Whether a name has its own pictogram (not the neutral mark). */
    public static boolean known(String name) {
        return !pathFor(name).equals(pathFor("\u0000"));
    }

    /** The pictogram as a node {@code size} pixels square. */
    public static Node of(String name, double size) {
        SVGPath p = new SVGPath();
        p.setContent(pathFor(name));
        p.setFillRule(FillRule.EVEN_ODD);
        p.getStyleClass().add("pictogram");
        double scale = size / 24.0;
        p.setScaleX(scale);
        p.setScaleY(scale);
        Group g = new Group(p);
        g.setId("pictogram-" + (name == null ? "none" : name));
        g.setMouseTransparent(true);
        return g;
    }
}
