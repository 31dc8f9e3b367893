package fi.luukku.kiosk.home;

/** A tile on the home screen: an id and its label in the current language. */
public record Choice(String id, String label) {}
