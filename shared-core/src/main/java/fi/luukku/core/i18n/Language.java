package fi.luukku.core.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the suite is complete in. Each is named in itself, as a citizen looks for it. */
public enum Language {
    FI("fi", "Suomi"),
    SV("sv", "Svenska"),
    EN("en", "English");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
