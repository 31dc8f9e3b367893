package fi.luukku.core.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages citizen-facing screens speak (kiosk, printed ticket, feedback terminal): the national languages
 * and English, in which the whole suite is complete ({@link Language}), and the languages most spoken at the
 * points besides them. Each is named in itself, as a citizen looks for it; Arabic reads right to left.
 */
public enum CitizenLanguage {
    FI("fi", "Suomi", false),
    SV("sv", "Svenska", false),
    EN("en", "English", false),
    RU("ru", "Русский", false),
    ET("et", "Eesti", false),
    UK("uk", "Українська", false),
    SO("so", "Soomaali", false),
    AR("ar", "العربية", true);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    CitizenLanguage(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The suite language for staff-facing texts about this citizen: itself when complete, else English. */
    public Language staffLanguage() {
        return Language.ofCode(code).orElse(Language.EN);
    }

    public static CitizenLanguage of(Language language) {
        return ofCode(language.code()).orElseThrow();
    }

    public static Optional<CitizenLanguage> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (CitizenLanguage l : values()) {
            if (l.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
