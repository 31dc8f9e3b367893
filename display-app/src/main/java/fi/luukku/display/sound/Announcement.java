package fi.luukku.display.sound;

import fi.luukku.core.api.LocalizedText;

/** A call to announce: the number and where to go, in every language the desk's name has. */
public record Announcement(String number, String deskId, LocalizedText deskName, boolean recall) {}
