package fi.luukku.kiosk.home;

/** A tile on the home screen: an id, its label in the current language, and its pictogram's name. */
public record Choice(String id, String label, String icon) {}
