package fi.luukku.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The fonts the citizen screens bundle, so that every script they show (Latin, Cyrillic, Arabic, Ethiopic, Thai,
 * and the Chinese language name) has its glyphs on any machine, without relying on what the operating system
 * has installed. Loaded once at start; {@link #apply(Scene)} makes them the scene's font.
 */
public final class CitizenFonts {
    /** One family covering Latin, Cyrillic, Arabic, Ethiopic and Thai (Noto fonts merged, see fonts/README.md). */
    public static final String FAMILY = "Luukku Sans";
    /** Chinese characters of the interpreter list. */
    public static final String CJK_FAMILY = "Noto Sans CJK SC";
    /** The bundled font files, under {@code /fi/luukku/ui/fonts/}. */
    public static final List<String> FILES =
            List.of("LuukkuSans-Regular.ttf", "LuukkuSans-Bold.ttf", "NotoSansCJKsc-Subset.otf");
    /** Style class that switches a scene to the bundled fonts ({@code luukku.css}). */
    public static final String STYLE_CLASS = "citizen-fonts";

    private static volatile boolean loaded;

    private CitizenFonts() {}

    /** Loads the bundled fonts into JavaFX (once; safe to call from any thread). */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = open(file)) {
                if (Font.loadFont(in, 12) == null) {
                    throw new IllegalStateException("JavaFX could not load the bundled font " + file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }

    /** A bundled font file's bytes (for tests that check coverage with AWT). */
    public static InputStream open(String file) {
        InputStream in = CitizenFonts.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("bundled font missing: " + file);
        }
        return in;
    }

    /** Loads the fonts and makes them the font of everything in the scene. */
    public static void apply(Scene scene) {
        load();
        if (!scene.getRoot().getStyleClass().contains(STYLE_CLASS)) {
            scene.getRoot().getStyleClass().add(STYLE_CLASS);
        }
    }

    /** The family to show {@code text} in: the CJK subset for Chinese characters, else the merged family. */
    public static String familyFor(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                ? CJK_FAMILY
                : FAMILY;
    }
}
