package fi.luukku.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.kiosk.needs.NeedsViewModel;
import fi.luukku.kiosk.testing.DemoCatalog;
import fi.luukku.ui.CitizenFonts;
import java.awt.Font;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No glyph is ever an empty box: every text the kiosk, the printed ticket and the feedback terminal show, in every
 * language, and every interpreter language's name, can be drawn with the bundled fonts alone (the font the
 * screens use for it, regular and bold), whatever the machine has installed.
 */
class GlyphCoverageTest {
    static Font regular;
    static Font bold;
    static Font cjk;

    @BeforeAll
    static void fonts() throws Exception {
        regular = load("LuukkuSans-Regular.ttf");
        bold = load("LuukkuSans-Bold.ttf");
        cjk = load("NotoSansCJKsc-Subset.otf");
    }

    private static Font load(String file) throws Exception {
        try (InputStream in = CitizenFonts.open(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    /** Every text to check, labelled with where it comes from. */
    static Map<String, String> texts() {
        Map<String, String> all = new LinkedHashMap<>();
        Messages kiosk = new Messages();
        for (LanguageOption l : kiosk.languages()) {
            for (String key : kiosk.keys(l.code())) {
                all.put("kiosk " + l.code() + " " + key, kiosk.get(l.code(), key));
            }
            all.put("kiosk language name " + l.code(), l.nativeName());
        }
        for (String code : fi.luukku.core.i18n.WaitWords.LANGUAGES) { // the wait in words: ticket and ticket screen
            all.put("wait " + code + " range", fi.luukku.core.i18n.WaitWords.of(900, 600, 1200, false, code));
            all.put("wait " + code + " under", fi.luukku.core.i18n.WaitWords.of(300, 60, 900, false, code));
            all.put("wait " + code + " short", fi.luukku.core.i18n.WaitWords.of(60, 60, 60, false, code));
            all.put("wait " + code + " long", fi.luukku.core.i18n.WaitWords.of(5000, 4000, 6000, false, code));
            all.put("wait " + code + " no desk", fi.luukku.core.i18n.WaitWords.of(0, 0, 0, true, code));
            all.put("wait " + code + " not yet", fi.luukku.core.i18n.WaitWords.of(600, 600, 660, true, code));
        }
        for (CitizenLanguage l : CitizenLanguage.values()) {
            ResourceBundle b = fi.luukku.kiosk.feedback.Messages.of(l).bundle();
            for (String key : b.keySet()) {
                all.put("feedback " + l.code() + " " + key, b.getString(key));
            }
            all.put("feedback language name " + l.code(), l.nativeName());
            for (String interp : NeedsViewModel.INTERPRETER_LANGUAGES) {
                all.put("interpreter " + interp + " own", NeedsViewModel.ownName(interp));
                all.put("interpreter " + interp + " in " + l.code(), NeedsViewModel.uiName(interp, l.code()));
            }
        }
        var c = DemoCatalog.mikkeli();
        c.authorities().forEach(a -> a.name().values().forEach((lang, v) -> all.put("authority " + lang, v)));
        c.services().forEach(s -> s.name().values().forEach((lang, v) -> all.put("service " + s.id() + lang, v)));
        return all;
    }

    @Test
    void everyTextInEveryLanguageHasItsGlyphsInTheBundledFonts() {
        List<String> missing = new ArrayList<>();
        texts().forEach((where, text) -> {
            String family = CitizenFonts.familyFor(text);
            List<Font> fonts = family.equals(CitizenFonts.CJK_FAMILY) ? List.of(cjk) : List.of(regular, bold);
            for (Font f : fonts) {
                String drawable = text.replaceAll("[\\n\\t]", " ");
                int at = f.canDisplayUpTo(drawable);
                if (at >= 0) {
                    missing.add(where + ": '" + drawable + "' U+"
                            + Integer.toHexString(drawable.codePointAt(at)).toUpperCase() + " not in "
                            + f.getFontName());
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void theScriptsThatShowedEmptyBoxesAreCovered() {
        String tigrinya = NeedsViewModel.ownName("ti");
        String thai = NeedsViewModel.ownName("th");
        assertThat(tigrinya.codePoints()
                        .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ETHIOPIC))
                .as(tigrinya)
                .isTrue();
        assertThat(thai.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI))
                .as(thai)
                .isTrue();
        assertThat(regular.canDisplayUpTo(tigrinya + " " + thai + " ትግርኛ العربية Українська ⌫"))
                .isEqualTo(-1);
        assertThat(cjk.canDisplayUpTo(NeedsViewModel.ownName("zh"))).isEqualTo(-1);
        assertThat(texts()).hasSizeGreaterThan(1000);
    }
}
