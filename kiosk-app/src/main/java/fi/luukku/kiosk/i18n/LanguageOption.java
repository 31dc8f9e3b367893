package fi.luukku.kiosk.i18n;

/** A language the kiosk offers: its code and its name in itself ("Suomi", "Svenska", "English"). */
public record LanguageOption(String code, String nativeName) {}
